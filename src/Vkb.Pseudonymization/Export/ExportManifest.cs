using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Export;

/// <summary>
/// What a pseudonymised export is: counts, SHA-256 and size of the output file, policy id and hash, key
/// fingerprint, phase, creation instant and the file name and SHA-256 of every sealed re-identification kit
/// of the run. Signed as detached CMS by <see cref="ExportSignature"/>, so the signature covers the kits too.
/// </summary>
public sealed class ExportManifest
{
    /// <summary>The manifest format id.</summary>
    public const string FormatId = "vkb-export-manifest-v5";

    /// <summary>
    /// The one earlier format still read: v4 states everything v5 does but the earlier exports (an export of a phase made
    /// before v5 is verified as it was signed); v2 and v3 are refused, they did not state k and the age-band month.
    /// </summary>
    public const string PreviousFormatId = "vkb-export-manifest-v4";

    /// <summary>The largest manifest <see cref="Parse"/> accepts, in bytes.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private ExportManifest(string outputFile, string outputSha256, long outputBytes, long recordsRead, long recordsWritten, long recordsRejected,
        long recordsNotFlagged, long recordsSuppressed, string policyId, string policyHash, string keyFingerprint, string phase, Instant createdAt,
        bool unflaggedExported, IReadOnlyList<ManifestKit> kits, long recordsFlaggedOutsidePhase, int k, bool kEnforced, YearMonth? ageBandMonth,
        IReadOnlyList<string>? earlierExports, string format = FormatId)
    {
        Format = format;
        AgeBandMonth = ageBandMonth;
        EarlierExports = earlierExports;
        UnflaggedExported = unflaggedExported;
        RecordsFlaggedOutsidePhase = recordsFlaggedOutsidePhase;
        K = k;
        KEnforced = kEnforced;
        Kits = kits;
        OutputFile = outputFile;
        OutputSha256 = outputSha256;
        OutputBytes = outputBytes;
        RecordsRead = recordsRead;
        RecordsWritten = recordsWritten;
        RecordsRejected = recordsRejected;
        RecordsNotFlagged = recordsNotFlagged;
        RecordsSuppressed = recordsSuppressed;
        PolicyId = policyId;
        PolicyHash = policyHash;
        KeyFingerprint = keyFingerprint;
        Phase = phase;
        CreatedAt = createdAt;
    }

    /// <summary>The output file name (no directory).</summary>
    public string OutputFile { get; }

    /// <summary>SHA-256 of the output file, lower-case hex.</summary>
    public string OutputSha256 { get; }

    /// <summary>The output file's size in bytes.</summary>
    public long OutputBytes { get; }

    /// <summary>Records read.</summary>
    public long RecordsRead { get; }

    /// <summary>Records written.</summary>
    public long RecordsWritten { get; }

    /// <summary>Records rejected.</summary>
    public long RecordsRejected { get; }

    /// <summary>Records left out as not flagged.</summary>
    public long RecordsNotFlagged { get; }

    /// <summary>Records suppressed for k-anonymity.</summary>
    public long RecordsSuppressed { get; }

    /// <summary>Records left out because their flag was of a month outside the phase (P1).</summary>
    public long RecordsFlaggedOutsidePhase { get; }

    /// <summary>The k of the run's k-anonymity (the policy's, or the run's override: P9), signed with the rest.</summary>
    public int K { get; }

    /// <summary>Whether k-anonymity was enforced (classes below k generalised or suppressed), not only reported.</summary>
    public bool KEnforced { get; }

    /// <summary>Whether unflagged records were exported: the explicit exception to P1 (absent in older manifests: false).</summary>
    public bool UnflaggedExported { get; }

    /// <summary>
    /// The month whose first day the export's age bands are ages at (the phase's first month, since format v4), or null
    /// when each record's own review month was the reference: a recipient reads "35-39" with it.
    /// </summary>
    public YearMonth? AgeBandMonth { get; }

    /// <summary>
    /// The SHA-256 of each of the phase's earlier exports the load was searched against (P9 over their union: each is the
    /// <see cref="OutputSha256"/> of that export's manifest), in the order given; empty for a load searched alone; null
    /// when the manifest is of format v4, which did not say.
    /// </summary>
    public IReadOnlyList<string>? EarlierExports { get; }

    /// <summary>The manifest's format: <see cref="FormatId"/> for every manifest made now, <see cref="PreviousFormatId"/> for one read that was made before.</summary>
    public string Format { get; }

    /// <summary>The policy id.</summary>
    public string PolicyId { get; }

    /// <summary>The policy hash.</summary>
    public string PolicyHash { get; }

    /// <summary>The key fingerprint.</summary>
    public string KeyFingerprint { get; }

    /// <summary>The phase.</summary>
    public string Phase { get; }

    /// <summary>When the manifest was made.</summary>
    public Instant CreatedAt { get; }

    /// <summary>The sealed re-identification kits of the run: file name and SHA-256 of each (empty if none).</summary>
    public IReadOnlyList<ManifestKit> Kits { get; }

    /// <summary>Makes the manifest of an output file from its run report.</summary>
    /// <param name="outputPath">The output file.</param>
    /// <param name="report">The run report of the run that wrote it.</param>
    /// <param name="clock">The clock for the creation instant.</param>
    /// <returns>The manifest.</returns>
    public static ExportManifest Create(string outputPath, RunReport report, IClock clock) => Create(outputPath, report, clock, [], null);

    /// <summary>Makes the manifest of an output file and the kits sealed in the same run.</summary>
    /// <param name="outputPath">The output file, or a staged copy of it (see <paramref name="outputFileName"/>).</param>
    /// <param name="report">The run report of the run that wrote it.</param>
    /// <param name="clock">The clock for the creation instant.</param>
    /// <param name="kits">The kits of the run (<see cref="ReidentificationKit.SealAll"/>); listed with their SHA-256.</param>
    /// <param name="outputFileName">The output's final file name when <paramref name="outputPath"/> is a staged copy; default: its own name.</param>
    /// <returns>The manifest.</returns>
    public static ExportManifest Create(string outputPath, RunReport report, IClock clock, IReadOnlyList<SealedKit> kits, string? outputFileName)
    {
        Preconditions.CheckNotNull(outputPath);
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(clock);
        Preconditions.CheckNotNull(kits);
        var (hash, size) = HashFile(outputPath);
        return new ExportManifest(outputFileName ?? Path.GetFileName(outputPath), hash, size, report.RecordsRead, report.RecordsWritten, report.RecordsRejected,
            report.RecordsNotFlagged, report.RecordsSuppressed, report.PolicyId, report.PolicyHash, report.KeyFingerprint.Value, report.Phase,
            clock.GetCurrentInstant(), report.UnflaggedExported, [.. kits.Select(k => new ManifestKit(k.FileName, k.Sha256)).OrderBy(k => k.FileName, StringComparer.Ordinal)],
            report.RecordsFlaggedOutsidePhase, report.KAnonymity.K, report.KAnonymity.Enforced, report.AgeBandMonth,
            report.KAnonymity.EarlierExports?.Sha256 ?? []);
    }

    /// <summary>Parses the manifest JSON (strict: every member present with its type, no duplicate keys, at most <see cref="MaxBytes"/>).</summary>
    /// <param name="json">The UTF-8 JSON bytes.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="FormatException">The bytes are not a manifest of this format; the message names the member, never a value.</exception>
    public static ExportManifest Parse(ReadOnlySpan<byte> json)
    {
        if (json.Length > MaxBytes)
        {
            throw new FormatException($"The manifest is larger than {MaxBytes} bytes.");
        }

        try
        {
            using var document = JsonDocument.Parse(json.ToArray(), StrictJson.Options);
            var r = document.RootElement;
            var format = StrictJson.String(r, "format");
            if (format is not (FormatId or PreviousFormatId))
            {
                throw new FormatException("The manifest format is not " + FormatId + " (or " + PreviousFormatId + ").");
            }

            var kits = StrictJson.Member(r, "kits", JsonValueKind.Array).EnumerateArray()
                .Select((k, i) => new ManifestKit(StrictJson.String(k, "file", $"kits[{i}]"), StrictJson.Sha256(k, "sha256", $"kits[{i}]")))
                .ToList();
            var createdAt = InstantPattern.ExtendedIso.Parse(StrictJson.String(r, "createdAt"));
            if (!createdAt.Success)
            {
                throw new FormatException("The manifest member 'createdAt' is not an ISO instant.");
            }

            return new ExportManifest(
                StrictJson.String(r, "outputFile"), StrictJson.Sha256(r, "outputSha256"), StrictJson.Count(r, "outputBytes"),
                StrictJson.Count(r, "recordsRead"), StrictJson.Count(r, "recordsWritten"), StrictJson.Count(r, "recordsRejected"),
                StrictJson.Count(r, "recordsNotFlagged"), StrictJson.Count(r, "recordsSuppressed"), StrictJson.String(r, "policyId"),
                StrictJson.String(r, "policyHash"), StrictJson.String(r, "keyFingerprint"), StrictJson.String(r, "phase"),
                createdAt.Value, StrictJson.Boolean(r, "unflaggedExported"), kits, StrictJson.Count(r, "recordsFlaggedOutsidePhase"),
                (int)Math.Min(StrictJson.Count(StrictJson.Member(r, "kAnonymity", JsonValueKind.Object), "k", "kAnonymity"), int.MaxValue),
                StrictJson.Boolean(StrictJson.Member(r, "kAnonymity", JsonValueKind.Object), "enforced", "kAnonymity"),
                AgeBandMonthOf(r),
                format == PreviousFormatId ? null : EarlierExportsOf(StrictJson.Member(r, "kAnonymity", JsonValueKind.Object)),
                format);
        }
        catch (JsonException ex)
        {
            throw new FormatException(StrictJson.Describe("The manifest", ex), ex);
        }
        catch (InvalidOperationException ex)
        {
            // GetString on a string holding invalid UTF-8 (the reader validates structure, not string content).
            throw new FormatException("The manifest holds invalid UTF-8 in a string.", ex);
        }
    }

    private static string[] EarlierExportsOf(JsonElement kAnonymity) =>
        [.. StrictJson.Member(kAnonymity, "earlierExports", JsonValueKind.Array, "kAnonymity").EnumerateArray()
            .Select((e, i) => e.ValueKind == JsonValueKind.String && e.GetString() is { } hash && StrictJson.IsSha256(hash)
                ? hash
                : throw new FormatException($"The member 'kAnonymity.earlierExports[{i}]' is not a SHA-256 in lower-case hex."))];

    private static YearMonth? AgeBandMonthOf(JsonElement root)
    {
        if (!root.TryGetProperty("ageBandMonth", out var value))
        {
            throw new FormatException("The member 'ageBandMonth' is missing.");
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var month = value.ValueKind == JsonValueKind.String ? YearMonthPattern.Iso.Parse(value.GetString()!) : null;
        return month is { Success: true } ? month.Value : throw new FormatException("The manifest member 'ageBandMonth' is neither null nor a month yyyy-MM.");
    }

    /// <summary>The canonical JSON bytes (UTF-8, indented, '\n'), which are what gets signed.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToJsonBytes()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("outputFile", OutputFile);
            w.WriteString("outputSha256", OutputSha256);
            w.WriteNumber("outputBytes", OutputBytes);
            w.WriteNumber("recordsRead", RecordsRead);
            w.WriteNumber("recordsWritten", RecordsWritten);
            w.WriteNumber("recordsRejected", RecordsRejected);
            w.WriteNumber("recordsNotFlagged", RecordsNotFlagged);
            w.WriteNumber("recordsSuppressed", RecordsSuppressed);
            w.WriteNumber("recordsFlaggedOutsidePhase", RecordsFlaggedOutsidePhase);
            w.WriteStartObject("kAnonymity");
            w.WriteNumber("k", K);
            w.WriteBoolean("enforced", KEnforced);
            if (EarlierExports is not null)
            {
                w.WriteStartArray("earlierExports");
                foreach (var hash in EarlierExports)
                {
                    w.WriteStringValue(hash);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteString("policyId", PolicyId);
            w.WriteString("policyHash", PolicyHash);
            w.WriteString("keyFingerprint", KeyFingerprint);
            w.WriteString("phase", Phase);
            w.WriteString("createdAt", InstantPattern.ExtendedIso.Format(CreatedAt));
            w.WriteBoolean("unflaggedExported", UnflaggedExported);
            RunReport.WriteMonth(w, "ageBandMonth", AgeBandMonth);
            w.WriteStartArray("kits");
            foreach (var kit in Kits)
            {
                w.WriteStartObject();
                w.WriteString("file", kit.FileName);
                w.WriteString("sha256", kit.Sha256);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    internal static (string Hash, long Size) HashFile(string path) => HashFile(path, long.MaxValue - 1);

    /// <summary>
    /// The SHA-256 and size of at most <paramref name="maxBytes"/> + 1 bytes of a file: a verifier passes the size the
    /// signed manifest states, so a device such as /dev/zero or a grown file ends after one byte too many (its size then
    /// differs) instead of being hashed for ever (issue 17, class 8).
    /// </summary>
    internal static (string Hash, long Size) HashFile(string path, long maxBytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return HashStream(stream, maxBytes);
    }

    /// <summary>The SHA-256 and size of at most <paramref name="maxBytes"/> + 1 bytes of a stream, from its position.</summary>
    internal static (string Hash, long Size) HashStream(Stream stream, long maxBytes)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long size = 0;
        var limit = maxBytes + 1;
        int read;
        while (size < limit && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - size))) > 0)
        {
            hash.AppendData(buffer, 0, read);
            size += read;
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    /// <inheritdoc/>
    public override string ToString() => Encoding.UTF8.GetString(ToJsonBytes());
}

/// <summary>One kit listed in a manifest.</summary>
/// <param name="FileName">The kit's file name (no directory).</param>
/// <param name="Sha256">The SHA-256 of the sealed kit file, lower-case hex.</param>
public sealed record ManifestKit(string FileName, string Sha256);
