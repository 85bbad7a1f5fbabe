using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Cli.Demo;

internal sealed partial class DemoRunner
{
    /// <summary>What step 3 produced.</summary>
    private sealed record ExportOutcome(string OutputPath, PrivacySummary Privacy);

    /// <summary>
    /// Step 3: only the records flagged in a month of the announced phase and of one of its customer processes (P1, S11)
    /// go through the data-space policy <c>vkb-default</c> (P2, P3, P7); the output is a separate artefact (P5), signed,
    /// with one sealed re-identification kit per job centre (P6).
    /// </summary>
    private async Task<ExportOutcome> ExportAsync(PseudonymizationKey key, string extractPath, DemoCertificateSet certificates, Phases.PhaseAnnouncement phases, CancellationToken cancellationToken)
    {
        using var progress = Step("Pseudonymised extract");
        var options = new PseudonymizationOptions { Phase = _phase, OnlyFlagged = true, ReferenceMonth = _month, CollectReidentification = true };
        var covering = phases.RequireMonth(_month, "the export");
        foreach (var process in (covering.FirstOrDefault(p => p.Id == _phase) is { } own ? [own] : covering).SelectMany(p => p.CustomerProcesses))
        {
            options.PhaseCustomerProcesses.Add(process);
        }

        var pipeline = new PseudonymizationPipeline(key, RecordPolicy.VkbDefault, options);
        var outputPath = PathOf("export", "pseudonymized.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        var result = await pipeline.RunFileAsync(extractPath, outputPath, cancellationToken);
        var report = result.Report;
        var reportPath = PathOf("export", "run-report.json");
        AtomicFile.WriteText(reportPath, report.ToJson());
        Artefact(outputPath, "Pseudonymisierter Auszug der markierten Fälle (Datenraum VKB)");
        Artefact(reportPath, "Laufbericht der Pseudonymisierung (nur Zählwerte)");

        _fingerprint = report.KeyFingerprint;
        var kits = await SealAndSignAsync(outputPath, report, result.Reidentification, certificates);

        var dropped = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (field, count) in report.DroppedByPolicy.Concat(report.DroppedUnlisted))
        {
            dropped[field] = dropped.GetValueOrDefault(field) + count;
        }

        var privacy = new PrivacySummary(
            report.PolicyId,
            report.PolicyHash,
            report.KeyFingerprint.Value,
            report.RecordsRead,
            report.RecordsWritten,
            report.RecordsRejected,
            dropped,
            report.Replacements,
            report.KAnonymity.K,
            (int)report.KAnonymity.ClassesBelowK,
            report.KAnonymity.RecordsInClassesBelowK,
            kits,
            string.Join("; ", report.KAnonymity.Generalisation),
            report.RecordsSuppressed,
            report.KAnonymity.SmallestClass,
            report.KAnonymity.Discernibility,
            report.KAnonymity.PrecisionLoss);
        return new ExportOutcome(outputPath, privacy);
    }
}
