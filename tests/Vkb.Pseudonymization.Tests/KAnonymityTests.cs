using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Anonymity;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Policies.Operations;
using Vkb.Synthetic;

namespace Vkb.Pseudonymization.Tests;

/// <summary>P9: every published class over the quasi-identifiers holds at least k distinct customers (a customer of several months counts once), or the run fails with its reason; kits list only published records.</summary>
public partial class KAnonymityTests
{
    private static readonly PseudonymizationKey Key = TestKeys.Key();

    private static readonly string[] Quasi = ["customer.birthDate", "customer.gender", "customer.nationality", "customer.address.postcode", "jobCentre.id", "agency.id"];

    /// <summary>A record with random quasi-identifier values drawn from small sets, so classes of every size occur.</summary>
    private static Gen<(int Year, string Gender, string Nationality, string Postcode, string JobCentre)> QuasiGen =>
        from year in Gen.Choose(1950, 2005)
        from gender in Gen.Elements("f", "m", "d")
        from nationality in Gen.Elements("DE", "DE", "DE", "PL", "TR", "SY", "IT")
        from postcode in Gen.Elements("40210", "40477", "44135", "50667", "80331", "90402", "10115")
        from jobCentre in Gen.Elements("96201", "96202", "96203")
        select (year, gender, nationality, postcode, jobCentre);

    private static string WithQuasi(JsonObject record, string birthDate, string gender, string nationality, string postcode, string jobCentre)
    {
        record["customer"]!["birthDate"] = birthDate;
        record["customer"]!["gender"] = gender;
        record["customer"]!["nationality"] = nationality;
        record["customer"]!["address"]!["postcode"] = postcode;
        record["jobCentre"]!["id"] = jobCentre;
        return record.ToJsonString();
    }

    private static Gen<List<string>> ExtractGen =>
        from count in Gen.Choose(1, 120)
        from quasi in QuasiGen.ListOf(count)
        select quasi.Select((q, n) => WithQuasi(SampleRecords.Record(n), string.Create(CultureInfo.InvariantCulture, $"{q.Year}-03-01"), q.Gender, q.Nationality, q.Postcode, q.JobCentre)).ToList();

    private static PseudonymizationPipeline Pipeline(RecordPolicy policy, int k) =>
        new(Key, policy, new PseudonymizationOptions
        {
            Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), CollectReidentification = true, KAnonymity = { K = k },
        });

    /// <summary>The default policy with another budget and, optionally, fewer pinned or generalisable quasi-identifiers.</summary>
    private static RecordPolicy Variant(double budget, bool pinGender)
    {
        var json = JsonNode.Parse(RecordPolicy.VkbDefault.ToJson())!.AsObject();
        json["kAnonymity"]!["suppressionBudget"] = budget;
        if (pinGender)
        {
            json["kAnonymity"]!["quasiIdentifiers"]![1]!["pinned"] = true;
        }

        return RecordPolicy.Parse(json.ToJsonString());
    }

    private static Dictionary<string, int> Classes(IEnumerable<string> lines) =>
        lines.Select(l => JsonNode.Parse(l)!)
            .GroupBy(r => string.Join("|", Quasi.Select(q => Value(r, q))), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string Value(JsonNode record, string path)
    {
        JsonNode? node = record;
        foreach (var name in path.Split('.'))
        {
            node = node?[name];
        }

        return node?.ToJsonString() ?? "∅";
    }

    [Property(MaxTest = 60)]
    [Trait("Rule", "P9")]
    public Property EveryPublishedClass_HoldsAtLeastK_OrTheRunFailsWithTheReason()
    {
        var input = (from lines in ExtractGen
                     from k in Gen.Choose(2, 8)
                     from budget in Gen.Elements(0.0, 0.02, 0.1, 0.25)
                     from pin in Gen.Elements(false, true)
                     select (Lines: lines, K: k, Budget: budget, Pin: pin)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            PseudonymizedLines result;
            try
            {
                result = Pipeline(Variant(x.Budget, x.Pin), x.K).PseudonymizeLines(x.Lines);
            }
            catch (KAnonymityException ex)
            {
                return ex.Message.Contains(string.Create(CultureInfo.InvariantCulture, $"at least {x.K} distinct subjects"), StringComparison.Ordinal)
                    .Label("the failure states k");
            }

            var report = result.Result.Report;
            var classes = Classes(result.Lines);
            return classes.Values.All(size => size >= x.K).Label("every class ≥ k")
                .And((report.RecordsSuppressed <= Math.Floor(x.Budget * x.Lines.Count)).Label("within the budget"))
                .And((result.Lines.Count + report.RecordsSuppressed == x.Lines.Count).Label("written + suppressed = read"))
                .And((report.KAnonymity.SmallestClass == (classes.Count == 0 ? 0 : classes.Values.Min())).Label("the report's smallest class"))
                .And((report.KAnonymity.Classes == classes.Count).Label("the report's classes"))
                .Label($"k {x.K}, budget {x.Budget}, {x.Lines.Count} records, node {string.Join(",", report.KAnonymity.Node)}");
        });
    }

    /// <summary>
    /// Customers of a three-month phase, each flagged in one to four of its records (a month may repeat): the same
    /// quasi-identifiers in every record, or now and then a move (another postcode) or another birthday year.
    /// </summary>
    private static Gen<List<string>> RecurringExtractGen => Recurring(QuasiGen);

    /// <summary>As <see cref="RecurringExtractGen"/> with few distinct values, so that classes of k and more, and people of several classes among them, are common.</summary>
    private static Gen<List<string>> NarrowRecurringExtractGen => Recurring(
        from year in Gen.Elements(1980, 1990)
        from postcode in Gen.Elements("40210", "44135")
        select (year, "f", "DE", postcode, "96201"));

    private static Gen<List<string>> Recurring(Gen<(int Year, string Gender, string Nationality, string Postcode, string JobCentre)> quasiGen) =>
        from customers in Gen.Choose(1, 40)
        from people in (from quasi in quasiGen
                        from records in Gen.Choose(1, 4)
                        from months in Gen.Choose(4, 6).ListOf(records)
                        from changes in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2))).ListOf(records)
                        select (Quasi: quasi, Months: months, Changes: changes)).ListOf(customers)
        select people.SelectMany((person, n) => person.Months.Select((month, i) =>
        {
            var q = person.Quasi;
            var record = SampleRecords.Record(n);
            record["review"]!["month"] = string.Create(CultureInfo.InvariantCulture, $"2025-{month:00}");
            return WithQuasi(
                record,
                string.Create(CultureInfo.InvariantCulture, $"{q.Year + (person.Changes[i] == 2 ? 5 : 0)}-03-01"),
                q.Gender,
                q.Nationality,
                person.Changes[i] == 1 ? "10115" : q.Postcode,
                q.JobCentre);
        })).ToList();

    [Property(MaxTest = 60)]
    [Trait("Rule", "P9")]
    public Property EveryPublishedClass_HoldsAtLeastKCustomers_WhenCustomersRecurAcrossMonths()
    {
        // M2 of session 16's review: k counted records, so one customer flagged in five months made a class of five.
        var input = (from lines in RecurringExtractGen
                     from k in Gen.Choose(2, 6)
                     from budget in Gen.Elements(0.0, 0.1, 0.25, 0.5)
                     select (Lines: lines, K: k, Budget: budget)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var options = new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { K = x.K }, CollectReidentification = true };
            foreach (var month in new[] { 4, 5, 6 })
            {
                options.PhaseMonths.Add(new NodaTime.YearMonth(2025, month));
            }

            PseudonymizedLines result;
            try
            {
                result = new PseudonymizationPipeline(Key, Variant(x.Budget, pinGender: false), options).PseudonymizeLines(x.Lines);
            }
            catch (KAnonymityException ex)
            {
                return ex.Message.Contains(string.Create(CultureInfo.InvariantCulture, $"at least {x.K} distinct subjects"), StringComparison.Ordinal)
                    .Label("the failure states k");
            }

            var records = result.Lines.Select(l => JsonNode.Parse(l)!)
                .Select(r => (Customer: r["customerNumber"]!.GetValue<string>(), Class: string.Join("|", Quasi.Select(q => Value(r, q)))))
                .ToList();
            var customers = records.GroupBy(r => r.Class, StringComparer.Ordinal)
                .Select(g => g.Select(r => r.Customer).Distinct(StringComparer.Ordinal).Count())
                .ToList();

            // A customer is linked across classes by the pseudonym: the set of classes of their records must be shared by k.
            var signatures = records.GroupBy(r => r.Customer, StringComparer.Ordinal)
                .Select(g => string.Join("#", g.Select(r => r.Class).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))
                .GroupBy(v => v, StringComparer.Ordinal).Select(g => g.Count()).ToList();
            var report = result.Result.Report;
            var listed = result.Result.Reidentification.ByJobCentre.Values.SelectMany(v => v).Select(e => e.Pseudonym).ToHashSet(StringComparer.Ordinal);
            return customers.All(c => c >= x.K).Label("every class holds ≥ k customers")
                .And(signatures.All(c => c >= x.K).Label("every customer's set of classes is shared by ≥ k customers"))
                .And(listed.SetEquals(records.Select(r => r.Customer)).Label("the kits list exactly the published customers"))
                .And((report.KAnonymity.SmallestClass == (customers.Count == 0 ? 0 : customers.Min())).Label("the report's smallest class counts customers"))
                .And((report.RecordsSuppressed <= Math.Floor(x.Budget * x.Lines.Count)).Label("within the budget (records)"))
                .And((result.Lines.Count + report.RecordsSuppressed == x.Lines.Count).Label("written + suppressed = read"))
                .Label($"k {x.K}, budget {x.Budget}, {x.Lines.Count} records, node {string.Join(",", report.KAnonymity.Node)}");
        });
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void OneCustomerFlaggedInFiveMonths_IsOnePerson_NotAClassOfFive()
    {
        // The reproduction: one customer's five records alike in every quasi-identifier, beside 20 customers of one
        // other class. Counting records, the five were a class of five and published; counting people, they are one.
        var lines = Enumerable.Range(0, 5).Select(_ => WithQuasi(SampleRecords.Record(99), "1961-03-01", "d", "IT", "80331", "96203"))
            .Concat(Enumerable.Range(0, 20).Select(n => WithQuasi(SampleRecords.Record(n), "1990-03-01", "f", "DE", "40210", "96201")))
            .ToList();
        var result = Pipeline(Variant(0.25, pinGender: false), 5).PseudonymizeLines(lines);

        result.Result.Report.RecordsSuppressed.ShouldBe(5);
        result.Lines.Count.ShouldBe(20);
        result.Lines.ShouldAllBe(l => l.Contains("\"96201\"", StringComparison.Ordinal));
        result.Result.Report.KAnonymity.SmallestClass.ShouldBe(20);
        result.Result.Reidentification.ByJobCentre.Keys.ShouldNotContain("96203");

        // Measured only (not enforced), the report counts the same way: one class of one person below k.
        var measured = new PseudonymizationPipeline(Key, Variant(0.25, pinGender: false), new PseudonymizationOptions
        {
            Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { K = 5, Enforce = false },
        }).PseudonymizeLines(lines).Result.Report.KAnonymity;
        (measured.Enforced, measured.ClassesBelowK, measured.RecordsInClassesBelowK, measured.SmallestClass, measured.RecordsSingledOut).ShouldBe((false, 1L, 5L, 1L, 5L));
    }

    private static string InMonth(int n, string birthDate, int month, string postcode = "40210")
    {
        var record = SampleRecords.Record(n);
        record["review"]!["month"] = string.Create(CultureInfo.InvariantCulture, $"2025-{month:00}");
        return WithQuasi(record, birthDate, "f", "DE", postcode, "96201");
    }

    private static PseudonymizationOptions PhaseOptions(int k, params int[] months)
    {
        var options = new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { K = k } };
        foreach (var month in months)
        {
            options.PhaseMonths.Add(new NodaTime.YearMonth(2025, month));
        }

        return options;
    }

    [Fact]
    [Trait("Rule", "P9")]
    [Trait("Rule", "P4")]
    public void OneCustomerTypedFiveWays_IsOnePerson()
    {
        // The subject as typed by hand in five months: spaced, lower case, full-width, with ideographic spaces. One
        // customer, one pseudonym, one person: five spellings must not make a class of five.
        string[] spellings = ["962D999999", "962 d 999999", "９６２Ｄ９９９９９９", "９６２　ｄ　９９９９９９", "962-D-999999"];
        var lines = spellings.Select(spelling =>
            {
                var record = SampleRecords.Record(99);
                record["customerNumber"] = spelling;
                return WithQuasi(record, "1961-03-01", "d", "IT", "80331", "96203");
            })
            .Concat(Enumerable.Range(0, 20).Select(n => WithQuasi(SampleRecords.Record(n), "1990-03-01", "f", "DE", "40210", "96201")))
            .ToList();
        var result = Pipeline(Variant(0.25, pinGender: false), 5).PseudonymizeLines(lines);

        result.Result.Report.RecordsSuppressed.ShouldBe(5);
        result.Lines.ShouldAllBe(l => l.Contains("\"96201\"", StringComparison.Ordinal));

        var options = new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { Enforce = false } };
        var measured = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, options).PseudonymizeLines(lines.Take(5).ToList());
        measured.Lines.Select(l => JsonNode.Parse(l)!["customerNumber"]!.GetValue<string>()).Distinct().Count().ShouldBe(1);
        measured.Result.Report.KAnonymity.SmallestClass.ShouldBe(1);
    }

    [Theory]
    [Trait("Rule", "P4")]
    [InlineData("customerNumber", "\u037A")]
    [InlineData("householdNumber", "\uFF9E")]
    [InlineData("customerNumber", "962D123456\uFFFE")]
    public void AnIdentifierWithoutLetterAfterNormalising_RejectsTheRecord_NotTheRun(string field, string value)
    {
        // Session 18's review (M1): these stopped the whole run with an ArgumentException, no line, no field.
        var record = SampleRecords.Record(1);
        record[field] = value;
        var options = new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), FailOnInvalidRecord = false, KAnonymity = { K = 1 } };
        var result = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, options).PseudonymizeLines([SampleRecords.Line(0), record.ToJsonString()]);
        var expectRejected = value.StartsWith("962D", StringComparison.Ordinal) ? 0 : 1;
        result.Result.Report.RecordsRejected.ShouldBe(expectRejected);
        result.Lines.Count.ShouldBe(2 - expectRejected);
        if (expectRejected == 1)
        {
            result.Result.Report.Errors.ShouldHaveSingleItem().FieldPath.ShouldBe(field);
        }
    }

    [Theory]
    [Trait("Rule", "P4")]
    [InlineData("1\u1100-\u1161")] // two Hangul jamo apart: canonicalising the canonical form again joins them into one syllable
    [InlineData("９６２Ｄ１２３４５６")]
    public void ThePipelinesPseudonym_IsThePseudonymizersOfTheIdentifierAsTyped(string identifier)
    {
        // Session 18's review (L1): the pipeline's cache passed the canonical form to the pseudonymizer, which canonicalised it again.
        var record = SampleRecords.Record(1);
        record["customerNumber"] = identifier;
        var options = new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { K = 1 } };
        var line = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, options).PseudonymizeLines([record.ToJsonString()]).Lines.ShouldHaveSingleItem();
        JsonNode.Parse(line)!["customerNumber"]!.GetValue<string>()
            .ShouldBe(new Pseudonymizer(Key).Pseudonymize(PseudonymDomain.Customer, "2025-P1", identifier).Value);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void CustomerWhoMoves_IsNotSingledOutByThePairOfClasses()
    {
        // H1 of session 17's review: the pseudonym links a customer's records, so X, who moves from 40210 to 50667 between
        // April and June, must not be the only customer in both the April class (with four others) and the June class (with
        // four others): counting each class alone, both hold five customers, but the pair of classes singles X out. X's
        // records are suppressed or the classes merged: every customer's set of classes is shared by k.
        var lines = new List<string> { InMonth(0, "1990-05-15", 4), InMonth(0, "1990-05-15", 6, "50667") };
        lines.AddRange(Enumerable.Range(1, 4).Select(n => InMonth(n, "1991-01-01", 4)));
        lines.AddRange(Enumerable.Range(5, 4).Select(n => InMonth(n, "1991-01-01", 6, "50667")));
        var result = new PseudonymizationPipeline(Key, Variant(0.25, pinGender: false), PhaseOptions(5, 4, 6)).PseudonymizeLines(lines);

        var published = result.Lines.Select(l => JsonNode.Parse(l)!).ToList();
        var bySignature = published.GroupBy(r => r["customerNumber"]!.GetValue<string>(), StringComparer.Ordinal)
            .Select(g => string.Join("#", g.Select(r => Value(r, "customer.address.postcode")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))
            .GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        bySignature.Values.ShouldAllBe(count => count >= 5, string.Join(", ", bySignature.Select(p => $"{p.Key}: {p.Value}")));
        (result.Lines.Count + result.Result.Report.RecordsSuppressed).ShouldBe(lines.Count);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void MeasuredOnly_CountsTheMoverAsSingledOut_ThoughEveryClassHoldsK()
    {
        // Not enforced, the report must still see H1: every class holds five customers, but X alone falls into both, and
        // then the four who only ever fall into April's class (and the four of June's) are a set of four: all ten records.
        var lines = new List<string> { InMonth(0, "1990-05-15", 4), InMonth(0, "1990-05-15", 6, "50667") };
        lines.AddRange(Enumerable.Range(1, 4).Select(n => InMonth(n, "1991-01-01", 4)));
        lines.AddRange(Enumerable.Range(5, 4).Select(n => InMonth(n, "1991-01-01", 6, "50667")));
        var options = PhaseOptions(5, 4, 6);
        options.KAnonymity.Enforce = false;
        var report = new PseudonymizationPipeline(Key, Variant(0.25, pinGender: false), options).PseudonymizeLines(lines).Result.Report;

        (report.KAnonymity.ClassesBelowK, report.KAnonymity.SmallestClass, report.KAnonymity.RecordsSingledOut).ShouldBe((0L, 5L, 10L));
        report.ToJson().ShouldContain("\"recordsSingledOut\": 10");
    }

    [Property(MaxTest = 80)]
    [Trait("Rule", "P9")]
    public Property MeasuredOnly_RecordsSingledOut_AreTheRecordsOfEveryCustomerWhoseSetOfClassesFewerThanKShare()
    {
        // Counted person by person from the output as written: a customer's set of classes, shared by fewer than k
        // customers, singles out all of that customer's records.
        var input = (from lines in Gen.OneOf(RecurringExtractGen, NarrowRecurringExtractGen) from k in Gen.Choose(2, 6) select (Lines: lines, K: k)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var options = PhaseOptions(x.K, 4, 5, 6);
            options.KAnonymity.Enforce = false;
            var result = new PseudonymizationPipeline(Key, Variant(0.25, pinGender: false), options).PseudonymizeLines(x.Lines);
            var byCustomer = result.Lines.Select(l => JsonNode.Parse(l)!)
                .GroupBy(r => r["customerNumber"]!.GetValue<string>(), StringComparer.Ordinal)
                .Select(g => (Records: g.Count(), Signature: string.Join("#", g.Select(r => string.Join("|", Quasi.Select(q => Value(r, q)))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))))
                .ToList();
            var sharedBy = byCustomer.GroupBy(c => c.Signature, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var expected = byCustomer.Where(c => sharedBy[c.Signature] < x.K).Sum(c => (long)c.Records);
            return (result.Result.Report.KAnonymity.RecordsSingledOut == expected)
                .Label($"reported {result.Result.Report.KAnonymity.RecordsSingledOut}, counted {expected}, k {x.K}, {x.Lines.Count} records");
        });
    }

    private static ExportAnonymityReport Union(int k, params IEnumerable<string>[] exports)
    {
        var streams = exports.Select(lines => (Stream)new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))))).ToList();
        return ExportAnonymity.MeasureAsync(streams, RecordPolicy.VkbDefault, k).GetAwaiter().GetResult();
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void MonthlyExports_EachKAnonymous_TheirUnionSinglesOutTheMover()
    {
        // Two monthly loads of one phase, each checked alone: April's class of five (X and four) and June's class of five
        // (X, moved, and four others). The recipient holds both; X's pseudonym is in both classes, and no one else's.
        var april = new List<string> { InMonth(0, "1990-05-15", 4) };
        april.AddRange(Enumerable.Range(1, 4).Select(n => InMonth(n, "1991-01-01", 4)));
        var june = new List<string> { InMonth(0, "1990-05-15", 6, "50667") };
        june.AddRange(Enumerable.Range(5, 4).Select(n => InMonth(n, "1991-01-01", 6, "50667")));
        var aprilExport = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, PhaseOptions(5, 4)).PseudonymizeLines(april);
        var juneExport = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, PhaseOptions(5, 6)).PseudonymizeLines(june);
        (aprilExport.Result.Report.RecordsSuppressed, juneExport.Result.Report.RecordsSuppressed).ShouldBe((0L, 0L));

        Union(5, aprilExport.Lines).IsKAnonymous.ShouldBeTrue();
        Union(5, juneExport.Lines).IsKAnonymous.ShouldBeTrue();
        var union = Union(5, aprilExport.Lines, juneExport.Lines);
        (union.Exports, union.Records, union.Subjects, union.Classes, union.SmallestClass, union.ClassesBelowK).ShouldBe((2, 10L, 9L, 2L, 5L, 0L));
        (union.SubjectsInSeveralClasses, union.SubjectsSingledOut, union.RecordsSingledOut, union.IsKAnonymous).ShouldBe((1L, 9L, 10L, false));
        union.Phase.ShouldBe("2025-P1");
        union.ToJson().ShouldContain("\"kAnonymous\": false");

        // One load of the phase sees the link and suppresses: its output's union check agrees.
        var whole = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, PhaseOptions(5, 4, 6)).PseudonymizeLines([.. april, .. june]);
        Union(5, whole.Lines).IsKAnonymous.ShouldBeTrue();
    }

    [Property(MaxTest = 60)]
    [Trait("Rule", "P9")]
    public Property ExportAnonymity_AgreesWithThePipeline_OnEveryLoadOfAPhase()
    {
        // Two counts written apart: the pipeline's lattice search (measured only: records singled out as written; enforced:
        // none) and the export check, which reads nothing but the output's text.
        var input = (from lines in Gen.OneOf(RecurringExtractGen, NarrowRecurringExtractGen)
                     from k in Gen.Choose(2, 6)
                     from budget in Gen.Elements(0.1, 0.5)
                     select (Lines: lines, K: k, Budget: budget)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var measuredOptions = PhaseOptions(x.K, 4, 5, 6);
            measuredOptions.KAnonymity.Enforce = false;
            var measured = new PseudonymizationPipeline(Key, Variant(x.Budget, pinGender: false), measuredOptions).PseudonymizeLines(x.Lines);
            var measuredUnion = Union(x.K, measured.Lines);
            var agree = (measuredUnion.RecordsSingledOut == measured.Result.Report.KAnonymity.RecordsSingledOut)
                .Label($"measured: check {measuredUnion.RecordsSingledOut}, pipeline {measured.Result.Report.KAnonymity.RecordsSingledOut}");
            try
            {
                var enforced = new PseudonymizationPipeline(Key, Variant(x.Budget, pinGender: false), PhaseOptions(x.K, 4, 5, 6)).PseudonymizeLines(x.Lines);
                var union = Union(x.K, enforced.Lines);
                return agree.And(union.IsKAnonymous.Label($"enforced: {union.SubjectsSingledOut} customers singled out"))
                    .And((union.Records == enforced.Lines.Count).Label("every record read"));
            }
            catch (KAnonymityException)
            {
                return agree;
            }
        });
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void ExportAnonymity_RefusesMixedPhasesAndRecordsWithoutASubject_NamingNoValue()
    {
        var export = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, PhaseOptions(1, 4)).PseudonymizeLines([InMonth(0, "1990-05-15", 4)]).Lines;
        var other = export[0].Replace("\"phase\":\"2025-P1\"", "\"phase\":\"2025-P2\"", StringComparison.Ordinal);
        Should.Throw<FormatException>(() => Union(5, export, [other])).Message.ShouldBe("Export 2, line 1: the record is of another phase than the first record; pseudonyms of two phases are unrelated.");

        var subject = JsonNode.Parse(export[0])!["customerNumber"]!.GetValue<string>();
        var withoutSubject = export[0].Replace("\"" + subject + "\"", "17", StringComparison.Ordinal);
        var message = Should.Throw<FormatException>(() => Union(5, export, export, [withoutSubject])).Message;
        message.ShouldBe("Export 3, line 1, customerNumber: the subject is required (a non-empty string).");
        Should.Throw<FormatException>(() => Union(5, ["{\"customerNumber\": \"KD-1\""])).Message.ShouldNotContain("KD-1");
        Should.Throw<FormatException>(() => Union(5, [export[0].Replace("\"pseudonymization\"", "\"x\"", StringComparison.Ordinal)])).Message
            .ShouldBe("Export 1, line 1, pseudonymization.phase: the record carries no phase; it is no pseudonymised export.");
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void CustomerWithABirthdayWithinThePhase_KeepsOneAgeBand_AtThePhasesFirstMonth()
    {
        // X turns 35 between April and June. Banded at each record's own month, X would be 30-34 in April and 35-39 in June,
        // the only customer in both classes, and k would have to suppress X or widen every band to 10 years. Banded at the
        // phase's first month, X is 30-34 in both, beside four customers of April; five of June are 35-39: two classes of five.
        var lines = new List<string> { InMonth(0, "1990-05-15", 4), InMonth(0, "1990-05-15", 6) };
        lines.AddRange(Enumerable.Range(1, 4).Select(n => InMonth(n, "1991-01-01", 4)));
        lines.AddRange(Enumerable.Range(5, 5).Select(n => InMonth(n, "1989-01-01", 6)));
        var result = new PseudonymizationPipeline(Key, Variant(0.25, pinGender: false), PhaseOptions(5, 6, 4, 5)).PseudonymizeLines(lines);

        result.Result.Report.AgeBandMonth.ShouldBe(new NodaTime.YearMonth(2025, 4));
        result.Result.Report.ToJson().ShouldContain("\"ageBandMonth\": \"2025-04\"");
        result.Result.Report.RecordsSuppressed.ShouldBe(0);
        var published = result.Lines.Select(l => JsonNode.Parse(l)!).ToList();
        var x = published.Where(r => r["customer"]!["birthDate"]!.GetValue<string>() == "30-34").GroupBy(r => r["customerNumber"]!.GetValue<string>()).ToList();
        x.Count.ShouldBe(5);
        x.Count(g => g.Count() == 2).ShouldBe(1);
        published.Count(r => r["customer"]!["birthDate"]!.GetValue<string>() == "35-39").ShouldBe(5);
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "P9")]
    public Property EveryRecordOfAPhase_IsBandedAtThePhasesFirstMonth()
    {
        // Measured only (no generalisation), so the bands are as the operation writes them: whatever month a record was
        // reviewed in, its band is the customer's age on the first day of the phase's earliest month, given in any order.
        var input = (from birth in Gen.Choose(0, 30_000).Select(d => new NodaTime.LocalDate(1940, 1, 1).PlusDays(d))
                     from reviewed in Gen.Choose(1, 12).ListOf().Where(l => l.Count > 0)
                     from extra in Gen.Choose(1, 12).ListOf()
                     select (Birth: birth, Reviewed: reviewed, Phase: reviewed.Concat(extra).Distinct().ToArray())).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var options = PhaseOptions(1, x.Phase);
            options.KAnonymity.Enforce = false;
            var birth = NodaTime.Text.LocalDatePattern.Iso.Format(x.Birth);
            var lines = x.Reviewed.Select(m => InMonth(0, birth, m)).ToList();
            var result = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, options).PseudonymizeLines(lines);
            var expected = AgeBand.Of(x.Birth, new NodaTime.LocalDate(2025, x.Phase.Min(), 1));
            var bands = result.Lines.Select(l => JsonNode.Parse(l)!["customer"]!["birthDate"]!.GetValue<string>()).ToList();
            return (bands.Count == lines.Count && bands.All(b => b == expected))
                .Label($"bands {string.Join(",", bands)}, expected {expected} at month {x.Phase.Min()}");
        });
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void WithoutThePhasesMonths_EachRecordIsBandedAtItsOwnReviewMonth()
    {
        var options = new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 6), OnlyFlagged = false, KAnonymity = { Enforce = false } };
        var result = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, options)
            .PseudonymizeLines([InMonth(0, "1990-05-15", 4), InMonth(0, "1990-05-15", 6)]);

        result.Result.Report.AgeBandMonth.ShouldBeNull();
        result.Result.Report.ToJson().ShouldContain("\"ageBandMonth\": null");
        result.Lines.Select(l => JsonNode.Parse(l)!["customer"]!["birthDate"]!.GetValue<string>()).ShouldBe(["30-34", "35-39"]);
    }

    [Property(MaxTest = 40)]
    [Trait("Rule", "P9")]
    [Trait("Rule", "P6")]
    public Property Kits_NeverListASuppressedRecord()
    {
        return Prop.ForAll(ExtractGen.ToArbitrary(), lines =>
        {
            PseudonymizedLines result;
            try
            {
                result = Pipeline(Variant(0.25, pinGender: false), 5).PseudonymizeLines(lines);
            }
            catch (KAnonymityException)
            {
                return true.Label("failed run: no kits at all");
            }

            var published = result.Lines.Select(l => JsonNode.Parse(l)!["customerNumber"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            var listed = result.Result.Reidentification.ByJobCentre.Values.SelectMany(v => v).Select(e => e.Pseudonym).ToList();
            return listed.All(published.Contains).Label("every kit entry is a published record")
                .And((listed.Count == published.Count).Label("every published record is in a kit"))
                .Label($"{lines.Count} records, {result.Result.Report.RecordsSuppressed} suppressed");
        });
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void GeneratedExtract_DefaultPolicy_PublishesOnlyClassesOfAtLeastFiveAndReportsTheNode()
    {
        var shape = ExtractShape.Small.WithRecords(600);
        var records = new ExtractGenerator(shape, seed: 11).Generate().Select(r => r.Json).ToList();
        var result = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, new PseudonymizationOptions { Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth })
            .PseudonymizeLines(records);
        var report = result.Result.Report.KAnonymity;
        Classes(result.Lines).Values.ShouldAllBe(size => size >= 5);
        report.Enforced.ShouldBeTrue();
        report.Node.Count.ShouldBe(6);
        report.Generalisation.ShouldContain(g => g.StartsWith("jobCentre.id: pinned", StringComparison.Ordinal));
        report.Discernibility.ShouldBeGreaterThan(0);
        report.NodesChecked.ShouldBeLessThan(report.LatticeSize); // monotonicity and the loss bound decided the rest
        result.Lines.ShouldAllBe(l => !l.Contains("\"caseWorker\"", StringComparison.Ordinal) && !l.Contains("\"teamLead\"", StringComparison.Ordinal));
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "P9")]
    public Property LatticeSearch_FindsTheBruteForceOptimum()
    {
        var tuple = from a in Gen.Choose(0, 7) from g in Gen.Choose(0, 2) from n in Gen.Choose(0, 3) from c in Gen.Choose(1, 6) select (a, g, n, c);
        var input = (from tuples in tuple.ListOf().Where(l => l.Count > 0)
                     from k in Gen.Choose(2, 6)
                     from budget in Gen.Choose(0, 5)
                     select (Tuples: tuples.DistinctBy(t => (t.a, t.g, t.n)).ToList(), K: k, Budget: budget)).ToArbitrary();
        var hierarchies = new GeneralisationHierarchy?[] { new AgeBandOperation(5).Hierarchy, new KeepOperation(KeptType.Boolean).Hierarchy, new GeneraliseOperation("nationality").Hierarchy, null };
        string[] nationalities = ["DE", "EU", "non-EU", "unknown"];
        return Prop.ForAll(input, x =>
        {
            var values = x.Tuples.Select(t => new string?[] { string.Create(CultureInfo.InvariantCulture, $"{t.a * 10}-{(t.a * 10) + 4}"), t.g.ToString(CultureInfo.InvariantCulture), nationalities[t.n], "96201" }).ToList();
            var counts = x.Tuples.Select(t => (long)t.c).ToList();
            var search = new LatticeSearch(values, counts, hierarchies, x.K, x.Budget);
            var found = search.Run();

            // Brute force: every node; the anonymous ones; the least discernibility among them.
            var all = new List<LatticeNode>();
            for (var a = 0; a <= 3; a++)
            {
                for (var g = 0; g <= 1; g++)
                {
                    for (var n = 0; n <= 2; n++)
                    {
                        all.Add(search.Evaluate([a, g, n, 0]));
                    }
                }
            }

            var anonymous = all.Where(e => e.Suppressed <= x.Budget).ToList();
            if (found is null)
            {
                return (anonymous.Count == 0).Label("no node found only if none is anonymous");
            }

            // Since session 21 every anonymous node competes, not only the minimal ones (a node above one may suppress less).
            return (found.Suppressed <= x.Budget).Label("the node is anonymous")
                   .And((found.Discernibility == anonymous.Min(m => m.Discernibility)).Label("least discernibility of every anonymous node"))
                   .And(all.Where(e => e.Levels.Zip(found.Levels).All(p => p.First <= p.Second) && !e.Levels.SequenceEqual(found.Levels))
                       .All(e => e.Suppressed > x.Budget || e.Discernibility > found.Discernibility).Label("every more specific anonymous node loses more"));
        });
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Hierarchies_GeneraliseStepByStepToWithheld()
    {
        var age = new AgeBandOperation(5).Hierarchy;
        Enumerable.Range(0, 4).Select(level => age.Generalise("35-39", level)).ShouldBe(["35-39", "30-39", "20-39", "*"]);
        age.Generalise("80+", 2).ShouldBe("80+");
        age.Generalise("75-79", 2).ShouldBe("60-79");
        var postcode = new GeneraliseOperation("postcode").Hierarchy;
        Enumerable.Range(0, 3).Select(level => postcode.Generalise("40", level)).ShouldBe(["40", "NRW", "*"]);
        postcode.Generalise("80", 1).ShouldBe("BY");
        var nationality = new GeneraliseOperation("nationality").Hierarchy;
        Enumerable.Range(0, 3).Select(level => nationality.Generalise("EU", level)).ShouldBe(["EU", "non-DE", "*"]);
        nationality.Generalise("DE", 1).ShouldBe("DE");
        new KeepOperation(KeptType.Enumeration, ["f", "m"]).Hierarchy!.Generalise("f", 1).ShouldBe("*");
    }

    [Fact]
    [Trait("Rule", "P9")]
    public async Task RunAsync_OnAStream_EnforcesKThroughTheSpoolAndLeavesNoSpoolFile()
    {
        using var dir = new TempDirectory();
        var lines = Enumerable.Range(0, 20).Select(n => SampleRecords.Line(n, jobCentre: n < 18 ? "96201" : "96202")).ToList();
        var pipeline = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, new PseudonymizationOptions
        {
            Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), SpoolDirectory = dir.Path, SpoolMemoryLimit = 0, // through a file, as a run beyond the memory limit
        });
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));
        using var output = new MemoryStream();
        var result = await pipeline.RunAsync(input, output);
        result.Report.RecordsSuppressed.ShouldBe(2);
        System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(18);
        Directory.GetFiles(dir.Path).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void EnforcedRun_OnOneOrManyThreads_WritesTheSameBytes()
    {
        // Generated records are long (notes): the writer hands full buffers on while writing one, and the spans of the
        // quasi-identifiers spliced in the second pass must count those bytes too.
        var shape = ExtractShape.Small.WithRecords(2000); // the benchmark's extract: generalised values are spliced into long records
        var lines = new ExtractGenerator(shape, seed: 42).Generate().Select(r => r.Json).ToList();
        PseudonymizedLines Run(int threads, int batch) => new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, new PseudonymizationOptions
        {
            Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, OnlyFlagged = false, DegreeOfParallelism = threads, BatchSize = batch,
        }).PseudonymizeLines(lines);
        var result = Run(1, 128);
        result.Result.Report.KAnonymity.Height.ShouldBeGreaterThan(0);
        var single = string.Join("\n", result.Lines);
        string.Join("\n", Run(2, 128).Lines).ShouldBe(single);
        string.Join("\n", Run(4, 7).Lines).ShouldBe(single);
        Classes(single.Split('\n')).Values.ShouldAllBe(size => size >= 5);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void TwoQuasiIdentifiers_WithTheSameTextAndOtherHierarchies_EachGeneraliseTheirOwnWay()
    {
        // A host's policy: customerGroup kept as free text and made a quasi-identifier, holding "30-34" like an age band.
        // k 5 needs the age in 10-year bands and the group withheld: "30-34" becomes "30-39" as an age and is withheld as
        // a group. Replacements shared between the two quasi-identifiers would publish the group as "30-39".
        var json = JsonNode.Parse(RecordPolicy.VkbDefault.ToJson())!.AsObject();
        foreach (var rule in json["fields"]!.AsArray())
        {
            if (rule!["path"]!.GetValue<string>() == "customerGroup")
            {
                rule.AsObject().Remove("values");
                rule["type"] = "code";
                rule["pattern"] = "[0-9]{2}-[0-9]{2}";
            }
        }

        json["kAnonymity"]!["quasiIdentifiers"]!.AsArray().Add(new JsonObject { ["path"] = "customerGroup" });
        json["kAnonymity"]!["suppressionBudget"] = 0.0;
        var policy = RecordPolicy.Parse(json.ToJsonString());
        var lines = Enumerable.Range(0, 6).Select(n =>
        {
            var record = SampleRecords.Record(n);
            record["customer"]!["birthDate"] = n < 3 ? "1993-03-01" : "1988-03-01"; // 30-34 and 35-39 in April 2025
            record["customerGroup"] = n < 3 ? "30-34" : "40-44";
            return record.ToJsonString();
        }).ToList();
        using var key = TestKeys.Key();
        var result = new PseudonymizationPipeline(key, policy, new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4) })
            .PseudonymizeLines(lines);

        result.Lines.Count.ShouldBe(6);
        var records = result.Lines.Select(l => JsonNode.Parse(l)!).ToList();
        records.Select(r => r["customer"]!["birthDate"]!.GetValue<string>()).ShouldAllBe(band => band == "30-39");
        records.Select(r => r["customerGroup"]!.GetValue<string>()).ShouldAllBe(group => group == GeneralisationHierarchy.Suppressed);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Exception_SaysWhyInCounts_AndKeepsItsCause()
    {
        new KAnonymityException().Message.ShouldBe("k-anonymity cannot be reached within the suppression budget.");
        var cause = new InvalidOperationException("cause");
        var ex = new KAnonymityException("No node reaches k 5.", cause);
        (ex.Message, ex.InnerException).ShouldBe(("No node reaches k 5.", (Exception)cause));
    }
}
