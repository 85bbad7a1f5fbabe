using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The compliance monitor's survivors of the first Stryker run that could mutate it (session 4,
/// docs/mutation/stryker-2026-12-05-sampling-session4.md): eligible records summed over strata,
/// the rule id of every S5 finding, and the argument checks.
/// </summary>
public class ComplianceMonitorSession4KillTests
{
    private static readonly YearMonth April = new(2025, 4);
    private static readonly Seed TestSeed = Seed.FromDice("55555444443333322222");
    private static readonly Instant Frozen = Instant.FromUtc(2025, 4, 20, 12, 0);

    /// <summary>Two strata of six records each: 12 eligible in all, 6 in the larger stratum.</summary>
    private static IEnumerable<PopulationItem> TwoStrata(string unit) =>
        Enumerable.Range(0, 12).Select(i => new PopulationItem($"{unit}-{i:D2}", unit, i % 2 == 0 ? "a" : "b"));

    [Fact]
    [Trait("Rule", "S1")]
    public void TeamLead_EligibleIsTheSumOverStrata_NineOfTwelveNotCompliant()
    {
        var draw = Sampler.Draw(TwoStrata("TL-A"), PopulationItem.Frame, SampleParameters.Create("TL-2025-04", 9, belowFloorReason: "pilot"), TestSeed,
            SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 1, 0, 0)));
        draw.Units.Single().Strata.Select(s => s.Eligible).ShouldBe([6L, 6L]);
        var j = ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J1", draw)], []).TeamLeads.Single();
        (j.Reached, j.ShortAllTaken, j.NotCompliant, j.TotalShortfall, j.BelowFloorReason).ShouldBe((0, 0, 1, 1L, "pilot"));
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOffice_EligibleIsTheSumOverStrata_NineOfTwelveDoesNotHold_RuleS5()
    {
        var population = TwoStrata("NRW").ToList();
        var snapshot = PopulationSnapshot.Freeze(population.Select(a => a.Key), new NodaTime.Testing.FakeClock(Frozen));
        var draw = Sampler.Draw(population, PopulationItem.Frame, SampleParameters.Create("HO-2025-04", 9, level: DrawLevel.HeadOffice, belowFloorReason: "pilot"), TestSeed,
            SeedCommitment.Create(TestSeed, Frozen + Duration.FromMinutes(1)), snapshot);
        var f = ComplianceMonitor.Evaluate(April, [], [draw]).Findings.Single();
        (f.Rule, f.Level, f.Unit, f.Holds, f.Selected, f.Eligible, f.Shortfall).ShouldBe(("S5", DrawLevel.HeadOffice, "NRW", false, 9L, 12L, 1L));
        f.Reason.ShouldBe("9 RD-assessed cases selected although 12 were eligible; at least 10 required. Below the floor by documented reason: pilot");
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOffice_NotAssessed_RuleS5_WithTheCounts()
    {
        var population = Enumerable.Range(0, 12).Select(i => new PopulationItem($"P{i:D2}", "NRW", "all")).ToList();
        var snapshot = PopulationSnapshot.Freeze(population.Select(a => a.Key), new NodaTime.Testing.FakeClock(Frozen));
        var draw = Sampler.Draw(population, PopulationItem.Frame, SampleParameters.Create("HO-2025-04", 10, level: DrawLevel.HeadOffice), TestSeed,
            SeedCommitment.Create(TestSeed, Frozen + Duration.FromMinutes(1)), snapshot);
        var assessed = draw.AllSelected().Skip(3).Select(s => new AssessedCase(DrawLevel.HeadOffice, s.Unit, s.Key)).ToList();
        var f = ComplianceMonitor.Evaluate(April, [], [draw], assessed).Findings.Single();
        (f.Rule, f.Holds, f.Selected, f.Assessed, f.Shortfall).ShouldBe(("S5", false, 10L, (long?)7, 0L));
        f.Reason.ShouldBe("3 of 10 selected RD-assessed cases not assessed.");
    }

    [Fact]
    public void Evaluate_NullListsOrNullEntries_Refused()
    {
        Should.Throw<ArgumentNullException>(() => ComplianceMonitor.Evaluate(April, null!, []));
        Should.Throw<ArgumentNullException>(() => ComplianceMonitor.Evaluate(April, [], null!));
        Should.Throw<ArgumentException>(() => ComplianceMonitor.Evaluate(April, [null!], [])).Message.ShouldStartWith("A draw list may not contain null.");
        Should.Throw<ArgumentException>(() => ComplianceMonitor.Evaluate(April, [], [null!])).Message.ShouldStartWith("A protocol list may not contain null.");
        var empty = ComplianceMonitor.Evaluate(April, [], []);
        (empty.Month, empty.TeamLeads.Count, empty.Findings.Count, empty.AllHold).ShouldBe((April, 0, 0, true));
    }
}
