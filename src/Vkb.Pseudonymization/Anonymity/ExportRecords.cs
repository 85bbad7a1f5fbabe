using System.Globalization;
using System.Text.Json;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Anonymity;

/// <summary>
/// Reads pseudonymised exports (JSON Lines, as the pipeline writes them) record by record: the subject, the
/// pseudonymisation metadata and the quasi-identifiers as published. Every record must be of the first record's phase
/// (pseudonyms of two phases are unrelated). A problem's message names the export (by its index from 1), the line and
/// the path, never a value. Shared by <see cref="ExportAnonymity"/> and <see cref="EarlierExports"/>.
/// </summary>
internal static class ExportRecords
{
    /// <summary>Calls <paramref name="record"/> for every record of every export, in order.</summary>
    /// <param name="exports">The exports, each read from its position to its end (not disposed).</param>
    /// <param name="subjectPath">The subject's path.</param>
    /// <param name="quasi">The quasi-identifiers' paths.</param>
    /// <param name="valueText">
    /// How a class is keyed: false, the JSON text of each value as published; true, the value's text as the pipeline
    /// keys a class (a string's characters, a number's text, <c>true</c>/<c>false</c>, U+2205 for null or missing).
    /// </param>
    /// <param name="maxLineBytes">The longest accepted line in bytes.</param>
    /// <param name="record">Receives each record.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <exception cref="FormatException">A line is no JSON object, has no subject string or no phase, or another phase than the first record's.</exception>
    public static async Task ForEachAsync(
        IReadOnlyList<Stream> exports, FieldPath subjectPath, FieldPath[] quasi, bool valueText, int maxLineBytes, Action<ExportRecord> record,
        CancellationToken cancellationToken)
    {
        string? phase = null;
        using var batch = new LineBatch();
        for (var e = 0; e < exports.Count; e++)
        {
            var source = new StreamLineSource(Preconditions.CheckNotNull(exports[e]), maxLineBytes);
            while (true)
            {
                batch.Clear();
                await source.FillAsync(batch, 256, cancellationToken).ConfigureAwait(false);
                if (batch.Count == 0)
                {
                    break;
                }

                for (var i = 0; i < batch.Count; i++)
                {
                    // Where a problem is, made only for its message.
                    var (export, line) = (e, batch.LineNumber(i));
                    string Where() => string.Create(CultureInfo.InvariantCulture, $"Export {export + 1}, line {line}");
                    if (batch.IsTooLong(i))
                    {
                        throw new FormatException($"{Where()}: the line is longer than {maxLineBytes} bytes.");
                    }

                    var read = Read(batch.Bytes(i), subjectPath, quasi, valueText, Where) with { Export = e, Line = line };
                    if ((phase ??= read.Phase) != read.Phase)
                    {
                        throw new FormatException($"{Where()}: the record is of another phase than the first record; pseudonyms of two phases are unrelated.");
                    }

                    record(read);
                }
            }
        }
    }

    private static ExportRecord Read(ReadOnlyMemory<byte> line, FieldPath subjectPath, FieldPath[] quasi, bool valueText, Func<string> where)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            throw new FormatException($"{where()}: the line is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{where()}: a record must be a JSON object.");
            }

            if (RecordValues.Find(root, subjectPath) is not { ValueKind: JsonValueKind.String } subject || subject.GetString() is not { Length: > 0 } subjectText)
            {
                throw new FormatException($"{where()}, {subjectPath.Value}: the subject is required (a non-empty string).");
            }

            if (!root.TryGetProperty("pseudonymization", out var metadata) || metadata.ValueKind != JsonValueKind.Object ||
                !metadata.TryGetProperty("phase", out var phase) || phase.ValueKind != JsonValueKind.String)
            {
                throw new FormatException($"{where()}, pseudonymization.phase: the record carries no phase; it is no pseudonymised export.");
            }

            var tuple = string.Join('\u001F', quasi.Select(q => RecordValues.Find(root, q) is { } value
                ? valueText ? ValueText(value) : value.GetRawText()
                : "\u2205"));
            return new ExportRecord(subjectText, phase.GetString()!, Metadata(metadata, "policyHash"), Metadata(metadata, "keyFingerprint"), tuple, 0, 0);
        }
    }

    private static string? Metadata(JsonElement metadata, string name) =>
        metadata.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>A published value as the pipeline keys it (see <c>RecordTransformer.PooledText</c>).</summary>
    private static string ValueText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "\u2205",
        _ => value.GetRawText(),
    };
}

/// <summary>One record of an export, as <see cref="ExportRecords"/> reads it.</summary>
/// <param name="Subject">The subject's pseudonym as written.</param>
/// <param name="Phase">The record's phase.</param>
/// <param name="PolicyHash">The hash of the policy that wrote it (null if the record does not say).</param>
/// <param name="KeyFingerprint">The fingerprint of the key that wrote it (null if the record does not say).</param>
/// <param name="Tuple">The quasi-identifiers as published, joined by U+001F (a missing one U+2205).</param>
/// <param name="Export">The export's index (from 0).</param>
/// <param name="Line">The line number (from 1).</param>
internal readonly record struct ExportRecord(string Subject, string Phase, string? PolicyHash, string? KeyFingerprint, string Tuple, int Export, long Line);
