using System.Collections.Frozen;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime.Text;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>The declared type of a kept field; a value outside it rejects the record (the field path in the message, never the value).</summary>
public enum KeptType
{
    /// <summary>No type declared: free text kept verbatim, which the policy validator refuses (scrub it instead).</summary>
    Text,

    /// <summary>A string out of a declared value set (<see cref="KeepOperation.Values"/>).</summary>
    Enumeration,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>An ISO date, <c>yyyy-MM-dd</c>.</summary>
    Date,

    /// <summary>A month, <c>yyyy-MM</c>.</summary>
    Month,

    /// <summary>A string matching the declared pattern (<see cref="KeepOperation.Pattern"/>, anchored at both ends).</summary>
    Code,
}

/// <summary>
/// Copies a scalar value unchanged after checking it against its declared type and value set (JSON
/// <c>keep</c> with <c>type</c>: <c>enum</c> with <c>values</c>, <c>boolean</c>, <c>date</c>, <c>month</c>,
/// <c>code</c> with <c>pattern</c>). Without a type the field would carry free text into the export (a name
/// and phone number in <c>customerGroup</c>); the policy validator refuses that. As a quasi-identifier a kept
/// value is published or withheld.
/// </summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class KeepOperation : FieldOperation
{
    internal const string JsonName = "keep";

    private static readonly string[] TypeNames = ["text", "enum", "boolean", "date", "month", "code"];

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _values;
    private readonly Regex? _pattern;

    /// <summary>Creates the operation.</summary>
    /// <param name="type">The declared type.</param>
    /// <param name="values">The value set, for <see cref="KeptType.Enumeration"/>.</param>
    /// <param name="pattern">The pattern, for <see cref="KeptType.Code"/> (.NET syntax, matched against the whole value).</param>
    public KeepOperation(KeptType type = KeptType.Text, IEnumerable<string>? values = null, string? pattern = null)
    {
        Type = type;
        Values = values is null ? [] : [.. values];
        Pattern = pattern;
        _values = Values.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // NonBacktracking matches in time linear in the value, whatever the pattern, so no match timeout is needed (a
        // timeout costs a clock read per match, a quarter of the typed checks' time). \A and \z, not ^ and $: "$"
        // also matches before a final line break, which would let "12345\n" pass as a five-digit code. A pattern it
        // cannot take (lookaround, back-reference, atomic group) leaves no matcher, and the validator refuses the rule.
        // The pattern must also stand alone: "x)|(.*" is no pattern, though wrapped it would parse and match anything.
        _pattern = pattern is null || TryCompile(pattern) is null ? null : TryCompile(@"\A(?:" + pattern + @")\z");
    }

    /// <inheritdoc/>
    public override string Name => JsonName;

    /// <summary>The declared type.</summary>
    public KeptType Type { get; }

    /// <summary>The value set of an enumeration (empty otherwise).</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The pattern of a code, or null.</summary>
    public string? Pattern { get; }

    internal override GeneralisationHierarchy? Hierarchy => WithheldHierarchy.Instance;

    internal static FieldOperation? Parse(RuleJson json)
    {
        var typeName = json.String("type");
        var type = typeName is null ? KeptType.Text : (KeptType)Array.IndexOf(TypeNames, typeName);
        if ((int)type < 0)
        {
            json.Problem("type", $"unknown type; use {string.Join(", ", TypeNames.Skip(1))}.");
            return null;
        }

        return new KeepOperation(type, json.Strings("values"), json.String("pattern"));
    }

    internal override void WriteParameters(Utf8JsonWriter writer)
    {
        if (Type == KeptType.Text)
        {
            return;
        }

        writer.WriteString("type", TypeNames[(int)Type]);
        if (Type == KeptType.Enumeration)
        {
            writer.WriteStartArray("values");
            foreach (var value in Values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        if (Pattern is not null)
        {
            writer.WriteString("pattern", Pattern);
        }
    }

    internal override void Validate(FieldPath path, string where, PolicyDraft policy, List<string> problems)
    {
        switch (Type)
        {
            case KeptType.Text:
                problems.Add($"{where}: keeps free text verbatim; declare its type (enum with values, boolean, date, month, code with pattern) or scrub it (op scrubText).");
                break;
            case KeptType.Enumeration when Values.Count == 0 || Values.Any(string.IsNullOrEmpty) || Values.Distinct(StringComparer.Ordinal).Count() != Values.Count:
                problems.Add($"{where}: an enum needs a non-empty list of distinct, non-empty values.");
                break;
            case KeptType.Code when Pattern is null || _pattern is null:
                problems.Add($"{where}: a code needs a valid pattern (.NET syntax without lookaround, back-references or atomic groups, which the linear-time matcher does not take).");
                break;
            default:
                break;
        }

        if (Type != KeptType.Enumeration && Values.Count > 0)
        {
            problems.Add($"{where}: only an enum has values.");
        }

        if (Type != KeptType.Code && Pattern is not null)
        {
            problems.Add($"{where}: only a code has a pattern.");
        }
    }

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record)
    {
        CheckInput(value, node.Path);
        var start = record.ValueStart;
        value.WriteTo(record.Writer);
        if (record.IsQuasi(node))
        {
            record.Quasi(node, record.PooledText(value, node.Path), start);
        }
    }

    internal override void CheckInput(JsonElement value, string path)
    {
        switch (Type)
        {
            case KeptType.Boolean:
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw new FieldException(path, "Expected true or false.");
                }

                return;
            case KeptType.Date:
                _ = RecordValues.Date(value, path);
                return;
            case KeptType.Month:
                if (!IsoDate.TryReadMonth(value, out _) && !YearMonthPattern.Iso.Parse(RecordValues.StringOf(value, path)).Success)
                {
                    throw new FieldException(path, "Expected a month (yyyy-MM).");
                }

                return;
            case KeptType.Enumeration:
            {
                Span<char> buffer = stackalloc char[RecordValues.ScalarBufferLength];
                if (!_values.Contains(RecordValues.StringChars(value, path, buffer)))
                {
                    throw new FieldException(path, "The value is not in the field's declared value set.");
                }

                return;
            }

            case KeptType.Code:
            {
                Span<char> buffer = stackalloc char[RecordValues.ScalarBufferLength];
                if (!_pattern!.IsMatch(RecordValues.StringChars(value, path, buffer)))
                {
                    throw new FieldException(path, "The value does not match the field's declared pattern.");
                }

                return;
            }

            default:
                if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    throw new FieldException(path, "Expected a scalar value (string, number or boolean).");
                }

                return;
        }
    }

    private static Regex? TryCompile(string pattern)
    {
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
