using NodaTime;

namespace Vkb.Entitlements;

/// <summary>Who held the permission in one unit on one date, and under which directive.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Date">The date.</param>
/// <param name="Directive">The directive in force on that date, or null in a gap.</param>
/// <param name="Cap">The cap on that date, or null if none applies.</param>
/// <param name="Holders">The grants active on that date, by grant id.</param>
public sealed record Holding(OrgUnit Unit, LocalDate Date, Directive? Directive, int? Cap, IReadOnlyList<Grant> Holders)
{
    /// <summary>The distinct persons holding an active grant on that date; the cap counts these (E2).</summary>
    public IReadOnlyList<PrincipalId> Persons { get; } = Holders.Select(g => g.Grantee).Distinct().ToList();
}

/// <summary>A unit that holds more active grants than the cap in force allows, for example after a cap shrank.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Date">The first date of the excess found.</param>
/// <param name="DirectiveId">The directive in force on that date.</param>
/// <param name="Cap">The cap.</param>
/// <param name="Holders">The grants active on that date; none is revoked automatically.</param>
/// <param name="Persons">The number of distinct persons holding them, above <paramref name="Cap"/>.</param>
public sealed record CapExcess(OrgUnit Unit, LocalDate Date, string DirectiveId, int Cap, IReadOnlyList<GrantId> Holders, int Persons);

/// <summary>
/// A consistent snapshot of all grants, built from the ledger (live or replayed), that answers
/// access decisions and "who held it" questions without touching the store.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EntitlementView
{
    private readonly Dictionary<PrincipalId, Grant[]> _byGrantee;
    private readonly Dictionary<OrgUnit, Grant[]> _byUnit;

    internal EntitlementView(EntitlementPolicy policy, IEnumerable<Grant> grants, IEnumerable<RoleAssignment> roles)
    {
        Policy = policy;
        Roles = roles.OrderBy(r => r.Unit.Code, StringComparer.Ordinal).ThenBy(r => r.Sequence).ToList();
        Grants = grants.OrderBy(g => g.Unit.Code, StringComparer.Ordinal).ThenBy(g => g.Id.Number).ToList();
        _byGrantee = Grants.Where(g => g.WasApproved).GroupBy(g => g.Grantee).ToDictionary(g => g.Key, g => g.ToArray());
        _byUnit = Grants.GroupBy(g => g.Unit).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The policy decisions apply.</summary>
    public EntitlementPolicy Policy { get; }

    /// <summary>Every grant in every status, by unit and number.</summary>
    public IReadOnlyList<Grant> Grants { get; }

    /// <summary>Every role term (line managers, special approvers) of every unit, by unit and assignment order (E4).</summary>
    public IReadOnlyList<RoleAssignment> Roles { get; }

    /// <summary>Whether <paramref name="person"/> holds <paramref name="role"/> in <paramref name="unit"/> on <paramref name="date"/>.</summary>
    /// <param name="person">The person.</param>
    /// <param name="role">The role.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="date">The date.</param>
    /// <returns>True if a term of that role in that unit covers the date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> or <paramref name="unit"/> is null.</exception>
    public bool HoldsRole(PrincipalId person, UnitRole role, OrgUnit unit, LocalDate date)
    {
        Preconditions.CheckNotNull(person);
        Preconditions.CheckNotNull(unit);
        return Roles.Any(r => r.Unit == unit && r.Person == person && r.Role == role && r.IsHeldOn(date));
    }

    /// <summary>
    /// Decides whether <paramref name="principal"/> may take <paramref name="action"/> on
    /// <paramref name="district"/>'s records at <paramref name="instant"/> (E1, E5, E6): an active
    /// grant at that instant is required; an RD grant covers its own district only; a head-office
    /// grant covers all; operational systems are always denied.
    /// </summary>
    /// <param name="principal">Who asks.</param>
    /// <param name="action">What they want to do.</param>
    /// <param name="district">Whose records (an RD).</param>
    /// <param name="instant">When.</param>
    /// <returns>Allow or deny with the reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public AccessDecision Decide(PrincipalId principal, AccessAction action, OrgUnit district, Instant instant)
    {
        Preconditions.CheckNotNull(principal);
        Preconditions.CheckNotNull(district);
        var date = Policy.DateOf(instant);
        var directive = Policy.DirectiveInForce(date)?.Id;
        if (action == AccessAction.UseOperationalSystem)
        {
            return new AccessDecision(AccessDecisionCode.OperationalSystemDenied, "Reviewers have no access to operational systems (E6).", null, directive);
        }

        if (district.IsHeadOffice || !Policy.IsKnown(district))
        {
            return new AccessDecision(AccessDecisionCode.UnknownDistrict, "The district is not a configured regional directorate.", null, directive);
        }

        Grant? other = null;
        if (_byGrantee.TryGetValue(principal, out var grants))
        {
            foreach (var grant in grants)
            {
                if (!grant.IsActiveOn(date))
                {
                    continue;
                }

                if (grant.Unit.IsHeadOffice)
                {
                    return new AccessDecision(AccessDecisionCode.HeadOfficeAllDistricts, "An active head-office grant covers every district (E1).", grant.Id, directive);
                }

                if (grant.Unit == district)
                {
                    return new AccessDecision(AccessDecisionCode.OwnDistrict, "An active grant of the district's own RD (E1).", grant.Id, directive);
                }

                other = grant;
            }
        }

        return other is not null
            ? new AccessDecision(AccessDecisionCode.OtherDistrict, "The principal's active grants are for other districts; an RD sees only its own district (E1).", null, directive)
            : new AccessDecision(AccessDecisionCode.NoActiveGrant, "The principal holds no active grant at that instant (E5).", null, directive);
    }

    /// <summary>Who held the permission in <paramref name="unit"/> on <paramref name="date"/>, under which directive.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="date">The date.</param>
    /// <returns>The holders with the directive and cap in force.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public Holding WhoHeld(OrgUnit unit, LocalDate date)
    {
        Preconditions.CheckNotNull(unit);
        var holders = _byUnit.TryGetValue(unit, out var grants) ? grants.Where(g => g.IsActiveOn(date)).ToList() : [];
        var rule = Policy.CapAt(unit, date);
        return new Holding(unit, date, rule.Directive, rule.Cap, holders);
    }

    /// <summary>
    /// Units where more distinct persons hold an active grant than the cap in force allows within <paramref name="range"/>,
    /// one entry per unit at the first date found. Holders are reported, never revoked.
    /// </summary>
    /// <param name="range">The dates to examine.</param>
    /// <returns>The excesses, by unit code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="range"/> is null.</exception>
    public IReadOnlyList<CapExcess> FindCapExcesses(DateInterval range)
    {
        Preconditions.CheckNotNull(range);
        var result = new List<CapExcess>();
        foreach (var (unit, grants) in _byUnit.OrderBy(p => p.Key.Code, StringComparer.Ordinal))
        {
            var points = new SortedSet<LocalDate> { range.Start };
            foreach (var boundary in Policy.BoundariesWithin(range.Start, range.End))
            {
                points.Add(boundary);
            }

            foreach (var grant in grants.Where(g => g.LastActiveDate is not null && range.Contains(g.Period.Start)))
            {
                points.Add(grant.Period.Start);
            }

            foreach (var date in points)
            {
                var rule = Policy.CapAt(unit, date);
                var active = grants.Where(g => g.IsActiveOn(date)).ToList();
                var persons = active.Select(g => g.Grantee).Distinct().Count();
                if (rule.Cap is { } cap && persons > cap)
                {
                    result.Add(new CapExcess(unit, date, rule.Directive!.Id, cap, active.Select(g => g.Id).ToList(), persons));
                    break;
                }
            }
        }

        return result;
    }
}
