using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Vkb.Entitlements.Sqlite;

/// <summary>Registers the SQLite grant store.</summary>
public static class VkbEntitlementsSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="SqliteGrantStore"/> on <paramref name="databasePath"/> as the
    /// <see cref="IGrantStore"/>, replacing any store registered before (the in-memory default of
    /// <c>AddVkbEntitlements</c> included), and the entitlement services with default options
    /// unless they are registered. The order of this call and <c>AddVkbEntitlements(…)</c> does
    /// not matter: the ledger is the SQLite file either way.
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
        AddStore(services).Configure(o => o.DatabasePath = databasePath);
        return services;
    }

    /// <summary>
    /// Registers the SQLite grant store with options bound from a configuration section
    /// (<c>DatabasePath</c>, <c>BusyTimeout</c>); otherwise as <see cref="AddVkbEntitlementsSqlite(IServiceCollection, string)"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, e.g. <c>Vkb:Entitlements:Sqlite</c>.</param>
    /// <returns>The options builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OptionsBuilder<SqliteGrantStoreOptions> AddVkbEntitlementsSqlite(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddStore(services).Bind(configuration);
    }

    private static OptionsBuilder<SqliteGrantStoreOptions> AddStore(IServiceCollection services)
    {
        var builder = services.AddOptions<SqliteGrantStoreOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.DatabasePath), "SqliteGrantStoreOptions.DatabasePath is required.")
            .Validate(o => o.BusyTimeout > TimeSpan.Zero, "SqliteGrantStoreOptions.BusyTimeout must be positive.")
            .ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton<IGrantStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SqliteGrantStoreOptions>>().Value;
            return SqliteGrantStore.Open(options.DatabasePath, options.BusyTimeout);
        }));
        services.AddVkbEntitlements();
        return builder;
    }
}
