namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>
/// The field operations by their JSON name (<c>"op"</c>). Adding an operation is one new file (a sealed
/// <see cref="FieldOperation"/> with a static <c>Parse</c>) plus its line here.
/// </summary>
internal static class OperationRegistry
{
    private static readonly Dictionary<string, Func<RuleJson, FieldOperation?>> Parsers = new(StringComparer.Ordinal)
    {
        [KeepOperation.JsonName] = KeepOperation.Parse,
        [DropOperation.JsonName] = DropOperation.Parse,
        [PseudonymizeOperation.JsonName] = PseudonymizeOperation.Parse,
        [AgeBandOperation.JsonName] = AgeBandOperation.Parse,
        [ShiftDateOperation.JsonName] = ShiftDateOperation.Parse,
        [MonthOnlyOperation.JsonName] = MonthOnlyOperation.Parse,
        [ScrubTextOperation.JsonName] = ScrubTextOperation.Parse,
        [GeneraliseOperation.JsonName] = GeneraliseOperation.Parse,
    };

    /// <summary>The registered names, for a message about an unknown one.</summary>
    public static string Names => string.Join(", ", Parsers.Keys);

    /// <summary>Reads a rule's operation by its name; null (with problems added) if it is unknown or its parameters are invalid.</summary>
    public static FieldOperation? Parse(string name, RuleJson json)
    {
        if (!Parsers.TryGetValue(name, out var parse))
        {
            json.Problem("op", $"unknown operation; use {Names}.");
            return null;
        }

        return parse(json);
    }
}
