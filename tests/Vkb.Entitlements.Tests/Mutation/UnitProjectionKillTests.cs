using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests.Mutation;

/// <summary>
/// The unit projection's answers as the live service gives them: roles held over several terms, the
/// last step taken in a role (E4), and the cap check's first and last days and the cap it reports (E2).
/// </summary>
public class UnitProjectionKillTests
{
    private static readonly LocalDate May1 = new(2025, 5, 1);

    [Fact]
    [Trait("Rule", "E4")]
    public async Task HoldsRole_SecondTermAfterARevokedFirst_HeldInEitherTerm_NotBetween()
    {
        var service = NewService(new InMemoryGrantStore());
        var person = ApproverNo(8);
        (await service.AssignRoleAsync(Nrw, person, UnitRole.SpecialApprover, new LocalDate(2025, 1, 1), Admin)).IsAccepted.ShouldBeTrue();
        (await service.RevokeRoleAsync(Nrw, person, UnitRole.SpecialApprover, new LocalDate(2025, 2, 1), Admin)).IsAccepted.ShouldBeTrue();
        (await service.AssignRoleAsync(Nrw, person, UnitRole.SpecialApprover, new LocalDate(2025, 3, 1), Admin)).IsAccepted.ShouldBeTrue();

        var view = await service.GetViewAsync();
        view.HoldsRole(person, UnitRole.SpecialApprover, Nrw, new LocalDate(2025, 1, 15)).ShouldBeTrue();
        view.HoldsRole(person, UnitRole.SpecialApprover, Nrw, new LocalDate(2025, 2, 15)).ShouldBeFalse();
        view.HoldsRole(person, UnitRole.SpecialApprover, Nrw, new LocalDate(2025, 3, 15)).ShouldBeTrue();

        // The second term lets the person approve again.
        var id = (await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 1))[0];
        (await service.ApproveAsync(id, person, new LocalDate(2025, 4, 10))).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task RevokeRole_BeforeTheLastOfSeveralApprovals_RefusedNamingTheLastOne()
    {
        var service = NewService(new InMemoryGrantStore());
        var ids = await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 3);
        (await service.ApproveAsync(ids[0], Approver, new LocalDate(2025, 5, 1))).IsAccepted.ShouldBeTrue();
        (await service.ApproveAsync(ids[1], Approver, new LocalDate(2025, 5, 20))).IsAccepted.ShouldBeTrue();
        (await service.ApproveAsync(ids[2], Approver, new LocalDate(2025, 5, 10))).IsAccepted.ShouldBeTrue();

        var refused = await service.RevokeRoleAsync(Nrw, Approver, UnitRole.SpecialApprover, new LocalDate(2025, 5, 15), Admin);
        refused.Code.ShouldBe(DecisionCode.RoleStillInUse);
        refused.Reason.ShouldBe("The person already acted in this role on 2025-05-20; a revocation takes effect after the last step taken in the role.");
        (await service.RevokeRoleAsync(Nrw, Approver, UnitRole.SpecialApprover, new LocalDate(2025, 5, 21), Admin)).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task RevokeRole_BeforeARevocationTheApproverRecorded_RefusedNamingIt()
    {
        var service = NewService(new InMemoryGrantStore());
        var ids = await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 1);
        (await service.ApproveAsync(ids[0], Approver, new LocalDate(2025, 5, 1))).IsAccepted.ShouldBeTrue();
        (await service.RevokeAsync(ids[0], Approver, new LocalDate(2025, 6, 10), "no longer needed")).IsAccepted.ShouldBeTrue();

        var refused = await service.RevokeRoleAsync(Nrw, Approver, UnitRole.SpecialApprover, new LocalDate(2025, 6, 1), Admin);
        refused.Code.ShouldBe(DecisionCode.RoleStillInUse);
        refused.Reason.ShouldBe("The person already acted in this role on 2025-06-10; a revocation takes effect after the last step taken in the role.");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task CheckCap_AGrantWhoseLastDayIsTheFirstDayOfTheNewPeriod_Counts()
    {
        var service = NewService(new InMemoryGrantStore(), Scenario.Policy(headOfficeCap: 1));
        var first = (await service.RequestAsync(Request(1, OrgUnit.HeadOffice, new LocalDate(2025, 5, 1), new LocalDate(2025, 6, 1)))).GrantId!;
        (await service.ApproveAsync(first, Approver, new LocalDate(2025, 5, 1))).IsAccepted.ShouldBeTrue();
        var second = (await service.RequestAsync(Request(2, OrgUnit.HeadOffice, new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)))).GrantId!;
        var third = (await service.RequestAsync(Request(3, OrgUnit.HeadOffice, new LocalDate(2025, 6, 2), new LocalDate(2025, 6, 30)))).GrantId!;

        var refused = await service.ApproveAsync(second, Approver, new LocalDate(2025, 5, 1));
        (refused.Code, refused.Date).ShouldBe((DecisionCode.CapReached, (LocalDate?)new LocalDate(2025, 6, 1)));
        (await service.ApproveAsync(third, Approver, new LocalDate(2025, 5, 1))).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task Approve_PeriodUnderTwoCaps_SameCountUnderBoth_ReportsTheCapWhereTheCountFirstPeaked()
    {
        // 202202014 (cap 6) carried over until 2025-03-04, 202503002 (cap 12) from 2025-03-05: one person throughout.
        var service = NewService(new InMemoryGrantStore(), Scenario.Policy(carryOver: "202202014"));
        var id = (await service.RequestAsync(Request(1, Nrw, new LocalDate(2025, 2, 1), new LocalDate(2025, 3, 31)))).GrantId!;
        var approved = await service.ApproveAsync(id, Approver, new LocalDate(2025, 1, 20));
        approved.IsAccepted.ShouldBeTrue(approved.Code + approved.Reason);
        approved.Reason.ShouldEndWith("(at most 1 of 6 persons).");
    }
}
