using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests;

/// <summary>Roles per unit (E4), the cap counting persons (E2) and time-bound periods (E5): one test per refusal.</summary>
public class RolesAndBoundsTests
{
    private static readonly YearMonth June2025 = new(2025, 6);
    private static readonly LocalDate May1 = new(2025, 5, 1);
    private static readonly PrincipalId NrwManager = PrincipalId.Create("nrw-mgr");
    private static readonly PrincipalId ByApprover = PrincipalId.Create("by-approver");

    private static (GrantService Service, InMemoryGrantStore Store) Create(EntitlementPolicy? policy = null)
    {
        var store = new InMemoryGrantStore();
        return (NewService(store, policy), store);
    }

    private static GrantRequest JuneRequest(int staff, PrincipalId requester, OrgUnit? unit = null) =>
        new(Staff(staff), unit ?? Nrw, new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30), requester, May1);

    [Fact]
    [Trait("Rule", "E4")]
    public async Task RequestAsync_RequesterWithoutLineManagerRole_RefusedLedgerUnchanged()
    {
        var (service, store) = Create();
        var before = await EventCountAsync(store);
        var decision = await service.RequestAsync(JuneRequest(1, PrincipalId.Create("someone")));
        decision.Code.ShouldBe(DecisionCode.NotLineManager);
        decision.Reason.ShouldContain("not a line manager of unit NRW or of head office on 2025-05-01");
        (await EventCountAsync(store)).ShouldBe(before);
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task RequestAsync_LineManagerOfTheUnitOrOfHeadOffice_Accepted_OfAnotherUnit_Refused()
    {
        var (service, _) = Create();
        (await service.AssignRoleAsync(Nrw, NrwManager, UnitRole.LineManager, May1, Admin)).IsAccepted.ShouldBeTrue();
        (await service.RequestAsync(JuneRequest(1, NrwManager))).IsAccepted.ShouldBeTrue();
        (await service.RequestAsync(JuneRequest(2, Manager))).IsAccepted.ShouldBeTrue(); // head-office line manager
        (await service.RequestAsync(JuneRequest(3, NrwManager, By))).Code.ShouldBe(DecisionCode.NotLineManager);
        (await service.RequestAsync(JuneRequest(4, NrwManager) with { RequestedOn = May1.PlusDays(-1) })).Code.ShouldBe(DecisionCode.NotLineManager);
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task ApproveAsync_NotASpecialApproverOfThatUnit_RefusedLedgerUnchanged()
    {
        var (service, store) = Create();
        (await service.AssignRoleAsync(By, ByApprover, UnitRole.SpecialApprover, May1, Admin)).IsAccepted.ShouldBeTrue();
        (await service.AssignRoleAsync(Nrw, NrwManager, UnitRole.LineManager, May1, Admin)).IsAccepted.ShouldBeTrue();
        var id = (await service.RequestAsync(JuneRequest(1, Manager))).GrantId!;
        var before = await EventCountAsync(store);
        foreach (var approver in new[] { ByApprover, NrwManager, PrincipalId.Create("nobody") })
        {
            var decision = await service.ApproveAsync(id, approver, May1.PlusDays(2));
            decision.Code.ShouldBe(DecisionCode.NotSpecialApprover);
            decision.Reason.ShouldContain("not a special approver of unit NRW");
            (await service.RejectAsync(id, approver, May1.PlusDays(2), "no")).Code.ShouldBe(DecisionCode.NotSpecialApprover);
        }

        (await EventCountAsync(store)).ShouldBe(before);
        (await service.ApproveAsync(id, Approver, May1.PlusDays(2))).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task ApproveAsync_SpecialApproverApprovingTheirOwnGrant_Refused()
    {
        var (service, _) = Create();
        var own = await service.RequestAsync(new GrantRequest(Approver, Nrw, new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30), Manager, May1));
        own.IsAccepted.ShouldBeTrue();
        var decision = await service.ApproveAsync(own.GrantId!, Approver, May1.PlusDays(1));
        decision.Code.ShouldBe(DecisionCode.SeparationOfDuties);
        decision.Reason.ShouldContain("no one approves their own grant");
        (await service.ApproveAsync(own.GrantId!, ApproverNo(2), May1.PlusDays(1))).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task ApproveAsync_AfterTheApproverRoleEnded_Refused()
    {
        var (service, _) = Create();
        var id = (await service.RequestAsync(JuneRequest(1, Manager))).GrantId!;
        (await service.RevokeRoleAsync(Nrw, Approver, UnitRole.SpecialApprover, new LocalDate(2025, 5, 10), Admin)).IsAccepted.ShouldBeTrue();
        (await service.ApproveAsync(id, Approver, new LocalDate(2025, 5, 10))).Code.ShouldBe(DecisionCode.NotSpecialApprover);
        (await service.ApproveAsync(id, Approver, new LocalDate(2025, 5, 9))).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task RevokeAsync_ByAPersonWithoutRole_Refused()
    {
        var (service, _) = Create();
        var id = (await service.RequestAsync(JuneRequest(1, Manager))).GrantId!;
        (await service.ApproveAsync(id, Approver, May1)).IsAccepted.ShouldBeTrue();
        (await service.RevokeAsync(id, Staff(7), new LocalDate(2025, 6, 10), "left")).Code.ShouldBe(DecisionCode.NotLineManager);
        (await service.RevokeAsync(id, Manager, new LocalDate(2025, 6, 10), "left")).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task AssignRoleAsync_AlreadyHeld_Refused_RevokeRoleAsync_NotHeld_Refused()
    {
        var (service, _) = Create();
        (await service.AssignRoleAsync(Nrw, Approver, UnitRole.SpecialApprover, May1, Admin)).Code.ShouldBe(DecisionCode.RoleAlreadyHeld);
        (await service.RevokeRoleAsync(Nrw, NrwManager, UnitRole.LineManager, May1, Admin)).Code.ShouldBe(DecisionCode.RoleNotHeld);
        (await service.AssignRoleAsync(OrgUnit.Parse("XYZ"), NrwManager, UnitRole.LineManager, May1, Admin)).Code.ShouldBe(DecisionCode.UnknownUnit);
        (await service.AssignRoleAsync(Nrw, NrwManager, UnitRole.LineManager, May1, Admin)).IsAccepted.ShouldBeTrue();
        (await service.RevokeRoleAsync(Nrw, NrwManager, UnitRole.LineManager, May1.PlusDays(-1), Admin)).Code.ShouldBe(DecisionCode.RoleNotHeld);
        (await service.RevokeRoleAsync(Nrw, NrwManager, UnitRole.LineManager, May1.PlusDays(30), Admin)).IsAccepted.ShouldBeTrue();
        (await service.AssignRoleAsync(Nrw, NrwManager, UnitRole.LineManager, May1.PlusDays(29), Admin)).Code.ShouldBe(DecisionCode.RoleAlreadyHeld);
        (await service.AssignRoleAsync(Nrw, NrwManager, UnitRole.LineManager, May1.PlusDays(30), Admin)).IsAccepted.ShouldBeTrue();

        var view = await service.GetViewAsync();
        var terms = view.Roles.Where(r => r.Person == NrwManager).ToList();
        terms.Count.ShouldBe(2);
        terms[0].Until.ShouldBe(May1.PlusDays(30));
        view.HoldsRole(NrwManager, UnitRole.LineManager, Nrw, May1.PlusDays(29)).ShouldBeTrue();
        view.HoldsRole(NrwManager, UnitRole.LineManager, By, May1.PlusDays(29)).ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task RevokeRoleAsync_BeforeAStepAlreadyTakenInTheRole_Refused()
    {
        var (service, _) = Create();
        var id = (await service.RequestAsync(JuneRequest(1, Manager))).GrantId!;
        (await service.ApproveAsync(id, Approver, new LocalDate(2025, 5, 20))).IsAccepted.ShouldBeTrue();
        var approverRole = await service.RevokeRoleAsync(Nrw, Approver, UnitRole.SpecialApprover, new LocalDate(2025, 5, 20), Admin);
        approverRole.Code.ShouldBe(DecisionCode.RoleStillInUse);
        approverRole.Reason.ShouldContain("2025-05-20");

        // The head-office line manager ordered an NRW grant: that use counts too.
        (await service.RevokeRoleAsync(OrgUnit.HeadOffice, Manager, UnitRole.LineManager, May1, Admin)).Code.ShouldBe(DecisionCode.RoleStillInUse);
        (await service.RevokeRoleAsync(OrgUnit.HeadOffice, Manager, UnitRole.LineManager, May1.PlusDays(1), Admin)).IsAccepted.ShouldBeTrue();
        (await service.RevokeRoleAsync(Nrw, Approver, UnitRole.SpecialApprover, new LocalDate(2025, 5, 21), Admin)).IsAccepted.ShouldBeTrue();
        (await service.VerifyAsync()).IsValid.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveAsync_SecondOverlappingGrantOfAHolder_CountsOncePerPerson()
    {
        var (service, _) = Create();
        var ids = await RequestMonthAsync(service, Nrw, June2025, 12);
        (await ApproveAllAsync(service, ids, May1)).ShouldAllBe(d => d.IsAccepted);

        // staff-0 already holds a June grant: a second overlapping one keeps the unit at 12 persons.
        var again = await service.RequestAsync(Request(0, Nrw, new LocalDate(2025, 6, 10), new LocalDate(2025, 6, 20)) with { ProcedureProfile = "BISS-2" });
        (await service.ApproveAsync(again.GrantId!, Approver, May1)).IsAccepted.ShouldBeTrue();

        var newcomer = await service.RequestAsync(Request(40, Nrw, new LocalDate(2025, 6, 10), new LocalDate(2025, 6, 20)));
        var refused = await service.ApproveAsync(newcomer.GrantId!, Approver, May1);
        refused.Code.ShouldBe(DecisionCode.CapReached);
        refused.Reason.ShouldContain("12 of at most 12 persons");

        var holding = (await service.GetViewAsync()).WhoHeld(Nrw, new LocalDate(2025, 6, 15));
        holding.Holders.Count.ShouldBe(13);
        holding.Persons.Count.ShouldBe(12);
        (await service.VerifyAsync()).IsValid.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E5")]
    public async Task RequestAsync_OpenEndedPeriodTo9999_RefusedAsTooLong()
    {
        var (service, store) = Create();
        var before = await EventCountAsync(store);
        var decision = await service.RequestAsync(new GrantRequest(Staff(1), Nrw, new LocalDate(2025, 3, 10), new LocalDate(9999, 12, 31), Manager, new LocalDate(2025, 3, 1)));
        decision.Code.ShouldBe(DecisionCode.PeriodTooLong);
        decision.Reason.ShouldContain("at most 12 months");
        (await EventCountAsync(store)).ShouldBe(before);
    }

    [Theory]
    [Trait("Rule", "E5")]
    [InlineData(2025, 6, 1, 2026, 5, 31, true)]
    [InlineData(2025, 6, 1, 2026, 6, 1, false)]
    [InlineData(2025, 1, 31, 2026, 1, 30, true)]
    public async Task RequestAsync_TwelveMonthsAtMost(int y1, int m1, int d1, int y2, int m2, int d2, bool accepted)
    {
        var (service, _) = Create();
        var decision = await service.RequestAsync(new GrantRequest(Staff(1), Nrw, new LocalDate(y1, m1, d1), new LocalDate(y2, m2, d2), Manager, new LocalDate(2025, 1, 1)));
        decision.IsAccepted.ShouldBe(accepted, decision.Reason);
    }

    [Fact]
    [Trait("Rule", "E5")]
    public async Task RequestAsync_WithAnnouncedPhases_PeriodMustLieInOne()
    {
        var options = new EntitlementsOptions { MaxGrantMonths = 24 };
        options.Phases.Add(GrantPhase.Create("2025-Q2", new YearMonth(2025, 4), new YearMonth(2025, 6)));
        options.Phases.Add(GrantPhase.Create("2025-Q3", new YearMonth(2025, 7), new YearMonth(2025, 9)));
        var (service, _) = Create(EntitlementPolicy.Create(options));
        (await service.RequestAsync(JuneRequest(1, Manager))).IsAccepted.ShouldBeTrue();
        var across = await service.RequestAsync(new GrantRequest(Staff(2), Nrw, new LocalDate(2025, 6, 15), new LocalDate(2025, 7, 15), Manager, May1));
        across.Code.ShouldBe(DecisionCode.OutsidePhase);
        var outside = await service.RequestAsync(new GrantRequest(Staff(3), Nrw, new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 31), Manager, May1));
        outside.Code.ShouldBe(DecisionCode.OutsidePhase);
        outside.Reason.ShouldContain("outside every announced assessment phase");
    }

    [Fact]
    [Trait("Rule", "E5")]
    public void Options_MaxGrantMonthsOutOfRange_Refused()
    {
        EntitlementPolicy.Validate(new EntitlementsOptions { MaxGrantMonths = 0 }).ShouldContain("MaxGrantMonths must be 1 to 120.");
        EntitlementPolicy.Validate(new EntitlementsOptions { MaxGrantMonths = 121 }).ShouldContain("MaxGrantMonths must be 1 to 120.");
        Should.Throw<ArgumentException>(() => GrantPhase.Create("p", new YearMonth(2025, 6), new YearMonth(2025, 5)));
    }
}
