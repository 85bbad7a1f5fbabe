using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Vkb.Testing;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// The findings tables against a naive count of the assessments (C4, C5, R4): the earlier tests
/// checked grand totals and which tables exist, so a verdict counted in the wrong column, a
/// strength counted as an improvement or a theme counted twice per assessment went unseen
/// (hand-applied mutants, see docs/mutation/stryker-2026-12-05-catalog.md).
/// </summary>
public class FindingsKillTests
{
    private static readonly CatalogRegistry Registry = ExampleCatalogs.CreateRegistry();

    private static List<Assessment> Assessments(int count, AssessmentLevel level, string rd, int seed, int month = 4)
    {
        var random = new Random(seed);
        var catalog = Registry.Resolve("placement", rd, new LocalDate(2025, month, 1)).Catalog!;
        return Enumerable.Range(0, count).Select(_ => RandomCatalogs.ValidAssessment(random, catalog, rd, level)).ToList();
    }

    private static IEnumerable<string> Categories(Assessment a, FindingsTable table) => table.Subject switch
    {
        FindingsSubject.Verdict => a.Verdict switch
        {
            ProcessVerdict.GoalOriented => ["goalOriented"],
            ProcessVerdict.NotGoalOriented => ["notGoalOriented"],
            _ => [],
        },
        FindingsSubject.Question => a.Answers.Where(x => x.LinkId == table.LinkId).SelectMany(x => x.Values).Select(v => v.ToString()),
        FindingsSubject.StrengthThemes => a.Strengths.Select(r => r.Theme).Distinct(),
        FindingsSubject.ImprovementThemes => a.ImprovementPoints.Select(r => r.Theme).Distinct(),
        _ => throw new InvalidOperationException(),
    };

    [Fact]
    [Trait("Rule", "C4")]
    [Trait("Rule", "C5")]
    [Trait("Rule", "R4")]
    public void Aggregate_EveryPublishedCell_EqualsANaiveCountOfTheAssessments()
    {
        var assessments = Assessments(60, AssessmentLevel.RegionalDirectorate, "NRW", 11)
            .Concat(Assessments(45, AssessmentLevel.RegionalDirectorate, "BY", 12))
            .Concat(Assessments(30, AssessmentLevel.HeadOffice, "BY", 13))
            .Concat(Assessments(25, AssessmentLevel.TeamLead, "NRW", 14, month: 5))
            .Select((x, i) => i % 3 != 0 ? x : Assessment.Create(x.CaseReference, x.Level, x.RegionalDirectorate, x.Date, x.Status, x.Pins, x.Answers, x.Verdict,
                [AssessmentRemark.Create("bedarfe-erkannt", "Gut erkannt"), AssessmentRemark.Create("bedarfe-erkannt", "Auch im Verlauf")],
                [AssessmentRemark.Create("kontaktdichte", "Mehr Kontakte"), AssessmentRemark.Create("kontaktdichte", "Kürzere Abstände")]))
            .ToList();
        var draft = Assessment.Create("PSN-9", AssessmentLevel.RegionalDirectorate, "NRW", new LocalDate(2025, 4, 1), AssessmentStatus.InProgress, [ExampleCatalogs.Placement.Pin], [], null);

        var report = new FindingsAggregator(new CatalogOptions { MinimumCellSize = 2 }).Aggregate([.. assessments, draft], Registry);

        (report.CountedAssessments, report.SkippedAssessments).ShouldBe((160, 1));
        foreach (var level in new[] { AssessmentLevel.TeamLead, AssessmentLevel.RegionalDirectorate, AssessmentLevel.HeadOffice })
        {
            report.Tables.Where(t => t.Level == level).Select(t => t.Subject).Distinct()
                .ShouldBe([FindingsSubject.Verdict, FindingsSubject.Question, FindingsSubject.StrengthThemes, FindingsSubject.ImprovementThemes], ignoreOrder: true);
        }

        // Every closed question of every catalogue an assessment of the level pinned has a table.
        foreach (var level in new[] { AssessmentLevel.TeamLead, AssessmentLevel.RegionalDirectorate, AssessmentLevel.HeadOffice })
        {
            var expectedQuestions = assessments.Where(x => x.Level == level)
                .SelectMany(x => Registry.ResolvePinned(x.Pins).Value!.Questions)
                .Where(q => q.Kind is AnswerKind.Verdict or AnswerKind.SingleChoice or AnswerKind.MultipleChoice)
                .Select(q => q.LinkId).Distinct().Order(StringComparer.Ordinal);
            report.Tables.Where(t => t.Level == level && t.Subject == FindingsSubject.Question).Select(t => t.LinkId!).Order(StringComparer.Ordinal)
                .ShouldBe(expectedQuestions);
        }

        var published = 0;
        foreach (var table in report.Tables)
        {
            var ofLevel = assessments.Where(a => a.Level == table.Level).ToList();
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var row = table.Rows[r];
                var inRow = ofLevel.Where(a => a.RegionalDirectorate == row.RegionalDirectorate && new YearMonth(a.Date.Year, a.Date.Month) == row.Month).ToList();
                inRow.ShouldNotBeEmpty();
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var expected = inRow.Count(a => Categories(a, table).Contains(table.Columns[c], StringComparer.Ordinal));
                    if (table.Cell(r, c) is { } value)
                    {
                        value.ShouldBe(expected, $"{table.Level} {table.Subject} {table.LinkId} {row.RegionalDirectorate} {table.Columns[c]}");
                        published += value > 0 ? 1 : 0;
                    }
                    else if (table.Status(r, c) == CellStatus.PrimarySuppressed)
                    {
                        expected.ShouldBe(1); // 1 to k - 1, with k = 2
                    }
                }
            }
        }

        published.ShouldBeGreaterThan(100);
    }

    [Fact]
    [Trait("Rule", "C6")]
    [Trait("Rule", "R1")]
    public void Aggregate_CellOfOneBelowKOfTwo_Suppressed_CellOfTwoPublished()
    {
        // One NRW row, two verdict columns: 2 goal-oriented and 1 not; k = 2 hides the 1 and its partner.
        var a = Assessments(40, AssessmentLevel.RegionalDirectorate, "NRW", 21);
        var goal = a.Where(x => x.Verdict == ProcessVerdict.GoalOriented).Take(2);
        var notGoal = a.Where(x => x.Verdict == ProcessVerdict.NotGoalOriented).Take(1);
        var table = new FindingsAggregator(new CatalogOptions { MinimumCellSize = 2 }).Aggregate(goal.Concat(notGoal), Registry)
            .Tables.Single(t => t.Subject == FindingsSubject.Verdict);
        table.Columns.ShouldBe(["goalOriented", "notGoalOriented"]);
        table.Status(0, 1).ShouldBe(CellStatus.PrimarySuppressed);
        table.Status(0, 0).ShouldBe(CellStatus.ComplementarySuppressed);
        table.Cell(0, 0).ShouldBeNull();
        table.RowTotal(0).ShouldBe(3);

        var two = new FindingsAggregator(new CatalogOptions { MinimumCellSize = 2 }).Aggregate(goal, Registry).Tables.Single(t => t.Subject == FindingsSubject.Verdict);
        (two.Cell(0, 0), two.Cell(0, 1)).ShouldBe((2, 0));
        two.Status(0, 1).ShouldBe(CellStatus.Published);
    }

    [Fact]
    [Trait("Rule", "C6")]
    [Trait("Rule", "R1")]
    public void Aggregate_OneColumnOrOneRowTable_TotalOfASuppressedCellIsNotPublished()
    {
        // In a one-column table a row total is its cell; in a one-row table a column total is its cell.
        var strong = Assessments(20, AssessmentLevel.RegionalDirectorate, "NRW", 31).Take(1)
            .Concat(Assessments(20, AssessmentLevel.RegionalDirectorate, "BY", 32).Take(3))
            .Select(x => Assessment.Create(x.CaseReference, x.Level, x.RegionalDirectorate, x.Date, x.Status, x.Pins, x.Answers, x.Verdict, [AssessmentRemark.Create("bedarfe-erkannt", "Gut")]));
        var strengths = new FindingsAggregator(new CatalogOptions { MinimumCellSize = 2 }).Aggregate(strong, Registry).Tables.Single(t => t.Subject == FindingsSubject.StrengthThemes);
        strengths.Columns.ShouldBe(["bedarfe-erkannt"]);
        var nrw = strengths.Rows.ToList().FindIndex(r => r.RegionalDirectorate == "NRW");
        strengths.Status(nrw, 0).ShouldBe(CellStatus.PrimarySuppressed);
        strengths.RowTotal(nrw).ShouldBeNull();

        var a = Assessments(40, AssessmentLevel.RegionalDirectorate, "NRW", 21);
        var oneRow = a.Where(x => x.Verdict == ProcessVerdict.GoalOriented).Take(2).Concat(a.Where(x => x.Verdict == ProcessVerdict.NotGoalOriented).Take(1))
            .Select(x => Assessment.Create(x.CaseReference, x.Level, x.RegionalDirectorate, new LocalDate(2025, 4, 1), x.Status, x.Pins, x.Answers, x.Verdict));
        var verdicts = new FindingsAggregator(new CatalogOptions { MinimumCellSize = 2 }).Aggregate(oneRow, Registry).Tables.Single(t => t.Subject == FindingsSubject.Verdict);
        verdicts.Rows.Count.ShouldBe(1);
        verdicts.Status(0, 1).ShouldBe(CellStatus.PrimarySuppressed);
        verdicts.ColumnTotal(1).ShouldBeNull();
        verdicts.ColumnTotal(0).ShouldBeNull();
    }

    /// <summary>
    /// One-row findings (one RD, one month: a column total is its cell) and one-column findings
    /// (one strength theme: a row total is its cell), generated: no published cell or total lets a
    /// reader recompute a suppressed cell, and every published total is the sum of its cells.
    /// Publishing a one-row table's column totals made the suppression loop run forever; it now
    /// fails (see docs/mutation/stryker-2026-12-05-session3.md).
    /// </summary>
    [Property(MaxTest = 150)]
    [Trait("Rule", "C6")]
    [Trait("Rule", "R1")]
    public Property Aggregate_OneRowOrOneColumnFindings_NoPublishedNumberRevealsASuppressedCell() =>
        Prop.ForAll(RandomCatalogs.Seeds(), seed =>
        {
            var random = new Random(seed);
            var aggregator = new FindingsAggregator(new CatalogOptions { MinimumCellSize = random.Next(2, 6) });
            var oneRow = Assessments(random.Next(1, 13), AssessmentLevel.RegionalDirectorate, "NRW", seed)
                .Select(x => Assessment.Create(x.CaseReference, x.Level, x.RegionalDirectorate, new LocalDate(2025, 4, 1), x.Status, x.Pins, x.Answers, x.Verdict));
            var oneTheme = new[] { "NRW", "BY" }.SelectMany(rd => Enumerable.Range(4, 3).SelectMany(month =>
                    Assessments(random.Next(0, 4), AssessmentLevel.RegionalDirectorate, rd, random.Next(), month)))
                .Select(x => Assessment.Create(x.CaseReference, x.Level, x.RegionalDirectorate, x.Date, x.Status, x.Pins, x.Answers, x.Verdict, [AssessmentRemark.Create("bedarfe-erkannt", "Gut")]));
            var tables = aggregator.Aggregate(oneRow, Registry).Tables
                .Concat(aggregator.Aggregate(oneTheme, Registry).Tables.Where(t => t.Subject == FindingsSubject.StrengthThemes))
                .ToList();
            tables.ShouldContain(t => t.Rows.Count == 1);
            foreach (var table in tables)
            {
                var attacker = FindingsTests.Attacker(table);
                var rows = Enumerable.Range(0, table.Rows.Count).ToList();
                var columns = Enumerable.Range(0, table.Columns.Count).ToList();
                foreach (var r in rows)
                {
                    foreach (var c in columns.Where(c => table.Cell(r, c) is null))
                    {
                        attacker.CanDerive((r, c)).ShouldBeFalse($"{table.Title}: cell ({r}, {c}) can be recomputed");
                    }
                }

                foreach (var r in rows.Where(r => table.RowTotal(r) is not null && columns.All(c => table.Cell(r, c) is not null)))
                {
                    table.RowTotal(r).ShouldBe(columns.Sum(c => table.Cell(r, c)!.Value));
                }

                foreach (var c in columns.Where(c => table.ColumnTotal(c) is not null && rows.All(r => table.Cell(r, c) is not null)))
                {
                    table.ColumnTotal(c).ShouldBe(rows.Sum(r => table.Cell(r, c)!.Value));
                }
            }
        });

    [Fact]
    [Trait("Rule", "C6")]
    public void Options_KOfTwo_IsAccepted_OneRefused()
    {
        new FindingsAggregator(new CatalogOptions { MinimumCellSize = 2 }).Aggregate([], Registry).Tables.ShouldBeEmpty();
        Should.Throw<ArgumentOutOfRangeException>(() => new FindingsAggregator(new CatalogOptions { MinimumCellSize = 1 }))
            .Message.ShouldStartWith("The minimum cell size k must be at least 2.");
    }
}
