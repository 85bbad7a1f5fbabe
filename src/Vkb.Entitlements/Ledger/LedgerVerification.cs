using System.Globalization;

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

    /// <summary>Verifies stored events: hashes, links, sequence numbers, payloads and the consistency of the history.</summary>
    /// <param name="events">The events of any number of units, each unit's events in stored order.</param>
    /// <param name="anchoredHeads">Heads recorded earlier; a chain that no longer contains its anchored head is reported.</param>
    /// <returns>The verification result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static LedgerVerification Verify(IEnumerable<StoredEvent> events, IEnumerable<ChainHead>? anchoredHeads = null)
    {
        Preconditions.CheckNotNull(events);
        var problems = new List<LedgerProblem>();
        var projections = new Dictionary<string, UnitProjection>(StringComparer.Ordinal);
        var seenHashes = new Dictionary<string, HashSet<(long, string)>>(StringComparer.Ordinal);
        var count = 0L;
        foreach (var stored in events)
        {
            count++;
            if (!projections.TryGetValue(stored.UnitCode, out var projection))
            {
                if (!OrgUnit.TryParse(stored.UnitCode, out var unit))
                {
                    problems.Add(new LedgerProblem(stored.UnitCode, stored.Sequence, LedgerProblemKind.Unreadable, Describe(stored, "the unit code is malformed.")));
                    continue;
                }

                projection = new UnitProjection(unit);
                projections.Add(stored.UnitCode, projection);
                seenHashes.Add(stored.UnitCode, []);
            }

            seenHashes[stored.UnitCode].Add((stored.Sequence, stored.Hash));
            var problem = projection.TryApplyStored(stored, out var kind);
            if (problem is not null)
            {
                problems.Add(new LedgerProblem(stored.UnitCode, stored.Sequence, kind, Describe(stored, problem)));
                projection.Resynchronise(stored);
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
