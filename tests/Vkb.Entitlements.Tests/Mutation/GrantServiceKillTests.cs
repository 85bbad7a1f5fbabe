using Microsoft.Extensions.Logging.Testing;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests.Mutation;

/// <summary>
/// Tests written against mutants Stryker.NET left alive in <c>GrantService</c> (E2, E4, E5; see
/// docs/mutation/stryker-2026-12-05-session3.md): argument checks before any I/O, the date
/// boundaries of approval and revocation, the record an accepted step leaves, the reasons,
/// the retry bound, the projection cache and the synchronisation context.
/// </summary>
public class GrantServiceKillTests
{
    private static readonly LocalDate May1 = new(2025, 5, 1);
    private static readonly LocalDate June1 = new(2025, 6, 1);
    private static readonly LocalDate June30 = new(2025, 6, 30);
    private static readonly PrincipalId NrwManager = PrincipalId.Create("nrw-mgr");

    private static GrantRequest JuneRequest(int staff) => new(Staff(staff), Nrw, June1, June30, Manager, May1);

    private static async Task<GrantId> RequestedAsync(GrantService service, int staff = 1)
    {
        var decision = await service.RequestAsync(JuneRequest(staff));
        decision.IsAccepted.ShouldBeTrue(decision.Reason);
        return decision.GrantId!;
    }

    private static async Task<ArgumentException> RefusedArgumentAsync(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (ArgumentException e)
        {
            return e;
        }

        throw new ShouldAssertException("The call accepted an invalid argument.");
    }

    [Fact]
    public async Task EveryOperation_NullArgument_ArgumentNullExceptionNamingIt_BeforeTheStoreIsTouched()
    {
        var store = new ProbeStore(new InMemoryGrantStore()) { Unreachable = true };
        var service = new GrantService(store, Scenario.Policy(), Clock, Key);
        var id = GrantId.Create(Nrw, 5);
        var policy = Scenario.Policy();
        var calls = new (string Param, Func<Task> Call)[]
        {
            ("request", () => service.RequestAsync(null!)),
            ("grantId", () => service.ApproveAsync(null!, Approver, June1)),
            ("approver", () => service.ApproveAsync(id, null!, June1)),
            ("grantId", () => service.RejectAsync(null!, Approver, June1, "no")),
            ("approver", () => service.RejectAsync(id, null!, June1, "no")),
            ("reason", () => service.RejectAsync(id, Approver, June1, null!)),
            ("grantId", () => service.RevokeAsync(null!, Approver, June1, "no")),
            ("revokedBy", () => service.RevokeAsync(id, null!, June1, "no")),
            ("reason", () => service.RevokeAsync(id, Approver, June1, null!)),
            ("unit", () => service.AssignRoleAsync(null!, NrwManager, UnitRole.LineManager, June1, Admin)),
            ("person", () => service.AssignRoleAsync(Nrw, null!, UnitRole.LineManager, June1, Admin)),
            ("assignedBy", () => service.AssignRoleAsync(Nrw, NrwManager, UnitRole.LineManager, June1, null!)),
            ("unit", () => service.RevokeRoleAsync(null!, NrwManager, UnitRole.LineManager, June1, Admin)),
            ("person", () => service.RevokeRoleAsync(Nrw, null!, UnitRole.LineManager, June1, Admin)),
            ("revokedBy", () => service.RevokeRoleAsync(Nrw, NrwManager, UnitRole.LineManager, June1, null!)),
            ("actor", () => service.ExpireAsync(null!, June1)),
            ("store", () => GrantService.ReplayAsync(null!, policy, Key)),
            ("policy", () => GrantService.ReplayAsync(store, null!, Key)),
            ("key", () => GrantService.ReplayAsync(store, policy, null!)),
            ("events", () => Task.FromResult(GrantService.Replay(null!, policy, Key))),
            ("policy", () => Task.FromResult(GrantService.Replay([], null!, Key))),
            ("key", () => Task.FromResult(GrantService.Replay([], policy, null!))),
        };

        foreach (var (param, call) in calls)
        {
            var ex = await RefusedArgumentAsync(call);
            ex.ShouldBeOfType<ArgumentNullException>().ParamName.ShouldBe(param);
        }
    }

    [Fact]
    public async Task RoleOperations_UndefinedRole_OutOfRangeNamingTheRole_BeforeTheStoreIsTouched()
    {
        var service = new GrantService(new ProbeStore(new InMemoryGrantStore()) { Unreachable = true }, Scenario.Policy(), Clock, Key);
        foreach (var call in new Func<Task>[]
        {
            () => service.AssignRoleAsync(Nrw, NrwManager, (UnitRole)7, June1, Admin),
            () => service.RevokeRoleAsync(Nrw, NrwManager, (UnitRole)7, June1, Admin),
        })
        {
            var ex = (await RefusedArgumentAsync(call)).ShouldBeOfType<ArgumentOutOfRangeException>();
            ex.ParamName.ShouldBe("role");
            ex.Message.ShouldStartWith("Unknown role.");
        }
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task ApproveAsync_OnThePeriodsLastDay_Accepted_DayAfter_Refused_BeforeTheRequest_Refused()
    {
        var service = NewService(new InMemoryGrantStore());
        var late = await RequestedAsync(service, 1);
        var onTime = await RequestedAsync(service, 2);
        var early = await RequestedAsync(service, 3);

        var afterEnd = await service.ApproveAsync(late, Approver, June30.PlusDays(1));
        afterEnd.Code.ShouldBe(DecisionCode.InvalidDate);
        afterEnd.Reason.ShouldContain("period has already ended");
        (await service.ApproveAsync(onTime, Approver, June30)).IsAccepted.ShouldBeTrue();
        var beforeRequest = await service.ApproveAsync(early, Approver, May1.PlusDays(-1));
        beforeRequest.Code.ShouldBe(DecisionCode.InvalidDate);
        beforeRequest.Reason.ShouldContain("cannot precede the request");
        (await service.ApproveAsync(early, Approver, May1)).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task RevokeAsync_OnTheApprovalDate_Accepted_BeforeIt_Refused()
    {
        var service = NewService(new InMemoryGrantStore());
        var first = await RequestedAsync(service, 1);
        var second = await RequestedAsync(service, 2);
        var approvedOn = new LocalDate(2025, 5, 20);
        await ApproveAllAsync(service, [first, second], approvedOn);

        var before = await service.RevokeAsync(first, Approver, approvedOn.PlusDays(-1), "moved");
        before.Code.ShouldBe(DecisionCode.InvalidDate);
        before.Reason.ShouldContain("before the approval");
        (await service.RevokeAsync(second, Approver, approvedOn, "moved")).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E2")]
    [Trait("Rule", "E4")]
    public async Task AcceptedSteps_LeaveTheirDirectiveAndReasonsOnTheGrant_LiveAndReplayed()
    {
        var store = new InMemoryGrantStore();
        var service = NewService(store);
        var approved = await RequestedAsync(service, 1);
        var revoked = await RequestedAsync(service, 2);
        var rejected = await RequestedAsync(service, 3);
        var approval = await service.ApproveAsync(approved, Approver, May1);
        approval.Reason.ShouldBe("Within the cap at every date of the period under directive 202503002 (at most 1 of 12 persons).");
        (await service.ApproveAsync(revoked, Approver, May1)).Reason.ShouldContain("at most 2 of 12 persons");
        var revocation = await service.RevokeAsync(revoked, Approver, June1.PlusDays(9), "moved to another team");
        revocation.IsAccepted.ShouldBeTrue();
        revocation.Reason.ShouldBe("Revoked; not active from the revocation date.");
        (await service.RejectAsync(rejected, Approver, May1, "not needed")).IsAccepted.ShouldBeTrue();

        foreach (var view in new[] { await service.GetViewAsync(), await GrantService.ReplayAsync(store, service.Policy, Key) })
        {
            var grants = view.Grants.ToDictionary(g => g.Id);
            grants[approved].DirectiveIds.ShouldBe("202503002");
            grants[approved].Reason.ShouldBe(approval.Reason);
            grants[revoked].Reason.ShouldBe("moved to another team");
            grants[rejected].Reason.ShouldBe("not needed");
        }
    }

    [Fact]
    public async Task EveryDecision_SaysWhy()
    {
        var policy = EntitlementPolicy.Create(new EntitlementsOptions { MaxConcurrencyRetries = 2 });
        var racing = new ProbeStore(new InMemoryGrantStore());
        var service = NewService(racing, policy);
        var pending = await RequestedAsync(service, 1);
        var decisions = new List<GrantDecision>
        {
            await service.RequestAsync(JuneRequest(2)),
            await service.RevokeAsync(pending, Approver, June1, "too early"),
            await service.RejectAsync(pending, Approver, May1, new string('x', 201)),
            await service.RevokeAsync(pending, Approver, June1, "bell\u0007"),
            await service.ApproveAsync(GrantId.Create(OrgUnit.Parse("XYZ"), 1), Approver, May1),
            await service.AssignRoleAsync(OrgUnit.Parse("XYZ"), NrwManager, UnitRole.LineManager, May1, Admin),
            await service.AssignRoleAsync(Nrw, NrwManager, UnitRole.LineManager, May1, Admin),
            await service.AssignRoleAsync(Nrw, NrwManager, UnitRole.LineManager, May1, Admin),
            await service.RevokeRoleAsync(OrgUnit.Parse("XYZ"), NrwManager, UnitRole.LineManager, June1, Admin),
            await service.RevokeRoleAsync(Nrw, NrwManager, UnitRole.SpecialApprover, June1, Admin),
            await service.RevokeRoleAsync(Nrw, NrwManager, UnitRole.LineManager, June1, Admin),
            await service.RejectAsync(pending, Approver, May1, "not needed"),
        };
        await ApproveAllAsync(service, [await RequestedAsync(service, 3)], May1);
        decisions.AddRange(await service.ExpireAsync(Admin, new LocalDate(2025, 7, 1)));
        racing.RefuseAppends = true;
        decisions.Add(await service.RequestAsync(JuneRequest(4)));

        decisions.Select(d => d.Code).ShouldBe(
        [
            DecisionCode.Accepted, DecisionCode.NotApproved, DecisionCode.InvalidInput, DecisionCode.InvalidInput, DecisionCode.UnknownGrant,
            DecisionCode.UnknownUnit, DecisionCode.Accepted, DecisionCode.RoleAlreadyHeld, DecisionCode.UnknownUnit, DecisionCode.RoleNotHeld,
            DecisionCode.Accepted, DecisionCode.Accepted, DecisionCode.Accepted, DecisionCode.Contention,
        ]);
        decisions.ShouldAllBe(d => !string.IsNullOrWhiteSpace(d.Reason));
        decisions.Where(d => !d.IsAccepted).DistinctBy(d => d.Code).Select(d => d.Reason).ShouldBeUnique();
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(201, false)]
    public async Task Texts_UpTo200Characters_WithoutAnyControlCharacter(int length, bool accepted)
    {
        var service = NewService(new InMemoryGrantStore());
        var text = new string('p', length);
        (await service.RequestAsync(JuneRequest(1) with { ProcedureProfile = text })).IsAccepted.ShouldBe(accepted);
        (await service.RequestAsync(JuneRequest(2) with { DataSpace = text })).IsAccepted.ShouldBe(accepted);
        var id = await RequestedAsync(service, 3);
        (await service.RejectAsync(id, Approver, May1, "fine\u0007" + text[5..])).Code.ShouldBe(DecisionCode.InvalidInput);
        (await service.RequestAsync(JuneRequest(4) with { DataSpace = "V\tKB" })).Code.ShouldBe(DecisionCode.InvalidInput);
        (await service.RejectAsync(id, Approver, May1, text)).IsAccepted.ShouldBe(accepted);
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task RevokeRoleAsync_HeadOfficeLineManager_ARevocationTheyRecordedCountsAsAStep_NamingTheLastDate()
    {
        var service = NewService(new InMemoryGrantStore());
        var id = await RequestedAsync(service, 1);
        (await service.ApproveAsync(id, Approver, new LocalDate(2025, 5, 20))).IsAccepted.ShouldBeTrue();
        var revokedOn = new LocalDate(2025, 6, 10);
        (await service.RevokeAsync(id, Manager, revokedOn, "moved")).IsAccepted.ShouldBeTrue();

        var refused = await service.RevokeRoleAsync(OrgUnit.HeadOffice, Manager, UnitRole.LineManager, revokedOn, Admin);
        refused.Code.ShouldBe(DecisionCode.RoleStillInUse);
        refused.Reason.ShouldBe("The person already acted as a line manager on 2025-06-10; a revocation takes effect after the last step taken in the role.");
        (await service.RevokeRoleAsync(OrgUnit.HeadOffice, Manager, UnitRole.LineManager, May1, Admin)).Reason.ShouldContain("on 2025-06-10;"); // the request on May 1 counts too; the last step is named
        (await service.RevokeRoleAsync(OrgUnit.HeadOffice, Manager, UnitRole.LineManager, revokedOn.PlusDays(1), Admin)).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task RevokeRoleAsync_OnTheDayTheTermBegan_Accepted_TheDayBefore_Refused()
    {
        var service = NewService(new InMemoryGrantStore());
        (await service.AssignRoleAsync(Nrw, NrwManager, UnitRole.LineManager, June1, Admin)).IsAccepted.ShouldBeTrue();
        (await service.RevokeRoleAsync(Nrw, NrwManager, UnitRole.LineManager, June1.PlusDays(-1), Admin)).Code.ShouldBe(DecisionCode.RoleNotHeld);
        (await service.RevokeRoleAsync(Nrw, NrwManager, UnitRole.LineManager, June1, Admin)).IsAccepted.ShouldBeTrue();
        (await service.GetViewAsync()).HoldsRole(NrwManager, UnitRole.LineManager, Nrw, June1).ShouldBeFalse();
    }

    [Fact]
    public async Task Writes_LosingEveryRace_RetryExactlyTheConfiguredTimes_LoggingEachRetry()
    {
        var store = new ProbeStore(new InMemoryGrantStore());
        var logger = new FakeLogger<GrantService>();
        var service = new GrantService(store, EntitlementPolicy.Create(new EntitlementsOptions { MaxConcurrencyRetries = 3 }), Clock, Key, logger);
        SeedRoles(service);
        store.RefuseAppends = true;
        store.ResetCounts();

        var decision = await service.RequestAsync(JuneRequest(1));
        decision.Code.ShouldBe(DecisionCode.Contention);
        decision.Reason.ShouldContain("retry later");
        store.AppendsTried.ShouldBe(3);
        logger.Collector.GetSnapshot().Where(r => r.Id.Id == 4).Select(r => r.Message).ShouldBe(
        [
            "Ledger write for unit NRW lost a race; re-checking (attempt 1)",
            "Ledger write for unit NRW lost a race; re-checking (attempt 2)",
            "Ledger write for unit NRW lost a race; re-checking (attempt 3)",
        ]);
    }

    [Fact]
    public async Task Decisions_AreLoggedUnderTheirOperation()
    {
        var logger = new FakeLogger<GrantService>();
        var service = new GrantService(new InMemoryGrantStore(), Scenario.Policy(), Clock, Key, logger);
        SeedRoles(service);
        var id = await RequestedAsync(service, 1);
        await service.ApproveAsync(id, Approver, May1);
        await service.RejectAsync(id, Approver, May1, "late");
        await service.RevokeAsync(id, Approver, May1.PlusDays(-1), "early");

        logger.Collector.GetSnapshot().Where(r => r.Id.Id is 1 or 2).Select(r => r.Message).TakeLast(4).ShouldBe(
        [
            "Grant request accepted for NRW-4",
            "Grant approve accepted for NRW-4",
            "Grant reject refused with AlreadyDecided (grant NRW-4)",
            "Grant revoke refused with InvalidDate (grant NRW-4)",
        ]);
    }

    [Fact]
    public async Task Service_RereadsOnlyEventsItHasNotSeen_ItsOwnOrAnotherWriters()
    {
        var store = new ProbeStore(new InMemoryGrantStore());
        var service = NewService(store);
        var other = NewService(store);
        await service.GetViewAsync();
        var id = await RequestedAsync(service, 1);
        (await service.ApproveAsync(id, Approver, May1)).IsAccepted.ShouldBeTrue();
        await service.GetViewAsync();

        store.ResetCounts();
        await service.GetViewAsync();
        store.EventsRead.ShouldBe(0);

        await RequestedAsync(other, 2);
        await RequestedAsync(other, 3);
        store.ResetCounts();
        await service.GetViewAsync();
        store.EventsRead.ShouldBe(2);
        store.ResetCounts();
        (await service.GetViewAsync()).Grants.Count.ShouldBe(3);
        await service.RequestAsync(JuneRequest(4));
        await service.GetViewAsync();
        store.EventsRead.ShouldBe(0);
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveAsync_PeriodUnderTwoDirectives_NamesBoth()
    {
        var service = NewService(new InMemoryGrantStore(), Scenario.Policy(carryOver: "202202014"));
        var id = (await service.RequestAsync(new GrantRequest(Staff(1), Nrw, new LocalDate(2025, 2, 1), new LocalDate(2025, 3, 31), Manager, new LocalDate(2025, 1, 10)))).GrantId!;
        var decision = await service.ApproveAsync(id, Approver, new LocalDate(2025, 1, 20));
        decision.IsAccepted.ShouldBeTrue(decision.Reason);
        decision.DirectiveIds.Count.ShouldBe(2);
        decision.Reason.ShouldContain($"under directive {decision.DirectiveIds[0]} and {decision.DirectiveIds[1]} (");
    }

    [Fact]
    public async Task ExpireAsync_GrantRevokedByAnotherWriterMeanwhile_ReportedNoLongerApproved_NothingRecorded()
    {
        var inner = new InMemoryGrantStore();
        var store = new ProbeStore(inner);
        var service = NewService(store);
        var other = NewService(inner, seedRoles: false);
        var id = await RequestedAsync(service, 1);
        await ApproveAllAsync(service, [id], May1);
        var nrwReads = 0;
        store.BeforeRead = unit =>
        {
            // The expiry run reads NRW once for its view and once more before it writes: revoke in between.
            if (unit == "NRW" && ++nrwReads == 2)
            {
                other.RevokeAsync(id, Approver, June1.PlusDays(14), "moved").GetAwaiter().GetResult().IsAccepted.ShouldBeTrue();
            }
        };

        var decision = (await service.ExpireAsync(Admin, new LocalDate(2025, 7, 1))).ShouldHaveSingleItem();
        decision.Code.ShouldBe(DecisionCode.NotApproved);
        decision.Reason.ShouldBe("The grant is no longer approved.");
        (await service.GetViewAsync()).Grants.ShouldHaveSingleItem().Status.ShouldBe(GrantStatus.Revoked);
    }

    [Fact]
    public async Task MalformedUnitCodeInTheStore_InvalidDataException_LiveAndReplayed()
    {
        var store = new ProbeStore(new InMemoryGrantStore()) { ExtraUnits = ["n r w"] };
        var service = NewService(store, seedRoles: false);
        (await Should.ThrowAsync<InvalidDataException>(() => service.GetViewAsync())).Message.ShouldContain("malformed unit code");
        Should.Throw<InvalidDataException>(() => GrantService.Replay([new StoredEvent("n r w", 1, "{}", "", "")], service.Policy, Key))
            .Message.ShouldContain("malformed unit code");
    }

    [Theory]
    [InlineData("ListUnitsAsync", null)]
    [InlineData("ReadAsync", null)]
    [InlineData("ReadAsync", "NRW")]
    [InlineData("ReadAsync", "HO")]
    [InlineData("TryAppendAsync", null)]
    public async Task EveryOperation_NeverResumesOnTheCallersSynchronizationContext(string slowMethod, string? slowUnit)
    {
        // A UI thread or a classic ASP.NET request that blocks on the result would deadlock otherwise.
        var store = new ProbeStore(new InMemoryGrantStore());
        var service = NewService(store);
        var ended = await RequestedAsync(service, 1);
        await ApproveAllAsync(service, [ended], May1);
        var pending = await RequestedAsync(service, 2);
        store.Yields = (method, unit) => method == slowMethod && (slowUnit is null || unit == slowUnit);
        var context = new CountingSynchronizationContext();

        var approved = await context.RunAsync(() => service.RequestAsync(JuneRequest(3)));
        await context.RunAsync(() => service.ApproveAsync(approved.GrantId!, Approver, May1));
        await context.RunAsync(() => service.RejectAsync(pending, Approver, May1, "no"));
        await context.RunAsync(() => service.RevokeAsync(approved.GrantId!, Approver, June1.PlusDays(3), "moved"));
        await context.RunAsync(() => service.AssignRoleAsync(OrgUnit.HeadOffice, NrwManager, UnitRole.LineManager, May1, Admin));
        await context.RunAsync(() => service.AssignRoleAsync(Nrw, NrwManager, UnitRole.LineManager, May1, Admin));
        await context.RunAsync(() => service.RevokeRoleAsync(OrgUnit.HeadOffice, NrwManager, UnitRole.LineManager, June1, Admin));
        await context.RunAsync(() => service.RevokeRoleAsync(Nrw, NrwManager, UnitRole.LineManager, June1, Admin));
        (await context.RunAsync(() => service.ExpireAsync(Admin, new LocalDate(2025, 7, 1)))).Count.ShouldBe(1);
        await context.RunAsync(() => service.GetViewAsync());
        await context.RunAsync(() => service.DecideAsync(Staff(1), AccessAction.ReadCase, Nrw, Instant.FromUtc(2025, 6, 15, 8, 0)));
        (await context.RunAsync(() => service.VerifyAsync())).IsValid.ShouldBeTrue();
        await context.RunAsync(() => GrantService.ReplayAsync(store, service.Policy, Key));

        context.Posts.ShouldBe(0);
    }
}
