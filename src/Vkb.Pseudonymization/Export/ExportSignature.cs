using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using NodaTime;

namespace Vkb.Pseudonymization.Export;

/// <summary>
/// Signs an export manifest as a detached CMS (PKCS #7) signature with SHA-256 and a signed signing-time
/// attribute, and verifies an export against a trust anchor (<see cref="SignerTrust"/>): that the signature
/// matches the manifest, that the signer is trusted and its certificate was valid at the signing time with a
/// key usage that allows signing, then the output file's size and SHA-256 and every listed kit's SHA-256.
/// Any changed byte of output, manifest or kit fails verification; so does a signer nobody trusted.
/// </summary>
/// <remarks>Thread safety: all members are thread-safe.</remarks>
public static partial class ExportSignature
{
    /// <summary>The largest detached signature the CLI reads, in bytes.</summary>
    public const int MaxSignatureBytes = 256 * 1024;

    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    /// <summary>Signs manifest bytes at <paramref name="signingTime"/>.</summary>
    /// <param name="manifest">The manifest bytes (<see cref="ExportManifest.ToJsonBytes"/>).</param>
    /// <param name="certificate">The signer's certificate with private key.</param>
    /// <param name="signingTime">The signing time, written as a signed attribute and checked against the certificate.</param>
    /// <returns>The DER-encoded detached CMS signature.</returns>
    /// <exception cref="ArgumentException">The certificate has no private key, does not allow signing, or is not valid at <paramref name="signingTime"/>.</exception>
    public static byte[] Sign(byte[] manifest, X509Certificate2 certificate, Instant signingTime)
    {
        Preconditions.CheckNotNull(manifest);
        return SignCms(manifest, certificate, signingTime, detached: true);
    }

    /// <summary>
    /// Writes <c>{output}.manifest.json</c> and <c>{output}.manifest.p7s</c> beside the output file, and the kits
    /// the manifest lists into <paramref name="kitDirectory"/>, all together or none (mode 0600, see docs/security.md).
    /// </summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="outputPath">The output file the manifest describes.</param>
    /// <param name="certificate">The signer's certificate with private key.</param>
    /// <param name="kits">The kits of <paramref name="manifest"/>, or null.</param>
    /// <param name="kitDirectory">Where the kits go; required with <paramref name="kits"/>.</param>
    /// <returns>The manifest and signature paths.</returns>
    /// <exception cref="ArgumentException">The kits are not those the manifest lists, or the certificate cannot sign.</exception>
    /// <exception cref="IOException">A target cannot be written (nothing is left behind).</exception>
    public static (string ManifestPath, string SignaturePath) WriteSigned(ExportManifest manifest, string outputPath, X509Certificate2 certificate,
        IReadOnlyList<SealedKit>? kits = null, string? kitDirectory = null)
    {
        Preconditions.CheckNotNull(manifest);
        Preconditions.CheckNotNull(outputPath);
        kits ??= [];
        Preconditions.CheckArgument(kits.Count == 0 || kitDirectory is not null, "Kits need a kit directory.");
        Preconditions.CheckArgument(
            kits.Select(k => (k.FileName, k.Sha256)).Order().SequenceEqual(manifest.Kits.Select(k => (k.FileName, k.Sha256)).Order()),
            "The kits are not the ones the manifest lists.");
        var bytes = manifest.ToJsonBytes();
        var signature = Sign(bytes, certificate, manifest.CreatedAt);
        var manifestPath = outputPath + ".manifest.json";
        var signaturePath = outputPath + ".manifest.p7s";
        using var transaction = new FileTransaction();
        if (kits.Count > 0)
        {
            ReidentificationKit.CheckKitDirectory(kitDirectory!);
            foreach (var kit in kits)
            {
                transaction.Stage(Path.Combine(kitDirectory!, kit.FileName), kit.ToArray());
            }
        }

        transaction.Stage(manifestPath, bytes);
        transaction.Stage(signaturePath, signature);
        transaction.Commit();
        return (manifestPath, signaturePath);
    }

    /// <summary>
    /// Verifies an export: the manifest's signature and signer (see <see cref="VerifyManifest"/>), then size and
    /// hash of the output and, if <paramref name="kitDirectory"/> is given, that every kit the manifest lists is
    /// there unchanged and no other kit is.
    /// </summary>
    /// <param name="outputPath">The output file.</param>
    /// <param name="manifest">The manifest bytes.</param>
    /// <param name="signature">The detached CMS signature.</param>
    /// <param name="trust">Who may sign (required: the certificate embedded in the signature is never trusted for itself).</param>
    /// <param name="kitDirectory">The kit directory of the export, or null to skip the kits.</param>
    /// <returns>The result with every problem found (no record values: kits are named by their position in the manifest).</returns>
    public static ExportVerification Verify(string outputPath, byte[] manifest, byte[] signature, SignerTrust trust, string? kitDirectory = null)
    {
        Preconditions.CheckNotNull(outputPath);
        var (problems, parsed, signer) = VerifyManifestCore(manifest, signature, trust);
        if (parsed is not null)
        {
            if (!File.Exists(outputPath))
            {
                problems.Add("The output file does not exist.");
            }
            else
            {
                var (hash, size) = ExportManifest.HashFile(outputPath, parsed.OutputBytes);
                if (size != parsed.OutputBytes)
                {
                    problems.Add("The output file's size differs from the manifest.");
                }

                if (!string.Equals(hash, parsed.OutputSha256, StringComparison.Ordinal))
                {
                    problems.Add("The output file's SHA-256 differs from the manifest (the output changed).");
                }
            }

            if (kitDirectory is not null)
            {
                VerifyKits(parsed, kitDirectory, problems);
            }
        }

        return new ExportVerification(problems.Count == 0, problems, parsed, signer?.Subject);
    }

    /// <summary>Verifies a manifest and its signature without the output file (as a job centre does before opening its kit).</summary>
    /// <param name="manifest">The manifest bytes.</param>
    /// <param name="signature">The detached CMS signature.</param>
    /// <param name="trust">Who may sign.</param>
    /// <returns>The result; <see cref="ExportVerification.Manifest"/> is set whenever the manifest parsed.</returns>
    public static ExportVerification VerifyManifest(byte[] manifest, byte[] signature, SignerTrust trust)
    {
        var (problems, parsed, signer) = VerifyManifestCore(manifest, signature, trust);
        return new ExportVerification(problems.Count == 0, problems, parsed, signer?.Subject);
    }

    internal static (List<string> Problems, ExportManifest? Manifest, X509Certificate2? Signer) VerifyManifestCore(byte[] manifest, byte[] signature, SignerTrust trust)
    {
        Preconditions.CheckNotNull(manifest);
        Preconditions.CheckNotNull(signature);
        Preconditions.CheckNotNull(trust);
        var problems = new List<string>();
        var cms = new SignedCms(new ContentInfo(manifest), detached: true);
        var signer = CheckCms(cms, signature, trust, problems);
        ExportManifest? parsed = null;
        try
        {
            parsed = ExportManifest.Parse(manifest);
        }
        catch (FormatException ex)
        {
            problems.Add("The manifest is not a valid manifest: " + ex.Message);
        }

        return (problems, parsed, signer);
    }

    /// <summary>Decodes and checks a CMS signature: one signer, signature valid, signing time present, signer trusted then.</summary>
    /// <returns>The signer certificate if the signature is cryptographically valid (even if not trusted), else null.</returns>
    internal static X509Certificate2? CheckCms(SignedCms cms, byte[] encoded, SignerTrust trust, List<string> problems)
    {
        try
        {
            cms.Decode(encoded);
            if (cms.SignerInfos.Count != 1)
            {
                problems.Add("The signature must have exactly one signer.");
                return null;
            }

            var info = cms.SignerInfos[0];
            info.CheckSignature(verifySignatureOnly: true);
            var certificate = info.Certificate;
            if (certificate is null)
            {
                problems.Add("The signature does not hold its signer's certificate.");
                return null;
            }

            var signingTime = info.SignedAttributes.Cast<CryptographicAttributeObject>()
                .Where(a => a.Oid.Value == "1.2.840.113549.1.9.5")
                .SelectMany(a => a.Values.Cast<AsnEncodedData>())
                .Select(v => new Pkcs9SigningTime(v.RawData).SigningTime.ToUniversalTime())
                .ToList();
            if (signingTime.Count != 1)
            {
                problems.Add("The signature has no single signed signing time.");
                return certificate;
            }

            if (trust.Check(certificate, cms.Certificates, signingTime[0]) is { } distrust)
            {
                problems.Add(distrust);
            }

            return certificate;
        }
        catch (CryptographicException)
        {
            problems.Add("The signature does not match the signed content (content or signature changed, or not a CMS signature).");
            return null;
        }
    }

    internal static byte[] SignCms(byte[] content, X509Certificate2 certificate, Instant signingTime, bool detached)
    {
        Preconditions.CheckNotNull(certificate);
        Preconditions.CheckArgument(certificate.HasPrivateKey, "The signing certificate needs its private key.", nameof(certificate));
        Preconditions.CheckArgument(SignerTrust.CanSign(certificate), "The signing certificate's key usage does not allow digital signatures.", nameof(certificate));
        var at = signingTime.ToDateTimeUtc();
        Preconditions.CheckArgument(at >= certificate.NotBefore.ToUniversalTime() && at <= certificate.NotAfter.ToUniversalTime(),
            "The signing certificate is not valid at the signing time (expired or not yet valid).", nameof(certificate));
        var cms = new SignedCms(new ContentInfo(content), detached);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new Pkcs9SigningTime(at));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    private static void VerifyKits(ExportManifest manifest, string kitDirectory, List<string> problems)
    {
        if (!Directory.Exists(kitDirectory))
        {
            problems.Add("The kit directory does not exist.");
            return;
        }

        for (var i = 0; i < manifest.Kits.Count; i++)
        {
            var path = Path.Combine(kitDirectory, manifest.Kits[i].FileName);
            if (!File.Exists(path))
            {
                problems.Add($"Kit {i + 1} of the manifest is missing.");
            }
            else if (!string.Equals(ExportManifest.HashFile(path, ReidentificationKit.MaxBytes).Hash, manifest.Kits[i].Sha256, StringComparison.Ordinal))
            {
                problems.Add($"Kit {i + 1} of the manifest was changed (its SHA-256 differs).");
            }
        }

        var listed = manifest.Kits.Select(k => k.FileName).ToHashSet(StringComparer.Ordinal);
        var unlisted = Directory.EnumerateFiles(kitDirectory, "*" + ReidentificationKit.FileExtension).Count(f => !listed.Contains(Path.GetFileName(f)));
        if (unlisted > 0)
        {
            problems.Add($"{unlisted} kit file(s) in the kit directory are not listed in the manifest (another run or phase, or forged).");
        }
    }
}

/// <summary>The result of verifying an export.</summary>
/// <param name="IsValid">Whether signature, signer, size and hashes all check out.</param>
/// <param name="Problems">Every problem found (no record values).</param>
/// <param name="Manifest">The parsed manifest, if it parsed (even when the signature failed: do not rely on it then).</param>
/// <param name="Signer">The signer certificate's subject, if the signature decoded.</param>
public sealed record ExportVerification(bool IsValid, IReadOnlyList<string> Problems, ExportManifest? Manifest, string? Signer);
