using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Export;

/// <summary>
/// What a pseudonymised export is: counts, SHA-256 and size of the output file, policy id and hash, key
/// fingerprint, phase and creation instant. Signed as detached CMS by <see cref="ExportSignature"/>.
/// </summary>
public sealed class ExportManifest
{
    /// <summary>The manifest format id.</summary>
    public const string FormatId = "vkb-export-manifest-v1";

    private ExportManifest(string outputFile, string outputSha256, long outputBytes, long recordsRead, long recordsWritten, long recordsRejected,
        long recordsNotFlagged, long recordsSuppressed, string policyId, string policyHash, string keyFingerprint, string phase, Instant createdAt,
        bool unflaggedExported)
    {
        UnflaggedExported = unflaggedExported;
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

    /// <summary>Whether unflagged records were exported: the explicit exception to P1 (absent in older manifests: false).</summary>
    public bool UnflaggedExported { get; }

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

    /// <summary>Makes the manifest of an output file from its run report.</summary>
    /// <param name="outputPath">The output file.</param>
    /// <param name="report">The run report of the run that wrote it.</param>
    /// <param name="clock">The clock for the creation instant.</param>
    /// <returns>The manifest.</returns>
    public static ExportManifest Create(string outputPath, RunReport report, IClock clock)
    {
        Preconditions.CheckNotNull(outputPath);
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(clock);
        var (hash, size) = HashFile(outputPath);
        return new ExportManifest(Path.GetFileName(outputPath), hash, size, report.RecordsRead, report.RecordsWritten, report.RecordsRejected,
            report.RecordsNotFlagged, report.RecordsSuppressed, report.PolicyId, report.PolicyHash, report.KeyFingerprint.Value, report.Phase,
            clock.GetCurrentInstant(), report.UnflaggedExported);
    }

    /// <summary>Parses the manifest JSON.</summary>
    /// <param name="json">The UTF-8 JSON bytes.</param>
    /// <returns>The manifest.</returns>
    /// <exception cref="FormatException">The bytes are not a manifest of this format.</exception>
    public static ExportManifest Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            var r = document.RootElement;
            if (r.GetProperty("format").GetString() != FormatId)
            {
                throw new FormatException("The manifest format is not " + FormatId + ".");
            }

            return new ExportManifest(
                r.GetProperty("outputFile").GetString()!, r.GetProperty("outputSha256").GetString()!, r.GetProperty("outputBytes").GetInt64(),
                r.GetProperty("recordsRead").GetInt64(), r.GetProperty("recordsWritten").GetInt64(), r.GetProperty("recordsRejected").GetInt64(),
                r.GetProperty("recordsNotFlagged").GetInt64(), r.GetProperty("recordsSuppressed").GetInt64(), r.GetProperty("policyId").GetString()!,
                r.GetProperty("policyHash").GetString()!, r.GetProperty("keyFingerprint").GetString()!, r.GetProperty("phase").GetString()!,
                InstantPattern.ExtendedIso.Parse(r.GetProperty("createdAt").GetString()!).GetValueOrThrow(),
                r.TryGetProperty("unflaggedExported", out var unflagged) && unflagged.GetBoolean());
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or UnparsableValueException)
        {
            throw new FormatException("The manifest is not valid manifest JSON.");
        }
    }

    /// <summary>The canonical JSON bytes (UTF-8, indented, '\n'), which are what gets signed.</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToJsonBytes()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            w.WriteStartObject();
            w.WriteString("format", FormatId);
            w.WriteString("outputFile", OutputFile);
            w.WriteString("outputSha256", OutputSha256);
            w.WriteNumber("outputBytes", OutputBytes);
            w.WriteNumber("recordsRead", RecordsRead);
            w.WriteNumber("recordsWritten", RecordsWritten);
            w.WriteNumber("recordsRejected", RecordsRejected);
            w.WriteNumber("recordsNotFlagged", RecordsNotFlagged);
            w.WriteNumber("recordsSuppressed", RecordsSuppressed);
            w.WriteString("policyId", PolicyId);
            w.WriteString("policyHash", PolicyHash);
            w.WriteString("keyFingerprint", KeyFingerprint);
            w.WriteString("phase", Phase);
            w.WriteString("createdAt", InstantPattern.ExtendedIso.Format(CreatedAt));
            w.WriteBoolean("unflaggedExported", UnflaggedExported);
            w.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    internal static (string Hash, long Size) HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        var hash = SHA256.HashData(stream);
        return (Convert.ToHexStringLower(hash), stream.Length);
    }

    /// <inheritdoc/>
    public override string ToString() => Encoding.UTF8.GetString(ToJsonBytes());
}
