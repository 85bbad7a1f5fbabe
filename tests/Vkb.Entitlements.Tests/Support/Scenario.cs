using NodaTime;
using NodaTime.Testing;
using Vkb.Entitlements;

namespace Vkb.Entitlements.Tests.Support;

/// <summary>Shared steps of the entitlement scenarios, used by the in-memory and SQLite tests.</summary>
public static class Scenario
{
    /// <summary>The stopped clock of every scenario (NodaTime.Testing, through Vkb.Testing), so recorded instants are deterministic; never advanced.</summary>
    public static readonly FakeClock Clock = new(Instant.FromUtc(2025, 6, 1, 8, 0));

    public static readonly PrincipalId Manager = PrincipalId.Create("mgr-1");
    public static readonly PrincipalId Approver = PrincipalId.Create("approver-1");
    public static readonly PrincipalId Admin = PrincipalId.Create("roles-admin");
    public static readonly OrgUnit Nrw = OrgUnit.Parse("NRW");
    public static readonly OrgUnit By = OrgUnit.Parse("BY");
    public static readonly LocalDate RolesFrom = new(2020, 1, 1);

    /// <summary>The ledger key of every test ledger (fixed bytes, so runs are reproducible).</summary>
    public static readonly LedgerKey Key = LedgerKey.FromBytes(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    /// <summary>The role events <see cref="SeedRoles"/> puts in each unit's chain before any grant: NRW and BY 3, HO 4.</summary>
    public static int SeededRoleEvents(OrgUnit unit) => unit.IsHeadOffice ? 4 : 3;

    /// <summary>A service on <paramref name="store"/> with the test key; by default with the roles table of <see cref="SeedRoles"/>.</summary>
    public static GrantService NewService(IGrantStore store, EntitlementPolicy? policy = null, bool seedRoles = true)
    {
        var service = new GrantService(store, policy ?? Policy(), Clock, Key);
        if (seedRoles)
        {
            SeedRoles(service);
        }

        return service;
    }

    /// <summary>
    /// The roles table of the scenarios: <see cref="Manager"/> is a head-office line manager (so
    /// may order for every unit); approver-1, approver-0 and approver-2 are special approvers of
    /// NRW, BY and HO. Another service on the same store finds the roles already held.
    /// </summary>
    public static void SeedRoles(GrantService service)
    {
        var decisions = new List<GrantDecision>
        {
            service.AssignRoleAsync(OrgUnit.HeadOffice, Manager, UnitRole.LineManager, RolesFrom, Admin).GetAwaiter().GetResult(),
        };
        foreach (var unit in new[] { Nrw, By, OrgUnit.HeadOffice })
        {
            foreach (var approver in new[] { Approver, ApproverNo(0), ApproverNo(2) })
            {
                decisions.Add(service.AssignRoleAsync(unit, approver, UnitRole.SpecialApprover, RolesFrom, Admin).GetAwaiter().GetResult());
            }
        }

        decisions.ShouldAllBe(d => d.IsAccepted || d.Code == DecisionCode.RoleAlreadyHeld);
    }

    public static PrincipalId Staff(int i) => PrincipalId.Create($"staff-{i}");

    public static PrincipalId ApproverNo(int i) => PrincipalId.Create($"approver-{i}");

    public static EntitlementPolicy Policy(int? headOfficeCap = null, string? carryOver = null)
    {
        var options = new EntitlementsOptions { HeadOfficeCap = headOfficeCap, CarryOverDirectiveId = carryOver };
        return EntitlementPolicy.Create(options);
    }

    public static GrantRequest Request(int staff, OrgUnit unit, LocalDate from, LocalDate to) =>
        new(Staff(staff), unit, from, to, Manager, from.PlusDays(-60));

    /// <summary>Requests <paramref name="count"/> grants for one unit and month, each for a different person.</summary>
    public static async Task<IReadOnlyList<GrantId>> RequestMonthAsync(GrantService service, OrgUnit unit, YearMonth month, int count, int firstStaff = 0)
    {
        var ids = new List<GrantId>();
        for (var i = 0; i < count; i++)
        {
            var decision = await service.RequestAsync(Request(firstStaff + i, unit, month.OnDayOfMonth(1), month.OnDayOfMonth(month.Calendar.GetDaysInMonth(month.Year, month.Month))));
            decision.IsAccepted.ShouldBeTrue(decision.Reason);
            ids.Add(decision.GrantId!);
        }

        return ids;
    }

    /// <summary>Approves every request once, one after another.</summary>
    public static async Task<IReadOnlyList<GrantDecision>> ApproveAllAsync(GrantService service, IEnumerable<GrantId> ids, LocalDate on)
    {
        var results = new List<GrantDecision>();
        foreach (var id in ids)
        {
            results.Add(await service.ApproveAsync(id, Approver, on));
        }

        return results;
    }

    /// <summary>
    /// Runs <paramref name="attempts"/> approvals in parallel, spread over the requests and the
    /// services (which may share one store or one database file), released at the same moment.
    /// </summary>
    public static async Task<IReadOnlyList<GrantDecision>> ApproveInParallelAsync(IReadOnlyList<GrantService> services, IReadOnlyList<GrantId> ids, int attempts, LocalDate on)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var tasks = Enumerable.Range(0, attempts).Select(i => Task.Run(async () =>
        {
            await start.Task;
            return await services[i % services.Count].ApproveAsync(ids[i % ids.Count], ApproverNo(i % 3), on);
        })).ToList();
        start.SetResult();
        return await Task.WhenAll(tasks);
    }

    public static async Task<int> EventCountAsync(IGrantStore store)
    {
        var count = 0;
        foreach (var unit in await store.ListUnitsAsync())
        {
            count += (await store.ReadAsync(unit, 0)).Count;
        }

        return count;
    }

    /// <summary>A comparable picture of a view: every grant with its status and dates.</summary>
    public static IReadOnlyList<string> Describe(EntitlementView view) =>
        view.Grants.Select(g => $"{g.Id} {g.Grantee} {g.Status} {g.Period} {g.DecidedOn} {g.RevokedOn} {g.ExpiredOn} {g.DirectiveIds}").ToList();
}
