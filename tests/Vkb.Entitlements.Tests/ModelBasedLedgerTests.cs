using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Arbitraries;
using Vkb.Entitlements.Tests.Support;

namespace Vkb.Entitlements.Tests;

/// <summary>
/// Runs random histories of requests, approvals, rejections, revocations and expiries against the
/// service and against a deliberately naive model that checks every single day. Decisions must
/// agree; at every date the active grants per unit stay within the cap in force; replaying the
/// ledger equals the live state.
/// </summary>
public class ModelBasedLedgerTests
{
    private static readonly LocalDate Origin = new(2024, 10, 1);
    private static readonly LocalDate OldEnd = new(2024, 12, 31);
    private static readonly LocalDate NewStart = new(2025, 3, 5);
    private static readonly OrgUnit[] Units = [OrgUnit.Parse("NRW"), OrgUnit.Parse("BY"), OrgUnit.HeadOffice];
    private static readonly PrincipalId Manager = PrincipalId.Create("mgr");
    private static readonly PrincipalId Approver = PrincipalId.Create("approver");
    private static readonly PrincipalId System = PrincipalId.Create("system");

    [Property(MaxTest = 150)]
    [Trait("Rule", "E2")]
    [Trait("Rule", "E3")]
    [Trait("Rule", "E4")]
    [Trait("Rule", "E5")]
    public Property RandomHistory_AgreesWithNaiveModel_CapHoldsEveryDay_ReplayEqualsLive() =>
        Prop.ForAll(LedgerCommandArbitraries.Scenario(), scenario => Run(scenario));

    private static int? ModelCap(bool scaled, int unit, LocalDate day)
    {
        var headOffice = unit == 2;
        if (day >= new LocalDate(2022, 2, 21) && day <= OldEnd)
        {
            return headOffice ? (scaled ? 1 : 2) : (scaled ? 2 : 6);
        }

        return day >= NewStart ? (headOffice ? (scaled ? 1 : 2) : (scaled ? 4 : 12)) : null;
    }

    private static EntitlementPolicy PolicyFor(bool scaled)
    {
        var options = new EntitlementsOptions { HeadOfficeCap = scaled ? 1 : 2 };
        if (scaled)
        {
            options.Directives.Clear();
            options.Directives.Add(Directive.Create("202202014", "scaled", new LocalDate(2022, 2, 21), OldEnd, 2));
            options.Directives.Add(Directive.Create("202503002", "scaled", NewStart, null, 4));
        }

        return EntitlementPolicy.Create(options);
    }

    private static bool Run(LedgerScenario scenario)
    {
        var store = new InMemoryGrantStore();
        var service = new GrantService(store, PolicyFor(scenario.ScaledCaps), FixedClock.Default);
        var model = new List<ModelGrant>();

        foreach (var command in scenario.Commands)
        {
            var from = Origin.PlusDays(command.StartDay);
            switch (command.Kind)
            {
                case CommandKind.Request:
                {
                    var grantee = command.BreaksSeparation ? Manager : Scenario.Staff(command.Person);
                    var to = from.PlusDays(command.Length - 1);
                    var decision = Await(service.RequestAsync(new GrantRequest(grantee, Units[command.Unit], from, to, Manager, from.PlusDays(-30))));
                    decision.IsAccepted.ShouldBe(!command.BreaksSeparation, decision.Reason);
                    if (decision.IsAccepted)
                    {
                        model.Add(new ModelGrant(decision.GrantId!, command.Unit, grantee, from, to));
                    }

                    break;
                }

                case CommandKind.Approve or CommandKind.Reject when model.Count > 0:
                {
                    var grant = model[command.Target % model.Count];
                    var approver = command.BreaksSeparation ? grant.Grantee : Approver;
                    var on = grant.From.PlusDays(-5);
                    var expected = grant.Status == GrantStatus.Pending && !command.BreaksSeparation
                        && (command.Kind == CommandKind.Reject || ModelAllows(scenario.ScaledCaps, model, grant));
                    var decision = command.Kind == CommandKind.Approve
                        ? Await(service.ApproveAsync(grant.Id, approver, on))
                        : Await(service.RejectAsync(grant.Id, approver, on, "not needed"));
                    decision.IsAccepted.ShouldBe(expected, decision.Reason);
                    if (expected)
                    {
                        grant.Status = command.Kind == CommandKind.Approve ? GrantStatus.Approved : GrantStatus.Rejected;
                    }

                    break;
                }

                case CommandKind.Revoke when model.Count > 0:
                {
                    var grant = model[command.Target % model.Count];
                    var on = grant.From.PlusDays(command.Offset);
                    var decision = Await(service.RevokeAsync(grant.Id, Approver, on, "left"));
                    decision.IsAccepted.ShouldBe(grant.Status == GrantStatus.Approved, decision.Reason);
                    if (decision.IsAccepted)
                    {
                        grant.Status = GrantStatus.Revoked;
                        grant.RevokedOn = on;
                    }

                    break;
                }

                case CommandKind.Expire:
                {
                    var expiring = model.Where(g => g.Status == GrantStatus.Approved && g.To < from).ToList();
                    var decisions = Await(service.ExpireAsync(System, from));
                    decisions.Count(d => d.IsAccepted).ShouldBe(expiring.Count);
                    expiring.ForEach(g => g.Status = GrantStatus.Expired);
                    break;
                }
            }
        }

        var live = Await(service.GetViewAsync());
        live.Grants.Select(g => (g.Id, g.Status)).ShouldBe(model.Select(g => (g.Id, g.Status)), ignoreOrder: true);
        for (var day = Origin.PlusDays(-10); day <= Origin.PlusDays(LedgerCommandArbitraries.DayRange + 80); day = day.PlusDays(1))
        {
            for (var unit = 0; unit < Units.Length; unit++)
            {
                var held = live.WhoHeld(Units[unit], day).Holders.Count;
                held.ShouldBeLessThanOrEqualTo(ModelCap(scenario.ScaledCaps, unit, day) ?? 0, $"{Units[unit]} on {day}");
            }
        }

        var replayed = Await(GrantService.ReplayAsync(store, service.Policy));
        Scenario.Describe(replayed).ShouldBe(Scenario.Describe(live));
        Await(service.VerifyAsync()).IsValid.ShouldBeTrue();
        return true;
    }

    /// <summary>The naive rule, day by day: every day of the period has a cap and room for one more.</summary>
    private static bool ModelAllows(bool scaled, List<ModelGrant> model, ModelGrant candidate)
    {
        for (var day = candidate.From; day <= candidate.To; day = day.PlusDays(1))
        {
            var cap = ModelCap(scaled, candidate.Unit, day);
            var active = model.Count(g => g.Unit == candidate.Unit && g.IsActiveOn(day));
            if (cap is null || active + 1 > cap)
            {
                return false;
            }
        }

        return true;
    }

    private static T Await<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private sealed class ModelGrant(GrantId id, int unit, PrincipalId grantee, LocalDate from, LocalDate to)
    {
        public GrantId Id { get; } = id;

        public int Unit { get; } = unit;

        public PrincipalId Grantee { get; } = grantee;

        public LocalDate From { get; } = from;

        public LocalDate To { get; } = to;

        public GrantStatus Status { get; set; } = GrantStatus.Pending;

        public LocalDate? RevokedOn { get; set; }

        public bool IsActiveOn(LocalDate day) =>
            Status is GrantStatus.Approved or GrantStatus.Revoked or GrantStatus.Expired
            && day >= From && day <= To && (RevokedOn is null || day < RevokedOn);
    }
}
