namespace Vkb.Pseudonymization.Policies;

/// <summary>The role of a person whose name a record holds; names found in notes become the role's token.</summary>
public enum NameRole
{
    /// <summary>The customer (first, last and birth name); token <c>[Kunde]</c>.</summary>
    Customer,

    /// <summary>The case worker; token <c>[Fachkraft]</c>.</summary>
    CaseWorker,

    /// <summary>The team lead; token <c>[Teamleitung]</c>.</summary>
    TeamLead,
}
