using NodaTime;

namespace Vkb.Entitlements;

/// <summary>Why a grant operation was accepted or refused.</summary>
public enum DecisionCode
{
    /// <summary>The operation was accepted and its event appended to the ledger.</summary>
    Accepted = 0,

    /// <summary>The unit is neither a configured RD nor head office.</summary>
    UnknownUnit,

    /// <summary>The period ends before it starts.</summary>
    InvalidPeriod,

    /// <summary>A text field (procedure profile, data space, reason) is empty or too long.</summary>
    InvalidInput,

    /// <summary>Requester, approver and grantee are not three different people: no one orders or approves their own grant (E4).</summary>
    SeparationOfDuties,

    /// <summary>The requester (or revoker) is not a line manager of the unit or of head office on that date (E4).</summary>
    NotLineManager,

    /// <summary>The approver is not a special approver of the unit on that date (E4).</summary>
    NotSpecialApprover,

    /// <summary>The grant period lies outside every announced assessment phase (E5).</summary>
    OutsidePhase,

    /// <summary>The grant period is longer than the configured maximum (E5).</summary>
    PeriodTooLong,

    /// <summary>The person already holds the role from that date (an assignment overlaps an open or later term).</summary>
    RoleAlreadyHeld,

    /// <summary>The person does not hold the role on that date, so there is nothing to revoke.</summary>
    RoleNotHeld,

    /// <summary>The revocation would take effect on or before a step the person already took in the role.</summary>
    RoleStillInUse,

    /// <summary>No grant with that id exists.</summary>
    UnknownGrant,

    /// <summary>The grant was already approved or rejected.</summary>
    AlreadyDecided,

    /// <summary>The grant is not approved (pending, rejected, revoked or expired).</summary>
    NotApproved,

    /// <summary>The operation's date comes before an earlier step of the same grant, or after its period.</summary>
    InvalidDate,

    /// <summary>On some date of the period no directive is in force (for example 2025-01-01 to 2025-03-04).</summary>
    NoDirectiveInForce,

    /// <summary>A head-office grant while no head-office cap is configured (E3).</summary>
    HeadOfficeCapNotConfigured,

    /// <summary>On some date of the period the unit already holds as many grants as the cap allows (E2).</summary>
    CapReached,

    /// <summary>The unit holds more grants than the (shrunk) cap allows; new approvals wait until it is under the cap.</summary>
    AboveCap,

    /// <summary>The decision lost the race for the unit more often than configured; retry later.</summary>
    Contention,
}

/// <summary>
/// The result of a grant operation (request, approval, rejection, revocation, expiry): accepted or
/// refused, with the reason and the directives applied. Refusals leave the ledger unchanged.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GrantDecision
{
    internal GrantDecision(DecisionCode code, string reason, GrantId? grantId, IReadOnlyList<string> directiveIds, LocalDate? date, long? sequence)
    {
        Code = code;
        Reason = reason;
        GrantId = grantId;
        DirectiveIds = directiveIds;
        Date = date;
        Sequence = sequence;
    }

    /// <summary>Whether the operation was accepted.</summary>
    public bool IsAccepted => Code == DecisionCode.Accepted;

    /// <summary>The outcome code.</summary>
    public DecisionCode Code { get; }

    /// <summary>An invariant English sentence stating the rule applied; never personal data.</summary>
    public string Reason { get; }

    /// <summary>The grant concerned, when known.</summary>
    public GrantId? GrantId { get; }

    /// <summary>The ids of the directives applied (those in force over the period checked), oldest first.</summary>
    public IReadOnlyList<string> DirectiveIds { get; }

    /// <summary>The first date on which the check failed, for cap and directive refusals.</summary>
    public LocalDate? Date { get; }

    /// <summary>The ledger sequence number of the appended event, when accepted.</summary>
    public long? Sequence { get; }

    /// <inheritdoc />
    public override string ToString() => IsAccepted ? $"accepted: {Reason}" : $"refused ({Code}): {Reason}";

    internal static GrantDecision Refuse(DecisionCode code, string reason, GrantId? grantId = null, IReadOnlyList<string>? directives = null, LocalDate? date = null) =>
        new(code, reason, grantId, directives ?? [], date, null);
}
