using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NodaTime;
using NodaTime.Testing;
using Vkb.Pseudonymization.Export;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Tests;

namespace Vkb.Pseudonymization.Tests;

/// <summary>Failed export and kit verifications are logged with a reason code and the artefact, never a value.</summary>
public sealed class ExportVerificationLoggingTests : IDisposable
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2025, 4, 30, 12, 0));
    private readonly TempDirectory _dir = new();
    private readonly X509Holder _certificates = new();
    private readonly FakeLogger _logger = new();

    private string Output => Path.Combine(_dir.Path, "out.jsonl");

    private string Kits => Path.Combine(_dir.Path, "kits");

    private async Task<PseudonymizationResult> WriteExport()
    {
        var input = _dir.File("in.jsonl", string.Join("\n", Enumerable.Range(0, 12).Select(n => SampleRecords.Line(n, jobCentre: n % 2 == 0 ? "96201" : "96202"))));
        using var key = TestKeys.Key();
        var pipeline = new PseudonymizationPipeline(key, RecordPolicy.VkbDefault, new PseudonymizationOptions { Phase = "2025-P1", CollectReidentification = true, ReferenceMonth = new YearMonth(2025, 4) });
        var result = await pipeline.RunFileAsync(input, Output);
        var kits = ReidentificationKit.SealAll(result.Reidentification, _certificates.JobCentres, RecipientTrust.FromCertificates(_certificates.JobCentres.Values), "2025-P1", result.Report.KeyFingerprint, _certificates.Signer, Clock);
        ExportSignature.WriteSigned(ExportManifest.Create(Output, result.Report, Clock, kits, null), Output, _certificates.Signer, kits, Kits);
        return result;
    }

    private byte[] Manifest => File.ReadAllBytes(Output + ".manifest.json");

    private byte[] Signature => File.ReadAllBytes(Output + ".manifest.p7s");

    private List<(int Id, string Message)> Records() => _logger.Collector.GetSnapshot().Select(r => (r.Id.Id, r.Message)).ToList();

    [Fact]
    public async Task Verify_ChangedOutputAndKit_WarnsWithCodeAndArtefact_NeverAValue()
    {
        var result = await WriteExport();
        var trust = SignerTrust.Pin(_certificates.Signer);
        ExportSignature.Verify(Output, Manifest, Signature, trust, Kits, _logger).IsValid.ShouldBeTrue();
        Records().ShouldBe([(102, "Export out.jsonl verified: signature, signer, output and kits check out")]);
        _logger.Collector.Clear();

        var bytes = File.ReadAllBytes(Output);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(Output, bytes);
        var kit = Path.Combine(Kits, ReidentificationKit.FileNameOf("96202"));
        var kitBytes = File.ReadAllBytes(kit);
        kitBytes[^3] ^= 0x01;
        File.WriteAllBytes(kit, kitBytes);
        File.WriteAllBytes(Path.Combine(Kits, "stray" + ReidentificationKit.FileExtension), [1, 2, 3]);

        var verification = ExportSignature.Verify(Output, Manifest, Signature, trust, Kits, _logger);

        verification.IsValid.ShouldBeFalse();
        var records = _logger.Collector.GetSnapshot();
        records.ShouldAllBe(r => r.Level == LogLevel.Warning && r.Id.Id == 101);
        records.Select(r => r.Message).ShouldBe(
        [
            "Export verification failed with output-hash-mismatch on output (export out.jsonl)",
            "Export verification failed with kit-changed on kit 2 (export out.jsonl)",
            "Export verification failed with kit-unlisted on kit directory (export out.jsonl)",
        ]);
        var values = result.Reidentification.ByJobCentre.Values.SelectMany(l => l).SelectMany(e => new[] { e.Pseudonym, e.CustomerNumber }).ToList();
        values.ShouldNotBeEmpty();
        records.ShouldAllBe(r => !values.Any(v => r.Message.Contains(v, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task VerifyManifest_OtherSigner_WarnsSignerUntrusted()
    {
        await WriteExport();
        using var other = TestCertificates.SelfSigned("Someone else");
        ExportSignature.VerifyManifest(Manifest, Signature, SignerTrust.Pin(other), _logger).IsValid.ShouldBeFalse();
        Records().ShouldBe([(101, "Export verification failed with signer-untrusted on signature (export manifest)")]);
    }

    [Fact]
    public async Task OpenKit_UntrustedManifest_WarnsWithTheReasonCode()
    {
        await WriteExport();
        using var other = TestCertificates.SelfSigned("Someone else");
        var kit = File.ReadAllBytes(Path.Combine(Kits, ReidentificationKit.FileNameOf("96201")));
        Should.Throw<CryptographicException>(() => ReidentificationKit.Open(kit, _certificates.JobCentres["96201"], Manifest, Signature, SignerTrust.Pin(other), _logger));
        Records().ShouldBe([(103, "Re-identification kit refused with manifest-untrusted")]);
        _logger.Collector.Clear();
        ReidentificationKit.Open(kit, _certificates.JobCentres["96201"], Manifest, Signature, SignerTrust.Pin(_certificates.Signer), _logger).ShouldNotBeNull();
        Records().ShouldBeEmpty();
    }

    [Theory]
    [InlineData("The signature does not match the signed content (content or signature changed, or not a CMS signature).", "signature-mismatch", "signature")]
    [InlineData("The signer does not chain to a trusted CA certificate at the signing time.", "signer-untrusted", "signature")]
    [InlineData("The manifest is not a valid manifest: x", "manifest-invalid", "manifest")]
    [InlineData("The output file does not exist.", "output-missing", "output")]
    [InlineData("The output file's size differs from the manifest.", "output-size-mismatch", "output")]
    [InlineData("Kit 12 of the manifest is missing.", "kit-missing", "kit 12")]
    [InlineData("The kit directory does not exist.", "kit-directory-missing", "kit directory")]
    [InlineData("Something new.", "other", "export")]
    public void Classify_EveryVerifierSentence_HasItsCode(string problem, string code, string artefact) =>
        ExportVerificationLog.Classify(problem).ShouldBe((code, artefact));

    public void Dispose()
    {
        _certificates.Dispose();
        _dir.Dispose();
    }

    private sealed class X509Holder : IDisposable
    {
        public System.Security.Cryptography.X509Certificates.X509Certificate2 Signer { get; } = TestCertificates.SelfSigned("Extract job");

        public Dictionary<string, System.Security.Cryptography.X509Certificates.X509Certificate2> JobCentres { get; } = new()
        {
            ["96201"] = TestCertificates.SelfSigned("Jobcenter 96201"),
            ["96202"] = TestCertificates.SelfSigned("Jobcenter 96202"),
        };

        public void Dispose()
        {
            Signer.Dispose();
            foreach (var certificate in JobCentres.Values)
            {
                certificate.Dispose();
            }
        }
    }
}
