using NodaTime;

namespace Vkb.Entitlements;

/// <summary>The kinds of ledger events.</summary>
public enum LedgerEventKind
{
    /// <summary>A manager requested a grant.</summary>
    Requested = 0,

    /// <summary>A special approver approved it within the cap.</summary>
    Approved,

    /// <summary>A special approver rejected it.</summary>
    Rejected,

    /// <summary>It was revoked.</summary>
    Revoked,

    /// <summary>Its period ended and the expiry was recorded.</summary>
    Expired,
}

/// <summary>A decoded ledger event.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class LedgerEvent
{
    internal LedgerEvent(LedgerEventKind kind, GrantId grantId, LocalDate on, Instant recordedAt, PrincipalId actor)
    {
        Kind = kind;
        GrantId = grantId;
        On = on;
        RecordedAt = recordedAt;
        Actor = actor;
    }

    /// <summary>The kind.</summary>
    public LedgerEventKind Kind { get; }

    /// <summary>The grant concerned.</summary>
    public GrantId GrantId { get; }

    /// <summary>The business date of the step (request, decision, revocation or expiry date).</summary>
    public LocalDate On { get; }

    /// <summary>When the event was recorded, from the service's clock.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Who took the step: requester, approver, revoker or the expiring system.</summary>
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
}
