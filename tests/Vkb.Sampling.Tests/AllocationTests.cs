using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

public class AllocationTests
{
    private static long[] Allocate(long n, long m, (string Name, long Eligible, decimal Weight)[] strata, out bool exceed) =>
        Allocation.Allocate(strata.Select(s => s.Name).ToList(), strata.Select(s => s.Eligible).ToList(), strata.Select(s => s.Weight).ToList(), n, m, out exceed);

    [Fact]
    [Trait("Rule", "S4")]
    public void Allocate_ProportionalToEligible_LargestRemainder()
    {
        // Quotas 10·30/60 = 5, 10·20/60 = 3.33, 10·10/60 = 1.67: floors 5, 3, 1 and the largest remainder (c) gets the last.
        Allocate(10, 0, [("a", 30, 1m), ("b", 20, 1m), ("c", 10, 1m)], out var exceed).ShouldBe([5, 3, 2]);
        exceed.ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "S4")]
    public void Allocate_RiskWeights_LeanTowardsFocusGroup()
    {
        // w·N: 3·10 = 30, 1·30 = 30: equal shares although b has three times the records.
        Allocate(10, 0, [("a", 10, 3m), ("b", 30, 1m)], out _).ShouldBe([5, 5]);
    }

    [Fact]
    [Trait("Rule", "S4")]
    public void Allocate_TiedRemainders_OrdinalNameDecides()
    {
        Allocate(1, 0, [("B", 5, 1m), ("a", 5, 1m)], out _).ShouldBe([1, 0]); // "B" < "a" ordinally
        Allocate(2, 0, [("x", 5, 1m), ("y", 5, 1m), ("z", 5, 1m)], out _).ShouldBe([1, 1, 0]);
    }

    [Fact]
    [Trait("Rule", "S4")]
    public void Allocate_ShareAboveEligible_CappedAndRedistributed()
    {
        // Weight 100 would give a all 10, but it holds 2; the 8 left go to b and c by their sizes (5 : 3).
        Allocate(10, 0, [("a", 2, 100m), ("b", 50, 1m), ("c", 30, 1m)], out _).ShouldBe([2, 5, 3]);
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Allocate_FewerEligibleThanRequested_AllTaken()
    {
        Allocate(10, 1, [("a", 3, 1m), ("b", 4, 1m)], out var exceed).ShouldBe([3, 4]);
        exceed.ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "S4")]
    public void Allocate_MinimumsFirst_ThenProportional()
    {
        // Minimum 2 each (6), the remaining 4 by size 90 : 5 : 5 → 3.6, 0.2, 0.2 → 4, 0, 0.
        Allocate(10, 2, [("a", 90, 1m), ("b", 5, 1m), ("c", 5, 1m)], out _).ShouldBe([6, 2, 2]);
    }

    [Fact]
    [Trait("Rule", "S4")]
    public void Allocate_MinimumsExceedRequest_RoundRobinByWeightThenName()
    {
        // m = 3 over four strata needs 12 > n = 5: one per stratum per round, heaviest first, then ordinal name.
        Allocate(5, 3, [("a", 9, 1m), ("b", 9, 1m), ("c", 9, 2m), ("d", 1, 1m)], out var exceed).ShouldBe([1, 1, 2, 1]);
        exceed.ShouldBeTrue();
    }

    [Fact]
    public void Allocate_NoStrata_Empty() => Allocate(10, 0, [], out _).ShouldBeEmpty();
}
