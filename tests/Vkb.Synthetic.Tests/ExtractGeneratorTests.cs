using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Testing;

namespace Vkb.Synthetic.Tests;

public partial class ExtractGeneratorTests
{
    private static IEnumerable<string> Notes(SyntheticRecord record) =>
        NotePattern().Matches(record.Json).Select(m => Regex.Unescape(m.Groups[1].Value));

    [Fact]
    public void WriteJsonLines_SmallFixedSeed_MatchesApprovedSha256()
    {
        using var stream = new MemoryStream();
        var count = new ExtractGenerator(ExtractShape.Small, GeneratedExtract.Seed).WriteJsonLines(stream);
        count.ShouldBe(3_000);
        var sha = Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
        sha.ShouldMatchApproved(c => c.SubFolder("Approved").NoDiff());
    }

    [Fact]
    public void WriteJsonLines_TwoRuns_AreByteIdentical()
    {
        var shape = ExtractShape.Small.WithRecords(500);
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        new ExtractGenerator(shape, 7).WriteJsonLines(first);
        new ExtractGenerator(shape, 7).WriteJsonLines(second);
        second.ToArray().ShouldBe(first.ToArray());
    }

    [Fact]
    public void WriteJsonLines_Output_IsUtf8WithoutBomOneRecordPerLfLine()
    {
        var generator = new ExtractGenerator(ExtractShape.Small.WithRecords(50), 3);
        using var stream = new MemoryStream();
        generator.WriteJsonLines(stream);
        var bytes = stream.ToArray();
        bytes.AsSpan(0, 3).SequenceEqual("\uFEFF"u8).ShouldBeFalse();
        bytes.ShouldNotContain((byte)'\r');
        var text = new System.Text.UTF8Encoding(false, true).GetString(bytes);
        text.ShouldEndWith("\n");
        text.TrimEnd('\n').Split('\n').ShouldBe(generator.Generate().Select(r => r.Json));
        text.ShouldContain("ü"); // umlauts are written as they are, not \u-escaped
    }

    private static string Quasi(SyntheticRecord record)
    {
        using var document = System.Text.Json.JsonDocument.Parse(record.Json);
        var customer = document.RootElement.GetProperty("customer");
        return string.Join("|", record.CustomerNumber, customer.GetProperty("birthDate").GetString(), customer.GetProperty("gender").GetString(),
            customer.GetProperty("nationality").GetString(), customer.GetProperty("address").GetProperty("postcode").GetString());
    }

    [Property(MaxTest = 12)]
    [Trait("Rule", "P9")]
    public Property Generate_AnyTwoReviewMonths_KeepEveryCustomerWithTheSameBirthDateAndQuasiIdentifiers()
    {
        // A load of several months (a phase) is the months' extracts together: one customer must be the same person in
        // each, or k-anonymity over several months is measured on customers who never recur. The birth date was drawn
        // against the review month, so it moved by a month with every month.
        var months = Gen.Choose(-24, 24).Select(d => new NodaTime.YearMonth(2025, 4).PlusMonths(d)).Two().ToArbitrary();
        return Prop.ForAll(months, pair =>
        {
            var shape = ExtractShape.Small.WithRecords(300);
            var a = new ExtractGenerator(shape.WithReviewMonth(pair.Item1), 11).Generate().Select(Quasi);
            var b = new ExtractGenerator(shape.WithReviewMonth(pair.Item2), 11).Generate().Select(Quasi);
            return a.SequenceEqual(b).Label($"{pair.Item1} and {pair.Item2}");
        });
    }

    [Theory]
    [InlineData(2000, 1)]
    [InlineData(2023, 3)]
    [InlineData(2027, 5)]
    [InlineData(2099, 12)]
    public void Generate_AnyReviewMonth_GivesCustomersOfWorkingAge(int year, int month)
    {
        // Session 18's review (L7): birth dates drawn against 2025-04 in every month made 1,589 of 3,000 customers minors in
        // 2000-01 and everyone 92 to 139 in 2099-12. Within two years of 2025-04 they keep their birth dates (16 to 66);
        // further away they are drawn against the month itself.
        var review = new NodaTime.YearMonth(year, month);
        var end = review.OnDayOfMonth(1).PlusMonths(1).PlusDays(-1);
        var ages = new ExtractGenerator(ExtractShape.Small.WithRecords(600).WithReviewMonth(review), 3).Generate()
            .Select(r =>
            {
                using var document = System.Text.Json.JsonDocument.Parse(r.Json);
                var birth = NodaTime.Text.LocalDatePattern.Iso.Parse(document.RootElement.GetProperty("customer").GetProperty("birthDate").GetString()!).Value;
                return NodaTime.Period.Between(birth, end, NodaTime.PeriodUnits.Years).Years;
            })
            .ToList();
        ages.Min().ShouldBeGreaterThanOrEqualTo(16);
        ages.Max().ShouldBeLessThanOrEqualTo(66);
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Generate_EachReviewMonth_TeamLeadsFlagAFreshSampleOfTheSameSize()
    {
        // Each month a team lead reviews other records at random: the same number per team, but not the same records,
        // so a customer recurs among the flagged of a phase only by chance (about the flagged share squared).
        var shape = ExtractShape.Small;
        var april = new ExtractGenerator(shape, 5).Generate().ToList();
        var may = new ExtractGenerator(shape.WithReviewMonth(new NodaTime.YearMonth(2025, 5)), 5).Generate().ToList();
        foreach (var month in new[] { april, may })
        {
            month.GroupBy(r => r.Team).ShouldAllBe(team => team.Count(r => r.Flagged) == shape.FlaggedPerTeam);
        }

        var flaggedInApril = april.Where(r => r.Flagged).Select(r => r.CustomerNumber).ToHashSet(StringComparer.Ordinal);
        var both = may.Count(r => r.Flagged && flaggedInApril.Contains(r.CustomerNumber));
        var share = (double)both / flaggedInApril.Count;
        share.ShouldBeInRange(0.0, 0.35, $"{both} of {flaggedInApril.Count} flagged in both months");
        both.ShouldBeGreaterThan(0, "a customer is flagged in two months now and then");
    }

    [Fact]
    public void Generate_DifferentSeeds_GiveDifferentExtracts()
    {
        var shape = ExtractShape.Small.WithRecords(20);
        var a = new ExtractGenerator(shape, 1).Generate().Select(r => r.Json);
        var b = new ExtractGenerator(shape, 2).Generate().Select(r => r.Json);
        a.ShouldNotBe(b);
    }

    [Fact]
    public void Generate_NationalShape_IsLazy()
    {
        var generator = new ExtractGenerator(ExtractShape.National, 1);
        generator.Units.Count.ShouldBe(200);
        generator.JobCentres.Count.ShouldBe(160);
        generator.EmploymentAgencies.Count.ShouldBe(40);
        generator.Generate().Take(5).Count().ShouldBe(5);
    }

    [Fact]
    public void GetRecord_AnyIndex_EqualsTheRecordAtThatPositionOfGenerate()
    {
        var generator = new ExtractGenerator(ExtractShape.Small, GeneratedExtract.Seed);
        foreach (var index in new long[] { 0, 1, 99, 100, 1234, 2999 })
        {
            generator.GetRecord(index).Json.ShouldBe(GeneratedExtract.Small[(int)index].Json);
        }

        Should.Throw<ArgumentOutOfRangeException>(() => generator.GetRecord(3_000));
    }

    [Fact]
    public async Task GenerateAsync_Always_YieldsTheSameRecordsAsGenerate()
    {
        var generator = new ExtractGenerator(ExtractShape.Small.WithRecords(60), 5);
        var asyncJson = new List<string>();
        await foreach (var record in generator.GenerateAsync())
        {
            asyncJson.Add(record.Json);
        }

        asyncJson.ShouldBe(generator.Generate().Select(r => r.Json));
    }

    [Fact]
    public async Task GenerateAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in new ExtractGenerator(ExtractShape.Small, 1).GenerateAsync(cts.Token))
            {
                GC.KeepAlive(unused);
            }
        });
    }

    [Fact]
    public void WriteJsonLines_WithProgress_ReportsFinalCount()
    {
        var reports = new List<long>();
        new ExtractGenerator(ExtractShape.Small, 1).WriteJsonLines(Stream.Null, new SynchronousProgress(reports.Add));
        reports.ShouldBe([3_000]);
    }

    [Fact]
    public void Generate_SmallExtract_EveryRecordValidatesAgainstExtractFormat()
    {
        foreach (var record in GeneratedExtract.Small)
        {
            var result = ExtractRecordValidator.Validate(record.Json);
            result.IsValid.ShouldBeTrue($"{record}: {result}");
        }
    }

    [Property(MaxTest = 40)]
    public Property Generate_AnyTinyShapeAndSeed_EveryRecordValidatesAndCountsMatch() =>
        Prop.ForAll(ExtractArbitraries.TinyShapes(), ArbMap.Default.ArbFor<ulong>(), (shape, seed) =>
        {
            var records = new ExtractGenerator(shape, seed).Generate().ToList();
            return records.Count == shape.TotalRecords
                && records.All(r => ExtractRecordValidator.Validate(r.Json).IsValid)
                && records.Select(r => r.CustomerNumber).Distinct().Count() == records.Count;
        });

    [Property(MaxTest = 60)]
    [Trait("Rule", "P2")]
    public Property Planted_AnyRecordOfAnyTinyExtract_IsFoundInTheRecordAndTheRecordIsValid() =>
        Prop.ForAll(ExtractArbitraries.Records(), record =>
            ExtractRecordValidator.Validate(record.Json).IsValid
            && PersonalDataLeakScanner.Scan(record.Json, record.Planted).Count == record.Planted.Count);

    [Fact]
    [Trait("Rule", "P2")]
    public void Planted_EveryValue_IsPresentInItsOwnRecord()
    {
        foreach (var record in GeneratedExtract.Small)
        {
            var found = PersonalDataLeakScanner.Scan(record.Json, record.Planted).Select(l => new PlantedValue(l.Category, l.Value));
            record.Planted.Except(found).ShouldBeEmpty(record.ToString());
        }
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Planted_SmallExtract_CoversEveryCategory()
    {
        var categories = GeneratedExtract.Small.SelectMany(r => r.Planted).Select(p => p.Category).ToHashSet();
        categories.ShouldBe(Enum.GetValues<PersonalDataCategory>(), ignoreOrder: true);
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Planted_Names_AreTokensOfAtLeastThreeLettersWithoutParticles()
    {
        var nameCategories = new[] { PersonalDataCategory.CustomerName, PersonalDataCategory.BirthName, PersonalDataCategory.StaffName, PersonalDataCategory.ThirdPartyName };
        foreach (var value in GeneratedExtract.Small.SelectMany(r => r.Planted).Where(p => nameCategories.Contains(p.Category)))
        {
            value.Value.Length.ShouldBeGreaterThanOrEqualTo(3);
            value.Value.ShouldAllBe(c => char.IsLetter(c));
            new[] { "von", "van", "der", "den", "zu" }.ShouldNotContain(value.Value.ToLowerInvariant());
        }
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Planted_Indexer_ListsTheValuesOfEachCategory()
    {
        var record = GeneratedExtract.Small[0];
        record.Planted[PersonalDataCategory.CustomerNumber].ShouldContain(record.CustomerNumber);
        record.Planted[PersonalDataCategory.HouseholdNumber].ShouldContain(record.HouseholdNumber!);
        record.Planted[PersonalDataCategory.StaffId].ShouldContain(record.CaseWorkerId);
        record.Planted.Count.ShouldBe(record.Planted.ToList().Count);
    }

    [Fact]
    [Trait("Rule", "P8")]
    [Trait("Proof", "generator")]
    public void Generate_SmallExtract_PutsSgb2CasesIntoJobCentresAndSgb3CasesIntoAgencies()
    {
        var records = GeneratedExtract.Small;
        records.Select(r => r.LegalDomain).Distinct().ShouldBe(["SGB2", "SGB3"], ignoreOrder: true);
        foreach (var record in records)
        {
            using var document = System.Text.Json.JsonDocument.Parse(record.Json);
            var root = document.RootElement;
            if (record.LegalDomain == "SGB2")
            {
                record.UnitKind.ShouldBe(OrganisationUnitKind.JobCentre);
                root.GetProperty("jobCentre").GetProperty("id").GetString().ShouldBe(record.JobCentreId);
                root.TryGetProperty("agency", out _).ShouldBeFalse();
                root.TryGetProperty("householdNumber", out _).ShouldBeTrue();
            }
            else
            {
                record.UnitKind.ShouldBe(OrganisationUnitKind.EmploymentAgency);
                record.JobCentreId.ShouldBeNull();
                record.HouseholdNumber.ShouldBeNull();
                record.MunicipalServices16a.ShouldBeFalse();
                var agency = root.GetProperty("agency");
                agency.GetProperty("id").GetString().ShouldBe(record.AgencyId);
                agency.GetProperty("name").GetString()!.ShouldStartWith("Agentur für Arbeit ");
                agency.TryGetProperty("consents16a", out _).ShouldBeFalse();
                root.TryGetProperty("jobCentre", out _).ShouldBeFalse();
                root.TryGetProperty("householdNumber", out _).ShouldBeFalse();
            }
        }
    }

    [Fact]
    [Trait("Rule", "C2")]
    [Trait("Proof", "generator")]
    public void Generate_SmallExtract_HasCaseManagementOnlyInsidePlacementInBothDomains()
    {
        var records = GeneratedExtract.Small;
        records.Select(r => r.CustomerProcess).Distinct().ShouldBe(["placement", "rehabilitation", "employerService"], ignoreOrder: true);
        records.Where(r => r.InCaseManagement).ShouldAllBe(r => r.CustomerProcess == "placement");
        records.Where(r => r.InCaseManagement).Select(r => r.LegalDomain).Distinct().ShouldBe(["SGB2", "SGB3"], ignoreOrder: true);
        records.Where(r => !r.InCaseManagement).ShouldAllBe(r => r.Json.Contains("\"intake\":null", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "S8")]
    [Trait("Proof", "generator")]
    public void Generate_SmallExtract_HasAllThreeContactChannels()
    {
        var channels = GeneratedExtract.Small.SelectMany(r => ChannelPattern().Matches(r.Json).Select(m => m.Groups[1].Value)).ToHashSet();
        channels.ShouldBe(["inPerson", "phone", "video"], ignoreOrder: true);
    }

    [Fact]
    [Trait("Rule", "R3")]
    [Trait("Proof", "generator")]
    public void Generate_CaseManagementRecords_HaveIntakeAndSomeExits()
    {
        var caseManagement = GeneratedExtract.Small.Where(r => r.InCaseManagement).ToList();
        caseManagement.ShouldNotBeEmpty();
        caseManagement.ShouldAllBe(r => !r.Json.Contains("\"intake\":null", StringComparison.Ordinal));
        caseManagement.Count(r => !r.Json.Contains("\"exit\":null", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
        caseManagement.Count(r => r.Json.Contains("\"exit\":null", StringComparison.Ordinal)).ShouldBeGreaterThan(0);
    }

    [Fact]
    [Trait("Rule", "R2")]
    public void Generate_SmallExtract_HasEveryProfileAndMeasureOutcome()
    {
        var json = string.Join('\n', GeneratedExtract.Small.Take(1000).Select(r => r.Json));
        foreach (var profile in ExtractRecordValidator.Profiles)
        {
            json.ShouldContain($"\"profile\":\"{profile}\"");
        }

        foreach (var outcome in ExtractRecordValidator.Outcomes)
        {
            json.ShouldContain($"\"outcome\":\"{outcome}\"");
        }
    }

    [Fact]
    [Trait("Rule", "S1")]
    [Trait("Rule", "P1")]
    public void Generate_DefaultShare_FlagsAtLeastTenRecordsPerTeam()
    {
        var perTeam = GeneratedExtract.Small.GroupBy(r => r.Team).ToList();
        perTeam.Count.ShouldBe(30);
        perTeam.ShouldAllBe(g => g.Count(r => r.Flagged) >= 10);
        GeneratedExtract.Small.Where(r => r.Flagged).ShouldAllBe(r => r.Json.Contains("\"month\":\"2025-04\"", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Generate_SmallExtract_HasJobCentresWithAndWithoutConsentAndNoFlagged16aWithoutConsent()
    {
        var records = GeneratedExtract.Small;
        records.Select(r => r.JobCentreConsents16a).Distinct().Count().ShouldBe(2);
        records.Count(r => r.MunicipalServices16a).ShouldBeGreaterThan(0);
        records.Count(r => r.MunicipalServices16a && !r.JobCentreConsents16a).ShouldBeGreaterThan(0);
        records.ShouldNotContain(r => r.Flagged && r.MunicipalServices16a && !r.JobCentreConsents16a);
    }

    [Fact]
    public void Units_SmallShape_MatchRecordsAndHaveUniqueIds()
    {
        var generator = new ExtractGenerator(ExtractShape.Small, GeneratedExtract.Seed);
        generator.Units.Count.ShouldBe(6);
        generator.JobCentres.Count.ShouldBe(4);
        generator.EmploymentAgencies.Count.ShouldBe(2);
        generator.Units.Select(j => j.Id).Distinct().Count().ShouldBe(6);
        generator.JobCentres.ShouldAllBe(j => j.Kind == OrganisationUnitKind.JobCentre && j.LegalDomain == "SGB2" && j.Id.EndsWith("01", StringComparison.Ordinal));
        generator.EmploymentAgencies.ShouldAllBe(a => a.Kind == OrganisationUnitKind.EmploymentAgency && a.LegalDomain == "SGB3" && a.Id.EndsWith("00", StringComparison.Ordinal));
        generator.Units.SelectMany(j => j.Teams).Select(t => t.TeamLeadId).Distinct().Count().ShouldBe(30);
        GeneratedExtract.Small.Select(r => r.UnitId).Distinct().ShouldBe(generator.Units.Select(j => j.Id));
        GeneratedExtract.Small.Where(r => r.JobCentreId is not null).Select(r => r.JobCentreId).Distinct().ShouldBe(generator.JobCentres.Select(j => j.Id));
        GeneratedExtract.Small.Where(r => r.AgencyId is not null).Select(r => r.AgencyId).Distinct().ShouldBe(generator.EmploymentAgencies.Select(j => j.Id));
        GeneratedExtract.Small.Select(r => r.CustomerNumber).Distinct().Count().ShouldBe(3_000);
    }

    [Fact]
    public void Generate_JobCentreAndAgencyOfOneNumber_NeverShareACustomerNumber()
    {
        // One RD, one job centre and one agency of the same agency number, large caseloads.
        var shape = ExtractShape.Small.WithRegionalDirectorates(1).WithJobCentresPerDirectorate(1).WithAgenciesPerDirectorate(1).WithTeamsPerJobCentre(4).WithCaseloadPerTeam(500);
        var numbers = new ExtractGenerator(shape, 11).Generate().Select(r => r.CustomerNumber[..3] + r.CustomerNumber[4..]).ToList();
        numbers.Distinct().Count().ShouldBe(numbers.Count);
    }

    [Theory]
    [InlineData("customer abbreviated", @"\b[A-Z]\. [A-ZÄÖÜ][a-zäöüß]+")]
    [InlineData("salutation Fr.", @"\bFr\. [A-ZÄÖÜ]")]
    [InlineData("salutation Hr.", @"\bHr\. [A-ZÄÖÜ]")]
    [InlineData("inflected name", @"[a-zäöüß]s Unterlagen")]
    [InlineData("upper-case name", @"\b[A-ZÄÖÜ]{4,}\b")]
    [InlineData("lower-case name", @"\bkd\. [a-zäöüß]+")]
    [InlineData("customer number spaced", @"Kd\.-Nr\. \d{3} [A-Z] \d{6}")]
    [InlineData("customer number lower", @"\b\d{3}[a-z]\d{6}\b")]
    [InlineData("IBAN grouped", @"DE\d{2} \d{4} \d{4} \d{4} \d{4} \d{2}")]
    [InlineData("phone slash", @"\b0\d{2,4}/\d{5,}")]
    [InlineData("phone international", @"\+49 \(0\)\d{2,4} \d{3}( \d{1,2})+")]
    [InlineData("e-mail (at)", @"\(at\)")]
    [InlineData("e-mail [at] [dot]", @" \[at\] .* \[dot\] ")]
    [InlineData("date dd.MM.yyyy", @"\b\d{2}\.\d{2}\.\d{4}\b")]
    [InlineData("date d.M.yy", @"\b\d{1,2}\.\d{1,2}\.\d{2}\b")]
    [InlineData("date ISO", @"\b\d{4}-\d{2}-\d{2}\b")]
    [InlineData("date German month", @"\b\d{1,2}\. (Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) \d{4}")]
    [InlineData("line break", "\n")]
    [InlineData("third person after introducer", @"\b(Vermieter|Vermieterin|Arbeitgeber|Arbeitgeberin|Nachbar|Nachbarin|Betreuer|Betreuerin) [A-ZÄÖÜ]")]
    [InlineData("relative", @"\b(Ehemann|Ehefrau|Sohn|Tochter|Mutter|Vater|Bruder|Schwester|Partner|Partnerin) [A-ZÄÖÜ]")]
    [InlineData("company", @"Firma [A-ZÄÖÜ]")]
    [InlineData("tax id", @"Steuer-ID \d{2} \d{3} \d{3} \d{3}")]
    [InlineData("pension number", @"RV-Nr\. \d{2} \d{6} [A-Z] \d{3}")]
    [InlineData("transliterated umlaut", @"\b(Hr\.|Fr\.|Herr|Frau) [A-Z][a-z]*(ue|oe|ae)[a-z]*\b")]
    public void Notes_SmallExtract_ContainEverySpellingOfTheContract(string spelling, string pattern)
    {
        var regex = new Regex(pattern, RegexOptions.CultureInvariant);
        GeneratedExtract.Small.SelectMany(Notes).Any(regex.IsMatch).ShouldBeTrue(spelling);
    }

    [Fact]
    public void Constructor_NullShape_Throws() =>
        Should.Throw<ArgumentNullException>(() => new ExtractGenerator(null!, 1));

    [GeneratedRegex("\"note\":\"((?:[^\"\\\\]|\\\\.)*)\"")]
    private static partial Regex NotePattern();

    [GeneratedRegex("\"channel\":\"([a-zA-Z]+)\"")]
    private static partial Regex ChannelPattern();

    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
