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
    /// <c>AddVkbEntitlements</c> included), the <see cref="LedgerKey"/> read from
    /// <paramref name="ledgerKeyPath"/> (unless the host registered one) and the entitlement
    /// services with default options unless they are registered. The order of this call and
    /// <c>AddVkbEntitlements(…)</c> does not matter: the ledger is the SQLite file either way.
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
        AddStore(services).Configure(o =>
        {
            o.DatabasePath = databasePath;
            o.LedgerKeyPath = ledgerKeyPath;
        });
        return services;
    }

    /// <summary>
    /// Registers the SQLite grant store with options bound from a configuration section
    /// (<c>DatabasePath</c>, <c>LedgerKeyPath</c>, <c>BusyTimeout</c>); otherwise as
    /// <see cref="AddVkbEntitlementsSqlite(IServiceCollection, string, string)"/>. Validated on start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, e.g. <c>Vkb:Ledger</c>.</param>
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
        var hostKey = services.Any(d => d.ServiceType == typeof(LedgerKey) && !IsEntitlementsDefault(d));
        var builder = services.AddOptions<SqliteGrantStoreOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.DatabasePath), "SqliteGrantStoreOptions.DatabasePath is required.")
            .Validate(o => o.BusyTimeout > TimeSpan.Zero, "SqliteGrantStoreOptions.BusyTimeout must be positive.")
            .Validate(o => hostKey || !string.IsNullOrWhiteSpace(o.LedgerKeyPath), "SqliteGrantStoreOptions.LedgerKeyPath is required unless a LedgerKey is registered.")
            .ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton<IGrantStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SqliteGrantStoreOptions>>().Value;
            return SqliteGrantStore.Open(options.DatabasePath, options.BusyTimeout);
        }));

        // The in-memory default of AddVkbEntitlements generates a throw-away key; a persistent
        // ledger needs its key file, whichever call came first. A host's own key stays.
        foreach (var fallback in services.Where(IsEntitlementsDefault).ToList())
        {
            services.Remove(fallback);
        }

        services.TryAddSingleton(sp => LedgerKey.FromFile(sp.GetRequiredService<IOptions<SqliteGrantStoreOptions>>().Value.LedgerKeyPath!));
        services.AddVkbEntitlements();
        return builder;
    }

    private static bool IsEntitlementsDefault(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(LedgerKey)
        && descriptor.ImplementationFactory?.Method.DeclaringType?.Assembly == typeof(GrantService).Assembly;
}
