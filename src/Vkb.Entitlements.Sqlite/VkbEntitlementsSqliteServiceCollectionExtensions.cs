using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Vkb.Entitlements.Sqlite;

/// <summary>Registers the SQLite grant store.</summary>
public static class VkbEntitlementsSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SqliteGrantStore"/> on <paramref name="databasePath"/> as the
    /// <see cref="IGrantStore"/> (unless one is registered) and the entitlement services with
    /// default options. Call before <c>AddVkbEntitlements</c> with options, or alone.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="databasePath">The ledger database file; created on first use.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="databasePath"/> is empty.</exception>
    public static IServiceCollection AddVkbEntitlementsSqlite(this IServiceCollection services, string databasePath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        services.TryAddSingleton<IGrantStore>(_ => SqliteGrantStore.Open(databasePath));
        return services.AddVkbEntitlements();
    }
}
