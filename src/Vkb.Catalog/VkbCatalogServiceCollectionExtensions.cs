using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Vkb.Catalog.Indicators;

namespace Vkb.Catalog;

/// <summary>Registers the catalogue services in a service collection.</summary>
public static class VkbCatalogServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="CatalogOptions"/> (validated on start), a <see cref="CatalogRegistry"/> (the
    /// example catalogue unless the host registered its own), <see cref="FindingsAggregator"/> and
    /// <see cref="CaseManagementIndicators"/>. Existing registrations are kept (TryAdd).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddVkbCatalog(this IServiceCollection services) => services.AddVkbCatalog(_ => { });

    /// <summary>Adds the catalogue services and configures the options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options, e.g. <c>o => o.MinimumCellSize = 10</c>.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddVkbCatalog(this IServiceCollection services, Action<CatalogOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        services.AddOptions<CatalogOptions>()
            .Configure(configure)
            .Validate(o => o.MinimumCellSize >= 2, "CatalogOptions.MinimumCellSize (k) must be at least 2: a cell of one case is always identifying.")
            .ValidateOnStart();
        services.TryAddSingleton(_ => ExampleCatalogs.CreateRegistry());
        services.TryAddSingleton(sp => new FindingsAggregator(sp.GetRequiredService<IOptions<CatalogOptions>>()));
        services.TryAddSingleton(sp => new CaseManagementIndicators(sp.GetRequiredService<IOptions<CatalogOptions>>()));
        return services;
    }
}
