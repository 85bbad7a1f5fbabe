using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests;

public class GrantServiceTests
{
    private static readonly YearMonth June2025 = new(2025, 6);

    private static (GrantService Service, InMemoryGrantStore Store) Create(EntitlementPolicy? policy = null)
    {
        var store = new InMemoryGrantStore();
        return (NewService(store, policy ?? Scenario.Policy()), store);
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveAsync_TwentyRequestsJune2025_ApprovesExactlyTwelve()
    {
        var (service, _) = Create();
        var ids = await RequestMonthAsync(service, Nrw, June2025, 20);
        var results = await ApproveAllAsync(service, ids, new LocalDate(2025, 5, 25));
        results.Count(r => r.IsAccepted).ShouldBe(12);
        results.Where(r => r.IsAccepted).ShouldAllBe(r => r.DirectiveIds.SequenceEqual(new[] { "202503002" }));
        var refused = results.Where(r => !r.IsAccepted).ToList();
        refused.ShouldAllBe(r => r.Code == DecisionCode.CapReached);
        refused[0].Reason.ShouldContain("12 of at most 12");
        refused[0].DirectiveIds.ShouldBe(["202503002"]);
        refused[0].Date.ShouldBe(new LocalDate(2025, 6, 1));
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveAsync_TwentyRequestsJune2024_ApprovesExactlySix()
    {
        var (service, _) = Create();
        var ids = await RequestMonthAsync(service, Nrw, new YearMonth(2024, 6), 20);
        var results = await ApproveAllAsync(service, ids, new LocalDate(2024, 5, 25));
        results.Count(r => r.IsAccepted).ShouldBe(6);
        results.First(r => !r.IsAccepted).Reason.ShouldContain("directive 202202014");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveAsync_TwentyRequestsFebruary2025_NoneWithNoDirectiveReason()
    {
        var (service, store) = Create();
        var ids = await RequestMonthAsync(service, Nrw, new YearMonth(2025, 2), 20);
        var before = await EventCountAsync(store);
        var results = await ApproveAllAsync(service, ids, new LocalDate(2025, 1, 25));
        results.ShouldAllBe(r => !r.IsAccepted && r.Code == DecisionCode.NoDirectiveInForce);
        results[0].Reason.ShouldStartWith("No directive in force on 2025-02-01");
        (await EventCountAsync(store)).ShouldBe(before);
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveAsync_GapWithExplicitCarryOver_AppliesCarriedCap()
    {
        var (service, _) = Create(Scenario.Policy(carryOver: "202202014"));
        var ids = await RequestMonthAsync(service, Nrw, new YearMonth(2025, 2), 8);
        var results = await ApproveAllAsync(service, ids, new LocalDate(2025, 1, 25));
        results.Count(r => r.IsAccepted).ShouldBe(6);
        results[0].DirectiveIds.ShouldBe(["202202014+carry-over"]);
    }

    [Fact]
    [Trait("Rule", "E2")]
    [Trait("Rule", "E5")]
    public async Task ApproveAsync_PeriodAcrossTheMarch2025Boundary_ChecksEachDirective()
    {
        var (service, _) = Create();
        var ids = await RequestMonthAsync(service, Nrw, June2025, 12);
        (await ApproveAllAsync(service, ids, new LocalDate(2025, 5, 1))).ShouldAllBe(r => r.IsAccepted);

        // A period crossing the gap is refused at its first gap date.
        var across = await service.RequestAsync(Request(50, Nrw, new LocalDate(2024, 12, 1), new LocalDate(2025, 3, 31)));
        var refused = await service.ApproveAsync(across.GrantId!, Approver, new LocalDate(2024, 11, 25));
        refused.Code.ShouldBe(DecisionCode.NoDirectiveInForce);
        refused.Date.ShouldBe(new LocalDate(2025, 1, 1));
        refused.DirectiveIds.ShouldBe(["202202014"]);

        // From March 2025 into June: the 13th holder exceeds the cap only from June 1.
        var intoJune = await service.RequestAsync(Request(51, Nrw, new LocalDate(2025, 3, 5), new LocalDate(2025, 6, 10)));
        var capped = await service.ApproveAsync(intoJune.GrantId!, Approver, new LocalDate(2025, 3, 5));
        capped.Code.ShouldBe(DecisionCode.CapReached);
        capped.Date.ShouldBe(new LocalDate(2025, 6, 1));

        var beforeJune = await service.RequestAsync(Request(52, Nrw, new LocalDate(2025, 3, 5), new LocalDate(2025, 5, 31)));
        (await service.ApproveAsync(beforeJune.GrantId!, Approver, new LocalDate(2025, 3, 5))).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveAsync_ApprovedFutureGrantsCount_RefusesOverlap()
    {
        var (service, _) = Create();
        var july = await RequestMonthAsync(service, Nrw, new YearMonth(2025, 7), 12);
        (await ApproveAllAsync(service, july, new LocalDate(2025, 6, 1))).ShouldAllBe(r => r.IsAccepted);
        var overlapping = await service.RequestAsync(Request(40, Nrw, new LocalDate(2025, 6, 15), new LocalDate(2025, 7, 1)));
        var decision = await service.ApproveAsync(overlapping.GrantId!, Approver, new LocalDate(2025, 6, 1));
        decision.Code.ShouldBe(DecisionCode.CapReached);
        decision.Date.ShouldBe(new LocalDate(2025, 7, 1));
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveAsync_OtherUnitsDoNotCount()
    {
        var (service, _) = Create();
        var nrw = await RequestMonthAsync(service, Nrw, June2025, 12);
        var by = await RequestMonthAsync(service, By, June2025, 12, firstStaff: 100);
        (await ApproveAllAsync(service, nrw.Concat(by), new LocalDate(2025, 5, 1))).ShouldAllBe(r => r.IsAccepted);
    }

    [Fact]
    [Trait("Rule", "E3")]
    public async Task ApproveAsync_HeadOfficeWithoutConfiguredCap_RefusedSayingSo()
    {
        var (service, _) = Create();
        var ids = await RequestMonthAsync(service, OrgUnit.HeadOffice, June2025, 1);
        var decision = await service.ApproveAsync(ids[0], Approver, new LocalDate(2025, 5, 1));
        decision.Code.ShouldBe(DecisionCode.HeadOfficeCapNotConfigured);
        decision.Reason.ShouldContain("head-office cap is not configured");
    }

    [Fact]
    [Trait("Rule", "E3")]
    public async Task ApproveAsync_HeadOfficeWithConfiguredCap_ApprovesUpToIt()
    {
        var (service, _) = Create(Scenario.Policy(headOfficeCap: 4));
        var ids = await RequestMonthAsync(service, OrgUnit.HeadOffice, June2025, 6);
        var results = await ApproveAllAsync(service, ids, new LocalDate(2025, 5, 1));
        results.Count(r => r.IsAccepted).ShouldBe(4);
        results[^1].Reason.ShouldContain("4 of at most 4");
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task RequestAsync_ManagerForThemselves_Refused()
    {
        var (service, store) = Create();
        var before = await EventCountAsync(store);
        var decision = await service.RequestAsync(new GrantRequest(Manager, Nrw, new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30), Manager, new LocalDate(2025, 5, 1)));
        decision.Code.ShouldBe(DecisionCode.SeparationOfDuties);
        (await EventCountAsync(store)).ShouldBe(before);
    }

    [Theory]
    [Trait("Rule", "E4")]
    [InlineData("mgr-1")]
    [InlineData("staff-0")]
    public async Task ApproveAsync_ApproverIsRequesterOrGrantee_RefusedLedgerUnchanged(string approver)
    {
        var (service, store) = Create();
        var ids = await RequestMonthAsync(service, Nrw, June2025, 1);
        var before = await EventCountAsync(store);
        var decision = await service.ApproveAsync(ids[0], PrincipalId.Create(approver), new LocalDate(2025, 5, 1));
        decision.Code.ShouldBe(DecisionCode.SeparationOfDuties);
        decision.Reason.ShouldContain("three different people");
        (await EventCountAsync(store)).ShouldBe(before);
        (await service.RejectAsync(ids[0], PrincipalId.Create(approver), new LocalDate(2025, 5, 1), "no")).Code.ShouldBe(DecisionCode.SeparationOfDuties);
    }

    [Fact]
    public async Task BadInput_AllRefused_LedgerUnchanged()
    {
        var (service, store) = Create();
        var ids = await RequestMonthAsync(service, Nrw, June2025, 1);
        (await service.ApproveAsync(ids[0], Approver, new LocalDate(2025, 5, 1))).IsAccepted.ShouldBeTrue();
        var before = await EventCountAsync(store);

        var unknownUnit = await service.RequestAsync(Request(1, OrgUnit.Parse("XYZ"), new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)));
        unknownUnit.Code.ShouldBe(DecisionCode.UnknownUnit);
        var backwards = await service.RequestAsync(Request(1, Nrw, new LocalDate(2025, 6, 30), new LocalDate(2025, 6, 1)));
        backwards.Code.ShouldBe(DecisionCode.InvalidPeriod);
        var twice = await service.ApproveAsync(ids[0], ApproverNo(2), new LocalDate(2025, 5, 2));
        twice.Code.ShouldBe(DecisionCode.AlreadyDecided);
        var unknownGrant = await service.RevokeAsync(GrantId.Create(Nrw, 99), Approver, new LocalDate(2025, 6, 2), "left");
        unknownGrant.Code.ShouldBe(DecisionCode.UnknownGrant);
        var unknownUnitGrant = await service.RevokeAsync(GrantId.Parse("XYZ-1"), Approver, new LocalDate(2025, 6, 2), "left");
        unknownUnitGrant.Code.ShouldBe(DecisionCode.UnknownGrant);
        var badProfile = await service.RequestAsync(Request(1, Nrw, new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)) with { DataSpace = " " });
        badProfile.Code.ShouldBe(DecisionCode.InvalidInput);

        (await EventCountAsync(store)).ShouldBe(before);
        new[] { unknownUnit, backwards, twice, unknownGrant, badProfile }.ShouldAllBe(d => !d.IsAccepted && d.Reason.Length > 10);
    }

    [Fact]
    [Trait("Rule", "E5")]
    public async Task RevokeAsync_Approved_FreesTheSeatFromThatDate()
    {
        var (service, _) = Create();
        var ids = await RequestMonthAsync(service, Nrw, June2025, 13);
        var results = await ApproveAllAsync(service, ids, new LocalDate(2025, 5, 1));
        results[12].Code.ShouldBe(DecisionCode.CapReached);
        (await service.RevokeAsync(ids[0], ApproverNo(2), new LocalDate(2025, 6, 1), "left the team")).IsAccepted.ShouldBeTrue();
        (await service.ApproveAsync(ids[12], Approver, new LocalDate(2025, 5, 2))).IsAccepted.ShouldBeTrue();
        (await service.RevokeAsync(ids[0], ApproverNo(2), new LocalDate(2025, 6, 2), "again")).Code.ShouldBe(DecisionCode.NotApproved);
        var view = await service.GetViewAsync();
        view.WhoHeld(Nrw, new LocalDate(2025, 6, 15)).Holders.Count.ShouldBe(12);
    }

    [Fact]
    public async Task RejectAsync_Pending_IsFinal()
    {
        var (service, _) = Create();
        var ids = await RequestMonthAsync(service, Nrw, June2025, 1);
        (await service.RejectAsync(ids[0], Approver, new LocalDate(2025, 5, 1), "not needed")).IsAccepted.ShouldBeTrue();
        (await service.ApproveAsync(ids[0], Approver, new LocalDate(2025, 5, 2))).Code.ShouldBe(DecisionCode.AlreadyDecided);
        (await service.GetViewAsync()).Grants.Single().Status.ShouldBe(GrantStatus.Rejected);
    }

    [Fact]
    [Trait("Rule", "E5")]
    public async Task ExpireAsync_EndedGrants_RecordsExpiryOnce()
    {
        var (service, _) = Create();
        var ids = await RequestMonthAsync(service, Nrw, June2025, 2);
        await ApproveAllAsync(service, ids, new LocalDate(2025, 5, 1));
        var system = PrincipalId.Create("system");
        (await service.ExpireAsync(system, new LocalDate(2025, 6, 30))).ShouldBeEmpty();
        (await service.ExpireAsync(system, new LocalDate(2025, 7, 1))).Count(d => d.IsAccepted).ShouldBe(2);
        (await service.ExpireAsync(system, new LocalDate(2025, 7, 2))).ShouldBeEmpty();
        var view = await service.GetViewAsync();
        view.Grants.ShouldAllBe(g => g.Status == GrantStatus.Expired);
        view.WhoHeld(Nrw, new LocalDate(2025, 6, 30)).Holders.Count.ShouldBe(2);
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ShrinkingCap_HoldersReportedNotRevoked_NewApprovalsWait()
    {
        var store = new InMemoryGrantStore();
        var before = NewService(store, Scenario.Policy());
        var ids = await RequestMonthAsync(before, Nrw, new YearMonth(2026, 1), 10);
        (await ApproveAllAsync(before, ids, new LocalDate(2025, 12, 1))).ShouldAllBe(r => r.IsAccepted);

        // The host adds a directive that lowers the cap to 8 from 2026-01-01.
        var options = new EntitlementsOptions();
        options.Directives.Remove(Directive.Weisung202503002);
        options.Directives.Add(Directive.Weisung202503002.WithPeriod("202503002", new LocalDate(2025, 3, 5), new LocalDate(2025, 12, 31)));
        options.Directives.Add(Directive.Create("2026-lower", "lower cap", new LocalDate(2026, 1, 1), null, 8));
        var after = NewService(store, EntitlementPolicy.Create(options));

        var view = await after.GetViewAsync();
        var excess = view.FindCapExcesses(new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2026, 2, 1))).ShouldHaveSingleItem();
        excess.Unit.ShouldBe(Nrw);
        excess.Cap.ShouldBe(8);
        excess.Holders.Count.ShouldBe(10);
        view.Grants.ShouldAllBe(g => g.Status == GrantStatus.Approved);

        var late = await after.RequestAsync(Request(60, Nrw, new LocalDate(2026, 1, 10), new LocalDate(2026, 1, 20)));
        var waiting = await after.ApproveAsync(late.GrantId!, Approver, new LocalDate(2026, 1, 5));
        waiting.Code.ShouldBe(DecisionCode.AboveCap);
        waiting.Reason.ShouldContain("new approvals wait");

        for (var i = 0; i < 3; i++)
        {
            (await after.RevokeAsync(ids[i], ApproverNo(2), new LocalDate(2026, 1, 1), "cap lowered")).IsAccepted.ShouldBeTrue();
        }

        (await after.ApproveAsync(late.GrantId!, Approver, new LocalDate(2026, 1, 5))).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveInParallel_64AttemptsOn20Requests_ExactlyTwelveInMemory()
    {
        var store = new InMemoryGrantStore();
        var services = Enumerable.Range(0, 4).Select(_ => NewService(store, Scenario.Policy())).ToList();
        var ids = await RequestMonthAsync(services[0], Nrw, June2025, 20);
        var results = await ApproveInParallelAsync(services, ids, 64, new LocalDate(2025, 5, 25));
        results.Count(r => r.IsAccepted).ShouldBe(12);
        var replayed = await GrantService.ReplayAsync(store, services[0].Policy, Key);
        replayed.Grants.Count(g => g.Status == GrantStatus.Approved).ShouldBe(12);
        (await services[1].VerifyAsync()).IsValid.ShouldBeTrue();
    }
}
