namespace Vkb.Pseudonymization.Policies;

/// <summary>What a record policy does with one field.</summary>
public enum FieldOperation
{
    /// <summary>Copy a scalar value unchanged.</summary>
    Keep,

    /// <summary>Leave the field out (counted in the run report as dropped by the policy).</summary>
    Drop,

    /// <summary>Replace the identifier by its pseudonym in the rule's domain, scope = phase.</summary>
    Pseudonymize,

    /// <summary>Replace a birth date (ISO) by an age band at the reference month.</summary>
    AgeBand,

    /// <summary>Keep only the first digits of a postcode.</summary>
    PostcodePrefix,

    /// <summary>Generalise an ISO 3166 alpha-2 nationality to <c>DE</c>, <c>EU</c> or <c>non-EU</c>.</summary>
    NationalityGroup,

    /// <summary>Shift an ISO date by the subject's offset.</summary>
    ShiftDate,

    /// <summary>Reduce an ISO date to its month (<c>yyyy-MM</c>).</summary>
    MonthOnly,

    /// <summary>Scrub free text: identifiers, names, contact data replaced by typed tokens, dates shifted.</summary>
    ScrubText,
}

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
