using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Vkb.Synthetic;
using Vkb.Tests;

namespace Vkb.Cli.Tests;

/// <summary>
/// Review finding H2 of session 16 at the command line (P6, docs/security.md: "someone with file access ... must not
/// be able to plant a kit that opens"): a kit certificate must chain to the CA named by <c>--kit-ca</c>, name the unit
/// its file is for, and be the only file for that unit. The first three tests are the review's reproductions; each
/// ran green against the code before this change (exit 0, kit sealed to the planted certificate).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class KitTrustCommandTests : IDisposable
{
    private readonly CliWorkspace _workspace = new("vkb-kittrust-");

    public void Dispose() => _workspace.Dispose();

    private string PathOf(string name) => _workspace.PathOf(name);

    private static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) => CliWorkspace.RunAsync(args);

    private async Task<List<string>> PrepareAsync()
    {
        var generator = new ExtractGenerator(ExtractShape.Small.WithAgenciesPerDirectorate(0).WithRecords(60), seed: 11);
        await _workspace.WriteExtractAndKeyAsync(generator);
        using var signer = TestCertificates.SelfSigned("Extract job");
        await File.WriteAllBytesAsync(PathOf("export.pfx"), signer.Export(X509ContentType.Pfx));
        await File.WriteAllBytesAsync(PathOf("export.cer"), signer.Export(X509ContentType.Cert));
        using var authority = KitCertificates.Authority();
        var units = generator.JobCentres.Select(j => j.Id).Order(StringComparer.Ordinal).ToList();
        await KitCertificates.WriteAsync(authority, PathOf("certs"), PathOf("kit-ca.cer"), units);
        return units;
    }

    private string[] Pseudonymize(params string[] trust) =>
    [
        "pseudonymize", "--in", PathOf("extract.jsonl"), "--out", PathOf("pseudo.jsonl"), "--key-file", PathOf("vkb.key"), "--phase", "2025-1", "--k", "1",
        "--sign-cert", PathOf("export.pfx"), "--kits", PathOf("kits"), "--kit-certs", PathOf("certs"), .. trust,
    ];

    private async Task<string> RefusedAsync(params string[] trust)
    {
        var before = _workspace.Listing();
        var (exitCode, output, error) = await RunAsync(Pseudonymize(trust));
        exitCode.ShouldBe(2, error);
        output.ShouldBeEmpty();
        error.ShouldNotContain("   at ");
        _workspace.Listing().ShouldBe(before);
        Directory.Exists(PathOf("kits")).ShouldBeFalse();
        return error;
    }

    [Fact]
    [Trait("Rule", "P6")]
    public async Task Pseudonymize_WithTheKitCa_SealsKitsThatOpenWithTheirOwnKeyOnly()
    {
        var units = await PrepareAsync();
        var (exitCode, _, error) = await RunAsync(Pseudonymize("--kit-ca", PathOf("kit-ca.cer")));
        exitCode.ShouldBe(0, error);
        Directory.GetFiles(PathOf("kits"), "*.vkbkit").Length.ShouldBe(units.Count);
    }

    // Reproduction 1: `cp certs/10101.cer certs/10001.cer`.
    // Mutation: LoadKitCertificates calls ReidentificationKit.CheckRecipient (the check before this change) instead of
    // trust.Check → the extract is read and the run fails late, not naming the file and unit, red.
    [Fact]
    [Trait("Rule", "P6")]
    public async Task Pseudonymize_AnotherUnitsCertificateCopiedUnderThisUnitsName_IsRefused()
    {
        var units = await PrepareAsync();
        File.Copy(Path.Combine(PathOf("certs"), units[1] + ".cer"), Path.Combine(PathOf("certs"), units[0] + ".cer"), overwrite: true);
        var error = await RefusedAsync("--kit-ca", PathOf("kit-ca.cer"));
        error.ShouldStartWith($"vkb: --kit-certs: '{units[0]}.cer' (unit '{units[0]}'): ");
        error.ShouldContain("names another unit");
    }

    // Reproduction 2: a self-made certificate (openssl req -x509 -subj /CN=Anyone) saved as UNIT.pem.
    // Mutation: as above (CheckRecipient instead of trust.Check in LoadKitCertificates) → both red.
    [Theory]
    [Trait("Rule", "P6")]
    [InlineData("Anyone")]
    [InlineData("Jobcenter {0}")]
    public async Task Pseudonymize_SelfMadeCertificateForAUnit_IsRefused(string subject)
    {
        var units = await PrepareAsync();
        File.Delete(Path.Combine(PathOf("certs"), units[0] + ".cer"));
        using var selfMade = TestCertificates.SelfSigned(string.Format(System.Globalization.CultureInfo.InvariantCulture, subject, units[0]));
        await File.WriteAllTextAsync(Path.Combine(PathOf("certs"), units[0] + ".pem"), selfMade.ExportCertificatePem());
        var error = await RefusedAsync("--kit-ca", PathOf("kit-ca.cer"));
        error.ShouldStartWith($"vkb: --kit-certs: '{units[0]}.pem' (unit '{units[0]}'): ");
        error.ShouldContain(subject == "Anyone" ? "names another unit" : "does not chain to a trusted kit CA");
    }

    // Reproduction 3: UNIT.pem added next to the genuine UNIT.cer silently replaced it (.pem sorts after .cer).
    // Mutation: drop the fileOf check in LoadKitCertificates (the later file overwrites) → exit 0, red.
    [Fact]
    [Trait("Rule", "P6")]
    public async Task Pseudonymize_TwoFilesForOneUnit_IsRefused()
    {
        var units = await PrepareAsync();
        File.Copy(Path.Combine(PathOf("certs"), units[0] + ".cer"), Path.Combine(PathOf("certs"), units[0] + ".pem"));
        var error = await RefusedAsync("--kit-ca", PathOf("kit-ca.cer"));
        error.ShouldContain($"'{units[0]}.cer' and '{units[0]}.pem' are both for unit '{units[0]}'");
    }

    // Mutation: as above (CheckRecipient instead of trust.Check in LoadKitCertificates) → red.
    [Fact]
    [Trait("Rule", "P6")]
    public async Task Pseudonymize_CertificatesOfAnotherCaWithTheSameName_AreRefused()
    {
        var units = await PrepareAsync();
        using var other = KitCertificates.Authority();
        await File.WriteAllBytesAsync(PathOf("other-ca.cer"), other.Export(X509ContentType.Cert));
        var error = await RefusedAsync("--kit-ca", PathOf("other-ca.cer"));
        error.ShouldStartWith($"vkb: --kit-certs: '{units[0]}.cer' (unit '{units[0]}'): ");
        error.ShouldContain("does not chain to a trusted kit CA");
    }

    // Mutation: drop the "--kits needs --kit-ca" check → no clear "--kits needs --kit-ca" error, red.
    [Fact]
    [Trait("Rule", "P6")]
    public async Task Pseudonymize_KitsWithoutKitCa_IsRefusedWithAClearError()
    {
        await PrepareAsync();
        var error = await RefusedAsync();
        error.ShouldStartWith("vkb: --kits needs --kit-ca");
    }

    // A job centre's own certificate given as --kit-ca would pin that one certificate instead of naming a CA.
    // Mutation: LoadKitTrust without the IsAuthority check → the message no longer says what is wrong with --kit-ca, red.
    [Fact]
    [Trait("Rule", "P6")]
    public async Task Pseudonymize_KitCaThatIsNoCa_IsRefused()
    {
        var units = await PrepareAsync();
        var error = await RefusedAsync("--kit-ca", Path.Combine(PathOf("certs"), units[0] + ".cer"));
        error.ShouldStartWith($"vkb: --kit-ca: '{units[0]}.cer' is not a CA certificate");
    }

    private string[] VerifyExport(params string[] more) =>
    [
        "verify-export", "--out", PathOf("pseudo.jsonl"), "--manifest", PathOf("pseudo.jsonl.manifest.json"), "--signature", PathOf("pseudo.jsonl.manifest.p7s"),
        "--signer-cert", PathOf("export.cer"), "--kits", PathOf("kits"), .. more,
    ];

    // verify-export checks to whom the kits are sealed: an auditor with the units' certificates and the kit CA sees
    // a kit sealed to a certificate it does not know (here: every kit, since the auditor's set was issued anew).
    // Mutation: verify-export ignores --kit-certs (no VerifyKitRecipients call) → exit 0 for the foreign set, red.
    [Fact]
    [Trait("Rule", "P6")]
    public async Task VerifyExport_WithKitCertsAndKitCa_ChecksToWhomEachKitIsSealed()
    {
        var units = await PrepareAsync();
        var (exitCode, _, error) = await RunAsync(Pseudonymize("--kit-ca", PathOf("kit-ca.cer")));
        exitCode.ShouldBe(0, error);

        var ok = await RunAsync(VerifyExport("--kit-certs", PathOf("certs"), "--kit-ca", PathOf("kit-ca.cer")));
        ok.ExitCode.ShouldBe(0, ok.Error);
        ok.Out.ShouldStartWith("OK: ");

        using (var authority = KitCertificates.Authority())
        {
            await KitCertificates.WriteAsync(authority, PathOf("other-certs"), PathOf("other-ca.cer"), units);
        }

        var foreign = await RunAsync(VerifyExport("--kit-certs", PathOf("other-certs"), "--kit-ca", PathOf("other-ca.cer")));
        foreign.ExitCode.ShouldBe(1, foreign.Error);
        var failed = foreign.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        failed.Length.ShouldBe(units.Count);
        failed.ShouldAllBe(line => line.StartsWith("FAILED: --kits: Kit ", StringComparison.Ordinal) && line.EndsWith("is sealed to a certificate that is not among the recipients given.", StringComparison.Ordinal));

        var alone = await RunAsync(VerifyExport("--kit-certs", PathOf("certs")));
        alone.ExitCode.ShouldBe(2);
        alone.Error.ShouldStartWith("vkb: --kit-certs and --kit-ca go together");
    }
}

/// <summary>Kit certificates as a PKI issues them: a kit CA and, per unit, an RSA key-encipherment certificate naming the unit.</summary>
internal static class KitCertificates
{
    /// <summary>A self-signed kit CA (valid 2020-2030), always with the same name.</summary>
    public static X509Certificate2 Authority() => TestCertificates.Authority("BA Kit CA");

    /// <summary>A unit's certificate issued by <paramref name="authority"/>, <c>CN=Jobcenter UNIT</c>, or with the unit in <c>serialNumber</c> only.</summary>
    public static X509Certificate2 ForUnit(X509Certificate2 authority, string unit, bool inSerialNumber = false, string commonName = "Jobcenter") =>
        TestCertificates.ForUnit(authority, unit, inSerialNumber, commonName);

    /// <summary>Writes the CA's certificate to <paramref name="caPath"/> and one issued certificate per unit as <c>UNIT.cer</c> into <paramref name="directory"/>.</summary>
    public static async Task WriteAsync(X509Certificate2 authority, string directory, string caPath, IEnumerable<string> units)
    {
        await File.WriteAllBytesAsync(caPath, authority.Export(X509ContentType.Cert));
        Directory.CreateDirectory(directory);
        foreach (var unit in units)
        {
            using var certificate = ForUnit(authority, unit);
            await File.WriteAllBytesAsync(Path.Combine(directory, unit + ".cer"), certificate.Export(X509ContentType.Cert));
        }
    }
}
