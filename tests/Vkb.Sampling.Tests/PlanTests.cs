using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

public class AssessmentPhaseTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [Trait("Rule", "C8")]
    public void Create_IntroductionUpToThreeMonths_Accepted(int months)
    {
        var phase = AssessmentPhase.Create("placement-2025", "placement", new YearMonth(2025, 11), new YearMonth(2025, 11).PlusMonths(months - 1), AssessmentKind.Introduction);
        phase.MonthCount.ShouldBe(months);
    }

    [Fact]
    [Trait("Rule", "C8")]
    public void Create_IntroductionOfFourMonths_Refused() =>
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("rehab-2025", "rehabilitation", new YearMonth(2025, 11), new YearMonth(2026, 2), AssessmentKind.Introduction))
            .Message.ShouldContain("at most three months (C8)");

    [Fact]
    [Trait("Rule", "S10")]
    public void Create_RiskOrientedLongerAndSmallerScope_Accepted()
    {
        var phase = AssessmentPhase.Create("risk-2025", "placement", new YearMonth(2025, 1), new YearMonth(2025, 12), AssessmentKind.RiskOriented, headOfficePerRd: 5);
        phase.MonthCount.ShouldBe(12);
        phase.HeadOfficePerRd.ShouldBe(5);
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void Create_IntroductionWithFewerThanTenForHeadOffice_Refused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => AssessmentPhase.Create("p", "placement", new YearMonth(2025, 1), new YearMonth(2025, 1), AssessmentKind.Introduction, headOfficePerRd: 9));

    [Fact]
    public void Create_LastBeforeFirst_Refused() =>
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p", "placement", new YearMonth(2025, 3), new YearMonth(2025, 2), AssessmentKind.RiskOriented));
}

public class SamplingPlanTests
{
    private static readonly SamplingPlan Plan = SamplingPlan.Create(
    [
        AssessmentPhase.Create("placement-2025", "placement", new YearMonth(2025, 4), new YearMonth(2025, 6), AssessmentKind.Introduction),
        AssessmentPhase.Create("risk-cm-2025", "caseManagement", new YearMonth(2025, 6), new YearMonth(2025, 9), AssessmentKind.RiskOriented, regionalPerUnit: 20, headOfficePerRd: 12),
    ]);

    [Fact]
    [Trait("Rule", "S1")]
    public void DrawsDue_MonthOutsidePhases_OnlyTeamLeads()
    {
        var due = Plan.DrawsDue(new YearMonth(2025, 3), ["TL-2", "TL-1"], ["NRW"]);
        due.Select(d => (d.Level, d.Unit, d.DrawId, d.PerUnit)).ShouldBe([(DrawLevel.TeamLead, "TL-1", "TL-2025-03", 10), (DrawLevel.TeamLead, "TL-2", "TL-2025-03", 10)]);
    }

    [Fact]
    [Trait("Rule", "S5")]
    [Trait("Rule", "S10")]
    public void DrawsDue_MonthInTwoPhases_RdAndHeadOfficeDrawsPerPhaseAndRd()
    {
        var due = Plan.DrawsDue(new YearMonth(2025, 6), ["TL-1"], ["NRW", "BY"]);
        due.Count.ShouldBe(1 + (2 * 2 * 2));
        due.Where(d => d.Level == DrawLevel.HeadOffice && d.Phase!.Id == "placement-2025").Select(d => (d.Unit, d.DrawId, d.PerUnit))
            .ShouldBe([("BY", "HO-placement-2025-2025-06", 10), ("NRW", "HO-placement-2025-2025-06", 10)]);
        due.Where(d => d.Level == DrawLevel.RegionalDirectorate && d.Phase!.Id == "risk-cm-2025").ShouldAllBe(d => d.PerUnit == 20);
    }

    [Fact]
    public void Create_OverlappingPhasesOfOneProcess_Refused() =>
        Should.Throw<ArgumentException>(() => SamplingPlan.Create(
        [
            AssessmentPhase.Create("a", "placement", new YearMonth(2025, 4), new YearMonth(2025, 6), AssessmentKind.Introduction),
            AssessmentPhase.Create("b", "placement", new YearMonth(2025, 6), new YearMonth(2025, 7), AssessmentKind.RiskOriented),
        ]));
}
