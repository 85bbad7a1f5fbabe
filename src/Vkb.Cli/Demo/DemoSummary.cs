using System.Text.Json.Serialization;

namespace Vkb.Cli.Demo;

// The figures of one demo run, for machines (summary.json) and for the HTML report alike, so that
// the two cannot disagree. Nothing in here is personal data: units are organisational codes or
// pseudonyms, and everything else is a count, a digest or a verdict.

/// <summary>Everything one run of <c>vkb demo</c> measured and decided.</summary>
internal sealed record DemoSummary(
    DemoRunInfo Run,
    IReadOnlyList<DrawSummary> Draws,
    IReadOnlyList<TeamLeadComplianceRow> TeamLeadCompliance,
    PrivacySummary Privacy,
    EntitlementSummary Entitlements,
    IReadOnlyList<CalibrationRow> Calibration,
    CalibrationModel CalibrationModel,
    IReadOnlyList<FindingsTable> Findings,
    IReadOnlyList<IndicatorRow> Indicators,
    IReadOnlyList<VerificationCheck> Verification,
    IReadOnlyList<ArtefactInfo> Artefacts)
{
    /// <summary>True when every check of <see cref="Verification"/> passed.</summary>
    public bool AllVerified => Verification.Count > 0 && Verification.All(v => v.Passed);
}

/// <summary>What was run, on what.</summary>
internal sealed record DemoRunInfo(
    string Tool,
    string Scale,
    ulong Seed,
    string Month,
    string PhaseId,
    string CreatedAt,
    long GeneratedRecords,
    int RegionalDirectorates,
    int JobCentres,
    int JobCentresWithConsent16a,
    int Teams,
    double DurationSeconds);

/// <summary>The levels a draw belongs to, as the report and summary.json name them.</summary>
internal static class DemoLevel
{
    public const string TeamLead = "Teamleitungen";

    public const string RegionalDirectorate = "Regionaldirektionen";

    public const string HeadOffice = "Zentrale";
}

/// <summary>
/// Team-lead compliance of one job centre in the month (S1, S2), as counts only: never a row per
/// team lead (R1). From <see cref="Vkb.Sampling.ComplianceMonitor"/>.
/// </summary>
internal sealed record TeamLeadComplianceRow(
    string JobCentre,
    string RegionalDirectorate,
    string Month,
    int TeamLeads,
    int Reached,
    int ShortAllTaken,
    int NotCompliant,
    long TotalShortfall,
    string? BelowFloorReason,
    string Summary);

/// <summary>One draw of one unit: a job centre's team leads together (R1), an RD's district, head office per RD.</summary>
internal sealed record DrawSummary(
    string Level,
    string DrawId,
    string Unit,
    string Context,
    int Requested,
    int Selected,
    int Shortfall,
    IReadOnlyList<StratumSummary> Strata,
    IReadOnlyDictionary<string, int> ExcludedByReason,
    string SeedCommitment,
    string CommittedAt,
    string ProtocolFile,
    bool Verified);

/// <summary>One stratum of a unit's draw.</summary>
internal sealed record StratumSummary(string Stratum, int Eligible, int Allocated, int Selected);

/// <summary>What the pseudonymisation kept, dropped and replaced.</summary>
internal sealed record PrivacySummary(
    string PolicyId,
    string PolicyHash,
    string KeyFingerprint,
    long RecordsRead,
    long RecordsWritten,
    long RecordsRejected,
    IReadOnlyDictionary<string, long> DroppedFields,
    IReadOnlyDictionary<string, long> Replacements,
    int KAnonymityK,
    int ClassesBelowK,
    long RecordsInClassesBelowK,
    int KitsSealed,
    string Generalisation = "",
    long RecordsSuppressed = 0,
    long SmallestClass = 0,
    long Discernibility = 0,
    double PrecisionLoss = 0);

/// <summary>The grant ledger and the access decisions of the run.</summary>
internal sealed record EntitlementSummary(
    IReadOnlyList<EntitlementUnitRow> Units,
    IReadOnlyList<RefusalRow> Refusals,
    long AccessAllowed,
    long AccessDenied,
    IReadOnlyDictionary<string, long> DenialReasons,
    long LedgerEvents,
    bool LedgerVerified);

/// <summary>Holders of the permission in one unit.</summary>
internal sealed record EntitlementUnitRow(string Unit, string Directive, int Cap, int Holders);

/// <summary>A refused request and its reason.</summary>
internal sealed record RefusalRow(string Unit, string Request, string Reason, string? Directive);

/// <summary>Agreement between two assessment levels on one question.</summary>
internal sealed record CalibrationRow(
    string LevelA,
    string LevelB,
    string QuestionId,
    string QuestionText,
    int Cases,
    double PercentAgreement,
    double? Kappa);

/// <summary>The stated model the simulated assessments come from.</summary>
internal sealed record CalibrationModel(string Description, IReadOnlyDictionary<string, double> NoiseByLevel);

/// <summary>Answer counts for one question, by row (level and RD), with suppressed cells as null.</summary>
internal sealed record FindingsTable(
    string QuestionId,
    string QuestionText,
    IReadOnlyList<string> Columns,
    IReadOnlyList<FindingsRow> Rows);

/// <summary>One row of a findings table.</summary>
internal sealed record FindingsRow(string Label, IReadOnlyList<int?> Cells, int? Total);

/// <summary>Case-management indicators of one job centre (R2, R3).</summary>
internal sealed record IndicatorRow(string Unit, int Cases, IReadOnlyDictionary<string, int?> Counts);

/// <summary>One verification and its outcome.</summary>
internal sealed record VerificationCheck(string Name, bool Passed, string Detail);

/// <summary>A file the run wrote; <paramref name="Bytes"/> is null for summary.json and report.html, which list themselves.</summary>
internal sealed record ArtefactInfo(string Path, string Description, long? Bytes);

[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(DemoSummary))]
internal sealed partial class DemoSummaryJsonContext : JsonSerializerContext;
