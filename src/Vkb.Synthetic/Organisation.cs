namespace Vkb.Synthetic;

/// <summary>A job centre of a synthetic extract with its teams.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class JobCentreInfo
{
    internal JobCentreInfo(string id, string name, Data.Directorate directorate, bool consents16a, IReadOnlyList<TeamInfo> teams, int placeIndex, int agencyNumber)
    {
        Directorate = directorate;
        Id = id;
        Name = name;
        RegionalDirectorate = directorate.Code;
        Consents16a = consents16a;
        Teams = teams;
        PlaceIndex = placeIndex;
        AgencyNumber = agencyNumber;
    }

    /// <summary>The five-digit job centre id, e.g. "96201".</summary>
    public string Id { get; }

    /// <summary>The job centre's name, e.g. "Jobcenter Düsseldorf" (organisational, not personal).</summary>
    public string Name { get; }

    /// <summary>The regional directorate's code, e.g. "NRW".</summary>
    public string RegionalDirectorate { get; }

    /// <summary>Whether the carriers' assembly agreed to include § 16a cases in reviews.</summary>
    public bool Consents16a { get; }

    /// <summary>The teams of the job centre, in order.</summary>
    public IReadOnlyList<TeamInfo> Teams { get; }

    internal Data.Directorate Directorate { get; }

    internal int PlaceIndex { get; }

    internal int AgencyNumber { get; }
}

/// <summary>A team of a job centre, led by one team lead.</summary>
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
