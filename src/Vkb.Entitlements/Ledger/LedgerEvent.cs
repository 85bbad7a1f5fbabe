using NodaTime;

namespace Vkb.Entitlements;

/// <summary>The kinds of ledger events.</summary>
public enum LedgerEventKind
{
    /// <summary>A line manager requested a grant.</summary>
    Requested = 0,

    /// <summary>A special approver approved it within the cap.</summary>
    Approved,

    /// <summary>A special approver rejected it.</summary>
    Rejected,

    /// <summary>It was revoked.</summary>
    Revoked,

    /// <summary>Its period ended and the expiry was recorded.</summary>
    Expired,

    /// <summary>A person was given a role in the unit from a date on (E4).</summary>
    RoleAssigned,

    /// <summary>A person's role in the unit ended from a date on (E4).</summary>
    RoleRevoked,
}

/// <summary>The roles a person can hold in a unit (E4).</summary>
public enum UnitRole
{
    /// <summary>A line manager (Führungskraft): orders permissions for the unit's staff.</summary>
    LineManager = 0,

    /// <summary>A special approver (Sondergenehmiger): approves or rejects them and enforces the cap.</summary>
    SpecialApprover,
}

/// <summary>A decoded ledger event.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LedgerEvent
{
    internal LedgerEvent(LedgerEventKind kind, GrantId grantId, LocalDate on, Instant recordedAt, PrincipalId actor)
        : this(kind, grantId.Unit, grantId, on, recordedAt, actor)
    {
    }

    internal LedgerEvent(LedgerEventKind kind, OrgUnit unit, GrantId? grantId, LocalDate on, Instant recordedAt, PrincipalId actor)
    {
        Kind = kind;
        Unit = unit;
        GrantId = grantId;
        On = on;
        RecordedAt = recordedAt;
        Actor = actor;
    }

    /// <summary>The kind.</summary>
    public LedgerEventKind Kind { get; }

    /// <summary>The unit whose chain holds the event.</summary>
    public OrgUnit Unit { get; }

    /// <summary>The grant concerned; null for role events.</summary>
    public GrantId? GrantId { get; }

    /// <summary>The business date of the step (request, decision, revocation or expiry date; the first date with or without a role).</summary>
    public LocalDate On { get; }

    /// <summary>When the event was recorded, from the service's clock.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Who took the step: requester, approver, revoker, the expiring system or the administrator of roles.</summary>
    public PrincipalId Actor { get; }

    /// <summary>The grantee (requested events).</summary>
    public PrincipalId? Grantee { get; init; }

    /// <summary>The period (requested events).</summary>
    public DateInterval? Period { get; init; }

    /// <summary>The procedure profile (requested events).</summary>
    public string? ProcedureProfile { get; init; }

    /// <summary>The data space (requested events).</summary>
    public string? DataSpace { get; init; }

    /// <summary>The directives whose caps were checked, comma-separated (approved events).</summary>
    public string? DirectiveIds { get; init; }

    /// <summary>The reason given (approved, rejected, revoked events).</summary>
    public string? Reason { get; init; }

    /// <summary>The role assigned or revoked (role events).</summary>
    public UnitRole? Role { get; init; }

    /// <summary>The person whose role is assigned or revoked (role events).</summary>
    public PrincipalId? Person { get; init; }

    /// <summary>Whether this is a role event rather than a step of a grant.</summary>
    public bool IsRoleEvent => Kind is LedgerEventKind.RoleAssigned or LedgerEventKind.RoleRevoked;
}
