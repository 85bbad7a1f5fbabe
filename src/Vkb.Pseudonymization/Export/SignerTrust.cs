using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Vkb.Pseudonymization.Export;

/// <summary>
/// Who may sign an export and its kits: the trust anchor that <see cref="ExportSignature.Verify(string, byte[], byte[], SignerTrust, string?)"/> and
/// <see cref="ReidentificationKit.Open(byte[], System.Security.Cryptography.X509Certificates.X509Certificate2, byte[], byte[], SignerTrust)"/> require. A signature proves only that someone holding a key
/// signed; an anchor says whose key counts. An anchor is either a signer certificate (pinning: the signer
/// must be exactly this certificate) or a self-signed CA certificate (the signer must chain to it, with
/// intermediates from the signature or the anchor set). The certificate embedded in a signature is never
/// trusted for itself.
/// </summary>
/// <remarks>
/// Every check runs at the signing time the signature states (its signed <c>signingTime</c> attribute,
/// which is required): the signer certificate, and every certificate of its chain, must be valid then, and
/// the signer's key usage, where present, must allow digital signatures. Revocation is not checked (no
/// network at verification time; see docs/security.md). Immutable and thread-safe.
/// </remarks>
public sealed class SignerTrust
{
    /// <summary>The largest certificate file <see cref="FromDirectory"/> or <see cref="LoadCertificate"/> reads, in bytes.</summary>
    public const int MaxCertificateFileBytes = 64 * 1024;

    /// <summary>The most certificate files <see cref="FromDirectory"/> loads.</summary>
    public const int MaxTrustStoreFiles = 256;

    private readonly X509Certificate2[] _anchors;

    private SignerTrust(X509Certificate2[] anchors) => _anchors = anchors;

    /// <summary>The anchor certificates.</summary>
    public IReadOnlyList<X509Certificate2> Anchors => _anchors;

    /// <summary>Trusts exactly one signer certificate, or, if it is a CA certificate, every signer that chains to it.</summary>
    /// <param name="certificate">The pinned signer or CA certificate (public part suffices).</param>
    /// <returns>The trust.</returns>
    public static SignerTrust Pin(X509Certificate2 certificate)
    {
        Preconditions.CheckNotNull(certificate);
        return new SignerTrust([certificate]);
    }

    /// <summary>Trusts every certificate of <paramref name="anchors"/> as <see cref="Pin"/> does one.</summary>
    /// <param name="anchors">The anchors; at least one.</param>
    /// <returns>The trust.</returns>
    /// <exception cref="ArgumentException">There is no anchor.</exception>
    public static SignerTrust FromCertificates(IEnumerable<X509Certificate2> anchors)
    {
        Preconditions.CheckNotNull(anchors);
        var list = anchors.ToArray();
        Preconditions.CheckArgument(list.Length > 0, "A trust store needs at least one certificate.");
        Preconditions.CheckArgument(Array.TrueForAll(list, c => c is not null), "A trust store holds no null certificate.");
        return new SignerTrust(list);
    }

    /// <summary>
    /// Loads a trust store directory: every <c>.cer</c>, <c>.crt</c>, <c>.pem</c> and <c>.der</c> file (DER or PEM,
    /// at most <see cref="MaxCertificateFileBytes"/> each, at most <see cref="MaxTrustStoreFiles"/> files).
    /// </summary>
    /// <param name="directory">The directory.</param>
    /// <returns>The trust.</returns>
    /// <exception cref="DirectoryNotFoundException">The directory does not exist.</exception>
    /// <exception cref="FormatException">A file is not a certificate, is too large, or the directory holds none.</exception>
    public static SignerTrust FromDirectory(string directory)
    {
        Preconditions.CheckNotNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException("The trust store directory does not exist.");
        }

        var files = Directory.EnumerateFiles(directory)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".cer" or ".crt" or ".pem" or ".der")
            .Order(StringComparer.Ordinal)
            .Take(MaxTrustStoreFiles + 1)
            .ToList();
        if (files.Count > MaxTrustStoreFiles)
        {
            throw new FormatException($"The trust store holds more than {MaxTrustStoreFiles} certificate files.");
        }

        if (files.Count == 0)
        {
            throw new FormatException("The trust store holds no certificate file (.cer, .crt, .pem, .der).");
        }

        return new SignerTrust([.. files.Select(LoadCertificate)]);
    }

    /// <summary>Loads one certificate file (DER or PEM) of at most <see cref="MaxCertificateFileBytes"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The certificate.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The file is not a certificate, or is too large; the message names the file, not its content.</exception>
    public static X509Certificate2 LoadCertificate(string path)
    {
        Preconditions.CheckNotNull(path);
        byte[] bytes;
        try
        {
            bytes = SafeFile.ReadBounded(path, MaxCertificateFileBytes);
        }
        catch (IOException ex) when (ex is not FileNotFoundException)
        {
            throw new FormatException($"'{Path.GetFileName(path)}' is not a certificate file: {ex.Message}", ex);
        }

        try
        {
            return X509CertificateLoader.LoadCertificate(bytes);
        }
        catch (CryptographicException ex)
        {
            throw new FormatException($"'{Path.GetFileName(path)}' is not a certificate (DER or PEM).", ex);
        }
    }

    /// <summary>Checks a signer certificate against the anchors at <paramref name="signingTime"/>; null if trusted, else the problem.</summary>
    internal string? Check(X509Certificate2 signer, X509Certificate2Collection embedded, DateTime signingTime)
    {
        if (!CanSign(signer))
        {
            return "The signer certificate's key usage does not allow digital signatures.";
        }

        if (signingTime < signer.NotBefore.ToUniversalTime() || signingTime > signer.NotAfter.ToUniversalTime())
        {
            return "The signer certificate was not valid at the signing time (expired or not yet valid).";
        }

        if (Array.Exists(_anchors, a => a.RawDataMemory.Span.SequenceEqual(signer.RawDataMemory.Span)))
        {
            return null;
        }

        var roots = _anchors.Where(a => IsAuthority(a) && a.SubjectName.RawData.AsSpan().SequenceEqual(a.IssuerName.RawData)).ToArray();
        if (roots.Length == 0)
        {
            return "The signer is not the trusted certificate.";
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.ExtraStore.AddRange(embedded);
        chain.ChainPolicy.ExtraStore.AddRange(_anchors.Where(a => IsAuthority(a) && !roots.Contains(a)).ToArray());
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = signingTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        return chain.Build(signer) ? null : "The signer does not chain to a trusted CA certificate at the signing time.";
    }

    internal static bool CanSign(X509Certificate2 certificate)
    {
        var usage = certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        return usage is null || (usage.KeyUsages & (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)) != 0;
    }

    private static bool IsAuthority(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is { CertificateAuthority: true };
}
