using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

public class VkbSamplingServiceCollectionExtensionsTests
{
    [Fact]
    public void AddVkbSampling_Defaults_ResolvesServiceWithHostClock()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 4, 1, 8, 0));
        using var provider = new ServiceCollection().AddSingleton<IClock>(clock).AddVkbSampling().BuildServiceProvider();
        var service = provider.GetRequiredService<SamplingService>();
        service.Commit(Seed.FromDice("12345678901234567890")).CommittedAt.ShouldBe(clock.GetCurrentInstant());
        service.TeamLeadParameters(new YearMonth(2025, 4)).DrawId.ShouldBe("TL-2025-04");
        service.Options.Reserve.ShouldBe(2);
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void AddVkbSampling_RequestBelowTen_FailsValidationWithEveryProblem()
    {
        using var provider = new ServiceCollection().AddVkbSampling(o =>
        {
            o.TeamLeadPerUnit = 5;
            o.Reserve = -1;
        }).BuildServiceProvider();
        var ex = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SamplingOptions>>().Value);
        ex.Failures.Count().ShouldBe(2);
        ex.Message.ShouldContain("rule S1");
    }
}
