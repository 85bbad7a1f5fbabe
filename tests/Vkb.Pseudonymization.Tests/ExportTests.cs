using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Export;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Tests;

public class ExportTests
{
    private static readonly FixedClock Clock = new FixedClock(Instant.FromUtc(2025, 4, 30, 12, 0));

    internal static X509Certificate2 Certificate(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UnixEpoch.AddYears(50), DateTimeOffset.UnixEpoch.AddYears(60));
    }

    private static async Task<(TempDirectory Dir, string Output, PseudonymizationResult Result)> Export()
    {
        var dir = new TempDirectory();
        var input = dir.File("in.jsonl", string.Join("\n", Enumerable.Range(0, 20).Select(n => SampleRecords.Line(n, jobCentre: n % 2 == 0 ? "96201" : "96202"))));
        var output = Path.Combine(dir.Path, "out.jsonl");
        using var key = TestKeys.Key();
        var pipeline = new PseudonymizationPipeline(key, RecordPolicy.VkbDefault, new PseudonymizationOptions { Phase = "2025-P1", CollectReidentification = true, ReferenceMonth = new NodaTime.YearMonth(2025, 4) });
        return (dir, output, await pipeline.RunFileAsync(input, output));
    }

    [Fact]
    [Trait("Rule", "P5")]
    public async Task Verify_UnchangedExport_IsValid()
    {
        var (dir, output, result) = await Export();
        using (dir)
        {
            using var signer = Certificate("Extract job");
            var manifest = ExportManifest.Create(output, result.Report, Clock);
            var (manifestPath, signaturePath) = ExportSignature.WriteSigned(manifest, output, signer);
            var verification = ExportSignature.Verify(output, File.ReadAllBytes(manifestPath), File.ReadAllBytes(signaturePath), signer);
            verification.Problems.ShouldBeEmpty();
            verification.IsValid.ShouldBeTrue();
            verification.Manifest!.RecordsWritten.ShouldBe(20);
            verification.Manifest.PolicyHash.ShouldBe(RecordPolicy.VkbDefault.Hash);
            verification.Manifest.KeyFingerprint.ShouldBe(result.Report.KeyFingerprint.Value);
            verification.Manifest.CreatedAt.ShouldBe(Clock.GetCurrentInstant());
        }
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Verify_OneChangedOutputByte_Fails()
    {
        var (dir, output, result) = await Export();
        using (dir)
        {
            using var signer = Certificate("Extract job");
            var (manifestPath, signaturePath) = ExportSignature.WriteSigned(ExportManifest.Create(output, result.Report, Clock), output, signer);
            var bytes = File.ReadAllBytes(output);
            bytes[bytes.Length / 2] ^= 0x01;
            File.WriteAllBytes(output, bytes);
            var verification = ExportSignature.Verify(output, File.ReadAllBytes(manifestPath), File.ReadAllBytes(signaturePath));
            verification.IsValid.ShouldBeFalse();
            verification.Problems.ShouldContain(p => p.Contains("SHA-256", StringComparison.Ordinal));
        }
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Verify_ChangedManifestOrOtherSigner_Fails()
    {
        var (dir, output, result) = await Export();
        using (dir)
        {
            using var signer = Certificate("Extract job");
            using var other = Certificate("Someone else");
            var (manifestPath, signaturePath) = ExportSignature.WriteSigned(ExportManifest.Create(output, result.Report, Clock), output, signer);
            var manifest = File.ReadAllBytes(manifestPath);
            var changed = (byte[])manifest.Clone();
            changed[changed.Length / 2] ^= 0x01;
            ExportSignature.Verify(output, changed, File.ReadAllBytes(signaturePath)).IsValid.ShouldBeFalse();
            ExportSignature.Verify(output, manifest, File.ReadAllBytes(signaturePath), other).IsValid.ShouldBeFalse();
        }
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Kit_OpensWithItsJobCentresKeyOnly()
    {
        var (dir, _, result) = await Export();
        using (dir)
        {
            using var first = Certificate("Jobcenter 96201");
            using var second = Certificate("Jobcenter 96202");
            var kits = ReidentificationKit.WriteAll(result.Reidentification, new Dictionary<string, X509Certificate2> { ["96201"] = first, ["96202"] = second },
                Path.Combine(dir.Path, "kits"), "2025-P1", result.Report.KeyFingerprint, Clock);
            kits.Count.ShouldBe(2);
            var content = ReidentificationKit.Open(File.ReadAllBytes(kits["96201"]), first);
            content.JobCentre.ShouldBe("96201");
            content.Entries.Count.ShouldBe(10);
            content.Entries.ShouldBe(result.Reidentification.ByJobCentre["96201"]);
            content.ToString().ShouldNotContain("962D");
            Should.Throw<CryptographicException>(() => ReidentificationKit.Open(File.ReadAllBytes(kits["96201"]), second));
        }
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Kit_AnyTamperedByte_IsDetected()
    {
        var (dir, _, result) = await Export();
        using (dir)
        {
            using var first = Certificate("Jobcenter 96201");
            var content = new ReidentificationKitContent("96201", "2025-P1", result.Report.KeyFingerprint.Value, Clock.GetCurrentInstant(), result.Reidentification.ByJobCentre["96201"]);
            var sealedKit = ReidentificationKit.Seal(content, first);
            for (var i = 0; i < sealedKit.Length; i += 7)
            {
                var tampered = (byte[])sealedKit.Clone();
                tampered[i] ^= 0x40;
                var opened = TryOpen(tampered, first);
                (opened is null || opened.Entries.SequenceEqual(content.Entries)).ShouldBeTrue($"byte {i}");
            }
        }
    }

    private static ReidentificationKitContent? TryOpen(byte[] kit, X509Certificate2 certificate)
    {
        try
        {
            return ReidentificationKit.Open(kit, certificate);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    [Fact]
    public void Kit_MissingCertificate_WritesNothing()
    {
        using var dir = new TempDirectory();
        var map = new PseudonymizationPipeline(TestKeys.Key(), RecordPolicy.VkbDefault, new PseudonymizationOptions { Phase = "P1", CollectReidentification = true, ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { Enforce = false } })
            .PseudonymizeLines([SampleRecords.Line()]).Result.Reidentification;
        Should.Throw<InvalidOperationException>(() => ReidentificationKit.WriteAll(map, new Dictionary<string, X509Certificate2>(), Path.Combine(dir.Path, "kits"), "P1",
            TestKeys.Key().Fingerprint, Clock)).Message.ShouldContain("96201");
        Directory.Exists(Path.Combine(dir.Path, "kits")).ShouldBeFalse();
    }

    [Fact]
    public void AddVkbPseudonymization_ValidOptions_ResolvesThePipeline()
    {
        using var dir = new TempDirectory();
        var keyFile = dir.File("key", TestKeys.Key().ExportBase64());
        using var provider = new ServiceCollection().AddVkbPseudonymization(o => { o.KeyFile = keyFile; o.Phase = "2025-P1"; o.ReferenceMonth = new NodaTime.YearMonth(2025, 4); }).BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        provider.GetRequiredService<PseudonymizationPipeline>().PseudonymizeLines([.. Enumerable.Range(0, 5).Select(n => SampleRecords.Line(n))]).Lines.Count.ShouldBe(5); // one class of k = 5
        provider.GetRequiredService<RecordPolicy>().ShouldBeSameAs(RecordPolicy.VkbDefault);
    }

    [Fact]
    public void AddVkbPseudonymization_MissingKeyAndPhase_FailsOnStartWithClearMessages()
    {
        using var provider = new ServiceCollection().AddVkbPseudonymization(o => o.KeyFile = "/nonexistent/key").BuildServiceProvider();
        var ex = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        ex.Failures.ShouldContain("VkbPseudonymizationOptions.KeyFile does not exist.");
        ex.Failures.ShouldContain(f => f.StartsWith("VkbPseudonymizationOptions.Phase", StringComparison.Ordinal));
    }
}

internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
