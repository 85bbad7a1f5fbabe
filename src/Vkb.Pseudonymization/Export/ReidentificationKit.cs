using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Text;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Export;

/// <summary>
/// The re-identification kit of one job centre (P6): the mapping pseudonym → customer number of that job
/// centre's records, signed by the export signer and then sealed to the job centre's certificate
/// (sign-then-encrypt: CMS SignedData with a signing time inside CMS EnvelopedData, AES-256-CBC content key,
/// RSA-OAEP-SHA256 key transport). Every kit's SHA-256 is listed in the signed export manifest.
/// <see cref="Open(byte[], System.Security.Cryptography.X509Certificates.X509Certificate2, byte[], byte[], SignerTrust)"/> checks the manifest's signature and signer, that the kit is listed there, that the kit
/// is signed by the same signer as the manifest and belongs to the manifest's phase and key, and that it is the
/// kit of the unit the opener's certificate names; a kit made from a job centre's public certificate alone, one
/// of another run, or one of another unit is refused. Sealing requires a <see cref="RecipientTrust"/>: a kit is
/// sealed only to a certificate that the operator's CA issued and that names the kit's unit.
/// </summary>
/// <remarks>Thread safety: all members are thread-safe.</remarks>
public static partial class ReidentificationKit
{
    /// <summary>The kit format id.</summary>
    public const string FormatId = "vkb-reidentification-kit-v2";

    /// <summary>The file extension of sealed kits.</summary>
    public const string FileExtension = ".vkbkit";

    /// <summary>The largest sealed kit <see cref="Open(byte[], System.Security.Cryptography.X509Certificates.X509Certificate2, byte[], byte[], SignerTrust)"/> accepts, in bytes (about two million entries).</summary>
    public const int MaxBytes = 256 * 1024 * 1024;

    private static readonly Oid Aes256Cbc = new("2.16.840.1.101.3.4.1.42");

    /// <summary>Checks that a job centre certificate can seal a kit at <paramref name="at"/>: an RSA key, valid then, key usage allowing key encipherment.</summary>
    /// <param name="recipient">The job centre's certificate.</param>
    /// <param name="at">The sealing time.</param>
    /// <exception cref="ArgumentException">The certificate cannot be used; the message states why, never the certificate's subject.</exception>
    public static void CheckRecipient(X509Certificate2 recipient, Instant at)
    {
        Preconditions.CheckNotNull(recipient);
        using (var rsa = recipient.GetRSAPublicKey())
        {
            Preconditions.CheckArgument(rsa is not null, "The job centre certificate holds no RSA key; kits are sealed with RSA-OAEP (an EC certificate cannot be used).", nameof(recipient));
        }

        var time = at.ToDateTimeUtc();
        Preconditions.CheckArgument(time >= recipient.NotBefore.ToUniversalTime() && time <= recipient.NotAfter.ToUniversalTime(),
            "The job centre certificate is not valid at the sealing time (expired or not yet valid).", nameof(recipient));
        var usage = recipient.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault();
        Preconditions.CheckArgument(usage is null || (usage.KeyUsages & X509KeyUsageFlags.KeyEncipherment) != 0,
            "The job centre certificate's key usage does not allow key encipherment.", nameof(recipient));
    }

    /// <summary>Signs and seals one job centre's kit.</summary>
    /// <param name="content">The kit content.</param>
    /// <param name="recipient">The job centre's certificate (RSA public key), valid at <see cref="ReidentificationKitContent.CreatedAt"/>, naming <see cref="ReidentificationKitContent.JobCentre"/>.</param>
    /// <param name="recipientTrust">Whose certificates kits may be sealed to (the operator's kit CA).</param>
    /// <param name="signer">The export signer's certificate with private key (the same that signs the manifest).</param>
    /// <returns>The DER-encoded EnvelopedCms.</returns>
    /// <exception cref="ArgumentException">The recipient cannot be used, names another unit, or is not trusted (see <see cref="RecipientTrust.Check"/>).</exception>
    public static byte[] Seal(ReidentificationKitContent content, X509Certificate2 recipient, RecipientTrust recipientTrust, X509Certificate2 signer)
    {
        Preconditions.CheckNotNull(content);
        Preconditions.CheckNotNull(recipientTrust);
        Preconditions.CheckNotNull(signer);
        recipientTrust.Check(recipient, content.JobCentre, content.CreatedAt);
        var json = content.ToJsonBytes();
        byte[] signed;
        try
        {
            signed = ExportSignature.SignCms(json, signer, content.CreatedAt, detached: false);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(json);
        }

        try
        {
            var cms = new EnvelopedCms(new ContentInfo(signed), new AlgorithmIdentifier(Aes256Cbc, 256));
            cms.Encrypt(new CmsRecipient(SubjectIdentifierType.IssuerAndSerialNumber, recipient, RSAEncryptionPadding.OaepSHA256));
            return cms.Encode();
        }
        finally
        {
            CryptographicOperations.ZeroMemory(signed);
        }
    }

    /// <summary>
    /// Opens a sealed kit with the job centre's private key, after checking it against the signed export
    /// manifest: the manifest's signature and signer (<paramref name="trust"/>), that the kit's SHA-256 is
    /// listed, that the kit is signed by the manifest's signer, that its phase and key fingerprint are the
    /// manifest's, and that its unit is the one <paramref name="recipient"/> names (<see cref="RecipientTrust.UnitOf"/>).
    /// </summary>
    /// <param name="sealedKit">The sealed kit (at most <see cref="MaxBytes"/>).</param>
    /// <param name="recipient">The job centre's certificate with private key.</param>
    /// <param name="manifest">The export manifest bytes.</param>
    /// <param name="manifestSignature">The manifest's detached signature.</param>
    /// <param name="trust">Who may sign exports.</param>
    /// <returns>The kit content.</returns>
    /// <exception cref="CryptographicException">The kit or manifest is not trusted, not for this key, or was changed; the message states which check failed.</exception>
    public static ReidentificationKitContent Open(byte[] sealedKit, X509Certificate2 recipient, byte[] manifest, byte[] manifestSignature, SignerTrust trust) =>
        Open(sealedKit, recipient, manifest, manifestSignature, trust, null);

    /// <summary>
    /// Opens a kit like <see cref="Open(byte[], X509Certificate2, byte[], byte[], SignerTrust)"/> and logs a refusal as a
    /// warning (event id 103) with its reason code (<c>manifest-untrusted</c>, <c>kit-not-listed</c>,
    /// <c>kit-signature-invalid</c>, …), never the kit's content.
    /// </summary>
    /// <param name="sealedKit">The sealed kit (at most <see cref="MaxBytes"/>).</param>
    /// <param name="recipient">The job centre's certificate with private key.</param>
    /// <param name="manifest">The export manifest bytes.</param>
    /// <param name="manifestSignature">The manifest's detached signature.</param>
    /// <param name="trust">Who may sign exports.</param>
    /// <param name="logger">Receives the refusal, e.g. <c>loggerFactory.CreateLogger("Vkb.Pseudonymization.Export")</c>; null logs nothing.</param>
    /// <returns>The kit content.</returns>
    /// <exception cref="CryptographicException">The kit or manifest is not trusted, not for this key, or was changed; the message states which check failed.</exception>
    public static ReidentificationKitContent Open(byte[] sealedKit, X509Certificate2 recipient, byte[] manifest, byte[] manifestSignature, SignerTrust trust, ILogger? logger)
    {
        try
        {
            return OpenCore(sealedKit, recipient, manifest, manifestSignature, trust);
        }
        catch (CryptographicException ex)
        {
            ExportVerificationLog.KitRejected(logger, ExportVerificationLog.KitReason(ex.Message));
            throw;
        }
    }

    private static ReidentificationKitContent OpenCore(byte[] sealedKit, X509Certificate2 recipient, byte[] manifest, byte[] manifestSignature, SignerTrust trust)
    {
        Preconditions.CheckNotNull(sealedKit);
        Preconditions.CheckNotNull(recipient);
        if (sealedKit.Length > MaxBytes)
        {
            throw new CryptographicException($"The kit is larger than {MaxBytes} bytes.");
        }

        var (problems, parsed, manifestSigner) = ExportSignature.VerifyManifestCore(manifest, manifestSignature, trust);
        if (problems.Count > 0 || parsed is null || manifestSigner is null)
        {
            throw new CryptographicException("The export manifest is not trusted: " + string.Join(" ", problems));
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(sealedKit));
        var listed = parsed.Kits.FirstOrDefault(k => string.Equals(k.Sha256, digest, StringComparison.Ordinal))
            ?? throw new CryptographicException("The kit is not listed in the signed export manifest (changed, forged, or of another run).");

        using var key = recipient.GetRSAPrivateKey() ?? throw new CryptographicException("The certificate has no RSA private key.");
        var envelope = new EnvelopedCms();
        try
        {
            envelope.Decode(sealedKit);
        }
        catch (CryptographicException)
        {
            throw new CryptographicException("The kit is not a sealed kit.");
        }

        var opened = false;
        foreach (var info in envelope.RecipientInfos)
        {
            try
            {
                envelope.Decrypt(info, key);
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

        var signed = new SignedCms();
        var kitProblems = new List<string>();
        var kitSigner = ExportSignature.CheckCms(signed, envelope.ContentInfo.Content, trust, kitProblems);
        if (kitProblems.Count > 0 || kitSigner is null)
        {
            throw new CryptographicException("The kit's signature is not valid or not trusted: " + string.Join(" ", kitProblems));
        }

        if (!kitSigner.RawDataMemory.Span.SequenceEqual(manifestSigner.RawDataMemory.Span))
        {
            throw new CryptographicException("The kit is signed by another certificate than the export manifest.");
        }

        ReidentificationKitContent content;
        try
        {
            content = ReidentificationKitContent.Parse(signed.ContentInfo.Content);
        }
        catch (FormatException ex)
        {
            throw new CryptographicException("The kit content is not a valid kit: " + ex.Message);
        }

        if (!string.Equals(content.Phase, parsed.Phase, StringComparison.Ordinal) || !string.Equals(content.KeyFingerprint, parsed.KeyFingerprint, StringComparison.Ordinal))
        {
            throw new CryptographicException("The kit belongs to another phase or key than the export manifest.");
        }

        if (!string.Equals(FileNameOf(content.JobCentre), listed.FileName, StringComparison.Ordinal))
        {
            throw new CryptographicException("The kit's job centre is not the one the manifest lists for it.");
        }

        // Defence in depth (P6): a kit sealed to another unit's certificate (a planted or copied certificate
        // file) is refused even when that certificate's key opens it.
        if (!string.Equals(RecipientTrust.UnitOf(recipient), content.JobCentre, StringComparison.Ordinal))
        {
            throw new CryptographicException("The kit's job centre is not the unit the opening certificate names (serialNumber or last word of its common name).");
        }

        return content;
    }

    /// <summary>Signs and seals one kit per job centre of <paramref name="map"/>, in memory (nothing is written).</summary>
    /// <param name="map">The run's re-identification map.</param>
    /// <param name="certificates">The certificate of every job centre, by job centre id; each must name its unit (<see cref="RecipientTrust.UnitOf"/>).</param>
    /// <param name="recipientTrust">Whose certificates kits may be sealed to (the operator's kit CA).</param>
    /// <param name="phase">The phase.</param>
    /// <param name="keyFingerprint">The key fingerprint of the run.</param>
    /// <param name="signer">The export signer's certificate with private key.</param>
    /// <param name="clock">The clock for the creation instant.</param>
    /// <returns>The sealed kits, ordered by file name.</returns>
    /// <exception cref="InvalidOperationException">A job centre of the map has no certificate (the message names the input line of its first record, not the id).</exception>
    /// <exception cref="ArgumentException">A certificate cannot be used, names another unit or is not trusted (see <see cref="RecipientTrust.Check"/>); the message names the input line of the unit's first record, not the id. Nothing is sealed.</exception>
    public static IReadOnlyList<SealedKit> SealAll(ReidentificationMap map, IReadOnlyDictionary<string, X509Certificate2> certificates,
        RecipientTrust recipientTrust, string phase, KeyFingerprint keyFingerprint, X509Certificate2 signer, IClock clock)
    {
        Preconditions.CheckNotNull(map);
        Preconditions.CheckNotNull(certificates);
        Preconditions.CheckNotNull(recipientTrust);
        Preconditions.CheckNotNull(phase);
        Preconditions.CheckNotNull(keyFingerprint);
        Preconditions.CheckNotNull(signer);
        Preconditions.CheckNotNull(clock);
        var missing = map.ByJobCentre.Keys.Where(id => !certificates.ContainsKey(id)).Select(id => map.FirstLineOf(id) ?? 0).Order().ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"No certificate for the job centre (jobCentre.id) or agency (agency.id) of the record at line {missing[0]}") +
                (missing.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $" and of {missing.Count - 1} other unit(s), first records at lines {string.Join(", ", missing.Skip(1).Take(10))}") : string.Empty) +
                "; a certificate file is named after the job centre id, or 'agency-' and the agency id.");
        }

        var now = clock.GetCurrentInstant();

        // Every recipient is checked before the first kit is sealed, so a planted or misnamed certificate stops the run whole.
        foreach (var unit in map.ByJobCentre.Keys.OrderBy(id => map.FirstLineOf(id) ?? 0))
        {
            try
            {
                recipientTrust.Check(certificates[unit], unit, now);
            }
            catch (ArgumentException ex)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"The certificate for the job centre (jobCentre.id) or agency (agency.id) of the record at line {map.FirstLineOf(unit) ?? 0} cannot receive its kit: ") +
                    ex.Message.Split(" (Parameter", StringSplitOptions.None)[0], nameof(certificates), ex);
            }
        }

        return [.. map.ByJobCentre.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p =>
        {
            var bytes = Seal(new ReidentificationKitContent(p.Key, phase, keyFingerprint.Value, now, p.Value), certificates[p.Key], recipientTrust, signer);
            return new SealedKit(p.Key, FileNameOf(p.Key), bytes);
        })];
    }

    /// <summary>
    /// Signs, seals and writes one kit per job centre into <paramref name="directory"/>, all or none (mode 0600,
    /// a new directory 0700). List the returned kits in the export manifest (<see cref="ExportManifest.Create(string, RunReport, IClock, IReadOnlyList{SealedKit}, string)"/>)
    /// or, better, write kits and manifest together with <see cref="ExportSignature.WriteSigned"/>.
    /// </summary>
    /// <param name="map">The run's re-identification map.</param>
    /// <param name="certificates">The certificate of every job centre, by job centre id; each must name its unit.</param>
    /// <param name="recipientTrust">Whose certificates kits may be sealed to (the operator's kit CA).</param>
    /// <param name="directory">The target directory (created if missing); must not hold kits already.</param>
    /// <param name="phase">The phase.</param>
    /// <param name="keyFingerprint">The key fingerprint of the run.</param>
    /// <param name="signer">The export signer's certificate with private key.</param>
    /// <param name="clock">The clock for the creation instant.</param>
    /// <returns>The written kits.</returns>
    /// <exception cref="InvalidOperationException">A job centre of the map has no certificate; nothing is written.</exception>
    /// <exception cref="ArgumentException">A certificate cannot be used, names another unit or is not trusted; nothing is written.</exception>
    /// <exception cref="IOException">The directory is a file or already holds kits; nothing is written.</exception>
    public static IReadOnlyList<SealedKit> WriteAll(ReidentificationMap map, IReadOnlyDictionary<string, X509Certificate2> certificates,
        RecipientTrust recipientTrust, string directory, string phase, KeyFingerprint keyFingerprint, X509Certificate2 signer, IClock clock)
    {
        Preconditions.CheckNotNull(directory);
        CheckKitDirectory(directory);
        var kits = SealAll(map, certificates, recipientTrust, phase, keyFingerprint, signer, clock);
        using var transaction = new FileTransaction();
        foreach (var kit in kits)
        {
            transaction.Stage(Path.Combine(directory, kit.FileName), kit.ToArray());
        }

        transaction.Commit();
        return kits;
    }

    /// <summary>
    /// Checks that kits can go into <paramref name="directory"/>: it is not a file and holds no sealed kit yet,
    /// so kits of an earlier run or phase are never mixed in with this run's.
    /// </summary>
    /// <param name="directory">The kit directory (need not exist).</param>
    /// <exception cref="IOException">The path is a file, or the directory already holds kits.</exception>
    public static void CheckKitDirectory(string directory)
    {
        Preconditions.CheckNotNull(directory);
        if (File.Exists(directory))
        {
            throw new IOException("The kit directory is a file.");
        }

        if (Directory.Exists(directory) && Directory.EnumerateFiles(directory, "*" + FileExtension).Any())
        {
            throw new IOException("The kit directory already holds sealed kits; kits of one export go into a directory of their own, so kits of an earlier run or phase are never mixed in.");
        }
    }

    /// <summary>
    /// The prefix of the unit of a record without a job centre (an SGB III case, see <see cref="Policies.RecordPolicy.Agency"/>):
    /// the agency with id 123 has the kit and the certificate file <c>agency-123</c>.
    /// </summary>
    public const string AgencyUnitPrefix = "agency-";

    /// <summary>The kit file name of a job centre: its id where that is a safe file name, else a hash of it.</summary>
    /// <param name="jobCentre">The job centre id.</param>
    /// <returns>The file name with <see cref="FileExtension"/>.</returns>
    public static string FileNameOf(string jobCentre)
    {
        Preconditions.CheckNotNull(jobCentre);
        return (jobCentre.Length is > 0 and <= 64 && jobCentre.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? jobCentre
            : "jobcentre-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(jobCentre)))[..12]) + FileExtension;
    }
}

/// <summary>A signed and sealed kit of one job centre, in memory.</summary>
/// <remarks>Immutable; the bytes are copied in and out.</remarks>
public sealed class SealedKit
{
    private readonly byte[] _bytes;

    /// <summary>Makes a sealed kit from its parts.</summary>
    /// <param name="jobCentre">The job centre id.</param>
    /// <param name="fileName">The kit's file name.</param>
    /// <param name="bytes">The sealed bytes.</param>
    public SealedKit(string jobCentre, string fileName, ReadOnlySpan<byte> bytes)
    {
        JobCentre = Preconditions.CheckNotNull(jobCentre);
        FileName = Preconditions.CheckNotNull(fileName);
        Preconditions.CheckArgument(Path.GetFileName(fileName) == fileName && fileName.EndsWith(ReidentificationKit.FileExtension, StringComparison.Ordinal),
            "A kit file name has no directory and ends in " + ReidentificationKit.FileExtension + ".");
        _bytes = bytes.ToArray();
        Sha256 = Convert.ToHexStringLower(SHA256.HashData(_bytes));
    }

    /// <summary>The job centre id.</summary>
    public string JobCentre { get; }

    /// <summary>The kit's file name (see <see cref="ReidentificationKit.FileNameOf"/>).</summary>
    public string FileName { get; }

    /// <summary>The SHA-256 of the sealed bytes, lower-case hex (as listed in the manifest).</summary>
    public string Sha256 { get; }

    /// <summary>The sealed bytes, length.</summary>
    public int Length => _bytes.Length;

    /// <summary>A copy of the sealed bytes.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToArray() => (byte[])_bytes.Clone();

    /// <summary>Shows the file name and size, never the content.</summary>
    /// <returns>A summary.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FileName} ({_bytes.Length} bytes)");
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
            using var document = JsonDocument.Parse(json.ToArray(), StrictJson.Options);
            var r = document.RootElement;
            if (StrictJson.String(r, "format") != ReidentificationKit.FormatId)
            {
                throw new FormatException("Unknown kit format.");
            }

            var entries = StrictJson.Member(r, "entries", JsonValueKind.Array).EnumerateArray()
                .Select((e, i) => new ReidentificationEntry(StrictJson.String(e, "pseudonym", $"entries[{i}]"), StrictJson.String(e, "customerNumber", $"entries[{i}]")))
                .ToList();
            var createdAt = InstantPattern.ExtendedIso.Parse(StrictJson.String(r, "createdAt"));
            if (!createdAt.Success)
            {
                throw new FormatException("The kit member 'createdAt' is not an ISO instant.");
            }

            return new ReidentificationKitContent(StrictJson.String(r, "jobCentre"), StrictJson.String(r, "phase"),
                StrictJson.String(r, "keyFingerprint"), createdAt.Value, entries);
        }
        catch (JsonException ex)
        {
            throw new FormatException(StrictJson.Describe("The kit content", ex), ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new FormatException("The kit content holds invalid UTF-8 in a string.", ex);
        }
    }
}
