using System.Text.Json;
using NodaTime;
using Vkb.Catalog;
using Vkb.Catalog.Indicators;
using Vkb.Cli.Demo;
using Vkb.Synthetic;
using Vkb.Testing;

namespace Vkb.Cli.Tests;

/// <summary>
/// The product on both legal domains (P8): SGB II cases of job centres and SGB III cases of
/// employment agencies go through the CLI's pseudonymisation, the indicators and the
/// assessments. These are tests of the product's behaviour, not of the generator: the
/// generator only supplies the input and the ground truth.
/// </summary>
public sealed class LegalDomainTests : IDisposable
{
    private readonly CliWorkspace _workspace = new("vkb-domains-");

    public void Dispose() => _workspace.Dispose();

    private string PathOf(string name) => _workspace.PathOf(name);

    private static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) => CliWorkspace.RunAsync(args);

    /// <summary>Generates a small extract of both domains and pseudonymises all of it with the shipped policy (unflagged included, k = 1).</summary>
    private async Task<(List<SyntheticRecord> Records, string[] Lines)> PseudonymizeBothDomainsAsync()
    {
        var generator = new ExtractGenerator(ExtractShape.Small.WithRecords(600), seed: 17);
        var (input, key) = await _workspace.WriteExtractAndKeyAsync(generator);
        var output = PathOf("pseudo.jsonl");
        // Every record (an explicit P1 exception) and k = 1, so that every input record has its output line: these tests
        // are about the units, channels and case-management dates of both domains, not P1 or P9. The export is in the
        // order of the customers' pseudonyms, so each line is found by the pseudonym of its record's customer number.
        var (exitCode, _, error) = await RunAsync("pseudonymize", "--in", input, "--out", output, "--key-file", key, "--phase", "2025-1", "--include-unflagged", "--k", "1");
        exitCode.ShouldBe(0, error);
        var records = generator.Generate().ToList();
        var byPseudonym = (await File.ReadAllLinesAsync(output)).ToDictionary(line => JsonDocument.Parse(line).RootElement.GetProperty("customerNumber").GetString()!, StringComparer.Ordinal);
        using var pseudonymizationKey = Vkb.Pseudonymization.PseudonymizationKey.FromFile(key);
        var pseudonymizer = new Vkb.Pseudonymization.Pseudonymizer(pseudonymizationKey);
        return (records, [.. records.Select(r => byPseudonym[pseudonymizer.Pseudonymize(Vkb.Pseudonymization.PseudonymDomain.Customer, "2025-1", r.CustomerNumber).Value])]);
    }

    private static string? Unit(JsonElement root, string name) =>
        root.TryGetProperty(name, out var unit) ? unit.GetProperty("id").GetString() : null;

    [Fact]
    [Trait("Rule", "P8")]
    [Trait("Rule", "P2")]
    public async Task Pseudonymize_BothLegalDomains_KeepsEachCaseInItsOwnKindOfUnitAndLeaksNothing()
    {
        var (records, lines) = await PseudonymizeBothDomainsAsync();

        lines.Length.ShouldBe(records.Count);
        records.Select(r => r.LegalDomain).Distinct().Count().ShouldBe(2);
        for (var i = 0; i < lines.Length; i++)
        {
            using var document = JsonDocument.Parse(lines[i]);
            var root = document.RootElement;
            root.GetProperty("legalDomain").GetString().ShouldBe(records[i].LegalDomain);
            if (records[i].LegalDomain == "SGB2")
            {
                Unit(root, "jobCentre").ShouldBe(records[i].JobCentreId);
                root.TryGetProperty("agency", out _).ShouldBeFalse();
            }
            else
            {
                Unit(root, "agency").ShouldBe(records[i].AgencyId, "an SGB III case keeps its employment agency");
                root.GetProperty("agency").GetProperty("name").GetString()!.ShouldStartWith("Agentur für Arbeit ");
                root.TryGetProperty("jobCentre", out _).ShouldBeFalse();
                root.TryGetProperty("householdNumber", out _).ShouldBeFalse();
            }
        }

        foreach (var domain in new[] { "SGB2", "SGB3" })
        {
            var indices = Enumerable.Range(0, records.Count).Where(i => records[i].LegalDomain == domain).ToList();
            PersonalDataLeakScanner.Scan(string.Join("\n", indices.Select(i => lines[i])), indices.Select(i => records[i].Planted)).ShouldBeEmpty(domain);
        }
    }

    [Fact]
    [Trait("Rule", "S8")]
    [Trait("Rule", "R3")]
    [Trait("Rule", "P7")]
    public async Task Pseudonymize_BothLegalDomains_KeepsEveryChannelAndTheCaseManagementIntakeAndExit()
    {
        var (records, lines) = await PseudonymizeBothDomainsAsync();

        foreach (var domain in new[] { "SGB2", "SGB3" })
        {
            var indices = Enumerable.Range(0, records.Count).Where(i => records[i].LegalDomain == domain).ToList();
            var channels = new HashSet<string>(StringComparer.Ordinal);
            var intakes = 0;
            var exits = 0;
            foreach (var i in indices)
            {
                using var document = JsonDocument.Parse(lines[i]);
                var root = document.RootElement;
                foreach (var e in root.GetProperty("events").EnumerateArray())
                {
                    channels.Add(e.GetProperty("channel").GetString()!);
                }

                var cm = root.GetProperty("caseManagement");
                var intake = cm.GetProperty("intake");
                (intake.ValueKind == JsonValueKind.String).ShouldBe(records[i].InCaseManagement, $"{domain} record {i}: intake kept exactly for a case in case management");
                intakes += intake.ValueKind == JsonValueKind.String ? 1 : 0;
                if (cm.GetProperty("exit").ValueKind == JsonValueKind.String)
                {
                    exits++;
                    string.CompareOrdinal(cm.GetProperty("exit").GetString(), intake.GetString()).ShouldBeGreaterThan(0, "the exit stays after the intake (one offset per customer)");
                    cm.GetProperty("exitReason").GetString().ShouldNotBeNullOrEmpty();
                }
            }

            channels.ShouldBe(["inPerson", "phone", "video"], ignoreOrder: true, domain);
            intakes.ShouldBeGreaterThan(0, domain);
            exits.ShouldBeGreaterThan(0, domain);
        }
    }

    [Fact]
    [Trait("Rule", "P8")]
    [Trait("Rule", "R3")]
    public async Task Indicators_PseudonymisedCasesOfBothDomains_AreReadAndCountedPerUnit()
    {
        var (records, lines) = await PseudonymizeBothDomainsAsync();

        var histories = CaseHistory.ReadJsonLines(string.Join("\n", lines)).GetValueOrThrow();
        histories.Count.ShouldBe(records.Count);
        var rows = new CaseManagementIndicators().Compute(histories, IndicatorLevel.JobCentre);
        var units = rows.Select(r => r.Unit).ToHashSet(StringComparer.Ordinal);
        var expected = records.Where(r => r.InCaseManagement).Select(r => r.UnitId).ToHashSet(StringComparer.Ordinal);
        units.ShouldBe(expected, ignoreOrder: true);
        units.ShouldContain(u => records.Any(r => r.AgencyId == u), "an agency's case-management cases are counted for the agency");
    }

    [Fact]
    [Trait("Rule", "C2")]
    public void Simulate_CaseOfEachProcess_IsAssessedWithTheCatalogueOfItsOwnProcess()
    {
        var rehabilitation = new CatalogBuilder("beispiel-reha", "rehabilitation", CatalogVersion.Create(1, 0))
        {
            Title = "Rehabilitation und Teilhabe",
            Status = CatalogStatus.Active,
            EffectiveFrom = new LocalDate(2021, 11, 19),
        };
        rehabilitation.Items.Question("teilhabe-erkannt", "Wurde der Teilhabebedarf erkannt?", AnswerKind.Verdict, q => q.Required());
        var catalogs = CatalogRegistry.Create([ExampleCatalogs.Placement, rehabilitation.Build().GetValueOrThrow()]).GetValueOrThrow();
        var simulator = new AssessmentSimulator(new DeterministicUniform(5));
        var date = new LocalDate(2025, 4, 20);

        var placement = simulator.Simulate(catalogs, "placement", "case-1", "case-1", AssessmentLevel.TeamLead, "NRW", date);
        var rehab = simulator.Simulate(catalogs, "rehabilitation", "case-2", "case-2", AssessmentLevel.TeamLead, "NRW", date);

        placement.Pins.Select(p => p.Id).ShouldBe([ExampleCatalogs.PlacementCatalogId]);
        rehab.Pins.Select(p => p.Id).ShouldBe(["beispiel-reha"]);
        rehab.Answers.Select(a => a.LinkId).ShouldBe(["teilhabe-erkannt"]);
        catalogs.Validate(rehab).IsValid.ShouldBeTrue();
        simulator.CanAssess(catalogs, "employerService", "NRW", date).ShouldBeFalse();
        Should.Throw<CliException>(() => simulator.Simulate(catalogs, "employerService", "case-3", "case-3", AssessmentLevel.TeamLead, "NRW", date))
            .Message.ShouldContain("employerService");
    }
}
