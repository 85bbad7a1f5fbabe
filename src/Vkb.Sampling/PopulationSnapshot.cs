using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using NodaTime;

namespace Vkb.Sampling;

/// <summary>
/// A frozen population of a second-stage draw (e.g. the RD-assessed records for the head-office
/// draw, S5): its digest, size and the instant it was frozen. The second stage's seed must be
/// committed after that instant, and its population must still have the same digest.
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class PopulationSnapshot : IEquatable<PopulationSnapshot>
{
    private PopulationSnapshot(string digest, long distinctKeys, Instant frozenAt)
    {
        Digest = digest;
        DistinctKeys = distinctKeys;
        FrozenAt = frozenAt;
    }

    /// <summary>The population digest (as in a protocol's <c>populationDigest</c>).</summary>
    public string Digest { get; }

    /// <summary>How many distinct keys the population holds.</summary>
    public long DistinctKeys { get; }

    /// <summary>When the population was frozen.</summary>
    public Instant FrozenAt { get; }

    /// <summary>Freezes the keys of a population now.</summary>
    /// <param name="keys">The keys (duplicates are counted once).</param>
    /// <param name="clock">The clock.</param>
    /// <returns>The snapshot.</returns>
    public static PopulationSnapshot Freeze(IEnumerable<string> keys, IClock clock)
    {
        Preconditions.CheckNotNull(keys);
        Preconditions.CheckNotNull(clock);
        var distinct = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new PopulationSnapshot(PopulationDigest.Compute(distinct), distinct.Count, clock.GetCurrentInstant());
    }

    /// <summary>Rebuilds a published snapshot.</summary>
    /// <param name="digest">64 hexadecimal digits.</param>
    /// <param name="distinctKeys">The number of distinct keys.</param>
    /// <param name="frozenAt">When it was frozen.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="FormatException">The digest is not 64 hexadecimal digits.</exception>
    public static PopulationSnapshot Create(string digest, long distinctKeys, Instant frozenAt)
    {
        if (!SampleTicket.TryParse(digest, out _))
        {
            throw new FormatException("A population digest is 64 hexadecimal digits.");
        }

        Preconditions.CheckArgumentRange(distinctKeys, 0, long.MaxValue);
        return new PopulationSnapshot(digest.ToLowerInvariant(), distinctKeys, frozenAt);
    }

    /// <inheritdoc />
    public bool Equals(PopulationSnapshot? other) =>
        other is not null && string.Equals(Digest, other.Digest, StringComparison.Ordinal) && DistinctKeys == other.DistinctKeys && FrozenAt == other.FrozenAt;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PopulationSnapshot);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Digest), DistinctKeys, FrozenAt);
}

/// <summary>
/// The population digest, streamed over keys that arrive sorted and distinct. Bytes are gathered
/// in a buffer and handed to SHA-256 in blocks, because each hash call crosses into the platform
/// crypto library.
/// </summary>
internal sealed class PopulationDigest : IDisposable
{
    private const int BufferSize = 16 * 1024;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;
    private bool _any;

    public static string Compute(IEnumerable<string> sortedDistinctKeys)
    {
        using var digest = new PopulationDigest();
        foreach (var key in sortedDistinctKeys)
        {
            digest.Append(key);
        }

        return digest.Finish();
    }

    public void Append(string key)
    {
        var max = Encoding.UTF8.GetMaxByteCount(key.Length) + 1;
        if (max > BufferSize - _used)
        {
            Flush();
        }

        if (max > BufferSize)
        {
            if (_any)
            {
                _hash.AppendData("\n"u8);
            }

            _hash.AppendData(Encoding.UTF8.GetBytes(key));
        }
        else
        {
            if (_any)
            {
                _buffer[_used++] = (byte)'\n';
            }

            _used += Encoding.UTF8.GetBytes(key, _buffer.AsSpan(_used));
        }

        _any = true;
    }

    /// <summary>Appends a key already encoded as UTF-8 (the same bytes as <see cref="Append(string)"/> for valid text).</summary>
    public void Append(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length + 1 > BufferSize - _used)
        {
            Flush();
        }

        if (utf8.Length + 1 > BufferSize)
        {
            if (_any)
            {
                _hash.AppendData("\n"u8);
            }

            _hash.AppendData(utf8);
        }
        else
        {
            if (_any)
            {
                _buffer[_used++] = (byte)'\n';
            }

            CopyShort(utf8, _buffer.AsSpan(_used));
            _used += utf8.Length;
        }

        _any = true;
    }

    public string Finish()
    {
        Flush();
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    public void Dispose() => _hash.Dispose();

    /// <summary>
    /// Copies <paramref name="source"/> into <paramref name="destination"/>; keys of 4 to 16 bytes
    /// (most record keys) by two overlapping words, inline, instead of a call per key.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CopyShort(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var n = source.Length;
        if (n is >= 8 and <= 16 && destination.Length >= n)
        {
            ref var s = ref MemoryMarshal.GetReference(source);
            ref var d = ref MemoryMarshal.GetReference(destination);
            Unsafe.WriteUnaligned(ref d, Unsafe.ReadUnaligned<ulong>(ref s));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref d, n - 8), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref s, n - 8)));
        }
        else if (n is >= 4 and < 8 && destination.Length >= n)
        {
            ref var s = ref MemoryMarshal.GetReference(source);
            ref var d = ref MemoryMarshal.GetReference(destination);
            Unsafe.WriteUnaligned(ref d, Unsafe.ReadUnaligned<uint>(ref s));
            Unsafe.WriteUnaligned(ref Unsafe.Add(ref d, n - 4), Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref s, n - 4)));
        }
        else
        {
            source.CopyTo(destination);
        }
    }

    private void Flush()
    {
        if (_used > 0)
        {
            _hash.AppendData(_buffer.AsSpan(0, _used));
            _used = 0;
        }
    }
}

/// <summary>
/// The population content digest: SHA-256 over every item as the draw reads it, in canonical
/// order (key, then unit, stratum, exclusion mask, § 16a mark, job centre; all ordinal). Each item
/// is <c>lp(key) ‖ lp(unit) ‖ lp(stratum) ‖ mask (8 bytes, big-endian) ‖ mark (1 byte) ‖ lp(jobCentre)</c>.
/// Items must arrive in non-decreasing key order; the items of one key are sorted here.
/// </summary>
internal sealed class PopulationContentDigest : IDisposable
{
    private const int BufferSize = 16 * 1024;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly List<Line> _group = [];
    private string? _key;
    private int _used;

    public void Add(string key, string unit, string stratum, long mask, byte mark, string? jobCentre)
    {
        if (_key is not null && !string.Equals(key, _key, StringComparison.Ordinal))
        {
            FlushGroup();
        }

        _key = key;
        _group.Add(new Line(unit, stratum, mask, mark, jobCentre ?? string.Empty));
    }

    public string Finish()
    {
        FlushGroup();
        if (_used > 0)
        {
            _hash.AppendData(_buffer.AsSpan(0, _used));
            _used = 0;
        }

        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    public void Dispose() => _hash.Dispose();

    private void FlushGroup()
    {
        if (_key is null)
        {
            return;
        }

        if (_group.Count > 1)
        {
            _group.Sort(static (x, y) =>
            {
                var c = string.CompareOrdinal(x.Unit, y.Unit);
                c = c != 0 ? c : string.CompareOrdinal(x.Stratum, y.Stratum);
                c = c != 0 ? c : x.Mask.CompareTo(y.Mask);
                c = c != 0 ? c : x.Mark.CompareTo(y.Mark);
                return c != 0 ? c : string.CompareOrdinal(x.JobCentre, y.JobCentre);
            });
        }

        Span<byte> fixedPart = stackalloc byte[9];
        foreach (var line in _group)
        {
            Text(_key);
            Text(line.Unit);
            Text(line.Stratum);
            System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(fixedPart, line.Mask);
            fixedPart[8] = line.Mark;
            Bytes(fixedPart);
            Text(line.JobCentre);
        }

        _group.Clear();
        _key = null;
    }

    private void Text(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Span<byte> length = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        Bytes(length);
        Bytes(bytes);
    }

    private void Bytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > BufferSize - _used)
        {
            _hash.AppendData(_buffer.AsSpan(0, _used));
            _used = 0;
        }

        if (bytes.Length > BufferSize)
        {
            _hash.AppendData(bytes);
            return;
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    private readonly record struct Line(string Unit, string Stratum, long Mask, byte Mark, string JobCentre);
}
