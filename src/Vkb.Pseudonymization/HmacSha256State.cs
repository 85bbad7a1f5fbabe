using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Vkb.Pseudonymization;

/// <summary>
/// HMAC-SHA256 (RFC 2104) with the keyed inner and outer SHA-256 states computed once per subkey, so a
/// short message costs two compression calls and no allocation or native call. Results are identical to
/// <see cref="HMACSHA256"/> (tested). Thread-safe: the precomputed states are read-only.
/// </summary>
/// <remarks>
/// The compression function reads the round constants from an RVA table and the block through
/// <see cref="Unsafe"/> reads; every block passed in is exactly 64 bytes (checked on entry), so no read
/// leaves it. Locals are not zero-initialised (<see cref="SkipLocalsInitAttribute"/>): every stack buffer is
/// written in full before it is read. Eight rounds are unrolled per loop step with the working variables rotated by name.
/// </remarks>
[SkipLocalsInit]
internal sealed class HmacSha256State
{
    private const int BlockBytes = 64;

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

        InitialState.CopyTo(_inner);
        Compress(_inner, pad);
        for (var i = 0; i < BlockBytes; i++)
        {
            pad[i] = (byte)(block[i] ^ 0x5c);
        }

        InitialState.CopyTo(_outer);
        Compress(_outer, pad);
        CryptographicOperations.ZeroMemory(block);
        CryptographicOperations.ZeroMemory(pad);
    }

    private static ReadOnlySpan<uint> K =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    private static ReadOnlySpan<uint> InitialState =>
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

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

    private static void Compress(Span<uint> state, ReadOnlySpan<byte> block)
    {
        if (block.Length != BlockBytes || state.Length != 8)
        {
            throw new ArgumentException("SHA-256 compresses one 64-byte block into an 8-word state.", nameof(block));
        }

        // The message schedule: 16 words from the block, 48 expanded.
        Span<uint> schedule = stackalloc uint[64];
        ref var w = ref MemoryMarshal.GetReference(schedule);
        ref var input = ref MemoryMarshal.GetReference(block);
        for (var i = 0; i < 16; i++)
        {
            Unsafe.Add(ref w, i) = BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref input, i * 4)));
        }

        // W[i] = W[i-16] + σ0(W[i-15]) + W[i-7] + σ1(W[i-2]): four words at a time without σ1, which needs the
        // two words made just before; σ1 is then added word by word. The constants K are added last, once.
        ref var k = ref MemoryMarshal.GetReference(K);
        for (nint i = 16; i < 64; i += 4)
        {
            var w15 = Vector128.LoadUnsafe(ref w, (nuint)(i - 15));
            var s0 = RotateRight(w15, 7) ^ RotateRight(w15, 18) ^ Vector128.ShiftRightLogical(w15, 3);
            var partial = Vector128.LoadUnsafe(ref w, (nuint)(i - 16)) + s0 + Vector128.LoadUnsafe(ref w, (nuint)(i - 7));
            partial.StoreUnsafe(ref w, (nuint)i);
            for (nint j = i; j < i + 4; j++)
            {
                var w2 = Unsafe.Add(ref w, j - 2);
                Unsafe.Add(ref w, j) += BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
            }
        }

        for (nuint i = 0; i < 64; i += 4)
        {
            (Vector128.LoadUnsafe(ref w, i) + Vector128.LoadUnsafe(ref k, i)).StoreUnsafe(ref w, i);
        }

        uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];

        var bc = b ^ c;
        for (nint i = 0; i < 64; i += 8)
        {
            // Eight rounds with the names rotated: d takes the new e and h the new a, so no value is moved.
            Round(a, b, ref d, e, f, g, ref h, Unsafe.Add(ref w, i), ref bc);
            Round(h, a, ref c, d, e, f, ref g, Unsafe.Add(ref w, i + 1), ref bc);
            Round(g, h, ref b, c, d, e, ref f, Unsafe.Add(ref w, i + 2), ref bc);
            Round(f, g, ref a, b, c, d, ref e, Unsafe.Add(ref w, i + 3), ref bc);
            Round(e, f, ref h, a, b, c, ref d, Unsafe.Add(ref w, i + 4), ref bc);
            Round(d, e, ref g, h, a, b, ref c, Unsafe.Add(ref w, i + 5), ref bc);
            Round(c, d, ref f, g, h, a, ref b, Unsafe.Add(ref w, i + 6), ref bc);
            Round(b, c, ref e, f, g, h, ref a, Unsafe.Add(ref w, i + 7), ref bc);
        }

        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<uint> RotateRight(Vector128<uint> value, [ConstantExpected(Min = 1, Max = 31)] int count) =>
        Vector128.ShiftRightLogical(value, count) | Vector128.ShiftLeft(value, 32 - count);

    /// <summary>
    /// One round on a..h, with c only through <paramref name="bc"/> = b ^ c (the previous round's a ^ b), since
    /// Maj(a, b, c) = ((a ^ b) &amp; (b ^ c)) ^ b; Ch(e, f, g) = g ^ (e &amp; (f ^ g)). <paramref name="kw"/> is K[i] + W[i].
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Round(uint a, uint b, ref uint d, uint e, uint f, uint g, ref uint h, uint kw, ref uint bc)
    {
        var t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25)) + (g ^ (e & (f ^ g))) + kw;
        var ab = a ^ b;
        var t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22)) + ((ab & bc) ^ b);
        bc = ab;
        d += t1;
        h = t1 + t2;
    }
}
