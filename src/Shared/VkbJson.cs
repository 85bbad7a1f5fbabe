using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Vkb;

/// <summary>
/// System.Text.Json support every Vkb package adds through its own <c>AddVkb…Converters</c>
/// extension (compiled into each package, so the packages stay independent): NodaTime values as
/// ISO strings, <see cref="DateInterval"/> as <c>{"from","to"}</c> (both inclusive) and the
/// package's own enums as camelCase strings. A converter is added only if no converter for its
/// type is there yet, so calling several packages' extensions is safe.
/// </summary>
internal static class VkbJson
{
    /// <summary>Adds the NodaTime converters and a camelCase string converter for the enums of <paramref name="enumAssembly"/>.</summary>
    public static JsonSerializerOptions AddCommon(JsonSerializerOptions options, Assembly enumAssembly)
    {
        Preconditions.CheckNotNull(options);
        AddIfMissing(options, typeof(LocalDate), () => new LocalDateJsonConverter());
        AddIfMissing(options, typeof(YearMonth), () => new YearMonthJsonConverter());
        AddIfMissing(options, typeof(Instant), () => new InstantJsonConverter());
        AddIfMissing(options, typeof(LocalDateTime), () => new LocalDateTimeJsonConverter());
        AddIfMissing(options, typeof(DateInterval), () => new DateIntervalJsonConverter());
        if (!options.Converters.OfType<AssemblyEnumConverterFactory>().Any(f => f.Assembly == enumAssembly))
        {
            options.Converters.Add(new AssemblyEnumConverterFactory(enumAssembly));
        }

        return options;
    }

    /// <summary>Adds <paramref name="create"/>'s converter unless one for <paramref name="type"/> is there.</summary>
    public static void AddIfMissing(JsonSerializerOptions options, Type type, Func<JsonConverter> create)
    {
        if (!options.Converters.Any(c => c.CanConvert(type)))
        {
            options.Converters.Add(create());
        }
    }

    /// <summary>Reads a JSON string token or throws a <see cref="JsonException"/> naming the expected type (never the value).</summary>
    public static string ReadString(ref Utf8JsonReader reader, string typeName) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"A {typeName} is a JSON string."));

    /// <summary>A converter of a value type written as one string, with a parse function that says whether the text was valid.</summary>
    public sealed class StringValueConverter<T>(string typeName, Func<string, T?> parse, Func<T, string> format) : JsonConverter<T>
        where T : class
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            parse(ReadString(ref reader, typeName)) ?? throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"The string is not a valid {typeName}."));

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(format(value));
    }

    /// <summary>A NodaTime value written with one of its ISO patterns.</summary>
    public class PatternConverter<T>(IPattern<T> pattern, string typeName) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var result = pattern.Parse(ReadString(ref reader, typeName));
            return result.Success ? result.Value : throw new JsonException(string.Create(CultureInfo.InvariantCulture, $"A {typeName} is an ISO 8601 string."));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(pattern.Format(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(pattern.Format(value));
    }

    /// <summary><c>2025-04-01</c>.</summary>
    public sealed class LocalDateJsonConverter() : PatternConverter<LocalDate>(LocalDatePattern.Iso, "date");

    /// <summary><c>2025-04</c>.</summary>
    public sealed class YearMonthJsonConverter() : PatternConverter<YearMonth>(YearMonthPattern.Iso, "month");

    /// <summary><c>2025-04-01T08:30:00Z</c> (fractions of a second as needed).</summary>
    public sealed class InstantJsonConverter() : PatternConverter<Instant>(InstantPattern.ExtendedIso, "instant");

    /// <summary><c>2025-04-01T08:30:00</c>.</summary>
    public sealed class LocalDateTimeJsonConverter() : PatternConverter<LocalDateTime>(LocalDateTimePattern.ExtendedIso, "local date and time");

    /// <summary><c>{"from":"2025-01-01","to":"2025-12-31"}</c>, both days included.</summary>
    public sealed class DateIntervalJsonConverter : JsonConverter<DateInterval>
    {
        public override DateInterval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("A period is a JSON object {\"from\": date, \"to\": date}.");
            }

            LocalDate? from = null, to = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var name = reader.GetString();
                reader.Read();
                var date = LocalDatePattern.Iso.Parse(ReadString(ref reader, "date"));
                if (!date.Success)
                {
                    throw new JsonException("A period's from and to are ISO 8601 dates.");
                }

                if (string.Equals(name, "from", StringComparison.OrdinalIgnoreCase))
                {
                    from = date.Value;
                }
                else if (string.Equals(name, "to", StringComparison.OrdinalIgnoreCase))
                {
                    to = date.Value;
                }
                else
                {
                    throw new JsonException("A period has only the properties from and to.");
                }
            }

            if (from is not { } start || to is not { } end || end < start)
            {
                throw new JsonException("A period needs from and to, with to not before from.");
            }

            return new DateInterval(start, end);
        }

        public override void Write(Utf8JsonWriter writer, DateInterval value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("from", LocalDatePattern.Iso.Format(value.Start));
            writer.WriteString("to", LocalDatePattern.Iso.Format(value.End));
            writer.WriteEndObject();
        }
    }

    /// <summary>camelCase strings for the enums of one assembly (a host's own enums are left as they are).</summary>
    public sealed class AssemblyEnumConverterFactory(Assembly assembly) : JsonConverterFactory
    {
        private readonly JsonStringEnumConverter _inner = new(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

        public Assembly Assembly { get; } = assembly;

        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum && typeToConvert.Assembly == Assembly;

        public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => _inner.CreateConverter(typeToConvert, options);
    }
}
