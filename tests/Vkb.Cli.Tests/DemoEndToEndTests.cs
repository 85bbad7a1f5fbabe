using System.Security.Cryptography.X509Certificates;
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
    [Trait("Rule", "E4")]
    public async Task Demo_AJanuaryMonth_GrantsWithRolesOfTheYearTheyAreRequestedIn()
    {
        // Session 18's review (L9): a January month requests its grants in December, and the demo's roles held only from the
        // month's own January, so every grant was refused ("not a line manager … on 2030-12-18") and the demo failed.
        var directory = System.IO.Directory.CreateTempSubdirectory("vkb-demo-january-");
        try
        {
            var output = new StringWriter();
            var exitCode = await VkbApp.RunAsync(["demo", "--out", directory.FullName, "--scale", "small", "--month", "2026-01"],
                new CliContext(output, new StringWriter(), SystemClock.Instance, showProgress: false));
            exitCode.ShouldBe(0, output.ToString());
            output.ToString().ShouldNotMatch(@"(?<!\d)0 holders");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
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

    [Fact]
    [Trait("Rule", "S9")]
    [Trait("Rule", "S5")]
    [Trait("Rule", "S6")]
    [Trait("Rule", "S7")]
    public async Task Demo_EveryProtocolOnDisk_VerifiesWithVerifySample_FromItsFilesAndTheRegister()
    {
        // Re-checked as an auditor would: vkb verify-sample with the protocol, its population file
        // and the consent register the demo announced; § 16a exclusions are re-derived from them.
        var register = _run.PathOf("announcements", "consent-16a.json");
        var protocols = System.IO.Directory.GetFiles(_run.PathOf("protocols"), "*.json", SearchOption.AllDirectories);
        protocols.Length.ShouldBeGreaterThan(4);
        foreach (var file in protocols)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await VkbApp.RunAsync(
                ["verify-sample", "--population", Path.ChangeExtension(file, ".population.jsonl"), "--protocol", file, "--consent-register", register],
                new CliContext(output, error, SystemClock.Instance, showProgress: false));
            exit.ShouldBe(0, $"{Path.GetFileName(file)}: {output}{error}");
        }
    }

    [Fact]
    [Trait("Rule", "S6")]
    [Trait("Rule", "S5")]
    public void Demo_OneProtocolPerRd_EachWithItsOwnSeedAndOnlyItsDistrict_HeadOfficeTenPerRd()
    {
        var rdFiles = System.IO.Directory.GetFiles(_run.PathOf("protocols", "regionaldirektion"), "*.json");
        var rds = _run.Summary.Entitlements.Units.Where(u => u.Unit != "Zentrale").Select(u => u.Unit).Order(StringComparer.Ordinal).ToList();
        rdFiles.Length.ShouldBe(rds.Count);
        var commitments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in rdFiles)
        {
            var protocol = SampleProtocol.FromJson(File.ReadAllText(file));
            var unit = protocol.Units.ShouldHaveSingleItem().Unit;
            protocol.DrawId.ShouldBe($"rd-{unit}-{_run.Summary.Run.Month}");
            protocol.Parameters.Level.ShouldBe(DrawLevel.RegionalDirectorate);
            commitments.Add(protocol.SeedCommitment).ShouldBeTrue("each RD commits its own seed");
            File.ReadLines(Path.ChangeExtension(file, ".population.jsonl"))
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("unit").GetString())
                .ShouldAllBe(u => u == unit);
        }

        var headOffice = SampleProtocol.FromJson(File.ReadAllText(System.IO.Directory.GetFiles(_run.PathOf("protocols", "zentrale"), "*.json").Single()));
        headOffice.Parameters.Level.ShouldBe(DrawLevel.HeadOffice);
        headOffice.Units.Select(u => u.Unit).ShouldBe(rds);
        headOffice.Units.ShouldAllBe(u => u.Selected >= 10 || u.Shortfall > 0);
        _run.Summary.Verification.ShouldContain(v => v.Name.Contains("fremden Bezirks", StringComparison.Ordinal) && v.Passed);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Demo_NoFlaggedRecordIsASection16aCaseAgainstTheRegister_CheckedFromTheOperationalExtract()
    {
        // Independent of the draw code: the register file read naively, the flags from the operational extract.
        using var register = JsonDocument.Parse(File.ReadAllText(_run.PathOf("announcements", "consent-16a.json")));
        var month = NodaTime.Text.YearMonthPattern.Iso.Parse(_run.Summary.Run.Month).Value;
        var decisions = register.RootElement.GetProperty("decisions").EnumerateArray()
            .Select(d => (JobCentre: d.GetProperty("jobCentre").GetString()!, Consent: d.GetProperty("consent").GetBoolean(), From: LocalDate.FromDateTime(DateTime.Parse(d.GetProperty("decidedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture))))
            .ToList();
        bool Consents(string jobCentre) => month.ToDateInterval().All(day =>
            decisions.Where(d => d.JobCentre == jobCentre && d.From <= day).OrderBy(d => d.From).LastOrDefault() is { Consent: true });

        int marked = 0, flagged = 0, against = 0;
        foreach (var line in File.ReadLines(_run.PathOf("operational", "extract.jsonl")))
        {
            using var record = JsonDocument.Parse(line);
            var root = record.RootElement;
            if (!root.GetProperty("review").GetProperty("flagged").GetBoolean())
            {
                continue;
            }

            flagged++;
            if (root.TryGetProperty("municipalServices16a", out var m) && m.GetBoolean())
            {
                marked++;
                if (!root.TryGetProperty("jobCentre", out var jc) || !Consents(jc.GetProperty("id").GetString()!))
                {
                    against++;
                }
            }
        }

        flagged.ShouldBeGreaterThan(0);
        marked.ShouldBeGreaterThan(0, "the demo should flag § 16a cases of consenting job centres");
        against.ShouldBe(0);

        // The register excludes cases the records themselves would allow: the demo's late consent.
        decisions.ShouldContain(d => d.Consent && d.From.Year == month.Year && d.From.Month == month.Month);
        _run.Summary.Verification.ShouldContain(v => v.Detail.Contains("widersprechen dem Register", StringComparison.Ordinal) && !v.Detail.Contains(" 0 Angaben", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "R1")]
    [Trait("Rule", "S1")]
    public void Demo_ReportAndSummary_NoRowPerTeamLead_CompliancePerJobCentre()
    {
        var teamLeads = System.IO.Directory.GetFiles(_run.PathOf("protocols", "teamleitung"), "*.json")
            .SelectMany(f => SampleProtocol.FromJson(File.ReadAllText(f)).Units.Select(u => u.Unit)).ToList();
        teamLeads.Count.ShouldBeGreaterThan(10);
        var html = File.ReadAllText(_run.PathOf("report.html"));
        var json = File.ReadAllText(_run.PathOf("summary.json"));
        foreach (var teamLead in teamLeads)
        {
            html.ShouldNotContain(teamLead);
            json.ShouldNotContain(teamLead);
        }

        var summary = _run.Summary;
        summary.TeamLeadCompliance.Sum(t => t.TeamLeads).ShouldBe(teamLeads.Count);
        summary.TeamLeadCompliance.Count.ShouldBe(summary.Run.JobCentres);
        summary.Draws.Count(d => d.Level == DemoLevel.TeamLead).ShouldBe(summary.Run.JobCentres);
        summary.TeamLeadCompliance.ShouldAllBe(t => t.NotCompliant == 0 && t.Reached + t.ShortAllTaken == t.TeamLeads);
        html.ShouldContain(summary.TeamLeadCompliance[0].Summary);
    }

    [Fact]
    [Trait("Rule", "S11")]
    public void Demo_WritesAValidPhaseAnnouncementCoveringTheMonth()
    {
        var phases = Vkb.Cli.Phases.PhaseAnnouncement.Read(_run.PathOf("announcements", "phases.json"));
        phases.RequireMonth(NodaTime.Text.YearMonthPattern.Iso.Parse(_run.Summary.Run.Month).Value, "the review month").ShouldHaveSingleItem().Id.ShouldBe(_run.Summary.Run.PhaseId);
    }

    [Fact]
    [Trait("Rule", "P5")]
    public void Demo_ExportSignature_VerifiesAndDetectsAChangedByte()
    {
        var output = _run.PathOf("export", "pseudonymized.jsonl");
        var manifest = File.ReadAllBytes(output + ".manifest.json");
        var signature = File.ReadAllBytes(output + ".manifest.p7s");
        using var signer = X509CertificateLoader.LoadCertificateFromFile(_run.PathOf("certificates", "export-signer.cer"));
        var trust = SignerTrust.Pin(signer);
        ExportSignature.Verify(output, manifest, signature, trust, _run.PathOf("kits")).Problems.ShouldBeEmpty();

        var copy = Path.Combine(Path.GetTempPath(), $"vkb-demo-tampered-{Guid.NewGuid():N}.jsonl");
        try
        {
            var bytes = File.ReadAllBytes(output);
            bytes[bytes.Length / 2] ^= 0x01;
            File.WriteAllBytes(copy, bytes);
            ExportSignature.Verify(copy, manifest, signature, trust).IsValid.ShouldBeFalse();
        }
        finally
        {
            File.Delete(copy);
        }
    }

    // Issue 17, class 12: every artefact of the demo, above all the job centres' private keys, is owner-only.
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Demo_ArtefactsAndPrivateKeys_AreOwnerOnly()
    {
        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        System.IO.Directory.GetFiles(_run.PathOf("certificates", "jobcentres"), "*.pfx").ShouldNotBeEmpty();
        var open = System.IO.Directory.EnumerateFileSystemEntries(_run.Directory.FullName, "*", SearchOption.AllDirectories)
            .Where(p => (File.GetUnixFileMode(p) & others) != 0)
            .Select(p => Path.GetRelativePath(_run.Directory.FullName, p))
            .ToList();
        open.ShouldBeEmpty();
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

            // Keys and key stores are random bytes by construction (no record value goes into them): read as text, a planted
            // short name turned up in one now and then (a flaky failure). Certificates and signatures are read for their
            // names, the only text they carry.
            string text;
            switch (Path.GetExtension(file))
            {
                case ".pfx" or ".key":
                    continue;
                case ".cer":
                {
                    using var certificate = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificateFromFile(file);
                    text = certificate.Subject + "\n" + certificate.Issuer;
                    break;
                }

                case ".p7s":
                {
                    var signed = new System.Security.Cryptography.Pkcs.SignedCms();
                    signed.Decode(File.ReadAllBytes(file));
                    text = string.Join("\n", signed.Certificates.Select(c => c.Subject + "\n" + c.Issuer));
                    break;
                }

                default:
                    text = Encoding.UTF8.GetString(File.ReadAllBytes(file));
                    break;
            }

            var leaks = matcher.Scan(text);
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
        using var store = SqliteGrantStore.OpenReadOnly(_run.PathOf("entitlements", "ledger.db"));
        using var key = LedgerKey.FromFile(_run.PathOf("entitlements", "ledger.key"));
        var view = await GrantService.ReplayAsync(store, policy, key);
        foreach (var rd in policy.RegionalDirectorates)
        {
            foreach (var day in month.ToDateInterval())
            {
                var holding = view.WhoHeld(rd, day);
                holding.Persons.Count.ShouldBeLessThanOrEqualTo(holding.Cap ?? 0, $"{rd.Code} on {day}");
            }
        }

        (await new GrantService(store, policy, SystemClock.Instance, key).VerifyAsync()).IsValid.ShouldBeTrue();
        summary.Entitlements.Refusals.Count(r => r.Unit != "HO").ShouldBe(policy.RegionalDirectorates.Count);
        summary.Entitlements.AccessDenied.ShouldBeGreaterThan(0);
    }
}
