using System.Security.Cryptography;
using NodaTime;
using Vkb.Cli.Commands;
using Vkb.Entitlements;

namespace Vkb.Cli.Demo;

internal sealed partial class DemoRunner
{
    /// <summary>The administrator who records the demo's roles table.</summary>
    private static readonly PrincipalId RolesAdministrator = PrincipalId.Create("servicehaus-rollenverwaltung");

    /// <summary>The demo's ledger key; disposed (zeroed) after the last use of the ledger in <see cref="EntitlementsAsync"/>.</summary>
    private LedgerKey? _ledgerKey;

    /// <summary>The line manager of a unit in the demo's roles table (orders its grants).</summary>
    private static PrincipalId LineManagerOf(OrgUnit unit) => PrincipalId.Create($"{UnitName(unit)}-fuehrungskraft");

    /// <summary>The special approver of a unit in the demo's roles table (approves its grants, enforces the cap).</summary>
    private static PrincipalId SpecialApproverOf(OrgUnit unit) => PrincipalId.Create($"{UnitName(unit)}-sondergenehmiger");

    private static string UnitName(OrgUnit unit) => unit.IsHeadOffice ? "zentrale" : unit.Code.ToLowerInvariant();

    /// <summary>
    /// Makes the ledger key (<c>entitlements/ledger.key</c>, mode 0600: in production it lives
    /// apart from the ledger), writes the roles table (<c>entitlements/roles.json</c>: one line
    /// manager and one special approver per RD and for head office, E4), reads it back with the
    /// same strict reader as <c>vkb grants roles import</c> and records it in the ledger from the
    /// start of the year, so that every request and approval of the demo is checked against it.
    /// </summary>
    private LedgerKey CreateLedgerKey()
    {
        var path = PathOf("entitlements", "ledger.key");
        var bytes = new byte[LedgerKey.MinimumLength];
        RandomNumberGenerator.Fill(bytes);
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options))
            {
                writer.Write(Convert.ToBase64String(bytes));
            }

            _ledgerKey = LedgerKey.FromBytes(bytes);
            return _ledgerKey;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private async Task ImportDemoRolesAsync(GrantService service, IEnumerable<OrgUnit> units, LocalDate from, CancellationToken cancellationToken)
    {
        var table = units.SelectMany(u => new[]
        {
            new RoleEntry(u, UnitRole.LineManager, LineManagerOf(u)),
            new RoleEntry(u, UnitRole.SpecialApprover, SpecialApproverOf(u)),
        }).ToList();
        var path = PathOf("entitlements", "roles.json");
        AtomicFile.WriteText(path, RolesFile.ToJson(table));
        var read = RolesFile.Read(path, "roles.json");
        var (assigned, _, refused) = await GrantsCommands.ImportRolesAsync(service, read, from, RolesAdministrator, cancellationToken);
        Check("Rollentabelle im Journal (E4)", assigned == table.Count && refused.Count == 0,
            $"{assigned} Rollen: je Einheit eine Führungskraft und ein Sondergenehmiger, ab {from:yyyy-MM-dd}");
        Artefact(path, "Rollentabelle: Führungskräfte und Sondergenehmiger je Einheit (E4)");
    }

    /// <summary>
    /// Shows the approval rule at work: a line manager (of an RD) tries to approve a request of
    /// head office and is refused, because only a special approver of the unit approves (E4).
    /// </summary>
    private async Task<RefusalRow> RefusedApprovalByLineManagerAsync(GrantService service, GrantId pending, PrincipalId lineManager, LocalDate on, CancellationToken cancellationToken)
    {
        var decision = await service.ApproveAsync(pending, lineManager, on, cancellationToken);
        Check("Genehmigung durch Nicht-Sondergenehmiger abgelehnt (E4)", decision.Code == DecisionCode.NotSpecialApprover, decision.Reason);
        return new RefusalRow(pending.Unit.Code, pending.ToString(), decision.Reason, null);
    }

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
                holding.Persons.Count));
        }

        var withinCap = rows.TrueForAll(r => r.Holders <= r.Cap);
        Check("Höchstzahl je Einheit eingehalten, Personen gezählt (E2, E3)", withinCap,
            string.Join(", ", rows.Select(r => $"{r.Unit}: {r.Holders}/{r.Cap}")));
        var decided = view.Grants.Where(g => g.DecidedBy is not null).ToList();
        var byApprovers = decided.Count(g => view.HoldsRole(g.DecidedBy!, UnitRole.SpecialApprover, g.Unit, g.DecidedOn!.Value) && g.DecidedBy != g.Grantee);
        var byManagers = view.Grants.Count(g => view.HoldsRole(g.RequestedBy, UnitRole.LineManager, g.Unit, g.RequestedOn)
            || view.HoldsRole(g.RequestedBy, UnitRole.LineManager, OrgUnit.HeadOffice, g.RequestedOn));
        Check("Anträge nur durch Führungskräfte, Entscheidungen nur durch Sondergenehmiger der Einheit (E4)",
            byApprovers == decided.Count && byManagers == view.Grants.Count,
            $"{byManagers} von {view.Grants.Count} Anträgen, {byApprovers} von {decided.Count} Entscheidungen");
        _ledgerKey?.Dispose(); // the last use of the ledger in the run
        return new EntitlementSummary(rows, refusals, access.Allowed, access.Denied, access.DenialReasons, ledgerEvents, ledgerVerified);
    }
}
