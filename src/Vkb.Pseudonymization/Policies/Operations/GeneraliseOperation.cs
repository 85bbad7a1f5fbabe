using System.Collections.Frozen;
using System.Text.Json;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>
/// Generalises a value along a named hierarchy (JSON <c>generalise</c>, parameter <c>hierarchy</c>): the
/// operation writes level 0, and as a quasi-identifier the k-anonymity search may publish a higher level.
/// <list type="bullet">
/// <item><c>postcode</c>: the first two digits → the regional directorate of that postcode zone → withheld.</item>
/// <item><c>nationality</c>: ISO 3166 alpha-2 → <c>DE</c> / <c>EU</c> / <c>non-EU</c> → <c>DE</c> / <c>non-DE</c> → withheld.</item>
/// </list>
/// </summary>
/// <remarks>
/// The postcode zones follow the two-digit "Leitregionen" to the BA's regional directorates (NRD, NSB, NRW,
/// HES, RPS, BW, BY, BB, SAC, SAT); zones that straddle a border are given to the directorate holding most
/// of them, so the region is an approximation that only ever merges classes. Thread safety: immutable.
/// </remarks>
public sealed class GeneraliseOperation : FieldOperation
{
    internal const string JsonName = "generalise";

    private static readonly FrozenDictionary<string, Func<GeneralisationHierarchy>> Hierarchies = new Dictionary<string, Func<GeneralisationHierarchy>>(StringComparer.Ordinal)
    {
        ["postcode"] = () => PostcodeHierarchy.Instance,
        ["nationality"] = () => NationalityHierarchy.Instance,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly GeneralisationHierarchy _hierarchy;

    /// <summary>Creates the operation.</summary>
    /// <param name="hierarchy">The hierarchy: <c>postcode</c> or <c>nationality</c>.</param>
    /// <exception cref="ArgumentException">The hierarchy is unknown.</exception>
    public GeneraliseOperation(string hierarchy)
    {
        Preconditions.CheckNotNull(hierarchy);
        Preconditions.CheckArgument(Hierarchies.TryGetValue(hierarchy, out var make), "The hierarchy is postcode or nationality.", nameof(hierarchy));
        HierarchyName = hierarchy;
        _hierarchy = make!();
    }

    /// <inheritdoc/>
    public override string Name => JsonName;

    /// <summary>The hierarchy's name.</summary>
    public string HierarchyName { get; }

    internal override GeneralisationHierarchy Hierarchy => _hierarchy;

    internal static FieldOperation? Parse(RuleJson json)
    {
        var name = json.String("hierarchy", required: true);
        if (name is not null && !Hierarchies.ContainsKey(name))
        {
            json.Problem("hierarchy", $"unknown hierarchy; use {string.Join(", ", Hierarchies.Keys)}.");
            return null;
        }

        return name is null ? null : new GeneraliseOperation(name);
    }

    internal override void WriteParameters(Utf8JsonWriter writer) => writer.WriteString("hierarchy", HierarchyName);

    internal override void CheckInput(JsonElement value, string path)
    {
        Span<char> buffer = stackalloc char[RecordValues.ScalarBufferLength];
        _ = RecordValues.StringChars(value, path, buffer);
    }

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record)
    {
        Span<char> buffer = stackalloc char[RecordValues.ScalarBufferLength];
        var text = RecordValues.StringChars(value, node.Path, buffer).Trim();
        var level0 = ((ILevelZero)_hierarchy).LevelZero(text, node.Path, record);
        var start = record.ValueStart;
        record.Writer.WriteStringValue(level0);
        record.Quasi(node, level0, start);
    }

    /// <summary>How a hierarchy makes its level 0 from the input text.</summary>
    private interface ILevelZero
    {
        string LevelZero(ReadOnlySpan<char> text, string path, RecordTransformer record);
    }

    /// <summary>Postcode: two digits → regional directorate → withheld.</summary>
    private sealed class PostcodeHierarchy : GeneralisationHierarchy, ILevelZero
    {
        public static PostcodeHierarchy Instance { get; } = new();

        // The directorate of each two-digit zone 00-99 ("" where no zone exists).
        private static readonly string[] Directorates = BuildDirectorates();

        public override int Height => 2;

        public override IReadOnlyList<string> LevelNames { get; } = ["2 digits", "regional directorate", "withheld"];

        public string LevelZero(ReadOnlySpan<char> text, string path, RecordTransformer record)
        {
            if (text.Length < 2 || text[..2].ContainsAnyExceptInRange('0', '9'))
            {
                throw new FieldException(path, "A postcode must start with digits.");
            }

            return record.Pool(text[..2]);
        }

        protected override string GeneraliseBelowTop(string value, int level)
        {
            var zone = value.Length == 2 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) ? ((value[0] - '0') * 10) + (value[1] - '0') : -1;
            return zone < 0 || Directorates[zone].Length == 0 ? "unknown" : Directorates[zone];
        }

        private static string[] BuildDirectorates()
        {
            var table = new string[100];
            Array.Fill(table, string.Empty);
            (int From, int To, string Directorate)[] ranges =
            [
                (1, 4, "SAC"), (6, 7, "SAT"), (8, 9, "SAC"), (10, 16, "BB"), (17, 25, "NRD"), (26, 31, "NSB"), (32, 33, "NRW"),
                (34, 36, "HES"), (37, 38, "NSB"), (39, 39, "SAT"), (40, 48, "NRW"), (49, 49, "NSB"), (50, 53, "NRW"), (54, 56, "RPS"),
                (57, 59, "NRW"), (60, 65, "HES"), (66, 67, "RPS"), (68, 79, "BW"), (80, 87, "BY"), (88, 89, "BW"), (90, 97, "BY"),
                (98, 99, "SAT"),
            ];
            foreach (var (from, to, directorate) in ranges)
            {
                table.AsSpan(from, to - from + 1).Fill(directorate);
            }

            return table;
        }
    }

    /// <summary>Nationality: DE / EU / non-EU → DE / non-DE → withheld.</summary>
    private sealed class NationalityHierarchy : GeneralisationHierarchy, ILevelZero
    {
        public static NationalityHierarchy Instance { get; } = new();

        private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EuMembers = new[]
        {
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT",
            "RO", "SK", "SI", "ES", "SE",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        public override int Height => 2;

        public override IReadOnlyList<string> LevelNames { get; } = ["DE/EU/non-EU", "DE/non-DE", "withheld"];

        public string LevelZero(ReadOnlySpan<char> text, string path, RecordTransformer record) =>
            text.Length == 0 ? "unknown" :
            text.Equals("DE", StringComparison.OrdinalIgnoreCase) ? "DE" :
            EuMembers.Contains(text) ? "EU" : "non-EU";

        protected override string GeneraliseBelowTop(string value, int level) => value is "DE" or "unknown" ? value : "non-DE";
    }
}
