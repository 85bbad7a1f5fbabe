using Vkb.Entitlements;

namespace Vkb.Entitlements.Tests.Support;

/// <summary>
/// A store around another that a test can watch and steer: it counts the events it hands out and
/// the appends tried, can refuse every append (a writer that always loses the race), can throw on
/// any access (to show an argument error comes before any I/O), and can complete chosen calls
/// asynchronously (to show the service never resumes on the caller's synchronisation context).
/// </summary>
public sealed class ProbeStore(IGrantStore inner) : IGrantStore
{
    private int _eventsRead;
    private int _appendsTried;

    /// <summary>Every call throws <see cref="InvalidOperationException"/>.</summary>
    public bool Unreachable { get; set; }

    /// <summary>Every append reports a lost race; after 50 the store throws so a mutant cannot spin forever.</summary>
    public bool RefuseAppends { get; set; }

    /// <summary>Runs before every read with the unit code, e.g. to let another writer act at a chosen moment.</summary>
    public Action<string> BeforeRead { get; set; } = _ => { };

    /// <summary>Unit codes listed besides the stored ones (e.g. a malformed one).</summary>
    public IReadOnlyList<string> ExtraUnits { get; set; } = [];

    /// <summary>Which calls complete asynchronously: (method name, unit code or null) → yield first.</summary>
    public Func<string, string?, bool> Yields { get; set; } = (_, _) => false;

    /// <summary>The events handed out by <see cref="ReadAsync"/> since the last <see cref="ResetCounts"/>.</summary>
    public int EventsRead => Volatile.Read(ref _eventsRead);

    /// <summary>The appends tried since the last <see cref="ResetCounts"/>.</summary>
    public int AppendsTried => Volatile.Read(ref _appendsTried);

    public void ResetCounts()
    {
        Interlocked.Exchange(ref _eventsRead, 0);
        Interlocked.Exchange(ref _appendsTried, 0);
    }

    public async Task<IReadOnlyList<StoredEvent>> ReadAsync(string unitCode, long afterSequence, CancellationToken cancellationToken = default)
    {
        await EnterAsync(nameof(ReadAsync), unitCode).ConfigureAwait(false);
        BeforeRead(unitCode);
        var events = await inner.ReadAsync(unitCode, afterSequence, cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _eventsRead, events.Count);
        return events;
    }

    public async Task<bool> TryAppendAsync(StoredEvent storedEvent, long expectedVersion, CancellationToken cancellationToken = default)
    {
        await EnterAsync(nameof(TryAppendAsync), storedEvent.UnitCode).ConfigureAwait(false);
        if (Interlocked.Increment(ref _appendsTried) > 50 && RefuseAppends)
        {
            throw new InvalidOperationException("More than 50 appends tried against a store that refuses them all.");
        }

        return !RefuseAppends && await inner.TryAppendAsync(storedEvent, expectedVersion, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<string>> ListUnitsAsync(CancellationToken cancellationToken = default)
    {
        await EnterAsync(nameof(ListUnitsAsync), null).ConfigureAwait(false);
        return [.. await inner.ListUnitsAsync(cancellationToken).ConfigureAwait(false), .. ExtraUnits];
    }

    private Task EnterAsync(string method, string? unit)
    {
        if (Unreachable)
        {
            throw new InvalidOperationException("The store was touched.");
        }

        // A short delay, so the task is still running when the service awaits it.
        return Yields(method, unit) ? Task.Delay(5) : Task.CompletedTask;
    }
}

/// <summary>A synchronisation context (like a UI thread's) that counts the continuations posted to it and runs them on the thread pool.</summary>
public sealed class CountingSynchronizationContext : SynchronizationContext
{
    private int _posts;

    public int Posts => Volatile.Read(ref _posts);

    public override void Post(SendOrPostCallback d, object? state)
    {
        Interlocked.Increment(ref _posts);
        ThreadPool.QueueUserWorkItem(_ =>
        {
            var previous = Current;
            SetSynchronizationContext(this);
            try
            {
                d(state);
            }
            finally
            {
                SetSynchronizationContext(previous);
            }
        });
    }

    /// <summary>Starts <paramref name="call"/> with this context current (as a UI thread would), then awaits it without.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        Task<T> pending;
        try
        {
            pending = call();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }

        return await pending;
    }
}
