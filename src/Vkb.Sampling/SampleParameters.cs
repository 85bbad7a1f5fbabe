using System.Collections.ObjectModel;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vkb.Sampling;

/// <summary>
/// What a draw asks for: the draw id, the request <c>n</c> per unit, the minimum per stratum, risk
/// weights per stratum, the reserve size, and host-specific entries (for example the field paths a
/// host reads its population with) that are recorded verbatim in the protocol's <c>parameters</c>.
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
[JsonConverter(typeof(SampleParametersJsonConverter))]
public sealed class SampleParameters
{
    /// <summary>The largest request, minimum or reserve accepted.</summary>
    public const int MaximumCount = 1_000_000;

    /// <summary>The largest weight accepted.</summary>
    public const decimal MaximumWeight = 1_000_000m;

    internal static readonly string[] KnownNames = ["drawId", "perUnit", "minPerStratum", "reserve", "weights", "seed"];

    private SampleParameters(
        string drawId,
        int perUnit,
        int minPerStratum,
        int reserve,
        IReadOnlyDictionary<string, decimal> weights,
        IReadOnlyDictionary<string, JsonElement> extensions)
    {
        DrawId = drawId;
        PerUnit = perUnit;
        MinPerStratum = minPerStratum;
        Reserve = reserve;
        Weights = weights;
        Extensions = extensions;
    }

    /// <summary>The draw id; part of every ticket, so draws with one seed but different ids are independent.</summary>
    public string DrawId { get; }

    /// <summary>The request <c>n</c>: how many distinct keys each unit should get.</summary>
    public int PerUnit { get; }

    /// <summary>The minimum <c>m</c> every non-empty stratum gets (capped at its eligible count).</summary>
    public int MinPerStratum { get; }

    /// <summary>How many further tickets per stratum are kept as reserve for replacements.</summary>
    public int Reserve { get; }

    /// <summary>Risk weights <c>w_h</c> by stratum name; a stratum not listed has weight 1.</summary>
    public IReadOnlyDictionary<string, decimal> Weights { get; }

    /// <summary>Host entries recorded in the protocol's <c>parameters</c> beside the known ones.</summary>
    public IReadOnlyDictionary<string, JsonElement> Extensions { get; }

    /// <summary>Creates validated parameters.</summary>
    /// <param name="drawId">1 to 200 characters, no control characters.</param>
    /// <param name="perUnit">The request per unit, 1 to 1,000,000.</param>
    /// <param name="minPerStratum">The minimum per stratum, 0 to 1,000,000.</param>
    /// <param name="reserve">The reserve per stratum, 0 to 1,000,000.</param>
    /// <param name="weights">Risk weights, each greater than 0, at most 1,000,000, at most 6 decimals.</param>
    /// <param name="extensions">Host entries; names must differ from the known parameter names.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="drawId"/> is null.</exception>
    /// <exception cref="ArgumentException">A value breaks one of the rules above.</exception>
    public static SampleParameters Create(
        string drawId,
        int perUnit,
        int minPerStratum = 0,
        int reserve = 0,
        IReadOnlyDictionary<string, decimal>? weights = null,
        IReadOnlyDictionary<string, JsonElement>? extensions = null)
    {
        Preconditions.CheckNotNull(drawId);
        Preconditions.CheckArgument(drawId.Length is >= 1 and <= 200 && !drawId.Any(char.IsControl), "A draw id has 1 to 200 characters and no control characters.");
        Preconditions.CheckArgumentRange(perUnit, 1, MaximumCount);
        Preconditions.CheckArgumentRange(minPerStratum, 0, MaximumCount);
        Preconditions.CheckArgumentRange(reserve, 0, MaximumCount);
        var w = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (name, weight) in weights ?? new Dictionary<string, decimal>())
        {
            Preconditions.CheckArgument(name is not null, "A weight needs a stratum name.", nameof(weights));
            Preconditions.CheckArgument(weight > 0m && weight <= MaximumWeight, "Every weight is greater than 0 and at most 1,000,000.", nameof(weights));
            Preconditions.CheckArgument(decimal.Round(weight, 6) == weight, "A weight has at most 6 decimals.", nameof(weights));
            w[name] = weight / 1.000000000000000000000000000000000m; // drops trailing zeros: stable text
        }

        var e = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in extensions ?? new Dictionary<string, JsonElement>())
        {
            Preconditions.CheckArgument(name is not null && !KnownNames.Contains(name, StringComparer.Ordinal), "An extension entry may not reuse a parameter name.", nameof(extensions));
            e[name] = value.Clone();
        }

        return new SampleParameters(drawId, perUnit, minPerStratum, reserve, new ReadOnlyDictionary<string, decimal>(w), new ReadOnlyDictionary<string, JsonElement>(e));
    }

    /// <summary>The weight of a stratum (1 when not listed).</summary>
    /// <param name="stratum">The stratum name.</param>
    /// <returns>The weight.</returns>
    public decimal WeightOf(string stratum) => Weights.TryGetValue(stratum, out var w) ? w : 1m;

    /// <summary>Returns parameters with another draw id, e.g. when a protocol carries its draw id at top level.</summary>
    /// <param name="drawId">The draw id.</param>
    /// <returns>The parameters.</returns>
    public SampleParameters WithDrawId(string drawId) => Create(drawId, PerUnit, MinPerStratum, Reserve, Weights, Extensions);
}

/// <summary>Writes parameters in a stable order: known entries, then extensions sorted ordinally.</summary>
internal sealed class SampleParametersJsonConverter : JsonConverter<SampleParameters>
{
    public override SampleParameters Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The parameters must be a JSON object.");
        }

        int perUnit = 0, min = 0, reserve = 0;
        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var extensions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "perUnit":
                    perUnit = ReadInt(property);
                    break;
                case "minPerStratum":
                    min = ReadInt(property);
                    break;
                case "reserve":
                    reserve = ReadInt(property);
                    break;
                case "weights":
                    if (property.Value.ValueKind != JsonValueKind.Object)
                    {
                        throw new JsonException("parameters.weights must be an object of numbers.");
                    }

                    foreach (var weight in property.Value.EnumerateObject())
                    {
                        if (weight.Value.ValueKind != JsonValueKind.Number || !weight.Value.TryGetDecimal(out var w))
                        {
                            throw new JsonException("parameters.weights must be an object of numbers.");
                        }

                        weights[weight.Name] = w;
                    }

                    break;
                default:
                    extensions[property.Name] = property.Value.Clone();
                    break;
            }
        }

        try
        {
            // The draw id is written at the protocol's top level; the protocol reader sets it.
            return SampleParameters.Create("pending", perUnit, min, reserve, weights, extensions);
        }
        catch (ArgumentException ex)
        {
            throw new JsonException("The parameters are invalid: " + ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, SampleParameters value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("perUnit", value.PerUnit);
        writer.WriteNumber("minPerStratum", value.MinPerStratum);
        writer.WriteNumber("reserve", value.Reserve);
        writer.WriteStartObject("weights");
        foreach (var (name, weight) in value.Weights)
        {
            writer.WriteNumber(name, weight);
        }

        writer.WriteEndObject();
        foreach (var (name, element) in value.Extensions)
        {
            writer.WritePropertyName(name);
            element.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    private static int ReadInt(JsonProperty property) =>
        property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var v)
            ? v
            : throw new JsonException($"parameters.{property.Name} must be a whole number.");
}
