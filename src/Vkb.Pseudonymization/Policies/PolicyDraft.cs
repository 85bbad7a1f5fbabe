namespace Vkb.Pseudonymization.Policies;

/// <summary>What a rule's validation sees of the policy being built: the rules and the context paths (null where absent or malformed).</summary>
internal sealed record PolicyDraft(
    IReadOnlyList<FieldRule> Rules,
    FieldPath? Subject,
    bool SubjectNamed,
    FieldPath? ReferenceMonth,
    bool ReferenceMonthNamed,
    IReadOnlyList<KeyValuePair<FieldPath, NameRole>> Names)
{
    /// <summary>The extract format's staff fields (EXTRACT.md): they identify an employee in any form (P2, R1).</summary>
    private static readonly string[] StaffFields = ["team", "teamLead", "caseWorker"];

    /// <summary>
    /// Whether <paramref name="path"/> is a staff field: under one of the extract format's staff fields (team, team lead,
    /// case worker), or beside a case worker's or team lead's name the policy declares (e.g. <c>owner.id</c> when
    /// <c>owner.name</c> is a case worker's name).
    /// </summary>
    public bool IsStaffField(FieldPath path) =>
        StaffFields.Contains(path.Segments[0].Name, StringComparer.Ordinal) ||
        Names.Any(n => n.Value != NameRole.Customer && n.Key.Segments.Count > 1 && path.Segments.Count > 1 && n.Key.Segments[0].Name == path.Segments[0].Name);
}
