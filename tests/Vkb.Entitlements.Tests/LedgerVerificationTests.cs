using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests;

public class LedgerVerificationTests
{
    private static async Task<(GrantService Service, InMemoryGrantStore Store)> LedgerWithHistoryAsync()
    {
        var store = new InMemoryGrantStore();
        var service = NewService(store, Scenario.Policy(headOfficeCap: 2));
        var ids = await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 5);
        await ApproveAllAsync(service, ids.Take(4), new LocalDate(2025, 5, 1));
        await service.RejectAsync(ids[4], Approver, new LocalDate(2025, 5, 1), "not needed");
        await service.RevokeAsync(ids[0], Approver, new LocalDate(2025, 6, 10), "moved");
        var ho = await RequestMonthAsync(service, OrgUnit.HeadOffice, new YearMonth(2025, 6), 1, firstStaff: 10);
        await ApproveAllAsync(service, ho, new LocalDate(2025, 5, 1));
        return (service, store);
    }

    [Fact]
    public async Task VerifyAsync_UntouchedLedger_IsValidWithHeads()
    {
        var (service, _) = await LedgerWithHistoryAsync();
        var result = await service.VerifyAsync();
        result.IsValid.ShouldBeTrue();
        result.EventCount.ShouldBe(23); // 10 role events of the seeded roles table, 13 grant events
        result.Heads.Select(h => (h.UnitCode, h.Version)).ShouldBe([("BY", 3L), ("HO", 6L), ("NRW", 14L)]);
    }

    [Fact]
    public async Task VerifyAsync_ChangedPayload_DetectedAsChanged()
    {
        var (service, store) = await LedgerWithHistoryAsync();
        store.Tamper("NRW", 3, e => new StoredEvent(e.UnitCode, e.Sequence, e.Payload.Replace("2025-06-30", "2025-12-31", StringComparison.Ordinal), e.PreviousHash, e.Hash));
        var result = await service.VerifyAsync();
        result.IsValid.ShouldBeFalse();
        var problem = result.Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(LedgerProblemKind.Changed);
        (problem.UnitCode, problem.Sequence).ShouldBe(("NRW", 4L));
        problem.Message.ShouldNotContain("staff-");
    }

    [Fact]
    public async Task VerifyAsync_ChangedAndRehashedEvent_DetectedByTheNextLink()
    {
        var (service, store) = await LedgerWithHistoryAsync();
        store.Tamper("NRW", 5, e =>
        {
            var payload = e.Payload.Replace("staff-2", "staff-9", StringComparison.Ordinal);
            return new StoredEvent(e.UnitCode, e.Sequence, payload, e.PreviousHash, EventCodec.Mac(Key, e.PreviousHash, e.UnitCode, e.Sequence, payload));
        });
        var result = await service.VerifyAsync();
        result.Problems.ShouldHaveSingleItem(string.Join("; ", result.Problems)).Kind.ShouldBe(LedgerProblemKind.BrokenLink);
        result.Problems[0].Sequence.ShouldBe(7);
    }

    [Fact]
    public async Task VerifyAsync_RemovedEvent_Detected()
    {
        var (service, store) = await LedgerWithHistoryAsync();
        store.Tamper("NRW", 6, _ => null);
        var result = await service.VerifyAsync();
        result.Problems.ShouldContain(p => p.Kind == LedgerProblemKind.Removed && p.Sequence == 8);
    }

    [Fact]
    public async Task VerifyAsync_InsertedEvent_Detected()
    {
        var (service, store) = await LedgerWithHistoryAsync();
        var events = await store.ReadAsync("NRW", 0);
        var copy = events[9];
        store.Tamper("NRW", 10, e => copy);
        var result = await service.VerifyAsync();
        result.Problems.ShouldContain(p => p.Kind == LedgerProblemKind.Inserted);
    }

    [Fact]
    public async Task VerifyAsync_TruncatedTail_DetectedAgainstAnchoredHead()
    {
        var (service, store) = await LedgerWithHistoryAsync();
        var anchored = (await service.VerifyAsync()).Heads;
        store.Tamper("NRW", 13, _ => null);
        var result = await service.VerifyAsync(anchored);
        result.Problems.ShouldHaveSingleItem().Kind.ShouldBe(LedgerProblemKind.HeadMismatch);
    }

    [Fact]
    public async Task VerifyAsync_EveryByteChangedInAnyEvent_IsDetected()
    {
        var (service, store) = await LedgerWithHistoryAsync();
        var events = await store.ReadAsync("NRW", 0);
        for (var index = 0; index < events.Count; index++)
        {
            var original = events[index];
            for (var position = 0; position < original.Payload.Length; position += 7)
            {
                var chars = original.Payload.ToCharArray();
                chars[position] = chars[position] == 'x' ? 'y' : 'x';
                store.Tamper("NRW", index, e => new StoredEvent(e.UnitCode, e.Sequence, new string(chars), e.PreviousHash, e.Hash));
                (await service.VerifyAsync()).IsValid.ShouldBeFalse();
                store.Tamper("NRW", index, _ => original);
            }
        }

        (await service.VerifyAsync()).IsValid.ShouldBeTrue();
    }

    [Fact]
    public async Task ReplayAsync_EqualsLiveState()
    {
        var (service, store) = await LedgerWithHistoryAsync();
        var live = await service.GetViewAsync();
        var replayed = await GrantService.ReplayAsync(store, service.Policy, Key);
        Describe(replayed).ShouldBe(Describe(live));
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task WhoHeld_ReplayedLedger_AnswersHoldersAndDirective()
    {
        var (_, store) = await LedgerWithHistoryAsync();
        var view = await GrantService.ReplayAsync(store, Scenario.Policy(headOfficeCap: 2), Key);
        var early = view.WhoHeld(Nrw, new LocalDate(2025, 6, 5));
        early.Holders.Count.ShouldBe(4);
        early.Directive!.Id.ShouldBe("202503002");
        early.Cap.ShouldBe(12);
        view.WhoHeld(Nrw, new LocalDate(2025, 6, 10)).Holders.Count.ShouldBe(3);
        view.WhoHeld(OrgUnit.HeadOffice, new LocalDate(2025, 6, 10)).Cap.ShouldBe(2);
        view.WhoHeld(Nrw, new LocalDate(2025, 7, 1)).Holders.ShouldBeEmpty();
    }

    [Fact]
    public async Task GetViewAsync_TamperedStore_ThrowsWithoutContent()
    {
        var (_, store) = await LedgerWithHistoryAsync();
        store.Tamper("NRW", 2, e => new StoredEvent(e.UnitCode, e.Sequence, e.Payload + " ", e.PreviousHash, e.Hash));
        var fresh = NewService(store, Scenario.Policy(), seedRoles: false);
        var ex = await Should.ThrowAsync<InvalidDataException>(() => fresh.GetViewAsync());
        ex.Message.ShouldContain("sequence 3");
        ex.Message.ShouldNotContain("staff-");
    }
}

public class AccessDecisionTests
{
    private static readonly Instant MidJune = Instant.FromUtc(2025, 6, 15, 10, 0);

    private static async Task<GrantService> ServiceWithHoldersAsync()
    {
        var service = NewService(new InMemoryGrantStore(), Scenario.Policy(headOfficeCap: 3));
        await ApproveAllAsync(service, await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 1, firstStaff: 1), new LocalDate(2025, 5, 1));
        await ApproveAllAsync(service, await RequestMonthAsync(service, OrgUnit.HeadOffice, new YearMonth(2025, 6), 1, firstStaff: 2), new LocalDate(2025, 5, 1));
        await RequestMonthAsync(service, By, new YearMonth(2025, 6), 1, firstStaff: 3);
        return service;
    }

    [Fact]
    [Trait("Rule", "E1")]
    public async Task Decide_RdHolderOwnDistrict_Allowed()
    {
        var service = await ServiceWithHoldersAsync();
        var decision = await service.DecideAsync(Staff(1), AccessAction.ReadCase, Nrw, MidJune);
        decision.IsAllowed.ShouldBeTrue();
        decision.Code.ShouldBe(AccessDecisionCode.OwnDistrict);
        decision.GrantId.ShouldBe(GrantId.Parse("NRW-4"));
        decision.DirectiveId.ShouldBe("202503002");
    }

    [Fact]
    [Trait("Rule", "E1")]
    public async Task Decide_RdHolderOtherDistrict_Denied()
    {
        var service = await ServiceWithHoldersAsync();
        var decision = await service.DecideAsync(Staff(1), AccessAction.ReadCase, By, MidJune);
        decision.IsAllowed.ShouldBeFalse();
        decision.Code.ShouldBe(AccessDecisionCode.OtherDistrict);
    }

    [Fact]
    [Trait("Rule", "E1")]
    public async Task Decide_HeadOfficeHolder_ReadsEveryDistrict()
    {
        var view = await (await ServiceWithHoldersAsync()).GetViewAsync();
        foreach (var district in view.Policy.RegionalDirectorates)
        {
            view.Decide(Staff(2), AccessAction.AssessCase, district, MidJune).Code.ShouldBe(AccessDecisionCode.HeadOfficeAllDistricts);
        }
    }

    [Theory]
    [Trait("Rule", "E5")]
    [InlineData(2025, 5, 31, 21, 59)]
    [InlineData(2025, 6, 30, 22, 0)]
    public async Task Decide_OutsideThePeriodInBerlinTime_Denied(int y, int m, int d, int h, int min)
    {
        var view = await (await ServiceWithHoldersAsync()).GetViewAsync();
        view.Decide(Staff(1), AccessAction.ReadCase, Nrw, Instant.FromUtc(y, m, d, h, min)).Code.ShouldBe(AccessDecisionCode.NoActiveGrant);
    }

    [Fact]
    [Trait("Rule", "E5")]
    public async Task Decide_FirstMinuteOfPeriodInBerlin_Allowed()
    {
        var view = await (await ServiceWithHoldersAsync()).GetViewAsync();
        view.Decide(Staff(1), AccessAction.ReadCase, Nrw, Instant.FromUtc(2025, 5, 31, 22, 0)).IsAllowed.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E5")]
    public async Task Decide_PendingRequestOnly_Denied()
    {
        var view = await (await ServiceWithHoldersAsync()).GetViewAsync();
        view.Decide(Staff(3), AccessAction.ReadCase, By, MidJune).Code.ShouldBe(AccessDecisionCode.NoActiveGrant);
    }

    [Fact]
    [Trait("Rule", "E6")]
    public async Task Decide_OperationalSystem_DeniedEvenForHolders()
    {
        var view = await (await ServiceWithHoldersAsync()).GetViewAsync();
        view.Decide(Staff(1), AccessAction.UseOperationalSystem, Nrw, MidJune).Code.ShouldBe(AccessDecisionCode.OperationalSystemDenied);
        view.Decide(Staff(2), AccessAction.UseOperationalSystem, Nrw, MidJune).IsAllowed.ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "E1")]
    public async Task Decide_HeadOfficeOrUnknownAsDistrict_Denied()
    {
        var view = await (await ServiceWithHoldersAsync()).GetViewAsync();
        view.Decide(Staff(2), AccessAction.ReadCase, OrgUnit.HeadOffice, MidJune).Code.ShouldBe(AccessDecisionCode.UnknownDistrict);
        view.Decide(Staff(2), AccessAction.ReadCase, OrgUnit.Parse("XYZ"), MidJune).Code.ShouldBe(AccessDecisionCode.UnknownDistrict);
    }
}
