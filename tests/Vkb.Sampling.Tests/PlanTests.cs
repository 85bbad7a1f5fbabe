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
        var phase = AssessmentPhase.Create("placement-2025", "placement", new YearMonth(2025, 11), new YearMonth(2025, 11).PlusMonths(months - 1), AssessmentKind.Introduction, approvalReference: "BMAS-1");
        phase.MonthCount.ShouldBe(months);
    }

    [Fact]
    [Trait("Rule", "C8")]
    public void Create_IntroductionOfFourMonths_Refused() =>
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("rehab-2025", "rehabilitation", new YearMonth(2025, 11), new YearMonth(2026, 2), AssessmentKind.Introduction, approvalReference: "BMAS-1"))
            .Message.ShouldContain("at most three months (C8)");

    [Fact]
    [Trait("Rule", "S10")]
    public void Create_RiskOrientedLongerThanThreeMonths_Accepted()
    {
        var phase = AssessmentPhase.Create("risk-2025", "placement", new YearMonth(2025, 1), new YearMonth(2025, 12), AssessmentKind.RiskOriented, headOfficePerRd: 12, approvalReference: "BMAS-2");
        phase.MonthCount.ShouldBe(12);
        phase.HeadOfficePerRd.ShouldBe(12);
    }

    [Theory]
    [Trait("Rule", "S5")]
    [InlineData(AssessmentKind.Introduction)]
    [InlineData(AssessmentKind.Regular)]
    [InlineData(AssessmentKind.RiskOriented)]
    public void Create_FewerThanTenForHeadOffice_RefusedInEveryKind(AssessmentKind kind) =>
        Should.Throw<ArgumentOutOfRangeException>(() => AssessmentPhase.Create("p", "placement", new YearMonth(2025, 1), new YearMonth(2025, 1), kind, headOfficePerRd: 9, approvalReference: "BMAS-1"));

    [Theory]
    [Trait("Rule", "S11")]
    [InlineData(AssessmentKind.Introduction)]
    [InlineData(AssessmentKind.RiskOriented)]
    public void Create_WithoutApprovalReference_Refused(AssessmentKind kind) =>
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p", "placement", new YearMonth(2025, 1), new YearMonth(2025, 1), kind))
            .Message.ShouldContain("BMAS approval (S11)");

    [Fact]
    [Trait("Rule", "S11")]
    public void Create_RegularWithoutApprovalReference_Accepted() =>
        AssessmentPhase.Create("2025-Q2", AssessmentKind.Regular, new YearMonth(2025, 4), new YearMonth(2025, 6), ["placement", "rehabilitation"], null)
            .CustomerProcesses.ShouldBe(["placement", "rehabilitation"]);

    [Fact]
    public void Create_LastBeforeFirst_Refused() =>
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p", "placement", new YearMonth(2025, 3), new YearMonth(2025, 2), AssessmentKind.RiskOriented));
}

public class SamplingPlanTests
{
    private static readonly SamplingPlan Plan = SamplingPlan.Create(
    [
        AssessmentPhase.Create("placement-2025", "placement", new YearMonth(2025, 4), new YearMonth(2025, 6), AssessmentKind.Introduction, approvalReference: "BMAS-1"),
        AssessmentPhase.Create("risk-cm-2025", "employerService", new YearMonth(2025, 6), new YearMonth(2025, 9), AssessmentKind.RiskOriented, regionalPerUnit: 20, headOfficePerRd: 12, approvalReference: "BMAS-2"),
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

    [Theory]
    [Trait("Rule", "S11")]
    [Trait("Rule", "S10")]
    [InlineData(AssessmentKind.Regular, AssessmentKind.Introduction, true)]
    [InlineData(AssessmentKind.Regular, AssessmentKind.Regular, true)]
    [InlineData(AssessmentKind.RiskOriented, AssessmentKind.RiskOriented, true)]
    [InlineData(AssessmentKind.Regular, AssessmentKind.RiskOriented, false)]
    public void Create_PhasesSharingAMonthAndProcess_RefusedUnlessOneIsRiskOriented(AssessmentKind a, AssessmentKind b, bool refused)
    {
        AssessmentPhase[] phases =
        [
            AssessmentPhase.Create("a", a, new YearMonth(2025, 4), new YearMonth(2025, 6), ["placement"], "BMAS-1"),
            AssessmentPhase.Create("b", b, new YearMonth(2025, 6), new YearMonth(2025, 7), ["rehabilitation", "placement"], "BMAS-2"),
        ];
        if (refused)
        {
            Should.Throw<ArgumentException>(() => SamplingPlan.Create(phases));
        }
        else
        {
            SamplingPlan.Create(phases).Phases.Count.ShouldBe(2);
        }
    }

    [Fact]
    [Trait("Rule", "S11")]
    public void RequireAnnounced_MonthOutsidePhases_Refused()
    {
        Plan.RequireAnnounced(new YearMonth(2025, 6)).Count.ShouldBe(2);
        Plan.RequireAnnounced(new YearMonth(2025, 6), "employerService").ShouldHaveSingleItem().Id.ShouldBe("risk-cm-2025");
        Should.Throw<ArgumentException>(() => Plan.RequireAnnounced(new YearMonth(2025, 3))).Message.ShouldContain("(S11)");
        Should.Throw<ArgumentException>(() => Plan.RequireAnnounced(new YearMonth(2025, 4), "employerService"));
    }
}
