using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Vkb.Entitlements;
using Vkb.Entitlements.Sqlite;

namespace Vkb.Cli.Commands;

/// <summary>
/// <c>vkb grants …</c>: keep the roles table, request, approve, reject and revoke grants in a
/// SQLite ledger file keyed with a ledger key kept elsewhere, list them, ask who held the
/// permission on a date, and verify the chain and every rule.
/// </summary>
internal static class GrantsCommands
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false, MaxDepth = 8 };

    /// <summary>The largest anchors file read (a verify --json output of a few hundred units fits easily).</summary>
    private const long MaximumAnchorBytes = 1 << 20;

    public static Command Create(CliContext context)
    {
        var grants = new Command("grants", CliOptions.WithExample(
            "Capped, time-bound grants of the review permission (procedure profile and data space) in a SQLite ledger whose chain is keyed " +
            "with a ledger key kept outside the database (--ledger-key, made by 'vkb keygen'). " +
            "At most 6 persons per RD under Weisung 202202014 (2022-02-21 to 2024-12-31), 12 under Weisung 202503002 (from 2025-03-05); " +
            "none between (no directive in force) unless --carry-over is given; head office only with --head-office-cap. " +
            "Requests need a line manager of the unit (or of head office), approvals a special approver of the unit (see 'grants roles'); " +
            "no one orders or approves their own grant. A period is at most 12 months and, with --phases, lies in one announced phase. " +
            "Exit code 1 on a refusal, with the reason; 2 on bad input.",
            "vkb grants roles import --db grants.db --ledger-key ledger.key --file roles.json --from 2025-01-01 --by admin-1",
            "vkb grants request --db grants.db --ledger-key ledger.key --grantee u123 --unit NRW --from 2025-06-01 --to 2025-06-30 --requested-by m7 --on 2025-05-20",
            "vkb grants approve --db grants.db --ledger-key ledger.key --request NRW-3 --approver a9 --on 2025-05-21"));
        grants.Subcommands.Add(Roles(context));
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
        var requestedBy = Required("--requested-by", "Id of a line manager of the unit (or of head office) ordering the permission; not the grantee.");
        var on = Required("--on", "Date of the request, yyyy-MM-dd.");
        var profile = new Option<string>("--profile") { Description = "Procedure profile.", DefaultValueFactory = _ => GrantRequest.DefaultProcedureProfile };
        var dataSpace = new Option<string>("--data-space") { Description = "Data space.", DefaultValueFactory = _ => GrantRequest.DefaultDataSpace };
        var phases = CliOptions.OptionalFile("--phases",
            "The phase announcement (phases.json, format vkb-phases/1): the period must lie within one announced phase (E5), otherwise exit 2.");
        var command = new Command("request", CliOptions.WithExample(
            "Records a line manager's request for a grant; prints the grant id (UNIT-NUMBER) that approve, reject and revoke take. " +
            "Creates the ledger file if needed. Refused (exit 1) when the requester is no line manager of the unit or of head office on the request date, " +
            "or the period is longer than --max-grant-months; a period outside every phase of --phases is refused with exit 2.",
            "vkb grants request --db grants.db --ledger-key ledger.key --grantee u123 --unit NRW --from 2025-06-01 --to 2025-06-30 --requested-by m7 --on 2025-05-20",
            "vkb grants request --db grants.db --ledger-key ledger.key --phases phases.json --grantee u123 --unit NRW --from 2025-06-01 --to 2025-06-30 --requested-by m7 --on 2025-05-20"));
        shared.AddTo(command);
        foreach (var option in new Option[] { grantee, unit, from, to, requestedBy, on, profile, dataSpace, phases })
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
            IReadOnlyList<GrantPhase> announced = [];
            if (parseResult.GetValue(phases) is { } phasesFile)
            {
                CliOptions.MustExist(phasesFile, "--phases");
                var announcement = Phases.PhaseAnnouncement.Read(phasesFile.FullName);
                announcement.RequirePeriod(request.From, request.To, "the grant period");
                announced = announcement.Phases.Select(p => GrantPhase.Create(p.Id, p.From, p.To)).ToList();
            }

            return await shared.RunAsync(parseResult, context, writable: true, announced, async service =>
                await WriteDecisionAsync(context, shared.IsJson(parseResult), "request", await service.RequestAsync(request, cancellationToken)));
        });
        return command;
    }

    private static Command Approve(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var request = Required("--request", "The grant id printed by 'grants request', e.g. NRW-1.");
        var approver = Required("--approver", "Id of a special approver of the grant's unit; neither requester nor grantee.");
        var on = Required("--on", "Date of the approval, yyyy-MM-dd.");
        var command = new Command("approve", CliOptions.WithExample(
            "Approves a requested grant if the approver is a special approver of the unit on that date, is neither requester nor grantee, " +
            "and on every date of the period the distinct persons holding a grant of the unit stay within the cap of the directive in force. " +
            "The check and the ledger append are one atomic step, also with several processes on one file. Exit 1 on a refusal.",
            "vkb grants approve --db grants.db --ledger-key ledger.key --request NRW-3 --approver a9 --on 2025-05-21",
            "vkb grants approve --db grants.db --ledger-key ledger.key --request HO-5 --approver a9 --on 2025-05-21 --head-office-cap 8"));
        shared.AddTo(command);
        command.Options.Add(request);
        command.Options.Add(approver);
        command.Options.Add(on);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (id, by, date) = (Grant(parseResult, request), Principal(parseResult, approver), Date(parseResult, on));
            return await shared.RunAsync(parseResult, context, writable: true, [], async service =>
                await WriteDecisionAsync(context, shared.IsJson(parseResult), "approve", await service.ApproveAsync(id, by, date, cancellationToken)));
        });
        return command;
    }

    private static Command Reject(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var request = Required("--request", "The grant id, e.g. NRW-1.");
        var approver = Required("--approver", "Id of a special approver of the grant's unit; neither requester nor grantee.");
        var on = Required("--on", "Date of the rejection, yyyy-MM-dd.");
        var reason = Required("--reason", "Why the request is rejected (no personal data).");
        var command = new Command("reject", CliOptions.WithExample(
            "Rejects a requested grant; a rejected grant can no longer be approved.",
            "vkb grants reject --db grants.db --ledger-key ledger.key --request NRW-4 --approver a9 --on 2025-05-21 --reason \"not in the assessment phase\""));
        shared.AddTo(command);
        foreach (var option in new Option[] { request, approver, on, reason })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (id, by, date) = (Grant(parseResult, request), Principal(parseResult, approver), Date(parseResult, on));
            return await shared.RunAsync(parseResult, context, writable: true, [], async service =>
                await WriteDecisionAsync(context, shared.IsJson(parseResult), "reject", await service.RejectAsync(id, by, date, parseResult.GetValue(reason)!, cancellationToken)));
        });
        return command;
    }

    private static Command Revoke(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var grant = Required("--grant", "The grant id, e.g. NRW-1.");
        var by = Required("--by", "Id of a line manager or special approver of the unit (or a head-office line manager) revoking it.");
        var on = Required("--on", "First date without the permission, yyyy-MM-dd.");
        var reason = Required("--reason", "Why it is revoked (no personal data).");
        var command = new Command("revoke", CliOptions.WithExample(
            "Revokes an approved grant from a date on; the seat is free again from that date.",
            "vkb grants revoke --db grants.db --ledger-key ledger.key --grant NRW-3 --by a9 --on 2025-06-15 --reason \"left the team\""));
        shared.AddTo(command);
        foreach (var option in new Option[] { grant, by, on, reason })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (id, who, date) = (Grant(parseResult, grant), Principal(parseResult, by), Date(parseResult, on));
            return await shared.RunAsync(parseResult, context, writable: true, [], async service =>
                await WriteDecisionAsync(context, shared.IsJson(parseResult), "revoke", await service.RevokeAsync(id, who, date, parseResult.GetValue(reason)!, cancellationToken)));
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var unit = new Option<string?>("--unit") { Description = "Only this unit (RD code or HO)." };
        var command = new Command("list", CliOptions.WithExample(
            "Lists every grant of the ledger with its status, period, requester and approver.",
            "vkb grants list --db grants.db --ledger-key ledger.key",
            "vkb grants list --db grants.db --ledger-key ledger.key --unit NRW --json"));
        shared.AddTo(command);
        command.Options.Add(unit);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var only = parseResult.GetValue(unit) is { } code ? ParseUnit(code, "--unit") : null;
            return await shared.RunAsync(parseResult, context, writable: false, [], async service =>
        {
            var view = await service.GetViewAsync(cancellationToken);
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
            "vkb grants who --db grants.db --ledger-key ledger.key --unit NRW --date 2025-06-15"));
        shared.AddTo(command);
        command.Options.Add(unit);
        command.Options.Add(date);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (whichUnit, day) = (Unit(parseResult, unit), Date(parseResult, date));
            return await shared.RunAsync(parseResult, context, writable: false, [], async service =>
        {
            var view = await service.GetViewAsync(cancellationToken);
            var holding = view.WhoHeld(whichUnit, day);
            if (shared.IsJson(parseResult))
            {
                await WriteJsonAsync(context, new
                {
                    unit = holding.Unit.Code,
                    date = Iso(holding.Date),
                    directive = holding.Directive?.Id,
                    cap = holding.Cap,
                    persons = holding.Persons.Count,
                    holders = holding.Holders.Select(GrantJson),
                });
            }
            else
            {
                var directive = holding.Directive is { } d ? $"directive {d.Id}" : "no directive in force";
                var cap = holding.Cap is { } c ? $"cap {c}" : "no cap";
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{holding.Unit.Code} on {Iso(holding.Date)}: {directive}, {cap}, {holding.Persons.Count} person(s) holding {holding.Holders.Count} grant(s)"));
                foreach (var g in holding.Holders)
                {
                    await context.Out.WriteLineAsync($"  {g.Grantee} ({g.Id}, {Iso(g.Period.Start)}..{Iso(g.Period.End)})");
                }
            }

            return ExitCodes.Success;
        });
        });
        return command;
    }

    private static Command Verify(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var command = new Command("verify", CliOptions.WithExample(
            "Verifies the ledger without writing to it: every event's keyed MAC and link (a changed, inserted or removed event is reported " +
            "by unit and sequence number), and every rule re-checked from the events: requesters are line managers, deciders special " +
            "approvers of the unit, no one approves their own grant, no day above the cap of distinct persons (pass the same " +
            "--head-office-cap and --carry-over the ledger was written under). A corrupt file, a foreign or empty database, a dropped " +
            "table or another ledger key is reported too. Prints each chain head; keep them elsewhere (the --json output) and pass them " +
            "back with --anchors to detect a chain that was truncated or rewritten since. Exit code 1 if anything is wrong.",
            "vkb grants verify --db grants.db --ledger-key ledger.key --json > heads-2025-05.json",
            "vkb grants verify --db grants.db --ledger-key ledger.key --anchors heads-2025-05.json"));
        shared.AddTo(command);
        var anchors = CliOptions.OptionalFile("--anchors",
            "Heads recorded earlier: a file with the JSON that 'vkb grants verify --json' printed. " +
            "A chain that no longer contains its anchored head (cut off or rewritten) is reported.");
        command.Options.Add(anchors);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var anchored = parseResult.GetValue(anchors) is { } anchorFile ? ReadAnchors(anchorFile) : null;
            using var key = shared.LoadKey(parseResult, context);
            var policy = shared.Policy(parseResult, []);
            var json = shared.IsJson(parseResult);
            LedgerVerification result;
            try
            {
                using var store = shared.OpenStore(parseResult, writable: false);
                result = await new GrantService(store, policy, context.Clock, key).VerifyAsync(anchored, cancellationToken);
            }
            catch (InvalidDataException ex)
            {
                // Corruption is a verification result (exit 1), not bad usage: the message says what, never a value.
                if (json)
                {
                    await WriteJsonAsync(context, new { valid = false, corrupt = true, events = 0, heads = Array.Empty<object>(), problems = new[] { new { kind = "Corrupt", message = $"--db '{shared.DatabasePath(parseResult)}': {ex.Message}" } } });
                }
                else
                {
                    await context.Out.WriteLineAsync($"LEDGER CORRUPT: --db '{shared.DatabasePath(parseResult)}': {ex.Message}");
                }

                return ExitCodes.Failure;
            }

            if (json)
            {
                await WriteJsonAsync(context, new
                {
                    valid = result.IsValid,
                    key = key.Fingerprint,
                    events = result.EventCount,
                    heads = result.Heads.Select(h => new { unit = h.UnitCode, version = h.Version, hash = h.Hash }),
                    problems = result.Problems.Select(p => new { unit = p.UnitCode, sequence = p.Sequence, kind = p.Kind.ToString(), message = p.Message }),
                });
            }
            else
            {
                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{(result.IsValid ? "ledger verified" : "LEDGER TAMPERED")}: {result.EventCount} event(s), {result.Problems.Count} problem(s), {key}"));
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

    private static Command Roles(CliContext context)
    {
        var roles = new Command("roles", CliOptions.WithExample(
            "The roles table per unit (E4): who is line manager (orders grants) and who is special approver (approves them and enforces the cap). " +
            "Each assignment and revocation is an event in the unit's keyed chain, with the date it takes effect, and is replayed like the grants.",
            "vkb grants roles assign --db grants.db --ledger-key ledger.key --unit NRW --person a9 --role special-approver --from 2025-01-01 --by admin-1",
            "vkb grants roles list --db grants.db --ledger-key ledger.key --date 2025-06-01"));
        roles.Subcommands.Add(RoleChange(context, assign: true));
        roles.Subcommands.Add(RoleChange(context, assign: false));
        roles.Subcommands.Add(RolesList(context));
        roles.Subcommands.Add(RolesImport(context));
        return roles;
    }

    private static Command RoleChange(CliContext context, bool assign)
    {
        var shared = new SharedOptions(mustExist: !assign);
        var unit = Required("--unit", "RD code or HO.");
        var person = Required("--person", "Opaque id of the person (no names).");
        var role = Required("--role", "line-manager or special-approver.");
        var date = Required(assign ? "--from" : "--on", assign ? "First date the role is held, yyyy-MM-dd." : "First date the role is no longer held, yyyy-MM-dd.");
        var by = Required("--by", "Id of the administrator recording the change.");
        var command = assign
            ? new Command("assign", CliOptions.WithExample(
                "Gives a person a role in a unit from a date on. Refused (exit 1) if the person already holds it then. Creates the ledger file if needed.",
                "vkb grants roles assign --db grants.db --ledger-key ledger.key --unit NRW --person m7 --role line-manager --from 2025-01-01 --by admin-1"))
            : new Command("revoke", CliOptions.WithExample(
                "Ends a person's role in a unit from a date on. Refused (exit 1) if the person does not hold it, or already took a step in the role on or after that date.",
                "vkb grants roles revoke --db grants.db --ledger-key ledger.key --unit NRW --person m7 --role line-manager --on 2025-09-01 --by admin-1"));
        shared.AddTo(command);
        foreach (var option in new Option[] { unit, person, role, date, by })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (u, p, r, d, b) = (Unit(parseResult, unit), Principal(parseResult, person), ParseRole(parseResult.GetValue(role), "--role"), Date(parseResult, date), Principal(parseResult, by));
            return await shared.RunAsync(parseResult, context, writable: true, [], async service =>
            {
                var decision = assign
                    ? await service.AssignRoleAsync(u, p, r, d, b, cancellationToken)
                    : await service.RevokeRoleAsync(u, p, r, d, b, cancellationToken);
                return await WriteDecisionAsync(context, shared.IsJson(parseResult), assign ? "assign role" : "revoke role", decision);
            });
        });
        return command;
    }

    private static Command RolesList(CliContext context)
    {
        var shared = new SharedOptions(mustExist: true);
        var unit = new Option<string?>("--unit") { Description = "Only this unit (RD code or HO)." };
        var date = new Option<string?>("--date") { Description = "Only roles held on this date, yyyy-MM-dd." };
        var command = new Command("list", CliOptions.WithExample(
            "Lists the roles table as the ledger shows it: every term with its unit, role, person and dates.",
            "vkb grants roles list --db grants.db --ledger-key ledger.key",
            "vkb grants roles list --db grants.db --ledger-key ledger.key --unit NRW --date 2025-06-01 --json"));
        shared.AddTo(command);
        command.Options.Add(unit);
        command.Options.Add(date);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var only = parseResult.GetValue(unit) is { } code ? ParseUnit(code, "--unit") : null;
            LocalDate? on = parseResult.GetValue(date) is { } text
                ? LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : throw new CliException("--date: expected a date yyyy-MM-dd, e.g. 2025-06-01.")
                : null;
            return await shared.RunAsync(parseResult, context, writable: false, [], async service =>
            {
                var view = await service.GetViewAsync(cancellationToken);
                var selected = view.Roles.Where(r => (only is null || r.Unit == only) && (on is null || r.IsHeldOn(on.Value))).ToList();
                if (shared.IsJson(parseResult))
                {
                    await WriteJsonAsync(context, selected.Select(r => new
                    {
                        unit = r.Unit.Code,
                        role = RoleName(r.Role),
                        person = r.Person.Value,
                        from = Iso(r.From),
                        until = r.Until is { } u ? Iso(u) : null,
                        assignedBy = r.AssignedBy.Value,
                        revokedBy = r.RevokedBy?.Value,
                    }));
                }
                else
                {
                    await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{selected.Count} role term(s)"));
                    foreach (var r in selected)
                    {
                        var until = r.Until is { } u ? $" until {Iso(u)} (exclusive)" : string.Empty;
                        await context.Out.WriteLineAsync($"{r.Unit.Code,-5} {RoleName(r.Role),-17} {r.Person,-24} from {Iso(r.From)}{until}");
                    }
                }

                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Command RolesImport(CliContext context)
    {
        var shared = new SharedOptions(mustExist: false);
        var file = CliOptions.RequiredFile("--file", $"The roles table (roles.json, format {RolesFile.Format}): per unit the ids of its lineManagers and specialApprovers.");
        var from = Required("--from", "First date the imported roles are held, yyyy-MM-dd.");
        var by = Required("--by", "Id of the administrator recording the import.");
        var command = new Command("import", CliOptions.WithExample(
            "Assigns every role of a roles table file that is not yet held. The file is read strictly (duplicate keys, unknown members, " +
            "malformed ids: exit 2 with every problem and its JSON path). Creates the ledger file if needed.",
            "vkb grants roles import --db grants.db --ledger-key ledger.key --file roles.json --from 2025-01-01 --by admin-1"));
        shared.AddTo(command);
        command.Options.Add(file);
        command.Options.Add(from);
        command.Options.Add(by);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = CliOptions.MustExist(parseResult.GetValue(file)!, "--file").FullName;
            var entries = RolesFile.Read(path, "--file");
            var (day, admin) = (Date(parseResult, from), Principal(parseResult, by));
            return await shared.RunAsync(parseResult, context, writable: true, [], async service =>
            {
                var (assigned, kept, refused) = await ImportRolesAsync(service, entries, day, admin, cancellationToken);
                foreach (var decision in refused)
                {
                    await context.Out.WriteLineAsync($"assign role refused ({decision.Code}): {decision.Reason}");
                }

                await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{assigned} role(s) assigned, {kept} already held, {refused.Count} refused"));
                return refused.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
            });
        });
        return command;
    }

    /// <summary>Assigns every entry not yet held from <paramref name="from"/>; roles already held are kept.</summary>
    internal static async Task<(int Assigned, int Kept, List<GrantDecision> Refused)> ImportRolesAsync(
        GrantService service, IReadOnlyList<RoleEntry> entries, LocalDate from, PrincipalId by, CancellationToken cancellationToken)
    {
        var (assigned, kept) = (0, 0);
        var refused = new List<GrantDecision>();
        foreach (var entry in entries)
        {
            var decision = await service.AssignRoleAsync(entry.Unit, entry.Person, entry.Role, from, by, cancellationToken);
            if (decision.IsAccepted)
            {
                assigned++;
            }
            else if (decision.Code == DecisionCode.RoleAlreadyHeld)
            {
                kept++;
            }
            else
            {
                refused.Add(decision);
            }
        }

        return (assigned, kept, refused);
    }

    private static string RoleName(UnitRole role) => role == UnitRole.LineManager ? "line-manager" : "special-approver";

    private static UnitRole ParseRole(string? text, string option) => text switch
    {
        "line-manager" => UnitRole.LineManager,
        "special-approver" => UnitRole.SpecialApprover,
        _ => throw new CliException($"{option}: expected line-manager or special-approver."),
    };

    /// <summary>Reads the <c>heads</c> of a <c>verify --json</c> output; errors name the JSON path, never a value.</summary>
    private static List<ChainHead> ReadAnchors(FileInfo file)
    {
        CliOptions.MustExist(file, "--anchors");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(CliOptions.ReadUtf8Bounded(file.FullName, "--anchors", MaximumAnchorBytes, "anchored heads are small"), StrictJson);
        }
        catch (JsonException ex)
        {
            var what = ex.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) ? "has a key twice in one object" : "is not JSON";
            throw new CliException(string.Create(CultureInfo.InvariantCulture,
                $"--anchors: '{file.FullName}' {what} (line {(ex.LineNumber ?? 0) + 1}); expected the output of 'vkb grants verify --json'."), ex);
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
            await context.Out.WriteLineAsync(decision.GrantId is { } accepted
                ? $"{operation} accepted: {accepted} — {decision.Reason}"
                : $"{operation} accepted: {decision.Reason}");
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

    /// <summary>The options every grants command takes: the ledger file and key, output format and policy settings.</summary>
    private sealed class SharedOptions(bool mustExist)
    {
        private readonly Option<FileInfo> _db = CliOptions.RequiredFile("--db", mustExist
            ? "The SQLite ledger file."
            : "The SQLite ledger file; created if it does not exist.");

        private readonly Option<FileInfo> _key = CliOptions.RequiredFile("--ledger-key",
            "The ledger key file (base64, at least 32 bytes; make one with 'vkb keygen --out ledger.key'). Every event's MAC is keyed with it: " +
            "keep it where someone who can write the ledger file cannot read it.");

        private readonly Option<bool> _json = new("--json") { Description = "Write JSON instead of text." };

        private readonly Option<int?> _headOfficeCap = new("--head-office-cap")
        {
            Description = "The head-office cap (the directives state none); without it head-office grants are refused.",
        };

        private readonly Option<string?> _carryOver = new("--carry-over")
        {
            Description = "Id of a directive whose cap stays in force in the gap after it (e.g. 202202014 for 2025-01-01..2025-03-04).",
        };

        private readonly Option<int> _maxMonths = new("--max-grant-months")
        {
            Description = "The longest grant period in months (E5), 1 to 120.",
            DefaultValueFactory = _ => EntitlementsOptions.DefaultMaxGrantMonths,
        };

        public void AddTo(Command command)
        {
            command.Options.Add(_db);
            command.Options.Add(_key);
            command.Options.Add(_json);
            command.Options.Add(_headOfficeCap);
            command.Options.Add(_carryOver);
            command.Options.Add(_maxMonths);
        }

        public bool IsJson(ParseResult parseResult) => parseResult.GetValue(_json);

        /// <summary>The full path of the ledger file, for messages.</summary>
        public string DatabasePath(ParseResult parseResult) => parseResult.GetValue(_db)!.FullName;

        public LedgerKey LoadKey(ParseResult parseResult, CliContext context)
        {
            var file = CliOptions.MustExist(parseResult.GetValue(_key)!, "--ledger-key");
            CliOptions.WarnIfReadableByOthers(file, "--ledger-key", context.Error);
            try
            {
                return LedgerKey.FromFile(file.FullName);
            }
            catch (Exception ex) when (ex is FormatException or InvalidDataException)
            {
                throw new CliException("--ledger-key: the file does not hold a base64 key (make one with 'vkb keygen --out ledger.key').", ex);
            }
            catch (ArgumentException ex)
            {
                throw new CliException($"--ledger-key: the key is too short; a ledger key holds at least {LedgerKey.MinimumLength} bytes.", ex);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ex is UnauthorizedAccessException ? "--ledger-key: the file cannot be read (permission denied)." : $"--ledger-key: the file cannot be read: {ex.Message.TrimEnd('.')}.", ex);
            }
        }

        /// <summary>Opens the ledger: for reading only (never writes, refuses what is not an intact ledger) or for appending.</summary>
        /// <exception cref="InvalidDataException">The file is corrupt or not a ledger.</exception>
        public SqliteGrantStore OpenStore(ParseResult parseResult, bool writable)
        {
            var file = parseResult.GetValue(_db)!;
            if (mustExist || !writable)
            {
                CliOptions.MustExist(file, "--db");
            }

            try
            {
                return writable ? SqliteGrantStore.Open(file.FullName) : SqliteGrantStore.OpenReadOnly(file.FullName);
            }
            catch (NotSupportedException ex)
            {
                throw new CliException($"--db: '{file.FullName}' is not a grants ledger this version can open: {ex.Message}", ex);
            }
            catch (Microsoft.Data.Sqlite.SqliteException ex)
            {
                throw new CliException($"--db: '{file.FullName}' cannot be opened (SQLite error {ex.SqliteErrorCode}).", ex);
            }
        }

        public EntitlementPolicy Policy(ParseResult parseResult, IReadOnlyList<GrantPhase> phases)
        {
            var options = new EntitlementsOptions
            {
                HeadOfficeCap = parseResult.GetValue(_headOfficeCap),
                CarryOverDirectiveId = parseResult.GetValue(_carryOver),
                MaxGrantMonths = parseResult.GetValue(_maxMonths),
            };
            foreach (var phase in phases)
            {
                options.Phases.Add(phase);
            }

            var problems = EntitlementPolicy.Validate(options);
            return problems.Count == 0 ? EntitlementPolicy.Create(options) : throw new CliException(string.Join(" ", problems));
        }

        /// <summary>
        /// Runs <paramref name="action"/> on a service over the ledger; a corrupt or tampered file
        /// (the service finds a broken chain while reading) ends with exit 1 and the reason.
        /// </summary>
        public async Task<int> RunAsync(ParseResult parseResult, CliContext context, bool writable, IReadOnlyList<GrantPhase> phases, Func<GrantService, Task<int>> action)
        {
            var policy = Policy(parseResult, phases);
            using var key = LoadKey(parseResult, context);
            try
            {
                using var store = OpenStore(parseResult, writable);
                return await action(new GrantService(store, policy, context.Clock, key));
            }
            catch (InvalidDataException ex)
            {
                throw new CliException($"--db: {ex.Message} Run 'vkb grants verify'.", ex, ExitCodes.Failure);
            }
        }
    }
}
