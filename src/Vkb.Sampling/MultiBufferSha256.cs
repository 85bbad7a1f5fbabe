using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Vkb.Sampling;

/// <summary>
/// One register of SHA-256 lanes: the operations a round needs, on <see cref="Count"/> independent
/// 32-bit words at once. The compression in <see cref="MultiBufferSha256"/> is written once against
/// this interface; the JIT specialises it for each lane type (struct type arguments), so the
/// operations inline to single vector instructions.
/// </summary>
/// <typeparam name="TV">The register type.</typeparam>
internal interface ILanes<TV>
    where TV : unmanaged
{
    static abstract int Count { get; }

    static abstract TV Broadcast(uint value);

    static abstract TV Load(ref uint source);

    static abstract void Store(TV value, ref uint destination);

    static abstract TV Add(TV x, TV y);

    static abstract TV Xor(TV x, TV y);

    static abstract TV RotateRight(TV x, [ConstantExpected(Min = 1, Max = 31)] byte count);

    static abstract TV ShiftRight(TV x, [ConstantExpected(Min = 1, Max = 31)] byte count);

    /// <summary>Bitwise: the bits of <paramref name="x"/> where <paramref name="mask"/> has ones, else those of <paramref name="y"/>.</summary>
    static abstract TV Select(TV mask, TV x, TV y);
}

/// <summary>Sixteen lanes in a <see cref="Vector512{T}"/> (AVX-512).</summary>
internal readonly struct Lanes16 : ILanes<Vector512<uint>>
{
    public static int Count => Vector512<uint>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> Broadcast(uint value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> Load(ref uint source) => Vector512.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector512<uint> value, ref uint destination) => value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> Add(Vector512<uint> x, Vector512<uint> y) => x + y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> Xor(Vector512<uint> x, Vector512<uint> y) => x ^ y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> RotateRight(Vector512<uint> x, [ConstantExpected(Min = 1, Max = 31)] byte count) =>
        Avx512F.IsSupported ? Avx512F.RotateRight(x, count) : (x >>> count) | (x << (32 - count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> ShiftRight(Vector512<uint> x, [ConstantExpected(Min = 1, Max = 31)] byte count) => x >>> count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<uint> Select(Vector512<uint> mask, Vector512<uint> x, Vector512<uint> y) => Vector512.ConditionalSelect(mask, x, y);
}

/// <summary>Eight lanes in a <see cref="Vector256{T}"/> (AVX2; rotations by AVX-512VL where present).</summary>
internal readonly struct Lanes8 : ILanes<Vector256<uint>>
{
    public static int Count => Vector256<uint>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Broadcast(uint value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Load(ref uint source) => Vector256.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<uint> value, ref uint destination) => value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Add(Vector256<uint> x, Vector256<uint> y) => x + y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Xor(Vector256<uint> x, Vector256<uint> y) => x ^ y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> RotateRight(Vector256<uint> x, [ConstantExpected(Min = 1, Max = 31)] byte count) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.RotateRight(x, count) : (x >>> count) | (x << (32 - count));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> ShiftRight(Vector256<uint> x, [ConstantExpected(Min = 1, Max = 31)] byte count) => x >>> count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<uint> Select(Vector256<uint> mask, Vector256<uint> x, Vector256<uint> y) => Vector256.ConditionalSelect(mask, x, y);
}

/// <summary>One lane in a plain <see cref="uint"/>: the scalar path, used where vectors are not accelerated and for the prefix midstate.</summary>
internal readonly struct Lanes1 : ILanes<uint>
{
    public static int Count => 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Broadcast(uint value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Load(ref uint source) => source;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(uint value, ref uint destination) => destination = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Add(uint x, uint y) => x + y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Xor(uint x, uint y) => x ^ y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint RotateRight(uint x, [ConstantExpected(Min = 1, Max = 31)] byte count) => BitOperations.RotateRight(x, count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint ShiftRight(uint x, [ConstantExpected(Min = 1, Max = 31)] byte count) => x >> count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Select(uint mask, uint x, uint y) => (x & mask) | (y & ~mask);
}

/// <summary>
/// The SHA-256 compression function (FIPS 180-4) over several independent messages at once, one
/// per lane. Data layout is word-major ("transposed"): word <c>j</c> of lane <c>l</c> lives at
/// <c>j × lanes + l</c>, so one register load takes the same word of every lane.
/// </summary>
internal static class MultiBufferSha256
{
    /// <summary>
    /// The initial hash value H(0) (FIPS 180-4, 5.3.3), from the suite's one SHA-256 kernel (shared source).
    /// </summary>
    internal static ReadOnlySpan<uint> InitialState => Sha256Kernel.InitialState;

    /// <summary>
    /// The round constants K (FIPS 180-4, 4.2.2), from the suite's one SHA-256 kernel (shared source).
    /// </summary>
    private static ReadOnlySpan<uint> RoundConstants => Sha256Kernel.RoundConstants;

    /// <summary>
    /// Runs <paramref name="blocks"/> compressions on every lane. A lane whose <paramref name="masks"/>
    /// word for a block is zero keeps its state through that block (so lanes with fewer blocks end
    /// with the state after their own last block).
    /// </summary>
    /// <typeparam name="TL">The lane type.</typeparam>
    /// <typeparam name="TV">Its register type.</typeparam>
    /// <param name="state">8 × lanes words, word-major; updated in place.</param>
    /// <param name="words">blocks × 16 × lanes big-endian message words, block by block, word-major.</param>
    /// <param name="masks">blocks × lanes words, all ones where the lane takes the block; empty when every lane takes every block.</param>
    /// <param name="blocks">How many blocks.</param>
    public static void Compress<TL, TV>(Span<uint> state, ReadOnlySpan<uint> words, ReadOnlySpan<uint> masks, int blocks)
        where TL : struct, ILanes<TV>
        where TV : unmanaged
    {
        var lanes = TL.Count;
        if (state.Length < 8 * lanes || words.Length < blocks * 16 * lanes || (!masks.IsEmpty && masks.Length < blocks * lanes))
        {
            throw new ArgumentException("The SHA-256 buffers are too short for the lanes and blocks.");
        }

        ref var s = ref state[0];
        var a = TL.Load(ref s);
        var b = TL.Load(ref Unsafe.Add(ref s, lanes));
        var c = TL.Load(ref Unsafe.Add(ref s, 2 * lanes));
        var d = TL.Load(ref Unsafe.Add(ref s, 3 * lanes));
        var e = TL.Load(ref Unsafe.Add(ref s, 4 * lanes));
        var f = TL.Load(ref Unsafe.Add(ref s, 5 * lanes));
        var g = TL.Load(ref Unsafe.Add(ref s, 6 * lanes));
        var h = TL.Load(ref Unsafe.Add(ref s, 7 * lanes));
        Span<TV> w = stackalloc TV[16];
        ref var w0 = ref w[0];
        ref var k = ref Unsafe.AsRef(in RoundConstants[0]);
        for (var block = 0; block < blocks; block++)
        {
            ref var src = ref Unsafe.AsRef(in words[block * 16 * lanes]);
            var (sa, sb, sc, sd, se, sf, sg, sh) = (a, b, c, d, e, f, g, h);
            for (var t = 0; t < 64; t++)
            {
                TV wt;
                if (t < 16)
                {
                    wt = TL.Load(ref Unsafe.Add(ref src, t * lanes));
                    Unsafe.Add(ref w0, t) = wt;
                }
                else
                {
                    var w2 = Unsafe.Add(ref w0, (t - 2) & 15);
                    var w15 = Unsafe.Add(ref w0, (t - 15) & 15);
                    var sigma1 = TL.Xor(TL.Xor(TL.RotateRight(w2, 17), TL.RotateRight(w2, 19)), TL.ShiftRight(w2, 10));
                    var sigma0 = TL.Xor(TL.Xor(TL.RotateRight(w15, 7), TL.RotateRight(w15, 18)), TL.ShiftRight(w15, 3));
                    ref var slot = ref Unsafe.Add(ref w0, t & 15);
                    wt = TL.Add(TL.Add(sigma1, Unsafe.Add(ref w0, (t - 7) & 15)), TL.Add(sigma0, slot));
                    slot = wt;
                }

                var bigSigma1 = TL.Xor(TL.Xor(TL.RotateRight(e, 6), TL.RotateRight(e, 11)), TL.RotateRight(e, 25));
                // Ch(e, f, g) = (e ∧ f) ⊕ (¬e ∧ g) is a bitwise select by e; Maj(a, b, c) takes a
                // where a and b agree, else c.
                var choose = TL.Select(e, f, g);
                var t1 = TL.Add(TL.Add(TL.Add(h, bigSigma1), TL.Add(choose, TL.Broadcast(Unsafe.Add(ref k, t)))), wt);
                var bigSigma0 = TL.Xor(TL.Xor(TL.RotateRight(a, 2), TL.RotateRight(a, 13)), TL.RotateRight(a, 22));
                var majority = TL.Select(TL.Xor(a, b), c, a);
                h = g;
                g = f;
                f = e;
                e = TL.Add(d, t1);
                d = c;
                c = b;
                b = a;
                a = TL.Add(t1, TL.Add(bigSigma0, majority));
            }

            if (masks.IsEmpty)
            {
                (a, b, c, d) = (TL.Add(a, sa), TL.Add(b, sb), TL.Add(c, sc), TL.Add(d, sd));
                (e, f, g, h) = (TL.Add(e, se), TL.Add(f, sf), TL.Add(g, sg), TL.Add(h, sh));
            }
            else
            {
                var m = TL.Load(ref Unsafe.AsRef(in masks[block * lanes]));
                (a, b, c, d) = (TL.Select(m, TL.Add(a, sa), sa), TL.Select(m, TL.Add(b, sb), sb), TL.Select(m, TL.Add(c, sc), sc), TL.Select(m, TL.Add(d, sd), sd));
                (e, f, g, h) = (TL.Select(m, TL.Add(e, se), se), TL.Select(m, TL.Add(f, sf), sf), TL.Select(m, TL.Add(g, sg), sg), TL.Select(m, TL.Add(h, sh), sh));
            }
        }

        TL.Store(a, ref s);
        TL.Store(b, ref Unsafe.Add(ref s, lanes));
        TL.Store(c, ref Unsafe.Add(ref s, 2 * lanes));
        TL.Store(d, ref Unsafe.Add(ref s, 3 * lanes));
        TL.Store(e, ref Unsafe.Add(ref s, 4 * lanes));
        TL.Store(f, ref Unsafe.Add(ref s, 5 * lanes));
        TL.Store(g, ref Unsafe.Add(ref s, 6 * lanes));
        TL.Store(h, ref Unsafe.Add(ref s, 7 * lanes));
    }
}
