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

    /// <summary>The floor per team lead (S1) and per RD for head office (S5).</summary>
    public const int Floor = 10;

    internal static readonly string[] KnownNames = ["drawId", "perUnit", "minPerStratum", "reserve", "weights", "seed", "level", "belowFloorReason"];

    private SampleParameters(
        string drawId,
        int perUnit,
        int minPerStratum,
        int reserve,
        IReadOnlyDictionary<string, decimal> weights,
        IReadOnlyDictionary<string, JsonElement> extensions,
        DrawLevel level,
        string? belowFloorReason)
    {
        Level = level;
        BelowFloorReason = belowFloorReason;
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

    /// <summary>Who draws: team lead (floor 10 per team lead, S1), RD, or head office (floor 10 per RD, S5).</summary>
    public DrawLevel Level { get; }

    /// <summary>The documented reason for a request below the floor of <see cref="Level"/>; null when the request meets it.</summary>
    public string? BelowFloorReason { get; }

    /// <summary>Whether the request is below the floor of its level (and therefore carries a reason).</summary>
    public bool IsBelowFloor => Level != DrawLevel.RegionalDirectorate && PerUnit < Floor;

    /// <summary>Creates validated parameters.</summary>
    /// <param name="drawId">1 to 200 characters, no control characters.</param>
    /// <param name="perUnit">The request per unit, 1 to 1,000,000.</param>
    /// <param name="minPerStratum">The minimum per stratum, 0 to 1,000,000.</param>
    /// <param name="reserve">The reserve per stratum, 0 to 1,000,000.</param>
    /// <param name="weights">Risk weights, each greater than 0, at most 1,000,000, at most 6 decimals.</param>
    /// <param name="extensions">Host entries; names must differ from the known parameter names.</param>
    /// <param name="level">
    /// Who draws. The default is <see cref="DrawLevel.TeamLead"/>, whose request must be at least 10 (S1);
    /// <see cref="DrawLevel.HeadOffice"/> must also draw at least 10 per RD (S5); an RD draw has no floor.
    /// </param>
    /// <param name="belowFloorReason">
    /// A documented reason (1 to 500 characters, no control characters) that allows a team-lead or
    /// head-office request below 10; it is recorded in the protocol. Null otherwise; a reason for a
    /// request that meets the floor is refused as well, so a protocol never carries a stale one.
    /// </param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="drawId"/> is null.</exception>
    /// <exception cref="ArgumentException">A value breaks one of the rules above, e.g. 9 per team lead without a reason.</exception>
    public static SampleParameters Create(
        string drawId,
        int perUnit,
        int minPerStratum = 0,
        int reserve = 0,
        IReadOnlyDictionary<string, decimal>? weights = null,
        IReadOnlyDictionary<string, JsonElement>? extensions = null,
        DrawLevel level = DrawLevel.TeamLead,
        string? belowFloorReason = null)
    {
        Preconditions.CheckNotNull(drawId);
        Preconditions.CheckArgument(drawId.Length is >= 1 and <= 200 && !drawId.Any(char.IsControl), "A draw id has 1 to 200 characters and no control characters.");
        Preconditions.CheckArgumentRange(perUnit, 1, MaximumCount);
        Preconditions.CheckArgumentRange(minPerStratum, 0, MaximumCount);
        Preconditions.CheckArgumentRange(reserve, 0, MaximumCount);
        Preconditions.CheckArgument(Enum.IsDefined(level), "Unknown draw level.", nameof(level));
        var belowFloor = level != DrawLevel.RegionalDirectorate && perUnit < Floor;
        if (belowFloorReason is not null)
        {
            Preconditions.CheckArgument(
                belowFloorReason.Length is >= 1 and <= 500 && !belowFloorReason.Any(char.IsControl) && belowFloorReason.Trim().Length > 0,
                "A below-floor reason has 1 to 500 characters and no control characters.",
                nameof(belowFloorReason));
            Preconditions.CheckArgument(belowFloor, "A below-floor reason is given only for a request below the floor of 10.", nameof(belowFloorReason));
        }

        Preconditions.CheckArgument(
            !belowFloor || belowFloorReason is not null,
            level == DrawLevel.HeadOffice
                ? "Head office draws at least 10 per RD and month (S5); a smaller request needs a documented below-floor reason."
                : "A team lead reviews at least 10 records per month (S1); a smaller request needs a documented below-floor reason.",
            nameof(perUnit));
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

        return new SampleParameters(drawId, perUnit, minPerStratum, reserve, new ReadOnlyDictionary<string, decimal>(w), new ReadOnlyDictionary<string, JsonElement>(e), level, belowFloorReason);
    }

    /// <summary>The weight of a stratum (1 when not listed).</summary>
    /// <param name="stratum">The stratum name.</param>
    /// <returns>The weight.</returns>
    public decimal WeightOf(string stratum) => Weights.TryGetValue(stratum, out var w) ? w : 1m;

    /// <summary>Returns parameters with another draw id, e.g. when a protocol carries its draw id at top level.</summary>
    /// <param name="drawId">The draw id.</param>
    /// <returns>The parameters.</returns>
    public SampleParameters WithDrawId(string drawId) => Create(drawId, PerUnit, MinPerStratum, Reserve, Weights, Extensions, Level, BelowFloorReason);

    internal static string LevelName(DrawLevel level) => level switch
    {
        DrawLevel.TeamLead => "teamLead",
        DrawLevel.RegionalDirectorate => "regionalDirectorate",
        _ => "headOffice",
    };
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
        var level = DrawLevel.TeamLead;
        string? reason = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var extensions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in root.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                throw new JsonException($"parameters.{property.Name} occurs more than once.");
            }

            switch (property.Name)
            {
                case "level":
                    level = property.Value.ValueKind != JsonValueKind.String ? throw new JsonException("parameters.level must be teamLead, regionalDirectorate or headOffice.") : property.Value.GetString() switch
                    {
                        "teamLead" => DrawLevel.TeamLead,
                        "regionalDirectorate" => DrawLevel.RegionalDirectorate,
                        "headOffice" => DrawLevel.HeadOffice,
                        _ => throw new JsonException("parameters.level must be teamLead, regionalDirectorate or headOffice."),
                    };
                    break;
                case "belowFloorReason":
                    reason = property.Value.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String => property.Value.GetString(),
                        _ => throw new JsonException("parameters.belowFloorReason must be a string."),
                    };
                    break;
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
            return SampleParameters.Create("pending", perUnit, min, reserve, weights, extensions, level, reason);
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
        writer.WriteString("level", SampleParameters.LevelName(value.Level));
        if (value.BelowFloorReason is not null)
        {
            writer.WriteString("belowFloorReason", value.BelowFloorReason);
        }

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
