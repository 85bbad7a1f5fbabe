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
    /// One kit per job centre (P6), signed by the export signer and sealed to a certificate the demo kit CA
    /// issued for that job centre (naming it; the CA is the kit run's trust anchor), then written together with the signed manifest that lists every kit's SHA-256. The demo
    /// writes each job centre's private key (mode 0600) beside its public certificate so a reader can open a
    /// kit; then it verifies the export against the signer's certificate, opens every kit with its key and
    /// the signed manifest, and checks that a wrong key and a kit forged from a public certificate are refused.
    /// </summary>
    private async Task<int> SealAndSignAsync(string outputPath, RunReport report, ReidentificationMap map, DemoCertificateSet certificateSet)
    {
        var signer = await certificateSet.SignerAsync();
        DemoCertificates.Write(signer, PathOf("certificates"), "export-signer", includePrivateKey: false);
        var authority = await certificateSet.AuthorityAsync();
        DemoCertificates.Write(authority, PathOf("certificates"), "kit-ca", includePrivateKey: false);
        var recipientTrust = RecipientTrust.Pin(authority);
        var certificates = await certificateSet.JobCentresAsync(map.ByJobCentre.Keys.Order(StringComparer.Ordinal));
        foreach (var (jobCentre, certificate) in certificates)
        {
            DemoCertificates.Write(certificate, PathOf("certificates", "jobcentres"), jobCentre, includePrivateKey: true);
        }

        // The demo owns its output directory: kits of an earlier demo run there are removed, as the ledger is.
        var kitDirectory = PathOf("kits");
        if (Directory.Exists(kitDirectory))
        {
            foreach (var stale in Directory.EnumerateFiles(kitDirectory, "*" + ReidentificationKit.FileExtension))
            {
                File.Delete(stale);
            }
        }

        var kits = ReidentificationKit.SealAll(map, certificates, recipientTrust, _phase, _fingerprint!, signer, _context.Clock);
        var manifest = ExportManifest.Create(outputPath, report, _context.Clock, kits, null);
        var (manifestPath, signaturePath) = ExportSignature.WriteSigned(manifest, outputPath, signer, kits, kitDirectory);
        Artefact(manifestPath, "Manifest des Auszugs (Zählwerte, SHA-256 des Auszugs und jedes Rückführungspakets, Richtlinie, Schlüssel-Fingerabdruck)");
        Artefact(signaturePath, "Signatur des Manifests (CMS, abgesetzt, mit Signaturzeitpunkt)");

        // Verification against the signer's certificate (the trust anchor), never against the embedded one.
        var trust = SignerTrust.Pin(signer);
        var manifestBytes = File.ReadAllBytes(manifestPath);
        var signatureBytes = File.ReadAllBytes(signaturePath);
        var verification = ExportSignature.Verify(outputPath, manifestBytes, signatureBytes, trust, kitDirectory);
        Check("Signatur des pseudonymisierten Auszugs und der Rückführungspakete", verification.IsValid,
            verification.IsValid ? $"Signiert von {verification.Signer}; SHA-256 {manifest.OutputSha256[..16]}…; {kits.Count} Pakete im Manifest" : string.Join("; ", verification.Problems));

        var opened = 0;
        var wrongKeyRefused = true;
        foreach (var kit in kits)
        {
            var path = Path.Combine(kitDirectory, kit.FileName);
            var bytes = File.ReadAllBytes(path);
            var content = ReidentificationKit.Open(bytes, certificates[kit.JobCentre], manifestBytes, signatureBytes, trust);
            opened += content.JobCentre == kit.JobCentre && content.Entries.Count == map.ByJobCentre[kit.JobCentre].Count ? 1 : 0;
            Artefact(path, $"Signiertes, versiegeltes Rückführungspaket für Jobcenter {kit.JobCentre}");
            var other = certificates.Keys.FirstOrDefault(k => k != kit.JobCentre);
            if (other is not null)
            {
                wrongKeyRefused &= Refused(() => ReidentificationKit.Open(bytes, certificates[other], manifestBytes, signatureBytes, trust));
            }
        }

        Check("Rückführungspakete öffnen nur mit dem Schlüssel des Jobcenters (P6)", opened == kits.Count && wrongKeyRefused,
            $"{opened}/{kits.Count} Pakete mit eigenem Schlüssel geöffnet; fremder Schlüssel {(wrongKeyRefused ? "abgewiesen" : "NICHT abgewiesen")}");

        // A forger who knows a job centre's public certificate but not the signer's key makes a kit of their own.
        var forgedRefused = true;
        if (kits.Count > 0)
        {
            var target = kits[0].JobCentre;
            using var forger = DemoCertificates.Create("VKB Export Signer", _context.Clock.GetCurrentInstant(), forSigning: true);
            var forged = ReidentificationKit.Seal(
                new ReidentificationKitContent(target, _phase, _fingerprint!.Value, _context.Clock.GetCurrentInstant(), map.ByJobCentre[target]),
                certificates[target], recipientTrust, forger);
            forgedRefused = Refused(() => ReidentificationKit.Open(forged, certificates[target], manifestBytes, signatureBytes, trust));
        }

        Check("Gefälschtes Rückführungspaket (fremder Signierer) wird abgewiesen", forgedRefused,
            forgedRefused ? "abgewiesen: nicht im signierten Manifest, nicht vom Export-Signierer" : "NICHT abgewiesen");
        return kits.Count;
    }

    private static bool Refused(Action open)
    {
        try
        {
            open();
            return false;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return true;
        }
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
