using NodaTime;
using Vkb.Entitlements;
using Vkb.Sampling;

namespace Vkb.Samples.Api;

/// <summary>Body of <c>POST /api/roles</c>: who may order (line manager) or approve (special approver) in a unit.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Person">Who gets the role.</param>
/// <param name="Role">The role.</param>
/// <param name="From">The first day the role is held.</param>
/// <param name="AssignedBy">Who assigns it.</param>
public sealed record RoleRequest(OrgUnit Unit, PrincipalId Person, UnitRole Role, LocalDate From, PrincipalId AssignedBy);

/// <summary>Body of <c>POST /api/grants/{id}/approve</c>.</summary>
/// <param name="Approver">The special approver (not the requester, not the grantee).</param>
/// <param name="On">The date of the approval.</param>
public sealed record ApprovalRequest(PrincipalId Approver, LocalDate On);

/// <summary>Body of <c>POST /api/access</c>.</summary>
/// <param name="Principal">Who asks.</param>
/// <param name="Action">What they want to do.</param>
/// <param name="District">Whose records.</param>
/// <param name="At">When; now if null.</param>
public sealed record AccessRequest(PrincipalId Principal, AccessAction Action, OrgUnit District, Instant? At);

/// <summary>Body of <c>POST /api/samples</c>.</summary>
/// <param name="DrawId">The draw id, e.g. <c>TL-2025-04</c>.</param>
/// <param name="Population">The population: key, unit, stratum.</param>
/// <param name="PerUnit">Keys per unit; the configured team-lead default if null.</param>
/// <param name="Reserve">Reserve per stratum; the configured default if null.</param>
/// <param name="Seed">The seed (published afterwards); a new random one if null.</param>
public sealed record DrawRequest(string DrawId, IReadOnlyList<PopulationItem> Population, int? PerUnit, int? Reserve, Seed? Seed);

/// <summary>Body of <c>POST /api/samples/verify</c>.</summary>
/// <param name="Protocol">The protocol's canonical JSON text, as returned by <c>POST /api/samples</c>.</param>
/// <param name="Population">The population the draw was made from.</param>
public sealed record VerifyRequest(string Protocol, IReadOnlyList<PopulationItem> Population);
