using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Catalog.Json;

namespace Vkb.Catalog.Tests;

public class HostIntegrationTests
{
    [Fact]
    public void Configuration_BindsEveryCatalogOption()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.catalog.json").Build();
        var services = new ServiceCollection();
        services.AddVkbCatalog(configuration.GetSection("Vkb:Catalog"));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IOptions<CatalogOptions>>().Value.MinimumCellSize.ShouldBe(9);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ExampleCatalogue_IsOptIn_InEitherOrder(bool exampleFirst)
    {
        var services = new ServiceCollection();
        if (exampleFirst)
        {
            services.AddVkbExampleCatalogue().AddVkbCatalog();
        }
        else
        {
            services.AddVkbCatalog().AddVkbExampleCatalogue();
        }

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<CatalogRegistry>().Catalogs.ShouldContain(ExampleCatalogs.Placement);
    }

    [Fact]
    public void Json_VersionDatesAndEnums_RoundTrip()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddVkbCatalogConverters();
        var version = CatalogVersion.Create(2, 1);
        JsonSerializer.Serialize(version, json).ShouldBe("\"2.1\"");
        JsonSerializer.Deserialize<CatalogVersion>("\"2.1\"", json).ShouldBe(version);
        JsonSerializer.Deserialize<LocalDate>(JsonSerializer.Serialize(new LocalDate(2025, 4, 1), json), json).ShouldBe(new LocalDate(2025, 4, 1));
        JsonSerializer.Serialize(CatalogStatus.Active, json).ShouldBe("\"active\"");
        JsonSerializer.Deserialize<Verdict>(JsonSerializer.Serialize(Verdict.Partly, json), json).ShouldBe(Verdict.Partly);
    }
}

public class CatalogJsonStreamTests
{
    [Fact]
    public async Task ReadAsync_FromStreams_MatchesTheStringReaders()
    {
        var json = CatalogJson.Write(ExampleCatalogs.Placement);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var read = await CatalogJson.ReadCatalogAsync(stream);
        read.Value.ShouldNotBeNull();
        CatalogJson.Write(read.Value).ShouldBe(json);
        using var broken = new MemoryStream("{"u8.ToArray());
        (await CatalogJson.ReadAssessmentAsync(broken)).Value.ShouldBeNull();
    }
}
