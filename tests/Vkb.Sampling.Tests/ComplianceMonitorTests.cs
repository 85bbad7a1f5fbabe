using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

public class ComplianceMonitorTests
{
    private static readonly YearMonth April = new(2025, 4);
    private static readonly Seed TestSeed = Seed.FromDice("55555444443333322222");

    /// <summary>Job centre J1: TL-A with 30 records, TL-B with 6, TL-C with 12.</summary>
    private static SampleProtocol TeamLeadDraw() =>
        Sampler.Draw(
            Enumerable.Range(0, 30).Select(i => new PopulationItem($"A{i:D2}", "TL-A", "all"))
                .Concat(Enumerable.Range(0, 6).Select(i => new PopulationItem($"B{i:D2}", "TL-B", "all")))
                .Concat(Enumerable.Range(0, 12).Select(i => new PopulationItem($"C{i:D2}", "TL-C", "all"))),
            PopulationItem.Frame, SampleParameters.Create("TL-2025-04", 10), TestSeed, SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 1, 0, 0)));

    private static IEnumerable<AssessedCase> AssessAll(SampleProtocol p, DrawLevel level) =>
        p.AllSelected().Select(s => new AssessedCase(level, s.Unit, s.Key));

    [Fact]
    [Trait("Rule", "S1")]
    [Trait("Rule", "S2")]
    [Trait("Rule", "R1")]
    public void Evaluate_AllSelectedAssessed_CountsPerJobCentre_NoTeamLeadInTheReport()
    {
        var draw = TeamLeadDraw();
        var report = ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J1", draw)], [], AssessAll(draw, DrawLevel.TeamLead));

        report.AllHold.ShouldBeTrue();
        var j1 = report.TeamLeads.ShouldHaveSingleItem();
        (j1.JobCentre, j1.TeamLeads, j1.Reached, j1.ShortAllTaken, j1.NotCompliant, j1.TotalShortfall).ShouldBe(("J1", 3, 2, 1, 0, 4L));
        j1.Summary.ShouldBe("2 of 3 team leads reached 10; 1 short, total shortfall 4 (1 with fewer eligible records, all taken); 0 not compliant.");

        // R1: nothing in the report names a team lead.
        var text = System.Text.Json.JsonSerializer.Serialize(report);
        text.ShouldNotContain("TL-A");
        text.ShouldNotContain("TL-B");
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Evaluate_SelectedRecordNotAssessed_CountedNotCompliant()
    {
        var draw = TeamLeadDraw();
        var report = ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J1", draw)], [], AssessAll(draw, DrawLevel.TeamLead).Skip(1));
        report.TeamLeads[0].NotCompliant.ShouldBe(1);
        report.AllHold.ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Evaluate_MissingTeamLead_NotCompliantWithFullShortfall()
    {
        var report = ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J1", TeamLeadDraw())], [],
            expectedTeamLeads: new Dictionary<string, IReadOnlyCollection<string>> { ["J1"] = ["TL-A", "TL-D"] });
        var j1 = report.TeamLeads.Single();
        (j1.TeamLeads, j1.NotCompliant, j1.TotalShortfall).ShouldBe((4, 1, 14L));
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void Evaluate_CustomerAssessedTwice_NotCompliant()
    {
        var draw = TeamLeadDraw();
        var assessments = AssessAll(draw, DrawLevel.TeamLead).ToList();
        assessments.Add(assessments[0]);
        ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J1", draw)], [], assessments).TeamLeads[0].NotCompliant.ShouldBe(1);
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Evaluate_BelowFloorWithReason_ShownInTheSummary()
    {
        var draw = Sampler.Draw(
            Enumerable.Range(0, 30).Select(i => new PopulationItem($"A{i:D2}", "TL-A", "all")), PopulationItem.Frame,
            SampleParameters.Create("TL-2025-04", 8, belowFloorReason: "staff council agreed 8 for the pilot"), TestSeed, SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 1, 0, 0)));
        var j = ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J9", draw)], []).TeamLeads.Single();
        j.BelowFloorReason.ShouldBe("staff council agreed 8 for the pilot");
        j.Summary.ShouldEndWith("Below the floor by documented reason: staff council agreed 8 for the pilot");
        j.NotCompliant.ShouldBe(1);
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void Evaluate_HeadOfficeDraw_HoldsOnlyWithCommitmentAfterFreezeAndTenPerRd()
    {
        var assessed = Enumerable.Range(0, 40).Select(i => new PopulationItem($"P{i:D2}", i < 25 ? "NRW" : "BY", "all")).ToArray();
        var frozen = Instant.FromUtc(2025, 4, 20, 12, 0);
        var snapshot = PopulationSnapshot.Freeze(assessed.Select(a => a.Key), new NodaTime.Testing.FakeClock(frozen));
        var ho = Sampler.Draw(assessed, PopulationItem.Frame, SampleParameters.Create("HO-2025-04", 10, level: DrawLevel.HeadOffice), TestSeed, SeedCommitment.Create(TestSeed, frozen + Duration.FromMinutes(1)), snapshot);

        var ok = ComplianceMonitor.Evaluate(April, [], [ho], AssessAll(ho, DrawLevel.HeadOffice), expectedRegionalDirectorates: ["BY", "NRW", "NORD"]);
        ok.Findings.Where(f => f.Unit != "NORD").ShouldAllBe(f => f.Holds && f.Rule == "S5" && f.Selected == 10);
        ok.Findings.Single(f => f.Unit == "NORD").Holds.ShouldBeFalse();

        var unfrozen = ho with { PopulationFrozenAt = null };
        ComplianceMonitor.Evaluate(April, [], [unfrozen]).Findings.ShouldAllBe(f => !f.Holds && f.Reason.EndsWith("frozen.", StringComparison.Ordinal));
    }
}
