using Microsoft.Extensions.Options;
using NodaTime;

namespace Vkb.Catalog;

/// <summary>Options of <see cref="FindingsAggregator"/> and <see cref="Indicators.CaseManagementIndicators"/>.</summary>
public sealed class CatalogOptions
{
    /// <summary>Gets or sets k: counts from 1 to k − 1 are suppressed. Default 5; at least 2.</summary>
    public int MinimumCellSize { get; set; } = 5;
}

/// <summary>All findings tables of a set of assessments.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class FindingsReport
{
    internal FindingsReport(IReadOnlyList<FindingsTable> tables, int counted, int skipped)
    {
        Tables = tables;
        CountedAssessments = counted;
        SkippedAssessments = skipped;
    }

    /// <summary>Gets the tables: per level the verdict table, one per verdict/choice question, and the two theme tables.</summary>
    public IReadOnlyList<FindingsTable> Tables { get; }

    /// <summary>Gets how many completed assessments were counted.</summary>
    public int CountedAssessments { get; }

    /// <summary>Gets how many assessments were skipped (in progress, or pins not in the registry).</summary>
    public int SkippedAssessments { get; }

    /// <summary>Renders every table as text.</summary>
    /// <returns>The text.</returns>
    public string ToText() => string.Join("\n", Tables.Select(t => t.ToText()));
}

/// <summary>
/// Aggregates completed assessments into count tables by level, RD, month and question (C6, R1, R4):
/// counts of answers and of strength/improvement themes, with small cells suppressed. It offers no
/// rate per unit, no ranking and no employee dimension; free texts are never aggregated.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class FindingsAggregator
{
    private readonly int _k;

    /// <summary>Creates an aggregator with k = 5.</summary>
    public FindingsAggregator()
        : this(new CatalogOptions())
    {
    }

    /// <summary>Creates an aggregator.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">k is below 2.</exception>
    public FindingsAggregator(CatalogOptions options)
    {
        Preconditions.CheckNotNull(options);
        Preconditions.CheckArgumentRange(options.MinimumCellSize >= 2, "The minimum cell size k must be at least 2.");
        _k = options.MinimumCellSize;
    }

    /// <summary>Creates an aggregator from DI options.</summary>
    /// <param name="options">The options.</param>
    public FindingsAggregator(IOptions<CatalogOptions> options)
        : this(Preconditions.CheckNotNull(options).Value)
    {
    }

    /// <summary>Aggregates the completed assessments whose pins the registry holds.</summary>
    /// <param name="assessments">The assessments (any levels, RDs and months).</param>
    /// <param name="registry">The registry to look questions up in.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public FindingsReport Aggregate(IEnumerable<Assessment> assessments, CatalogRegistry registry)
    {
        Preconditions.CheckNotNull(assessments);
        Preconditions.CheckNotNull(registry);
        var counted = new List<(Assessment Assessment, ResolvedCatalog Catalog)>();
        var skipped = 0;
        foreach (var assessment in assessments)
        {
            var catalog = assessment.Status == AssessmentStatus.Completed ? registry.ResolvePinned(assessment.Pins).Value : null;
            if (catalog is null)
            {
                skipped++;
                continue;
            }

            counted.Add((assessment, catalog));
        }

        var tables = new List<FindingsTable>();
        foreach (var level in Enum.GetValues<AssessmentLevel>())
        {
            var ofLevel = counted.Where(x => x.Assessment.Level == level).ToList();
            if (ofLevel.Count == 0)
            {
                continue;
            }

            var rows = ofLevel.Select(x => new FindingsRow(x.Assessment.RegionalDirectorate, YearMonth(x.Assessment.Date)))
                .Distinct().OrderBy(r => r.RegionalDirectorate, StringComparer.Ordinal).ThenBy(r => r.Month).ToList();
            tables.Add(Table(level, FindingsSubject.Verdict, null, "Gesamtbewertung (zielführend / nicht zielführend)", rows, ["goalOriented", "notGoalOriented"], ofLevel,
                x => x.Assessment.Verdict switch { ProcessVerdict.GoalOriented => ["goalOriented"], ProcessVerdict.NotGoalOriented => ["notGoalOriented"], _ => [] }));

            var questions = ofLevel.SelectMany(x => x.Catalog.Questions)
                .Where(q => q.Kind is AnswerKind.Verdict or AnswerKind.SingleChoice or AnswerKind.MultipleChoice)
                .DistinctBy(q => q.LinkId).ToList();
            foreach (var question in questions)
            {
                var columns = question.Kind == AnswerKind.Verdict ? VerdictCodes.All.Select(VerdictCodes.ToCode).ToList() : question.Options.Select(o => o.Code).ToList();
                tables.Add(Table(level, FindingsSubject.Question, question.LinkId, question.Text, rows, columns, ofLevel,
                    x => x.Assessment.Answers.Where(a => a.LinkId == question.LinkId).SelectMany(a => a.Values).Select(v => v.ToString())));
            }

            foreach (var (subject, title, select) in new (FindingsSubject, string, Func<Assessment, IReadOnlyList<AssessmentRemark>>)[]
            {
                (FindingsSubject.StrengthThemes, "Stärken (Themen)", a => a.Strengths),
                (FindingsSubject.ImprovementThemes, "Verbesserungsansätze (Themen)", a => a.ImprovementPoints),
            })
            {
                var themes = ofLevel.SelectMany(x => select(x.Assessment)).Select(r => r.Theme).Distinct().Order(StringComparer.Ordinal).ToList();
                if (themes.Count > 0)
                {
                    tables.Add(Table(level, subject, null, title, rows, themes, ofLevel, x => select(x.Assessment).Select(r => r.Theme).Distinct()));
                }
            }
        }

        return new FindingsReport(tables, counted.Count, skipped);
    }

    private FindingsTable Table(
        AssessmentLevel level,
        FindingsSubject subject,
        string? linkId,
        string title,
        List<FindingsRow> rows,
        List<string> columns,
        List<(Assessment Assessment, ResolvedCatalog Catalog)> assessments,
        Func<(Assessment Assessment, ResolvedCatalog Catalog), IEnumerable<string>> categories)
    {
        var rowIndex = rows.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
        var columnIndex = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        var counts = new int[rows.Count, columns.Count];
        foreach (var x in assessments)
        {
            var row = rowIndex[new FindingsRow(x.Assessment.RegionalDirectorate, YearMonth(x.Assessment.Date))];
            foreach (var category in categories(x))
            {
                if (columnIndex.TryGetValue(category, out var column))
                {
                    counts[row, column]++;
                }
            }
        }

        return new FindingsTable(level, subject, linkId, title, rows, columns, counts, _k);
    }

    private static YearMonth YearMonth(LocalDate date) => new(date.Year, date.Month);
}
