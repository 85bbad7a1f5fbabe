using System.Collections.Concurrent;
using System.Globalization;
using NodaTime;

namespace Vkb.Entitlements;

/// <summary>
/// Requests, approves, rejects, revokes and expires grants on an <see cref="IGrantStore"/>, and
/// answers access decisions. Every accepted step is one event appended to the unit's hash chain;
/// an approval is checked against the cap and appended atomically (optimistic concurrency per
/// unit: on a conflict the decision is re-read and re-checked). Refusals leave the ledger unchanged.
/// </summary>
/// <remarks>
/// Thread-safe. Several instances (in one or several processes) may share one store; the store's
/// version check keeps the cap. Each instance caches the unit projections it has read.
/// </remarks>
public sealed class GrantService
{
    private const int MaxTextLength = 200;

    private readonly IGrantStore _store;
    private readonly IClock _clock;
    private readonly LedgerKey _key;
    private readonly ConcurrentDictionary<OrgUnit, UnitProjection> _cache = new();

    /// <summary>Creates a service.</summary>
    /// <param name="store">The ledger store.</param>
    /// <param name="policy">The rules.</param>
    /// <param name="clock">The clock that stamps recorded events.</param>
    /// <param name="key">The ledger key: every event's MAC is computed and checked with it. Keep it outside the store.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public GrantService(IGrantStore store, EntitlementPolicy policy, IClock clock, LedgerKey key)
    {
        _store = Preconditions.CheckNotNull(store);
        Policy = Preconditions.CheckNotNull(policy);
        _clock = Preconditions.CheckNotNull(clock);
        _key = Preconditions.CheckNotNull(key);
    }

    /// <summary>The rules applied.</summary>
    public EntitlementPolicy Policy { get; }

    /// <summary>
    /// Records a manager's request. Refused for an unknown unit, a period ending before it starts,
    /// longer than the configured maximum or outside every announced phase (E5), invalid texts, a
    /// requester who is the grantee, or a requester who is not a line manager of the unit or of
    /// head office on the request date (E4).
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Accepted with the new <see cref="GrantDecision.GrantId"/>, or refused with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public Task<GrantDecision> RequestAsync(GrantRequest request, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(request);
        if (!Policy.IsKnown(request.Unit))
        {
            return Task.FromResult(GrantDecision.Refuse(DecisionCode.UnknownUnit, "The unit is neither a configured regional directorate nor head office."));
        }

        if (request.To < request.From)
        {
            return Task.FromResult(GrantDecision.Refuse(DecisionCode.InvalidPeriod, "The period ends before it starts."));
        }

        if (!IsValidText(request.ProcedureProfile) || !IsValidText(request.DataSpace))
        {
            return Task.FromResult(GrantDecision.Refuse(DecisionCode.InvalidInput, "Procedure profile and data space must be 1 to 200 characters without control characters."));
        }

        if (Policy.CheckPeriod(request.From, request.To) is { } periodProblem)
        {
            return Task.FromResult(GrantDecision.Refuse(periodProblem.Code, periodProblem.Reason));
        }

        return AppendAsync(request.Unit, projection =>
        {
            var id = GrantId.Create(request.Unit, projection.Version + 1);
            var e = new LedgerEvent(LedgerEventKind.Requested, id, request.RequestedOn, _clock.GetCurrentInstant(), request.RequestedBy)
            {
                Grantee = request.Grantee,
                Period = new DateInterval(request.From, request.To),
                ProcedureProfile = request.ProcedureProfile,
                DataSpace = request.DataSpace,
            };
            return new Step(e, "Requested; waiting for a special approver.", []);
        }, cancellationToken);
    }

    /// <summary>
    /// Approves a pending grant if the approver is a special approver of the unit on
    /// <paramref name="on"/>, approver, requester and grantee are three different people (E4),
    /// the period still lies within the configured bounds (E5) and, at every date of its period,
    /// the distinct persons holding an approved grant of the unit, with the grantee, stay within
    /// the cap of the directive in force on that date (E2, E3).
    /// </summary>
    /// <param name="grantId">The grant.</param>
    /// <param name="approver">The special approver.</param>
    /// <param name="on">The date of the approval; not before the request, not after the period.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Accepted with the directives applied, or refused with the reason and the first failing date.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Task<GrantDecision> ApproveAsync(GrantId grantId, PrincipalId approver, LocalDate on, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(grantId);
        Preconditions.CheckNotNull(approver);
        return DecideOnPendingAsync(grantId, approver, on, projection =>
        {
            var grant = projection.Find(grantId)!;
            if (on > grant.Period.End)
            {
                return Refusal(DecisionCode.InvalidDate, "The grant's period has already ended on the approval date.", grantId);
            }

            if (Policy.CheckPeriod(grant.Period.Start, grant.Period.End) is { } periodProblem)
            {
                return Refusal(periodProblem.Code, periodProblem.Reason, grantId);
            }

            // A cap refusal comes from the rule check in AppendAsync, after the role and
            // separation checks; here the check only supplies the directives for the record.
            var check = projection.CheckCap(grant.Period, Policy, grantId, grant.Grantee);
            var directives = string.Join(',', check.DirectiveIds);
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"Within the cap at every date of the period under directive {string.Join(" and ", check.DirectiveIds)} (at most {check.Count} of {check.Cap} persons).");
            var e = new LedgerEvent(LedgerEventKind.Approved, grantId, on, _clock.GetCurrentInstant(), approver) { DirectiveIds = directives, Reason = reason };
            return new Step(e, reason, check.DirectiveIds);
        }, cancellationToken);
    }

    /// <summary>Rejects a pending grant; the approver must be a special approver of the unit and neither requester nor grantee (E4).</summary>
    /// <param name="grantId">The grant.</param>
    /// <param name="approver">The special approver.</param>
    /// <param name="on">The date of the rejection.</param>
    /// <param name="reason">Why; 1 to 200 characters.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Accepted or refused with the reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Task<GrantDecision> RejectAsync(GrantId grantId, PrincipalId approver, LocalDate on, string reason, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(grantId);
        Preconditions.CheckNotNull(approver);
        Preconditions.CheckNotNull(reason);
        if (!IsValidText(reason))
        {
            return Task.FromResult(GrantDecision.Refuse(DecisionCode.InvalidInput, "A reason is 1 to 200 characters without control characters.", grantId));
        }

        return DecideOnPendingAsync(grantId, approver, on, _ =>
        {
            var e = new LedgerEvent(LedgerEventKind.Rejected, grantId, on, _clock.GetCurrentInstant(), approver) { Reason = reason };
            return new Step(e, "Rejected by the special approver.", []);
        }, cancellationToken);
    }

    /// <summary>
    /// Revokes an approved grant from <paramref name="on"/>: it is no longer active on that date
    /// and after. The revoker is a line manager or special approver of the unit, or a head-office
    /// line manager, on that date (E4).
    /// </summary>
    /// <param name="grantId">The grant.</param>
    /// <param name="revokedBy">Who revokes it.</param>
    /// <param name="on">The first date without the permission; not before the approval.</param>
    /// <param name="reason">Why; 1 to 200 characters.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Accepted or refused (unknown grant, not approved, no role) with the reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Task<GrantDecision> RevokeAsync(GrantId grantId, PrincipalId revokedBy, LocalDate on, string reason, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(grantId);
        Preconditions.CheckNotNull(revokedBy);
        Preconditions.CheckNotNull(reason);
        if (!IsValidText(reason))
        {
            return Task.FromResult(GrantDecision.Refuse(DecisionCode.InvalidInput, "A reason is 1 to 200 characters without control characters.", grantId));
        }

        return OnExistingAsync(grantId, projection =>
        {
            var grant = projection.Find(grantId)!;
            if (grant.Status != GrantStatus.Approved)
            {
                return Refusal(DecisionCode.NotApproved, "Only an approved, unrevoked and unexpired grant can be revoked.", grantId);
            }

            if (on < grant.DecidedOn!.Value)
            {
                return Refusal(DecisionCode.InvalidDate, "A revocation cannot take effect before the approval.", grantId);
            }

            var e = new LedgerEvent(LedgerEventKind.Revoked, grantId, on, _clock.GetCurrentInstant(), revokedBy) { Reason = reason };
            return new Step(e, "Revoked; not active from the revocation date.", []);
        }, cancellationToken);
    }

    /// <summary>
    /// Gives <paramref name="person"/> a role in <paramref name="unit"/> from <paramref name="from"/>
    /// on (E4). The assignment is an event in the unit's chain, as tamper-evident and replayable as
    /// the grants. Refused when the person already holds the role then or later.
    /// </summary>
    /// <param name="unit">The RD or head office.</param>
    /// <param name="person">Who gets the role.</param>
    /// <param name="role">The role.</param>
    /// <param name="from">The first date the role is held.</param>
    /// <param name="assignedBy">Who records the assignment (an administrator of the roles table).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Accepted with the event's sequence, or refused with the reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined role.</exception>
    public Task<GrantDecision> AssignRoleAsync(OrgUnit unit, PrincipalId person, UnitRole role, LocalDate from, PrincipalId assignedBy, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckNotNull(person);
        Preconditions.CheckNotNull(assignedBy);
        Preconditions.CheckArgumentRange(Enum.IsDefined(role), "Unknown role.", nameof(role));
        if (!Policy.IsKnown(unit))
        {
            return Task.FromResult(GrantDecision.Refuse(DecisionCode.UnknownUnit, "The unit is neither a configured regional directorate nor head office."));
        }

        return AppendAsync(unit, projection =>
        {
            if (projection.LastTerm(person, role) is { } last && (last.Until is null || last.Until.Value > from))
            {
                return Refusal(DecisionCode.RoleAlreadyHeld, "The person already holds the role on that date or later; revoke it first.");
            }

            var e = new LedgerEvent(LedgerEventKind.RoleAssigned, unit, null, from, _clock.GetCurrentInstant(), assignedBy) { Role = role, Person = person };
            return new Step(e, "Role assigned.", []);
        }, cancellationToken);
    }

    /// <summary>
    /// Ends <paramref name="person"/>'s role in <paramref name="unit"/> from <paramref name="on"/>
    /// on (the person no longer holds it on that date). Refused when the person does not hold the
    /// role then, or already took a step in the role on or after that date (a revocation never
    /// makes an earlier step invalid); for a head-office line manager, steps in every unit count.
    /// </summary>
    /// <param name="unit">The RD or head office.</param>
    /// <param name="person">Whose role ends.</param>
    /// <param name="role">The role.</param>
    /// <param name="on">The first date without the role.</param>
    /// <param name="revokedBy">Who records the revocation.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Accepted with the event's sequence, or refused with the reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="role"/> is not a defined role.</exception>
    public async Task<GrantDecision> RevokeRoleAsync(OrgUnit unit, PrincipalId person, UnitRole role, LocalDate on, PrincipalId revokedBy, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckNotNull(person);
        Preconditions.CheckNotNull(revokedBy);
        Preconditions.CheckArgumentRange(Enum.IsDefined(role), "Unknown role.", nameof(role));
        if (!Policy.IsKnown(unit))
        {
            return GrantDecision.Refuse(DecisionCode.UnknownUnit, "The unit is neither a configured regional directorate nor head office.");
        }

        if (unit.IsHeadOffice && role == UnitRole.LineManager)
        {
            // A head-office line manager may have ordered grants of any unit.
            var view = await GetViewAsync(cancellationToken).ConfigureAwait(false);
            var used = view.Grants.Where(g => g.RequestedBy == person && g.RequestedOn >= on).Select(g => g.RequestedOn)
                .Concat(view.Grants.Where(g => g.RevokedBy == person && g.RevokedOn >= on).Select(g => g.RevokedOn!.Value))
                .ToList();
            if (used.Count > 0)
            {
                return GrantDecision.Refuse(DecisionCode.RoleStillInUse, string.Create(CultureInfo.InvariantCulture,
                    $"The person already acted as a line manager on {used.Max().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}; a revocation takes effect after the last step taken in the role."));
            }
        }

        return await AppendAsync(unit, projection =>
        {
            if (projection.OpenTerm(person, role) is not { } open || on < open.From)
            {
                return Refusal(DecisionCode.RoleNotHeld, "The person does not hold the role without end from before that date; there is nothing to revoke.");
            }

            var e = new LedgerEvent(LedgerEventKind.RoleRevoked, unit, null, on, _clock.GetCurrentInstant(), revokedBy) { Role = role, Person = person };
            return new Step(e, "Role revoked.", []);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the expiry of every approved grant whose period ended before <paramref name="asOf"/>.</summary>
    /// <param name="actor">The principal recorded as expiring them (a system account).</param>
    /// <param name="asOf">The date of the expiry run.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One decision per grant expired.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public async Task<IReadOnlyList<GrantDecision>> ExpireAsync(PrincipalId actor, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(actor);
        var view = await GetViewAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<GrantDecision>();
        foreach (var grant in view.Grants.Where(g => g.Status == GrantStatus.Approved && g.Period.End < asOf))
        {
            var decision = await OnExistingAsync(grant.Id, projection =>
            {
                var current = projection.Find(grant.Id)!;
                if (current.Status != GrantStatus.Approved)
                {
                    return Refusal(DecisionCode.NotApproved, "The grant is no longer approved.", grant.Id);
                }

                var e = new LedgerEvent(LedgerEventKind.Expired, grant.Id, asOf, _clock.GetCurrentInstant(), actor);
                return new Step(e, "Expired at the end of its period.", []);
            }, cancellationToken).ConfigureAwait(false);
            results.Add(decision);
        }

        return results;
    }

    /// <summary>Reads the latest ledger state into a snapshot for decisions and listings.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidDataException">A stored chain is broken; run <see cref="VerifyAsync"/>.</exception>
    public async Task<EntitlementView> GetViewAsync(CancellationToken cancellationToken = default)
    {
        var units = await _store.ListUnitsAsync(cancellationToken).ConfigureAwait(false);
        var grants = new List<Grant>();
        var roles = new List<RoleAssignment>();
        foreach (var code in units)
        {
            if (!OrgUnit.TryParse(code, out var unit))
            {
                throw new InvalidDataException("The store holds a chain with a malformed unit code; run the ledger verification.");
            }

            var projection = await RefreshAsync(unit, cancellationToken).ConfigureAwait(false);
            grants.AddRange(projection.Grants);
            roles.AddRange(projection.Roles);
        }

        return new EntitlementView(Policy, grants, roles);
    }

    /// <summary>Decides an access on the latest ledger state (E1, E5, E6); see <see cref="EntitlementView.Decide"/>.</summary>
    /// <param name="principal">Who asks.</param>
    /// <param name="action">What they want to do.</param>
    /// <param name="district">Whose records (an RD).</param>
    /// <param name="instant">When.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>Allow or deny with the reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<AccessDecision> DecideAsync(PrincipalId principal, AccessAction action, OrgUnit district, Instant instant, CancellationToken cancellationToken = default)
    {
        var view = await GetViewAsync(cancellationToken).ConfigureAwait(false);
        return view.Decide(principal, action, district, instant);
    }

    /// <summary>Verifies every chain in the store (see <see cref="LedgerVerification.Verify"/>) under this service's key and policy, reading it afresh.</summary>
    /// <param name="anchoredHeads">Heads recorded earlier, to detect truncation or a rewritten chain.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The verification result.</returns>
    public async Task<LedgerVerification> VerifyAsync(IEnumerable<ChainHead>? anchoredHeads = null, CancellationToken cancellationToken = default)
    {
        var events = await ReadAllAsync(_store, cancellationToken).ConfigureAwait(false);
        return LedgerVerification.Verify(events, _key, Policy, anchoredHeads);
    }

    /// <summary>Rebuilds the state from the stored events alone, independently of any cache.</summary>
    /// <param name="store">The store.</param>
    /// <param name="policy">The rules.</param>
    /// <param name="key">The ledger key.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The replayed snapshot.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidDataException">A chain is broken or was written with another key; run the verification.</exception>
    public static async Task<EntitlementView> ReplayAsync(IGrantStore store, EntitlementPolicy policy, LedgerKey key, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNull(policy);
        Preconditions.CheckNotNull(key);
        var events = await ReadAllAsync(store, cancellationToken).ConfigureAwait(false);
        return Replay(events, policy, key);
    }

    /// <summary>Rebuilds the state from stored events.</summary>
    /// <param name="events">The events, each unit's chain in order.</param>
    /// <param name="policy">The rules.</param>
    /// <param name="key">The ledger key.</param>
    /// <returns>The replayed snapshot.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidDataException">A chain is broken or was written with another key; run the verification.</exception>
    public static EntitlementView Replay(IEnumerable<StoredEvent> events, EntitlementPolicy policy, LedgerKey key)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(policy);
        Preconditions.CheckNotNull(key);
        var projections = new Dictionary<string, UnitProjection>(StringComparer.Ordinal);
        foreach (var stored in events)
        {
            if (!projections.TryGetValue(stored.UnitCode, out var projection))
            {
                if (!OrgUnit.TryParse(stored.UnitCode, out var unit))
                {
                    throw new InvalidDataException("The ledger holds a chain with a malformed unit code; run the ledger verification.");
                }

                projection = new UnitProjection(unit);
                projections.Add(stored.UnitCode, projection);
            }

            projection.ApplyStored(stored, key);
        }

        return new EntitlementView(policy, projections.Values.SelectMany(p => p.Grants), projections.Values.SelectMany(p => p.Roles));
    }

    private static async Task<List<StoredEvent>> ReadAllAsync(IGrantStore store, CancellationToken cancellationToken)
    {
        var events = new List<StoredEvent>();
        foreach (var unit in await store.ListUnitsAsync(cancellationToken).ConfigureAwait(false))
        {
            events.AddRange(await store.ReadAsync(unit, 0, cancellationToken).ConfigureAwait(false));
        }

        return events;
    }

    private Task<GrantDecision> DecideOnPendingAsync(GrantId grantId, PrincipalId approver, LocalDate on, Func<UnitProjection, Step> decide, CancellationToken cancellationToken) =>
        OnExistingAsync(grantId, projection =>
        {
            var grant = projection.Find(grantId)!;
            if (grant.Status != GrantStatus.Pending)
            {
                return Refusal(DecisionCode.AlreadyDecided, "The grant was already approved or rejected.", grantId);
            }

            if (on < grant.RequestedOn)
            {
                return Refusal(DecisionCode.InvalidDate, "A decision cannot precede the request.", grantId);
            }

            return decide(projection);
        }, cancellationToken);

    private Task<GrantDecision> OnExistingAsync(GrantId grantId, Func<UnitProjection, Step> decide, CancellationToken cancellationToken)
    {
        if (!Policy.IsKnown(grantId.Unit))
        {
            return Task.FromResult(GrantDecision.Refuse(DecisionCode.UnknownGrant, "No grant with that id exists.", grantId));
        }

        return AppendAsync(grantId.Unit, projection =>
            projection.Find(grantId) is null ? Refusal(DecisionCode.UnknownGrant, "No grant with that id exists.", grantId) : decide(projection),
            cancellationToken);
    }

    /// <summary>
    /// Decides on the unit's latest state and appends the event at the next version, or re-reads
    /// and re-decides after losing a race. Every event passes <see cref="UnitProjection.CheckRules"/>
    /// first, the same check the verification re-applies to the stored events.
    /// </summary>
    private async Task<GrantDecision> AppendAsync(OrgUnit unit, Func<UnitProjection, Step> decide, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < Policy.MaxConcurrencyRetries; attempt++)
        {
            var headOffice = unit.IsHeadOffice ? null : await RefreshAsync(OrgUnit.HeadOffice, cancellationToken).ConfigureAwait(false);
            var projection = await RefreshAsync(unit, cancellationToken).ConfigureAwait(false);
            var step = decide(projection);
            if (step.Event is null)
            {
                return GrantDecision.Refuse(step.Code, step.Reason, step.GrantId, step.DirectiveIds, step.Date);
            }

            var sequence = projection.Version + 1;
            var violation = projection.CheckRules(step.Event, sequence, Policy, (person, date) => headOffice?.HoldsRole(person, UnitRole.LineManager, date) == true);
            if (violation is not null)
            {
                return GrantDecision.Refuse(violation.Code, violation.Reason, step.Event.GrantId, violation.Cap?.DirectiveIds, violation.Cap?.Date);
            }

            var payload = EventCodec.Encode(step.Event);
            var hash = EventCodec.Mac(_key, projection.HeadHash, unit.Code, sequence, payload);
            var stored = new StoredEvent(unit.Code, sequence, payload, projection.HeadHash, hash);
            if (await _store.TryAppendAsync(stored, projection.Version, cancellationToken).ConfigureAwait(false))
            {
                var next = projection.Clone();
                next.ApplyStored(stored, _key);
                Publish(next);
                return new GrantDecision(DecisionCode.Accepted, step.Reason, step.Event.GrantId, step.DirectiveIds, null, sequence);
            }
        }

        return GrantDecision.Refuse(DecisionCode.Contention, "Other writers changed the unit's ledger on every attempt; retry later.");
    }

    /// <summary>The unit's projection brought up to the store's version; a private copy when it changed.</summary>
    private async Task<UnitProjection> RefreshAsync(OrgUnit unit, CancellationToken cancellationToken)
    {
        var cached = _cache.GetValueOrDefault(unit) ?? new UnitProjection(unit);
        var newer = await _store.ReadAsync(unit.Code, cached.Version, cancellationToken).ConfigureAwait(false);
        if (newer.Count == 0)
        {
            return cached;
        }

        var next = cached.Clone();
        foreach (var stored in newer)
        {
            next.ApplyStored(stored, _key);
        }

        Publish(next);
        return next;
    }

    private void Publish(UnitProjection projection) =>
        _cache.AddOrUpdate(projection.Unit, projection, (_, old) => projection.Version > old.Version ? projection : old);

    private static Step Refusal(DecisionCode code, string reason, GrantId? grantId = null) => new(null, reason, [], code, null, grantId);

    private static bool IsValidText(string? text) =>
        text is { Length: > 0 and <= MaxTextLength } && !string.IsNullOrWhiteSpace(text) && !text.Any(char.IsControl);

    /// <summary>What a decision wants to append, or why it refuses.</summary>
    private sealed record Step(LedgerEvent? Event, string Reason, IReadOnlyList<string> DirectiveIds, DecisionCode Code = DecisionCode.Accepted, LocalDate? Date = null, GrantId? GrantId = null);
}
