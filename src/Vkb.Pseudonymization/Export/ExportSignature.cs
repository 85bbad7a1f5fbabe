using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Vkb.Pseudonymization.Export;

/// <summary>
/// Signs an export manifest as a detached CMS (PKCS #7) signature with SHA-256, and verifies an export:
/// signature over the manifest, then the output file's size and SHA-256 against the manifest. Any changed
/// byte of output or manifest fails verification.
/// </summary>
public static partial class ExportSignature
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1");

    /// <summary>Signs manifest bytes.</summary>
    /// <param name="manifest">The manifest bytes (<see cref="ExportManifest.ToJsonBytes"/>).</param>
    /// <param name="certificate">The signer's certificate with private key.</param>
    /// <returns>The DER-encoded detached CMS signature.</returns>
    /// <exception cref="ArgumentException">The certificate has no private key.</exception>
    public static byte[] Sign(byte[] manifest, X509Certificate2 certificate)
    {
        Preconditions.CheckNotNull(manifest);
        Preconditions.CheckNotNull(certificate);
        Preconditions.CheckArgument(certificate.HasPrivateKey, "The signing certificate needs its private key.", nameof(certificate));
        var cms = new SignedCms(new ContentInfo(manifest), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = Sha256,
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>Writes <c>{output}.manifest.json</c> and <c>{output}.manifest.p7s</c> beside the output file.</summary>
    /// <param name="manifest">The manifest.</param>
    /// <param name="outputPath">The output file the manifest describes.</param>
    /// <param name="certificate">The signer's certificate with private key.</param>
    /// <returns>The manifest and signature paths.</returns>
    public static (string ManifestPath, string SignaturePath) WriteSigned(ExportManifest manifest, string outputPath, X509Certificate2 certificate)
    {
        Preconditions.CheckNotNull(manifest);
        Preconditions.CheckNotNull(outputPath);
        var bytes = manifest.ToJsonBytes();
        var manifestPath = outputPath + ".manifest.json";
        var signaturePath = outputPath + ".manifest.p7s";
        File.WriteAllBytes(manifestPath, bytes);
        File.WriteAllBytes(signaturePath, Sign(bytes, certificate));
        return (manifestPath, signaturePath);
    }

    /// <summary>Verifies an export: signature over the manifest, then size and hash of the output.</summary>
    /// <param name="outputPath">The output file.</param>
    /// <param name="manifest">The manifest bytes.</param>
    /// <param name="signature">The detached CMS signature.</param>
    /// <param name="expectedSigner">If given, the signer certificate must have this thumbprint (pinning); the chain is not built.</param>
    /// <returns>The result with every problem found.</returns>
    public static ExportVerification Verify(string outputPath, byte[] manifest, byte[] signature, X509Certificate2? expectedSigner = null)
    {
        Preconditions.CheckNotNull(outputPath);
        Preconditions.CheckNotNull(manifest);
        Preconditions.CheckNotNull(signature);
        var problems = new List<string>();
        string? signer = null;
        try
        {
            var cms = new SignedCms(new ContentInfo(manifest), detached: true);
            cms.Decode(signature);
            cms.CheckSignature(verifySignatureOnly: true);
            var certificate = cms.SignerInfos[0].Certificate;
            signer = certificate?.Subject;
            if (expectedSigner is not null && !string.Equals(certificate?.Thumbprint, expectedSigner.Thumbprint, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add("The manifest is signed by another certificate than the expected one.");
            }
        }
        catch (CryptographicException)
        {
            problems.Add("The signature does not match the manifest (manifest or signature changed).");
        }

        ExportManifest? parsed = null;
        try
        {
            parsed = ExportManifest.Parse(manifest);
        }
        catch (FormatException)
        {
            problems.Add("The manifest is not a valid manifest.");
        }

        if (parsed is not null)
        {
            if (!File.Exists(outputPath))
            {
                problems.Add("The output file does not exist.");
            }
            else
            {
                var (hash, size) = ExportManifest.HashFile(outputPath);
                if (size != parsed.OutputBytes)
                {
                    problems.Add("The output file's size differs from the manifest.");
                }

                if (!string.Equals(hash, parsed.OutputSha256, StringComparison.Ordinal))
                {
                    problems.Add("The output file's SHA-256 differs from the manifest (the output changed).");
                }
            }
        }

        return new ExportVerification(problems.Count == 0, problems, parsed, signer);
    }
}

/// <summary>The result of verifying an export.</summary>
/// <param name="IsValid">Whether signature, size and hash all check out.</param>
/// <param name="Problems">Every problem found (no record values).</param>
/// <param name="Manifest">The parsed manifest, if it parsed.</param>
/// <param name="Signer">The signer certificate's subject, if the signature decoded.</param>
public sealed record ExportVerification(bool IsValid, IReadOnlyList<string> Problems, ExportManifest? Manifest, string? Signer);
