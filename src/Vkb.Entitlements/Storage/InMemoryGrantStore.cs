namespace Vkb.Entitlements;

/// <summary>An <see cref="IGrantStore"/> in memory, for tests, demos and single-process hosts.</summary>
/// <remarks>Thread-safe: one short lock guards all chains; the version check and the append happen under it.</remarks>
public sealed class InMemoryGrantStore : IGrantStore
{
    private readonly Dictionary<string, List<StoredEvent>> _chains = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> ReadAsync(string unitCode, long afterSequence, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(unitCode);
        lock (_gate)
        {
            IReadOnlyList<StoredEvent> result = _chains.TryGetValue(unitCode, out var chain)
                ? chain.Where(e => e.Sequence > afterSequence).ToList()
                : [];
            return Task.FromResult(result);
        }
    }

    /// <inheritdoc />
    public Task<bool> TryAppendAsync(StoredEvent storedEvent, long expectedVersion, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(storedEvent);
        Preconditions.CheckArgument(storedEvent.Sequence == expectedVersion + 1, "The event's sequence must follow the expected version.", nameof(storedEvent));
        lock (_gate)
        {
            if (!_chains.TryGetValue(storedEvent.UnitCode, out var chain))
            {
                chain = [];
                _chains.Add(storedEvent.UnitCode, chain);
            }

            if (chain.Count != expectedVersion)
            {
                return Task.FromResult(false);
            }

            chain.Add(storedEvent);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListUnitsAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<string> units = _chains.Keys.Order(StringComparer.Ordinal).ToList();
            return Task.FromResult(units);
        }
    }

    /// <summary>Replaces a stored event as an attacker with file access would; for tamper-detection tests only.</summary>
    internal void Tamper(string unitCode, int index, Func<StoredEvent, StoredEvent?> change)
    {
        lock (_gate)
        {
            var chain = _chains[unitCode];
            var replacement = change(chain[index]);
            if (replacement is null)
            {
                chain.RemoveAt(index);
            }
            else
            {
                chain[index] = replacement;
            }
        }
    }
}
