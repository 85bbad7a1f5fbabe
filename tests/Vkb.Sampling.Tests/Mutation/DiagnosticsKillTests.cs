using System.Diagnostics.Metrics;
using System.Text.Json;
using NodaTime;
using Vkb.Sampling;
using Vkb.Sampling.Diagnostics;
using Vkb.Sampling.Json;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The package's metrics and JSON converters, which no test read before the Stryker run of
/// session 4 (docs/mutation/stryker-2026-12-05-sampling-session4.md).
/// </summary>
public class DiagnosticsKillTests
{
    private static readonly Seed TestSeed = Seed.Parse("31415926535897932384");

    [Fact]
    public void Metrics_DrawCountsTheDrawAndItsSampleAndReserveKeys_VerifyCountsByResult()
    {
        // Measurements are taken on the calling thread: only this test's are kept, whatever runs beside it.
        var thread = Environment.CurrentManagedThreadId;
        var seen = new List<(string Instrument, long Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == VkbSamplingDiagnostics.SourceName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (Environment.CurrentManagedThreadId == thread)
            {
                seen.Add((instrument.Name, value, string.Join(",", tags.ToArray().Select(t => t.Key + "=" + t.Value))));
            }
        });
        listener.Start();

        var population = Enumerable.Range(0, 25).Select(i => new PopulationItem($"K{i:D2}", i < 15 ? "A" : "B", "s")).ToList();
        var protocol = Sampler.Draw(population, PopulationItem.Frame, SampleParameters.Create("M-1", 10, reserve: 3), TestSeed, SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 1, 0, 0)));
        Sampler.Verify(protocol, population, PopulationItem.Frame).IsValid.ShouldBeTrue();
        Sampler.Verify(protocol, population.Skip(1), PopulationItem.Frame).IsValid.ShouldBeFalse();

        // A: 10 selected + 3 reserve; B: 10 selected + 0 reserve (10 eligible).
        seen.ShouldBe(
        [
            (VkbSamplingDiagnostics.Draws, 1L, string.Empty),
            (VkbSamplingDiagnostics.KeysDrawn, 23L, string.Empty),
            (VkbSamplingDiagnostics.Verifications, 1L, "vkb.valid=True"),
            (VkbSamplingDiagnostics.Verifications, 1L, "vkb.valid=False"),
        ]);
        (VkbSamplingDiagnostics.SourceName, VkbSamplingDiagnostics.Draws, VkbSamplingDiagnostics.KeysDrawn, VkbSamplingDiagnostics.Verifications)
            .ShouldBe(("Vkb.Sampling", "vkb.sampling.draws", "vkb.sampling.keys.drawn", "vkb.sampling.verifications"));
    }

    [Fact]
    public void JsonConverters_InvalidSeedOrTicketRefused_AnExistingConverterKept()
    {
        var options = new JsonSerializerOptions().AddVkbSamplingConverters();
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Seed>("\"short\"", options));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<SampleTicket>("\"abc\"", options)).Message.ShouldBe("The string is not a valid sample ticket.");
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<SampleTicket>("5", options));
        var ticket = SampleTicket.Compute(TestSeed, "d", "k");
        JsonSerializer.Serialize(ticket, options).ShouldBe("\"" + ticket + "\"");

        var mine = new TicketAsNumber();
        var custom = new JsonSerializerOptions();
        custom.Converters.Add(mine);
        custom.AddVkbSamplingConverters();
        custom.Converters.Count(c => c.CanConvert(typeof(SampleTicket))).ShouldBe(1);
        JsonSerializer.Serialize(ticket, custom).ShouldBe("0");
        ReferenceEquals(options.AddVkbSamplingConverters(), options).ShouldBeTrue();
    }

    [Fact]
    public void JsonConverters_ErrorsNameTheType()
    {
        var options = new JsonSerializerOptions().AddVkbSamplingConverters();
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Seed>("\"short\"", options)).Message.ShouldBe("The string is not a valid seed.");
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Seed>("1", options)).Message.ShouldBe("A seed is a JSON string.");
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<SampleTicket>("5", options)).Message.ShouldBe("A sample ticket is a JSON string.");
    }

    [Theory]
    [InlineData("1743494400", "An instant is written as ISO-8601 text.")]
    [InlineData("\"2025-04-01\"", "An instant is written as ISO-8601 UTC text, e.g. 2025-04-01T08:00:00Z.")]
    public void ProtocolInstants_NotIsoText_Refused(string value, string message)
    {
        var seed = Seed.Parse("31415926535897932384");
        var json = Sampler.Draw([new PopulationItem("K", "A", "s")], PopulationItem.Frame, SampleParameters.Create("D", 10), seed, SeedCommitment.Create(seed, Instant.FromUtc(2025, 4, 1, 8, 0))).ToJson();
        json.ShouldContain("\"committedAt\": \"2025-04-01T08:00:00Z\"");
        var broken = json.Replace("\"committedAt\": \"2025-04-01T08:00:00Z\"", "\"committedAt\": " + value, StringComparison.Ordinal);
        Should.Throw<FormatException>(() => SampleProtocol.FromJson(broken)).Message.ShouldContain(message);
    }

    [Fact]
    public void AddVkbSampling_NullConfigureOrConfiguration_RefusedBeforeAnythingIsRegistered()
    {
        var services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();
        Should.Throw<ArgumentNullException>(() => services.AddVkbSampling((Action<SamplingOptions>)null!)).ParamName.ShouldBe("configure");
        Should.Throw<ArgumentNullException>(() => services.AddVkbSampling((Microsoft.Extensions.Configuration.IConfiguration)null!)).ParamName.ShouldBe("configuration");
        services.ShouldBeEmpty();
    }

    private sealed class TicketAsNumber : System.Text.Json.Serialization.JsonConverter<SampleTicket>
    {
        public override SampleTicket Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => default;

        public override void Write(Utf8JsonWriter writer, SampleTicket value, JsonSerializerOptions options) => writer.WriteNumberValue(0);
    }
}
