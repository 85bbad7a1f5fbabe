using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Sampling.Json;

namespace Vkb.Sampling.Tests;

public class HostIntegrationTests
{
    [Fact]
    public void Configuration_BindsEverySamplingOption()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.sampling.json").Build();
        var services = new ServiceCollection();
        services.AddVkbSampling(configuration.GetSection("Vkb:Sampling"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<SamplingOptions>>().Value;
        (options.TeamLeadPerUnit, options.Reserve, options.ExcludePreviousMonths, options.MinPerStratum).ShouldBe((12, 3, 4, 1));
        provider.GetRequiredService<SamplingService>().Options.TeamLeadPerUnit.ShouldBe(12);
    }

    [Fact]
    public void Configuration_BelowTheMinimum_FailsAtStart()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["S:TeamLeadPerUnit"] = "9" }).Build();
        var services = new ServiceCollection();
        services.AddVkbSampling(configuration.GetSection("S"));
        using var provider = services.BuildServiceProvider();
        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SamplingOptions>>().Value).Message.ShouldContain("TeamLeadPerUnit");
    }

    [Fact]
    public void TimeProvider_RegisteredByTheHost_DatesTheCommitment()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2030, 5, 6, 7, 8, 0, TimeSpan.Zero)));
        services.AddVkbSampling();
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<SamplingService>().Commit(Seed.Parse("31415926535897932384")).CommittedAt.ShouldBe(Instant.FromUtc(2030, 5, 6, 7, 8));
    }

    [Fact]
    public void Json_SeedTicketMonthAndEnums_RoundTrip()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddVkbSamplingConverters();
        var seed = Seed.Parse("31415926535897932384");
        JsonSerializer.Serialize(seed, json).ShouldBe("\"31415926535897932384\"");
        JsonSerializer.Deserialize<Seed>("\"31415926535897932384\"", json).ShouldBe(seed);
        var ticket = SampleTicket.Compute(seed, "draw-1", "K1");
        JsonSerializer.Deserialize<SampleTicket>(JsonSerializer.Serialize(ticket, json), json).ShouldBe(ticket);
        JsonSerializer.Serialize(DrawLevel.RegionalDirectorate, json).ShouldBe("\"regionalDirectorate\"");
        JsonSerializer.Deserialize<AssessmentKind>("\"riskOriented\"", json).ShouldBe(AssessmentKind.RiskOriented);
        JsonSerializer.Serialize(new YearMonth(2025, 6), json).ShouldBe("\"2025-06\"");
        JsonSerializer.Deserialize<Instant>("\"2025-06-01T08:00:00Z\"", json).ShouldBe(Instant.FromUtc(2025, 6, 1, 8, 0));
    }
}

public class SampleProtocolStreamTests
{
    [Fact]
    public async Task Protocol_WriteJsonAsync_FromJsonAsync_RoundTripTheCanonicalBytes()
    {
        var seed = Seed.Parse("31415926535897932384");
        var population = Enumerable.Range(0, 40).Select(i => new PopulationItem($"K{i:D2}", i % 2 == 0 ? "A" : "B", "all")).ToList();
        var protocol = Sampler.Draw(population, PopulationItem.Frame, SampleParameters.Create("D-1", perUnit: 10), seed, SeedCommitment.Create(seed, NodaTime.Instant.FromUtc(2025, 4, 1, 0, 0)));
        using var stream = new MemoryStream();
        await protocol.WriteJsonAsync(stream);
        System.Text.Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(protocol.ToJson());
        stream.Position = 0;
        (await SampleProtocol.FromJsonAsync(stream)).ToJson().ShouldBe(protocol.ToJson());
    }
}
