using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Vkb.Sampling;

/// <summary>Source-generated JSON for protocols: camelCase, two-space indent, line feeds.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    NewLine = "\n",
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true,
    Converters = [typeof(InstantJsonConverter)])]
[JsonSerializable(typeof(SampleProtocol))]
internal sealed partial class SamplingJsonContext : JsonSerializerContext
{
    private static readonly Lazy<SamplingJsonContext> Relaxed = new(() => new SamplingJsonContext(new JsonSerializerOptions(Default!.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }));

    /// <summary>The context used for writing: non-ASCII letters stay readable.</summary>
    internal static SamplingJsonContext Writer => Relaxed.Value;
}

/// <summary>Instants as ISO-8601 UTC text, e.g. <c>2025-04-01T08:00:00Z</c>.</summary>
internal sealed class InstantJsonConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("An instant is written as ISO-8601 text.");
        }

        var result = InstantPattern.ExtendedIso.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException("An instant is written as ISO-8601 UTC text, e.g. 2025-04-01T08:00:00Z.");
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
}
