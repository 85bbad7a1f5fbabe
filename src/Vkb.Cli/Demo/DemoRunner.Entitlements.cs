using Vkb.Entitlements;

namespace Vkb.Cli.Demo;

internal sealed partial class DemoRunner
{
    /// <summary>Holders per unit in the middle of the month, by the directive in force then, and the refusals.</summary>
    private async Task<EntitlementSummary> EntitlementsAsync(
        GrantService grants, AccessState access, List<RefusalRow> refusals, long ledgerEvents, bool ledgerVerified, CancellationToken cancellationToken)
    {
        var view = await grants.GetViewAsync(cancellationToken);
        var date = _month.OnDayOfMonth(15);
        var rows = new List<EntitlementUnitRow>();
        foreach (var code in access.ReviewersByUnit.Keys.Order(StringComparer.Ordinal))
        {
            var holding = view.WhoHeld(OrgUnit.Parse(code), date);
            rows.Add(new EntitlementUnitRow(
                code == OrgUnit.HeadOfficeCode ? "Zentrale" : code,
                holding.Directive?.Id ?? "keine Weisung in Kraft",
                holding.Cap ?? 0,
                holding.Holders.Count));
        }

        var withinCap = rows.TrueForAll(r => r.Holders <= r.Cap);
        Check("Höchstzahl je Einheit eingehalten (E2, E3)", withinCap,
            string.Join(", ", rows.Select(r => $"{r.Unit}: {r.Holders}/{r.Cap}")));
        return new EntitlementSummary(rows, refusals, access.Allowed, access.Denied, access.DenialReasons, ledgerEvents, ledgerVerified);
    }
}
