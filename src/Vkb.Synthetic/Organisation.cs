namespace Vkb.Synthetic;

/// <summary>The two kinds of unit that hold case records (P8).</summary>
public enum OrganisationUnitKind
{
    /// <summary>A job centre (gemeinsame Einrichtung, gE): basic income support for jobseekers, SGB II.</summary>
    JobCentre,

    /// <summary>An employment agency (Agentur für Arbeit, AA): employment promotion, SGB III.</summary>
    EmploymentAgency,
}

/// <summary>
/// A unit of the synthetic organisation that holds case records: a <see cref="JobCentreInfo"/>
/// (SGB II) or an <see cref="EmploymentAgencyInfo"/> (SGB III), with its teams.
/// </summary>
/// <remarks>
/// Not sealed: it is the common base of exactly these two sealed kinds (its constructor is
/// internal, so no other kind can exist). Immutable and thread-safe.
/// </remarks>
public abstract class OrganisationUnitInfo
{
    private protected OrganisationUnitInfo(string id, string name, Data.Directorate directorate, IReadOnlyList<TeamInfo> teams, int placeIndex, int agencyNumber, int customerNumberOffset)
    {
        Directorate = directorate;
        Id = id;
        Name = name;
        RegionalDirectorate = directorate.Code;
        Teams = teams;
        PlaceIndex = placeIndex;
        AgencyNumber = agencyNumber;
        CustomerNumberOffset = customerNumberOffset;
    }

    /// <summary>The kind of unit.</summary>
    public abstract OrganisationUnitKind Kind { get; }

    /// <summary>The legal domain of every case of the unit: "SGB2" for a job centre, "SGB3" for an employment agency.</summary>
    public string LegalDomain => Kind == OrganisationUnitKind.JobCentre ? "SGB2" : "SGB3";

    /// <summary>The five-digit unit id: e.g. "96201" for a job centre, "96200" for the employment agency of the same district.</summary>
    public string Id { get; }

    /// <summary>The unit's name, e.g. "Jobcenter Düsseldorf" or "Agentur für Arbeit Düsseldorf" (organisational, not personal).</summary>
    public string Name { get; }

    /// <summary>The regional directorate's code, e.g. "NRW".</summary>
    public string RegionalDirectorate { get; }

    /// <summary>The teams of the unit, in order.</summary>
    public IReadOnlyList<TeamInfo> Teams { get; }

    internal Data.Directorate Directorate { get; }

    internal int PlaceIndex { get; }

    /// <summary>The three-digit agency number that starts the unit's customer numbers.</summary>
    internal int AgencyNumber { get; }

    /// <summary>Added to a record's position before its customer number is derived, so a job centre and the agency of the same number never share one.</summary>
    internal int CustomerNumberOffset { get; }
}

/// <summary>A job centre (SGB II) of a synthetic extract with its teams.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class JobCentreInfo : OrganisationUnitInfo
{
    internal JobCentreInfo(string id, string name, Data.Directorate directorate, bool consents16a, IReadOnlyList<TeamInfo> teams, int placeIndex, int agencyNumber)
        : base(id, name, directorate, teams, placeIndex, agencyNumber, customerNumberOffset: 0)
    {
        Consents16a = consents16a;
    }

    /// <inheritdoc />
    public override OrganisationUnitKind Kind => OrganisationUnitKind.JobCentre;

    /// <summary>Whether the carriers' assembly agreed to include § 16a cases in reviews.</summary>
    public bool Consents16a { get; }
}

/// <summary>An employment agency (Agentur für Arbeit, SGB III) of a synthetic extract with its teams.</summary>
/// <remarks>
/// Its records carry <c>"agency": {"id", "name"}</c> instead of <c>jobCentre</c>, have no
/// household number and never need § 16a services (a provision of SGB II). Immutable and thread-safe.
/// </remarks>
public sealed class EmploymentAgencyInfo : OrganisationUnitInfo
{
    internal EmploymentAgencyInfo(string id, string name, Data.Directorate directorate, IReadOnlyList<TeamInfo> teams, int placeIndex, int agencyNumber, int customerNumberOffset)
        : base(id, name, directorate, teams, placeIndex, agencyNumber, customerNumberOffset)
    {
    }

    /// <inheritdoc />
    public override OrganisationUnitKind Kind => OrganisationUnitKind.EmploymentAgency;
}

/// <summary>A team of a job centre or employment agency, led by one team lead.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class TeamInfo
{
    internal TeamInfo(string id, string teamLeadId, StaffMember teamLead, IReadOnlyList<StaffMember> caseWorkers)
    {
        Id = id;
        TeamLeadId = teamLeadId;
        TeamLead = teamLead;
        CaseWorkers = caseWorkers;
    }

    /// <summary>The team id, e.g. "96201-T03".</summary>
    public string Id { get; }

    /// <summary>The team lead's staff id, e.g. "TL-04711".</summary>
    public string TeamLeadId { get; }

    internal StaffMember TeamLead { get; }

    internal IReadOnlyList<StaffMember> CaseWorkers { get; }
}

/// <summary>An employee (case worker or team lead); personal data.</summary>
internal sealed record StaffMember(string Id, string FirstName, string LastName, bool Female, string Phone, string Email);
