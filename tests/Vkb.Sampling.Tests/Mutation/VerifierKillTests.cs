using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The verifier (S9, S5, S7): one change to a protocol gives exactly the discrepancies that name
/// it (kind and JSON path), and nothing else. The property <c>Verify_AnySingleChangeToProtocol_Detected</c>
/// asks only for "not valid"; the Stryker run of session 4 found the kinds, paths and counts of
/// the verdict unpinned (docs/mutation/stryker-2026-12-05-sampling-session4.md).
/// </summary>
public class VerifierKillTests
{
    private static readonly Seed TestSeed = Seed.Parse("27182818284590452353");
    private static readonly Instant CommittedAt = Instant.FromUtc(2025, 4, 21, 8, 0);

    /// <summary>Units A and B, strata s1 and s2, 20 keys each; one duplicate key, one excluded key.</summary>
    private static readonly PopulationItem[] Population =
    [
        .. Enumerable.Range(0, 40).Select(i => new PopulationItem($"K{i:D2}", i < 20 ? "A" : "B", i % 2 == 0 ? "s1" : "s2")),
        new PopulationItem("K05", "A", "s2"),
    ];

    private static readonly SampleFrame<PopulationItem> Frame = PopulationItem.Frame.ExcludeKeys("host-rule", ["K07"]);

    private static SampleProtocol Draw(PopulationSnapshot? previous = null) =>
        Sampler.Draw(Population, Frame, SampleParameters.Create("RD-2025-04", 6, 1, 2, level: DrawLevel.RegionalDirectorate), TestSeed, SeedCommitment.Create(TestSeed, CommittedAt), previous);

    /// <summary>
    /// The kind and path of every discrepancy; each must also explain itself (S9): a sentence, capitalised and
    /// ending with a full stop, that names no key of the population.
    /// </summary>
    private static string[] Found(SampleProtocol protocol, PopulationSnapshot? previous = null)
    {
        var found = Sampler.Verify(protocol, Population, Frame, previous).Discrepancies;
        found.ShouldAllBe(d => d.Message.Length > 20 && char.IsUpper(d.Message[0]) && d.Message.EndsWith('.'));
        found.ShouldAllBe(d => !Population.Any(i => d.Message.Contains(i.Key, StringComparison.Ordinal)));
        return [.. found.Select(d => d.Kind + " " + d.Path)];
    }

    private static SampleProtocol WithUnit(SampleProtocol p, int u, Func<UnitSample, UnitSample> change) =>
        p with { Units = [.. p.Units.Select((x, i) => i == u ? change(x) : x)] };

    private static SampleProtocol WithStratum(SampleProtocol p, int u, int s, Func<StratumSample, StratumSample> change) =>
        WithUnit(p, u, x => x with { Strata = [.. x.Strata.Select((y, j) => j == s ? change(y) : y)] });

    [Fact]
    public void TheDrawItself_Verifies_AndHasWhatTheCasesBelowChange()
    {
        var p = Draw();
        Found(p).ShouldBeEmpty();
        p.Units.Select(u => u.Unit).ShouldBe(["A", "B"]);
        p.Units.ShouldAllBe(u => u.Strata.Count == 2 && u.Strata.All(s => s.Selected.Count > 0 && s.Reserve.Count == 2));
        p.Excluded.ShouldHaveSingleItem().Key.ShouldBe("K07");
        p.Duplicates.ShouldHaveSingleItem().Key.ShouldBe("K05");
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void AlgorithmSeedOrDrawIdUnreadable_OneDiscrepancy_NothingElseChecked()
    {
        var p = Draw();
        var broken = WithUnit(p, 0, u => u with { Requested = 99 });
        Found(broken with { Algorithm = "vkb-sample-v2" }).ShouldBe(["Algorithm algorithm"]);
        Found(broken with { Seed = "not a seed" }).ShouldBe(["Commitment seed"]);
        Found(broken with { DrawId = "bad\nid" }).ShouldBe(["Allocation drawId"]);
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void SeedCommitmentNotTheSeedsDigest_Reported()
    {
        var p = Draw();
        Found(p with { SeedCommitment = SeedCommitment.DigestOf(Seed.Parse("27182818284590452354")) }).ShouldBe(["Commitment seedCommitment"]);
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void SecondStage_FreezeInstantCommitmentOrderAndDigest_EachReported()
    {
        var frozen = CommittedAt - Duration.FromHours(1);
        var snapshot = PopulationSnapshot.Freeze(Population.Select(i => i.Key), new NodaTime.Testing.FakeClock(frozen));
        var p = Draw(snapshot);
        Found(p, snapshot).ShouldBeEmpty();
        Found(p with { PopulationFrozenAt = frozen + Duration.FromTicks(1) }, snapshot).ShouldBe(["CommitmentOrder populationFrozenAt"]);
        Found(p with { CommittedAt = frozen }, snapshot).ShouldBe(["CommitmentOrder committedAt"]);
        Found(p with { CommittedAt = frozen + Duration.FromTicks(1) }, snapshot).ShouldBeEmpty();
        var other = PopulationSnapshot.Create(SeedCommitment.DigestOf(TestSeed), snapshot.DistinctKeys, frozen);
        Found(p, other).ShouldBe(["Population populationDigest"]);

        // Without the snapshot, the protocol's own freeze instant is checked against its commitment.
        Found(p).ShouldBeEmpty();
        Found(p with { CommittedAt = frozen }).ShouldBe(["CommitmentOrder committedAt"]);
        Found(p with { CommittedAt = frozen + Duration.FromTicks(1) }).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void PopulationFigures_EachReportedWithTheCounts()
    {
        var p = Draw();
        Found(p with { PopulationDigest = SeedCommitment.DigestOf(TestSeed) }).ShouldBe(["Population populationDigest"]);
        Found(p with { PopulationContentDigest = SeedCommitment.DigestOf(TestSeed) }).ShouldBe(["Population populationContentDigest"]);
        var size = Sampler.Verify(p with { PopulationSize = 42 }, Population, Frame).Discrepancies.ShouldHaveSingleItem();
        (size.Kind, size.Path, size.Message).ShouldBe((DiscrepancyKind.Population, "populationSize", "The protocol states 42 items; the population given has 41."));
        size.ToString().ShouldBe("Population at populationSize: The protocol states 42 items; the population given has 41.");
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void UnitFigures_EachReportedAtItsPath()
    {
        var p = Draw();
        Found(WithUnit(p, 1, u => u with { Requested = u.Requested + 1 })).ShouldBe(["Allocation units[1].requested"]);
        Found(WithUnit(p, 1, u => u with { Selected = u.Selected - 1 })).ShouldBe(["Allocation units[1].selected"]);
        Found(WithUnit(p, 0, u => u with { Shortfall = 1 })).ShouldBe(["Allocation units[0].shortfall"]);
        Found(WithUnit(p, 0, u => u with { Notes = ["made-up"] })).ShouldBe(["Allocation units[0].notes"]);
        Found(WithUnit(p, 0, u => u with { Unit = "Z" })).ShouldBe(["Allocation units[0].unit"]);
        Found(p with { Units = [p.Units[0]] }).ShouldBe(["Allocation units"]);
        Sampler.Verify(p with { Units = [p.Units[0]] }, Population, Frame).Discrepancies.Single().Message.ShouldBe("The protocol lists 1 units; the recomputation has 2.");
        Found(p with { Units = [.. p.Units, p.Units[1] with { Unit = "C" }] }).ShouldBe(["Allocation units"]);
        Found(WithUnit(p, 1, u => u with { Strata = [u.Strata[0]] })).ShouldBe(["Allocation units[1].strata"]);
        Sampler.Verify(WithUnit(p, 1, u => u with { Strata = [u.Strata[0]] }), Population, Frame).Discrepancies.Single().Message.ShouldBe("The protocol lists 1 strata; the recomputation has 2.");
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void StratumFigures_EachReportedAtItsPath()
    {
        var p = Draw();
        Found(WithStratum(p, 1, 1, s => s with { Stratum = "s3" })).ShouldBe(["Allocation units[1].strata[1].stratum"]);
        Found(WithStratum(p, 1, 1, s => s with { Eligible = s.Eligible + 1 })).ShouldBe(["Allocation units[1].strata[1].eligible"]);
        var allocated = Sampler.Verify(WithStratum(p, 0, 1, s => s with { Allocated = 7 }), Population, Frame).Discrepancies.ShouldHaveSingleItem();
        (allocated.Path, allocated.Message).ShouldBe(("units[0].strata[1].allocated", $"The protocol states 7; the recomputation gives {p.Units[0].Strata[1].Allocated}."));
    }

    [Fact]
    [Trait("Rule", "S3")]
    [Trait("Rule", "S9")]
    public void SelectedAndReserveKeys_CountKeyAndTicketEachReportedAtItsPath()
    {
        var p = Draw();
        var stratum = p.Units[1].Strata[0];
        var hasher = new Func<string, string>(k => SampleTicket.Compute(TestSeed, "RD-2025-04", k).ToString());

        Found(WithStratum(p, 1, 0, s => s with { Selected = [.. s.Selected.Skip(1)] }))
            .ShouldBe(["Selection units[1].strata[0].selected", .. Enumerable.Range(0, stratum.Selected.Count - 1).Select(i => $"Selection units[1].strata[0].selected[{i}].key")]);
        Found(WithStratum(p, 1, 0, s => s with { Selected = [s.Selected[0] with { Key = "K99", Ticket = hasher("K99") }, .. s.Selected.Skip(1)] }))
            .ShouldBe(["Selection units[1].strata[0].selected[0].key"]);
        Found(WithStratum(p, 1, 0, s => s with { Selected = [s.Selected[0] with { Ticket = s.Selected[0].Ticket.ToUpperInvariant() }, .. s.Selected.Skip(1)] }))
            .ShouldBe(["Ticket units[1].strata[0].selected[0].ticket"]);
        Found(WithStratum(p, 1, 0, s => s with { Selected = [s.Selected[0] with { Ticket = "x" }, .. s.Selected.Skip(1)] }))
            .ShouldBe(["Ticket units[1].strata[0].selected[0].ticket"]);
        Found(WithStratum(p, 1, 0, s => s with { Selected = [s.Selected[0] with { Ticket = s.Reserve[0].Ticket }, .. s.Selected.Skip(1)] }))
            .ShouldBe(["Ticket units[1].strata[0].selected[0].ticket"]);
        Found(WithStratum(p, 1, 0, s => s with { Reserve = [s.Reserve[1], s.Reserve[0]] }))
            .ShouldBe(["Selection units[1].strata[0].reserve[0].key", "Selection units[1].strata[0].reserve[1].key"]);
        var extra = Sampler.Verify(WithStratum(p, 1, 0, s => s with { Reserve = [.. s.Reserve, s.Reserve[0]] }), Population, Frame).Discrepancies;
        extra.Select(d => d.Kind + " " + d.Path).ShouldBe(["Selection units[1].strata[0].reserve"]);
        extra[0].Message.ShouldBe("The protocol lists 3 keys; the recomputation has 2.");
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void ExcludedAndDuplicateLists_CountAndEntryReported()
    {
        var p = Draw();
        var excluded = p.Excluded[0];
        Found(p with { Excluded = [excluded with { Reason = "other" }] }).ShouldBe(["Exclusion excluded[0]"]);
        var added = Sampler.Verify(p with { Excluded = [excluded, excluded with { Key = "K08" }] }, Population, Frame).Discrepancies.ShouldHaveSingleItem();
        (added.Kind, added.Path, added.Message).ShouldBe((DiscrepancyKind.Exclusion, "excluded", "The protocol lists 2 entries; the recomputation has 1."));
        Found(p with { Excluded = [] }).ShouldBe(["Exclusion excluded"]);
        Found(p with { Duplicates = [p.Duplicates[0] with { Occurrences = 3 }] }).ShouldBe(["Duplicate duplicates[0]"]);
        Found(p with { Duplicates = [] }).ShouldBe(["Duplicate duplicates"]);
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Replacements_ReplayedInOrder_WrongReserveOrUnknownKeyReported()
    {
        var p = Draw();
        var unit = p.Units[0];
        var stratum = unit.Strata[0];
        var once = Sampler.Replace(p, "A", stratum.Selected[0].Key, "ill");
        var twice = Sampler.Replace(once, "A", stratum.Selected[1].Key, "moved");
        Found(once).ShouldBeEmpty();
        Found(twice).ShouldBeEmpty();
        twice.Replacements.Select(r => (r.Unit, r.Replaced, r.By, r.Reason)).ShouldBe(
            [("A", stratum.Selected[0].Key, stratum.Reserve[0].Key, "ill"), ("A", stratum.Selected[1].Key, stratum.Reserve[1].Key, "moved")]);

        Found(twice with { Replacements = [twice.Replacements[0], twice.Replacements[1] with { By = stratum.Reserve[0].Key }] }).ShouldBe(["Replacement replacements[1].by"]);
        Found(once with { Replacements = [once.Replacements[0] with { Replaced = "K99" }] })
            .ShouldContain("Replacement replacements[0]");
        Found(once with { Replacements = [once.Replacements[0] with { Unit = "B" }] })
            .ShouldContain("Replacement replacements[0]");
        Found(p with { Replacements = [new Replacement { Unit = "A", Replaced = "K99", By = "K98", Reason = "x" }] }).ShouldBe(["Replacement replacements[0]"]);
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Replace_KeyNotSelected_NoReserveLeft_BadReason_Refused()
    {
        var p = Draw();
        var stratum = p.Units[0].Strata[0];
        Should.Throw<ArgumentException>(() => Sampler.Replace(p, "A", "K99", "ill")).ParamName.ShouldBe("key");
        Should.Throw<ArgumentException>(() => Sampler.Replace(p, "B", stratum.Selected[0].Key, "ill")).ParamName.ShouldBe("key");
        Should.Throw<ArgumentException>(() => Sampler.Replace(p, "A", stratum.Selected[0].Key, string.Empty)).Message.ShouldContain("needs a reason");
        Should.Throw<ArgumentException>(() => Sampler.Replace(p, "A", stratum.Selected[0].Key, "a\tb")).Message.ShouldContain("needs a reason");
        var drained = Sampler.Replace(Sampler.Replace(p, "A", stratum.Selected[0].Key, "r"), "A", stratum.Selected[1].Key, "r");
        var next = drained.Units[0].Strata[0].Selected[0].Key;
        Should.Throw<InvalidOperationException>(() => Sampler.Replace(drained, "A", next, "r")).Message.ShouldContain("no reserve left");
        drained.Units[0].Strata[0].Reserve.ShouldBeEmpty();
        drained.Units[0].Strata[0].Selected.Select(k => k.Ticket).ShouldBe(drained.Units[0].Strata[0].Selected.Select(k => k.Ticket).Order(StringComparer.Ordinal));
        p.Replacements.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Section16aSummary_EachFieldReported()
    {
        var p = Draw();
        var s = p.Section16a!;
        Found(p with { Section16a = null }).ShouldBe(["Section16a section16a"]);
        Found(p with { Section16a = s with { Rule = Section16aSummary.NotApplicable } }).ShouldBe(["Section16a section16a.rule"]);
        Found(p with { Section16a = s with { RegisterSha256 = SeedCommitment.DigestOf(TestSeed) } }).ShouldBe(["Section16a section16a.registerSha256"]);
        Found(p with { Section16a = s with { RegisterDecisions = 3 } }).ShouldBe(["Section16a section16a.registerSha256"]);
        Found(p with { Section16a = s with { Month = "2025-05" } }).ShouldBe(["Section16a section16a.month"]);
        Found(p with { Section16a = s with { Reason = "none here" } }).ShouldBe(["Section16a section16a.reason"]);
        Found(p with { Section16a = s with { Marked = 1 } }).ShouldBe(["Allocation section16a.marked"]);
        Found(p with { Section16a = s with { StatedConsentDisagreements = 1 } }).ShouldBe(["Allocation section16a.statedConsentDisagreements"]);
        s.ExcludedPerUnit.Select(e => (e.Unit, e.Excluded)).ShouldBe([("A", 0L), ("B", 0L)]);
        Found(p with { Section16a = s with { ExcludedPerUnit = [s.ExcludedPerUnit[0], s.ExcludedPerUnit[1] with { Excluded = 1 }] } }).ShouldBe(["Section16a section16a.excludedPerUnit[1]"]);
        Found(p with { Section16a = s with { ExcludedPerUnit = [s.ExcludedPerUnit[0]] } }).ShouldBe(["Section16a section16a.excludedPerUnit"]);
    }
}
