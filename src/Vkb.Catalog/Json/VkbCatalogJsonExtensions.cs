using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vkb.Catalog.Json;

/// <summary>System.Text.Json support for the catalogue types a host puts in an API.</summary>
public static class VkbCatalogJsonExtensions
{
    /// <summary>
    /// Adds converters so that <see cref="CatalogVersion"/> is a string (<c>"1.2"</c>), NodaTime
    /// dates ISO 8601 strings, periods <c>{"from","to"}</c> and this package's enums camelCase
    /// strings. Catalogues and assessments keep their own documented formats
    /// (<see cref="CatalogJson"/>, <see cref="FhirQuestionnaire"/>) for exchange.
    /// </summary>
    /// <param name="options">The serializer options.</param>
    /// <returns>The same options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static JsonSerializerOptions AddVkbCatalogConverters(this JsonSerializerOptions options)
    {
        VkbJson.AddCommon(options, typeof(CatalogVersion).Assembly);
        VkbJson.AddIfMissing(options, typeof(CatalogVersion), () => new VersionConverter());
        return options;
    }

    private sealed class VersionConverter : JsonConverter<CatalogVersion>
    {
        public override CatalogVersion Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            CatalogVersion.TryParse(VkbJson.ReadString(ref reader, "catalogue version"), out var version) ? version : throw new JsonException("A catalogue version is MAJOR.MINOR.");

        public override void Write(Utf8JsonWriter writer, CatalogVersion value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
