namespace Vkb.Synthetic;

/// <summary>
/// One generated case record: its JSON line in the format of the suite's EXTRACT.md, the
/// organisational keys and flags callers need without parsing, and the ground truth of the
/// personal data planted in it.
/// </summary>
/// <remarks>Immutable and thread-safe. Every string here is synthetic; none describes a real person.</remarks>
public sealed class SyntheticRecord
{
    internal SyntheticRecord(
        long index,
        string json,
        string customerNumber,
        string? householdNumber,
        OrganisationUnitInfo unit,
        TeamInfo team,
        string caseWorkerId,
        bool flagged,
        bool municipalServices16a,
        string customerGroup,
        string customerProcess,
        string legalDomain,
        bool inCaseManagement,
        PlantedPersonalData planted)
    {
        Index = index;
        Json = json;
        CustomerNumber = customerNumber;
        HouseholdNumber = householdNumber;
        RegionalDirectorate = unit.RegionalDirectorate;
        UnitId = unit.Id;
        UnitKind = unit.Kind;
        JobCentreId = unit is JobCentreInfo ? unit.Id : null;
        AgencyId = unit is EmploymentAgencyInfo ? unit.Id : null;
        JobCentreConsents16a = unit is JobCentreInfo { Consents16a: true };
        Team = team.Id;
        TeamLeadId = team.TeamLeadId;
        CaseWorkerId = caseWorkerId;
        Flagged = flagged;
        MunicipalServices16a = municipalServices16a;
        CustomerGroup = customerGroup;
        CustomerProcess = customerProcess;
        LegalDomain = legalDomain;
        InCaseManagement = inCaseManagement;
        Planted = planted;
    }

    /// <summary>The zero-based position of the record in the extract.</summary>
    public long Index { get; }

    /// <summary>The record as one JSON object on one line (no line break), exactly the EXTRACT.md format.</summary>
    public string Json { get; }

    /// <summary>The BA customer number, e.g. "962D123456".</summary>
    public string CustomerNumber { get; }

    /// <summary>The household (BG) number, e.g. "96201BG0012345"; null for an SGB III case (households are an SGB II notion).</summary>
    public string? HouseholdNumber { get; }

    /// <summary>The regional directorate's code, e.g. "NRW".</summary>
    public string RegionalDirectorate { get; }

    /// <summary>The id of the unit the case belongs to: its job centre (SGB II) or employment agency (SGB III).</summary>
    public string UnitId { get; }

    /// <summary>The kind of unit the case belongs to; it decides <see cref="LegalDomain"/>.</summary>
    public OrganisationUnitKind UnitKind { get; }

    /// <summary>The job centre's id, e.g. "96201", for an SGB II case; null for an SGB III case.</summary>
    public string? JobCentreId { get; }

    /// <summary>The employment agency's id, e.g. "96200", for an SGB III case; null for an SGB II case.</summary>
    public string? AgencyId { get; }

    /// <summary>The team's id, e.g. "96201-T03".</summary>
    public string Team { get; }

    /// <summary>The team lead's staff id.</summary>
    public string TeamLeadId { get; }

    /// <summary>The case worker's staff id.</summary>
    public string CaseWorkerId { get; }

    /// <summary>Whether the team lead flagged the record as reviewed for the review month.</summary>
    public bool Flagged { get; }

    /// <summary>Whether the case needs municipal integration services (§ 16a SGB II); always false for an SGB III case.</summary>
    public bool MunicipalServices16a { get; }

    /// <summary>Whether the job centre's carriers' assembly agreed to include § 16a cases; false for an SGB III case.</summary>
    public bool JobCentreConsents16a { get; }

    /// <summary>The customer group, e.g. "longTermUnemployed".</summary>
    public string CustomerGroup { get; }

    /// <summary>The customer process: placement (including employment-oriented case management, see <see cref="InCaseManagement"/>), rehabilitation or employerService.</summary>
    public string CustomerProcess { get; }

    /// <summary>The legal domain: SGB2 or SGB3.</summary>
    public string LegalDomain { get; }

    /// <summary>Whether the case has a case-management intake (<c>caseManagement.intake</c>): employment-oriented case management, part of the placement process.</summary>
    public bool InCaseManagement { get; }

    /// <summary>Ground truth: every personal-data string planted in this record.</summary>
    public PlantedPersonalData Planted { get; }

    /// <summary>Describes the record by index and unit only (no personal data).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => FormattableString.Invariant($"SyntheticRecord #{Index} ({UnitId}, {Team})");
}
