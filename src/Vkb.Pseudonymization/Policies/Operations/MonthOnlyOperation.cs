using System.Text.Json;
using NodaTime.Text;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>Reduces an ISO date to its month, <c>yyyy-MM</c> (JSON <c>monthOnly</c>).</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class MonthOnlyOperation : FieldOperation
{
    internal const string JsonName = "monthOnly";

    /// <inheritdoc/>
    public override string Name => JsonName;

    internal static FieldOperation? Parse(RuleJson json) => new MonthOnlyOperation();

    internal override void CheckInput(JsonElement value, string path) => _ = RecordValues.Date(value, path);

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record) =>
        record.Writer.WriteStringValue(YearMonthPattern.Iso.Format(RecordValues.Date(value, node.Path).ToYearMonth()));
}
