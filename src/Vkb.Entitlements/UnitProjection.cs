using System.Collections.Immutable;
using NodaTime;

namespace Vkb.Entitlements;

/// <summary>
/// The state of one unit's ledger chain: its version, head hash and grants. A published instance
/// is never changed again; <see cref="Clone"/> gives a private copy to advance.
/// </summary>
internal sealed class UnitProjection
{
    private ImmutableDictionary<long, Grant> _grants;

    public UnitProjection(OrgUnit unit)
    {
        Unit = unit;
        HeadHash = EventCodec.GenesisHash;
        _grants = ImmutableDictionary<long, Grant>.Empty;
    }

    private UnitProjection(UnitProjection other)
    {
        Unit = other.Unit;
        Version = other.Version;
        HeadHash = other.HeadHash;
        _grants = other._grants; // immutable: sharing is safe and the copy is O(1)
    }

    public OrgUnit Unit { get; }

    public long Version { get; private set; }

    public string HeadHash { get; private set; }

    public IEnumerable<Grant> Grants => _grants.Values;

    public UnitProjection Clone() => new(this);

    /// <summary>After a reported problem, continues verification from <paramref name="stored"/>.</summary>
    public void Resynchronise(StoredEvent stored)
    {
        Version = Math.Max(Version, stored.Sequence);
        HeadHash = stored.Hash;
    }

    public Grant? Find(GrantId id) => id.Unit == Unit && _grants.TryGetValue(id.Number, out var grant) ? grant : null;

    /// <summary>Checks the chain link and applies a stored event; throws if the chain is broken.</summary>
    public void ApplyStored(StoredEvent stored)
    {
        var problem = TryApplyStored(stored, out _);
        if (problem is not null)
        {
            throw new InvalidDataException(
                $"The ledger of unit {Unit.Code} is inconsistent at sequence {stored.Sequence}: {problem} Run the ledger verification.");
        }
    }

    /// <summary>Checks and applies a stored event; returns null or a sentence saying what is wrong.</summary>
    public string? TryApplyStored(StoredEvent stored, out LedgerProblemKind kind)
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
        if (!string.Equals(EventCodec.Hash(stored.PreviousHash, stored.UnitCode, stored.Sequence, stored.Payload), stored.Hash, StringComparison.Ordinal))
        {
            chainProblem = "the event's content does not match its hash.";
        }
        else if (!string.Equals(stored.PreviousHash, HeadHash, StringComparison.Ordinal))
        {
            kind = LedgerProblemKind.BrokenLink;
            chainProblem = "the event does not link to the previous event's hash (an event before it was changed, inserted or removed).";
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
        return null;
    }

    private string? Apply(LedgerEvent e, long sequence)
    {
        if (e.GrantId.Unit != Unit)
        {
            return "the event names a grant of another unit.";
        }

        if (e.Kind == LedgerEventKind.Requested)
        {
            if (e.GrantId.Number != sequence)
            {
                return "a request's grant number differs from its sequence number.";
            }

            _grants = _grants.SetItem(sequence, new Grant(e.GrantId, e.Grantee!, e.Actor, e.On, e.Period!, e.ProcedureProfile ?? string.Empty, e.DataSpace ?? string.Empty));
            return null;
        }

        if (!_grants.TryGetValue(e.GrantId.Number, out var grant))
        {
            return "the event names a grant that was never requested.";
        }

        switch (e.Kind)
        {
            case LedgerEventKind.Approved when grant.Status == GrantStatus.Pending:
                _grants = _grants.SetItem(e.GrantId.Number, grant.Approved(e.Actor, e.On, e.DirectiveIds ?? string.Empty, e.Reason));
                return null;
            case LedgerEventKind.Rejected when grant.Status == GrantStatus.Pending:
                _grants = _grants.SetItem(e.GrantId.Number, grant.Rejected(e.Actor, e.On, e.Reason));
                return null;
            case LedgerEventKind.Revoked when grant.Status == GrantStatus.Approved:
                _grants = _grants.SetItem(e.GrantId.Number, grant.Revoked(e.Actor, e.On, e.Reason));
                return null;
            case LedgerEventKind.Expired when grant.Status == GrantStatus.Approved:
                _grants = _grants.SetItem(e.GrantId.Number, grant.Expired(e.On));
                return null;
            default:
                return "the event does not follow from the grant's status.";
        }
    }

    /// <summary>
    /// The cap check (E2, E3, E5): at every date of <paramref name="period"/> the approved grants
    /// of the unit plus one must stay within the cap of the directive in force on that date.
    /// Counts and caps only change at grant and directive boundaries, so those dates suffice.
    /// </summary>
    public CapCheck CheckCap(DateInterval period, EntitlementPolicy policy, GrantId? exclude)
    {
        var relevant = _grants.Values
            .Where(g => g.Id != exclude && g.LastActiveDate is { } last && g.Period.Start <= period.End && last >= period.Start)
            .ToList();
        var points = new SortedSet<LocalDate> { period.Start };
        foreach (var boundary in policy.BoundariesWithin(period.Start, period.End))
        {
            points.Add(boundary);
        }

        foreach (var grant in relevant)
        {
            if (grant.Period.Start > period.Start)
            {
                points.Add(grant.Period.Start);
            }

            var after = grant.LastActiveDate!.Value.PlusDays(1);
            if (after <= period.End)
            {
                points.Add(after);
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

            var count = relevant.Count(g => g.IsActiveOn(date));
            var cap = rule.Cap!.Value;
            if (count > cap)
            {
                return new CapCheck(DecisionCode.AboveCap, date, directives, count, cap, rule.Directive);
            }

            if (count + 1 > cap)
            {
                return new CapCheck(DecisionCode.CapReached, date, directives, count, cap, rule.Directive);
            }

            if (count + 1 > peak)
            {
                peak = count + 1;
                capAtPeak = cap;
            }
        }

        return new CapCheck(DecisionCode.Accepted, null, directives, peak, capAtPeak, null);
    }
}

/// <summary>The outcome of a cap check: accepted, or the first failing date with its count, cap and directive.</summary>
internal sealed record CapCheck(DecisionCode Code, LocalDate? Date, IReadOnlyList<string> DirectiveIds, int Count, int? Cap, Directive? Directive);
