using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;

using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Anonymity;
using Vkb.Pseudonymization.Export;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Tests;

namespace Vkb.Pseudonymization.Tests;

public class ExportTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2025, 4, 30, 12, 0));

    internal static X509Certificate2 Certificate(string name) => TestCertificates.SelfSigned(name);

    private static async Task<(TempDirectory Dir, string Output, PseudonymizationResult Result)> Export()
    {
        var dir = new TempDirectory();
        var input = dir.File("in.jsonl", string.Join("\n", Enumerable.Range(0, 20).Select(n => SampleRecords.Line(n, jobCentre: n % 2 == 0 ? "96201" : "96202"))));
        var output = Path.Combine(dir.Path, "out.jsonl");
        using var key = TestKeys.Key();
        var pipeline = new PseudonymizationPipeline(key, RecordPolicy.VkbDefault, new PseudonymizationOptions { Phase = "2025-P1", CollectReidentification = true, ReferenceMonth = new NodaTime.YearMonth(2025, 4) });
        return (dir, output, await pipeline.RunFileAsync(input, output));
    }

    /// <summary>An export with its two kits, written together with the signed manifest.</summary>
    private sealed class SignedExport : IDisposable
    {
        public required TempDirectory Dir { get; init; }

        public required string Output { get; init; }

        public required PseudonymizationResult Result { get; init; }

        public required X509Certificate2 Signer { get; init; }

        public required Dictionary<string, X509Certificate2> JobCentres { get; init; }

        public required IReadOnlyList<SealedKit> Kits { get; init; }

        /// <summary>The job centres' certificates, pinned: the recipient trust the kits were sealed with.</summary>
        public RecipientTrust Recipients => RecipientTrust.FromCertificates(JobCentres.Values);

        public string KitDirectory => Path.Combine(Dir.Path, "kits");

        public byte[] Manifest => File.ReadAllBytes(Output + ".manifest.json");

        public byte[] Signature => File.ReadAllBytes(Output + ".manifest.p7s");

        public byte[] Kit(string jobCentre) => File.ReadAllBytes(Path.Combine(KitDirectory, ReidentificationKit.FileNameOf(jobCentre)));

        public static async Task<SignedExport> Create()
        {
            var (dir, output, result) = await Export();
            var signer = Certificate("Extract job");
            var jobCentres = new Dictionary<string, X509Certificate2> { ["96201"] = Certificate("Jobcenter 96201"), ["96202"] = Certificate("Jobcenter 96202") };
            var kits = ReidentificationKit.SealAll(result.Reidentification, jobCentres, RecipientTrust.FromCertificates(jobCentres.Values), "2025-P1", result.Report.KeyFingerprint, signer, Clock);
            ExportSignature.WriteSigned(ExportManifest.Create(output, result.Report, Clock, kits, null), output, signer, kits, Path.Combine(dir.Path, "kits"));
            return new SignedExport { Dir = dir, Output = output, Result = result, Signer = signer, JobCentres = jobCentres, Kits = kits };
        }

        public ExportVerification Verify(SignerTrust trust, byte[]? signature = null) =>
            ExportSignature.Verify(Output, Manifest, signature ?? Signature, trust, KitDirectory);

        public void Dispose()
        {
            Signer.Dispose();
            foreach (var certificate in JobCentres.Values)
            {
                certificate.Dispose();
            }

            Dir.Dispose();
        }
    }

    [Fact]
    [Trait("Rule", "P5")]
    public async Task Verify_UnchangedExport_IsValid()
    {
        using var export = await SignedExport.Create();
        var verification = export.Verify(SignerTrust.Pin(export.Signer));
        verification.Problems.ShouldBeEmpty();
        verification.IsValid.ShouldBeTrue();
        verification.Manifest!.RecordsWritten.ShouldBe(20);
        verification.Manifest.PolicyHash.ShouldBe(RecordPolicy.VkbDefault.Hash);
        verification.Manifest.KeyFingerprint.ShouldBe(export.Result.Report.KeyFingerprint.Value);
        verification.Manifest.CreatedAt.ShouldBe(Clock.GetCurrentInstant());
        verification.Manifest.Kits.Select(k => k.FileName).ShouldBe(["96201.vkbkit", "96202.vkbkit"]);
    }

    [Fact]
    [Trait("Rule", "P9")]
    [Trait("Rule", "P5")]
    public async Task Manifest_StatesTheMonthAgesAreBandedAt_SignedWithTheRest()
    {
        // Session 18's review (L4): "35-39" means an age at some date; a recipient reads it from the signed manifest.
        using var export = await SignedExport.Create();
        ExportManifest.Parse(export.Manifest).AgeBandMonth.ShouldBeNull(); // each record's own review month
        System.Text.Encoding.UTF8.GetString(export.Manifest).ShouldContain("\"ageBandMonth\": null");

        using var dir = new TempDirectory();
        var input = dir.File("in.jsonl", string.Join("\n", Enumerable.Range(0, 5).Select(n => SampleRecords.Line(n))));
        var output = Path.Combine(dir.Path, "out.jsonl");
        using var key = TestKeys.Key();
        var options = new PseudonymizationOptions { Phase = "2025-P1", KAnonymity = { K = 1 } };
        options.PhaseMonths.Add(new NodaTime.YearMonth(2025, 5));
        options.PhaseMonths.Add(new NodaTime.YearMonth(2025, 4));
        var result = await new PseudonymizationPipeline(key, RecordPolicy.VkbDefault, options).RunFileAsync(input, output);
        var manifest = ExportManifest.Create(output, result.Report, Clock);
        manifest.AgeBandMonth.ShouldBe(new NodaTime.YearMonth(2025, 4));
        var parsed = ExportManifest.Parse(manifest.ToJsonBytes());
        parsed.AgeBandMonth.ShouldBe(new NodaTime.YearMonth(2025, 4));
        System.Text.Encoding.UTF8.GetString(manifest.ToJsonBytes()).ShouldContain("\"ageBandMonth\": \"2025-04\"");

        var text = System.Text.Encoding.UTF8.GetString(manifest.ToJsonBytes());
        Should.Throw<FormatException>(() => ExportManifest.Parse(System.Text.Encoding.UTF8.GetBytes(text.Replace("\"ageBandMonth\": \"2025-04\",", string.Empty, StringComparison.Ordinal))))
            .Message.ShouldBe("The member 'ageBandMonth' is missing.");
        Should.Throw<FormatException>(() => ExportManifest.Parse(System.Text.Encoding.UTF8.GetBytes(text.Replace("\"2025-04\"", "\"April\"", StringComparison.Ordinal))))
            .Message.ShouldNotContain("April");
    }

    [Fact]
    [Trait("Rule", "P9")]
    [Trait("Rule", "P5")]
    public async Task Manifest_NamesTheEarlierExportsTheLoadWasSearchedAgainst_BySha256_SignedWithTheRest()
    {
        // A recipient of May's export reads from the signed manifest which exports of the phase its k-anonymity was kept
        // over: each earlier export by the SHA-256 its own manifest states. Format v5; a v4 manifest is read, and says nothing.
        using var dir = new TempDirectory();
        using var key = TestKeys.Key();
        var april = dir.File("april.jsonl", string.Join("\n", Enumerable.Range(0, 5).Select(n => SampleRecords.Line(n))));
        var aprilOut = Path.Combine(dir.Path, "april-out.jsonl");
        var options = new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { K = 1 } };
        var aprilResult = await new PseudonymizationPipeline(key, RecordPolicy.VkbDefault, options).RunFileAsync(april, aprilOut);
        ExportManifest.Create(aprilOut, aprilResult.Report, Clock).EarlierExports.ShouldBeEmpty();

        EarlierExports earlier;
        await using (var stream = File.OpenRead(aprilOut))
        {
            earlier = await EarlierExports.ReadAsync([stream], RecordPolicy.VkbDefault);
        }

        var aprilSha256 = ExportManifest.Create(aprilOut, aprilResult.Report, Clock).OutputSha256;
        earlier.Sha256.ShouldBe([aprilSha256]);
        var may = dir.File("may.jsonl", string.Join("\n", Enumerable.Range(3, 5).Select(n => SampleRecords.Line(n))));
        var mayOut = Path.Combine(dir.Path, "may-out.jsonl");
        var mayOptions = new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { K = 1, EarlierExports = earlier } };
        var mayResult = await new PseudonymizationPipeline(key, RecordPolicy.VkbDefault, mayOptions).RunFileAsync(may, mayOut);
        var manifest = ExportManifest.Create(mayOut, mayResult.Report, Clock);

        manifest.EarlierExports.ShouldBe([aprilSha256]);
        ExportManifest.Parse(manifest.ToJsonBytes()).EarlierExports.ShouldBe([aprilSha256]);
        mayResult.Report.KAnonymity.EarlierExports!.Sha256.ShouldBe([aprilSha256]);
        var text = System.Text.Encoding.UTF8.GetString(manifest.ToJsonBytes());
        text.ShouldContain("\"format\": \"vkb-export-manifest-v5\"");
        text.ShouldContain($"\"earlierExports\": [\n      \"{aprilSha256}\"\n    ]");
        // A v4 manifest (made before v5, mid-phase; review L2) is still read as it was signed: it does not say (null).
        var v4 = text.Replace("vkb-export-manifest-v5", "vkb-export-manifest-v4", StringComparison.Ordinal)
            .Replace($",\n    \"earlierExports\": [\n      \"{aprilSha256}\"\n    ]", string.Empty, StringComparison.Ordinal);
        var parsedV4 = ExportManifest.Parse(System.Text.Encoding.UTF8.GetBytes(v4));
        (parsedV4.Format, parsedV4.EarlierExports).ShouldBe((ExportManifest.PreviousFormatId, (IReadOnlyList<string>?)null));
        System.Text.Encoding.UTF8.GetString(parsedV4.ToJsonBytes()).ShouldBe(v4);
        Should.Throw<FormatException>(() => ExportManifest.Parse(System.Text.Encoding.UTF8.GetBytes(text.Replace("vkb-export-manifest-v5", "vkb-export-manifest-v3", StringComparison.Ordinal))))
            .Message.ShouldBe("The manifest format is not vkb-export-manifest-v5 (or vkb-export-manifest-v4).");
        Should.Throw<FormatException>(() => ExportManifest.Parse(System.Text.Encoding.UTF8.GetBytes(text.Replace(aprilSha256, aprilSha256.ToUpperInvariant(), StringComparison.Ordinal))))
            .Message.ShouldBe("The member 'kAnonymity.earlierExports[0]' is not a SHA-256 in lower-case hex.");
        Should.Throw<FormatException>(() => ExportManifest.Parse(System.Text.Encoding.UTF8.GetBytes(text.Replace("\"earlierExports\"", "\"earlier\"", StringComparison.Ordinal))))
            .Message.ShouldBe("The member 'kAnonymity.earlierExports' is missing.");
    }

    [Fact]
    [Trait("Rule", "P9")]
    [Trait("Rule", "P5")]
    public async Task VerifyEarlierExports_WithTrust_VerifiesEachEarlierExportWithItsOwnSignedManifest()
    {
        // The auditor's whole check of an outbox: each earlier export signed by a trusted signer, unchanged, of this phase,
        // key and policy and made before this load; and the load searched against exactly them.
        using var dir = new TempDirectory();
        using var key = TestKeys.Key();
        using var signer = Certificate("Export signer");
        using var forger = Certificate("Export signer");
        async Task<(string Output, ExportManifest Manifest)> Load(string name, int from, EarlierExports? earlier, Instant at, X509Certificate2 by, string phase = "2025-P1")
        {
            var input = dir.File(name + ".jsonl", string.Join("\n", Enumerable.Range(from, 5).Select(n => SampleRecords.Line(n))));
            var output = Path.Combine(dir.Path, name + "-out.jsonl");
            var options = new PseudonymizationOptions { Phase = phase, ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { K = 1, EarlierExports = earlier } };
            var result = await new PseudonymizationPipeline(key, RecordPolicy.VkbDefault, options).RunFileAsync(input, output);
            var manifest = ExportManifest.Create(output, result.Report, new FakeClock(at));
            ExportSignature.WriteSigned(manifest, output, by);
            return (output, manifest);
        }

        async Task<EarlierExports> Read(string path)
        {
            await using var stream = File.OpenRead(path);
            return await EarlierExports.ReadAsync([stream], RecordPolicy.VkbDefault);
        }

        var april30 = Instant.FromUtc(2025, 4, 30, 12, 0);
        var (april, _) = await Load("april", 0, null, april30, signer);
        var (_, may) = await Load("may", 3, await Read(april), april30 + Duration.FromDays(31), signer);
        var trust = SignerTrust.Pin(signer);

        ExportSignature.VerifyEarlierExports(may, [april], trust).ShouldBeEmpty();

        // April's manifest lost, or April signed by someone the auditor does not trust, or changed after signing.
        var bare = Path.Combine(dir.Path, "bare");
        Directory.CreateDirectory(bare);
        File.Copy(april, Path.Combine(bare, "april-out.jsonl"));
        ExportSignature.VerifyEarlierExports(may, [Path.Combine(bare, "april-out.jsonl")], trust).ShouldBe(
            ["Earlier export 1 given has no readable signed manifest beside it (FILE.manifest.json and FILE.manifest.p7s, at most 4 MiB and 256 KiB)."]);
        ExportSignature.VerifyEarlierExports(may, [april], SignerTrust.Pin(forger)).ShouldHaveSingleItem().ShouldStartWith("Earlier export 1 given: ");

        // April changed after it was signed, its manifest beside it: the change is named, and the changed bytes are not the
        // export May was searched against (they are hashed, not taken from the manifest that no longer matches them).
        var changedDir = Path.Combine(dir.Path, "changed");
        Directory.CreateDirectory(changedDir);
        var changed = Path.Combine(changedDir, "april-out.jsonl");
        var bytes = await File.ReadAllBytesAsync(april);
        bytes[bytes.Length / 2] ^= 0x01;
        await File.WriteAllBytesAsync(changed, bytes);
        File.Copy(april + ".manifest.json", changed + ".manifest.json");
        File.Copy(april + ".manifest.p7s", changed + ".manifest.p7s");
        ExportSignature.VerifyEarlierExports(may, [changed], trust).ShouldBe(
            ["Earlier export 1 given is not among the earlier exports the manifest lists: the load was not searched against it.",
             "Earlier export 1 of the manifest is none of the earlier exports given.",
             "Earlier export 1 given: The output file's SHA-256 differs from the manifest (the output changed)."]);

        // A copy of April signed with a time after May's: the same bytes (so listed), but not made before this load.
        var late = Path.Combine(dir.Path, "late");
        Directory.CreateDirectory(late);
        var lateCopy = Path.Combine(late, "april-out.jsonl");
        File.Copy(april, lateCopy);
        var lateManifest = ExportManifest.Create(lateCopy, (await new PseudonymizationPipeline(key, RecordPolicy.VkbDefault,
            new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { K = 1 } })
            .RunFileAsync(Path.Combine(dir.Path, "april.jsonl"), Path.Combine(late, "scratch.jsonl"))).Report, new FakeClock(april30 + Duration.FromDays(40)));
        ExportSignature.WriteSigned(lateManifest, lateCopy, signer);
        ExportSignature.VerifyEarlierExports(may, [lateCopy], trust).ShouldBe(["Earlier export 1 given was made after this export."]);

        // An export of another phase: not listed, and named as of another phase, key or policy.
        var (otherPhase, _) = await Load("other", 0, null, april30, signer, phase: "2025-P2");
        ExportSignature.VerifyEarlierExports(may, [otherPhase], trust).ShouldBe(
            ["Earlier export 1 given is not among the earlier exports the manifest lists: the load was not searched against it.",
             "Earlier export 1 of the manifest is none of the earlier exports given.",
             "Earlier export 1 given is of another phase, key or policy than this export."]);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public async Task VerifyEarlierExports_HoldsOnlyWhenTheLoadWasSearchedAgainstExactlyTheEarlierExportsGiven()
    {
        // An auditor holding the phase's outbox checks from May's signed manifest that May was searched against April, the
        // export the recipient already had: not against less (the union could single customers out), not against more.
        using var dir = new TempDirectory();
        using var key = TestKeys.Key();
        async Task<(string Output, ExportManifest Manifest)> Load(string name, int from, EarlierExports? earlier)
        {
            var input = dir.File(name + ".jsonl", string.Join("\n", Enumerable.Range(from, 5).Select(n => SampleRecords.Line(n))));
            var output = Path.Combine(dir.Path, name + "-out.jsonl");
            var options = new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { K = 1, EarlierExports = earlier } };
            var result = await new PseudonymizationPipeline(key, RecordPolicy.VkbDefault, options).RunFileAsync(input, output);
            return (output, ExportManifest.Create(output, result.Report, Clock));
        }

        async Task<EarlierExports> Read(params string[] paths)
        {
            var streams = paths.Select(File.OpenRead).ToList();
            try
            {
                return await EarlierExports.ReadAsync(streams, RecordPolicy.VkbDefault);
            }
            finally
            {
                streams.ForEach(s => s.Dispose());
            }
        }

        var (april, aprilManifest) = await Load("april", 0, null);
        var (other, _) = await Load("other", 10, null);
        var (_, may) = await Load("may", 3, await Read(april));

        ExportSignature.VerifyEarlierExports(may, [april]).ShouldBeEmpty();
        ExportSignature.VerifyEarlierExports(may, []).ShouldBe(["Earlier export 1 of the manifest is none of the earlier exports given."]);
        ExportSignature.VerifyEarlierExports(may, [april, other]).ShouldBe(["Earlier export 2 given is not among the earlier exports the manifest lists: the load was not searched against it."]);
        ExportSignature.VerifyEarlierExports(may, [april, april]).ShouldBe(["Earlier export 2 given is the same as one given before it; the manifest lists it fewer times."]);
        ExportSignature.VerifyEarlierExports(aprilManifest, [april]).ShouldBe(["Earlier export 1 given is not among the earlier exports the manifest lists: the load was not searched against it."]);
        ExportSignature.VerifyEarlierExports(may, [Path.Combine(dir.Path, "gone.jsonl")]).ShouldBe(
            ["Earlier export 1 given is missing.", "Earlier export 1 of the manifest is none of the earlier exports given."]);

        // April changed after May was made: it is no longer the export May was searched against. No message names a hash.
        var bytes = await File.ReadAllBytesAsync(april);
        bytes[bytes.Length / 2] ^= 0x01;
        var changed = dir.File("april-changed.jsonl", string.Empty);
        await File.WriteAllBytesAsync(changed, bytes);
        var problems = ExportSignature.VerifyEarlierExports(may, [changed]);
        problems.ShouldBe(["Earlier export 1 given is not among the earlier exports the manifest lists: the load was not searched against it.",
            "Earlier export 1 of the manifest is none of the earlier exports given."]);
        problems.ShouldAllBe(p => !p.Contains(may.EarlierExports![0], StringComparison.Ordinal));

        // A device given as an export is read to the size it stated (0) and one byte more, not for ever.
        if (!OperatingSystem.IsWindows())
        {
            ExportSignature.VerifyEarlierExports(may, [april, "/dev/zero"]).ShouldBe(["Earlier export 2 given changed while it was read, or is no regular file."]);
        }

        // A v4 manifest does not say: that is a problem, not a pass.
        var v4 = ExportManifest.Parse(System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(may.ToJsonBytes())
            .Replace("vkb-export-manifest-v5", "vkb-export-manifest-v4", StringComparison.Ordinal)
            .Replace($",\n    \"earlierExports\": [\n      \"{may.EarlierExports![0]}\"\n    ]", string.Empty, StringComparison.Ordinal)));
        ExportSignature.VerifyEarlierExports(v4, [april]).ShouldBe(
            ["Earlier exports: the manifest is of format vkb-export-manifest-v4, which does not say which earlier exports the load was searched against."]);

        // Two exports of the same bytes are two exports of the phase (session 20's review, M1): two months that published
        // nothing, or, with a phase announcement, a month without new flags that exports the month before's records again.
        // They are read, listed twice and verified as two.
        var none1 = dir.File("none1-out.jsonl", string.Empty);
        var none2 = dir.File("none2-out.jsonl", string.Empty);
        var again = dir.File("april-again-out.jsonl", string.Empty);
        File.Copy(april, again, overwrite: true);
        var (_, june) = await Load("june", 20, await Read(april, none1, none2, again));
        june.EarlierExports!.Count.ShouldBe(4);
        (june.EarlierExports[0], june.EarlierExports[1]).ShouldBe((june.EarlierExports[3], june.EarlierExports[2]));
        ExportSignature.VerifyEarlierExports(june, [none2, april, again, none1]).ShouldBeEmpty();
        ExportSignature.VerifyEarlierExports(june, [april, none1, again]).ShouldBe(["Earlier export 3 of the manifest is none of the earlier exports given."]);
        ExportSignature.VerifyEarlierExports(june, [april, again]).ShouldBe(
            ["Earlier export 2 of the manifest is none of the earlier exports given.", "Earlier export 3 of the manifest is none of the earlier exports given."]);
        ExportSignature.VerifyEarlierExports(june, [april, none1, none2, again, none1]).ShouldBe(
            ["Earlier export 5 given is the same as one given before it; the manifest lists it fewer times."]);

        // A symbolic link is hashed as its target (the review's M2: it was sized as the link); a directory or a dangling
        // link is named as such, not thrown.
        if (!OperatingSystem.IsWindows())
        {
            var link = Path.Combine(dir.Path, "2025-04.jsonl");
            File.CreateSymbolicLink(link, april);
            ExportSignature.VerifyEarlierExports(may, [link]).ShouldBeEmpty();
            var dangling = Path.Combine(dir.Path, "dangling.jsonl");
            File.CreateSymbolicLink(dangling, Path.Combine(dir.Path, "nothing-there.jsonl"));
            ExportSignature.VerifyEarlierExports(may, [april, dangling, dir.Path]).ShouldBe(
                ["Earlier export 2 given is missing.", "Earlier export 3 given is a directory, not an export."]);
        }
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Verify_OneChangedOutputByte_Fails()
    {
        using var export = await SignedExport.Create();
        var bytes = File.ReadAllBytes(export.Output);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(export.Output, bytes);
        var verification = export.Verify(SignerTrust.Pin(export.Signer));
        verification.IsValid.ShouldBeFalse();
        verification.Problems.ShouldContain(p => p.Contains("SHA-256", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Verify_ChangedManifestOrOtherSigner_Fails()
    {
        using var export = await SignedExport.Create();
        using var other = Certificate("Someone else");
        var changed = export.Manifest;
        changed[changed.Length / 2] ^= 0x01;
        ExportSignature.Verify(export.Output, changed, export.Signature, SignerTrust.Pin(export.Signer)).IsValid.ShouldBeFalse();
        export.Verify(SignerTrust.Pin(other)).IsValid.ShouldBeFalse();
    }

    // Class 1 of issue 17: verification needs a trust anchor; the embedded certificate is never trusted for itself.
    [Fact]
    [Trait("Rule", "P5")]
    public async Task Verify_SelfMadeCertificateWithTheSameSubject_IsRefused()
    {
        using var export = await SignedExport.Create();
        using var forger = Certificate("Extract job");
        forger.Subject.ShouldBe(export.Signer.Subject);
        var forged = ExportSignature.Sign(export.Manifest, forger, Clock.GetCurrentInstant());
        var verification = export.Verify(SignerTrust.Pin(export.Signer), forged);
        verification.IsValid.ShouldBeFalse();
        verification.Problems.ShouldContain("The signer is not the trusted certificate.");
    }

    [Fact]
    [Trait("Rule", "P5")]
    public async Task Verify_SignerExpiredAtTheSigningTime_IsRefused()
    {
        using var export = await SignedExport.Create();
        using var expired = TestCertificates.SelfSigned("Extract job", DateTimeOffset.UnixEpoch.AddYears(40), DateTimeOffset.UnixEpoch.AddYears(41));
        Should.Throw<ArgumentException>(() => ExportSignature.Sign(export.Manifest, expired, Clock.GetCurrentInstant())).Message.ShouldContain("not valid at the signing time");

        // A signature made with another tool, stating a signing time after the certificate expired.
        var signature = TestCertificates.RawSign(export.Manifest, expired, new DateTime(2025, 4, 30, 12, 0, 0, DateTimeKind.Utc));
        var verification = export.Verify(SignerTrust.Pin(expired), signature);
        verification.IsValid.ShouldBeFalse();
        verification.Problems.ShouldContain(p => p.Contains("not valid at the signing time", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "P5")]
    public async Task Verify_AlteredEmbeddedCertificate_IsRefused()
    {
        using var export = await SignedExport.Create();
        var signature = export.Signature;
        var name = Encoding.ASCII.GetBytes("Extract job");

        // The embedded certificate names "Extract job" as issuer, then as subject: change the subject, so the
        // signer is still found by issuer and serial number and the signature still verifies with its key.
        var issuer = signature.AsSpan().IndexOf(name);
        var at = issuer + name.Length + signature.AsSpan(issuer + name.Length).IndexOf(name);
        at.ShouldBeGreaterThan(issuer);
        signature[at] = (byte)'X';
        var verification = export.Verify(SignerTrust.Pin(export.Signer), signature);
        verification.IsValid.ShouldBeFalse();
        verification.Problems.ShouldNotBeEmpty();
    }

    [Fact]
    [Trait("Rule", "P5")]
    public async Task Verify_NoSigningTimeOrKeyUsageWithoutSignatures_IsRefused()
    {
        using var export = await SignedExport.Create();
        var noTime = TestCertificates.RawSign(export.Manifest, export.Signer, signingTime: null);
        export.Verify(SignerTrust.Pin(export.Signer), noTime).Problems.ShouldContain("The signature has no single signed signing time.");

        using var encipherOnly = TestCertificates.SelfSigned("Extract job", usage: X509KeyUsageFlags.KeyEncipherment);
        Should.Throw<ArgumentException>(() => ExportSignature.Sign(export.Manifest, encipherOnly, Clock.GetCurrentInstant()));
        var signature = TestCertificates.RawSign(export.Manifest, encipherOnly, Clock.GetCurrentInstant().ToDateTimeUtc());
        export.Verify(SignerTrust.Pin(encipherOnly), signature).Problems.ShouldContain("The signer certificate's key usage does not allow digital signatures.");
    }

    [Fact]
    [Trait("Rule", "P5")]
    public async Task Verify_SignerIssuedByAPinnedCa_IsValid_AndByAnotherCa_IsRefused()
    {
        using var export = await SignedExport.Create();
        using var ca = TestCertificates.Authority("BA Export CA");
        using var otherCa = TestCertificates.Authority("BA Export CA");
        using var issued = TestCertificates.IssuedBy(ca, "Extract job");
        var signature = ExportSignature.Sign(export.Manifest, issued, Clock.GetCurrentInstant());
        using var caPublic = X509CertificateLoader.LoadCertificate(ca.RawData);
        export.Verify(SignerTrust.Pin(caPublic), signature).Problems.ShouldNotContain(p => p.Contains("signer", StringComparison.OrdinalIgnoreCase));
        export.Verify(SignerTrust.Pin(otherCa), signature).Problems.ShouldContain("The signer does not chain to a trusted CA certificate at the signing time.");
    }

    [Fact]
    public void SignerTrust_FromDirectory_LoadsBoundedCertificatesAndRejectsOthers()
    {
        using var dir = new TempDirectory();
        using var signer = Certificate("Extract job");
        File.WriteAllBytes(Path.Combine(dir.Path, "signer.cer"), signer.Export(X509ContentType.Cert));
        File.WriteAllText(Path.Combine(dir.Path, "ca.pem"), signer.ExportCertificatePem());
        SignerTrust.FromDirectory(dir.Path).Anchors.Count.ShouldBe(2);
        File.WriteAllBytes(Path.Combine(dir.Path, "big.crt"), new byte[SignerTrust.MaxCertificateFileBytes + 1]);
        Should.Throw<FormatException>(() => SignerTrust.FromDirectory(dir.Path)).Message.ShouldContain("larger than");
        File.WriteAllText(Path.Combine(dir.Path, "big.crt"), "SECRET-MARKER");
        Should.Throw<FormatException>(() => SignerTrust.FromDirectory(dir.Path)).Message.ShouldNotContain("SECRET");
    }

    // Class 2 of issue 17: kits are signed by the export signer and listed in the signed manifest.
    [Fact]
    [Trait("Rule", "P6")]
    public async Task Kit_OpensWithItsJobCentresKeyOnly()
    {
        using var export = await SignedExport.Create();
        var trust = SignerTrust.Pin(export.Signer);
        var content = ReidentificationKit.Open(export.Kit("96201"), export.JobCentres["96201"], export.Manifest, export.Signature, trust);
        content.JobCentre.ShouldBe("96201");
        content.Entries.Count.ShouldBe(10);
        content.Entries.ShouldBe(export.Result.Reidentification.ByJobCentre["96201"]);
        content.ToString().ShouldNotContain("962D");
        Should.Throw<CryptographicException>(() => ReidentificationKit.Open(export.Kit("96201"), export.JobCentres["96202"], export.Manifest, export.Signature, trust));
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Kit_ForgedFromTheJobCentresPublicCertificate_IsRefused()
    {
        using var export = await SignedExport.Create();
        var trust = SignerTrust.Pin(export.Signer);
        var publicOnly = X509CertificateLoader.LoadCertificate(export.JobCentres["96201"].RawData);
        using var forger = Certificate("Extract job");
        var lie = new ReidentificationKitContent("96201", "2025-P1", export.Result.Report.KeyFingerprint.Value, Clock.GetCurrentInstant(),
            [new ReidentificationEntry(export.Result.Reidentification.ByJobCentre["96201"][0].Pseudonym, "999D123456")]);
        var forged = ReidentificationKit.Seal(lie, publicOnly, RecipientTrust.Pin(publicOnly), forger);
        Should.Throw<CryptographicException>(() => ReidentificationKit.Open(forged, export.JobCentres["96201"], export.Manifest, export.Signature, trust))
            .Message.ShouldContain("not listed in the signed export manifest");

        // Even a forger who also swaps the kit file cannot make verification pass: its digest is not in the signed manifest.
        File.WriteAllBytes(Path.Combine(export.KitDirectory, "96201.vkbkit"), forged);
        export.Verify(trust).Problems.ShouldContain("Kit 1 of the manifest was changed (its SHA-256 differs).");
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Kit_SignedByTheRealSignerButOfAnotherRun_IsRefused()
    {
        using var export = await SignedExport.Create();
        var trust = SignerTrust.Pin(export.Signer);
        var earlier = new ReidentificationKitContent("96201", "2024-P4", export.Result.Report.KeyFingerprint.Value, Clock.GetCurrentInstant(),
            export.Result.Reidentification.ByJobCentre["96201"]);
        var earlierKit = ReidentificationKit.Seal(earlier, export.JobCentres["96201"], export.Recipients, export.Signer);
        Should.Throw<CryptographicException>(() => ReidentificationKit.Open(earlierKit, export.JobCentres["96201"], export.Manifest, export.Signature, trust));

        // Even listed by mistake in a manifest of this phase signed by the real signer, a kit of another phase is refused.
        var mixed = ExportManifest.Create(export.Output, export.Result.Report, Clock, [new SealedKit("96201", "96201.vkbkit", earlierKit)], null);
        var mixedBytes = mixed.ToJsonBytes();
        var mixedSignature = ExportSignature.Sign(mixedBytes, export.Signer, mixed.CreatedAt);
        Should.Throw<CryptographicException>(() => ReidentificationKit.Open(earlierKit, export.JobCentres["96201"], mixedBytes, mixedSignature, trust))
            .Message.ShouldContain("another phase");
        Should.Throw<CryptographicException>(() => ReidentificationKit.Open(export.Kit("96201"), export.JobCentres["96201"], export.Manifest, export.Signature,
            SignerTrust.Pin(export.JobCentres["96202"]))).Message.ShouldContain("not trusted");
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Kit_ListedInAManifestOfAnotherSignerOrUnderAnotherJobCentre_IsRefused()
    {
        using var export = await SignedExport.Create();
        var content = ReidentificationKit.Open(export.Kit("96201"), export.JobCentres["96201"], export.Manifest, export.Signature, SignerTrust.Pin(export.Signer));
        using var ca = TestCertificates.Authority("BA Export CA");
        using var manifestSigner = TestCertificates.IssuedBy(ca, "Extract job");
        using var kitSigner = TestCertificates.IssuedBy(ca, "Another job");
        using var caPublic = X509CertificateLoader.LoadCertificate(ca.RawData);
        var trust = SignerTrust.Pin(caPublic);
        (byte[] Manifest, byte[] Signature) Listing(SealedKit kit)
        {
            var manifest = ExportManifest.Create(export.Output, export.Result.Report, Clock, [kit], null);
            var bytes = manifest.ToJsonBytes();
            return (bytes, ExportSignature.Sign(bytes, manifestSigner, manifest.CreatedAt));
        }

        // Sealed and listed by the same trusted signer, the kit opens.
        var kit = ReidentificationKit.Seal(content, export.JobCentres["96201"], export.Recipients, manifestSigner);
        var listed = Listing(new SealedKit("96201", "96201.vkbkit", kit));
        ReidentificationKit.Open(kit, export.JobCentres["96201"], listed.Manifest, listed.Signature, trust).Entries.ShouldBe(content.Entries);

        // Sealed by another signer the same CA trusts: not the export's kit.
        var other = ReidentificationKit.Seal(content, export.JobCentres["96201"], export.Recipients, kitSigner);
        var otherListed = Listing(new SealedKit("96201", "96201.vkbkit", other));
        Should.Throw<CryptographicException>(() => ReidentificationKit.Open(other, export.JobCentres["96201"], otherListed.Manifest, otherListed.Signature, trust))
            .Message.ShouldContain("another certificate than the export manifest");

        // Listed under another job centre's file: the manifest does not say it is this job centre's kit.
        var misfiled = Listing(new SealedKit("96202", "96202.vkbkit", kit));
        Should.Throw<CryptographicException>(() => ReidentificationKit.Open(kit, export.JobCentres["96201"], misfiled.Manifest, misfiled.Signature, trust))
            .Message.ShouldContain("not the one the manifest lists");
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Kit_EarlierKitsInTheFolder_AreNeitherMixedInNorOverwritten()
    {
        using var export = await SignedExport.Create();
        var before = Directory.GetFiles(export.KitDirectory).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Should.Throw<IOException>(() => ReidentificationKit.WriteAll(export.Result.Reidentification, export.JobCentres, export.Recipients, export.KitDirectory, "2025-P2",
            export.Result.Report.KeyFingerprint, export.Signer, Clock)).Message.ShouldContain("already holds sealed kits");
        Directory.GetFiles(export.KitDirectory).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList().ShouldBe(before);

        // An unlisted kit planted in the folder is reported by verification.
        File.Copy(Path.Combine(export.KitDirectory, "96201.vkbkit"), Path.Combine(export.KitDirectory, "96203.vkbkit"));
        export.Verify(SignerTrust.Pin(export.Signer)).Problems.ShouldContain(p => p.Contains("not listed in the manifest", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Kit_AnyTamperedByte_IsDetected()
    {
        using var export = await SignedExport.Create();
        var trust = SignerTrust.Pin(export.Signer);
        var sealedKit = export.Kit("96201");
        var expected = export.Result.Reidentification.ByJobCentre["96201"];
        for (var i = 0; i < sealedKit.Length; i += 97)
        {
            var tampered = (byte[])sealedKit.Clone();
            tampered[i] ^= 0x40;
            Should.Throw<CryptographicException>(() => ReidentificationKit.Open(tampered, export.JobCentres["96201"], export.Manifest, export.Signature, trust), $"byte {i}");
        }

        ReidentificationKit.Open(sealedKit, export.JobCentres["96201"], export.Manifest, export.Signature, trust).Entries.ShouldBe(expected);
    }

    [Fact]
    [Trait("Rule", "P6")]
    public void Seal_ExpiredOrEcJobCentreCertificate_IsRefusedCleanly()
    {
        using var signer = Certificate("Extract job");
        using var expired = TestCertificates.SelfSigned("Jobcenter 96201", DateTimeOffset.UnixEpoch.AddYears(40), DateTimeOffset.UnixEpoch.AddYears(41));
        using var ec = TestCertificates.EllipticCurve("Jobcenter 96201");
        var content = new ReidentificationKitContent("96201", "P1", "fp", Clock.GetCurrentInstant(), []);
        Should.Throw<ArgumentException>(() => ReidentificationKit.Seal(content, expired, RecipientTrust.Pin(expired), signer)).Message.ShouldContain("not valid at the sealing time");
        Should.Throw<ArgumentException>(() => ReidentificationKit.Seal(content, ec, RecipientTrust.Pin(ec), signer)).Message.ShouldContain("no RSA key");
    }

    // SGB III cases have an agency instead of a job centre (EXTRACT.md): their kit is the agency's, never a kit
    // without a unit, and an agency never shares a kit with a job centre of the same number.
    [Fact]
    [Trait("Rule", "P6")]
    public void Kit_OfAnSgbIIIRecord_IsItsAgencys()
    {
        static string Sgb3(int n, string agency)
        {
            var record = SampleRecords.Record(n);
            record.Remove("jobCentre");
            record.Remove("householdNumber");
            record["legalDomain"] = "SGB3";
            record["agency"] = new System.Text.Json.Nodes.JsonObject { ["id"] = agency, ["name"] = "Agentur für Arbeit Düsseldorf" };
            return record.ToJsonString();
        }

        var result = new PseudonymizationPipeline(TestKeys.Key(), RecordPolicy.VkbDefault, new PseudonymizationOptions { Phase = "P1", CollectReidentification = true, ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { Enforce = false } })
            .PseudonymizeLines([SampleRecords.Line(0, jobCentre: "96201"), Sgb3(1, "96201"), Sgb3(2, "337")]);
        result.Result.Report.Errors.ShouldBeEmpty();
        var map = result.Result.Reidentification;
        map.ByJobCentre.Keys.Order(StringComparer.Ordinal).ShouldBe(["96201", "agency-337", "agency-96201"]);
        map.ByJobCentre["agency-337"].ShouldHaveSingleItem().CustomerNumber.ShouldBe("962D123458");
        ReidentificationKit.FileNameOf("agency-337").ShouldBe("agency-337" + ReidentificationKit.FileExtension);
    }

    // Class 11 of issue 17: a job centre id is a record value; the message names the record's line instead.
    [Fact]
    public void Kit_MissingCertificate_NamesTheLineNotTheJobCentreAndWritesNothing()
    {
        using var dir = new TempDirectory();
        using var signer = Certificate("Extract job");
        var map = new PseudonymizationPipeline(TestKeys.Key(), RecordPolicy.VkbDefault, new PseudonymizationOptions { Phase = "P1", CollectReidentification = true, ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { Enforce = false } })
            .PseudonymizeLines([SampleRecords.Line(0, jobCentre: "96201"), SampleRecords.Line(1, jobCentre: "96202")]).Result.Reidentification;
        using var first = Certificate("Jobcenter 96201");
        var message = Should.Throw<InvalidOperationException>(() => ReidentificationKit.WriteAll(map, new Dictionary<string, X509Certificate2> { ["96201"] = first }, RecipientTrust.Pin(first),
            Path.Combine(dir.Path, "kits"), "P1", TestKeys.Key().Fingerprint, signer, Clock)).Message;
        message.ShouldContain("line 2");
        message.ShouldNotContain("96202");
        Directory.Exists(Path.Combine(dir.Path, "kits")).ShouldBeFalse();
    }

    [Fact]
    public void Manifest_Parse_IsStrictAndNamesTheMemberNeverTheValue()
    {
        var valid = Encoding.UTF8.GetString(new ExportManifestSample().Bytes);
        Should.NotThrow(() => ExportManifest.Parse(Encoding.UTF8.GetBytes(valid)));
        foreach (var (broken, expected) in new[]
        {
            (valid.Replace("\"phase\": \"2025-P1\"", "\"phase\": null", StringComparison.Ordinal), "'phase'"),
            (valid.Replace("\"recordsRead\": 20", "\"recordsRead\": \"SECRET\"", StringComparison.Ordinal), "'recordsRead'"),
            (valid.Replace("\"phase\": \"2025-P1\"", "\"phase\": \"2025-P1\", \"phase\": \"SECRET\"", StringComparison.Ordinal), "line"),
            (valid[..(valid.Length / 2)], "line"),
            ("{\"format\": \"SECRET\u0000\"}", "line"),
            ("{\"format\": \"SECRET\"}", "format"),
        })
        {
            var message = Should.Throw<FormatException>(() => ExportManifest.Parse(Encoding.UTF8.GetBytes(broken))).Message;
            message.ShouldContain(expected);
            message.ShouldNotContain("SECRET");
        }
    }

    private sealed class ExportManifestSample
    {
        public byte[] Bytes { get; }

        public ExportManifestSample()
        {
            var (dir, output, result) = Export().GetAwaiter().GetResult();
            using (dir)
            {
                Bytes = ExportManifest.Create(output, result.Report, Clock).ToJsonBytes();
            }
        }
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
        ex.Failures.ShouldContain("VkbPseudonymizationOptions.KeyFile '/nonexistent/key' does not exist.");
        ex.Failures.ShouldContain(f => f.StartsWith("VkbPseudonymizationOptions.Phase", StringComparison.Ordinal));
    }
}
