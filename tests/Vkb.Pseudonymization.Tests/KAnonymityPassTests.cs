using System.Buffers.Binary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Anonymity;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// P9's second pass on its own: records of suppressed tuples are left out, every other record is copied with each
/// generalised value spliced in at the span its header names (in the record's order, not the dimensions'), in the
/// order the pipeline gives (its export order), whatever the records' lengths.
/// </summary>
public class KAnonymityPassTests
{
    /// <summary>A spool of random records and the output the pass must write, built without the pass's code.</summary>
    private sealed record Spool(byte[] Bytes, int HeaderBytes, byte[]?[][] Replacements, byte[] Expected, int LongestRecord);

    private static Spool Build(int seed)
    {
        var random = new Random(seed);
        var dimensions = random.Next(1, 5);
        var headerBytes = 8 + (8 * dimensions);
        var tuples = random.Next(1, 6);
        var replacements = new byte[]?[tuples][];
        for (var t = 0; t < tuples; t++)
        {
            replacements[t] = new byte[]?[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                replacements[t][d] = random.Next(3) == 0 ? null : Text(random, random.Next(0, 12), 'A');
            }
        }

        using var spool = new MemoryStream();
        using var expected = new MemoryStream();
        var longest = 0;
        var records = random.Next(0, 40);
        for (var r = 0; r < records; r++)
        {
            var tuple = random.Next(tuples);
            var record = new List<byte>();
            var spans = Enumerable.Repeat((Start: -1, End: -1), dimensions).ToArray();
            var parts = new List<(byte[] Bytes, int Dimension)>();

            // The values stand in a random order, some absent; a few records are longer than the pass's first buffer.
            var filler = random.Next(10) == 0 ? 5000 + random.Next(20000) : 40;
            foreach (var d in Enumerable.Range(0, dimensions).OrderBy(_ => random.Next()))
            {
                parts.Add((Text(random, random.Next(0, filler), 'a'), -1));
                if (random.Next(5) != 0)
                {
                    parts.Add((Text(random, random.Next(0, 10), '0'), d));
                }
            }

            parts.Add((Text(random, random.Next(0, 20), 'a'), -1));
            parts.Add(("\n"u8.ToArray(), -1));
            foreach (var (bytes, d) in parts)
            {
                if (d >= 0)
                {
                    spans[d] = (record.Count, record.Count + bytes.Length);
                }

                record.AddRange(bytes);
                expected.Write(d >= 0 && replacements[tuple][d] is { } replacement ? replacement : bytes);
            }

            var header = new byte[headerBytes];
            BinaryPrimitives.WriteInt32LittleEndian(header, tuple);
            BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(4), record.Count);
            for (var d = 0; d < dimensions; d++)
            {
                BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8 + (8 * d)), spans[d].Start);
                BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(12 + (8 * d)), spans[d].End);
            }

            spool.Write(header);
            spool.Write([.. record]);
            longest = Math.Max(longest, record.Count);
        }

        return new Spool(spool.ToArray(), headerBytes, replacements, expected.ToArray(), longest);
    }

    private static byte[] Text(Random random, int length, char from)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(from + random.Next(10));
        }

        return bytes;
    }

    private static Task<byte[]> Pass(Spool spool, Stream? output = null, CancellationToken cancellationToken = default) =>
        Pass(spool, Positions(spool), output, cancellationToken);

    /// <summary>The pass over <paramref name="spool"/>, reading the records whose headers stand at <paramref name="positions"/>, in that order.</summary>
    private static async Task<byte[]> Pass(Spool spool, long[] positions, Stream? output = null, CancellationToken cancellationToken = default)
    {
        await using var input = new Engine.Spool(long.MaxValue, () => throw new InvalidOperationException("A test spool stays in memory."));
        input.Write(spool.Bytes);
        using var buffer = new MemoryStream();
        await KAnonymityPass.WriteAsync(input, output ?? buffer, spool.HeaderBytes, spool.Replacements, positions, cancellationToken);
        return buffer.ToArray();
    }

    /// <summary>Where each record's header starts, in the order written (a header cut short at the end counts).</summary>
    private static long[] Positions(Spool spool)
    {
        var positions = new List<long>();
        for (var at = 0; at < spool.Bytes.Length;)
        {
            positions.Add(at);
            at += at + 8 <= spool.Bytes.Length ? spool.HeaderBytes + BinaryPrimitives.ReadInt32LittleEndian(spool.Bytes.AsSpan(at + 4)) : spool.HeaderBytes;
        }

        return [.. positions];
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "P2")]
    public Property WriteAsync_WritesTheRecordsInTheGivenOrder()
    {
        // The export order is the pipeline's to choose (by the subject's pseudonym); the pass must follow it exactly: each
        // record of a shuffled order comes out as it does alone.
        return Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var spool = Build(seed);
            var positions = Positions(spool);
            var shuffled = positions.ToArray();
            new Random(seed).Shuffle(shuffled);
            var expected = shuffled.SelectMany(p => Pass(spool, [p]).GetAwaiter().GetResult()).ToArray();
            var written = Pass(spool, shuffled).GetAwaiter().GetResult();
            return written.AsSpan().SequenceEqual(expected).Label($"seed {seed}: {shuffled.Length} records");
        });
    }

    [Property(MaxTest = 300)]
    [Trait("Rule", "P9")]
    public Property WriteAsync_SplicesEachGeneralisedValueInItsPlace()
    {
        return Prop.ForAll(ArbMap.Default.ArbFor<int>(), seed =>
        {
            var spool = Build(seed);
            var written = Pass(spool).GetAwaiter().GetResult();
            return written.AsSpan().SequenceEqual(spool.Expected).Label($"seed {seed}: {written.Length} bytes written, {spool.Expected.Length} expected");
        });
    }

    [Fact]
    [Trait("Rule", "P9")]
    public async Task WriteAsync_WritesInPiecesOfAbout64KiB_NotTheWholeOutputAtOnce()
    {
        // The spools of one width joined, nothing replaced: the output is every record without its header.
        var width = Enumerable.Range(0, 200).Select(Build).GroupBy(s => s.HeaderBytes).MaxBy(g => g.Sum(s => s.Bytes.Length))!.ToList();
        var headerBytes = width[0].HeaderBytes;
        var tuples = width.Max(s => s.Replacements.Length);
        var combined = new Spool(
            [.. width.SelectMany(s => s.Bytes)], headerBytes, [.. Enumerable.Range(0, tuples).Select(_ => new byte[]?[(headerBytes - 8) / 8])],
            [], width.Max(s => s.LongestRecord));
        using var output = new WriteSizes();
        await Pass(combined, output);
        output.Total.ShouldBe(width.Sum(s => s.Bytes.Length - CountHeaders(s)));
        output.Total.ShouldBeGreaterThan(3 << 16);
        output.Largest.ShouldBeLessThan((1 << 16) + combined.LongestRecord);
        output.Sizes.SkipLast(1).ShouldAllBe(size => size >= 1 << 16); // no write before 64 KiB are gathered (not one per record)
    }

    private static int CountHeaders(Spool spool)
    {
        var headers = 0;
        for (var at = 0; at < spool.Bytes.Length;)
        {
            headers += spool.HeaderBytes;
            at += spool.HeaderBytes + BinaryPrimitives.ReadInt32LittleEndian(spool.Bytes.AsSpan(at + 4));
        }

        return headers;
    }

    [Fact]
    [Trait("Rule", "P9")]
    public async Task WriteAsync_ASpoolEndingInsideAHeader_FailsAndSaysSo()
    {
        var spool = Enumerable.Range(1, 50).Select(Build).First(s => s.Bytes.Length > 0);
        var truncated = spool with { Bytes = [.. spool.Bytes, .. new byte[spool.HeaderBytes - 1]] };
        (await Should.ThrowAsync<InvalidDataException>(() => Pass(truncated))).Message.ShouldContain("header");
    }

    [Fact]
    [Trait("Rule", "P9")]
    public async Task WriteAsync_Cancelled_StopsBeforeReading()
    {
        var spool = Enumerable.Range(1, 50).Select(Build).First(s => s.Bytes.Length > 0);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => Pass(spool, cancellationToken: cancelled.Token));
    }

    /// <summary>An output that keeps only the size of each write.</summary>
    private sealed class WriteSizes : Stream
    {
        public long Total { get; private set; }

        public int Largest { get; private set; }

        public List<int> Sizes { get; } = [];

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Total;

        public override long Position { get => Total; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Total += buffer.Length;
            Largest = Math.Max(Largest, buffer.Length);
            Sizes.Add(buffer.Length);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }
    }
}
