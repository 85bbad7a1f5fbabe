using System.Text.Json;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>Keeps only the first digits of a postcode (JSON <c>postcodePrefix</c>, parameter <c>digits</c>, default 2).</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class PostcodePrefixOperation : FieldOperation
{
    internal const string JsonName = "postcodePrefix";

    /// <summary>Creates the operation.</summary>
    /// <param name="digits">How many digits to keep (1–4).</param>
    public PostcodePrefixOperation(int digits = 2) => Digits = digits;

    /// <inheritdoc/>
    public override string Name => JsonName;

    /// <summary>How many digits are kept.</summary>
    public int Digits { get; }

    internal override GeneralisationHierarchy? Hierarchy => WithheldHierarchy.Instance;

    internal static FieldOperation? Parse(RuleJson json) => new PostcodePrefixOperation(json.Int("digits", 2));

    internal override void WriteParameters(Utf8JsonWriter writer) => writer.WriteNumber("digits", Digits);

    internal override void Validate(FieldPath path, string where, PolicyDraft policy, List<string> problems)
    {
        if (Digits is < 1 or > 4)
        {
            problems.Add($"{where}: a postcode prefix keeps 1 to 4 digits.");
        }
    }

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record)
    {
        Span<char> buffer = stackalloc char[RecordValues.ScalarBufferLength];
        var postcode = RecordValues.StringChars(value, node.Path, buffer);
        if (postcode.Length < Digits || postcode[..Digits].ContainsAnyExceptInRange('0', '9'))
        {
            throw new FieldException(node.Path, "A postcode must start with digits.");
        }

        var prefix = record.Pool(postcode[..Digits]);
        var start = record.ValueStart;
        record.Writer.WriteStringValue(prefix);
        record.Quasi(node, prefix, start);
    }
}
