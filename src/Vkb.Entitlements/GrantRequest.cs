using NodaTime;

namespace Vkb.Entitlements;

/// <summary>
/// A manager's order of a permission for a grantee (IM-Webshop request). Plain input data: the
/// <see cref="GrantService"/> validates it and refuses bad input with a reason.
/// </summary>
/// <param name="Grantee">Who is to hold the permission.</param>
/// <param name="Unit">The RD or head office.</param>
/// <param name="From">The first day of the period.</param>
/// <param name="To">The last day of the period (inclusive).</param>
/// <param name="RequestedBy">The line manager ordering it; not the grantee (E4).</param>
/// <param name="RequestedOn">The date of the request.</param>
public sealed record GrantRequest(PrincipalId Grantee, OrgUnit Unit, LocalDate From, LocalDate To, PrincipalId RequestedBy, LocalDate RequestedOn)
{
    /// <summary>The default procedure profile.</summary>
    public const string DefaultProcedureProfile = "BISS";

    /// <summary>The default data space.</summary>
    public const string DefaultDataSpace = "VKB";

    /// <summary>The procedure profile (Verfahrensprofil); defaults to <c>BISS</c>.</summary>
    public string ProcedureProfile { get; init; } = DefaultProcedureProfile;

    /// <summary>The data space (Datenraum); defaults to <c>VKB</c>.</summary>
    public string DataSpace { get; init; } = DefaultDataSpace;
}
