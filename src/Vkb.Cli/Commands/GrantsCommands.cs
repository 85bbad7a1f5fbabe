using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Vkb.Entitlements;
using Vkb.Entitlements.Sqlite;

namespace Vkb.Cli.Commands;

/// <summary>
/// <c>vkb grants …</c>: request, approve, reject and revoke grants in a SQLite ledger file, list
/// them, ask who held the permission on a date, and verify the hash chain.
/// </summary>
internal static class GrantsCommands
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Command Create(CliContext context)
    {
        var grants = new Command("grants", CliOptions.WithExample(
            "Capped, time-bound grants of the review permission (procedure profile and data space) in a tamper-evident SQLite ledger. " +
            "At most 6 holders per RD under Weisung 202202014 (2022-02-21 to 2024-12-31), 12 under Weisung 202503002 (from 2025-03-05); " +
            "none between (no directive in force) unless --carry-over is given; head office only with --head-office-cap. " +
            "Requester, approver and grantee must be three different people. Exit code 1 on a refusal, with the reason.",
            "vkb grants request --db grants.db --grantee u123 --unit NRW --from 2025-06-01 --to 2025-06-30 --requested-by m7 --on 2025-05-20",
            "vkb grants approve --db grants.db --request NRW-1 --approver a9 --on 2025-05-21"));
        grants.Subcommands.Add(Request(context));
        grants.Subcommands.Add(Approve(context));
        grants.Subcommands.Add(Reject(context));
        grants.Subcommands.Add(Revoke(context));
        grants.Subcommands.Add(List(context));
        grants.Subcommands.Add(Who(context));
        grants.Subcommands.Add(Verify(context));
        return grants;
    }

    private static Command Request(CliContext context)
    {
        var shared = new SharedOptions(mustExist: false);
        var grantee = Required("--grantee", "Opaque id of the person to hold the permission (no names).");
        var unit = Required("--unit", "RD code (NRW, NSB, NORD, BB, SAT, SAC, HRS, RPS, BW, BY) or HO for head office.");
        var from = Required("--from", "First day of the period, yyyy-MM-dd.");
        var to = Required("--to", "Last day of the period (inclusive), yyyy-MM-dd.");
        var requestedBy = Required("--requested-by", "Id of the line manager ordering the permission; not the grantee.");
        var on = Required("--on", "Date of the request, yyyy-MM-dd.");
        var profile = new Option<string>("--profile") { Description = "Procedure profile.", DefaultValueFactory = _ => GrantRequest.DefaultProcedureProfile };
        var dataSpace = new Option<string>("--data-space") { Description = "Data space.", DefaultValueFactory = _ => GrantRequest.DefaultDataSpace };
        var command = new Command("request", CliOptions.WithExample(
            "Records a manager's request for a grant; prints the grant id (UNIT-NUMBER) that approve, reject and revoke take. Creates the ledger file if needed.",
            "vkb grants request --db grants.db --grantee u123 --unit NRW --from 2025-06-01 --to 2025-06-30 --requested-by m7 --on 2025-05-20"));
        shared.AddTo(command);
        foreach (var option in new Option[] { grantee, unit, from, to, requestedBy, on, profile, dataSpace })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = new GrantRequest(
                Principal(parseResult, grantee), Unit(parseResult, unit), Date(parseResult, from), Date(parseResult, to),
                Principal(parseResult, requestedBy), Date(parseResult, on))
            {
                ProcedureProfile = parseResult.GetValue(profile)!,
                DataSpace = parseResult.GetValue(dataSpace)!,
            };
            using var store = shared.OpenStore(parseResult);
            var decision = await shared.Service(parseResult, store, context).RequestAsync(request, cancellationToken);
            return await WriteDecisionAsync(context, shared.IsJson(parseResult), "request", decision);
        });
        return command;
    }

    private static Command Approve(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var request = Required("--request", "The grant id printed by 'grants request', e.g. NRW-1.");
        var approver = Required("--approver", "Id of the special approver; neither requester nor grantee.");
        var on = Required("--on", "Date of the approval, yyyy-MM-dd.");
        var command = new Command("approve", CliOptions.WithExample(
            "Approves a requested grant if, on every date of its period, the unit stays within the cap of the directive in force on that date. " +
            "The check and the ledger append are one atomic step, also with several processes on one file.",
            "vkb grants approve --db grants.db --request NRW-1 --approver a9 --on 2025-05-21",
            "vkb grants approve --db grants.db --request HO-1 --approver a9 --on 2025-05-21 --head-office-cap 8"));
        shared.AddTo(command);
        command.Options.Add(request);
        command.Options.Add(approver);
        command.Options.Add(on);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var store = shared.OpenStore(parseResult);
            var decision = await shared.Service(parseResult, store, context)
                .ApproveAsync(Grant(parseResult, request), Principal(parseResult, approver), Date(parseResult, on), cancellationToken);
            return await WriteDecisionAsync(context, shared.IsJson(parseResult), "approve", decision);
        });
        return command;
    }

    private static Command Reject(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var request = Required("--request", "The grant id, e.g. NRW-1.");
        var approver = Required("--approver", "Id of the special approver; neither requester nor grantee.");
        var on = Required("--on", "Date of the rejection, yyyy-MM-dd.");
        var reason = Required("--reason", "Why the request is rejected (no personal data).");
        var command = new Command("reject", CliOptions.WithExample(
            "Rejects a requested grant; a rejected grant can no longer be approved.",
            "vkb grants reject --db grants.db --request NRW-2 --approver a9 --on 2025-05-21 --reason \"not in the assessment phase\""));
        shared.AddTo(command);
        foreach (var option in new Option[] { request, approver, on, reason })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var store = shared.OpenStore(parseResult);
            var decision = await shared.Service(parseResult, store, context).RejectAsync(
                Grant(parseResult, request), Principal(parseResult, approver), Date(parseResult, on), parseResult.GetValue(reason)!, cancellationToken);
            return await WriteDecisionAsync(context, shared.IsJson(parseResult), "reject", decision);
        });
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var grant = Required("--grant", "The grant id, e.g. NRW-1.");
        var by = Required("--by", "Id of the person revoking it.");
        var on = Required("--on", "First date without the permission, yyyy-MM-dd.");
        var reason = Required("--reason", "Why it is revoked (no personal data).");
        var command = new Command("revoke", CliOptions.WithExample(
            "Revokes an approved grant from a date on; the seat is free again from that date.",
            "vkb grants revoke --db grants.db --grant NRW-1 --by a9 --on 2025-06-15 --reason \"left the team\""));
        shared.AddTo(command);
        foreach (var option in new Option[] { grant, by, on, reason })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var store = shared.OpenStore(parseResult);
            var decision = await shared.Service(parseResult, store, context).RevokeAsync(
                Grant(parseResult, grant), Principal(parseResult, by), Date(parseResult, on), parseResult.GetValue(reason)!, cancellationToken);
            return await WriteDecisionAsync(context, shared.IsJson(parseResult), "revoke", decision);
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var unit = new Option<string?>("--unit") { Description = "Only this unit (RD code or HO)." };
        var command = new Command("list", CliOptions.WithExample(
            "Lists every grant of the ledger with its status, period, requester and approver.",
            "vkb grants list --db grants.db",
            "vkb grants list --db grants.db --unit NRW --json"));
        shared.AddTo(command);
        command.Options.Add(unit);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var store = shared.OpenStore(parseResult);
            var view = await shared.Service(parseResult, store, context).GetViewAsync(cancellationToken);
            var only = parseResult.GetValue(unit) is { } code ? ParseUnit(code, "--unit") : null;
            var selected = view.Grants.Where(g => only is null || g.Unit == only).ToList();
            if (shared.IsJson(parseResult))
            {
                await WriteJsonAsync(context, selected.Select(GrantJson));
            }
            else
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{selected.Count} grant(s)"));
                foreach (var g in selected)
                {
                    var decided = g.DecidedBy is null ? string.Empty : $", decided by {g.DecidedBy} on {Iso(g.DecidedOn!.Value)}";
                    var under = g.DirectiveIds is { Length: > 0 } d ? $" under {d}" : string.Empty;
                    var revoked = g.RevokedOn is { } r ? $", revoked from {Iso(r)}" : string.Empty;
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{g.Id,-8} {g.Status,-8} {g.Grantee,-16} {Iso(g.Period.Start)}..{Iso(g.Period.End)} requested by {g.RequestedBy}{decided}{under}{revoked}"));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Who(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var unit = Required("--unit", "RD code or HO.");
        var date = Required("--date", "The date, yyyy-MM-dd.");
        var command = new Command("who", CliOptions.WithExample(
            "Replays the ledger and answers who held the permission in a unit on a date, and under which directive and cap.",
            "vkb grants who --db grants.db --unit NRW --date 2025-06-15"));
        shared.AddTo(command);
        command.Options.Add(unit);
        command.Options.Add(date);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var store = shared.OpenStore(parseResult);
            var view = await GrantService.ReplayAsync(store, shared.Policy(parseResult), cancellationToken);
            var holding = view.WhoHeld(Unit(parseResult, unit), Date(parseResult, date));
            if (shared.IsJson(parseResult))
            {
                await WriteJsonAsync(context, new
                {
                    unit = holding.Unit.Code,
                    date = Iso(holding.Date),
                    directive = holding.Directive?.Id,
                    cap = holding.Cap,
                    holders = holding.Holders.Select(GrantJson),
                });
            }
            else
            {
                var directive = holding.Directive is { } d ? $"directive {d.Id}" : "no directive in force";
                var cap = holding.Cap is { } c ? $"cap {c}" : "no cap";
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{holding.Unit.Code} on {Iso(holding.Date)}: {directive}, {cap}, {holding.Holders.Count} holder(s)"));
                foreach (var g in holding.Holders)
                {
                    await context.Out.WriteLineAsync($"  {g.Grantee} ({g.Id}, {Iso(g.Period.Start)}..{Iso(g.Period.End)})");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var command = new Command("verify", CliOptions.WithExample(
            "Verifies the hash chain of every unit: any changed, inserted or removed event is reported by unit and sequence number. " +
            "Prints each chain head; keep them elsewhere (the --json output) and pass them back with --anchors to detect a chain that was " +
            "truncated or rewritten since. Exit code 1 if anything is wrong.",
            "vkb grants verify --db grants.db --json > heads-2025-05.json",
            "vkb grants verify --db grants.db --anchors heads-2025-05.json"));
        shared.AddTo(command);
        var anchors = CliOptions.OptionalFile("--anchors",
            "Heads recorded earlier: a file with the JSON that 'vkb grants verify --json' printed. " +
            "A chain that no longer contains its anchored head (cut off or rewritten) is reported.");
        command.Options.Add(anchors);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var anchored = parseResult.GetValue(anchors) is { } anchorFile ? ReadAnchors(anchorFile) : null;
            using var store = shared.OpenStore(parseResult);
            var result = await shared.Service(parseResult, store, context).VerifyAsync(anchored, cancellationToken);
            if (shared.IsJson(parseResult))
            {
                await WriteJsonAsync(context, new
                {
                    valid = result.IsValid,
                    events = result.EventCount,
                    heads = result.Heads.Select(h => new { unit = h.UnitCode, version = h.Version, hash = h.Hash }),
                    problems = result.Problems.Select(p => new { unit = p.UnitCode, sequence = p.Sequence, kind = p.Kind.ToString(), message = p.Message }),
                });
            }
            else
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{(result.IsValid ? "ledger verified" : "LEDGER TAMPERED")}: {result.EventCount} event(s), {result.Problems.Count} problem(s)"));
                foreach (var head in result.Heads)
                {
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  head {head.UnitCode} #{head.Version} {head.Hash}"));
                }

                foreach (var problem in result.Problems)
                {
                    await context.Out.WriteLineAsync($"  {problem.Kind}: {problem.Message}");
                }
            }

            return result.IsValid ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>Reads the <c>heads</c> of a <c>verify --json</c> output; errors name the JSON path, never a value.</summary>
    private static List<ChainHead> ReadAnchors(FileInfo file)
    {
        CliOptions.MustExist(file, "--anchors");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(file.FullName));
        }
        catch (JsonException ex)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture,
                $"--anchors: '{file.FullName}' is not JSON (line {(ex.LineNumber ?? 0) + 1}); expected the output of 'vkb grants verify --json'."), ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("heads", out var heads) || heads.ValueKind != JsonValueKind.Array)
            {
                throw new CliException("--anchors: $.heads: expected an array of heads, as 'vkb grants verify --json' prints it.");
            }

            var result = new List<ChainHead>();
            var index = 0;
            foreach (var head in heads.EnumerateArray())
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"$.heads[{index++}]");
                if (head.ValueKind != JsonValueKind.Object
                    || !head.TryGetProperty("unit", out var unit) || unit.ValueKind != JsonValueKind.String
                    || !head.TryGetProperty("version", out var version) || !version.TryGetInt64(out var sequence) || sequence < 1
                    || !head.TryGetProperty("hash", out var hash) || hash.ValueKind != JsonValueKind.String)
                {
                    throw new CliException($"--anchors: {path}: expected {{ \"unit\": string, \"version\": positive integer, \"hash\": string }}.");
                }

                var unitCode = ParseUnit(unit.GetString(), $"--anchors: {path}.unit").Code;
                result.Add(new ChainHead(unitCode, sequence, hash.GetString()!));
            }

            return result;
        }
    }

    private static async Task<int> WriteDecisionAsync(CliContext context, bool json, string operation, GrantDecision decision)
    {
        if (json)
        {
            await WriteJsonAsync(context, new
            {
                operation,
                accepted = decision.IsAccepted,
                code = decision.Code.ToString(),
                grant = decision.GrantId?.ToString(),
                reason = decision.Reason,
                directives = decision.DirectiveIds,
                date = decision.Date is { } d ? Iso(d) : null,
                sequence = decision.Sequence,
            });
        }
        else if (decision.IsAccepted)
        {
            await context.Out.WriteLineAsync($"{operation} accepted: {decision.GrantId} — {decision.Reason}");
        }
        else
        {
            await context.Out.WriteLineAsync($"{operation} refused ({decision.Code}){(decision.GrantId is { } id ? $" for {id}" : string.Empty)}: {decision.Reason}");
        }

        return decision.IsAccepted ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static Task WriteJsonAsync(CliContext context, object value) =>
        context.Out.WriteLineAsync(JsonSerializer.Serialize(value, Json));

    private static object GrantJson(Grant g) => new
    {
        id = g.Id.ToString(),
        unit = g.Unit.Code,
        status = g.Status.ToString(),
        grantee = g.Grantee.Value,
        from = Iso(g.Period.Start),
        to = Iso(g.Period.End),
        requestedBy = g.RequestedBy.Value,
        requestedOn = Iso(g.RequestedOn),
        decidedBy = g.DecidedBy?.Value,
        decidedOn = g.DecidedOn is { } d ? Iso(d) : null,
        directives = g.DirectiveIds,
        revokedOn = g.RevokedOn is { } r ? Iso(r) : null,
        profile = g.ProcedureProfile,
        dataSpace = g.DataSpace,
    };

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static Option<string> Required(string name, string description) => new(name) { Description = description, Required = true };

    private static LocalDate Date(ParseResult parseResult, Option<string> option)
    {
        var parsed = LocalDatePattern.Iso.Parse(parseResult.GetValue(option) ?? string.Empty);
        return parsed.Success ? parsed.Value : throw new CliException($"{option.Name}: expected a date yyyy-MM-dd, e.g. 2025-06-01.");
    }

    private static PrincipalId Principal(ParseResult parseResult, Option<string> option) =>
        PrincipalId.TryCreate(parseResult.GetValue(option), out var principal)
            ? principal
            : throw new CliException($"{option.Name}: expected an id of 1 to {PrincipalId.MaxLength} printable characters without spaces.");

    private static OrgUnit Unit(ParseResult parseResult, Option<string> option) => ParseUnit(parseResult.GetValue(option), option.Name);

    private static OrgUnit ParseUnit(string? code, string name) =>
        OrgUnit.TryParse(code, out var unit) ? unit : throw new CliException($"{name}: expected an RD code such as NRW, or HO.");

    private static GrantId Grant(ParseResult parseResult, Option<string> option) =>
        GrantId.TryParse(parseResult.GetValue(option), out var id) ? id : throw new CliException($"{option.Name}: expected a grant id such as NRW-1.");

    /// <summary>The options every grants command takes: the ledger file, output format and policy settings.</summary>
    private sealed class SharedOptions(bool mustExist)
    {
        private readonly Option<FileInfo> _db = CliOptions.RequiredFile("--db", mustExist
            ? "The SQLite ledger file."
            : "The SQLite ledger file; created if it does not exist.");

        private readonly Option<bool> _json = new("--json") { Description = "Write JSON instead of text." };

        private readonly Option<int?> _headOfficeCap = new("--head-office-cap")
        {
            Description = "The head-office cap (the directives state none); without it head-office grants are refused.",
        };

        private readonly Option<string?> _carryOver = new("--carry-over")
        {
            Description = "Id of a directive whose cap stays in force in the gap after it (e.g. 202202014 for 2025-01-01..2025-03-04).",
        };

        public void AddTo(Command command)
        {
            command.Options.Add(_db);
            command.Options.Add(_json);
            command.Options.Add(_headOfficeCap);
            command.Options.Add(_carryOver);
        }

        public bool IsJson(ParseResult parseResult) => parseResult.GetValue(_json);

        public SqliteGrantStore OpenStore(ParseResult parseResult)
        {
            var file = parseResult.GetValue(_db)!;
            if (mustExist)
            {
                CliOptions.MustExist(file, "--db");
            }

            try
            {
                return SqliteGrantStore.Open(file.FullName);
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or NotSupportedException)
            {
                throw new CliException($"--db: '{file.FullName}' is not a grants ledger this version can open: {ex.Message}", ex);
            }
        }

        public EntitlementPolicy Policy(ParseResult parseResult)
        {
            var options = new EntitlementsOptions
            {
                HeadOfficeCap = parseResult.GetValue(_headOfficeCap),
                CarryOverDirectiveId = parseResult.GetValue(_carryOver),
            };
            var problems = EntitlementPolicy.Validate(options);
            return problems.Count == 0 ? EntitlementPolicy.Create(options) : throw new CliException(string.Join(" ", problems));
        }

        public GrantService Service(ParseResult parseResult, IGrantStore store, CliContext context) =>
            new(store, Policy(parseResult), context.Clock);
    }
}
