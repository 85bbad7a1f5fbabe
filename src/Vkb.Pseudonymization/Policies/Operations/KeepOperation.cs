using System.Text.Json;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>Copies a scalar value unchanged (JSON <c>keep</c>).</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class KeepOperation : FieldOperation
{
    internal const string JsonName = "keep";

    /// <inheritdoc/>
    public override string Name => JsonName;

    internal override GeneralisationHierarchy? Hierarchy => WithheldHierarchy.Instance;

    internal static FieldOperation? Parse(RuleJson json) => new KeepOperation();

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record)
    {
        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            throw new Engine.FieldException(node.Path, "Expected a scalar value (string, number or boolean).");
        }

        var start = record.ValueStart;
        value.WriteTo(record.Writer);
        if (record.IsQuasi(node))
        {
            record.Quasi(node, record.PooledText(value, node.Path), start);
        }
    }
}
