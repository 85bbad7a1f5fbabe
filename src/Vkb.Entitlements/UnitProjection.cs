using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Vkb.Entitlements;

/// <summary>
/// The state of one unit's ledger chain: its version, head MAC, grants and role terms. A
/// published instance is never changed again; <see cref="Clone"/> gives a private copy to advance.
/// </summary>
internal sealed class UnitProjection
{
    private ImmutableDictionary<long, Grant> _grants;
    private ImmutableDictionary<(PrincipalId Person, UnitRole Role), ImmutableList<RoleAssignment>> _roles;

    public UnitProjection(OrgUnit unit)
    {
        Unit = unit;
        HeadHash = EventCodec.GenesisHash;
        _grants = ImmutableDictionary<long, Grant>.Empty;
        _roles = ImmutableDictionary<(PrincipalId, UnitRole), ImmutableList<RoleAssignment>>.Empty;
    }

    private UnitProjection(UnitProjection other)
    {
        Unit = other.Unit;
        Version = other.Version;
        HeadHash = other.HeadHash;
        _grants = other._grants; // immutable: sharing is safe and the copy is O(1)
        _roles = other._roles;
    }

    public OrgUnit Unit { get; }

    public long Version { get; private set; }

    public string HeadHash { get; private set; }

    public IEnumerable<Grant> Grants => _grants.Values;

    public IEnumerable<RoleAssignment> Roles => _roles.Values.SelectMany(terms => terms);

    public UnitProjection Clone() => new(this);

    /// <summary>After a reported problem, continues verification from <paramref name="stored"/>.</summary>
    public void Resynchronise(StoredEvent stored)
    {
        Version = Math.Max(Version, stored.Sequence);
        HeadHash = stored.Hash;
    }

    public Grant? Find(GrantId id) => id.Unit == Unit && _grants.TryGetValue(id.Number, out var grant) ? grant : null;

    /// <summary>Whether <paramref name="person"/> holds <paramref name="role"/> in this unit on <paramref name="date"/>.</summary>
    public bool HoldsRole(PrincipalId person, UnitRole role, LocalDate date) =>
        _roles.TryGetValue((person, role), out var terms) && terms.Any(t => t.IsHeldOn(date));

    /// <summary>The open term of a role, if the person holds it without an end date.</summary>
    public RoleAssignment? OpenTerm(PrincipalId person, UnitRole role) =>
        _roles.TryGetValue((person, role), out var terms) && terms[^1].Until is null ? terms[^1] : null;

    /// <summary>The latest term of a role, open or ended.</summary>
    public RoleAssignment? LastTerm(PrincipalId person, UnitRole role) =>
        _roles.TryGetValue((person, role), out var terms) ? terms[^1] : null;

    /// <summary>Checks the chain link (keyed MAC) and applies a stored event; throws if the chain is broken.</summary>
    public void ApplyStored(StoredEvent stored, LedgerKey key)
    {
        var problem = TryApplyStored(stored, key, null, out _);
        if (problem is not null)
        {
            throw new InvalidDataException(
                $"The ledger of unit {Unit.Code} is inconsistent at sequence {stored.Sequence}: {problem} Run the ledger verification.");
        }
    }

    /// <summary>
    /// Checks and applies a stored event; returns null or a sentence saying what is wrong. With
    /// <paramref name="rules"/> (verification), the event is also re-checked against the rules
    /// a live decision applies: roles, separation of duties and the cap.
    /// </summary>
    public string? TryApplyStored(StoredEvent stored, LedgerKey key, RuleContext? rules, out LedgerProblemKind kind)
    {
        kind = LedgerProblemKind.Changed;
        if (stored.Sequence != Version + 1)
        {
            kind = stored.Sequence > Version + 1 ? LedgerProblemKind.Removed : LedgerProblemKind.Inserted;
            return stored.Sequence > Version + 1
                ? $"events after sequence {Version} are missing."
                : "the sequence number repeats or goes back.";
        }

        string? chainProblem = null;
        if (!string.Equals(EventCodec.Mac(key, stored.PreviousHash, stored.UnitCode, stored.Sequence, stored.Payload), stored.Hash, StringComparison.Ordinal))
        {
            chainProblem = "the event's content does not match its keyed MAC.";
        }
        else if (!string.Equals(stored.PreviousHash, HeadHash, StringComparison.Ordinal))
        {
            kind = LedgerProblemKind.BrokenLink;
            chainProblem = "the event does not link to the previous event's MAC (an event before it was changed, inserted or removed).";
        }

        LedgerEvent decoded;
        try
        {
            decoded = EventCodec.Decode(stored.Payload);
        }
        catch (FormatException)
        {
            if (chainProblem is not null)
            {
                return chainProblem;
            }

            kind = LedgerProblemKind.Unreadable;
            return "the payload is not a valid ledger event.";
        }

        // Rules are re-checked against the state before the event, as the live decision saw it.
        var violation = rules is null || chainProblem is not null ? null : CheckRules(decoded, stored.Sequence, rules.Policy, rules.HeadOfficeLineManager);

        // A chain problem is reported, but the readable content is still applied so that one
        // tampered event is reported once instead of as a cascade of follow-up inconsistencies.
        var error = Apply(decoded, stored.Sequence);
        if (chainProblem is not null)
        {
            return chainProblem;
        }

        if (error is not null)
        {
            kind = LedgerProblemKind.Inconsistent;
            return error;
        }

        Version = stored.Sequence;
        HeadHash = stored.Hash;
        if (violation is not null)
        {
            kind = violation.Code is DecisionCode.CapReached or DecisionCode.AboveCap or DecisionCode.NoDirectiveInForce or DecisionCode.HeadOfficeCapNotConfigured
                ? LedgerProblemKind.OverCap
                : LedgerProblemKind.RuleViolation;
            return "the event breaks a rule: " + violation.Reason;
        }

        return null;
    }

    /// <summary>
    /// The rules an accepted event must satisfy against the state before it (E2, E3, E4): the
    /// requester is a line manager of the unit (or of head office, asked through
    /// <paramref name="headOfficeLineManager"/>), deciders are special approvers of the unit, no
    /// one orders or decides their own grant, an approval keeps every day within the cap, and a
    /// role is not revoked from a date before a step its holder already took. Null when the
    /// event keeps every rule. The live service and the verification use this same check.
    /// </summary>
    public RuleViolation? CheckRules(LedgerEvent e, long sequence, EntitlementPolicy policy, Func<PrincipalId, LocalDate, bool> headOfficeLineManager)
    {
        switch (e.Kind)
        {
            case LedgerEventKind.Requested:
                if (e.Grantee == e.Actor)
                {
                    return new RuleViolation(DecisionCode.SeparationOfDuties, "The requesting manager cannot order the permission for themselves (E4).");
                }

                return IsLineManager(e.Actor, e.On, headOfficeLineManager)
                    ? null
                    : new RuleViolation(DecisionCode.NotLineManager, string.Create(CultureInfo.InvariantCulture,
                        $"The requester is not a line manager of unit {Unit.Code} or of head office on {Iso(e.On)} (E4)."));

            case LedgerEventKind.Approved or LedgerEventKind.Rejected:
            {
                if (e.GrantId is null || Find(e.GrantId) is not { } grant)
                {
                    return null; // reported by Apply as inconsistent
                }

                if (e.Actor == grant.RequestedBy || e.Actor == grant.Grantee)
                {
                    return new RuleViolation(DecisionCode.SeparationOfDuties, "Requester, approver and grantee must be three different people; no one approves their own grant (E4).");
                }

                if (!HoldsRole(e.Actor, UnitRole.SpecialApprover, e.On))
                {
                    return new RuleViolation(DecisionCode.NotSpecialApprover, string.Create(CultureInfo.InvariantCulture,
                        $"The approver is not a special approver of unit {Unit.Code} on {Iso(e.On)} (E4)."));
                }

                if (e.Kind == LedgerEventKind.Approved)
                {
                    var check = CheckCap(grant.Period, policy, grant.Id, grant.Grantee);
                    if (check.Code != DecisionCode.Accepted)
                    {
                        return new RuleViolation(check.Code, CapReason(check), check);
                    }
                }

                return null;
            }

            case LedgerEventKind.Revoked:
                return HoldsRole(e.Actor, UnitRole.SpecialApprover, e.On) || IsLineManager(e.Actor, e.On, headOfficeLineManager)
                    ? null
                    : new RuleViolation(DecisionCode.NotLineManager, string.Create(CultureInfo.InvariantCulture,
                        $"Only a line manager or special approver of unit {Unit.Code} (or a head-office line manager) revokes a grant; the revoker holds neither role on {Iso(e.On)} (E4)."));

            case LedgerEventKind.RoleRevoked:
            {
                var used = LastUse(e.Person!, e.Role!.Value);
                return used is { } last && last >= e.On
                    ? new RuleViolation(DecisionCode.RoleStillInUse, string.Create(CultureInfo.InvariantCulture,
                        $"The person already acted in this role on {Iso(last)}; a revocation takes effect after the last step taken in the role."))
                    : null;
            }

            default:
                return null;
        }
    }

    /// <summary>The latest business date on which <paramref name="person"/> took a step in this unit that <paramref name="role"/> allows.</summary>
    public LocalDate? LastUse(PrincipalId person, UnitRole role)
    {
        LocalDate? last = null;
        foreach (var grant in _grants.Values)
        {
            if (role == UnitRole.LineManager && grant.RequestedBy == person)
            {
                last = Max(last, grant.RequestedOn);
            }

            if (role == UnitRole.SpecialApprover && grant.DecidedBy == person)
            {
                last = Max(last, grant.DecidedOn!.Value);
            }

            if (grant.RevokedBy == person)
            {
                last = Max(last, grant.RevokedOn!.Value);
            }
        }

        return last;

        static LocalDate Max(LocalDate? a, LocalDate b) => a is { } x && x > b ? x : b;
    }

    private bool IsLineManager(PrincipalId person, LocalDate date, Func<PrincipalId, LocalDate, bool> headOfficeLineManager) =>
        HoldsRole(person, UnitRole.LineManager, date) || (!Unit.IsHeadOffice && headOfficeLineManager(person, date));

    private string? Apply(LedgerEvent e, long sequence)
    {
        if (e.Unit != Unit)
        {
            return "the event names a grant or role of another unit.";
        }

        if (e.IsRoleEvent)
        {
            return ApplyRole(e, sequence);
        }

        var id = e.GrantId!;
        if (e.Kind == LedgerEventKind.Requested)
        {
            if (id.Number != sequence)
            {
                return "a request's grant number differs from its sequence number.";
            }

            _grants = _grants.SetItem(sequence, new Grant(id, e.Grantee!, e.Actor, e.On, e.Period!, e.ProcedureProfile ?? string.Empty, e.DataSpace ?? string.Empty));
            return null;
        }

        if (!_grants.TryGetValue(id.Number, out var grant))
        {
            return "the event names a grant that was never requested.";
        }

        switch (e.Kind)
        {
            case LedgerEventKind.Approved when grant.Status == GrantStatus.Pending:
                _grants = _grants.SetItem(id.Number, grant.Approved(e.Actor, e.On, e.DirectiveIds ?? string.Empty, e.Reason));
                return null;
            case LedgerEventKind.Rejected when grant.Status == GrantStatus.Pending:
                _grants = _grants.SetItem(id.Number, grant.Rejected(e.Actor, e.On, e.Reason));
                return null;
            case LedgerEventKind.Revoked when grant.Status == GrantStatus.Approved:
                _grants = _grants.SetItem(id.Number, grant.Revoked(e.Actor, e.On, e.Reason));
                return null;
            case LedgerEventKind.Expired when grant.Status == GrantStatus.Approved:
                _grants = _grants.SetItem(id.Number, grant.Expired(e.On));
                return null;
            default:
                return "the event does not follow from the grant's status.";
        }
    }

    private string? ApplyRole(LedgerEvent e, long sequence)
    {
        var key = (e.Person!, e.Role!.Value);
        var terms = _roles.GetValueOrDefault(key, []);
        var last = terms.Count > 0 ? terms[^1] : null;
        if (e.Kind == LedgerEventKind.RoleAssigned)
        {
            if (last is not null && (last.Until is null || last.Until.Value > e.On))
            {
                return "the role is assigned while the person still holds it.";
            }

            _roles = _roles.SetItem(key, terms.Add(new RoleAssignment(Unit, e.Person!, e.Role.Value, e.On, e.Actor, sequence)));
            return null;
        }

        if (last is null || last.Until is not null || e.On < last.From)
        {
            return "the role is revoked although the person does not hold it from before that date.";
        }

        _roles = _roles.SetItem(key, terms.SetItem(terms.Count - 1, last.Ended(e.On, e.Actor)));
        return null;
    }

    /// <summary>
    /// The cap check (E2, E3, E5): at every date of <paramref name="period"/> the distinct persons
    /// holding an approved grant of the unit, together with <paramref name="grantee"/>, must stay
    /// within the cap of the directive in force on that date. A person with two overlapping
    /// grants counts once. Counts rise only at grant starts and caps change only at directive
    /// boundaries, so those dates and the period's first day suffice.
    /// </summary>
    public CapCheck CheckCap(DateInterval period, EntitlementPolicy policy, GrantId? exclude, PrincipalId grantee)
    {
        var relevant = _grants.Values
            .Where(g => g.Id != exclude && g.LastActiveDate is { } last && g.Period.Start <= period.End && last >= period.Start)
            .ToList();
        var points = new SortedSet<LocalDate> { period.Start };
        foreach (var boundary in policy.BoundariesWithin(period.Start, period.End))
        {
            points.Add(boundary);
        }

        // A count rises only on a grant's first day; between two checked days no one is added and
        // the cap is the same, so the day after a grant ends (the count can only fall) decides nothing.
        foreach (var grant in relevant)
        {
            if (grant.Period.Start > period.Start)
            {
                points.Add(grant.Period.Start);
            }
        }

        var directives = new List<string>();
        var peak = 0;
        int? capAtPeak = null;
        foreach (var date in points)
        {
            var rule = policy.CapAt(Unit, date);
            if (rule.Directive is { } directive && !directives.Contains(directive.Id))
            {
                directives.Add(directive.Id);
            }

            if (rule.Missing is { } missing)
            {
                return new CapCheck(missing, date, directives, 0, null, rule.Directive);
            }

            var persons = relevant.Where(g => g.IsActiveOn(date)).Select(g => g.Grantee).ToHashSet();
            var count = persons.Count;
            var with = persons.Contains(grantee) ? count : count + 1;
            var cap = rule.Cap!.Value;
            if (count > cap)
            {
                return new CapCheck(DecisionCode.AboveCap, date, directives, count, cap, rule.Directive);
            }

            if (with > cap)
            {
                return new CapCheck(DecisionCode.CapReached, date, directives, count, cap, rule.Directive);
            }

            if (with > peak)
            {
                peak = with;
                capAtPeak = cap;
            }
        }

        return new CapCheck(DecisionCode.Accepted, null, directives, peak, capAtPeak, null);
    }

    /// <summary>The sentence a cap refusal states.</summary>
    public static string CapReason(CapCheck check)
    {
        var date = Iso(check.Date!.Value);
        return check.Code switch
        {
            DecisionCode.NoDirectiveInForce => $"No directive in force on {date}: no cap applies, so no new grant can be approved for that date.",
            DecisionCode.HeadOfficeCapNotConfigured => $"The head-office cap is not configured (E3); directive {check.Directive!.Id} in force on {date} does not state one.",
            DecisionCode.AboveCap => string.Create(CultureInfo.InvariantCulture,
                $"On {date} {check.Count} persons hold a grant of the unit, above the cap of {check.Cap} under directive {check.Directive!.Id}; the holders are reported, and new approvals wait until the unit is under the cap."),
            _ => string.Create(CultureInfo.InvariantCulture,
                $"On {date} the unit already has {check.Count} of at most {check.Cap} persons holding a grant under directive {check.Directive!.Id} (E2)."),
        };
    }

    private static string Iso(LocalDate date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The outcome of a cap check: accepted, or the first failing date with its count of persons, cap and directive.</summary>
internal sealed record CapCheck(DecisionCode Code, LocalDate? Date, IReadOnlyList<string> DirectiveIds, int Count, int? Cap, Directive? Directive);

/// <summary>Why an event breaks a rule: the refusal code and sentence a live decision gives.</summary>
internal sealed record RuleViolation(DecisionCode Code, string Reason, CapCheck? Cap = null);

/// <summary>What verification re-checks events against: the policy and how to ask whether someone is a head-office line manager.</summary>
internal sealed record RuleContext(EntitlementPolicy Policy, Func<PrincipalId, LocalDate, bool> HeadOfficeLineManager);
