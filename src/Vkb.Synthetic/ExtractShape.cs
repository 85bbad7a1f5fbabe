using System.Globalization;
using NodaTime;

namespace Vkb.Synthetic;

/// <summary>
/// The shape of a synthetic extract: how many regional directorates, job centres (SGB II),
/// employment agencies (SGB III), teams and records, how much history, which review month and phase, and which shares of records are
/// flagged and of job centres consent to § 16a cases. Immutable and validated; start from a
/// preset and adjust with the <c>With…</c> methods.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ExtractShape : IEquatable<ExtractShape>
{
    /// <summary>The most regional directorates a shape may have (the BA has ten).</summary>
    public const int MaxRegionalDirectorates = 10;

    /// <summary>The most job centres per regional directorate (job centre ids must stay unique).</summary>
    public const int MaxJobCentresPerDirectorate = 80;

    /// <summary>The most employment agencies per regional directorate (agency ids must stay unique).</summary>
    public const int MaxAgenciesPerDirectorate = 80;

    /// <summary>The most teams per job centre or employment agency.</summary>
    public const int MaxTeamsPerJobCentre = 99;

    /// <summary>The largest caseload of one team.</summary>
    public const int MaxCaseloadPerTeam = 10_000;

    /// <summary>
    /// The review month of the presets. Customers' birth dates are drawn against it in every month (one customer, one
    /// birth date, however many monthly extracts), and its team leads' draws are the reference the other months re-draw from.
    /// </summary>
    internal static readonly YearMonth DefaultReviewMonth = new(2025, 4);

    /// <summary>Review months up to this far from <see cref="DefaultReviewMonth"/> share their customers' birth dates.</summary>
    internal const int StableBirthDateMonths = 24;

    /// <summary>How many months <see cref="ReviewMonth"/> lies after <see cref="DefaultReviewMonth"/> (negative: before).</summary>
    internal int MonthsFromDefault => ((ReviewMonth.Year - DefaultReviewMonth.Year) * 12) + ReviewMonth.Month - DefaultReviewMonth.Month;

    private ExtractShape(
        int regionalDirectorates,
        int jobCentresPerDirectorate,
        int agenciesPerDirectorate,
        int teamsPerJobCentre,
        int caseloadPerTeam,
        int historyMonths,
        YearMonth reviewMonth,
        string phaseId,
        double flaggedShare,
        double consentShare)
    {
        Preconditions.CheckArgumentRange(regionalDirectorates, 1, MaxRegionalDirectorates);
        Preconditions.CheckArgumentRange(jobCentresPerDirectorate, 1, MaxJobCentresPerDirectorate);
        Preconditions.CheckArgumentRange(agenciesPerDirectorate, 0, MaxAgenciesPerDirectorate);
        Preconditions.CheckArgumentRange(teamsPerJobCentre, 1, MaxTeamsPerJobCentre);
        Preconditions.CheckArgumentRange(caseloadPerTeam, 1, MaxCaseloadPerTeam);
        Preconditions.CheckArgumentRange(historyMonths, 1, 120);
        Preconditions.CheckArgumentRange(reviewMonth.Year, 2000, 2099, nameof(reviewMonth));
        Preconditions.CheckNotNull(phaseId);
        Preconditions.CheckArgument(
            phaseId.Length is >= 1 and <= 40 && phaseId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'),
            "The phase id must be 1 to 40 ASCII letters, digits, '-', '_' or '.'.",
            nameof(phaseId));
        Preconditions.CheckArgumentRange(flaggedShare, 0.0, 1.0);
        Preconditions.CheckArgumentRange(consentShare, 0.0, 1.0);
        RegionalDirectorates = regionalDirectorates;
        JobCentresPerDirectorate = jobCentresPerDirectorate;
        AgenciesPerDirectorate = agenciesPerDirectorate;
        TeamsPerJobCentre = teamsPerJobCentre;
        CaseloadPerTeam = caseloadPerTeam;
        HistoryMonths = historyMonths;
        ReviewMonth = reviewMonth;
        PhaseId = phaseId;
        FlaggedShare = flaggedShare;
        ConsentShare = consentShare;
    }

    /// <summary>3,000 records: 2 RDs × (2 job centres + 1 employment agency) × 5 teams × 100 customers.</summary>
    public static ExtractShape Small { get; } = Create(2, 2, 1, 5, 100);

    /// <summary>50,000 records: 4 RDs × (4 job centres + 1 employment agency) × 10 teams × 250 customers.</summary>
    public static ExtractShape Medium { get; } = Create(4, 4, 1, 10, 250);

    /// <summary>300,000 records: 6 RDs × (8 job centres + 2 employment agencies) × 20 teams × 250 customers.</summary>
    public static ExtractShape Large { get; } = Create(6, 8, 2, 20, 250);

    /// <summary>1,200,000 records: all ten RDs × (16 job centres + 4 employment agencies) × 24 teams × 250 customers.</summary>
    public static ExtractShape National { get; } = Create(10, 16, 4, 24, 250);

    /// <summary>The names accepted by <see cref="FromPreset"/>.</summary>
    public static IReadOnlyList<string> PresetNames { get; } = ["small", "medium", "large", "national"];

    /// <summary>Number of regional directorates (1 to 10).</summary>
    public int RegionalDirectorates { get; }

    /// <summary>Job centres (SGB II) in each regional directorate, at least one.</summary>
    public int JobCentresPerDirectorate { get; }

    /// <summary>Employment agencies (SGB III) in each regional directorate; zero gives an SGB II-only extract.</summary>
    public int AgenciesPerDirectorate { get; }

    /// <summary>Teams in each job centre and each employment agency; each team has one team lead.</summary>
    public int TeamsPerJobCentre { get; }

    /// <summary>Customer records per team.</summary>
    public int CaseloadPerTeam { get; }

    /// <summary>Months of case history before and including the review month.</summary>
    public int HistoryMonths { get; }

    /// <summary>The month whose TL reviews the extract carries.</summary>
    public YearMonth ReviewMonth { get; }

    /// <summary>The assessment phase the extract belongs to.</summary>
    public string PhaseId { get; }

    /// <summary>Share of each team's caseload flagged as TL-reviewed for the review month (0 to 1).</summary>
    public double FlaggedShare { get; }

    /// <summary>Share of job centres whose carriers' assembly consented to include § 16a cases (0 to 1).</summary>
    public double ConsentShare { get; }

    /// <summary>Number of job centres in the extract.</summary>
    public int TotalJobCentres => RegionalDirectorates * JobCentresPerDirectorate;

    /// <summary>Number of employment agencies in the extract.</summary>
    public int TotalAgencies => RegionalDirectorates * AgenciesPerDirectorate;

    /// <summary>Number of units (job centres and employment agencies) in the extract.</summary>
    public int TotalUnits => TotalJobCentres + TotalAgencies;

    /// <summary>Number of teams in the extract.</summary>
    public int TotalTeams => TotalUnits * TeamsPerJobCentre;

    /// <summary>Exact number of records the generator writes for this shape.</summary>
    public long TotalRecords => (long)TotalTeams * CaseloadPerTeam;

    /// <summary>Records each team lead flags: <see cref="FlaggedShare"/> of the caseload, rounded up.</summary>
    public int FlaggedPerTeam => (int)Math.Min(CaseloadPerTeam, Math.Ceiling((FlaggedShare * CaseloadPerTeam) - 1e-9));

    /// <summary>Exact number of records flagged as TL-reviewed for <see cref="ReviewMonth"/>.</summary>
    public long FlaggedRecords => (long)TotalTeams * FlaggedPerTeam;

    /// <summary>Returns the preset named <paramref name="name"/> (case-insensitive).</summary>
    /// <param name="name">"small", "medium", "large" or "national".</param>
    /// <returns>The preset shape.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a preset.</exception>
    public static ExtractShape FromPreset(string name)
    {
        Preconditions.CheckNotNull(name);
        return name.Trim().ToUpperInvariant() switch
        {
            "SMALL" => Small,
            "MEDIUM" => Medium,
            "LARGE" => Large,
            "NATIONAL" => National,
            _ => throw new ArgumentException("The preset must be one of: small, medium, large, national.", nameof(name)),
        };
    }

    /// <summary>
    /// Returns a shape with about <paramref name="approximateTotal"/> records: the caseload per team
    /// is scaled; below ten records per team, teams, then job centres, then employment agencies
    /// (down to one, so both legal domains stay) are reduced first, so that a team lead can still
    /// draw ten records where the total allows it.
    /// </summary>
    /// <param name="approximateTotal">The wanted number of records, at least 1.</param>
    /// <returns>A new shape; <see cref="TotalRecords"/> says exactly how many records it has.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="approximateTotal"/> is below 1 or too large for the organisation.</exception>
    public ExtractShape WithRecords(long approximateTotal)
    {
        long max = (long)TotalUnits * MaxTeamsPerJobCentre * MaxCaseloadPerTeam;
        Preconditions.CheckArgumentRange(approximateTotal, 1, max);
        var jobCentres = JobCentresPerDirectorate;
        var agencies = AgenciesPerDirectorate;
        var teams = TeamsPerJobCentre;
        const int MinCaseload = 10;
        bool TooFew() => approximateTotal < (long)RegionalDirectorates * (jobCentres + agencies) * teams * MinCaseload;
        while (teams > 1 && TooFew())
        {
            teams--;
        }

        while (jobCentres > 1 && TooFew())
        {
            jobCentres--;
        }

        while (agencies > 1 && TooFew())
        {
            agencies--;
        }

        var units = (long)RegionalDirectorates * (jobCentres + agencies) * teams;
        while (units * MaxCaseloadPerTeam < approximateTotal && teams < MaxTeamsPerJobCentre)
        {
            teams++;
            units = (long)RegionalDirectorates * (jobCentres + agencies) * teams;
        }

        var caseload = (int)Math.Clamp((approximateTotal + (units / 2)) / units, 1, MaxCaseloadPerTeam);
        return With(jobCentresPerDirectorate: jobCentres, agenciesPerDirectorate: agencies, teamsPerJobCentre: teams, caseloadPerTeam: caseload);
    }

    /// <summary>Returns a copy with another number of regional directorates.</summary>
    /// <param name="count">1 to 10.</param>
    /// <returns>The new shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range.</exception>
    public ExtractShape WithRegionalDirectorates(int count) =>
        With(regionalDirectorates: count);

    /// <summary>Returns a copy with another number of job centres per regional directorate.</summary>
    /// <param name="count">1 to <see cref="MaxJobCentresPerDirectorate"/>.</param>
    /// <returns>The new shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range.</exception>
    public ExtractShape WithJobCentresPerDirectorate(int count) =>
        With(jobCentresPerDirectorate: count);

    /// <summary>Returns a copy with another number of employment agencies per regional directorate.</summary>
    /// <param name="count">0 (SGB II only) to <see cref="MaxAgenciesPerDirectorate"/>.</param>
    /// <returns>The new shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range.</exception>
    public ExtractShape WithAgenciesPerDirectorate(int count) =>
        With(agenciesPerDirectorate: count);

    /// <summary>Returns a copy with another number of teams per job centre and per employment agency.</summary>
    /// <param name="count">1 to <see cref="MaxTeamsPerJobCentre"/>.</param>
    /// <returns>The new shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range.</exception>
    public ExtractShape WithTeamsPerJobCentre(int count) =>
        With(teamsPerJobCentre: count);

    /// <summary>Returns a copy with another caseload per team.</summary>
    /// <param name="count">1 to <see cref="MaxCaseloadPerTeam"/>.</param>
    /// <returns>The new shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is out of range.</exception>
    public ExtractShape WithCaseloadPerTeam(int count) =>
        With(caseloadPerTeam: count);

    /// <summary>Returns a copy with another length of history.</summary>
    /// <param name="months">1 to 120.</param>
    /// <returns>The new shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is out of range.</exception>
    public ExtractShape WithHistoryMonths(int months) =>
        With(historyMonths: months);

    /// <summary>Returns a copy for another review month.</summary>
    /// <param name="month">A month in the years 2000 to 2099.</param>
    /// <returns>The new shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is out of range.</exception>
    public ExtractShape WithReviewMonth(YearMonth month) =>
        With(reviewMonth: month);

    /// <summary>Returns a copy for another assessment phase.</summary>
    /// <param name="id">1 to 40 ASCII letters, digits, '-', '_' or '.'.</param>
    /// <returns>The new shape.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is malformed.</exception>
    public ExtractShape WithPhaseId(string id) =>
        With(phaseId: Preconditions.CheckNotNull(id));

    /// <summary>Returns a copy with another share of flagged records per team.</summary>
    /// <param name="share">0 to 1.</param>
    /// <returns>The new shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is out of range.</exception>
    public ExtractShape WithFlaggedShare(double share) =>
        With(flaggedShare: share);

    /// <summary>Returns a copy with another share of job centres that consent to § 16a cases.</summary>
    /// <param name="share">0 to 1.</param>
    /// <returns>The new shape.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is out of range.</exception>
    public ExtractShape WithConsentShare(double share) =>
        With(consentShare: share);

    /// <inheritdoc />
    public bool Equals(ExtractShape? other) =>
        other is not null &&
        RegionalDirectorates == other.RegionalDirectorates &&
        JobCentresPerDirectorate == other.JobCentresPerDirectorate &&
        AgenciesPerDirectorate == other.AgenciesPerDirectorate &&
        TeamsPerJobCentre == other.TeamsPerJobCentre &&
        CaseloadPerTeam == other.CaseloadPerTeam &&
        HistoryMonths == other.HistoryMonths &&
        ReviewMonth == other.ReviewMonth &&
        string.Equals(PhaseId, other.PhaseId, StringComparison.Ordinal) &&
        FlaggedShare.Equals(other.FlaggedShare) &&
        ConsentShare.Equals(other.ConsentShare);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtractShape);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(RegionalDirectorates);
        hash.Add(JobCentresPerDirectorate);
        hash.Add(AgenciesPerDirectorate);
        hash.Add(TeamsPerJobCentre);
        hash.Add(CaseloadPerTeam);
        hash.Add(HistoryMonths);
        hash.Add(ReviewMonth);
        hash.Add(PhaseId, StringComparer.Ordinal);
        hash.Add(FlaggedShare);
        hash.Add(ConsentShare);
        return hash.ToHashCode();
    }

    /// <summary>Compares two shapes by value.</summary>
    /// <param name="left">The first shape.</param>
    /// <param name="right">The second shape.</param>
    /// <returns>True if both are null or equal.</returns>
    public static bool operator ==(ExtractShape? left, ExtractShape? right) => Equals(left, right);

    /// <summary>Compares two shapes by value.</summary>
    /// <param name="left">The first shape.</param>
    /// <param name="right">The second shape.</param>
    /// <returns>True if they differ.</returns>
    public static bool operator !=(ExtractShape? left, ExtractShape? right) => !Equals(left, right);

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{RegionalDirectorates} RD x ({JobCentresPerDirectorate} JC + {AgenciesPerDirectorate} AA) x {TeamsPerJobCentre} teams x {CaseloadPerTeam} = {TotalRecords} records, {HistoryMonths} months to {ReviewMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture)}, phase {PhaseId}");

    private ExtractShape With(
        int? regionalDirectorates = null,
        int? jobCentresPerDirectorate = null,
        int? agenciesPerDirectorate = null,
        int? teamsPerJobCentre = null,
        int? caseloadPerTeam = null,
        int? historyMonths = null,
        YearMonth? reviewMonth = null,
        string? phaseId = null,
        double? flaggedShare = null,
        double? consentShare = null) =>
        new(
            regionalDirectorates ?? RegionalDirectorates,
            jobCentresPerDirectorate ?? JobCentresPerDirectorate,
            agenciesPerDirectorate ?? AgenciesPerDirectorate,
            teamsPerJobCentre ?? TeamsPerJobCentre,
            caseloadPerTeam ?? CaseloadPerTeam,
            historyMonths ?? HistoryMonths,
            reviewMonth ?? ReviewMonth,
            phaseId ?? PhaseId,
            flaggedShare ?? FlaggedShare,
            consentShare ?? ConsentShare);

    private static ExtractShape Create(int rds, int jobCentres, int agencies, int teams, int caseload) =>
        new(rds, jobCentres, agencies, teams, caseload, historyMonths: 24, DefaultReviewMonth, phaseId: "2025-1", flaggedShare: 0.12, consentShare: 0.5);
}
