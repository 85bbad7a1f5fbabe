using NodaTime;

namespace Vkb.Entitlements;

/// <summary>Where a grant stands in its life cycle.</summary>
public enum GrantStatus
{
    /// <summary>Requested by a manager, not yet decided by a special approver.</summary>
    Pending = 0,

    /// <summary>Approved within the cap; active on the dates of its period.</summary>
    Approved,

    /// <summary>Rejected by a special approver; never active.</summary>
    Rejected,

    /// <summary>Approved, then revoked; active only before the revocation date.</summary>
    Revoked,

    /// <summary>Approved and run to the end of its period; the expiry is recorded in the ledger.</summary>
    Expired,
}

/// <summary>
/// A person's permission (procedure profile and data space) for one unit and period, as the
/// ledger shows it: who requested it, who approved, rejected or revoked it and when.
/// </summary>
/// <remarks>Immutable and thread-safe; a new instance reflects each ledger event.</remarks>
public sealed class Grant
{
    internal Grant(GrantId id, PrincipalId grantee, PrincipalId requestedBy, LocalDate requestedOn, DateInterval period, string procedureProfile, string dataSpace)
    {
        Id = id;
        Grantee = grantee;
        RequestedBy = requestedBy;
        RequestedOn = requestedOn;
        Period = period;
        ProcedureProfile = procedureProfile;
        DataSpace = dataSpace;
        Status = GrantStatus.Pending;
    }

    private Grant(Grant other)
    {
        Id = other.Id;
        Grantee = other.Grantee;
        RequestedBy = other.RequestedBy;
        RequestedOn = other.RequestedOn;
        Period = other.Period;
        ProcedureProfile = other.ProcedureProfile;
        DataSpace = other.DataSpace;
        Status = other.Status;
        DecidedBy = other.DecidedBy;
        DecidedOn = other.DecidedOn;
        DirectiveIds = other.DirectiveIds;
        Reason = other.Reason;
        RevokedBy = other.RevokedBy;
        RevokedOn = other.RevokedOn;
        ExpiredOn = other.ExpiredOn;
    }

    /// <summary>The grant id.</summary>
    public GrantId Id { get; }

    /// <summary>The unit (RD or head office).</summary>
    public OrgUnit Unit => Id.Unit;

    /// <summary>The person who holds the permission.</summary>
    public PrincipalId Grantee { get; }

    /// <summary>The line manager who ordered it (E4).</summary>
    public PrincipalId RequestedBy { get; }

    /// <summary>The date of the request.</summary>
    public LocalDate RequestedOn { get; }

    /// <summary>The dates the permission is for, inclusive (E5).</summary>
    public DateInterval Period { get; }

    /// <summary>The procedure profile (Verfahrensprofil).</summary>
    public string ProcedureProfile { get; }

    /// <summary>The data space (Datenraum).</summary>
    public string DataSpace { get; }

    /// <summary>The current status.</summary>
    public GrantStatus Status { get; private set; }

    /// <summary>The special approver who approved or rejected it, if decided.</summary>
    public PrincipalId? DecidedBy { get; private set; }

    /// <summary>The date of the approval or rejection, if decided.</summary>
    public LocalDate? DecidedOn { get; private set; }

    /// <summary>The ids of the directives whose caps the approval checked, comma-separated; null unless approved.</summary>
    public string? DirectiveIds { get; private set; }

    /// <summary>The reason given with the approval, rejection or revocation.</summary>
    public string? Reason { get; private set; }

    /// <summary>Who revoked it, if revoked.</summary>
    public PrincipalId? RevokedBy { get; private set; }

    /// <summary>The first date it is no longer active because of a revocation.</summary>
    public LocalDate? RevokedOn { get; private set; }

    /// <summary>The date its expiry was recorded.</summary>
    public LocalDate? ExpiredOn { get; private set; }

    /// <summary>Whether it was ever approved (approved, revoked or expired).</summary>
    public bool WasApproved => Status is GrantStatus.Approved or GrantStatus.Revoked or GrantStatus.Expired;

    /// <summary>The last date it is active, or null if it never is; revocation ends it early.</summary>
    public LocalDate? LastActiveDate
    {
        get
        {
            if (!WasApproved)
            {
                return null;
            }

            var end = RevokedOn is { } revoked && revoked <= Period.End ? revoked.PlusDays(-1) : Period.End;
            return end < Period.Start ? null : end;
        }
    }

    /// <summary>Whether the permission is active on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True if approved, within the period and not yet revoked on that date.</returns>
    public bool IsActiveOn(LocalDate date) => LastActiveDate is { } last && date >= Period.Start && date <= last;

    /// <summary>The grant id, status and period, such as <c>NRW-17 approved 2025-04-01..2025-06-30</c> (no principal).</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Id} {Status.ToString().ToLowerInvariant()} {Period.Start:yyyy-MM-dd}..{Period.End:yyyy-MM-dd}");

    internal Grant Approved(PrincipalId approver, LocalDate on, string directiveIds, string? reason) =>
        new(this) { Status = GrantStatus.Approved, DecidedBy = approver, DecidedOn = on, DirectiveIds = directiveIds, Reason = reason };

    internal Grant Rejected(PrincipalId approver, LocalDate on, string? reason) =>
        new(this) { Status = GrantStatus.Rejected, DecidedBy = approver, DecidedOn = on, Reason = reason };

    internal Grant Revoked(PrincipalId by, LocalDate on, string? reason) =>
        new(this) { Status = GrantStatus.Revoked, RevokedBy = by, RevokedOn = on, Reason = reason ?? Reason };

    internal Grant Expired(LocalDate on) => new(this) { Status = GrantStatus.Expired, ExpiredOn = on };
}
