using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

/// <summary>Single changes to a protocol that a verification must catch.</summary>
internal static class ProtocolMutations
{
    public static IEnumerable<(string Name, SampleProtocol Protocol)> All(SampleProtocol p, string notSelectedKey, int pick)
    {
        var (u, s) = FirstSelected(p, pick);
        var stratum = p.Units[u].Strata[s];
        var first = stratum.Selected[0];

        yield return ("key swapped", WithStratum(p, u, s, stratum with { Selected = [first with { Key = notSelectedKey }, .. stratum.Selected.Skip(1)] }));
        yield return ("ticket altered", WithStratum(p, u, s, stratum with { Selected = [first with { Ticket = Flip(first.Ticket) }, .. stratum.Selected.Skip(1)] }));
        yield return ("allocation changed", WithStratum(p, u, s, stratum with { Allocated = stratum.Allocated + 1 }));
        yield return ("eligible changed", WithStratum(p, u, s, stratum with { Eligible = stratum.Eligible + 1 }));
        yield return ("key dropped", WithStratum(p, u, s, stratum with { Selected = stratum.Selected.Skip(1).ToList() }));
        yield return ("exclusion added", p with { Excluded = [.. p.Excluded, new ExcludedKey { Key = first.Key, Unit = p.Units[u].Unit, Reason = "made-up" }] });
        yield return ("digest changed", p with { PopulationDigest = Flip(p.PopulationDigest) });
        yield return ("size changed", p with { PopulationSize = p.PopulationSize + 1 });
        yield return ("seed changed", p with { Seed = Flip(p.Seed) });
        yield return ("commitment changed", p with { SeedCommitment = Flip(p.SeedCommitment) });
        yield return ("request changed", p with { Units = p.Units.Select((x, i) => i == u ? x with { Requested = x.Requested + 1 } : x).ToList() });
        yield return ("replacement invented", p with { Replacements = [new Replacement { Unit = p.Units[u].Unit, Replaced = first.Key, By = notSelectedKey, Reason = "x" }] });
    }

    private static (int Unit, int Stratum) FirstSelected(SampleProtocol p, int pick)
    {
        var candidates = p.Units.SelectMany((unit, u) => unit.Strata.Select((stratum, s) => (u, s, stratum)))
            .Where(x => x.stratum.Selected.Count > 0).ToList();
        var c = candidates[pick % candidates.Count];
        return (c.u, c.s);
    }

    private static SampleProtocol WithStratum(SampleProtocol p, int u, int s, StratumSample stratum) =>
        p with
        {
            Units = p.Units.Select((unit, i) => i != u ? unit : unit with
            {
                Strata = unit.Strata.Select((x, j) => j == s ? stratum : x).ToList(),
            }).ToList(),
        };

    private static string Flip(string hex) => (hex[0] == '0' ? '1' : '0') + hex[1..];
}
