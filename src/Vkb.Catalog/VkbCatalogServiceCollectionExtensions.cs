using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vkb.Catalog.Indicators;

namespace Vkb.Catalog;

/// <summary>Registers the catalogue services in a service collection.</summary>
public static class VkbCatalogServiceCollectionExtensions
{
    private const string NoRegistry =
        "No CatalogRegistry is registered. Register the official catalogues as a CatalogRegistry singleton, or call AddVkbExampleCatalogue() for the example catalogue (\"Beispiel, kein offizieller Katalog\") in demos and tests.";

    /// <summary>
    /// Adds <see cref="CatalogOptions"/> (validated on start), <see cref="CatalogService"/> (logging
    /// through the host's <see cref="ILogger{TCategoryName}"/> when logging is registered),
    /// <see cref="FindingsAggregator"/> and <see cref="CaseManagementIndicators"/>. The <see cref="CatalogRegistry"/> is the host's: register
    /// it as a singleton (before or after this call), or opt in to the example catalogue with
    /// <see cref="AddVkbExampleCatalogue"/>; resolving it without either says so. Existing
    /// registrations are kept (TryAdd).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddVkbCatalog(this IServiceCollection services) => services.AddVkbCatalog(_ => { });

    /// <summary>Adds the catalogue services and configures the options; see <see cref="AddVkbCatalog(IServiceCollection)"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options, e.g. <c>o => o.MinimumCellSize = 10</c>.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddVkbCatalog(this IServiceCollection services, Action<CatalogOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>Adds the catalogue services with options bound from a configuration section (<c>MinimumCellSize</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, e.g. <c>Vkb:Catalog</c>.</param>
    /// <returns>The options builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OptionsBuilder<CatalogOptions> AddVkbCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configuration);
        return AddCore(services).Bind(configuration);
    }

    /// <summary>
    /// Registers the example catalogue registry (<see cref="ExampleCatalogs.CreateRegistry"/>,
    /// "Beispiel, kein offizieller Katalog") as the <see cref="CatalogRegistry"/>, replacing any
    /// registered before. For demos, samples and tests only.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddVkbExampleCatalogue(this IServiceCollection services)
    {
        Preconditions.CheckNotNull(services);
        services.Replace(ServiceDescriptor.Singleton(_ => ExampleCatalogs.CreateRegistry()));
        return services;
    }

    private static OptionsBuilder<CatalogOptions> AddCore(IServiceCollection services)
    {
        var builder = services.AddOptions<CatalogOptions>()
            .Validate(o => o.MinimumCellSize >= 2, "CatalogOptions.MinimumCellSize (k) must be at least 2: a cell of one case is always identifying.")
            .ValidateOnStart();
        services.TryAddSingleton<CatalogRegistry>(_ => throw new InvalidOperationException(NoRegistry));
        services.TryAddSingleton(sp => new CatalogService(sp.GetService<ILogger<CatalogService>>()));
        services.TryAddSingleton(sp => new FindingsAggregator(sp.GetRequiredService<IOptions<CatalogOptions>>()));
        services.TryAddSingleton(sp => new CaseManagementIndicators(sp.GetRequiredService<IOptions<CatalogOptions>>()));
        return builder;
    }
}
