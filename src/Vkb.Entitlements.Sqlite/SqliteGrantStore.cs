using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vkb.Entitlements.Sqlite;

/// <summary>
/// An <see cref="IGrantStore"/> in one SQLite file: WAL journal, <c>BEGIN IMMEDIATE</c> write
/// transactions and a busy timeout, so several connections, threads and processes can share the
/// file. The version check and the insert of an append run in one write transaction; triggers
/// refuse updates and deletes of ledger events. The schema is created on open and versioned with
/// <c>PRAGMA user_version</c>.
/// </summary>
/// <remarks>Thread-safe: every operation uses its own pooled connection.</remarks>
public sealed partial class SqliteGrantStore : IGrantStore, IDisposable
{
    /// <summary>The schema version this store writes and reads.</summary>
    public const int SchemaVersion = 1;

    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;

    private SqliteGrantStore(string connectionString, int busyTimeoutMilliseconds)
    {
        _connectionString = connectionString;
        _busyTimeoutMilliseconds = busyTimeoutMilliseconds;
    }

    /// <summary>The database file.</summary>
    public string DatabasePath => new SqliteConnectionStringBuilder(_connectionString).DataSource;

    /// <summary>Opens (and if needed creates) a ledger database file.</summary>
    /// <param name="databasePath">The file path.</param>
    /// <param name="busyTimeout">How long a writer waits for another writer's lock; defaults to 30 seconds.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="databasePath"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="busyTimeout"/> is not positive.</exception>
    /// <exception cref="NotSupportedException">The file holds a newer schema version.</exception>
    /// <exception cref="SqliteException">The file is not a SQLite database or cannot be opened.</exception>
    public static SqliteGrantStore Open(string databasePath, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var timeout = busyTimeout ?? TimeSpan.FromSeconds(30);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(busyTimeout));
        var store = new SqliteGrantStore(ConnectionString(databasePath, timeout), (int)timeout.TotalMilliseconds);
        // Microsoft.Data.Sqlite completes its "async" calls synchronously, so this does not block on a thread pool.
        store.CreateSchemaAsync(CancellationToken.None).GetAwaiter().GetResult();
        return store;
    }

    /// <summary>Opens (and if needed creates) a ledger database file, asynchronously; see <see cref="Open"/>.</summary>
    /// <param name="databasePath">The file path.</param>
    /// <param name="busyTimeout">How long a writer waits for another writer's lock; defaults to 30 seconds.</param>
    /// <param name="cancellationToken">Cancels opening and the schema check.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is empty.</exception>
    /// <exception cref="NotSupportedException">The file holds a newer schema version.</exception>
    public static async Task<SqliteGrantStore> OpenAsync(string databasePath, TimeSpan? busyTimeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var timeout = busyTimeout ?? TimeSpan.FromSeconds(30);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(busyTimeout));
        var store = new SqliteGrantStore(ConnectionString(databasePath, timeout), (int)timeout.TotalMilliseconds);
        await store.CreateSchemaAsync(cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEvent>> ReadAsync(string unitCode, long afterSequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, payload, prev_hash, hash FROM ledger_events WHERE unit = $unit AND seq > $after ORDER BY seq";
        command.Parameters.AddWithValue("$unit", unitCode);
        command.Parameters.AddWithValue("$after", afterSequence);
        var events = new List<StoredEvent>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            events.Add(new StoredEvent(unitCode, reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return events;
    }

    /// <inheritdoc />
    public async Task<bool> TryAppendAsync(StoredEvent storedEvent, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storedEvent);
        if (storedEvent.Sequence != expectedVersion + 1)
        {
            throw new ArgumentException("The event's sequence must follow the expected version.", nameof(storedEvent));
        }

        using var connection = OpenConnection();
        await ExecuteAsync(connection, "BEGIN IMMEDIATE", cancellationToken).ConfigureAwait(false);
        var committed = false;
        try
        {
            using (var version = connection.CreateCommand())
            {
                version.CommandText = "SELECT COALESCE(MAX(seq), 0) FROM ledger_events WHERE unit = $unit";
                version.Parameters.AddWithValue("$unit", storedEvent.UnitCode);
                var current = Convert.ToInt64(await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                if (current != expectedVersion)
                {
                    return false;
                }
            }

            using (var insert = connection.CreateCommand())
            {
                insert.CommandText = "INSERT INTO ledger_events (unit, seq, payload, prev_hash, hash) VALUES ($unit, $seq, $payload, $prev, $hash)";
                insert.Parameters.AddWithValue("$unit", storedEvent.UnitCode);
                insert.Parameters.AddWithValue("$seq", storedEvent.Sequence);
                insert.Parameters.AddWithValue("$payload", storedEvent.Payload);
                insert.Parameters.AddWithValue("$prev", storedEvent.PreviousHash);
                insert.Parameters.AddWithValue("$hash", storedEvent.Hash);
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, "COMMIT", CancellationToken.None).ConfigureAwait(false);
            committed = true;
            return true;
        }
        finally
        {
            if (!committed)
            {
                await ExecuteAsync(connection, "ROLLBACK", CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ListUnitsAsync(CancellationToken cancellationToken = default)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT unit FROM ledger_events ORDER BY unit";
        var units = new List<string>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            units.Add(reader.GetString(0));
        }

        return units;
    }

    /// <summary>Releases the pooled connections to the file, so that it can be moved or deleted.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;");
        pragma.ExecuteNonQuery();
        return connection;
    }

    private static string ConnectionString(string databasePath, TimeSpan timeout) => new SqliteConnectionStringBuilder
    {
        DataSource = databasePath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = (int)Math.Ceiling(timeout.TotalSeconds),
    }.ToString();

    private async Task CreateSchemaAsync(CancellationToken cancellationToken)
    {
        using var connection = OpenConnection();
        await ExecuteAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, "BEGIN IMMEDIATE", cancellationToken).ConfigureAwait(false);
        var committed = false;
        try
        {
            using var versionCommand = connection.CreateCommand();
            versionCommand.CommandText = "PRAGMA user_version";
            var version = Convert.ToInt32(await versionCommand.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (version > SchemaVersion)
            {
                throw new NotSupportedException(string.Create(CultureInfo.InvariantCulture,
                    $"The ledger database has schema version {version}; this store reads up to version {SchemaVersion}."));
            }

            if (version == 0)
            {
                await ExecuteAsync(connection, """
                    CREATE TABLE IF NOT EXISTS ledger_events (
                        unit TEXT NOT NULL,
                        seq INTEGER NOT NULL CHECK (seq >= 1),
                        payload TEXT NOT NULL,
                        prev_hash TEXT NOT NULL,
                        hash TEXT NOT NULL,
                        PRIMARY KEY (unit, seq)
                    ) WITHOUT ROWID;
                    CREATE TRIGGER IF NOT EXISTS ledger_events_no_update BEFORE UPDATE ON ledger_events
                    BEGIN SELECT RAISE(ABORT, 'ledger events are append-only'); END;
                    CREATE TRIGGER IF NOT EXISTS ledger_events_no_delete BEFORE DELETE ON ledger_events
                    BEGIN SELECT RAISE(ABORT, 'ledger events are append-only'); END;
                    PRAGMA user_version = 1;
                    """, cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, "COMMIT", CancellationToken.None).ConfigureAwait(false);
            committed = true;
        }
        finally
        {
            if (!committed)
            {
                await ExecuteAsync(connection, "ROLLBACK", CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
