using System.Globalization;
using NodaTime;

namespace Vkb.Sampling;

/// <summary>The kind of an announced cross-level assessment phase (S11).</summary>
public enum AssessmentKind
{
    /// <summary>Parallel assessment for a newly added customer process: at most three months (C8); needs a BMAS approval reference.</summary>
    Introduction = 0,

    /// <summary>A risk-oriented cross-level draw whose need, content and scope head office decides (S10); needs a BMAS approval reference.</summary>
    RiskOriented = 1,

    /// <summary>A regular cross-level assessment phase.</summary>
    Regular = 2,
}

/// <summary>
/// A cross-level assessment phase announced by head office beforehand (S11): its kind, first and
/// last month, the customer processes in scope and, for introduction and risk-oriented phases,
/// the reference of the BMAS approval. During a phase, RDs draw from their districts and head
/// office draws at least 10 per RD and month from the RD-assessed records (S5, every kind).
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class AssessmentPhase : IEquatable<AssessmentPhase>
{
    /// <summary>The longest introduction phase, in months (C8).</summary>
    public const int MaximumIntroductionMonths = 3;

    /// <summary>The least head office draws per RD and month in every phase kind (S5).</summary>
    public const int HeadOfficeMinimum = 10;

    private AssessmentPhase(string id, IReadOnlyList<string> customerProcesses, YearMonth first, YearMonth last, AssessmentKind kind, string? approvalReference, int regionalPerUnit, int headOfficePerRd)
    {
        Id = id;
        CustomerProcesses = customerProcesses;
        First = first;
        Last = last;
        Kind = kind;
        ApprovalReference = approvalReference;
        RegionalPerUnit = regionalPerUnit;
        HeadOfficePerRd = headOfficePerRd;
    }

    /// <summary>The phase id, used in draw ids (e.g. <c>placement-2025</c>).</summary>
    public string Id { get; }

    /// <summary>The first customer process in scope (e.g. <c>placement</c>).</summary>
    public string CustomerProcess => CustomerProcesses[0];

    /// <summary>The customer processes in scope, distinct, at least one.</summary>
    public IReadOnlyList<string> CustomerProcesses { get; }

    /// <summary>The first month.</summary>
    public YearMonth First { get; }

    /// <summary>The last month (inclusive).</summary>
    public YearMonth Last { get; }

    /// <summary>The kind.</summary>
    public AssessmentKind Kind { get; }

    /// <summary>The reference of the BMAS approval; never null for introduction and risk-oriented phases.</summary>
    public string? ApprovalReference { get; }

    /// <summary>How many records each RD draws from its district per month.</summary>
    public int RegionalPerUnit { get; }

    /// <summary>How many RD-assessed records head office draws per RD and month (at least 10 in every kind, S5).</summary>
    public int HeadOfficePerRd { get; }

    /// <summary>The number of months, first and last included.</summary>
    public int MonthCount => ((Last.Year - First.Year) * 12) + Last.Month - First.Month + 1;

    /// <summary>Creates a phase of one customer process.</summary>
    /// <param name="id">1 to 100 characters from letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</param>
    /// <param name="customerProcess">The customer process (not empty).</param>
    /// <param name="first">The first month.</param>
    /// <param name="last">The last month, not before <paramref name="first"/>.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="regionalPerUnit">Records per RD and month, 1 to 1,000,000 (default 10).</param>
    /// <param name="headOfficePerRd">Records per RD and month for head office: at least 10 (S5).</param>
    /// <param name="approvalReference">The BMAS approval reference; required for introduction and risk-oriented phases (S11).</param>
    /// <returns>The phase.</returns>
    /// <exception cref="ArgumentException">A rule is broken; see <see cref="Create(string, AssessmentKind, YearMonth, YearMonth, IEnumerable{string}, string?, int, int)"/>.</exception>
    public static AssessmentPhase Create(string id, string customerProcess, YearMonth first, YearMonth last, AssessmentKind kind, int regionalPerUnit = 10, int headOfficePerRd = 10, string? approvalReference = null) =>
        Create(id, kind, first, last, [Preconditions.CheckNotNull(customerProcess)], approvalReference, regionalPerUnit, headOfficePerRd);

    /// <summary>Creates a phase as head office announces it.</summary>
    /// <param name="id">1 to 100 characters from letters, digits, <c>-</c>, <c>_</c> and <c>.</c>.</param>
    /// <param name="kind">The kind.</param>
    /// <param name="first">The first month.</param>
    /// <param name="last">The last month, not before <paramref name="first"/>; an introduction lasts at most three months (C8).</param>
    /// <param name="customerProcesses">The customer processes in scope: at least one, distinct, none empty.</param>
    /// <param name="approvalReference">The BMAS approval reference; required for introduction and risk-oriented phases (S11).</param>
    /// <param name="regionalPerUnit">Records per RD and month, 1 to 1,000,000 (default 10).</param>
    /// <param name="headOfficePerRd">Records per RD and month for head office: at least 10 in every kind (S5).</param>
    /// <returns>The phase.</returns>
    /// <exception cref="ArgumentException">A rule above is broken.</exception>
    public static AssessmentPhase Create(string id, AssessmentKind kind, YearMonth first, YearMonth last, IEnumerable<string> customerProcesses, string? approvalReference, int regionalPerUnit = 10, int headOfficePerRd = HeadOfficeMinimum)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(customerProcesses);
        var processes = customerProcesses.ToList();
        Preconditions.CheckArgument(id.Length is >= 1 and <= 100 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'), "A phase id has 1 to 100 characters from letters, digits, '-', '_' and '.'.", nameof(id));
        Preconditions.CheckArgument(processes.Count > 0 && processes.TrueForAll(p => !string.IsNullOrEmpty(p)), "A phase needs at least one customer process, none empty.", nameof(customerProcesses));
        Preconditions.CheckArgument(processes.Distinct(StringComparer.Ordinal).Count() == processes.Count, "A phase lists each customer process once.", nameof(customerProcesses));
        Preconditions.CheckArgument(first <= last, "A phase's last month is not before its first.", nameof(last));
        Preconditions.CheckArgument(Enum.IsDefined(kind), "Unknown phase kind.", nameof(kind));
        Preconditions.CheckArgument(
            kind == AssessmentKind.Regular || !string.IsNullOrWhiteSpace(approvalReference),
            "An introduction or risk-oriented phase needs the reference of the BMAS approval (S11).",
            nameof(approvalReference));
        Preconditions.CheckArgumentRange(regionalPerUnit, 1, SampleParameters.MaximumCount);
        Preconditions.CheckArgumentRange(headOfficePerRd, HeadOfficeMinimum, SampleParameters.MaximumCount);
        var phase = new AssessmentPhase(id, processes.AsReadOnly(), first, last, kind, approvalReference, regionalPerUnit, headOfficePerRd);
        Preconditions.CheckArgument(
            kind != AssessmentKind.Introduction || phase.MonthCount <= MaximumIntroductionMonths,
            "An introduction phase lasts at most three months (C8).",
            nameof(last));
        return phase;
    }

    /// <summary>Whether two phases may not run side by side: they share a month and a customer process, and neither or both are risk-oriented (S10 lets a risk-oriented phase run beside the others).</summary>
    /// <param name="other">The other phase.</param>
    /// <returns>Whether they conflict.</returns>
    public bool ConflictsWith(AssessmentPhase other)
    {
        Preconditions.CheckNotNull(other);
        return (Kind == AssessmentKind.RiskOriented) == (other.Kind == AssessmentKind.RiskOriented) &&
            First <= other.Last && other.First <= Last &&
            CustomerProcesses.Intersect(other.CustomerProcesses, StringComparer.Ordinal).Any();
    }

    /// <summary>Whether <paramref name="month"/> lies in the phase.</summary>
    /// <param name="month">The month.</param>
    /// <returns>Whether it is between first and last inclusive.</returns>
    public bool Contains(YearMonth month) => month >= First && month <= Last;

    /// <inheritdoc />
    public bool Equals(AssessmentPhase? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && CustomerProcesses.SequenceEqual(other.CustomerProcesses, StringComparer.Ordinal) &&
        First == other.First && Last == other.Last && Kind == other.Kind && string.Equals(ApprovalReference, other.ApprovalReference, StringComparison.Ordinal) &&
        RegionalPerUnit == other.RegionalPerUnit && HeadOfficePerRd == other.HeadOfficePerRd;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssessmentPhase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), First, Last, Kind);

    /// <summary>A short description.</summary>
    /// <returns>e.g. <c>placement-2025 (placement, Introduction, 2025-04..2025-06)</c>.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} ({1}, {2}, {3:yyyy-MM}..{4:yyyy-MM})", Id, string.Join("+", CustomerProcesses), Kind, First, Last);

    /// <summary>Equality.</summary>
    /// <param name="left">The left phase.</param>
    /// <param name="right">The right phase.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(AssessmentPhase? left, AssessmentPhase? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left phase.</param>
    /// <param name="right">The right phase.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AssessmentPhase? left, AssessmentPhase? right) => !(left == right);
}

/// <summary>Who draws.</summary>
public enum DrawLevel
{
    /// <summary>A team lead, from the team's records (S1, S2).</summary>
    TeamLead = 0,

    /// <summary>A regional directorate, from its district's pseudonymised records (S6).</summary>
    RegionalDirectorate = 1,

    /// <summary>Head office, per RD from the RD-assessed records (S5).</summary>
    HeadOffice = 2,
}

/// <summary>A draw due in a month.</summary>
/// <param name="Level">Who draws.</param>
/// <param name="Unit">The unit the draw is for (team lead id or RD).</param>
/// <param name="Month">The month.</param>
/// <param name="DrawId">The draw id to use, e.g. <c>TL-2025-04</c>, <c>RD-placement-2025-2025-04</c>.</param>
/// <param name="PerUnit">The request per unit.</param>
/// <param name="Phase">The phase, for RD and head-office draws; null for the monthly team-lead draw.</param>
public sealed record DueDraw(DrawLevel Level, string Unit, YearMonth Month, string DrawId, int PerUnit, AssessmentPhase? Phase);

/// <summary>
/// The sampling plan: team leads draw every month (S1); during each phase RDs draw from their
/// districts and head office draws per RD from the RD-assessed records (S5, S10).
/// </summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class SamplingPlan
{
    /// <summary>The monthly team-lead request (S1).</summary>
    public const int TeamLeadMinimum = 10;

    private SamplingPlan(IReadOnlyList<AssessmentPhase> phases) => Phases = phases;

    /// <summary>The phases, by first month then id.</summary>
    public IReadOnlyList<AssessmentPhase> Phases { get; }

    /// <summary>Creates a plan.</summary>
    /// <param name="phases">The phases; ids are unique, and no two conflict (<see cref="AssessmentPhase.ConflictsWith"/>).</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentException">Duplicate ids or conflicting phases.</exception>
    public static SamplingPlan Create(IEnumerable<AssessmentPhase> phases)
    {
        Preconditions.CheckNotNull(phases);
        var list = phases.OrderBy(p => p.First).ThenBy(p => p.Id, StringComparer.Ordinal).ToList();
        Preconditions.CheckArgument(list.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() == list.Count, "Phase ids are unique.", nameof(phases));
        for (var i = 0; i < list.Count; i++)
        {
            for (var j = i + 1; j < list.Count; j++)
            {
                Preconditions.CheckArgument(!list[i].ConflictsWith(list[j]), "Two phases that share a month and a customer process may not run side by side, unless exactly one is risk-oriented (S10).", nameof(phases));
            }
        }

        return new SamplingPlan(list);
    }

    /// <summary>The phases running in <paramref name="month"/>.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The phases.</returns>
    public IReadOnlyList<AssessmentPhase> PhasesIn(YearMonth month) => Phases.Where(p => p.Contains(month)).ToList();

    /// <summary>
    /// Refuses a month outside every announced phase (S11): loads and draws run only in
    /// announced months.
    /// </summary>
    /// <param name="month">The month of the load or draw.</param>
    /// <param name="customerProcess">The customer process, or null for any.</param>
    /// <returns>The phases covering the month (at least one).</returns>
    /// <exception cref="ArgumentException">No announced phase covers the month (and process).</exception>
    public IReadOnlyList<AssessmentPhase> RequireAnnounced(YearMonth month, string? customerProcess = null)
    {
        var phases = PhasesIn(month).Where(p => customerProcess is null || p.CustomerProcesses.Contains(customerProcess, StringComparer.Ordinal)).ToList();
        Preconditions.CheckArgument(phases.Count > 0, "The month lies outside every announced assessment phase (S11).", nameof(month));
        return phases;
    }

    /// <summary>Which draws are due in <paramref name="month"/> for which units.</summary>
    /// <param name="month">The month.</param>
    /// <param name="teamLeads">The team leads (each draws at least 10 every month).</param>
    /// <param name="regionalDirectorates">The RDs (each draws, and is drawn from by head office, in every phase month).</param>
    /// <returns>The due draws: team leads first, then per phase the RD and head-office draws, units in ordinal order.</returns>
    public IReadOnlyList<DueDraw> DrawsDue(YearMonth month, IEnumerable<string> teamLeads, IEnumerable<string> regionalDirectorates)
    {
        Preconditions.CheckNotNull(teamLeads);
        Preconditions.CheckNotNull(regionalDirectorates);
        var ym = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var rds = regionalDirectorates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var due = teamLeads.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(tl => new DueDraw(DrawLevel.TeamLead, tl, month, $"TL-{ym}", TeamLeadMinimum, null)).ToList();
        foreach (var phase in PhasesIn(month))
        {
            due.AddRange(rds.Select(rd => new DueDraw(DrawLevel.RegionalDirectorate, rd, month, $"RD-{phase.Id}-{ym}", phase.RegionalPerUnit, phase)));
            due.AddRange(rds.Select(rd => new DueDraw(DrawLevel.HeadOffice, rd, month, $"HO-{phase.Id}-{ym}", phase.HeadOfficePerRd, phase)));
        }

        return due;
    }
}
