using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Synthetic.Json;

namespace Vkb.Synthetic.Tests;

public class HostIntegrationTests
{
    [Fact]
    public void Configuration_BindsEverySyntheticOption()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.synthetic.json").Build();
        var services = new ServiceCollection();
        services.AddVkbSynthetic(configuration.GetSection("Vkb:Synthetic"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<SyntheticOptions>>().Value;
        (options.Preset, options.Records, options.Seed, options.ReviewMonth, options.PhaseId)
            .ShouldBe(("medium", (long?)1234, 99UL, (YearMonth?)new YearMonth(2025, 7), "2025-Q3"));
        var generator = provider.GetRequiredService<ExtractGenerator>();
        (generator.Seed, generator.Shape.ReviewMonth, generator.Shape.PhaseId).ShouldBe((99UL, new YearMonth(2025, 7), "2025-Q3"));
    }

    [Fact]
    public void Json_Enums_AreCamelCaseStrings()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddVkbSyntheticConverters();
        JsonSerializer.Serialize(PersonalDataCategory.CustomerName, json).ShouldBe("\"customerName\"");
        JsonSerializer.Deserialize<PersonalDataCategory>("\"staffName\"", json).ShouldBe(PersonalDataCategory.StaffName);
    }
}
