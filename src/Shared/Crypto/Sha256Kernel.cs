using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Vkb;

/// <summary>
/// The one SHA-256 kernel of the suite (FIPS 180-4): the constants and the scalar compression function. Linked
/// as shared source (like <c>Preconditions</c>) into Vkb.Pseudonymization, whose HMAC (<c>HmacSha256State</c>)
/// compresses with it, and Vkb.Sampling, whose multi-buffer code (<c>MultiBufferSha256</c>) runs the same rounds
/// on several lanes with these constants; the packages stay independent. Pinned by the FIPS 180-4 example
/// vectors (tests) and by properties against <c>SHA256.HashData</c>.
/// </summary>
/// <remarks>
/// The compression reads the round constants from an RVA table and the block through <see cref="Unsafe"/> reads;
/// every block passed in is exactly 64 bytes and the schedule at least 64 words (checked on entry), so no read
/// leaves them. Eight rounds are unrolled per loop step with the working variables rotated by name.
/// </remarks>
internal static class Sha256Kernel
{
    /// <summary>The block size in bytes.</summary>
    public const int BlockBytes = 64;

    /// <summary>The round constants K (FIPS 180-4, 4.2.2): the first 32 bits of the fractional parts of the cube roots of the first 64 primes.</summary>
    public static ReadOnlySpan<uint> RoundConstants =>
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

    /// <summary>The initial hash value H(0) (FIPS 180-4, 5.3.3): the first 32 bits of the fractional parts of the square roots of the first 8 primes.</summary>
    public static ReadOnlySpan<uint> InitialState =>
        [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

    /// <summary>
    /// The compression function (FIPS 180-4, 6.2.2): one 64-byte block into the 8-word state.
    /// <paramref name="schedule"/> is 64 words of scratch space (the caller's stack; it need not be cleared).
    /// </summary>
    public static void Compress(Span<uint> state, ReadOnlySpan<byte> block, Span<uint> schedule)
    {
        if (block.Length != BlockBytes || state.Length != 8 || schedule.Length < 64)
        {
            throw new ArgumentException("SHA-256 compresses one 64-byte block into an 8-word state with a 64-word schedule.", nameof(block));
        }

        // The message schedule: 16 words from the block, 48 expanded.
        ref var w = ref MemoryMarshal.GetReference(schedule);
        ref var input = ref MemoryMarshal.GetReference(block);
        for (var i = 0; i < 16; i++)
        {
            Unsafe.Add(ref w, i) = BinaryPrimitives.ReverseEndianness(Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref input, i * 4)));
        }

        // W[i] = W[i-16] + σ0(W[i-15]) + W[i-7] + σ1(W[i-2]): four words at a time without σ1, which needs the
        // two words made just before; σ1 is then added word by word. The constants K are added last, once.
        ref var k = ref MemoryMarshal.GetReference(RoundConstants);
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
