using Vkb.Catalog.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Vkb.Catalog.Tests;

public class VkbCatalogServiceCollectionExtensionsTests
{
    [Fact]
    public void AddVkbCatalog_Defaults_ResolveExampleRegistryAndServices()
    {
        using var provider = new ServiceCollection().AddVkbCatalog().BuildServiceProvider();

        provider.GetRequiredService<CatalogRegistry>().Catalogs.ShouldContain(ExampleCatalogs.Placement);
        provider.GetRequiredService<FindingsAggregator>().ShouldNotBeNull();
        provider.GetRequiredService<CaseManagementIndicators>().ShouldNotBeNull();
        provider.GetRequiredService<IOptions<CatalogOptions>>().Value.MinimumCellSize.ShouldBe(5);
    }

    [Fact]
    public void AddVkbCatalog_HostRegistry_IsKept()
    {
        var own = CatalogRegistry.Create([]).GetValueOrThrow();
        using var provider = new ServiceCollection().AddSingleton(own).AddVkbCatalog(o => o.MinimumCellSize = 10).BuildServiceProvider();

        provider.GetRequiredService<CatalogRegistry>().ShouldBeSameAs(own);
        provider.GetRequiredService<IOptions<CatalogOptions>>().Value.MinimumCellSize.ShouldBe(10);
    }

    [Fact]
    public void AddVkbCatalog_InvalidK_FailsOnStartWithClearMessage()
    {
        using var provider = new ServiceCollection().AddVkbCatalog(o => o.MinimumCellSize = 1).BuildServiceProvider();

        var ex = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        ex.Message.ShouldContain("MinimumCellSize");
    }
}
