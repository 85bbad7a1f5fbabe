using System.Text.Json;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>
/// Scrubs free text (JSON <c>scrubText</c>): identifiers replaced by pseudonyms or typed tokens, names by role
/// tokens, contact data removed, dates shifted by the subject's offset.
/// </summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class ScrubTextOperation : FieldOperation
{
    internal const string JsonName = "scrubText";

    /// <inheritdoc/>
    public override string Name => JsonName;

    internal static FieldOperation? Parse(RuleJson json) => new ScrubTextOperation();

    internal override void Validate(FieldPath path, string where, PolicyDraft policy, List<string> problems)
    {
        if (policy.Subject is null && !policy.SubjectNamed)
        {
            problems.Add($"{where}: scrubbing text needs a subject path (whose pseudonym keys the date offset).");
        }
    }

    internal override void CheckInput(JsonElement value, string path) => RecordValues.RequireString(value, path);

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record) =>
        record.Writer.WriteStringValue(record.Scrub(value, node.Path));
}
