using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

public class ComplianceMonitorTests
{
    private static readonly YearMonth April = new(2025, 4);
    private static readonly Seed TestSeed = Seed.FromDice("55555444443333322222");

    private static SampleProtocol TeamLeadDraw() =>
        Sampler.Draw(
            Enumerable.Range(0, 30).Select(i => new PopulationItem($"A{i:D2}", "TL-A", "all"))
                .Concat(Enumerable.Range(0, 6).Select(i => new PopulationItem($"B{i:D2}", "TL-B", "all"))),
            PopulationItem.Frame, SampleParameters.Create("TL-2025-04", 10), TestSeed, SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 1, 0, 0)));

    private static IEnumerable<AssessedCase> AssessAll(SampleProtocol p, DrawLevel level) =>
        p.AllSelected().Select(s => new AssessedCase(level, s.Unit, s.Key));

    [Fact]
    [Trait("Rule", "S1")]
    [Trait("Rule", "S2")]
    public void Evaluate_AllSelectedAssessed_HoldsAndSmallTeamShortfallExplained()
    {
        var draw = TeamLeadDraw();
        var report = ComplianceMonitor.Evaluate(April, [draw], [], AssessAll(draw, DrawLevel.TeamLead));

        report.AllHold.ShouldBeTrue();
        var small = report.Findings.Single(f => f.Rule == "S1" && f.Unit == "TL-B");
        small.Selected.ShouldBe(6);
        small.Shortfall.ShouldBe(4);
        small.Reason.ShouldBe("Fewer than 10 eligible records (6): all taken, shortfall 4 reported.");
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Evaluate_SelectedRecordNotAssessed_S1Fails()
    {
        var draw = TeamLeadDraw();
        var report = ComplianceMonitor.Evaluate(April, [draw], [], AssessAll(draw, DrawLevel.TeamLead).Skip(1));
        var finding = report.Findings.Single(f => f.Rule == "S1" && f.Unit == "TL-A");
        finding.Holds.ShouldBeFalse();
        finding.Reason.ShouldBe("1 of 10 selected records not assessed.");
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Evaluate_MissingTeamLead_S1Fails() =>
        ComplianceMonitor.Evaluate(April, [TeamLeadDraw()], [], expectedTeamLeads: ["TL-A", "TL-C"]).Findings
            .Single(f => f.Unit == "TL-C").Holds.ShouldBeFalse();

    [Fact]
    [Trait("Rule", "S2")]
    public void Evaluate_CustomerAssessedTwice_S2Fails()
    {
        var draw = TeamLeadDraw();
        var assessments = AssessAll(draw, DrawLevel.TeamLead).ToList();
        assessments.Add(assessments[0]);
        ComplianceMonitor.Evaluate(April, [draw], [], assessments).Findings.Single(f => f.Rule == "S2" && f.Unit == assessments[0].Unit).Holds.ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void Evaluate_HeadOfficeDraw_HoldsOnlyWithCommitmentAfterFreezeAndTenPerRd()
    {
        var assessed = Enumerable.Range(0, 40).Select(i => new PopulationItem($"P{i:D2}", i < 25 ? "NRW" : "BY", "all")).ToArray();
        var frozen = Instant.FromUtc(2025, 4, 20, 12, 0);
        var snapshot = PopulationSnapshot.Freeze(assessed.Select(a => a.Key), new FixedClock(frozen));
        var ho = Sampler.Draw(assessed, PopulationItem.Frame, SampleParameters.Create("HO-2025-04", 10), TestSeed, SeedCommitment.Create(TestSeed, frozen + Duration.FromMinutes(1)), snapshot);

        var ok = ComplianceMonitor.Evaluate(April, [], [ho], AssessAll(ho, DrawLevel.HeadOffice), expectedRegionalDirectorates: ["BY", "NRW", "NORD"]);
        ok.Findings.Where(f => f.Unit != "NORD").ShouldAllBe(f => f.Holds && f.Rule == "S5" && f.Selected == 10);
        ok.Findings.Single(f => f.Unit == "NORD").Holds.ShouldBeFalse();

        var unfrozen = ho with { PopulationFrozenAt = null };
        ComplianceMonitor.Evaluate(April, [], [unfrozen]).Findings.ShouldAllBe(f => !f.Holds && f.Reason.EndsWith("frozen.", StringComparison.Ordinal));
    }
}
