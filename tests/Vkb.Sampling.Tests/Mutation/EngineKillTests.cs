using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The streaming draw engine (S1, S2, S3): how a key's records are resolved (duplicates, several
/// units, exclusion reasons), the notes, the reserve, and the draw's own figures against a naive
/// recomputation over batches and strata; found unpinned by the Stryker run of session 4
/// (docs/mutation/stryker-2026-12-05-sampling-session4.md).
/// </summary>
public class EngineKillTests
{
    private static readonly Seed TestSeed = Seed.Parse("57721566490153286060");
    private static readonly SeedCommitment Commitment = SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 1, 8, 0));

    private static SampleProtocol Draw(IEnumerable<PopulationItem> items, SampleFrame<PopulationItem>? frame = null, int perUnit = 10, int min = 0, int reserve = 0, PopulationOrder order = PopulationOrder.Unordered) =>
        Sampler.Draw(items, frame ?? PopulationItem.Frame, SampleParameters.Create("D-ENGINE", perUnit, min, reserve, level: DrawLevel.RegionalDirectorate), TestSeed, Commitment, order: order);

    private static string Ticket(string key) => SampleTicket.Compute(TestSeed, "D-ENGINE", key).ToString();

    [Fact]
    [Trait("Rule", "S2")]
    public void DuplicateKeyInOneUnit_DrawnOnceInTheOrdinallySmallestStratum_CountedAsDuplicate()
    {
        var protocol = Draw([new("K1", "A", "zeta"), new("K2", "A", "zeta"), new("K1", "A", "alpha"), new("K1", "A", "beta")]);
        var unit = protocol.Units.ShouldHaveSingleItem();
        unit.Strata.Select(s => (s.Stratum, s.Eligible)).ShouldBe([("alpha", 1L), ("zeta", 1L)]);
        unit.Strata[0].Selected.ShouldHaveSingleItem().Key.ShouldBe("K1");
        protocol.Duplicates.ShouldBe([new DuplicateKey { Key = "K1", Unit = "A", Occurrences = 3 }]);
        protocol.PopulationSize.ShouldBe(4);
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void KeyInTwoUnits_EligibleInEach_NotADuplicate()
    {
        var protocol = Draw([new("K1", "B", "s"), new("K1", "A", "s"), new("K2", "A", "s")]);
        protocol.Units.Select(u => (u.Unit, u.Selected)).ShouldBe([("A", 2L), ("B", 1L)]);
        protocol.Units[1].Strata.Single().Selected.Single().Key.ShouldBe("K1");
        protocol.Duplicates.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void KeyOnceTwiceInOneUnitAndOnceInAnother_DuplicateCountedPerUnit()
    {
        var protocol = Draw([new("K1", "A", "s"), new("K1", "B", "s"), new("K1", "A", "s"), new("K0", "A", "s")]);
        protocol.Duplicates.ShouldBe([new DuplicateKey { Key = "K1", Unit = "A", Occurrences = 2 }]);
        protocol.Units.Select(u => (u.Unit, u.Strata.Single().Eligible)).ShouldBe([("A", 2L), ("B", 1L)]);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void OneExcludedRecordOfAKey_ExcludesTheKeyInThatUnit_OnceAndWithEveryReasonSortedOnce()
    {
        var frame = PopulationItem.Frame
            .ExcludeWhen("zz-host", i => i.Stratum == "x")
            .ExcludeKeys("aa-list", ["K1", "K3"])
            .ExcludeWhen("zz-host", i => i.Stratum == "y");
        var protocol = Draw([new("K1", "A", "x"), new("K1", "A", "s"), new("K1", "B", "s"), new("K2", "A", "y"), new("K3", "A", "s"), new("K4", "A", "s"), new("K5", "A", "x"), new("K5", "A", "y")], frame);

        // K5 matches both rules named zz-host: listed once for it.
        protocol.Excluded.Select(e => (e.Key, e.Unit, e.Reason)).ShouldBe(
        [
            ("K1", "A", "aa-list"), ("K1", "A", "zz-host"),
            ("K1", "B", "aa-list"),
            ("K2", "A", "zz-host"),
            ("K3", "A", "aa-list"),
            ("K5", "A", "zz-host"),
        ]);
        protocol.Units.Select(u => (u.Unit, u.Selected)).ShouldBe([("A", 1L), ("B", 0L)]);
        protocol.Units[0].Strata.Single(s => s.Selected.Count > 0).Selected.Single().Key.ShouldBe("K4");
        // K1's records in A resolve to its smallest stratum, s: no stratum x is created for it.
        protocol.Units[0].Strata.Select(s => (s.Stratum, s.Eligible)).ShouldBe([("s", 1L), ("x", 0L), ("y", 0L)]);
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Notes_FewerEligibleThenMinimumsExceed_ShortfallAndReserveBoundedByWhatIsLeft()
    {
        var items = Enumerable.Range(0, 6).Select(i => new PopulationItem($"K{i}", "A", "s" + (i % 3)));
        var protocol = Draw(items, perUnit: 2, min: 1, reserve: 5);
        var unit = protocol.Units.Single();
        unit.Notes.ShouldBe([Allocation.MinimumsExceedRequest]);
        (unit.Requested, unit.Selected, unit.Shortfall).ShouldBe((2L, 2L, 0L));
        unit.Strata.Select(s => s.Selected.Count + s.Reserve.Count).ShouldBe([2, 2, 2]);
        unit.Strata.Select(s => s.Reserve.Count).Sum().ShouldBe(4);

        var few = Draw(Enumerable.Range(0, 3).Select(i => new PopulationItem($"K{i}", "A", "s" + i)), perUnit: 4, min: 2, reserve: 1).Units.Single();
        few.Notes.ShouldBe([DrawEngine.FewerEligible]);
        (few.Selected, few.Shortfall).ShouldBe((3L, 1L));
        few.Strata.ShouldAllBe(s => s.Reserve.Count == 0);

        var both = Draw(Enumerable.Range(0, 3).Select(i => new PopulationItem($"K{i}", "A", "s" + i)), perUnit: 2, min: 1).Units.Single();
        both.Notes.ShouldBe([Allocation.MinimumsExceedRequest]);
        var tooFew = Draw(Enumerable.Range(0, 2).Select(i => new PopulationItem($"K{i}", "A", "s" + i)), perUnit: 10, min: 6).Units.Single();
        tooFew.Notes.ShouldBe([DrawEngine.FewerEligible]);

        var exact = Draw(Enumerable.Range(0, 10).Select(i => new PopulationItem($"K{i}", "A", "s")), perUnit: 10).Units.Single();
        exact.Notes.ShouldBeEmpty();
        exact.Shortfall.ShouldBe(0);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(63, 2)]
    [InlineData(64, 3)]
    [InlineData(65, 3)]
    [InlineData(200, 7)]
    [InlineData(1000, 40)]
    [Trait("Rule", "S3")]
    public void SelectedAndReserve_AreTheSmallestTicketsOfEachStratum_InTicketOrder(int keys, int strata)
    {
        var items = Enumerable.Range(0, keys).Select(i => new PopulationItem($"K{i:D5}", "U" + (i % 2), "S" + (i % strata))).ToList();
        foreach (var order in new[] { PopulationOrder.Unordered, PopulationOrder.SortedByKey })
        {
            var protocol = Draw(order == PopulationOrder.SortedByKey ? items : Naive.Shuffle(items, keys), perUnit: 12, min: 1, reserve: 2, order: order);
            foreach (var unit in protocol.Units)
            {
                foreach (var stratum in unit.Strata)
                {
                    var expected = items.Where(i => i.Unit == unit.Unit && i.Stratum == stratum.Stratum).Select(i => i.Key)
                        .OrderBy(Ticket, StringComparer.Ordinal).ToList();
                    stratum.Eligible.ShouldBe(expected.Count);
                    stratum.Selected.Select(k => k.Key).ShouldBe(expected.Take((int)stratum.Allocated));
                    stratum.Selected.ShouldAllBe(k => k.Ticket == Ticket(k.Key));
                    stratum.Reserve.Select(k => k.Key).ShouldBe(expected.Skip((int)stratum.Allocated).Take(2));
                }

                unit.Selected.ShouldBe(Math.Min(12, items.Count(i => i.Unit == unit.Unit)));
                unit.Strata.Sum(s => s.Allocated).ShouldBe(unit.Selected);
            }
        }
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void SortedByKey_DuplicatesAdjacent_SameAsUnordered_AndOutOfOrderNamesTheRecord()
    {
        PopulationItem[] sorted = [new("K1", "A", "b"), new("K1", "A", "a"), new("K2", "A", "a"), new("K2", "B", "a"), new("K3", "A", "a")];
        Draw(sorted, order: PopulationOrder.SortedByKey).ToJson().ShouldBe(Draw(sorted.Reverse()).ToJson());
        var ex = Should.Throw<InvalidOperationException>(() => Draw([new("K2", "A", "a"), new("K3", "A", "a"), new("K1", "A", "a")], order: PopulationOrder.SortedByKey));
        ex.Message.ShouldBe("Population item 3: the key is smaller than the key before it, but the population was declared sorted by key (ordinal).");
    }

    [Theory]
    [InlineData("abcd", "abce")]
    [InlineData("abcdefgh", "abcdefgi")]
    [InlineData("abcdefgh", "abcdefg")]
    [InlineData("ab", "abc")]
    [InlineData("a\u00e9", "a\u00ea")]
    [InlineData("\uffff", "\u0100")]
    [InlineData("aaaaZaaa", "aaaaaaaa")]
    [InlineData("aaaaaaaaaaaZ", "aaaaaaaaaaaa")]
    [InlineData("", "a")]
    [InlineData("same", "same")]
    [Trait("Rule", "S2")]
    public void CompareKeys_SignOfOrdinalComparison(string x, string y)
    {
        Math.Sign(DrawEngine.CompareKeys(x, y)).ShouldBe(Math.Sign(string.CompareOrdinal(x, y)));
        Math.Sign(DrawEngine.CompareKeys(y, x)).ShouldBe(Math.Sign(string.CompareOrdinal(y, x)));
    }
}
