namespace Vkb.Entitlements.Sqlite;

/// <summary>
/// Where and how the SQLite grant ledger is opened; bindable from configuration
/// (<c>DatabasePath</c>, <c>LedgerKeyPath</c>, <c>BusyTimeout</c> as <c>hh:mm:ss</c>).
/// </summary>
public sealed class SqliteGrantStoreOptions
{
    /// <summary>The ledger database file; created on first use. Required.</summary>
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>The ledger key file (base64, as <c>vkb keygen</c> writes it), kept outside the database's reach. Required unless the host registers a <see cref="LedgerKey"/>.</summary>
    public string? LedgerKeyPath { get; set; }

    /// <summary>How long a writer waits for another writer's lock; defaults to 30 seconds.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
