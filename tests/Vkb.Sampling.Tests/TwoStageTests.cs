using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

/// <summary>RD draws per district, then head office draws from the RD-assessed records (S5, S6).</summary>
public class TwoStageTests
{
    private static readonly Instant Start = Instant.FromUtc(2025, 4, 10, 9, 0);

    private const string NoMark = "test records of SGB III agencies: no § 16a case";

    private sealed record Pseudonymised(string Pseudonym, string Rd, string Group);

    private static readonly Pseudonymised[] District = Enumerable.Range(0, 300)
        .Select(i => new Pseudonymised($"P{i:D5}", i % 3 == 0 ? "NRW" : i % 3 == 1 ? "BY" : "NORD", i % 4 == 0 ? "young" : "other"))
        .ToArray();

    private static readonly SampleFrame<Pseudonymised> RdFrame = SampleFrame.Create<Pseudonymised>(r => r.Pseudonym, r => r.Rd, r => r.Group).WithoutSection16a(NoMark);

    private static (SampleProtocol Rd, Pseudonymised[] Assessed) RdStage()
    {
        var seed = Seed.FromDice("99999888887777766666");
        var rd = Sampler.Draw(District, RdFrame, SampleParameters.Create("RD-2025-04", 25, level: DrawLevel.RegionalDirectorate), seed, SeedCommitment.Create(seed, Start));
        var selected = rd.AllSelected().Select(s => s.Key).ToHashSet();
        return (rd, District.Where(d => selected.Contains(d.Pseudonym)).ToArray());
    }

    [Fact]
    [Trait("Rule", "S6")]
    public void RdDraw_EachRd_OnlyFromOwnDistrict()
    {
        var (rd, _) = RdStage();
        foreach (var unit in rd.Units)
        {
            rd.SelectedKeys(unit.Unit).ShouldAllBe(k => District.Single(d => d.Pseudonym == k).Rd == unit.Unit);
            unit.Selected.ShouldBe(25);
        }
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOfficeDraw_SeedCommittedAfterFreeze_AtLeastTenPerRdAndVerifies()
    {
        var (_, assessed) = RdStage();
        var clock = new NodaTime.Testing.FakeClock(Start.Plus(Duration.FromDays(10)));
        var snapshot = PopulationSnapshot.Freeze(assessed.Select(a => a.Pseudonym), clock);
        clock.Advance(Duration.FromMinutes(5));
        var seed = Seed.FromDice("12121212123434343434");
        var commitment = SeedCommitment.Create(seed, clock);
        var frame = SampleFrame.Create<Pseudonymised>(r => r.Pseudonym, r => r.Rd).WithoutSection16a(NoMark);

        var ho = Sampler.Draw(assessed, frame, SampleParameters.Create("HO-2025-04", 10), seed, commitment, snapshot);

        ho.PopulationFrozenAt.ShouldBe(snapshot.FrozenAt);
        ho.Units.Count.ShouldBe(3);
        ho.Units.ShouldAllBe(u => u.Selected == 10);
        Sampler.Verify(SampleProtocol.FromJson(ho.ToJson()), assessed, frame, snapshot).IsValid.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOfficeDraw_SeedCommittedBeforeFreeze_RefusedAndCaughtByVerify()
    {
        var (_, assessed) = RdStage();
        var frozenAt = Start.Plus(Duration.FromDays(10));
        var snapshot = PopulationSnapshot.Freeze(assessed.Select(a => a.Pseudonym), new NodaTime.Testing.FakeClock(frozenAt));
        var seed = Seed.FromDice("12121212123434343434");
        var early = SeedCommitment.Create(seed, frozenAt - Duration.FromHours(1));
        var frame = SampleFrame.Create<Pseudonymised>(r => r.Pseudonym, r => r.Rd).WithoutSection16a(NoMark);

        Should.Throw<ArgumentException>(() => Sampler.Draw(assessed, frame, SampleParameters.Create("HO", 10), seed, early, snapshot))
            .Message.ShouldContain("after the population of the previous stage was frozen");

        var honest = Sampler.Draw(assessed, frame, SampleParameters.Create("HO", 10), seed, SeedCommitment.Create(seed, frozenAt + Duration.FromHours(1)), snapshot);
        var backdated = honest with { CommittedAt = frozenAt - Duration.FromHours(1) };
        Sampler.Verify(backdated, assessed, frame, snapshot).Discrepancies
            .ShouldContain(d => d.Kind == DiscrepancyKind.CommitmentOrder && d.Path == "committedAt");
        Sampler.Verify(backdated, assessed, frame).Discrepancies
            .ShouldContain(d => d.Kind == DiscrepancyKind.CommitmentOrder);
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOfficeDraw_PopulationChangedAfterFreeze_RefusedAndCaughtByVerify()
    {
        var (_, assessed) = RdStage();
        var clock = new NodaTime.Testing.FakeClock(Start.Plus(Duration.FromDays(10)));
        var snapshot = PopulationSnapshot.Freeze(assessed.Select(a => a.Pseudonym), clock);
        var seed = Seed.FromDice("12121212123434343434");
        var commitment = SeedCommitment.Create(seed, clock.GetCurrentInstant() + Duration.FromMinutes(1));
        var frame = SampleFrame.Create<Pseudonymised>(r => r.Pseudonym, r => r.Rd).WithoutSection16a(NoMark);
        var padded = assessed.Append(new Pseudonymised("P99999", "NRW", "other")).ToArray();

        Should.Throw<InvalidOperationException>(() => Sampler.Draw(padded, frame, SampleParameters.Create("HO", 10), seed, commitment, snapshot));

        var ho = Sampler.Draw(assessed, frame, SampleParameters.Create("HO", 10), seed, commitment, snapshot);
        Sampler.Verify(ho, padded, frame, snapshot).Discrepancies.ShouldContain(d => d.Path == "populationDigest");
    }
}
