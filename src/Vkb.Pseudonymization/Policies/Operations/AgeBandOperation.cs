using System.Globalization;
using System.Text.Json;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>
/// Replaces a birth date (ISO) by its age band (JSON <c>ageBand</c>, parameter <c>years</c>, default 5) at the first
/// day of the phase's first month when the run knows the phase's months
/// (<see cref="Pipeline.PseudonymizationOptions.PhaseMonths"/>), so one person's records of one phase share a band;
/// otherwise at the first day of the record's review month. As a quasi-identifier it generalises to bands twice and four times as wide, then
/// is withheld: 5 → 10 → 20 years → <c>*</c>.
/// </summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class AgeBandOperation : FieldOperation
{
    internal const string JsonName = "ageBand";

    /// <summary>Creates the operation.</summary>
    /// <param name="years">The band width in years (1–20).</param>
    public AgeBandOperation(int years = 5)
    {
        Years = years;
        Hierarchy = new WidthHierarchy(years);
    }

    /// <inheritdoc/>
    public override string Name => JsonName;

    /// <summary>The band width in years.</summary>
    public int Years { get; }

    internal override GeneralisationHierarchy Hierarchy { get; }

    internal static FieldOperation? Parse(RuleJson json) => new AgeBandOperation(json.Int("years", 5));

    internal override void WriteParameters(Utf8JsonWriter writer) => writer.WriteNumber("years", Years);

    internal override void Validate(FieldPath path, string where, PolicyDraft policy, List<string> problems)
    {
        if (Years is < 1 or > 20)
        {
            problems.Add($"{where}: an age band is 1 to 20 years wide.");
        }

        if (policy.ReferenceMonth is null && !policy.ReferenceMonthNamed)
        {
            problems.Add($"{where}: an age band needs a referenceMonth path.");
        }
    }

    internal override void CheckInput(JsonElement value, string path) => _ = RecordValues.Date(value, path);

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record)
    {
        var birth = RecordValues.Date(value, node.Path);
        if ((record.Settings.AgeBandMonth?.OnDayOfMonth(1) ?? record.Record.Reference) is not { } reference)
        {
            throw new FieldException(record.Settings.Policy.ReferenceMonth?.Value ?? node.Path, "An age band needs the review month.");
        }

        var band = AgeBand.Of(birth, reference, Years);
        var start = record.ValueStart;
        record.Writer.WriteStringValue(band);
        record.Quasi(node, band, start);
    }

    /// <summary>Bands of twice and four times the width, aligned at 0 ("35-39" → "30-39" → "20-39"); "80+" and "unknown" stay.</summary>
    private sealed class WidthHierarchy(int years) : GeneralisationHierarchy
    {
        public override int Height => 3;

        public override IReadOnlyList<string> LevelNames { get; } =
        [
            string.Create(CultureInfo.InvariantCulture, $"{years} years"),
            string.Create(CultureInfo.InvariantCulture, $"{years * 2} years"),
            string.Create(CultureInfo.InvariantCulture, $"{years * 4} years"),
            "withheld",
        ];

        protected override string GeneraliseBelowTop(string value, int level)
        {
            var dash = value.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !int.TryParse(value.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var low))
            {
                return value; // "80+" (top-coded) and "unknown" are already as wide as they get
            }

            var width = years << level;
            var from = low / width * width;
            var to = Math.Min(from + width - 1, AgeBand.TopCodedFrom - 1);
            return string.Create(CultureInfo.InvariantCulture, $"{from}-{to}");
        }
    }
}
