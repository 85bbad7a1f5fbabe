using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests.Mutation;

/// <summary>
/// Tests written against mutants Stryker.NET left alive in <c>EntitlementView</c> (E1, E2; see
/// docs/mutation/stryker-2026-12-05-session3.md): listing order, argument checks, the reasons of
/// access decisions and the cap-excess report, the last checked against a day-by-day count.
/// </summary>
public class EntitlementViewKillTests
{
    private static readonly LocalDate Origin = new(2025, 6, 1);
    private static readonly Instant MidJune = Instant.FromUtc(2025, 6, 15, 10, 0);

    /// <summary>One grant of a generated history: unit 0 NRW / 1 BY, grantee, first day after <see cref="Origin"/>, length, revocation day (or none).</summary>
    public sealed record GrantSpec(int Unit, int Person, int Start, int Length, int? RevokeAfter);

    /// <summary>A history, the caps of two directives that meet on a boundary day, and the range examined.</summary>
    public sealed record ExcessCase(IReadOnlyList<GrantSpec> Grants, int CapBefore, int CapAfter, int Boundary, int RangeStart, int RangeLength)
    {
        public override string ToString() =>
            $"caps {CapBefore}/{CapAfter} at +{Boundary}, range +{RangeStart}..+{RangeStart + RangeLength}: " + string.Join(", ", Grants);
    }

    private static Arbitrary<ExcessCase> ExcessCases() =>
        (from grants in (from unit in Gen.Choose(0, 1)
                         from person in Gen.Choose(0, 5)
                         from start in Gen.Choose(0, 90)
                         from length in Gen.Choose(1, 40)
                         from revoke in Gen.Frequency((3, Gen.Constant<int?>(null)), (1, Gen.Choose(0, 45).Select(d => (int?)d)))
                         select new GrantSpec(unit, person, start, length, revoke)).ListOf().Select(l => (IReadOnlyList<GrantSpec>)[.. l.Take(14)])
         from before in Gen.Choose(0, 4)
         from after in Gen.Choose(0, 4)
         from boundary in Gen.Choose(1, 100)
         from rangeStart in Gen.Choose(-10, 100)
         from rangeLength in Gen.Choose(0, 60)
         select new ExcessCase(grants, before, after, boundary, rangeStart, rangeLength)).ToArbitrary();

    private static EntitlementPolicy StrictPolicy(ExcessCase c)
    {
        var options = new EntitlementsOptions();
        options.Directives.Clear();
        options.Directives.Add(Directive.Create("before", "lower cap", new LocalDate(2024, 1, 1), Origin.PlusDays(c.Boundary - 1), c.CapBefore));
        options.Directives.Add(Directive.Create("after", "other cap", Origin.PlusDays(c.Boundary), null, c.CapAfter));
        return EntitlementPolicy.Create(options);
    }

    private static async Task<EntitlementView> ReplayUnderStrictCapsAsync(ExcessCase c)
    {
        // The grants are approved under the built-in cap of 12; the view applies the lower caps, as after a host lowered them.
        var store = new InMemoryGrantStore();
        var service = NewService(store);
        foreach (var g in c.Grants)
        {
            var start = Origin.PlusDays(g.Start);
            var request = await service.RequestAsync(new GrantRequest(Staff(g.Person), g.Unit == 0 ? Nrw : By, start, start.PlusDays(g.Length - 1), Manager, Origin.PlusDays(-30)));
            (await service.ApproveAsync(request.GrantId!, Approver, Origin.PlusDays(-20))).IsAccepted.ShouldBeTrue();
            if (g.RevokeAfter is { } revoke)
            {
                (await service.RevokeAsync(request.GrantId!, Approver, start.PlusDays(revoke), "moved")).IsAccepted.ShouldBeTrue();
            }
        }

        return await GrantService.ReplayAsync(store, StrictPolicy(c), Key);
    }

    [Property(MaxTest = 120)]
    [Trait("Rule", "E2")]
    public Property FindCapExcesses_IsTheFirstDayOfEachUnitWhereMorePersonsHoldThanTheCap_ByUnitCode() =>
        Prop.ForAll(ExcessCases(), c =>
        {
            var view = ReplayUnderStrictCapsAsync(c).GetAwaiter().GetResult();
            var range = new DateInterval(Origin.PlusDays(c.RangeStart), Origin.PlusDays(c.RangeStart + c.RangeLength));
            var expected = new List<string>();
            foreach (var unit in view.Grants.Select(g => g.Unit).Distinct().OrderBy(u => u.Code, StringComparer.Ordinal))
            {
                foreach (var day in range)
                {
                    var active = view.Grants.Where(g => g.Unit == unit && g.IsActiveOn(day)).ToList();
                    var persons = active.Select(g => g.Grantee).Distinct().Count();
                    var cap = day < Origin.PlusDays(c.Boundary) ? c.CapBefore : c.CapAfter;
                    if (persons > cap)
                    {
                        expected.Add($"{unit} {day} {(day < Origin.PlusDays(c.Boundary) ? "before" : "after")} {cap} {persons} {string.Join(",", active.Select(g => g.Id))}");
                        break;
                    }
                }
            }

            var actual = view.FindCapExcesses(range).Select(e => $"{e.Unit} {e.Date} {e.DirectiveId} {e.Cap} {e.Persons} {string.Join(",", e.Holders)}").ToList();
            actual.ShouldBe(expected);
        });

    [Fact]
    [Trait("Rule", "E2")]
    public async Task FindCapExcesses_ExcessFromBeforeTheRange_ReportedAtItsFirstDay_OncePerUnit()
    {
        var c = new ExcessCase([new(0, 1, 0, 40, null), new(0, 2, 0, 40, null), new(1, 3, 0, 40, null), new(1, 4, 5, 40, null)], 1, 0, 20, 10, 20);
        var excesses = (await ReplayUnderStrictCapsAsync(c)).FindCapExcesses(new DateInterval(Origin.PlusDays(10), Origin.PlusDays(30)));
        excesses.Select(e => (e.Unit.Code, e.Date, e.DirectiveId, e.Cap, e.Persons)).ShouldBe(
        [
            ("BY", Origin.PlusDays(10), "before", 1, 2),
            ("NRW", Origin.PlusDays(10), "before", 1, 2),
        ]);
    }

    [Fact]
    public async Task Listings_AreByUnitCodeThenNumberOrSequence()
    {
        var service = NewService(new InMemoryGrantStore(), Scenario.Policy(headOfficeCap: 3));
        foreach (var unit in new[] { Nrw, OrgUnit.HeadOffice, By, Nrw, By, OrgUnit.HeadOffice })
        {
            await RequestMonthAsync(service, unit, new YearMonth(2025, 6), 1, firstStaff: 1);
        }

        var view = await service.GetViewAsync();
        view.Grants.Select(g => g.Id.ToString()).ShouldBe(["BY-4", "BY-5", "HO-5", "HO-6", "NRW-4", "NRW-5"]);
        var roles = view.Roles.Select(r => (r.Unit.Code, r.Sequence)).ToList();
        roles.Select(r => r.Code).Distinct().ShouldBe(["BY", "HO", "NRW"]);
        roles.ShouldBe(roles.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Sequence));
    }

    [Fact]
    [Trait("Rule", "E1")]
    public async Task EveryAccessDecision_SaysWhyInItsOwnSentence()
    {
        var service = NewService(new InMemoryGrantStore(), Scenario.Policy(headOfficeCap: 3));
        await ApproveAllAsync(service, await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 1, firstStaff: 1), new LocalDate(2025, 5, 1));
        await ApproveAllAsync(service, await RequestMonthAsync(service, OrgUnit.HeadOffice, new YearMonth(2025, 6), 1, firstStaff: 2), new LocalDate(2025, 5, 1));
        var view = await service.GetViewAsync();
        var decisions = new[]
        {
            view.Decide(Staff(1), AccessAction.UseOperationalSystem, Nrw, MidJune),
            view.Decide(Staff(1), AccessAction.ReadCase, OrgUnit.HeadOffice, MidJune),
            view.Decide(Staff(2), AccessAction.ReadCase, By, MidJune),
            view.Decide(Staff(1), AccessAction.ReadCase, Nrw, MidJune),
            view.Decide(Staff(1), AccessAction.ReadCase, By, MidJune),
            view.Decide(Staff(9), AccessAction.ReadCase, Nrw, MidJune),
        };

        decisions.Select(d => d.Code).ShouldBe(
        [
            AccessDecisionCode.OperationalSystemDenied, AccessDecisionCode.UnknownDistrict, AccessDecisionCode.HeadOfficeAllDistricts,
            AccessDecisionCode.OwnDistrict, AccessDecisionCode.OtherDistrict, AccessDecisionCode.NoActiveGrant,
        ]);
        decisions.ShouldAllBe(d => !string.IsNullOrWhiteSpace(d.Reason));
        decisions.Select(d => d.Reason).ShouldBeUnique();
    }

    [Fact]
    public async Task Queries_NullArgument_ArgumentNullExceptionNamingIt()
    {
        var service = NewService(new InMemoryGrantStore());
        await ApproveAllAsync(service, await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 1, firstStaff: 1), new LocalDate(2025, 5, 1));
        var view = await service.GetViewAsync();
        var calls = new (string Param, Action Call)[]
        {
            ("person", () => view.HoldsRole(null!, UnitRole.LineManager, Nrw, Origin)),
            ("unit", () => view.HoldsRole(Manager, UnitRole.LineManager, null!, Origin)),
            ("principal", () => view.Decide(null!, AccessAction.ReadCase, Nrw, MidJune)),
            ("district", () => view.Decide(Staff(1), AccessAction.ReadCase, null!, MidJune)),
            ("unit", () => view.WhoHeld(null!, Origin)),
            ("range", () => view.FindCapExcesses(null!)),
        };

        foreach (var (param, call) in calls)
        {
            Should.Throw<ArgumentNullException>(call).ParamName.ShouldBe(param);
        }
    }
}
