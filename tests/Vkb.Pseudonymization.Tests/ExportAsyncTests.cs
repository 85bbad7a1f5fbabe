using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NodaTime;
using NodaTime.Testing;
using Vkb.Pseudonymization.Export;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Tests;

public class ExportAsyncTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2025, 6, 1, 0, 0));

    [Fact]
    public async Task WriteSignedAsync_And_WriteAllAsync_WriteWhatTheSyncVariantsWrite()
    {
        var dir = Directory.CreateTempSubdirectory("vkb-export-async-").FullName;
        try
        {
            var input = Path.Combine(dir, "in.jsonl");
            await File.WriteAllTextAsync(input, string.Join("\n", Enumerable.Range(0, 10).Select(n => SampleRecords.Line(n, jobCentre: n % 2 == 0 ? "96201" : "96202"))));
            var output = Path.Combine(dir, "out.jsonl");
            var pipeline = new PseudonymizationPipeline(TestKeys.Key(), RecordPolicy.VkbDefault, new PseudonymizationOptions
            {
                Phase = "2025-P1", CollectReidentification = true, ReferenceMonth = new YearMonth(2025, 4), KAnonymity = { Enforce = false },
            });
            var result = await pipeline.RunFileAsync(input, output);
            using var signer = ExportTests.Certificate("Extract job");
            var (manifestPath, signaturePath) = await ExportSignature.WriteSignedAsync(ExportManifest.Create(output, result.Report, Clock), output, signer);
            ExportSignature.Verify(output, await File.ReadAllBytesAsync(manifestPath), await File.ReadAllBytesAsync(signaturePath), SignerTrust.Pin(signer)).IsValid.ShouldBeTrue();

            using var first = ExportTests.Certificate("Jobcenter 96201");
            using var second = ExportTests.Certificate("Jobcenter 96202");
            var certificates = new Dictionary<string, X509Certificate2> { ["96201"] = first, ["96202"] = second };
            var kits = await ReidentificationKit.WriteAllAsync(result.Reidentification, certificates, RecipientTrust.FromCertificates(certificates.Values), Path.Combine(dir, "kits"), "2025-P1", result.Report.KeyFingerprint, signer, Clock);
            kits.Count.ShouldBe(2);
            foreach (var kit in kits)
            {
                Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(dir, "kits", kit.FileName)))).ShouldBe(kit.Sha256);
            }

            await Should.ThrowAsync<InvalidOperationException>(() => ReidentificationKit.WriteAllAsync(result.Reidentification, new Dictionary<string, X509Certificate2>(),
                RecipientTrust.FromCertificates(certificates.Values), Path.Combine(dir, "none"), "2025-P1", result.Report.KeyFingerprint, signer, Clock));
            Directory.Exists(Path.Combine(dir, "none")).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
