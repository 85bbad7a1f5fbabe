using System.Collections.Frozen;
using System.Text.Json;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>Generalises an ISO 3166 alpha-2 nationality to <c>DE</c>, <c>EU</c> or <c>non-EU</c> (JSON <c>nationalityGroup</c>).</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class NationalityGroupOperation : FieldOperation
{
    internal const string JsonName = "nationalityGroup";

    private static readonly FrozenSet<string> EuMembers = new[]
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT",
        "RO", "SK", "SI", "ES", "SE",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EuMemberLookup = EuMembers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc/>
    public override string Name => JsonName;

    internal override GeneralisationHierarchy? Hierarchy => WithheldHierarchy.Instance;

    internal static FieldOperation? Parse(RuleJson json) => new NationalityGroupOperation();

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record)
    {
        Span<char> buffer = stackalloc char[RecordValues.ScalarBufferLength];
        var code = RecordValues.StringChars(value, node.Path, buffer).Trim();
        var group = code.Length == 0 ? "unknown" :
            code.Equals("DE", StringComparison.OrdinalIgnoreCase) ? "DE" :
            EuMemberLookup.Contains(code) ? "EU" : "non-EU";
        var start = record.ValueStart;
        record.Writer.WriteStringValue(group);
        record.Quasi(node, group, start);
    }
}
