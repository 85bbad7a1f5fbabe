using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Vkb.Entitlements.Sqlite;

/// <summary>Registers the SQLite grant store.</summary>
public static class VkbEntitlementsSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SqliteGrantStore"/> on <paramref name="databasePath"/> as the
    /// <see cref="IGrantStore"/> (unless one is registered), the <see cref="LedgerKey"/> read from
    /// <paramref name="ledgerKeyPath"/> (unless one is registered) and the entitlement services
    /// with default options. Call before <c>AddVkbEntitlements</c> with options, or alone.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="databasePath">The ledger database file; created on first use.</param>
    /// <param name="ledgerKeyPath">The ledger key file (base64, as <c>vkb keygen</c> writes it), kept outside the database's reach.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A path is empty.</exception>
    public static IServiceCollection AddVkbEntitlementsSqlite(this IServiceCollection services, string databasePath, string ledgerKeyPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(ledgerKeyPath);
        services.TryAddSingleton<IGrantStore>(_ => SqliteGrantStore.Open(databasePath));
        services.TryAddSingleton(_ => LedgerKey.FromFile(ledgerKeyPath));
        return services.AddVkbEntitlements();
    }
}
