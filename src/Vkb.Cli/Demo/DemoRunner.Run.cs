using System.Globalization;
using System.Text.Json;
using Vkb.Catalog;
using Vkb.Pseudonymization;

namespace Vkb.Cli.Demo;

internal sealed partial class DemoRunner
{
    /// <summary>Runs the whole cycle and writes <c>summary.json</c> and <c>report.html</c>.</summary>
    public async Task<DemoSummary> RunAsync(CancellationToken cancellationToken = default)
    {
        SafeFile.CreateDirectory(_dir);
        var catalogs = ExampleCatalogs.CreateRegistry();
        var simulator = new AssessmentSimulator(_random);
        using var key = CreateKey();
        var pseudonymizer = new Pseudonymizer(key);
        using var certificates = DemoCertificateSet.Start(_generator.Units.Select(u => u.Id), _context.Clock.GetCurrentInstant());

        // 0: the announced phase and the § 16a consent register gate every later step.
        var announcements = Announce();

        // 1–2: generate, team-lead draws, team-lead assessments, flags.
        var teamLevel = DrawAndAssessAtTeamLevel(pseudonymizer, catalogs, simulator, announcements.Register);
        var extractPath = WriteFlaggedExtract(teamLevel);

        // 3: the pseudonymised extract of the flagged records, signed, with sealed kits.
        var export = await ExportAsync(key, extractPath, certificates, announcements.Phases, cancellationToken);

        // 5 before 4: grants exist before anyone reads a case.
        var rds = _generator.JobCentres.Select(j => j.RegionalDirectorate).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var (grants, store, access, refusals) = await SetUpGrantsAsync(rds, announcements.Phases, cancellationToken);
        using (store)
        {
            // 4 and 6: RD and head-office draws, each read decided, assessments.
            var cases = ReadBiCases(export.OutputPath);
            var upper = await DrawAndAssessAboveAsync(cases, catalogs, simulator, grants, access, announcements.Register, cancellationToken);
            var assessments = teamLevel.Assessments.Concat(upper).ToList();
            ValidateAssessments(catalogs, assessments);

            // 6: findings, calibration, indicators.
            var findings = Findings(catalogs, assessments);
            var calibration = Calibration(catalogs, assessments);
            var indicators = Indicators(export.OutputPath);

            // 7: verification of the ledger (protocols and export were checked as they were made).
            var ledger = await grants.VerifyAsync(cancellationToken: cancellationToken);
            Check("Hash-Kette des Berechtigungsjournals", ledger.IsValid,
                ledger.IsValid ? $"{ledger.EventCount} Ereignisse" : string.Join("; ", ledger.Problems.Take(5).Select(p => p.ToString())));
            var entitlements = await EntitlementsAsync(grants, access, refusals, ledger.EventCount, ledger.IsValid, cancellationToken);
            Artefact(store.DatabasePath, "Berechtigungsjournal (SQLite, hash-verkettet)");

            var summary = new DemoSummary(
                new DemoRunInfo(
                    "vkb " + typeof(DemoRunner).Assembly.GetName().Version?.ToString(3),
                    _options.Scale,
                    _options.Seed,
                    _month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    _phase,
                    _context.Clock.GetCurrentInstant().ToString(),
                    _shape.TotalRecords,
                    rds.Count,
                    _generator.Units.Count,
                    _generator.JobCentres.Count(j => announcements.Register.ConsentsThroughout(j.Id, _month)),
                    _generator.Units.Sum(j => j.Teams.Count),
                    Math.Round(_watch.Elapsed.TotalSeconds, 1)),
                _draws,
                _teamLeadCompliance,
                export.Privacy,
                entitlements,
                calibration,
                new CalibrationModel(AssessmentSimulator.Description, AssessmentSimulator.Levels.ToDictionary(l => l.Key.ToString(), l => l.Value.Noise)),
                findings,
                indicators,
                _checks,
                _artefacts);
            return WriteOutputs(summary);
        }
    }

    private DemoSummary WriteOutputs(DemoSummary summary)
    {
        var summaryPath = PathOf("summary.json");
        var reportPath = PathOf("report.html");

        // Sizes are taken now, when every file is final: the SQLite ledger only reaches its size
        // when the last pooled connection closes and the write-ahead log is checkpointed.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var measured = summary.Artefacts.Select(a => a with { Bytes = FinalSize(a) }).ToList();

        // The two files describe each other (the report is rendered from summary.json alone), so
        // they list each other without a size.
        var final = summary with
        {
            Artefacts = [.. measured,
                new ArtefactInfo("summary.json", "Alle Kennzahlen dieses Berichts, maschinenlesbar", null),
                new ArtefactInfo("report.html", "Dieser Bericht", null)],
        };
        AtomicFile.WriteText(summaryPath, JsonSerializer.Serialize(final, DemoSummaryJsonContext.Default.DemoSummary) + "\n");
        AtomicFile.WriteText(reportPath, HtmlReport.Render(final));
        return final;
    }

    private long? FinalSize(ArtefactInfo artefact)
    {
        var path = PathOf(artefact.Path);
        return File.Exists(path) ? new FileInfo(path).Length : artefact.Bytes;
    }

    private void ValidateAssessments(CatalogRegistry catalogs, List<Assessment> assessments)
    {
        var invalid = assessments.Select(a => catalogs.Validate(a)).Where(v => !v.IsValid).ToList();
        Check("Bewertungen gegen den Katalog geprüft", invalid.Count == 0,
            invalid.Count == 0
                ? $"{assessments.Count} Bewertungen gültig gegen die angehefteten Katalogversionen"
                : $"{invalid.Count} ungültig: " + string.Join("; ", invalid.Take(3).SelectMany(v => v.Problems).Take(5)));
    }
}
