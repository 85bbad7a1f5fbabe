using System.Security.Cryptography.X509Certificates;
using NodaTime;

namespace Vkb.Pseudonymization.Export;

/// <summary>
/// Whose certificates a re-identification kit may be sealed to (P6): the trust anchor that
/// <see cref="ReidentificationKit.SealAll(Pipeline.ReidentificationMap, IReadOnlyDictionary{string, X509Certificate2}, RecipientTrust, string, KeyFingerprint, X509Certificate2, IClock)"/>
/// and <see cref="ReidentificationKit.Seal"/> require. An anchor is either a recipient certificate (pinning: the
/// recipient must be exactly this certificate) or a CA certificate (the recipient must chain to a self-signed one of
/// them, with the other CA anchors as intermediates). Whoever can write the folder the job centres' certificates are
/// read from can put any certificate there; only a certificate the operator's CA issued, and that names the unit it
/// is used for, seals a kit.
/// </summary>
/// <remarks>
/// A certificate names its unit in its subject: the <c>serialNumber</c> attribute (OID 2.5.4.5) if it has one,
/// else the last word of its common name (<c>CN=Jobcenter 10001</c> names <c>10001</c>,
/// <c>CN=Agentur für Arbeit agency-123</c> names <c>agency-123</c>); see <see cref="UnitOf"/>. The chain is built
/// offline at the sealing time with only the anchors as roots: no network, no certificate download, no revocation
/// check (see docs/security.md). Immutable and thread-safe.
/// </remarks>
public sealed class RecipientTrust
{
    private const string SerialNumberOid = "2.5.4.5";
    private const string CommonNameOid = "2.5.4.3";

    private readonly X509Certificate2[] _anchors;

    private RecipientTrust(X509Certificate2[] anchors) => _anchors = anchors;

    /// <summary>The anchor certificates.</summary>
    public IReadOnlyList<X509Certificate2> Anchors => _anchors;

    /// <summary>Trusts exactly one recipient certificate, or, if it is a self-signed CA certificate, every recipient that chains to it.</summary>
    /// <param name="certificate">The pinned recipient or CA certificate (public part suffices).</param>
    /// <returns>The trust.</returns>
    public static RecipientTrust Pin(X509Certificate2 certificate)
    {
        Preconditions.CheckNotNull(certificate);
        return new RecipientTrust([certificate]);
    }

    /// <summary>Trusts every certificate of <paramref name="anchors"/> as <see cref="Pin"/> does one; CA certificates that are not self-signed serve as intermediates.</summary>
    /// <param name="anchors">The anchors; at least one.</param>
    /// <returns>The trust.</returns>
    /// <exception cref="ArgumentException">There is no anchor, or one is null.</exception>
    public static RecipientTrust FromCertificates(IEnumerable<X509Certificate2> anchors)
    {
        Preconditions.CheckNotNull(anchors);
        var list = anchors.ToArray();
        Preconditions.CheckArgument(list.Length > 0, "A recipient trust needs at least one certificate.");
        Preconditions.CheckArgument(Array.TrueForAll(list, c => c is not null), "A recipient trust holds no null certificate.");
        return new RecipientTrust(list);
    }

    /// <summary>Whether a certificate is a CA certificate (basic constraints with the CA flag).</summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>True for a CA certificate.</returns>
    public static bool IsAuthority(X509Certificate2 certificate)
    {
        Preconditions.CheckNotNull(certificate);
        return certificate.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault() is { CertificateAuthority: true };
    }

    /// <summary>
    /// The unit a certificate names: its subject's <c>serialNumber</c> attribute if it has exactly one, else the
    /// last whitespace-separated word of its only common name; null if it names none, or ambiguously (two
    /// <c>serialNumber</c> or two common names, or a multi-valued name component).
    /// </summary>
    /// <param name="certificate">The certificate.</param>
    /// <returns>The unit id (a job centre id, or <see cref="ReidentificationKit.AgencyUnitPrefix"/> and an agency id), or null.</returns>
    public static string? UnitOf(X509Certificate2 certificate)
    {
        Preconditions.CheckNotNull(certificate);
        var serials = new List<string>();
        var names = new List<string>();
        foreach (var component in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (component.HasMultipleElements)
            {
                return null;
            }

            var type = component.GetSingleElementType().Value;
            var value = component.GetSingleElementValue();
            if (value is null)
            {
                continue;
            }

            if (type == SerialNumberOid)
            {
                serials.Add(value);
            }
            else if (type == CommonNameOid)
            {
                names.Add(value);
            }
        }

        if (serials.Count > 0)
        {
            return serials.Count == 1 && serials[0].Length > 0 ? serials[0] : null;
        }

        if (names.Count != 1)
        {
            return null;
        }

        var words = names[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : words[^1];
    }

    /// <summary>
    /// Checks that <paramref name="recipient"/> may receive the kit of <paramref name="unit"/> at <paramref name="at"/>:
    /// it can seal (<see cref="ReidentificationKit.CheckRecipient"/>), it names <paramref name="unit"/> (<see cref="UnitOf"/>),
    /// and it is an anchor or chains to a self-signed CA anchor, every certificate of the chain valid at <paramref name="at"/>.
    /// </summary>
    /// <param name="recipient">The unit's certificate.</param>
    /// <param name="unit">The unit id (job centre id, or agency unit).</param>
    /// <param name="at">The sealing time.</param>
    /// <exception cref="ArgumentException">The certificate may not receive this unit's kit; the message states why, never the certificate's subject.</exception>
    public void Check(X509Certificate2 recipient, string unit, Instant at)
    {
        Preconditions.CheckNotNull(recipient);
        Preconditions.CheckNotNull(unit);
        ReidentificationKit.CheckRecipient(recipient, at);
        if (Problem(recipient, unit, at.ToDateTimeUtc()) is { } problem)
        {
            throw new ArgumentException(problem, nameof(recipient));
        }
    }

    /// <summary>The problem of a recipient for a unit, or null if it may receive the unit's kit (key and validity are checked by <see cref="ReidentificationKit.CheckRecipient"/>).</summary>
    internal string? Problem(X509Certificate2 recipient, string unit, DateTime at)
    {
        var named = UnitOf(recipient);
        if (named is null)
        {
            return "The certificate names no unit: its subject needs a serialNumber attribute or a common name whose last word is the unit id.";
        }

        if (!string.Equals(named, unit, StringComparison.Ordinal))
        {
            return "The certificate names another unit than the one it is given for.";
        }

        if (Array.Exists(_anchors, a => a.RawDataMemory.Span.SequenceEqual(recipient.RawDataMemory.Span)))
        {
            return null;
        }

        var roots = _anchors.Where(a => IsAuthority(a) && a.SubjectName.RawData.AsSpan().SequenceEqual(a.IssuerName.RawData)).ToArray();
        if (roots.Length == 0)
        {
            return "The certificate is not a trusted recipient certificate, and the trust holds no self-signed root CA certificate to build a chain to.";
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(roots);
        chain.ChainPolicy.ExtraStore.AddRange(_anchors.Where(a => IsAuthority(a) && !roots.Contains(a)).ToArray());
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = at;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        return chain.Build(recipient) ? null : "The certificate does not chain to a trusted kit CA at the sealing time (another CA, or a certificate of the chain expired or not yet valid).";
    }
}
