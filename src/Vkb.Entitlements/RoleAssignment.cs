using NodaTime;

namespace Vkb.Entitlements;

/// <summary>
/// One term of a role held by a person in a unit, as the ledger shows it (E4): from its first
/// date to the day before <see cref="Until"/>, or open-ended.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RoleAssignment
{
    internal RoleAssignment(OrgUnit unit, PrincipalId person, UnitRole role, LocalDate from, PrincipalId assignedBy, long sequence)
    {
        Unit = unit;
        Person = person;
        Role = role;
        From = from;
        AssignedBy = assignedBy;
        Sequence = sequence;
    }

    private RoleAssignment(RoleAssignment other, LocalDate until, PrincipalId revokedBy)
        : this(other.Unit, other.Person, other.Role, other.From, other.AssignedBy, other.Sequence)
    {
        Until = until;
        RevokedBy = revokedBy;
    }

    /// <summary>The unit the role is held in.</summary>
    public OrgUnit Unit { get; }

    /// <summary>The person (opaque id).</summary>
    public PrincipalId Person { get; }

    /// <summary>The role.</summary>
    public UnitRole Role { get; }

    /// <summary>The first date the role is held.</summary>
    public LocalDate From { get; }

    /// <summary>The first date the role is no longer held, or null while it is open-ended.</summary>
    public LocalDate? Until { get; }

    /// <summary>Who recorded the assignment.</summary>
    public PrincipalId AssignedBy { get; }

    /// <summary>Who recorded the revocation, if revoked.</summary>
    public PrincipalId? RevokedBy { get; }

    /// <summary>The sequence number of the assignment event in the unit's chain.</summary>
    public long Sequence { get; }

    /// <summary>Whether the role is held on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from <see cref="From"/> up to the day before <see cref="Until"/>.</returns>
    public bool IsHeldOn(LocalDate date) => date >= From && (Until is null || date < Until.Value);

    internal RoleAssignment Ended(LocalDate until, PrincipalId revokedBy) => new(this, until, revokedBy);
}
