namespace Vkb.Entitlements;

/// <summary>
/// Persists the ledger: one append-only chain of events per unit with optimistic concurrency.
/// An append succeeds only if the unit's chain still has the expected version (its last
/// sequence number), so a decision checked against version N is appended as N+1 or not at all;
/// the caller then re-reads and re-checks. That makes approval one atomic check-and-append.
/// </summary>
/// <remarks>Implementations must be safe for concurrent use.</remarks>
public interface IGrantStore
{
    /// <summary>Reads the events of one unit after a sequence number, in order.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="afterSequence">Return events with a greater sequence number; 0 for all.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events, in sequence order.</returns>
    Task<IReadOnlyList<StoredEvent>> ReadAsync(string unitCode, long afterSequence, CancellationToken cancellationToken = default);

    /// <summary>Appends one event if the unit's chain is still at <paramref name="expectedVersion"/>.</summary>
    /// <param name="storedEvent">The event; its sequence is <paramref name="expectedVersion"/> + 1.</param>
    /// <param name="expectedVersion">The version the decision was checked against.</param>
    /// <param name="cancellationToken">Cancels the append.</param>
    /// <returns>True if appended; false on a conflict (another writer appended first).</returns>
    Task<bool> TryAppendAsync(StoredEvent storedEvent, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Lists the units that have at least one event.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The unit codes, ordinal order.</returns>
    Task<IReadOnlyList<string>> ListUnitsAsync(CancellationToken cancellationToken = default);
}
