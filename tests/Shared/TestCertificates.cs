using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Vkb.Tests;

/// <summary>
/// Real certificates made in the test (linked as source into the test projects that need them):
/// self-signed signers and job centres, a CA with an issued signer, an EC certificate, and a raw CMS
/// signer that can state any signing time (as another tool could).
/// </summary>
internal static class TestCertificates
{
    private static readonly DateTimeOffset From = DateTimeOffset.UnixEpoch.AddYears(50);
    private static readonly DateTimeOffset To = DateTimeOffset.UnixEpoch.AddYears(60);

    public static X509Certificate2 SelfSigned(string name, DateTimeOffset? from = null, DateTimeOffset? to = null, X509KeyUsageFlags? usage = null)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (usage is { } flags)
        {
            request.CertificateExtensions.Add(new X509KeyUsageExtension(flags, critical: true));
        }

        return WithKey(request.CreateSelfSigned(from ?? From, to ?? To));
    }

    public static X509Certificate2 Authority(string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        return WithKey(request.CreateSelfSigned(From, To));
    }

    /// <summary>An intermediate CA issued by <paramref name="root"/> (CA, key cert sign), as a PKI's issuing CA below its root.</summary>
    public static X509Certificate2 Intermediate(X509Certificate2 root, string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: true, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var issued = request.Create(root, From.AddDays(1), To.AddDays(-1), RandomNumberGenerator.GetBytes(12));
        using var withKey = issued.CopyWithPrivateKey(rsa);
        return WithKey(withKey);
    }

    public static X509Certificate2 IssuedBy(X509Certificate2 authority, string name)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var issued = request.Create(authority, From.AddDays(1), To.AddDays(-1), RandomNumberGenerator.GetBytes(12));
        using var withKey = issued.CopyWithPrivateKey(rsa);
        return WithKey(withKey);
    }

    /// <summary>
    /// A unit's kit certificate issued by <paramref name="authority"/> (RSA, key encipherment), naming the unit as the
    /// last word of the CN (<c>CN=Jobcenter UNIT</c>) or, with <paramref name="inSerialNumber"/>, in <c>serialNumber</c>
    /// only (the CN is then <paramref name="commonName"/> alone).
    /// </summary>
    public static X509Certificate2 ForUnit(X509Certificate2 authority, string unit, bool inSerialNumber = false, string commonName = "Jobcenter")
    {
        using var rsa = RSA.Create(2048);
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName(inSerialNumber ? commonName : commonName + " " + unit);
        if (inSerialNumber)
        {
            name.Add("2.5.4.5", unit, System.Formats.Asn1.UniversalTagNumber.UTF8String);
        }

        var request = new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var issued = request.Create(authority, From.AddDays(1), To.AddDays(-1), RandomNumberGenerator.GetBytes(12));
        using var withKey = issued.CopyWithPrivateKey(rsa);
        return WithKey(withKey);
    }

    public static X509Certificate2 EllipticCurve(string name)
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return WithKey(new CertificateRequest($"CN={name}", ecdsa, HashAlgorithmName.SHA256).CreateSelfSigned(From, To));
    }

    /// <summary>A detached CMS signature made without the library's checks, with any (or no) signing time.</summary>
    public static byte[] RawSign(byte[] content, X509Certificate2 certificate, DateTime? signingTime)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        if (signingTime is { } time)
        {
            signer.SignedAttributes.Add(new Pkcs9SigningTime(time));
        }

        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    // Round-trip through PKCS#12 so that the private key is usable by CMS on every platform.
    private static X509Certificate2 WithKey(X509Certificate2 certificate)
    {
        using (certificate)
        {
            return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), password: null, X509KeyStorageFlags.Exportable);
        }
    }
}
