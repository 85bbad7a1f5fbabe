using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Vkb.Entitlements.Sqlite;

/// <summary>
/// An <see cref="IGrantStore"/> in one SQLite file: WAL journal, <c>BEGIN IMMEDIATE</c> write
/// transactions and a busy timeout, so several connections, threads and processes can share the
/// file. The version check and the insert of an append run in one write transaction; triggers
/// refuse updates and deletes of ledger events. <see cref="Open"/> creates the schema, versioned
/// with <c>PRAGMA user_version</c>; <see cref="OpenReadOnly"/> never writes and checks that the
/// file is an intact ledger. The triggers only stop accidents: tamper evidence comes from the
/// keyed MACs the <see cref="GrantService"/> checks, with the key kept outside this file.
/// </summary>
/// <remarks>
/// Thread-safe: every operation uses its own pooled connection. A file that SQLite finds corrupt
/// (or that is no ledger) surfaces as <see cref="InvalidDataException"/>, never as a raw
/// <see cref="SqliteException"/>; only lock time-outs stay <see cref="SqliteException"/>.
/// </remarks>
public sealed partial class SqliteGrantStore : IGrantStore, IDisposable
{
    /// <summary>The schema version this store writes and reads: 2, the keyed (HMAC) chain.</summary>
    public const int SchemaVersion = 2;

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly string _connectionString;
    private readonly int _busyTimeoutMilliseconds;
    private readonly bool _readOnly;
    private readonly string _databasePath;

    private SqliteGrantStore(string connectionString, int busyTimeoutMilliseconds, bool readOnly, string databasePath)
    {
        _connectionString = connectionString;
        _databasePath = databasePath;
        _busyTimeoutMilliseconds = busyTimeoutMilliseconds;
        _readOnly = readOnly;
    }

    /// <summary>Whether this store was opened with <see cref="OpenReadOnly"/>; appends are then refused.</summary>
    public bool IsReadOnly => _readOnly;

    /// <summary>The database file.</summary>
    public string DatabasePath => _databasePath;

    /// <summary>Opens (and if needed creates) a ledger database file.</summary>
    /// <param name="databasePath">The file path.</param>
    /// <param name="busyTimeout">How long a writer waits for another writer's lock; defaults to 30 seconds.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="databasePath"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="busyTimeout"/> is not positive.</exception>
    /// <exception cref="NotSupportedException">The file holds another schema version (a newer one, or the unkeyed version 1).</exception>
    /// <exception cref="InvalidDataException">The file is not a SQLite database, is corrupt, or holds other tables than a ledger.</exception>
    /// <exception cref="SqliteException">The file cannot be opened or locked.</exception>
    public static SqliteGrantStore Open(string databasePath, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var timeout = busyTimeout ?? TimeSpan.FromSeconds(30);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(busyTimeout));
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(timeout.TotalSeconds),
        };
        var store = new SqliteGrantStore(builder.ToString(), (int)timeout.TotalMilliseconds, readOnly: false, databasePath);
        Translate(store.CreateSchema);
        return store;
    }

    /// <summary>
    /// Opens an existing ledger file for reading only, for verification: nothing is written to
    /// the database (no schema is created), and the file is checked first. An empty file, a
    /// foreign SQLite database, a dropped table, a schema of another version or a file that
    /// fails SQLite's integrity check is refused.
    /// </summary>
    /// <param name="databasePath">The file path.</param>
    /// <param name="busyTimeout">How long a read waits for a writer's lock; defaults to 30 seconds.</param>
    /// <returns>The read-only store.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="databasePath"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The file holds a ledger of another schema version.</exception>
    /// <exception cref="InvalidDataException">The file is not an intact grants ledger; the message says why.</exception>
    public static SqliteGrantStore OpenReadOnly(string databasePath, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var timeout = busyTimeout ?? TimeSpan.FromSeconds(30);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero, nameof(busyTimeout));
        var file = new FileInfo(databasePath);
        if (!file.Exists)
        {
            throw new FileNotFoundException("The ledger file does not exist.", databasePath);
        }

        if (file.Length == 0)
        {
            throw new InvalidDataException("The file is empty: it is not a grants ledger.");
        }

        // A ledger at rest (neither -wal nor -shm beside it: no connection of any process has it open, every
        // transaction is in the file) is read as immutable, so reading creates no -wal/-shm and changes no byte
        // beside it (issue 17, class 3: verification never writes). A ledger in use is read through its WAL, which
        // SQLite's read locks need; that touches only the -shm file the writer already made.
        var full = Path.GetFullPath(databasePath);
        var atRest = !File.Exists(full + "-wal") && !File.Exists(full + "-shm");
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = atRest ? new Uri(full).AbsoluteUri + "?immutable=1" : databasePath,
            Mode = SqliteOpenMode.ReadOnly,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(timeout.TotalSeconds),
        };
        var store = new SqliteGrantStore(builder.ToString(), (int)timeout.TotalMilliseconds, readOnly: true, databasePath);
        try
        {
            Translate(store.CheckSchema);
        }
        catch
        {
            store.Dispose();
            throw;
        }

        return store;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<StoredEvent>> ReadAsync(string unitCode, long afterSequence, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(unitCode);
        return TranslateAsync(() => ReadCoreAsync(unitCode, afterSequence, cancellationToken));
    }

    private async Task<IReadOnlyList<StoredEvent>> ReadCoreAsync(string unitCode, long afterSequence, CancellationToken cancellationToken)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seq, payload, prev_hash, hash FROM ledger_events WHERE unit = $unit AND seq > $after ORDER BY seq";
        command.Parameters.AddWithValue("$unit", unitCode);
        command.Parameters.AddWithValue("$after", afterSequence);
        var events = new List<StoredEvent>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.GetFieldType(0) != typeof(long) || reader.IsDBNull(1) || reader.IsDBNull(2) || reader.IsDBNull(3))
            {
                throw new InvalidDataException("A ledger row has a value of the wrong type: the file is corrupt or was changed outside the store.");
            }

            events.Add(new StoredEvent(unitCode, reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)));
        }

        return events;
    }

    /// <inheritdoc />
    public Task<bool> TryAppendAsync(StoredEvent storedEvent, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storedEvent);
        if (storedEvent.Sequence != expectedVersion + 1)
        {
            throw new ArgumentException("The event's sequence must follow the expected version.", nameof(storedEvent));
        }

        if (_readOnly)
        {
            throw new InvalidOperationException("The ledger was opened read-only; it cannot be appended to.");
        }

        return TranslateAsync(() => TryAppendCoreAsync(storedEvent, expectedVersion, cancellationToken));
    }

    private async Task<bool> TryAppendCoreAsync(StoredEvent storedEvent, long expectedVersion, CancellationToken cancellationToken)
    {
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
    public Task<IReadOnlyList<string>> ListUnitsAsync(CancellationToken cancellationToken = default) =>
        TranslateAsync(() => ListUnitsCoreAsync(cancellationToken));

    private async Task<IReadOnlyList<string>> ListUnitsCoreAsync(CancellationToken cancellationToken)
    {
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT DISTINCT unit FROM ledger_events ORDER BY unit";
        var units = new List<string>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.IsDBNull(0))
            {
                throw new InvalidDataException("A ledger row has no unit: the file is corrupt or was changed outside the store.");
            }

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
        pragma.CommandText = _readOnly
            ? string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}; PRAGMA query_only = ON;")
            : string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;");
        pragma.ExecuteNonQuery();
        return connection;
    }

    private void CreateSchema()
    {
        using var connection = OpenConnection();
        Execute(connection, "PRAGMA journal_mode = WAL");
        Execute(connection, "BEGIN IMMEDIATE");
        var committed = false;
        try
        {
            using var versionCommand = connection.CreateCommand();
            versionCommand.CommandText = "PRAGMA user_version";
            var version = Convert.ToInt32(versionCommand.ExecuteScalar(), CultureInfo.InvariantCulture);
            if (version != 0 && version != SchemaVersion)
            {
                throw new NotSupportedException(VersionMessage(version));
            }

            if (version == 0)
            {
                if (HasTables(connection))
                {
                    throw new InvalidDataException("The file is a SQLite database with other tables: it is not a grants ledger.");
                }

                Execute(connection, """
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
                    PRAGMA user_version = 2;
                    """);
            }

            Execute(connection, "COMMIT");
            committed = true;
        }
        finally
        {
            if (!committed)
            {
                Execute(connection, "ROLLBACK");
            }
        }
    }

    /// <summary>Checks, without writing, that the file is an intact ledger of this schema version.</summary>
    private void CheckSchema()
    {
        using var connection = OpenConnection();
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "PRAGMA quick_check";
            using var reader = check.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
            {
                lines.Add(reader.IsDBNull(0) ? string.Empty : reader.GetString(0));
            }

            if (lines is not ["ok"])
            {
                // SQLite's own lines can quote index entries; only their number is reported.
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                    $"The file is corrupt: SQLite's integrity check found {lines.Count} problem(s)."));
            }
        }

        using var versionCommand = connection.CreateCommand();
        versionCommand.CommandText = "PRAGMA user_version";
        var version = Convert.ToInt32(versionCommand.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (version == 0)
        {
            throw new InvalidDataException(HasTables(connection)
                ? "The file is a SQLite database without a ledger schema: it is not a grants ledger."
                : "The file is an empty SQLite database: it is not a grants ledger.");
        }

        if (version != SchemaVersion)
        {
            throw new NotSupportedException(VersionMessage(version));
        }

        using var columns = connection.CreateCommand();
        columns.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_table_info('ledger_events') ORDER BY cid)";
        if (columns.ExecuteScalar() is not string names || !string.Equals(names, "unit,seq,payload,prev_hash,hash", StringComparison.Ordinal))
        {
            throw new InvalidDataException("The ledger table is missing or has other columns: the file is damaged or not a grants ledger.");
        }
    }

    private static bool HasTables(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static string VersionMessage(int version) => version == 1
        ? "The ledger database has schema version 1 (an unkeyed SHA-256 chain); this store reads the keyed version 2 only. Start a new ledger."
        : string.Create(CultureInfo.InvariantCulture, $"The ledger database has schema version {version}; this store reads version {SchemaVersion}.");

    /// <summary>Runs a synchronous step, turning SQLite's corruption and format errors into <see cref="InvalidDataException"/>.</summary>
    private static void Translate(Action action)
    {
        try
        {
            action();
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is not (SqliteBusy or SqliteLocked))
        {
            throw Corrupt(ex);
        }
    }

    private static async Task<T> TranslateAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is not (SqliteBusy or SqliteLocked))
        {
            throw Corrupt(ex);
        }
    }

    private static InvalidDataException Corrupt(SqliteException ex) => new(
        string.Create(CultureInfo.InvariantCulture,
            $"The ledger file cannot be read as a grants ledger: it is corrupt, incomplete or not a ledger (SQLite error {ex.SqliteErrorCode})."),
        ex);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
