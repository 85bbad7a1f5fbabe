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
        string householdNumber,
        JobCentreInfo jobCentre,
        TeamInfo team,
        string caseWorkerId,
        bool flagged,
        bool municipalServices16a,
        string customerGroup,
        string customerProcess,
        string legalDomain,
        PlantedPersonalData planted)
    {
        Index = index;
        Json = json;
        CustomerNumber = customerNumber;
        HouseholdNumber = householdNumber;
        RegionalDirectorate = jobCentre.RegionalDirectorate;
        JobCentreId = jobCentre.Id;
        JobCentreConsents16a = jobCentre.Consents16a;
        Team = team.Id;
        TeamLeadId = team.TeamLeadId;
        CaseWorkerId = caseWorkerId;
        Flagged = flagged;
        MunicipalServices16a = municipalServices16a;
        CustomerGroup = customerGroup;
        CustomerProcess = customerProcess;
        LegalDomain = legalDomain;
        Planted = planted;
    }

    /// <summary>The zero-based position of the record in the extract.</summary>
    public long Index { get; }

    /// <summary>The record as one JSON object on one line (no line break), exactly the EXTRACT.md format.</summary>
    public string Json { get; }

    /// <summary>The BA customer number, e.g. "962D123456".</summary>
    public string CustomerNumber { get; }

    /// <summary>The household (BG) number, e.g. "96201BG0012345".</summary>
    public string HouseholdNumber { get; }

    /// <summary>The regional directorate's code, e.g. "NRW".</summary>
    public string RegionalDirectorate { get; }

    /// <summary>The job centre's id, e.g. "96201".</summary>
    public string JobCentreId { get; }

    /// <summary>The team's id, e.g. "96201-T03".</summary>
    public string Team { get; }

    /// <summary>The team lead's staff id.</summary>
    public string TeamLeadId { get; }

    /// <summary>The case worker's staff id.</summary>
    public string CaseWorkerId { get; }

    /// <summary>Whether the team lead flagged the record as reviewed for the review month.</summary>
    public bool Flagged { get; }

    /// <summary>Whether the case needs municipal integration services (§ 16a SGB II).</summary>
    public bool MunicipalServices16a { get; }

    /// <summary>Whether the job centre's carriers' assembly agreed to include § 16a cases.</summary>
    public bool JobCentreConsents16a { get; }

    /// <summary>The customer group, e.g. "longTermUnemployed".</summary>
    public string CustomerGroup { get; }

    /// <summary>The customer process: placement, caseManagement, rehabilitation or employerService.</summary>
    public string CustomerProcess { get; }

    /// <summary>The legal domain: SGB2 or SGB3.</summary>
    public string LegalDomain { get; }

    /// <summary>Ground truth: every personal-data string planted in this record.</summary>
    public PlantedPersonalData Planted { get; }

    /// <summary>Describes the record by index and job centre only (no personal data).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => FormattableString.Invariant($"SyntheticRecord #{Index} ({JobCentreId}, {Team})");
}
