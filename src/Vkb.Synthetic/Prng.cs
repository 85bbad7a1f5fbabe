namespace Vkb.Synthetic;

/// <summary>
/// xoshiro256** (Blackman and Vigna, 2018), seeded through SplitMix64. Implemented here rather
/// than using <see cref="Random"/> because the algorithm behind <see cref="Random"/> is not
/// part of .NET's compatibility promise; this one is fixed forever, so the same seed yields the
/// same extract on every machine and every runtime version.
/// </summary>
/// <remarks>A mutable struct: pass it by <c>ref</c>. Not thread-safe.</remarks>
internal struct Prng
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose state is expanded from <paramref name="seed"/> with SplitMix64.</summary>
    public Prng(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>An independent stream for (seed, stream, index): used to derive every record from its index alone.</summary>
    public static Prng ForStream(ulong seed, ulong stream, ulong index)
    {
        var x = seed ^ (stream * 0xD1B54A32D192ED03UL);
        var a = SplitMix64(ref x);
        var y = a ^ (index * 0x9E3779B97F4A7C15UL) ^ 0x632BE59BD9B4E019UL;
        return new Prng(SplitMix64(ref y));
    }

    /// <summary>One step of SplitMix64 (Steele, Lea, Flood 2014).</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias (Lemire's method with rejection).</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 1)
        {
            return 0;
        }

        var range = (ulong)maxExclusive;
        while (true)
        {
            var x = NextUInt64() >> 32;
            var m = x * range;
            var low = m & 0xFFFFFFFFUL;
            if (low >= (0x1_0000_0000UL - range) % range)
            {
                return (int)(m >> 32);
            }
        }
    }

    /// <summary>A uniform integer in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => NextDouble() < p;

    /// <summary>A uniformly chosen element.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A string of <paramref name="length"/> random decimal digits.</summary>
    public string Digits(int length)
    {
        Span<char> buffer = stackalloc char[length];
        for (var i = 0; i < length; i++)
        {
            buffer[i] = (char)('0' + Next(10));
        }

        return new string(buffer);
    }
}
