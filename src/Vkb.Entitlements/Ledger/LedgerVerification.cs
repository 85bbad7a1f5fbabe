using System.Globalization;
using NodaTime;

namespace Vkb.Entitlements;

/// <summary>What is wrong with a ledger event.</summary>
public enum LedgerProblemKind
{
    /// <summary>The event's content was changed after it was written: it no longer matches its hash.</summary>
    Changed = 0,

    /// <summary>An event was inserted or the order changed: the sequence number repeats or goes back.</summary>
    Inserted,

    /// <summary>The event does not link to the hash of the event before it: an earlier event was changed, inserted or removed.</summary>
    BrokenLink,

    /// <summary>Events are missing: the sequence jumps.</summary>
    Removed,

    /// <summary>The payload cannot be read as a ledger event.</summary>
    Unreadable,

    /// <summary>The event does not follow from the history (for example an approval of an unknown grant).</summary>
    Inconsistent,

    /// <summary>The chain head differs from the head the caller anchored earlier (events removed at the end or rewritten).</summary>
    HeadMismatch,

    /// <summary>The event is authentic but breaks a rule a live decision applies: roles (a requester who is not a line manager, an approver who is not a special approver), separation of duties, a role revoked before its last use (E4).</summary>
    RuleViolation,

    /// <summary>The approval puts the unit above the cap in force on some day, counting distinct persons (E2, E3).</summary>
    OverCap,

    /// <summary>No event of the ledger matches its MAC under the key given: the ledger was written with another key (or every event was changed).</summary>
    KeyMismatch,
}

/// <summary>One problem found by verification, located by unit and sequence number, never by content.</summary>
/// <param name="UnitCode">The unit whose chain holds the event.</param>
/// <param name="Sequence">The sequence number of the event.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">An invariant sentence that names the position, not the content.</param>
public sealed record LedgerProblem(string UnitCode, long Sequence, LedgerProblemKind Kind, string Message);

/// <summary>The head of one unit's chain: its length and the hash of its last event, for anchoring outside the store.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="Version">The number of events (the last sequence number).</param>
/// <param name="Hash">The hash of the last event.</param>
public sealed record ChainHead(string UnitCode, long Version, string Hash);

/// <summary>The result of verifying every chain of a ledger.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LedgerVerification
{
    internal LedgerVerification(long eventCount, IReadOnlyList<LedgerProblem> problems, IReadOnlyList<ChainHead> heads)
    {
        EventCount = eventCount;
        Problems = problems;
        Heads = heads;
    }

    /// <summary>Whether no problem was found.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>The number of events read.</summary>
    public long EventCount { get; }

    /// <summary>Every problem found, in chain order.</summary>
    public IReadOnlyList<LedgerProblem> Problems { get; }

    /// <summary>The verified head of each unit's chain; anchor these elsewhere to detect truncation or a rewritten chain.</summary>
    public IReadOnlyList<ChainHead> Heads { get; }

    /// <summary>
    /// Verifies stored events: keyed MACs, links, sequence numbers, payloads, the consistency of
    /// the history, and every rule a live decision applies, re-checked from the events in chain
    /// order: requesters are line managers of the unit (or of head office), deciders special
    /// approvers of the unit, no one orders or approves their own grant, and every approval keeps
    /// every day of its period within the cap, counting distinct persons (E2, E3, E4). An
    /// over-cap ledger never verifies, even if every MAC is right.
    /// </summary>
    /// <param name="events">The events of any number of units, each unit's events in stored order.</param>
    /// <param name="key">The ledger key the events were written with.</param>
    /// <param name="policy">The rules (directives, caps) the ledger was written under.</param>
    /// <param name="anchoredHeads">Heads recorded earlier; a chain that no longer contains its anchored head is reported.</param>
    /// <returns>The verification result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/>, <paramref name="key"/> or <paramref name="policy"/> is null.</exception>
    public static LedgerVerification Verify(IEnumerable<StoredEvent> events, LedgerKey key, EntitlementPolicy policy, IEnumerable<ChainHead>? anchoredHeads = null)
    {
        Preconditions.CheckNotNull(events);
        Preconditions.CheckNotNull(key);
        Preconditions.CheckNotNull(policy);
        var problems = new List<LedgerProblem>();
        var projections = new Dictionary<string, UnitProjection>(StringComparer.Ordinal);
        var seenHashes = new Dictionary<string, HashSet<(long, string)>>(StringComparer.Ordinal);
        var deferred = new List<(string UnitCode, long Sequence, PrincipalId Person, LocalDate Date, LedgerEventKind Kind)>();
        var count = 0L;
        var macFailures = 0L;
        foreach (var stored in events)
        {
            count++;
            if (!projections.TryGetValue(stored.UnitCode, out var projection))
            {
                if (!OrgUnit.TryParse(stored.UnitCode, out var unit) || !string.Equals(unit.Code, stored.UnitCode, StringComparison.Ordinal))
                {
                    problems.Add(new LedgerProblem(stored.UnitCode, stored.Sequence, LedgerProblemKind.Unreadable, Describe(stored, "the unit code is malformed.")));
                    continue;
                }

                projection = new UnitProjection(unit);
                projections.Add(stored.UnitCode, projection);
                seenHashes.Add(stored.UnitCode, []);
            }

            seenHashes[stored.UnitCode].Add((stored.Sequence, stored.Hash));

            // A request or revocation by someone who is no line manager of the unit may rest on a
            // head-office role: head office's chain may come later, so that check waits for it.
            var current = stored;
            var rules = new RuleContext(policy, (person, date) =>
            {
                deferred.Add((current.UnitCode, current.Sequence, person, date, EventCodec.Decode(current.Payload).Kind));
                return true;
            });
            var problem = projection.TryApplyStored(stored, key, rules, out var kind);
            if (problem is not null)
            {
                if (kind == LedgerProblemKind.Changed)
                {
                    macFailures++;
                }

                problems.Add(new LedgerProblem(stored.UnitCode, stored.Sequence, kind, Describe(stored, problem)));
                projection.Resynchronise(stored);
            }
        }

        if (count > 0 && macFailures == count)
        {
            problems.Clear();
            var first = projections.Keys.Order(StringComparer.Ordinal).FirstOrDefault() ?? string.Empty;
            problems.Add(new LedgerProblem(first, 1, LedgerProblemKind.KeyMismatch, string.Create(CultureInfo.InvariantCulture,
                $"No event of the ledger matches its MAC under {key}: the ledger was written with another key, or every event was changed.")));
        }

        var headOffice = projections.GetValueOrDefault(OrgUnit.HeadOfficeCode);
        foreach (var (unitCode, sequence, person, date, eventKind) in deferred)
        {
            if (headOffice is null || !headOffice.HoldsRole(person, UnitRole.LineManager, date))
            {
                var step = eventKind == LedgerEventKind.Requested ? "requester" : "revoker";
                problems.Add(new LedgerProblem(unitCode, sequence, LedgerProblemKind.RuleViolation, string.Create(CultureInfo.InvariantCulture,
                    $"Unit {unitCode}, sequence {sequence}: the event breaks a rule: the {step} is no line manager of unit {unitCode} or of head office (nor a special approver of the unit) on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} (E4).")));
            }
        }

        var heads = projections.Values
            .Select(p => new ChainHead(p.Unit.Code, p.Version, p.HeadHash))
            .OrderBy(h => h.UnitCode, StringComparer.Ordinal)
            .ToList();
        foreach (var anchor in anchoredHeads ?? [])
        {
            if (!seenHashes.TryGetValue(anchor.UnitCode, out var seen) || !seen.Contains((anchor.Version, anchor.Hash)))
            {
                problems.Add(new LedgerProblem(anchor.UnitCode, anchor.Version, LedgerProblemKind.HeadMismatch,
                    string.Create(CultureInfo.InvariantCulture, $"Unit {anchor.UnitCode}: the anchored head at sequence {anchor.Version} is no longer in the chain.")));
            }
        }

        return new LedgerVerification(count, problems, heads);
    }

    private static string Describe(StoredEvent stored, string problem) =>
        string.Create(CultureInfo.InvariantCulture, $"Unit {stored.UnitCode}, sequence {stored.Sequence}: {problem}");
}
