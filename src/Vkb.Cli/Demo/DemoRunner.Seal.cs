using Vkb.Catalog;
using Vkb.Catalog.Indicators;
using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Export;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Cli.Demo;

internal sealed partial class DemoRunner
{
    private KeyFingerprint? _fingerprint;

    /// <summary>
    /// One sealed re-identification kit per job centre, to a certificate made for that job centre
    /// (P6). The demo writes each job centre's private key beside the public certificate so a
    /// reader can open a kit; then it opens every kit with its key and once with a wrong one.
    /// </summary>
    private async Task<int> SealKitsAsync(ReidentificationMap map, DemoCertificateSet certificateSet)
    {
        var certificates = await certificateSet.JobCentresAsync(map.ByJobCentre.Keys.Order(StringComparer.Ordinal));
        foreach (var (jobCentre, certificate) in certificates)
        {
            DemoCertificates.Write(certificate, PathOf("certificates", "jobcentres"), jobCentre, includePrivateKey: true);
        }

        var written = ReidentificationKit.WriteAll(map, certificates, PathOf("kits"), _phase, _fingerprint!, _context.Clock);
        var opened = 0;
        var wrongKeyRefused = true;
        foreach (var (jobCentre, path) in written)
        {
            var content = ReidentificationKit.Open(File.ReadAllBytes(path), certificates[jobCentre]);
            opened += content.JobCentre == jobCentre && content.Entries.Count == map.ByJobCentre[jobCentre].Count ? 1 : 0;
            Artefact(path, $"Versiegeltes Rückführungspaket für Jobcenter {jobCentre}");
            var other = certificates.Keys.FirstOrDefault(k => k != jobCentre);
            if (other is not null)
            {
                try
                {
                    ReidentificationKit.Open(File.ReadAllBytes(path), certificates[other]);
                    wrongKeyRefused = false;
                }
                catch (System.Security.Cryptography.CryptographicException)
                {
                    // expected: only the job centre's own key opens its kit
                }
            }
        }

        Check("Rückführungspakete öffnen nur mit dem Schlüssel des Jobcenters (P6)", opened == written.Count && wrongKeyRefused,
            $"{opened}/{written.Count} Pakete mit eigenem Schlüssel geöffnet; fremder Schlüssel {(wrongKeyRefused ? "abgewiesen" : "NICHT abgewiesen")}");
        return written.Count;
    }

    /// <summary>Signs the export's manifest (detached CMS) and verifies output and manifest against it.</summary>
    private async Task SignExportAsync(string outputPath, RunReport report, DemoCertificateSet certificateSet)
    {
        var signer = await certificateSet.SignerAsync();
        DemoCertificates.Write(signer, PathOf("certificates"), "export-signer", includePrivateKey: false);
        var manifest = ExportManifest.Create(outputPath, report, _context.Clock);
        var (manifestPath, signaturePath) = ExportSignature.WriteSigned(manifest, outputPath, signer);
        Artefact(manifestPath, "Manifest des Auszugs (Zählwerte, SHA-256, Richtlinie, Schlüssel-Fingerabdruck)");
        Artefact(signaturePath, "Signatur des Manifests (CMS, abgesetzt)");
        var verification = ExportSignature.Verify(outputPath, File.ReadAllBytes(manifestPath), File.ReadAllBytes(signaturePath), signer);
        Check("Signatur des pseudonymisierten Auszugs", verification.IsValid,
            verification.IsValid ? $"Signiert von {verification.Signer}; SHA-256 {manifest.OutputSha256[..16]}…" : string.Join("; ", verification.Problems));
    }

    /// <summary>Case-management indicators per job centre from the pseudonymised histories (R2, R3).</summary>
    private List<IndicatorRow> Indicators(string pseudonymizedPath)
    {
        var histories = CaseHistory.ReadJsonLines(File.ReadAllText(pseudonymizedPath));
        if (histories.Value is null)
        {
            Check("Fallmanagement-Indikatoren berechnet", false, string.Join("; ", histories.Problems.Take(3)));
            return [];
        }

        var rows = new CaseManagementIndicators().Compute(histories.Value, IndicatorLevel.JobCentre);
        return [.. rows.Select(r => new IndicatorRow(r.Unit, r.Cases ?? 0, new Dictionary<string, int?>(StringComparer.Ordinal)
        {
            ["Fallzugang erfasst"] = r.IntakeRecorded,
            ["Fallabgang erfasst"] = r.ExitRecorded,
            ["Beschäftigung aufgenommen"] = r.EmploymentTakenUp,
            ["Profillage marktnäher"] = r.MovedTowardsMarket,
            ["Maßnahmen erfolgreich beendet"] = r.CompletedMeasures,
        }))];
    }
}
