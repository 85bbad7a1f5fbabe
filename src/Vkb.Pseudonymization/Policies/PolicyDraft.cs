namespace Vkb.Pseudonymization.Policies;

/// <summary>What a rule's validation sees of the policy being built: the rules and the context paths (null where absent or malformed).</summary>
internal sealed record PolicyDraft(
    IReadOnlyList<FieldRule> Rules,
    FieldPath? Subject,
    bool SubjectNamed,
    FieldPath? ReferenceMonth,
    bool ReferenceMonthNamed,
    IReadOnlyList<KeyValuePair<FieldPath, NameRole>> Names);
