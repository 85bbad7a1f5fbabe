namespace Vkb.Entitlements.Sqlite;

/// <content>Asynchronous, cancellable opening.</content>
public sealed partial class SqliteGrantStore
{
    /// <summary>
    /// Opens (and if needed creates) a ledger database file without blocking the caller; see
    /// <see cref="Open"/>. Microsoft.Data.Sqlite performs every call synchronously (its async
    /// methods complete synchronously), so the open and the schema check run on a pool thread.
    /// </summary>
    /// <param name="databasePath">The file path.</param>
    /// <param name="busyTimeout">How long a writer waits for another writer's lock; defaults to 30 seconds.</param>
    /// <param name="cancellationToken">Cancels before the file is opened.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is empty.</exception>
    /// <exception cref="NotSupportedException">The file holds a ledger of another schema version.</exception>
    public static Task<SqliteGrantStore> OpenAsync(string databasePath, TimeSpan? busyTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return Task.Run(() => Open(databasePath, busyTimeout), cancellationToken);
    }
}
