using System.Text.Json;

namespace Vkb.Sampling.Json;

/// <summary>System.Text.Json support for the sampling types a host puts in an API.</summary>
public static class VkbSamplingJsonExtensions
{
    /// <summary>
    /// Adds converters so that <see cref="Seed"/> and <see cref="SampleTicket"/> are strings,
    /// NodaTime values (<c>YearMonth</c> <c>"2025-06"</c>, instants) ISO 8601 strings, periods
    /// <c>{"from","to"}</c> and this package's enums camelCase strings. A
    /// <see cref="SampleProtocol"/> keeps its own canonical format (<see cref="SampleProtocol.ToJson"/>),
    /// which an auditor re-checks byte for byte; send that text where a protocol leaves the host.
    /// </summary>
    /// <param name="options">The serializer options.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static JsonSerializerOptions AddVkbSamplingConverters(this JsonSerializerOptions options)
    {
        VkbJson.AddCommon(options, typeof(Seed).Assembly);
        VkbJson.AddIfMissing(options, typeof(Seed), () => new VkbJson.StringValueConverter<Seed>("seed", t => Seed.TryParse(t, out var s) ? s : null, v => v.Value));
        VkbJson.AddIfMissing(options, typeof(SampleTicket), () => new TicketConverter());
        return options;
    }

    private sealed class TicketConverter : System.Text.Json.Serialization.JsonConverter<SampleTicket>
    {
        public override SampleTicket Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            SampleTicket.TryParse(VkbJson.ReadString(ref reader, "sample ticket"), out var ticket) ? ticket : throw new JsonException("The string is not a valid sample ticket.");

        public override void Write(Utf8JsonWriter writer, SampleTicket value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
