using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Vkb.Sampling;

/// <summary>
/// The ticket of a record key in one draw: <c>SHA-256("VKB-SAMPLE-V1" ‖ lp(seed) ‖ lp(drawId) ‖ lp(key))</c>,
/// where <c>lp(x)</c> is the 4-byte big-endian length of the UTF-8 bytes of <c>x</c> followed by those bytes.
/// Tickets compare as unsigned big-endian integers; the smallest tickets of a stratum are selected.
/// </summary>
/// <remarks>An immutable value; thread-safe.</remarks>
public readonly struct SampleTicket : IEquatable<SampleTicket>, IComparable<SampleTicket>, IComparable
{
    private readonly ulong _a;
    private readonly ulong _b;
    private readonly ulong _c;
    private readonly ulong _d;

    private SampleTicket(ulong a, ulong b, ulong c, ulong d)
    {
        _a = a;
        _b = b;
        _c = c;
        _d = d;
    }

    /// <summary>The most significant 64 bits (the first eight bytes, big-endian).</summary>
    internal ulong High => _a;

    /// <summary>Computes the ticket of <paramref name="key"/> for a seed and draw id.</summary>
    /// <param name="seed">The draw's seed.</param>
    /// <param name="drawId">The draw id; part of the hash so that two draws with one seed are independent.</param>
    /// <param name="key">The record key.</param>
    /// <returns>The ticket.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A text is not valid UTF-16 (lone surrogate).</exception>
    public static SampleTicket Compute(Seed seed, string drawId, string key)
    {
        Preconditions.CheckNotNull(seed);
        Preconditions.CheckNotNull(drawId);
        Preconditions.CheckNotNull(key);
        return new TicketHasher(seed, drawId).Compute(key);
    }

    /// <summary>Parses 64 hexadecimal digits (either case).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The ticket.</returns>
    /// <exception cref="FormatException">The text is not 64 hexadecimal digits.</exception>
    public static SampleTicket Parse(string text) =>
        TryParse(text, out var ticket) ? ticket : throw new FormatException("A sample ticket is written as 64 hexadecimal digits.");

    /// <summary>Tries to parse 64 hexadecimal digits (either case).</summary>
    /// <param name="text">The text.</param>
    /// <param name="ticket">The ticket when the result is true.</param>
    /// <returns>Whether the text is a ticket.</returns>
    public static bool TryParse(string? text, out SampleTicket ticket)
    {
        ticket = default;
        if (text is null || text.Length != 64)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[32];
        var status = Convert.FromHexString(text, bytes, out _, out var written);
        if (status != OperationStatus.Done || written != 32)
        {
            return false;
        }

        ticket = FromBytes(bytes);
        return true;
    }

    internal static SampleTicket FromBytes(ReadOnlySpan<byte> hash) => new(
        BinaryPrimitives.ReadUInt64BigEndian(hash),
        BinaryPrimitives.ReadUInt64BigEndian(hash[8..]),
        BinaryPrimitives.ReadUInt64BigEndian(hash[16..]),
        BinaryPrimitives.ReadUInt64BigEndian(hash[24..]));

    /// <summary>The ticket from a SHA-256 state held word-major for several lanes (see <see cref="MultiBufferSha256"/>).</summary>
    internal static SampleTicket FromState(ReadOnlySpan<uint> state, int lane, int lanes) => new(
        ((ulong)state[lane] << 32) | state[lanes + lane],
        ((ulong)state[(2 * lanes) + lane] << 32) | state[(3 * lanes) + lane],
        ((ulong)state[(4 * lanes) + lane] << 32) | state[(5 * lanes) + lane],
        ((ulong)state[(6 * lanes) + lane] << 32) | state[(7 * lanes) + lane]);

    /// <summary>Writes the 32 bytes of the ticket, most significant first.</summary>
    /// <param name="destination">At least 32 bytes.</param>
    /// <exception cref="ArgumentException">The destination is shorter than 32 bytes.</exception>
    public void CopyTo(Span<byte> destination)
    {
        Preconditions.CheckArgument(destination.Length >= 32, "The destination must hold 32 bytes.");
        BinaryPrimitives.WriteUInt64BigEndian(destination, _a);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], _b);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], _c);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], _d);
    }

    /// <summary>The ticket as 64 lowercase hexadecimal digits.</summary>
    /// <returns>The hexadecimal text.</returns>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[32];
        CopyTo(bytes);
        return Convert.ToHexStringLower(bytes);
    }

    /// <inheritdoc />
    public int CompareTo(SampleTicket other)
    {
        var c = _a.CompareTo(other._a);
        if (c != 0)
        {
            return c;
        }

        c = _b.CompareTo(other._b);
        if (c != 0)
        {
            return c;
        }

        c = _c.CompareTo(other._c);
        return c != 0 ? c : _d.CompareTo(other._d);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        SampleTicket other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a SampleTicket.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(SampleTicket other) => _a == other._a && _b == other._b && _c == other._c && _d == other._d;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SampleTicket other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_a, _b, _c, _d);

    /// <summary>Equality.</summary>
    /// <param name="left">The left ticket.</param>
    /// <param name="right">The right ticket.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(SampleTicket left, SampleTicket right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left ticket.</param>
    /// <param name="right">The right ticket.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SampleTicket left, SampleTicket right) => !left.Equals(right);

    /// <summary>Order as unsigned big-endian integers.</summary>
    /// <param name="left">The left ticket.</param>
    /// <param name="right">The right ticket.</param>
    /// <returns>Whether left is smaller.</returns>
    public static bool operator <(SampleTicket left, SampleTicket right) => left.CompareTo(right) < 0;

    /// <summary>Order as unsigned big-endian integers.</summary>
    /// <param name="left">The left ticket.</param>
    /// <param name="right">The right ticket.</param>
    /// <returns>Whether left is larger.</returns>
    public static bool operator >(SampleTicket left, SampleTicket right) => left.CompareTo(right) > 0;

    /// <summary>Order as unsigned big-endian integers.</summary>
    /// <param name="left">The left ticket.</param>
    /// <param name="right">The right ticket.</param>
    /// <returns>Whether left is smaller or equal.</returns>
    public static bool operator <=(SampleTicket left, SampleTicket right) => left.CompareTo(right) <= 0;

    /// <summary>Order as unsigned big-endian integers.</summary>
    /// <param name="left">The left ticket.</param>
    /// <param name="right">The right ticket.</param>
    /// <returns>Whether left is larger or equal.</returns>
    public static bool operator >=(SampleTicket left, SampleTicket right) => left.CompareTo(right) >= 0;
}

/// <summary>Computes tickets for one (seed, drawId) without allocating per key.</summary>
internal sealed class TicketHasher
{
    internal const string Prefix = "VKB-SAMPLE-V1";
    private const int StackLimit = 512;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _prefix;

    public TicketHasher(Seed seed, string drawId) => _prefix = BuildPrefix(seed, drawId);

    /// <summary>The fixed start of every hashed message: <c>"VKB-SAMPLE-V1" ‖ lp(seed) ‖ lp(drawId)</c>.</summary>
    internal static byte[] BuildPrefix(Seed seed, string drawId)
    {
        var seedBytes = StrictUtf8.GetBytes(seed.Value);
        byte[] drawBytes;
        try
        {
            drawBytes = StrictUtf8.GetBytes(drawId);
        }
        catch (EncoderFallbackException ex)
        {
            throw new ArgumentException("The draw id is not valid UTF-16.", nameof(drawId), ex);
        }

        var prefix = new byte[Prefix.Length + 4 + seedBytes.Length + 4 + drawBytes.Length];
        var span = prefix.AsSpan();
        Encoding.ASCII.GetBytes(Prefix, span);
        span = span[Prefix.Length..];
        BinaryPrimitives.WriteInt32BigEndian(span, seedBytes.Length);
        seedBytes.CopyTo(span[4..]);
        span = span[(4 + seedBytes.Length)..];
        BinaryPrimitives.WriteInt32BigEndian(span, drawBytes.Length);
        drawBytes.CopyTo(span[4..]);
        return prefix;
    }

    public SampleTicket Compute(string key)
    {
        var maxBytes = _prefix.Length + 4 + (key.Length * 3);
        byte[]? rented = null;
        var buffer = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            _prefix.CopyTo(buffer);
            int length;
            try
            {
                length = StrictUtf8.GetBytes(key, buffer[(_prefix.Length + 4)..]);
            }
            catch (EncoderFallbackException ex)
            {
                throw new ArgumentException("A record key is not valid UTF-16 (lone surrogate).", nameof(key), ex);
            }

            BinaryPrimitives.WriteInt32BigEndian(buffer[_prefix.Length..], length);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(buffer[..(_prefix.Length + 4 + length)], hash);
            return SampleTicket.FromBytes(hash);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
