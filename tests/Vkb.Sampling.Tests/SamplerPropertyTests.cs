using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Sampling;
using Vkb.Testing;

namespace Vkb.Sampling.Tests;

[Properties(Arbitrary = [typeof(SamplingArbitraries)], MaxTest = 150)]
public class SamplerPropertyTests
{
    [Property]
    [Trait("Rule", "S1")]
    [Trait("Rule", "S2")]
    public bool Draw_EachUnit_GetsMinOfRequestAndEligibleDistinctKeys(DrawCase c)
    {
        var protocol = c.Draw();
        var eligible = Naive.EligibleByUnit(c.Population);
        return protocol.Units.Count == eligible.Count && protocol.Units.All(u =>
        {
            var keys = protocol.SelectedKeys(u.Unit);
            var expected = Math.Min(c.Parameters.PerUnit, eligible[u.Unit].Count);
            return keys.Count == expected && keys.Distinct(StringComparer.Ordinal).Count() == expected &&
                   u.Selected == expected && u.Shortfall == c.Parameters.PerUnit - expected;
        });
    }

    [Property]
    [Trait("Rule", "S3")]
    public bool Draw_EachStratum_IsExactlyBottomKByTicket(DrawCase c)
    {
        var protocol = c.Draw();
        var eligible = Naive.EligibleByUnit(c.Population);
        foreach (var unit in protocol.Units)
        {
            foreach (var stratum in unit.Strata)
            {
                var ordered = eligible[unit.Unit].Where(kv => kv.Value == stratum.Stratum)
                    .Select(kv => (kv.Key, Ticket: SampleTicket.Compute(c.Seed, c.Parameters.DrawId, kv.Key)))
                    .OrderBy(x => x.Ticket).ToList();
                var expectedSelected = ordered.Take((int)stratum.Allocated).Select(x => x.Key);
                var expectedReserve = ordered.Skip((int)stratum.Allocated).Take(c.Parameters.Reserve).Select(x => x.Key);
                if (stratum.Eligible != ordered.Count ||
                    !stratum.Selected.Select(s => s.Key).SequenceEqual(expectedSelected) ||
                    !stratum.Reserve.Select(s => s.Key).SequenceEqual(expectedReserve))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property]
    [Trait("Rule", "S9")]
    public bool Draw_AnyPermutation_IdenticalProtocol(DrawCase c)
    {
        var expected = c.Draw().ToJson();
        var shuffled = Naive.Shuffle(c.Population, c.ShuffleSeed);
        var sorted = c.Population.OrderBy(i => i.Key, StringComparer.Ordinal).ToArray();
        return Sampler.Draw(shuffled, PopulationItem.Frame, c.Parameters, c.Seed, c.Commitment).ToJson() == expected &&
               Sampler.Draw(sorted, PopulationItem.Frame, c.Parameters, c.Seed, c.Commitment, order: PopulationOrder.SortedByKey).ToJson() == expected;
    }

    [Property]
    [Trait("Rule", "S3")]
    public bool Draw_SplitIntoPartsAndMerged_SameSelection(DrawCase c)
    {
        // Distinct (unit, key) so that parts do not hide duplicates from each other.
        var population = c.Population.DistinctBy(i => (i.Unit, i.Key)).ToArray();
        var parts = population.GroupBy(i => (i.Key.GetHashCode(StringComparison.Ordinal) ^ c.ShuffleSeed) & 3).ToList();
        var whole = Sampler.Draw(population, PopulationItem.Frame, c.Parameters, c.Seed, c.Commitment);

        // Each part keeps its n + reserve smallest tickets per stratum: draw it with reserve n + reserve.
        var wide = SampleParameters.Create(c.Parameters.DrawId, c.Parameters.PerUnit, 0, c.Parameters.PerUnit + c.Parameters.Reserve, level: DrawLevel.RegionalDirectorate);
        var candidates = new Dictionary<(string Unit, string Stratum), (long Eligible, List<SampledKey> Keys)>();
        foreach (var part in parts)
        {
            var protocol = Sampler.Draw(part, PopulationItem.Frame, wide, c.Seed, c.Commitment);
            foreach (var unit in protocol.Units)
            {
                foreach (var s in unit.Strata)
                {
                    var entry = candidates.TryGetValue((unit.Unit, s.Stratum), out var e) ? e : (0, new List<SampledKey>());
                    entry.Item2.AddRange(s.Selected.Concat(s.Reserve));
                    candidates[(unit.Unit, s.Stratum)] = (entry.Item1 + s.Eligible, entry.Item2);
                }
            }
        }

        foreach (var unit in whole.Units)
        {
            var names = unit.Strata.Select(s => s.Stratum).ToList();
            var eligible = names.Select(n => candidates[(unit.Unit, n)].Eligible).ToList();
            var allocated = Allocation.Allocate(names, eligible, names.Select(c.Parameters.WeightOf).ToList(), c.Parameters.PerUnit, c.Parameters.MinPerStratum, out _);
            for (var h = 0; h < names.Count; h++)
            {
                var merged = candidates[(unit.Unit, names[h])].Keys.OrderBy(k => k.Ticket, StringComparer.Ordinal).Take((int)allocated[h]);
                if (!merged.SequenceEqual(unit.Strata[h].Selected))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property]
    [Trait("Rule", "S4")]
    public bool Draw_EveryNonEmptyStratum_GetsMinimumWhenFeasible(DrawCase c)
    {
        var protocol = c.Draw();
        return protocol.Units.All(u =>
        {
            var feasible = u.Strata.Sum(s => Math.Min(c.Parameters.MinPerStratum, s.Eligible)) <= c.Parameters.PerUnit;
            return feasible
                ? u.Strata.All(s => s.Allocated >= Math.Min(c.Parameters.MinPerStratum, s.Eligible)) && !u.Notes.Contains("minimums-exceed-request")
                : u.Notes.Contains("minimums-exceed-request") && u.Selected == c.Parameters.PerUnit;
        });
    }

    [Property]
    [Trait("Rule", "S4")]
    public bool Draw_Allocation_SumsToMinOfRequestAndEligibleAndRespectsCaps(DrawCase c) =>
        c.Draw().Units.All(u =>
            u.Strata.Sum(s => s.Allocated) == Math.Min(c.Parameters.PerUnit, u.Strata.Sum(s => s.Eligible)) &&
            u.Strata.All(s => s.Allocated <= s.Eligible && s.Selected.Count == s.Allocated));

    [Property]
    [Trait("Rule", "S7")]
    public bool Draw_ExcludedKey_NeverSelectedAndListedWithReason(DrawCase c)
    {
        var recent = c.Population.Select(i => i.Key).Where(k => k.EndsWith('7')).ToHashSet(StringComparer.Ordinal);
        var frame = PopulationItem.Frame
            .ExcludeWhen("s16a-without-consent", i => i.Stratum == "rehab" && i.Unit != "TL-3")
            .ExcludeKeys("sampled-in-previous-2-months", recent);
        var protocol = c.Draw(frame);
        var selected = protocol.AllSelected().ToList();
        var s16a = c.Population.Where(i => i.Stratum == "rehab" && i.Unit != "TL-3").Select(i => (i.Unit, i.Key)).ToHashSet();
        return selected.All(s => !recent.Contains(s.Key) && !s16a.Contains(s)) &&
               s16a.All(p => protocol.Excluded.Any(e => e.Unit == p.Unit && e.Key == p.Key && e.Reason == "s16a-without-consent")) &&
               protocol.Excluded.All(e => e.Reason is "s16a-without-consent" or "sampled-in-previous-2-months") &&
               Sampler.Verify(protocol, c.Population, frame).IsValid;
    }

    [Property]
    [Trait("Rule", "S9")]
    public bool Verify_ProtocolFromJsonAndPopulation_Valid(DrawCase c)
    {
        var protocol = SampleProtocol.FromJson(c.Draw().ToJson());
        return Sampler.Verify(protocol, Naive.Shuffle(c.Population, c.ShuffleSeed), PopulationItem.Frame).IsValid;
    }

    [Property]
    [Trait("Rule", "S9")]
    public Property Verify_AnySingleChangeToProtocol_Detected(DrawCase c)
    {
        var protocol = c.Draw();
        var units = protocol.Units.Where(u => u.Strata.Any(s => s.Selected.Count > 0)).ToList();
        var notSelected = c.Population.Select(i => i.Key).Except(protocol.AllSelected().Select(s => s.Key)).FirstOrDefault();
        return Prop.When(units.Count > 0 && notSelected is not null, () =>
        {
            var mutations = ProtocolMutations.All(protocol, notSelected!, c.ShuffleSeed).ToList();
            foreach (var (name, mutated) in mutations)
            {
                var verification = Sampler.Verify(SampleProtocol.FromJson(mutated.ToJson()), c.Population, PopulationItem.Frame);
                verification.IsValid.ShouldBeFalse(name);
            }
        });
    }

    [Property]
    [Trait("Rule", "S9")]
    public Property Verify_AnySingleChangeToPopulation_Detected(DrawCase c)
    {
        var protocol = c.Draw();
        return Prop.When(c.Population.Length > 0, () =>
        {
            var index = c.ShuffleSeed % c.Population.Length;
            var removed = c.Population.Where((_, i) => i != index).ToArray();
            var added = c.Population.Append(new PopulationItem("K9999", "TL-1", "young")).ToArray();
            Sampler.Verify(protocol, removed, PopulationItem.Frame).IsValid.ShouldBeFalse("item removed");
            Sampler.Verify(protocol, added, PopulationItem.Frame).IsValid.ShouldBeFalse("item added");

            // A stratum change of a record whose key is not duplicated in its unit changes the eligible counts.
            var unique = c.Population.GroupBy(i => (i.Unit, i.Key)).Where(g => g.Count() == 1).Select(g => g.Single()).FirstOrDefault();
            if (unique != default)
            {
                var moved = c.Population.Select(p => p == unique ? p with { Stratum = p.Stratum + "-x" } : p).ToArray();
                Sampler.Verify(protocol, moved, PopulationItem.Frame).IsValid.ShouldBeFalse("stratum changed");
            }
        });
    }
}
