using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using NodaTime;

namespace Vkb.Cli.Demo;

/// <summary>
/// Certificates made for one demo run: a self-signed export signer, and a demo kit CA that issues one
/// certificate per job centre (or agency) for its re-identification kit, naming the unit in its subject
/// (<c>serialNumber</c> and the last word of the CN, see <see cref="Vkb.Pseudonymization.Export.RecipientTrust.UnitOf"/>).
/// Real deployments use certificates from the BA's PKI; the demo writes the job centres' private keys next to
/// the kits only so that a reader can try opening one.
/// </summary>
internal static class DemoCertificates
{
    /// <summary>Makes an RSA-2048 certificate (enough for a demo; the BA PKI sets the real key sizes) valid for a year around <paramref name="now"/>.</summary>
    public static X509Certificate2 Create(string commonName, Instant now, bool forSigning)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}, O=Vkb Demo", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            forSigning ? X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation : X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment,
            true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var start = now.ToDateTimeOffset().AddDays(-1);
        using var certificate = request.CreateSelfSigned(start, start.AddYears(1));

        // Round-trip through PKCS#12 so that the private key is usable by CMS on every platform.
        var pfx = certificate.Export(X509ContentType.Pkcs12);
        return X509CertificateLoader.LoadPkcs12(pfx, password: null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>Makes the demo kit CA: a self-signed RSA-2048 CA certificate valid for two years around <paramref name="now"/>.</summary>
    public static X509Certificate2 CreateAuthority(string commonName, Instant now)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={commonName}, O=Vkb Demo", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var start = now.ToDateTimeOffset().AddDays(-2);
        using var certificate = request.CreateSelfSigned(start, start.AddYears(2));
        var pfx = certificate.Export(X509ContentType.Pkcs12);
        return X509CertificateLoader.LoadPkcs12(pfx, password: null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>
    /// Issues a unit's kit certificate from <paramref name="authority"/>: RSA-2048, key encipherment, valid for a year
    /// around <paramref name="now"/>, subject <c>CN=<paramref name="label"/> UNIT, serialNumber=UNIT</c>.
    /// </summary>
    public static X509Certificate2 IssueForUnit(X509Certificate2 authority, string label, string unit, Instant now)
    {
        ArgumentNullException.ThrowIfNull(authority);
        using var rsa = RSA.Create(2048);
        var name = new X500DistinguishedNameBuilder();
        name.AddOrganizationName("Vkb Demo");
        name.AddCommonName($"{label} {unit}");
        name.Add("2.5.4.5", unit, System.Formats.Asn1.UniversalTagNumber.UTF8String);
        var request = new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        var start = now.ToDateTimeOffset().AddDays(-1);
        using var issued = request.Create(authority, start, start.AddYears(1), RandomNumberGenerator.GetBytes(12));
        using var withKey = issued.CopyWithPrivateKey(rsa);
        var pfx = withKey.Export(X509ContentType.Pkcs12);
        return X509CertificateLoader.LoadPkcs12(pfx, password: null, X509KeyStorageFlags.Exportable);
    }

    /// <summary>
    /// Writes the public certificate (DER) and, if asked, the PKCS#12 with the private key, each atomically
    /// with mode 0600 in a directory created 0700.
    /// </summary>
    /// <remarks>
    /// The <c>.pfx</c> has no password on purpose: it holds a throwaway key made for this demo run only, so
    /// that a reader can open a kit, and a password would have to be written beside it (or printed) to be
    /// usable, which protects nothing. Its protection is the file mode 0600 and the directory mode 0700. Real
    /// deployments keep job-centre keys in the BA PKI and never beside the kits (docs/security.md).
    /// </remarks>
    public static void Write(X509Certificate2 certificate, string directory, string baseName, bool includePrivateKey)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        SafeFile.CreateDirectory(directory);
        SafeFile.WriteAtomic(Path.Combine(directory, baseName + ".cer"), certificate.Export(X509ContentType.Cert));
        if (includePrivateKey)
        {
            var pfx = certificate.Export(X509ContentType.Pkcs12);
            try
            {
                SafeFile.WriteAtomic(Path.Combine(directory, baseName + ".pfx"), pfx);
            }
            finally
            {
                System.Security.Cryptography.CryptographicOperations.ZeroMemory(pfx);
            }
        }
    }
}
