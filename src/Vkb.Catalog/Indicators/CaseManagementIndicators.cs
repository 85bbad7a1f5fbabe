using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Vkb.Catalog.Indicators;

/// <summary>Profile situations of the 4-phase model, nearest to farthest from the labour market.</summary>
public enum ProfileSituation
{
    /// <summary>Marktprofil.</summary>
    Market,

    /// <summary>Aktivierungsprofil.</summary>
    Activation,

    /// <summary>Förderprofil.</summary>
    Support,

    /// <summary>Entwicklungsprofil.</summary>
    Development,

    /// <summary>Stabilisierungsprofil.</summary>
    Stabilisation,

    /// <summary>Unterstützungsprofil.</summary>
    Assistance,
}

/// <summary>
/// The parts of one pseudonymised case history (EXTRACT.md shape after pseudonymisation) that the
/// case-management indicators need. Staff fields are never read (R1).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CaseHistory
{
    internal CaseHistory(string regionalDirectorate, string jobCentre, string? customerProcess, IReadOnlyList<(LocalDate From, ProfileSituation Profile)> profiles, bool employmentTakenUp, int measuresCompleted, LocalDate? intake, LocalDate? exit)
    {
        RegionalDirectorate = regionalDirectorate;
        JobCentre = jobCentre;
        CustomerProcess = customerProcess;
        Profiles = profiles;
        EmploymentTakenUp = employmentTakenUp;
        MeasuresCompleted = measuresCompleted;
        Intake = intake;
        Exit = exit;
    }

    /// <summary>Gets the RD code.</summary>
    public string RegionalDirectorate { get; }

    /// <summary>Gets the job-centre id.</summary>
    public string JobCentre { get; }

    /// <summary>Gets the customer process code, if given.</summary>
    public string? CustomerProcess { get; }

    /// <summary>Gets the profile situations in date order.</summary>
    public IReadOnlyList<(LocalDate From, ProfileSituation Profile)> Profiles { get; }

    /// <summary>Gets whether employment was taken up (an event of type <c>employment</c> or an exit reason <c>employment</c>).</summary>
    public bool EmploymentTakenUp { get; }

    /// <summary>Gets how many measures ended with outcome <c>completed</c>.</summary>
    public int MeasuresCompleted { get; }

    /// <summary>Gets the recorded case-management intake (Fallzugang), if any.</summary>
    public LocalDate? Intake { get; }

    /// <summary>Gets the recorded case-management exit (Fallabgang), if any.</summary>
    public LocalDate? Exit { get; }

    /// <summary>
    /// Gets whether the case is in employment-oriented case management: an intake is recorded in its
    /// <c>caseManagement</c> object. Case management is part of the placement process (C2), not a
    /// process of its own, so the customer process is not read for this.
    /// </summary>
    public bool IsCaseManagement => Intake is not null;

    /// <summary>Gets whether the last profile situation is nearer the labour market than the first (R2).</summary>
    public bool MovedTowardsMarket => Profiles.Count > 1 && Profiles[^1].Profile < Profiles[0].Profile;

    /// <summary>
    /// Reads pseudonymised records, one JSON object per line (JSON Lines). Only
    /// <c>regionalDirectorate</c>, <c>jobCentre.id</c>, <c>customerProcess</c>, <c>profileHistory</c>,
    /// <c>events[].type</c>, <c>measures[].outcome</c> and <c>caseManagement</c> are read; staff and
    /// note fields are ignored. Problems name the line and field, never a value.
    /// </summary>
    /// <param name="jsonLines">The JSON Lines text.</param>
    /// <returns>The histories or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="jsonLines"/> is null.</exception>
    public static BuildResult<IReadOnlyList<CaseHistory>> ReadJsonLines(string jsonLines)
    {
        Preconditions.CheckNotNull(jsonLines);
        var problems = new List<ValidationProblem>();
        var result = new List<CaseHistory>();
        var lines = jsonLines.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var path = $"line {i + 1}";
            if (!StrictJson.Check(lines[i], problems))
            {
                // A syntax error or duplicate key: name the record's line (each record is one line).
                problems[^1] = Problems.At(problems[^1], path);
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(lines[i]);
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    // Valid JSON but not a record (an array, a number): reported like a syntax error, not thrown.
                    problems.Add(Problems.MalformedLine(path));
                }
                else if (Read(document.RootElement, path, problems) is { } history)
                {
                    result.Add(history);
                }
            }
            catch (JsonException)
            {
                problems.Add(Problems.MalformedLine(path));
            }
        }

        return problems.Count > 0 ? BuildResult.Failed<IReadOnlyList<CaseHistory>>(problems) : BuildResult.Of<IReadOnlyList<CaseHistory>>(result);
    }

    private static CaseHistory? Read(JsonElement root, string path, List<ValidationProblem> problems)
    {
        var before = problems.Count;
        var rd = Str(root, "regionalDirectorate");
        // The unit: a job centre for an SGB II case, an employment agency for an SGB III case (P8).
        var jobCentre = root.TryGetProperty("jobCentre", out var jc) || root.TryGetProperty("agency", out jc) ? Str(jc, "id") : null;
        if (rd is null)
        {
            problems.Add(Problems.MissingField(path + " regionalDirectorate", "The RD is required."));
        }

        if (jobCentre is null)
        {
            problems.Add(Problems.MissingField(path + " jobCentre.id", "The job-centre id (or, for an SGB III case, agency.id) is required."));
        }

        var profiles = new List<(LocalDate, ProfileSituation)>();
        foreach (var (entry, index) in Array(root, "profileHistory").Select((e, n) => (e, n)))
        {
            var from = Date(Str(entry, "from"));
            ProfileSituation? profile = Str(entry, "profile") switch
            {
                "market" => ProfileSituation.Market,
                "activation" => ProfileSituation.Activation,
                "support" => ProfileSituation.Support,
                "development" => ProfileSituation.Development,
                "stabilisation" => ProfileSituation.Stabilisation,
                "assistance" => ProfileSituation.Assistance,
                _ => null,
            };
            if (from is null || profile is null)
            {
                problems.Add(Problems.InvalidProfile($"{path} profileHistory[{index}]"));
                continue;
            }

            profiles.Add((from.Value, profile.Value));
        }

        var employment = Array(root, "events").Any(e => Str(e, "type") is "employment" or "employmentTaken");
        var completed = Array(root, "measures").Count(m => Str(m, "outcome") == "completed");
        LocalDate? intake = null;
        LocalDate? exit = null;
        if (root.TryGetProperty("caseManagement", out var cm) && cm.ValueKind == JsonValueKind.Object)
        {
            intake = DateField(cm, "intake", $"{path} caseManagement.intake", problems);
            exit = DateField(cm, "exit", $"{path} caseManagement.exit", problems);
            employment |= Str(cm, "exitReason") is "employment";
        }

        return problems.Count > before
            ? null
            : new CaseHistory(rd!, jobCentre!, Str(root, "customerProcess"), profiles.OrderBy(p => p.Item1).ToList(), employment, completed, intake, exit);
    }

    private static LocalDate? DateField(JsonElement element, string name, string path, List<ValidationProblem> problems)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var date = value.ValueKind == JsonValueKind.String ? Date(value.GetString()) : null;
        if (date is null)
        {
            problems.Add(Problems.InvalidDate(path));
        }

        return date;
    }

    private static LocalDate? Date(string? text) => text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } r ? r.Value : null;

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];
}

/// <summary>The smallest unit indicators are aggregated to: a job centre or above, never a team or person (R1).</summary>
public enum IndicatorLevel
{
    /// <summary>Per job centre (the smallest unit management may see).</summary>
    JobCentre,

    /// <summary>Per RD.</summary>
    RegionalDirectorate,

    /// <summary>One national row.</summary>
    National,
}

/// <summary>
/// Case-management indicators of one unit (R2, R3), as counts of cases. A count is null when it or its
/// complement (cases minus count) lies between 1 and k − 1; all counts are null when the unit has
/// fewer than k cases.
/// </summary>
/// <param name="Unit">The unit: job-centre id, RD code or <c>national</c>.</param>
/// <param name="Cases">Cases in case management, or null when fewer than k.</param>
/// <param name="IntakeRecorded">Cases with a recorded intake (R3).</param>
/// <param name="ExitRecorded">Cases with a recorded exit (R3).</param>
/// <param name="EmploymentTakenUp">Cases where employment was taken up (R2).</param>
/// <param name="MovedTowardsMarket">Cases whose profile situation moved towards the labour market (R2).</param>
/// <param name="CompletedMeasures">Cases with at least one successfully completed measure (R2).</param>
public sealed record IndicatorRow(string Unit, int? Cases, int? IntakeRecorded, int? ExitRecorded, int? EmploymentTakenUp, int? MovedTowardsMarket, int? CompletedMeasures);

/// <summary>Computes case-management indicators (R2, R3) at job-centre level or above, with small-cell suppression.</summary>
/// <remarks>Thread-safe.</remarks>
public sealed class CaseManagementIndicators
{
    private readonly int _k;

    /// <summary>Creates the calculator with k = 5.</summary>
    public CaseManagementIndicators()
        : this(new CatalogOptions())
    {
    }

    /// <summary>Creates the calculator.</summary>
    /// <param name="options">The options (k).</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">k is below 2.</exception>
    public CaseManagementIndicators(CatalogOptions options)
    {
        Preconditions.CheckNotNull(options);
        Preconditions.CheckArgumentRange(options.MinimumCellSize >= 2, "The minimum cell size k must be at least 2.");
        _k = options.MinimumCellSize;
    }

    /// <summary>Creates the calculator from DI options.</summary>
    /// <param name="options">The options.</param>
    public CaseManagementIndicators(Microsoft.Extensions.Options.IOptions<CatalogOptions> options)
        : this(Preconditions.CheckNotNull(options).Value)
    {
    }

    /// <summary>Aggregates the case-management cases among <paramref name="histories"/> per unit of <paramref name="level"/>.</summary>
    /// <param name="histories">Pseudonymised case histories.</param>
    /// <param name="level">Job centre, RD or national.</param>
    /// <returns>One row per unit, ordered by unit name (never by value).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="histories"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not defined.</exception>
    public IReadOnlyList<IndicatorRow> Compute(IEnumerable<CaseHistory> histories, IndicatorLevel level)
    {
        Preconditions.CheckNotNull(histories);
        Preconditions.CheckArgumentRange(Enum.IsDefined(level), "The level must be job centre, RD or national.");
        Func<CaseHistory, string> unit = level switch
        {
            IndicatorLevel.JobCentre => h => h.JobCentre,
            IndicatorLevel.RegionalDirectorate => h => h.RegionalDirectorate,
            _ => _ => "national",
        };
        return histories.Where(h => h.IsCaseManagement).GroupBy(unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var cases = g.Count();
            if (cases < _k)
            {
                return new IndicatorRow(g.Key, null, null, null, null, null, null);
            }

            int? Safe(int n) => (n > 0 && n < _k) || (cases - n > 0 && cases - n < _k) ? null : n;
            return new IndicatorRow(
                g.Key,
                cases,
                Safe(g.Count(h => h.Intake is not null)),
                Safe(g.Count(h => h.Exit is not null)),
                Safe(g.Count(h => h.EmploymentTakenUp)),
                Safe(g.Count(h => h.MovedTowardsMarket)),
                Safe(g.Count(h => h.MeasuresCompleted > 0)));
        }).ToList();
    }
}
