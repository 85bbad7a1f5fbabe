using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Export;

/// <summary>
/// The re-identification kit of one job centre (P6): the mapping pseudonym → customer number of that job
/// centre's records, sealed as CMS EnvelopedCms (AES-256-CBC content key, RSA-OAEP-SHA256 key transport) to
/// the job centre's certificate. The plaintext starts with the SHA-256 of the kit JSON, so a changed
/// ciphertext is detected even where CBC padding happens to survive.
/// </summary>
public static partial class ReidentificationKit
{
    /// <summary>The kit format id.</summary>
    public const string FormatId = "vkb-reidentification-kit-v1";

    /// <summary>The file extension of sealed kits.</summary>
    public const string FileExtension = ".vkbkit";

    private static readonly Oid Aes256Cbc = new("2.16.840.1.101.3.4.1.42");

    /// <summary>Seals one job centre's kit.</summary>
    /// <param name="content">The kit content.</param>
    /// <param name="recipient">The job centre's certificate (RSA public key).</param>
    /// <returns>The DER-encoded EnvelopedCms.</returns>
    public static byte[] Seal(ReidentificationKitContent content, X509Certificate2 recipient)
    {
        Preconditions.CheckNotNull(content);
        Preconditions.CheckNotNull(recipient);
        var json = content.ToJsonBytes();
        var plaintext = new byte[32 + json.Length];
        SHA256.HashData(json, plaintext);
        json.CopyTo(plaintext, 32);
        var cms = new EnvelopedCms(new ContentInfo(plaintext), new AlgorithmIdentifier(Aes256Cbc, 256));
        cms.Encrypt(new CmsRecipient(SubjectIdentifierType.IssuerAndSerialNumber, recipient, RSAEncryptionPadding.OaepSHA256));
        CryptographicOperations.ZeroMemory(plaintext);
        return cms.Encode();
    }

    /// <summary>Opens a sealed kit with the job centre's private key.</summary>
    /// <param name="sealedKit">The sealed kit.</param>
    /// <param name="recipient">The job centre's certificate with private key.</param>
    /// <returns>The kit content.</returns>
    /// <exception cref="CryptographicException">The kit is not for this key, or it was changed.</exception>
    public static ReidentificationKitContent Open(byte[] sealedKit, X509Certificate2 recipient)
    {
        Preconditions.CheckNotNull(sealedKit);
        Preconditions.CheckNotNull(recipient);
        using var key = recipient.GetRSAPrivateKey() ?? throw new CryptographicException("The certificate has no RSA private key.");
        var cms = new EnvelopedCms();
        cms.Decode(sealedKit);
        var opened = false;
        foreach (var info in cms.RecipientInfos)
        {
            try
            {
                cms.Decrypt(info, key);
                opened = true;
                break;
            }
            catch (CryptographicException)
            {
                // not this recipient, or the wrong key
            }
        }

        if (!opened)
        {
            throw new CryptographicException("The kit cannot be opened with this key, or it was changed.");
        }

        var plaintext = cms.ContentInfo.Content;
        if (plaintext.Length < 32 || !CryptographicOperations.FixedTimeEquals(SHA256.HashData(plaintext.AsSpan(32)), plaintext.AsSpan(0, 32)))
        {
            throw new CryptographicException("The kit was changed.");
        }

        try
        {
            return ReidentificationKitContent.Parse(plaintext.AsSpan(32));
        }
        catch (FormatException)
        {
            throw new CryptographicException("The kit content is not a valid kit.");
        }
    }

    /// <summary>Writes one sealed kit per job centre of <paramref name="map"/> into <paramref name="directory"/> as <c>{jobCentreId}.vkbkit</c>.</summary>
    /// <param name="map">The run's re-identification map.</param>
    /// <param name="certificates">The certificate of every job centre, by job centre id.</param>
    /// <param name="directory">The target directory (created if missing).</param>
    /// <param name="phase">The phase.</param>
    /// <param name="keyFingerprint">The key fingerprint of the run.</param>
    /// <param name="clock">The clock for the creation instant.</param>
    /// <returns>The written files by job centre id.</returns>
    /// <exception cref="InvalidOperationException">A job centre of the map has no certificate; nothing is written.</exception>
    public static IReadOnlyDictionary<string, string> WriteAll(ReidentificationMap map, IReadOnlyDictionary<string, X509Certificate2> certificates,
        string directory, string phase, KeyFingerprint keyFingerprint, IClock clock)
    {
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (jobCentre, path, kit) in SealAll(map, certificates, directory, phase, keyFingerprint, clock))
        {
            File.WriteAllBytes(path, kit);
            written[jobCentre] = path;
        }

        return written;
    }

    /// <summary>Checks that every job centre has a certificate (else throws, nothing written), creates the directory and seals each kit, lazily.</summary>
    private static IEnumerable<(string JobCentre, string Path, byte[] Kit)> SealAll(ReidentificationMap map, IReadOnlyDictionary<string, X509Certificate2> certificates,
        string directory, string phase, KeyFingerprint keyFingerprint, IClock clock)
    {
        Preconditions.CheckNotNull(map);
        Preconditions.CheckNotNull(certificates);
        Preconditions.CheckNotNull(directory);
        Preconditions.CheckNotNull(keyFingerprint);
        Preconditions.CheckNotNull(clock);
        var missing = map.ByJobCentre.Keys.Where(id => !certificates.ContainsKey(id)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException("No certificate for job centre(s): " + string.Join(", ", missing) + ".");
        }

        Directory.CreateDirectory(directory);
        var now = clock.GetCurrentInstant();
        return map.ByJobCentre.OrderBy(p => p.Key, StringComparer.Ordinal).Select(pair =>
        {
            var content = new ReidentificationKitContent(pair.Key, phase, keyFingerprint.Value, now, pair.Value);
            return (pair.Key, Path.Combine(directory, SafeFileName(pair.Key) + FileExtension), Seal(content, certificates[pair.Key]));
        });
    }

    private static string SafeFileName(string id) =>
        id.Length > 0 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? id : "jobcentre-" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id)))[..12];
}

/// <summary>The opened content of a re-identification kit.</summary>
/// <param name="JobCentre">The job centre id.</param>
/// <param name="Phase">The phase.</param>
/// <param name="KeyFingerprint">The key fingerprint of the run.</param>
/// <param name="CreatedAt">When the kit was sealed.</param>
/// <param name="Entries">Pseudonym → customer number.</param>
public sealed record ReidentificationKitContent(string JobCentre, string Phase, string KeyFingerprint, Instant CreatedAt, IReadOnlyList<ReidentificationEntry> Entries)
{
    /// <summary>Looks up the customer number of a pseudonym.</summary>
    /// <param name="pseudonym">The pseudonym text.</param>
    /// <returns>The customer number, or null if the pseudonym is not in this kit.</returns>
    public string? Find(string pseudonym) => Entries.FirstOrDefault(e => string.Equals(e.Pseudonym, pseudonym, StringComparison.OrdinalIgnoreCase))?.CustomerNumber;

    /// <summary>Shows the job centre and entry count, never the mapping.</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => $"Kit {JobCentre} ({Phase}, {Entries.Count} entries)";

    internal byte[] ToJsonBytes()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("format", ReidentificationKit.FormatId);
            w.WriteString("jobCentre", JobCentre);
            w.WriteString("phase", Phase);
            w.WriteString("keyFingerprint", KeyFingerprint);
            w.WriteString("createdAt", InstantPattern.ExtendedIso.Format(CreatedAt));
            w.WriteStartArray("entries");
            foreach (var entry in Entries)
            {
                w.WriteStartObject();
                w.WriteString("pseudonym", entry.Pseudonym);
                w.WriteString("customerNumber", entry.CustomerNumber);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    internal static ReidentificationKitContent Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            var r = document.RootElement;
            if (r.GetProperty("format").GetString() != ReidentificationKit.FormatId)
            {
                throw new FormatException("Unknown kit format.");
            }

            var entries = r.GetProperty("entries").EnumerateArray()
                .Select(e => new ReidentificationEntry(e.GetProperty("pseudonym").GetString()!, e.GetProperty("customerNumber").GetString()!)).ToList();
            return new ReidentificationKitContent(r.GetProperty("jobCentre").GetString()!, r.GetProperty("phase").GetString()!,
                r.GetProperty("keyFingerprint").GetString()!, InstantPattern.ExtendedIso.Parse(r.GetProperty("createdAt").GetString()!).GetValueOrThrow(), entries);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or UnparsableValueException)
        {
            throw new FormatException("Not a valid kit.");
        }
    }
}
