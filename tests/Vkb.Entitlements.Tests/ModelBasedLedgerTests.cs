using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Testing;
using Vkb.Entitlements.Tests.Support;

namespace Vkb.Entitlements.Tests;

/// <summary>
/// Runs random roles tables and histories of requests, approvals, rejections, revocations,
/// expiries and role changes against the service and against a deliberately naive model that
/// checks every single day. Decisions must agree; for every roles table and operation sequence,
/// no day has more than the cap of distinct persons holding a grant, no grant was requested by a
/// non-line-manager nor approved by a non-approver or by its own grantee or requester; replaying
/// the ledger equals the live state and it verifies.
/// </summary>
public class ModelBasedLedgerTests
{
    private static readonly LocalDate Origin = new(2024, 10, 1);
    private static readonly LocalDate OldEnd = new(2024, 12, 31);
    private static readonly LocalDate NewStart = new(2025, 3, 5);
    private static readonly LocalDate RolesFrom = Origin.PlusDays(-400);
    private static readonly OrgUnit[] Units = [OrgUnit.Parse("NRW"), OrgUnit.Parse("BY"), OrgUnit.HeadOffice];
    private static readonly PrincipalId System = PrincipalId.Create("system");
    private static readonly PrincipalId Admin = PrincipalId.Create("roles-admin");
    private const int HeadOffice = 2;

    [Property(MaxTest = 150)]
    [Trait("Rule", "E2")]
    [Trait("Rule", "E3")]
    [Trait("Rule", "E4")]
    [Trait("Rule", "E5")]
    public Property RandomRolesAndHistory_AgreesWithNaiveModel_CapOfPersonsHoldsEveryDay_OnlyApproversApproved() =>
        Prop.ForAll(LedgerCommandArbitraries.Scenario(), scenario => Run(scenario));

    private static PrincipalId Official(int i) => PrincipalId.Create($"off-{i}");

    private static PrincipalId Grantee(int i) => i < 4 ? Scenario.Staff(i) : Official(i - 4);

    private static int? ModelCap(bool scaled, int unit, LocalDate day)
    {
        var headOffice = unit == HeadOffice;
        if (day >= new LocalDate(2022, 2, 21) && day <= OldEnd)
        {
            return headOffice ? (scaled ? 1 : 2) : (scaled ? 1 : 6);
        }

        return day >= NewStart ? (headOffice ? (scaled ? 1 : 2) : (scaled ? 2 : 12)) : null;
    }

    private static EntitlementPolicy PolicyFor(bool scaled)
    {
        var options = new EntitlementsOptions { HeadOfficeCap = scaled ? 1 : 2 };
        if (scaled)
        {
            options.Directives.Clear();
            options.Directives.Add(Directive.Create("202202014", "scaled", new LocalDate(2022, 2, 21), OldEnd, 1));
            options.Directives.Add(Directive.Create("202503002", "scaled", NewStart, null, 2));
        }

        return EntitlementPolicy.Create(options);
    }

    private static bool Run(LedgerScenario scenario)
    {
        var store = new InMemoryGrantStore();
        var service = Scenario.NewService(store, PolicyFor(scenario.ScaledCaps), seedRoles: false);
        var model = new Model(scenario.ScaledCaps);

        for (var unit = 0; unit < Units.Length; unit++)
        {
            for (var official = 0; official < LedgerCommandArbitraries.Officials; official++)
            {
                for (var role = 0; role < 2; role++)
                {
                    if (scenario.Roles[unit][official][role])
                    {
                        Await(service.AssignRoleAsync(Units[unit], Official(official), (UnitRole)role, RolesFrom, Admin)).IsAccepted.ShouldBeTrue();
                        model.Terms(unit, Official(official), role).Add(new Term(RolesFrom));
                    }
                }
            }
        }

        foreach (var command in scenario.Commands)
        {
            var from = Origin.PlusDays(command.StartDay);
            var actor = Official(command.Actor);
            switch (command.Kind)
            {
                case CommandKind.Request:
                case CommandKind.RequestAgain when model.Grants.Count > 0:
                {
                    var earlier = command.Kind == CommandKind.RequestAgain ? model.Grants[command.Target % model.Grants.Count] : null;
                    var unit = earlier?.Unit ?? command.Unit;
                    var grantee = earlier?.Grantee ?? Grantee(command.Person);
                    if (earlier is not null)
                    {
                        from = earlier.From.PlusDays(command.Offset % (Period.DaysBetween(earlier.From, earlier.To) + 1));
                    }

                    var requester = command.BreaksSeparation ? grantee : actor;
                    var to = from.PlusDays(command.Length - 1);
                    var on = from.PlusDays(-30);
                    var expected = grantee != requester && (model.Holds(unit, requester, 0, on) || model.Holds(HeadOffice, requester, 0, on));
                    var decision = Await(service.RequestAsync(new GrantRequest(grantee, Units[unit], from, to, requester, on)));
                    decision.IsAccepted.ShouldBe(expected, decision.Reason);
                    if (decision.IsAccepted)
                    {
                        model.Grants.Add(new ModelGrant(decision.GrantId!, unit, grantee, requester, on, from, to));
                    }

                    break;
                }

                case CommandKind.Approve or CommandKind.Reject when model.Grants.Count > 0:
                {
                    var grant = model.Grants[command.Target % model.Grants.Count];
                    var approver = command.BreaksSeparation ? (command.Offset % 2 == 0 ? grant.Grantee : grant.RequestedBy) : actor;
                    var on = grant.From.PlusDays(-5);
                    var expected = grant.Status == GrantStatus.Pending
                        && approver != grant.Grantee && approver != grant.RequestedBy
                        && model.Holds(grant.Unit, approver, 1, on)
                        && (command.Kind == CommandKind.Reject || model.CapAllows(grant));
                    var decision = command.Kind == CommandKind.Approve
                        ? Await(service.ApproveAsync(grant.Id, approver, on))
                        : Await(service.RejectAsync(grant.Id, approver, on, "not needed"));
                    decision.IsAccepted.ShouldBe(expected, decision.Reason);
                    if (expected)
                    {
                        grant.Status = command.Kind == CommandKind.Approve ? GrantStatus.Approved : GrantStatus.Rejected;
                        grant.DecidedBy = approver;
                        grant.DecidedOn = on;
                    }

                    break;
                }

                case CommandKind.Revoke when model.Grants.Count > 0:
                {
                    var grant = model.Grants[command.Target % model.Grants.Count];
                    var on = grant.From.PlusDays(command.Offset);
                    var expected = grant.Status == GrantStatus.Approved
                        && (model.Holds(grant.Unit, actor, 1, on) || model.Holds(grant.Unit, actor, 0, on) || model.Holds(HeadOffice, actor, 0, on));
                    var decision = Await(service.RevokeAsync(grant.Id, actor, on, "left"));
                    decision.IsAccepted.ShouldBe(expected, decision.Reason);
                    if (expected)
                    {
                        grant.Status = GrantStatus.Revoked;
                        grant.RevokedBy = actor;
                        grant.RevokedOn = on;
                    }

                    break;
                }

                case CommandKind.Expire:
                {
                    var expiring = model.Grants.Where(g => g.Status == GrantStatus.Approved && g.To < from).ToList();
                    var decisions = Await(service.ExpireAsync(System, from));
                    decisions.Count(d => d.IsAccepted).ShouldBe(expiring.Count);
                    expiring.ForEach(g => g.Status = GrantStatus.Expired);
                    break;
                }

                case CommandKind.AssignRole:
                {
                    var terms = model.Terms(command.Unit, actor, command.Role);
                    var expected = terms.Count == 0 || (terms[^1].Until is { } until && until <= from);
                    var decision = Await(service.AssignRoleAsync(Units[command.Unit], actor, (UnitRole)command.Role, from, Admin));
                    decision.IsAccepted.ShouldBe(expected, decision.Reason);
                    if (expected)
                    {
                        terms.Add(new Term(from));
                    }

                    break;
                }

                case CommandKind.RevokeRole:
                {
                    var terms = model.Terms(command.Unit, actor, command.Role);
                    var expected = terms.Count > 0 && terms[^1].Until is null && from >= terms[^1].From
                        && !(model.LastUse(command.Unit, actor, command.Role) >= from);
                    var decision = Await(service.RevokeRoleAsync(Units[command.Unit], actor, (UnitRole)command.Role, from, Admin));
                    decision.IsAccepted.ShouldBe(expected, decision.Reason);
                    if (expected)
                    {
                        terms[^1].Until = from;
                    }

                    break;
                }
            }
        }

        var live = Await(service.GetViewAsync());
        live.Grants.Select(g => (g.Id, g.Status)).ShouldBe(model.Grants.Select(g => (g.Id, g.Status)), ignoreOrder: true);

        // The property: no day above the cap of distinct persons …
        for (var day = Origin.PlusDays(-10); day <= Origin.PlusDays(LedgerCommandArbitraries.DayRange + 80); day = day.PlusDays(1))
        {
            for (var unit = 0; unit < Units.Length; unit++)
            {
                var persons = live.WhoHeld(Units[unit], day).Persons.Count;
                persons.ShouldBe(model.PersonsOn(unit, day), $"{Units[unit]} on {day}");
                persons.ShouldBeLessThanOrEqualTo(ModelCap(scenario.ScaledCaps, unit, day) ?? 0, $"{Units[unit]} on {day}");
            }
        }

        // … and every grant ordered by a line manager, decided by a special approver of its unit, never by its own grantee or requester.
        foreach (var grant in live.Grants)
        {
            (live.HoldsRole(grant.RequestedBy, UnitRole.LineManager, grant.Unit, grant.RequestedOn)
                || live.HoldsRole(grant.RequestedBy, UnitRole.LineManager, OrgUnit.HeadOffice, grant.RequestedOn)).ShouldBeTrue(grant.Id.ToString());
            if (grant.DecidedBy is { } decider)
            {
                live.HoldsRole(decider, UnitRole.SpecialApprover, grant.Unit, grant.DecidedOn!.Value).ShouldBeTrue(grant.Id.ToString());
                decider.ShouldNotBe(grant.Grantee);
                decider.ShouldNotBe(grant.RequestedBy);
            }
        }

        var replayed = Await(GrantService.ReplayAsync(store, service.Policy, Scenario.Key));
        Scenario.Describe(replayed).ShouldBe(Scenario.Describe(live));
        replayed.Roles.Count.ShouldBe(live.Roles.Count);
        var verification = Await(service.VerifyAsync());
        verification.IsValid.ShouldBeTrue(string.Join("; ", verification.Problems));
        return true;
    }

    private static T Await<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private sealed class Term(LocalDate from)
    {
        public LocalDate From { get; } = from;

        public LocalDate? Until { get; set; }
    }

    /// <summary>The naive model: lists of grants and role terms, every question answered day by day.</summary>
    private sealed class Model(bool scaled)
    {
        private readonly Dictionary<(int Unit, PrincipalId Person, int Role), List<Term>> _terms = [];

        public List<ModelGrant> Grants { get; } = [];

        public List<Term> Terms(int unit, PrincipalId person, int role)
        {
            if (!_terms.TryGetValue((unit, person, role), out var terms))
            {
                terms = [];
                _terms.Add((unit, person, role), terms);
            }

            return terms;
        }

        public bool Holds(int unit, PrincipalId person, int role, LocalDate day) =>
            Terms(unit, person, role).Any(t => day >= t.From && (t.Until is null || day < t.Until));

        public int PersonsOn(int unit, LocalDate day) =>
            Grants.Where(g => g.Unit == unit && g.IsActiveOn(day)).Select(g => g.Grantee).Distinct().Count();

        /// <summary>Every day of the period has a cap and room for the grantee (who counts once).</summary>
        public bool CapAllows(ModelGrant candidate)
        {
            for (var day = candidate.From; day <= candidate.To; day = day.PlusDays(1))
            {
                var cap = ModelCap(scaled, candidate.Unit, day);
                var persons = Grants.Where(g => g.Unit == candidate.Unit && g.IsActiveOn(day)).Select(g => g.Grantee).ToHashSet();
                if (cap is null || persons.Count > cap || persons.Append(candidate.Grantee).Distinct().Count() > cap)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The last date the person acted in a way the role allows: line managers order (a
        /// head-office line manager in any unit), special approvers decide, both revoke.
        /// </summary>
        public LocalDate? LastUse(int unit, PrincipalId person, int role)
        {
            var anyUnit = unit == HeadOffice && role == 0;
            var dates = Grants.Where(g => anyUnit || g.Unit == unit).SelectMany(g =>
            {
                var list = new List<LocalDate>();
                if (role == 0 && g.RequestedBy == person)
                {
                    list.Add(g.RequestedOn);
                }

                if (role == 1 && g.DecidedBy == person)
                {
                    list.Add(g.DecidedOn!.Value);
                }

                if (g.RevokedBy == person)
                {
                    list.Add(g.RevokedOn!.Value);
                }

                return list;
            }).ToList();
            return dates.Count == 0 ? null : dates.Max();
        }
    }

    private sealed class ModelGrant(GrantId id, int unit, PrincipalId grantee, PrincipalId requestedBy, LocalDate requestedOn, LocalDate from, LocalDate to)
    {
        public GrantId Id { get; } = id;

        public int Unit { get; } = unit;

        public PrincipalId Grantee { get; } = grantee;

        public PrincipalId RequestedBy { get; } = requestedBy;

        public LocalDate RequestedOn { get; } = requestedOn;

        public LocalDate From { get; } = from;

        public LocalDate To { get; } = to;

        public GrantStatus Status { get; set; } = GrantStatus.Pending;

        public PrincipalId? DecidedBy { get; set; }

        public LocalDate? DecidedOn { get; set; }

        public PrincipalId? RevokedBy { get; set; }

        public LocalDate? RevokedOn { get; set; }

        public bool IsActiveOn(LocalDate day) =>
            Status is GrantStatus.Approved or GrantStatus.Revoked or GrantStatus.Expired
            && day >= From && day <= To && (RevokedOn is null || day < RevokedOn);
    }
}
