using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Vkb.Synthetic.Tests;

public class VkbSyntheticServiceCollectionExtensionsTests
{
    [Fact]
    public void AddVkbSynthetic_Defaults_RegistersSmallGenerator()
    {
        using var provider = new ServiceCollection().AddVkbSynthetic().BuildServiceProvider();

        var generator = provider.GetRequiredService<ExtractGenerator>();

        generator.Shape.ShouldBe(ExtractShape.Small);
        generator.Seed.ShouldBe(20250401UL);
        provider.GetRequiredService<ExtractGenerator>().ShouldBeSameAs(generator);
    }

    [Fact]
    public void AddVkbSynthetic_Configured_UsesOptions()
    {
        using var provider = new ServiceCollection()
            .AddVkbSynthetic(o =>
            {
                o.Preset = "medium";
                o.Records = 1_000;
                o.Seed = 9;
                o.ReviewMonth = new YearMonth(2024, 6);
                o.PhaseId = "P2";
            })
            .BuildServiceProvider();

        var generator = provider.GetRequiredService<ExtractGenerator>();

        generator.Shape.TotalRecords.ShouldBe(1_000);
        generator.Shape.ReviewMonth.ShouldBe(new YearMonth(2024, 6));
        generator.Shape.PhaseId.ShouldBe("P2");
        generator.Seed.ShouldBe(9UL);
    }

    [Fact]
    public void AddVkbSynthetic_InvalidPreset_FailsValidation()
    {
        using var provider = new ServiceCollection().AddVkbSynthetic(o => o.Preset = "huge").BuildServiceProvider();

        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SyntheticOptions>>().Value)
            .Message.ShouldContain("Preset");
    }

    [Fact]
    public void AddVkbSynthetic_CalledTwice_KeepsFirstRegistration()
    {
        var services = new ServiceCollection().AddVkbSynthetic().AddVkbSynthetic();

        services.Count(d => d.ServiceType == typeof(ExtractGenerator)).ShouldBe(1);
    }
}
