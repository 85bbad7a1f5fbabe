using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The allocation (S1, S4) against the rule as docs/sampling-spec.md (section 3, step 5) states
/// it, written out here independently: minimums first, the rest by largest remainder on w·N,
/// strata whose share reaches what they have left filled (once any share exceeds it) and the rest shared again, and the
/// round-robin rule when the minimums exceed the request. Added after the Stryker run of
/// session 4 found the capping and tie rules unpinned.
/// </summary>
public class AllocationKillTests
{
    /// <summary>The spec's allocation, in BigInteger arithmetic.</summary>
    internal static long[] Spec(long[] eligible, decimal[] weights, long n, long m, out bool minimumsExceed)
    {
        var k = eligible.Length;
        var floor = eligible.Select(e => Math.Min(m, e)).ToArray();
        minimumsExceed = floor.Sum() > n;
        if (minimumsExceed)
        {
            var given = new long[k];
            var order = Enumerable.Range(0, k).OrderByDescending(h => weights[h]).ThenBy(h => h).ToList();
            var left = n;
            while (left > 0)
            {
                foreach (var h in order.Where(h => given[h] < floor[h]))
                {
                    if (left > 0)
                    {
                        given[h]++;
                        left--;
                    }
                }
            }

            return given;
        }

        var allocated = (long[])floor.Clone();
        var open = Enumerable.Range(0, k).Where(h => eligible[h] > allocated[h]).ToList();
        var rest = Math.Min(n, eligible.Sum()) - floor.Sum();
        while (rest > 0)
        {
            var size = open.Select(h => new BigInteger(weights[h] * 1_000_000m) * eligible[h]).ToList();
            var total = size.Aggregate(BigInteger.Zero, (a, b) => a + b);
            var share = size.Select(s => (long)(rest * s / total)).ToArray();
            var remainder = size.Select(s => rest * s % total).ToList();
            var seats = rest - share.Sum();
            foreach (var i in Enumerable.Range(0, open.Count).OrderByDescending(i => remainder[i]).ThenBy(i => i).Take((int)seats))
            {
                share[i]++;
            }

            var over = Enumerable.Range(0, open.Count).Where(i => allocated[open[i]] + share[i] > eligible[open[i]]).ToList();
            if (over.Count == 0)
            {
                for (var i = 0; i < open.Count; i++)
                {
                    allocated[open[i]] += share[i];
                }

                break;
            }

            // When some share exceeds, every stratum whose share reaches what it has left (equal
            // included) is filled and leaves the sharing: the reading the code and every protocol
            // so far use; the spec's wording ("exceeds") leaves the equal case open.
            foreach (var i in Enumerable.Range(0, open.Count).Where(i => allocated[open[i]] + share[i] >= eligible[open[i]]))
            {
                rest -= eligible[open[i]] - allocated[open[i]];
                allocated[open[i]] = eligible[open[i]];
            }

            open = [.. open.Where(h => allocated[h] < eligible[h])];
        }

        return allocated;
    }

    private static readonly Gen<(long[] Eligible, decimal[] Weights, long N, long M)> Cases =
        from k in Gen.Choose(1, 6)
        from eligible in Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, 6)), (2, Gen.Choose(7, 40))), k)
        from weights in Gen.ArrayOf(Gen.Elements(1m, 1m, 2m, 0.5m, 3m, 0.000001m, 1.5m), k)
        from n in Gen.Choose(1, 60)
        from m in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 4)), (1, Gen.Choose(5, 12)))
        select (eligible.Select(e => (long)e).ToArray(), weights, (long)n, (long)m);

    [Property(MaxTest = 3000)]
    [Trait("Rule", "S1")]
    [Trait("Rule", "S4")]
    public Property Allocate_IsTheSpecsRule() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var names = Enumerable.Range(0, c.Eligible.Length).Select(h => "s" + h).ToList();
            var actual = Allocation.Allocate(names, c.Eligible, c.Weights, c.N, c.M, out var exceed);
            var expected = Spec(c.Eligible, c.Weights, c.N, c.M, out var specExceed);
            return (actual.SequenceEqual(expected) && exceed == specExceed)
                .Label($"N=[{string.Join(",", c.Eligible)}] w=[{string.Join(",", c.Weights)}] n={c.N} m={c.M}: got [{string.Join(",", actual)}] {exceed}, spec [{string.Join(",", expected)}] {specExceed}");
        });

    [Fact]
    [Trait("Rule", "S4")]
    public void MinimumsExceed_EqualWeights_LowerNameFirst_InRounds()
    {
        var names = new[] { "a", "b", "c" };
        Allocation.Allocate(names, [5, 5, 5], [1m, 1m, 1m], 2, 1, out var exceed).ShouldBe([1, 1, 0]);
        exceed.ShouldBeTrue();
        Allocation.Allocate(names, [5, 5, 5], [1m, 1m, 1m], 4, 2, out _).ShouldBe([2, 1, 1]);
        Allocation.Allocate(names, [5, 5, 5], [1m, 2m, 1m], 4, 2, out _).ShouldBe([1, 2, 1]);
    }

    [Fact]
    [Trait("Rule", "S4")]
    public void ShareThatExactlyFills_AndShareThatExceeds_Examples()
    {
        // w·N 4, 2, 14; R = 10: exact quotas 2, 1, 7 — b is filled exactly, nothing exceeds.
        Allocation.Allocate(["a", "b", "c"], [4, 1, 14], [1m, 2m, 1m], 10, 0, out _).ShouldBe([2, 1, 7]);

        // a's share (5 of 10) exceeds its 2 keys: a gets 2, the other 8 go to b and c by w·N.
        Allocation.Allocate(["a", "b", "c"], [2, 30, 10], [10m, 1m, 1m], 10, 0, out _).ShouldBe([2, 6, 2]);
    }
}
