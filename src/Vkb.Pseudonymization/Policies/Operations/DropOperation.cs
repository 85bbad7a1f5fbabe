using System.Diagnostics;
using System.Text.Json;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>Leaves the field out; counted in the run report as dropped by the policy (JSON <c>drop</c>).</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class DropOperation : FieldOperation
{
    internal const string JsonName = "drop";

    /// <inheritdoc/>
    public override string Name => JsonName;

    internal static FieldOperation? Parse(RuleJson json) => new DropOperation();

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record) =>
        throw new UnreachableException("The transformer skips dropped fields.");
}
