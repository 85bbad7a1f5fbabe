using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Vkb.Synthetic;
using Vkb.Tests;

namespace Vkb.Cli.Tests;

/// <summary>
/// Issue 17 at the command line: trusted signers (class 1), safe temporary files (6), all-or-nothing
/// runs (7), bounded reads (8), no record value in a message (11) and owner-only file modes (12).
/// Each test fails without its fix (the mutation is named in the test's comment).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HardeningTests : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly CliWorkspace _workspace = new("vkb-harden-");

    public void Dispose() => _workspace.Dispose();

    private string PathOf(string name) => _workspace.PathOf(name);

    private static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) => CliWorkspace.RunAsync(args);

    /// <summary>An extract, a key, the export signer (PFX and public certificate) and one certificate per job centre.</summary>
    private async Task<Setup> PrepareAsync(int records = 60)
    {
        // Job centres only: kits are keyed by jobCentre.id, and SGB III (agency) cases have no kit unit yet (open defect, see the closing note of this change).
        var generator = new ExtractGenerator(ExtractShape.Small.WithAgenciesPerDirectorate(0).WithRecords(records), seed: 11);
        var (input, key) = await _workspace.WriteExtractAndKeyAsync(generator);
        using var signer = TestCertificates.SelfSigned("Extract job");
        await File.WriteAllBytesAsync(PathOf("export.pfx"), signer.Export(X509ContentType.Pfx));
        await File.WriteAllBytesAsync(PathOf("export.cer"), signer.Export(X509ContentType.Cert));
        using var authority = KitCertificates.Authority();
        await KitCertificates.WriteAsync(authority, PathOf("certs"), PathOf("kit-ca.cer"), generator.JobCentres.Select(j => j.Id));

        return new Setup(input, key, generator);
    }

    private sealed record Setup(string Input, string Key, ExtractGenerator Generator);

    private string[] Pseudonymize(Setup setup, params string[] extra) =>
    [
        "pseudonymize", "--in", setup.Input, "--out", PathOf("pseudo.jsonl"), "--key-file", setup.Key, "--phase", "2025-1", "--k", "1", // k = 1: these tests are about files and signatures, not P9 (12 flagged records of 60)
        "--sign-cert", PathOf("export.pfx"), "--kits", PathOf("kits"), "--kit-certs", PathOf("certs"), "--kit-ca", PathOf("kit-ca.cer"), .. extra,
    ];

    private string[] VerifyExport(params string[] extra) =>
    [
        "verify-export", "--out", PathOf("pseudo.jsonl"), "--manifest", PathOf("pseudo.jsonl.manifest.json"), "--signature", PathOf("pseudo.jsonl.manifest.p7s"), .. extra,
    ];

    private List<string> Listing() => _workspace.Listing();

    // Class 1. Mutation: LoadTrust returns a trust of the embedded certificate when no anchor is given → exit 0, red.
    [Fact]
    [Trait("Rule", "P5")]
    public async Task VerifyExport_WithoutTrustAnchor_RefusesWithExitTwo_AndASelfMadeSignerFails()
    {
        var setup = await PrepareAsync();
        (await RunAsync(Pseudonymize(setup))).ExitCode.ShouldBe(0);
        var none = await RunAsync(VerifyExport());
        none.ExitCode.ShouldBe(2);
        none.Error.ShouldContain("needs a trust anchor");

        (await RunAsync(VerifyExport("--signer-cert", PathOf("export.cer"), "--kits", PathOf("kits")))).ExitCode.ShouldBe(0);
        var store = Directory.CreateDirectory(PathOf("store"));
        File.Copy(PathOf("export.cer"), Path.Combine(store.FullName, "signer.cer"));
        (await RunAsync(VerifyExport("--trust-store", store.FullName))).ExitCode.ShouldBe(0);

        // Someone with file access re-signs the manifest with a self-made certificate of the same subject.
        using var forger = TestCertificates.SelfSigned("Extract job");
        await File.WriteAllBytesAsync(PathOf("pseudo.jsonl.manifest.p7s"),
            TestCertificates.RawSign(await File.ReadAllBytesAsync(PathOf("pseudo.jsonl.manifest.json")), forger, new DateTime(2025, 4, 30, 12, 0, 0, DateTimeKind.Utc)));
        var forged = await RunAsync(VerifyExport("--signer-cert", PathOf("export.cer")));
        forged.ExitCode.ShouldBe(1);
        forged.Out.ShouldContain("not the trusted certificate");
    }

    // Class 6. Mutation: SafeFile.CheckTarget without the link check and CreateTemp with FileMode.Create → the linked file is overwritten, red.
    [Fact]
    public async Task Outputs_PlantedSymlinkAtTheTarget_IsRefusedAndTheLinkedFileUntouched()
    {
        var setup = await PrepareAsync();
        var victim = PathOf("victim.txt");
        await File.WriteAllTextAsync(victim, "precious");
        File.CreateSymbolicLink(PathOf("pseudo.jsonl"), victim);
        var (exitCode, _, error) = await RunAsync("pseudonymize", "--in", setup.Input, "--out", PathOf("pseudo.jsonl"), "--key-file", setup.Key, "--phase", "2025-1");
        exitCode.ShouldBe(2);
        error.ShouldContain("symbolic link");
        (await File.ReadAllTextAsync(victim)).ShouldBe("precious");
        new FileInfo(PathOf("pseudo.jsonl")).LinkTarget.ShouldBe(victim);
        Directory.GetFiles(_workspace.FullName, "*.vkbtmp", SearchOption.AllDirectories).ShouldBeEmpty();

        // The same for a protocol written through AtomicFile.
        File.CreateSymbolicLink(PathOf("report.json"), victim);
        (await RunAsync("pseudonymize", "--in", setup.Input, "--out", PathOf("other.jsonl"), "--key-file", setup.Key, "--phase", "2025-1", "--report", PathOf("report.json"))).ExitCode.ShouldBe(2);
        (await File.ReadAllTextAsync(victim)).ShouldBe("precious");
        File.Exists(PathOf("other.jsonl")).ShouldBeFalse();
    }

    // Class 6. Mutation: the old name `.{name}.{pid}.tmp` with FileMode.Create → names repeat and a pre-planted link is followed, red.
    [Fact]
    public void SafeFile_TemporaryFiles_AreRandomExclusiveOwnerOnly_AndStaleOnesOfDeadRunsAreRemoved()
    {
        var target = PathOf("out.json");
        using var first = SafeFile.CreateTemp(target, out var firstPath);
        using var second = SafeFile.CreateTemp(target, out var secondPath);
        firstPath.ShouldNotBe(secondPath);
        Path.GetDirectoryName(firstPath).ShouldBe(_workspace.FullName);
        File.GetUnixFileMode(firstPath).ShouldBe(OwnerOnly);

        // A run that was killed (its process is gone) left a temporary file; the next write removes it.
        using var gone = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        gone.WaitForExit();
        var stale = PathOf($".out.json.{gone.Id}.{new string('a', 32)}.vkbtmp");
        File.WriteAllText(stale, "partial");
        var live = PathOf($".out.json.{Environment.ProcessId}.{new string('b', 32)}.vkbtmp");
        File.WriteAllText(live, "in progress");
        SafeFile.WriteAtomic(target, [1, 2, 3]);
        File.Exists(stale).ShouldBeFalse();
        File.Exists(live).ShouldBeTrue();
        File.GetUnixFileMode(target).ShouldBe(OwnerOnly);
    }

    // Class 7. Mutation: reserve the targets after the pipeline run instead of before → out.jsonl or kits are left behind, red.
    [Theory]
    [InlineData("report-unwritable")]
    [InlineData("kits-is-a-file")]
    [InlineData("manifest-is-a-directory")]
    [InlineData("ec-kit-certificate")]
    [InlineData("expired-kit-certificate")]
    [InlineData("kit-certificate-missing")]
    public async Task Pseudonymize_AnyPreconditionFails_LeavesNothingBehind(string failure)
    {
        var setup = await PrepareAsync();
        string[] extra = [];
        var firstJobCentre = setup.Generator.JobCentres.Select(j => j.Id).Order(StringComparer.Ordinal).First();
        switch (failure)
        {
            case "report-unwritable":
                extra = ["--report", "/proc/vkb-cannot-write-here/report.json"];
                break;
            case "kits-is-a-file":
                await File.WriteAllTextAsync(PathOf("kits"), "a file");
                break;
            case "manifest-is-a-directory":
                Directory.CreateDirectory(PathOf("pseudo.jsonl.manifest.json"));
                break;
            case "ec-kit-certificate":
            {
                using var ec = TestCertificates.EllipticCurve("Jobcenter");
                await File.WriteAllBytesAsync(Path.Combine(PathOf("certs"), firstJobCentre + ".cer"), ec.Export(X509ContentType.Cert));
                break;
            }

            case "expired-kit-certificate":
            {
                using var expired = TestCertificates.SelfSigned("Jobcenter", DateTimeOffset.UnixEpoch.AddYears(40), DateTimeOffset.UnixEpoch.AddYears(41));
                await File.WriteAllBytesAsync(Path.Combine(PathOf("certs"), firstJobCentre + ".cer"), expired.Export(X509ContentType.Cert));
                break;
            }

            default:
                File.Delete(Path.Combine(PathOf("certs"), firstJobCentre + ".cer"));
                break;
        }

        var before = Listing();
        var (exitCode, output, error) = await RunAsync(Pseudonymize(setup, extra));
        exitCode.ShouldBe(2, error);
        error.ShouldStartWith("vkb: --");
        error.ShouldNotContain("   at ");
        output.ShouldBeEmpty();
        Listing().ShouldBe(before);
    }

    // Class 11. Mutation: the old message "No certificate for job centre(s): " + ids → the id appears, red.
    [Fact]
    public async Task Pseudonymize_MissingKitCertificate_NamesTheLineNeverTheJobCentreId()
    {
        var setup = await PrepareAsync();
        var ids = setup.Generator.JobCentres.Select(j => j.Id).ToList();
        foreach (var id in ids.Skip(1))
        {
            File.Delete(Path.Combine(PathOf("certs"), id + ".cer"));
        }

        var (exitCode, _, error) = await RunAsync(Pseudonymize(setup));
        exitCode.ShouldBe(2);
        error.ShouldContain("line ");
        foreach (var id in ids)
        {
            error.ShouldNotContain(id);
        }
    }

    // Class 8. Mutation: PseudonymizationKey.FromFile with File.ReadAllText → /dev/zero exhausts memory; CliOptions.ReadBounded with File.ReadAllBytes → the same for the manifest.
    [Fact]
    public async Task Inputs_DevZeroAsKeyManifestSignatureOrCertificate_FailFastWithExitTwo()
    {
        var setup = await PrepareAsync(20);
        var key = await RunAsync("pseudonymize", "--in", setup.Input, "--out", PathOf("o.jsonl"), "--key-file", "/dev/zero", "--phase", "P1");
        key.ExitCode.ShouldBe(2);
        key.Error.ShouldContain("larger than the limit");
        (await RunAsync(Pseudonymize(setup))).ExitCode.ShouldBe(0);
        foreach (var args in new[]
        {
            VerifyExport("--signer-cert", "/dev/zero"),
            new[] { "verify-export", "--out", PathOf("pseudo.jsonl"), "--manifest", "/dev/zero", "--signature", PathOf("pseudo.jsonl.manifest.p7s"), "--signer-cert", PathOf("export.cer") },
            new[] { "verify-export", "--out", PathOf("pseudo.jsonl"), "--manifest", PathOf("pseudo.jsonl.manifest.json"), "--signature", "/dev/zero", "--signer-cert", PathOf("export.cer") },
        })
        {
            var (exitCode, _, error) = await RunAsync(args);
            exitCode.ShouldBe(2, error);
            error.ShouldContain("larger than");
        }
    }

    // Class 12. Mutation: UnixCreateMode removed from SafeFile.CreateTemp and the umask call removed → 0644, red.
    [Fact]
    public async Task Outputs_AreOwnerOnly_AndAKeyReadableByOthersIsWarnedAbout()
    {
        var setup = await PrepareAsync();
        var (exitCode, _, error) = await RunAsync(Pseudonymize(setup, "--report", PathOf("run.json")));
        exitCode.ShouldBe(0, error);
        error.ShouldNotContain("warning");
        foreach (var file in new[] { "pseudo.jsonl", "pseudo.jsonl.manifest.json", "pseudo.jsonl.manifest.p7s", "run.json", "vkb.key" }
            .Select(PathOf).Concat(Directory.GetFiles(PathOf("kits"))))
        {
            File.GetUnixFileMode(file).ShouldBe(OwnerOnly, file);
        }

        File.GetUnixFileMode(PathOf("kits")).ShouldBe(OwnerOnly | UnixFileMode.UserExecute);

        var ledger = PathOf("ledger.db");
        var ledgerKey = PathOf("ledger.key");
        (await RunAsync("keygen", "--out", ledgerKey)).ExitCode.ShouldBe(0);
        (await RunAsync("grants", "roles", "assign", "--db", ledger, "--ledger-key", ledgerKey, "--unit", "NRW", "--person", "mgr-1", "--role", "line-manager",
            "--from", "2025-01-01", "--by", "admin-1")).ExitCode.ShouldBe(0);
        (await RunAsync("grants", "request", "--db", ledger, "--ledger-key", ledgerKey, "--grantee", "staff-1", "--unit", "NRW", "--from", "2025-06-01", "--to", "2025-06-30",
            "--requested-by", "mgr-1", "--on", "2025-05-20")).ExitCode.ShouldBe(0);
        File.GetUnixFileMode(ledger).ShouldBe(OwnerOnly);

        File.SetUnixFileMode(setup.Key, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var loose = await RunAsync("pseudonymize", "--in", setup.Input, "--out", PathOf("again.jsonl"), "--key-file", setup.Key, "--phase", "2025-1", "--k", "1");
        loose.ExitCode.ShouldBe(0);
        loose.Error.ShouldContain("warning: --key-file");
        loose.Error.ShouldContain("chmod 600");
    }
}
