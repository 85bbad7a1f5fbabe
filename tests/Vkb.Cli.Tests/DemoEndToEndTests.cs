using System.Text;
using System.Text.Json;
using NodaTime;
using Vkb.Cli.Demo;
using Vkb.Entitlements;
using Vkb.Entitlements.Sqlite;
using Vkb.Pseudonymization.Export;
using Vkb.Sampling;
using Vkb.Synthetic;
using Vkb.Testing;

namespace Vkb.Cli.Tests;

/// <summary>
/// Runs <c>vkb demo</c> once at small scale into a temporary folder (real files, real SQLite,
/// real certificates) and checks what a QA lead and an auditor rely on.
/// </summary>
public sealed class DemoEndToEndTests : IClassFixture<DemoEndToEndTests.DemoRun>
{
    private readonly DemoRun _run;

    public DemoEndToEndTests(DemoRun run) => _run = run;

    public sealed class DemoRun : IDisposable
    {
        public const ulong Seed = 20250401UL;

        public DemoRun()
        {
            Directory = System.IO.Directory.CreateTempSubdirectory("vkb-demo-test-");
            var output = new StringWriter();
            var error = new StringWriter();
            ExitCode = VkbApp.RunAsync(
                ["demo", "--out", Directory.FullName, "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--scale", "small"],
                new CliContext(output, error, SystemClock.Instance, showProgress: false)).GetAwaiter().GetResult();
            Output = output.ToString();
            Error = error.ToString();
        }

        public DirectoryInfo Directory { get; }

        public int ExitCode { get; }

        public string Output { get; }

        public string Error { get; }

        public string PathOf(params string[] parts) => Path.Combine([Directory.FullName, .. parts]);

        internal DemoSummary Summary => JsonSerializer.Deserialize(File.ReadAllText(PathOf("summary.json")), DemoSummaryJsonContext.Default.DemoSummary)!;

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(recursive: true);
        }
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Demo_SmallScale_ExitsZeroWithEveryCheckPassed()
    {
        _run.Error.ShouldBeEmpty();
        _run.ExitCode.ShouldBe(0, _run.Output);
        var summary = _run.Summary;
        summary.Verification.ShouldNotBeEmpty();
        summary.Verification.Where(v => !v.Passed).Select(v => v.Name).ShouldBeEmpty();
        _run.Output.ShouldContain("report.html");
    }

    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    /// <summary>One line of a population file the demo writes beside each protocol.</summary>
    private sealed record PopulationLine(string Key, string Unit, string Stratum, string? Exclusion);

    [Fact]
    [Trait("Rule", "S9")]
    [Trait("Rule", "S5")]
    [Trait("Rule", "S1")]
    [Trait("Rule", "S7")]
    public void Demo_EveryProtocolOnDisk_VerifiesFromItsFilesAlone_AndMeetsTheMinimums()
    {
        var protocols = System.IO.Directory.GetFiles(_run.PathOf("protocols"), "*.json", SearchOption.AllDirectories);
        protocols.Length.ShouldBeGreaterThan(2);
        foreach (var file in protocols)
        {
            // Re-checked as an auditor would: from the protocol and the population file, not from the demo's own verdict.
            var protocol = SampleProtocol.FromJson(File.ReadAllText(file));
            var population = File.ReadLines(Path.ChangeExtension(file, ".population.jsonl"))
                .Select(line => JsonSerializer.Deserialize<PopulationLine>(line, WebJson)!)
                .ToList();
            var frame = SampleFrame.Create<PopulationLine>(l => l.Key, l => l.Unit, l => l.Stratum);
            if (protocol.DrawId.StartsWith("tl-", StringComparison.Ordinal))
            {
                // § 16a comes from the population file; the earlier months' keys are taken as the protocol lists them.
                var history = protocol.Excluded.Where(e => e.Reason != DemoRunner.Reason16a && e.Reason != DemoRunner.ReasonNoCatalogue).ToList();
                frame = frame
                    .ExcludeWhen(DemoRunner.Reason16a, l => l.Exclusion == DemoRunner.Reason16a)
                    .ExcludeWhen(DemoRunner.ReasonNoCatalogue, l => l.Exclusion == DemoRunner.ReasonNoCatalogue)
                    .ExcludeKeys($"sampled-in-previous-{DemoOptions.ExcludedPreviousMonths}-months", history.Select(e => e.Key));
            }

            var previousStage = protocol.PopulationFrozenAt is { } frozenAt
                ? PopulationSnapshot.Create(protocol.PopulationDigest, protocol.PopulationSize, frozenAt)
                : null;
            var verification = Sampler.Verify(protocol, population, frame, previousStage);
            verification.Discrepancies.Select(d => $"{protocol.DrawId}: {d}").ShouldBeEmpty();
        }

        foreach (var draw in _run.Summary.Draws.Where(d => d.Level is DemoLevel.TeamLead or DemoLevel.HeadOffice))
        {
            // At least ten, or all eligible with the shortfall reported.
            (draw.Selected >= 10 || draw.Shortfall > 0).ShouldBeTrue($"{draw.DrawId}/{draw.Unit}");
        }
    }

    [Fact]
    [Trait("Rule", "P5")]
    public void Demo_ExportSignature_VerifiesAndDetectsAChangedByte()
    {
        var output = _run.PathOf("export", "pseudonymized.jsonl");
        var manifest = File.ReadAllBytes(output + ".manifest.json");
        var signature = File.ReadAllBytes(output + ".manifest.p7s");
        ExportSignature.Verify(output, manifest, signature).IsValid.ShouldBeTrue();

        var copy = Path.Combine(Path.GetTempPath(), $"vkb-demo-tampered-{Guid.NewGuid():N}.jsonl");
        try
        {
            var bytes = File.ReadAllBytes(output);
            bytes[bytes.Length / 2] ^= 0x01;
            File.WriteAllBytes(copy, bytes);
            ExportSignature.Verify(copy, manifest, signature).IsValid.ShouldBeFalse();
        }
        finally
        {
            File.Delete(copy);
        }
    }

    [Fact]
    [Trait("Rule", "P2")]
    [Trait("Rule", "R1")]
    public void Demo_Artefacts_HoldNoPlantedPersonalData_ExceptKitsAndTheOperationalExtract()
    {
        var generator = new ExtractGenerator(ExtractShape.Small, DemoRun.Seed);
        var matcher = PersonalDataLeakScanner.Compile(generator.Generate().Select(r => r.Planted));
        var scanned = 0;
        foreach (var file in System.IO.Directory.GetFiles(_run.Directory.FullName, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_run.Directory.FullName, file).Replace('\\', '/');
            if (relative.StartsWith("kits/", StringComparison.Ordinal) || relative.StartsWith("operational/", StringComparison.Ordinal))
            {
                continue;
            }

            var leaks = matcher.Scan(Encoding.UTF8.GetString(File.ReadAllBytes(file)));
            leaks.Select(l => $"{relative}: {l.Category}").ShouldBeEmpty();
            scanned++;
        }

        scanned.ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Demo_Report_HasEverySectionAndIsSelfContained()
    {
        var html = File.ReadAllText(_run.PathOf("report.html"));
        foreach (var id in HtmlReport.SectionIds)
        {
            html.ShouldContain($"id=\"{id}\"");
        }

        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("src=\"http", Case.Insensitive);
        html.ShouldNotContain("href=\"http", Case.Insensitive);
        html.ShouldContain("<svg");
    }

    [Fact]
    public void Demo_SummaryJson_RendersExactlyTheReport()
    {
        HtmlReport.Render(_run.Summary).ShouldBe(File.ReadAllText(_run.PathOf("report.html")));
    }

    [Fact]
    [Trait("Rule", "E2")]
    [Trait("Rule", "E3")]
    [Trait("Rule", "E4")]
    public async Task Demo_Ledger_HoldsNoMoreThanTheCapPerUnitOnAnyDay_AndOneRequestPerRdWasRefused()
    {
        var summary = _run.Summary;
        var month = NodaTime.Text.YearMonthPattern.Iso.Parse(summary.Run.Month).Value;
        var options = new EntitlementsOptions { HeadOfficeCap = DemoOptions.HeadOfficeCap };
        options.RegionalDirectorates.Clear();
        foreach (var unit in summary.Entitlements.Units.Where(u => u.Unit != "Zentrale"))
        {
            options.RegionalDirectorates.Add(unit.Unit);
        }

        var policy = EntitlementPolicy.Create(options);
        using var store = SqliteGrantStore.Open(_run.PathOf("entitlements", "ledger.db"));
        var view = await GrantService.ReplayAsync(store, policy);
        foreach (var rd in policy.RegionalDirectorates)
        {
            foreach (var day in month.ToDateInterval())
            {
                var holding = view.WhoHeld(rd, day);
                holding.Holders.Count.ShouldBeLessThanOrEqualTo(holding.Cap ?? 0, $"{rd.Code} on {day}");
            }
        }

        (await new GrantService(store, policy, SystemClock.Instance).VerifyAsync()).IsValid.ShouldBeTrue();
        summary.Entitlements.Refusals.Count(r => r.Unit != "HO").ShouldBe(policy.RegionalDirectorates.Count);
        summary.Entitlements.AccessDenied.ShouldBeGreaterThan(0);
    }
}
