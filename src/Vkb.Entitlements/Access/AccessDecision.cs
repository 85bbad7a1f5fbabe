namespace Vkb.Entitlements;

/// <summary>What a principal wants to do.</summary>
public enum AccessAction
{
    /// <summary>Read a pseudonymised case record in the BI system.</summary>
    ReadCase = 0,

    /// <summary>Assess a case (write an assessment).</summary>
    AssessCase,

    /// <summary>Draw a sample from a district's records.</summary>
    DrawSample,

    /// <summary>Use an operational system such as VerBIS; reviewers never may (E6).</summary>
    UseOperationalSystem,
}

/// <summary>Why access was allowed or denied.</summary>
public enum AccessDecisionCode
{
    /// <summary>An RD holder acting in its own district (E1).</summary>
    OwnDistrict = 0,

    /// <summary>A head-office holder; head office sees all districts (E1).</summary>
    HeadOfficeAllDistricts,

    /// <summary>No grant of the principal is active at that instant (E5).</summary>
    NoActiveGrant,

    /// <summary>The principal holds grants only for other districts (E1).</summary>
    OtherDistrict,

    /// <summary>The district is not a configured RD.</summary>
    UnknownDistrict,

    /// <summary>Reviewers have no access to operational systems (E6).</summary>
    OperationalSystemDenied,
}

/// <summary>An access decision: allow or deny, with the reason, the grant relied on and the directive in force.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AccessDecision
{
    internal AccessDecision(AccessDecisionCode code, string reason, GrantId? grantId, string? directiveId)
    {
        Code = code;
        Reason = reason;
        GrantId = grantId;
        DirectiveId = directiveId;
    }

    /// <summary>Whether access is allowed.</summary>
    public bool IsAllowed => Code is AccessDecisionCode.OwnDistrict or AccessDecisionCode.HeadOfficeAllDistricts;

    /// <summary>The reason code.</summary>
    public AccessDecisionCode Code { get; }

    /// <summary>An invariant sentence stating the rule applied.</summary>
    public string Reason { get; }

    /// <summary>The grant that allows access, when allowed.</summary>
    public GrantId? GrantId { get; }

    /// <summary>The directive in force on that date, if any.</summary>
    public string? DirectiveId { get; }

    /// <inheritdoc />
    public override string ToString() => (IsAllowed ? "allow: " : "deny: ") + Reason;
}
