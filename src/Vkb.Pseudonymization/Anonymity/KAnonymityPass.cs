using System.Buffers.Binary;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vkb.Pseudonymization.Anonymity;

/// <summary>
/// The second pass over the spool: the records are read in export order (<see cref="Pipeline.ExportOrder"/>: by their
/// subject's pseudonym, never the extract's order; the suppressed records are not in that order); each record's header
/// names its tuple and where its quasi-identifier values stand; each record is copied with each generalised value
/// spliced in (no JSON parsing). The spool (pooled memory, or a local temporary file beyond its
/// memory limit) is read synchronously; the output is written asynchronously in 64 KiB pieces.
/// </summary>
internal static class KAnonymityPass
{
    /// <summary>How a generalised value is encoded (as the transformer writes strings).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Writes the spooled records whose headers start at <paramref name="order"/>'s positions, in that order (the
    /// pipeline leaves the suppressed records out of it: a person's records go or stay together, which a per-tuple flag
    /// here could not say); with <paramref name="replacements"/> null (k-anonymity not enforced) unchanged.
    /// </summary>
    public static async Task WriteAsync(Spool spool, Stream output, int headerBytes, byte[]?[][]? replacements, long[] order, CancellationToken cancellationToken)
    {
        var header = new byte[headerBytes];
        var record = new byte[4096];
        using var buffer = new ByteBuffer();
        var spans = (headerBytes - 8) / 8;
        var splice = new int[spans];
        foreach (var position in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            spool.ReadExactlyAt(position, header);
            var tuple = BinaryPrimitives.ReadInt32LittleEndian(header);
            var length = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4));
            if (record.Length < length)
            {
                record = new byte[Math.Max(length, record.Length * 2)];
            }

            spool.ReadExactlyAt(position + headerBytes, record.AsSpan(0, length));
            if (replacements is null || tuple < 0)
            {
                Append(buffer, record.AsSpan(0, length));
            }
            else
            {
                Splice(record.AsSpan(0, length), header, replacements[tuple], splice, buffer);
            }

            if (buffer.Length >= 1 << 16)
            {
                await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.Clear();
            }
        }

        if (buffer.Length > 0)
        {
            await output.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Copies <paramref name="record"/> into <paramref name="buffer"/> with each replaced value's span swapped for its replacement.</summary>
    private static void Splice(ReadOnlySpan<byte> record, ReadOnlySpan<byte> header, byte[]?[] replacement, int[] order, ByteBuffer buffer)
    {
        var count = 0;
        for (var d = 0; d < replacement.Length; d++)
        {
            if (replacement[d] is not null && BinaryPrimitives.ReadInt32LittleEndian(header[(8 + (8 * d))..]) >= 0)
            {
                // Insertion by start position: values stand in the record in its field order, not the policy's.
                var at = count++;
                while (at > 0 && Start(header, order[at - 1]) > Start(header, d))
                {
                    order[at] = order[at - 1];
                    at--;
                }

                order[at] = d;
            }
        }

        var position = 0;
        for (var i = 0; i < count; i++)
        {
            var d = order[i];
            var start = Start(header, d);
            var end = BinaryPrimitives.ReadInt32LittleEndian(header[(12 + (8 * d))..]);
            Append(buffer, record[position..start]);
            Append(buffer, replacement[d]);
            position = end;
        }

        Append(buffer, record[position..]);
    }

    private static int Start(ReadOnlySpan<byte> header, int dimension) => BinaryPrimitives.ReadInt32LittleEndian(header[(8 + (8 * dimension))..]);

    private static void Append(ByteBuffer buffer, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(buffer.GetSpan(bytes.Length));
        buffer.Advance(bytes.Length);
    }
}
