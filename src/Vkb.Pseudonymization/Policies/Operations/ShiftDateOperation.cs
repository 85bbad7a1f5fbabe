using System.Text.Json;
using NodaTime.Text;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>Shifts an ISO date by the subject's offset, so order and spacing of a course survive (JSON <c>shiftDate</c>).</summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class ShiftDateOperation : FieldOperation
{
    internal const string JsonName = "shiftDate";

    /// <inheritdoc/>
    public override string Name => JsonName;

    internal static FieldOperation? Parse(RuleJson json) => new ShiftDateOperation();

    internal override void Validate(FieldPath path, string where, PolicyDraft policy, List<string> problems)
    {
        if (policy.Subject is null && !policy.SubjectNamed)
        {
            problems.Add($"{where}: shifting a date needs a subject path (whose pseudonym keys the date offset).");
        }
    }

    internal override void CheckInput(JsonElement value, string path) => _ = RecordValues.Date(value, path);

    internal override void Apply(JsonElement value, PolicyNode node, RecordTransformer record)
    {
        var date = RecordValues.Date(value, node.Path);
        var offset = record.Record.OffsetDays ?? throw new FieldException(node.Path, "Shifting a date needs the subject identifier.");
        if (!DateShifter.TryShift(date, offset, out var shifted))
        {
            // No value in the message.
            throw new FieldException(node.Path, "The date lies too close to the end of the calendar to be shifted.");
        }

        Span<byte> text = stackalloc byte[IsoDate.Length];
        if (IsoDate.TryWrite(shifted, text))
        {
            record.Writer.WriteStringValue(text);
        }
        else
        {
            record.Writer.WriteStringValue(LocalDatePattern.Iso.Format(shifted));
        }
    }
}
