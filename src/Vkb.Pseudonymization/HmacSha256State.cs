using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;

namespace Vkb.Pseudonymization;

/// <summary>
/// HMAC-SHA256 (RFC 2104) with the keyed inner and outer SHA-256 states computed once per subkey, so a
/// short message costs two compression calls and no allocation or native call. Results are identical to
/// <see cref="HMACSHA256"/> (tested). Thread-safe: the precomputed states are read-only.
/// </summary>
/// <remarks>
/// The compression is the suite's one SHA-256 kernel (<see cref="Sha256Kernel"/>, shared source). Locals are not
/// zero-initialised (<see cref="SkipLocalsInitAttribute"/>): every stack buffer, the kernel's schedule included,
/// is written in full before it is read.
/// </remarks>
[SkipLocalsInit]
internal sealed class HmacSha256State
{
    private const int BlockBytes = Sha256Kernel.BlockBytes;

    private readonly uint[] _inner = new uint[8];
    private readonly uint[] _outer = new uint[8];

    public HmacSha256State(ReadOnlySpan<byte> key)
    {
        Span<byte> block = stackalloc byte[BlockBytes];
        block.Clear();
        if (key.Length > BlockBytes)
        {
            SHA256.HashData(key, block);
        }
        else
        {
            key.CopyTo(block);
        }

        Span<byte> pad = stackalloc byte[BlockBytes];
        for (var i = 0; i < BlockBytes; i++)
        {
            pad[i] = (byte)(block[i] ^ 0x36);
        }

        Sha256Kernel.InitialState.CopyTo(_inner);
        Compress(_inner, pad);
        for (var i = 0; i < BlockBytes; i++)
        {
            pad[i] = (byte)(block[i] ^ 0x5c);
        }

        Sha256Kernel.InitialState.CopyTo(_outer);
        Compress(_outer, pad);
        CryptographicOperations.ZeroMemory(block);
        CryptographicOperations.ZeroMemory(pad);
    }

    /// <summary>Writes HMAC-SHA256(key, message) into the first 32 bytes of <paramref name="destination"/>.</summary>
    public void Compute(ReadOnlySpan<byte> message, Span<byte> destination)
    {
        if (destination.Length < 32)
        {
            throw new ArgumentException("The destination must hold 32 bytes.", nameof(destination));
        }

        Span<uint> state = stackalloc uint[8];
        Span<byte> block = stackalloc byte[BlockBytes];
        _inner.CopyTo(state);
        var remaining = message;
        while (remaining.Length >= BlockBytes)
        {
            Compress(state, remaining[..BlockBytes]);
            remaining = remaining[BlockBytes..];
        }

        // Final inner block(s): rest, 0x80, zeros, bit length of (64-byte key block + message).
        block.Clear();
        remaining.CopyTo(block);
        block[remaining.Length] = 0x80;
        var bits = (ulong)(BlockBytes + message.Length) * 8;
        if (remaining.Length >= 56)
        {
            Compress(state, block);
            block.Clear();
        }

        BinaryPrimitives.WriteUInt64BigEndian(block[56..], bits);
        Compress(state, block);

        // Outer: the 32-byte inner hash, padding, length (64 + 32) * 8 = 768 bits.
        WriteBigEndian(state, block);
        block[32..].Clear();
        block[32] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(block[56..], 768);
        _outer.CopyTo(state);
        Compress(state, block);
        WriteBigEndian(state, destination);
    }

    private static void WriteBigEndian(ReadOnlySpan<uint> state, Span<byte> destination)
    {
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[(i * 4)..], state[i]);
        }
    }

    /// <summary>One compression with a schedule on this (not zero-initialised) stack frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Compress(Span<uint> state, ReadOnlySpan<byte> block)
    {
        Span<uint> schedule = stackalloc uint[64];
        Sha256Kernel.Compress(state, block, schedule);
    }
}
