using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Vkb.Testing;

namespace Vkb.Catalog.Tests;

public class FindingsTests
{
    private static FindingsTable RandomTable(Random random, out int[,] counts)
    {
        var rows = random.Next(1, 7);
        var cols = random.Next(1, 6);
        counts = new int[rows, cols];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < cols; c++)
            {
                counts[r, c] = random.Next(3) == 0 ? 0 : random.Next(4) == 0 ? random.Next(1, 5) : random.Next(0, 15);
            }
        }

        var rowKeys = Enumerable.Range(0, rows).Select(r => new FindingsRow("RD" + r, new YearMonth(2025, 4))).ToList();
        var colKeys = Enumerable.Range(0, cols).Select(c => "c" + c).ToList();
        return new FindingsTable(AssessmentLevel.RegionalDirectorate, FindingsSubject.Question, "q", "Q", rowKeys, colKeys, counts, random.Next(2, 7));
    }

    /// <summary>The attacker of <see cref="TableAttacker"/> on the table's published totals.</summary>
    internal static TableAttacker Attacker(FindingsTable table)
    {
        var unknowns = new List<(int Row, int Column)>();
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (table.Cell(r, c) is null)
                {
                    unknowns.Add((r, c));
                }
            }
        }

        var rowsWithTotal = Enumerable.Range(0, table.Rows.Count).Where(r => table.RowTotal(r) is not null);
        var columnsWithTotal = Enumerable.Range(0, table.Columns.Count).Where(c => table.ColumnTotal(c) is not null);
        return new TableAttacker(unknowns, rowsWithTotal, columnsWithTotal, table.GrandTotal is not null);
    }

    [Property(MaxTest = 300)]
    [Trait("Rule", "C6")]
    [Trait("Rule", "R1")]
    public Property Suppression_RandomTables_NoSuppressedCellIsDerivable() =>
        Prop.ForAll(RandomCatalogs.Seeds(), seed =>
        {
            var table = RandomTable(new Random(seed), out var counts);
            var attacker = Attacker(table);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    var n = counts[r, c];
                    if (n > 0 && n < table.MinimumCellSize && table.Status(r, c) != CellStatus.PrimarySuppressed)
                    {
                        return false;
                    }

                    if (table.Cell(r, c) is { } published && published != n)
                    {
                        return false;
                    }

                    if (table.Cell(r, c) is null && attacker.CanDerive((r, c)))
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Fact]
    [Trait("Rule", "C6")]
    public void Suppression_SingleSmallCellInRow_GetsComplementaryPartners()
    {
        // 3 would be 13 - 10 from the row total without complementary suppression.
        var counts = new[,] { { 3, 10, 12 }, { 8, 9, 20 } };
        var table = new FindingsTable(AssessmentLevel.HeadOffice, FindingsSubject.Verdict, null, "T", [new("BY", new YearMonth(2025, 4)), new("NRW", new YearMonth(2025, 4))], ["a", "b", "c"], counts, 5);

        table.Status(0, 0).ShouldBe(CellStatus.PrimarySuppressed);
        table.Cell(0, 1).ShouldBeNull();
        table.Cell(1, 0).ShouldBeNull();
        table.Cell(1, 1).ShouldBeNull();
        table.Cell(0, 2).ShouldBe(12);
        table.RowTotal(0).ShouldBe(25);
        table.ToText().ShouldContain("*");
    }

    private static readonly CatalogRegistry Registry = ExampleCatalogs.CreateRegistry();

    private static List<Assessment> Assessments(int count, AssessmentLevel level, string rd, int seed)
    {
        var random = new Random(seed);
        var catalog = Registry.Resolve("placement", rd, new LocalDate(2025, 4, 1)).Catalog!;
        return Enumerable.Range(0, count).Select(_ => RandomCatalogs.ValidAssessment(random, catalog, rd, level)).ToList();
    }

    [Fact]
    [Trait("Rule", "R4")]
    [Trait("Rule", "C5")]
    public void Aggregate_ByLevelRdAndMonth_CountsAnswersAndThemes()
    {
        var assessments = Assessments(40, AssessmentLevel.RegionalDirectorate, "NRW", 1)
            .Concat(Assessments(30, AssessmentLevel.RegionalDirectorate, "BY", 2))
            .Concat(Assessments(12, AssessmentLevel.HeadOffice, "BY", 3)).ToList();

        var report = new FindingsAggregator().Aggregate(assessments, Registry);

        report.CountedAssessments.ShouldBe(82);
        var verdicts = report.Tables.Single(t => t.Level == AssessmentLevel.RegionalDirectorate && t.Subject == FindingsSubject.Verdict);
        verdicts.Rows.Select(r => r.RegionalDirectorate).Distinct().ShouldBe(["BY", "NRW"]);
        verdicts.GrandTotal.ShouldBe(70);
        var question = report.Tables.Single(t => t.Level == AssessmentLevel.RegionalDirectorate && t.LinkId == "bedarfe-erkannt");
        question.Columns.ShouldBe(["yes", "partly", "no", "not-assessable"]);
        question.GrandTotal.ShouldBe(70);
        report.Tables.ShouldContain(t => t.LinkId == "NRW:arbeitgeber-eingebunden");
        report.Tables.ShouldContain(t => t.Subject == FindingsSubject.StrengthThemes);
        report.Tables.ShouldNotContain(t => t.LinkId == "begruendung-entscheidungen"); // free text is never aggregated
    }

    [Fact]
    [Trait("Rule", "C6")]
    public void Aggregate_RowsAreOrderedByNameNeverByCount()
    {
        var assessments = Assessments(5, AssessmentLevel.TeamLead, "SAT", 4).Concat(Assessments(30, AssessmentLevel.TeamLead, "BW", 5)).Concat(Assessments(15, AssessmentLevel.TeamLead, "NSB", 6));

        var table = new FindingsAggregator().Aggregate(assessments, Registry).Tables[0];

        table.Rows.Select(r => r.RegionalDirectorate).Distinct().ShouldBe(["BW", "NSB", "SAT"]);
        table.Rows.ShouldBe(table.Rows.OrderBy(r => r.RegionalDirectorate, StringComparer.Ordinal).ThenBy(r => r.Month).ToList());
    }

    [Fact] // the API's shape only; C6/R1 are proven by FindingsCountPropertyTests over what is published
    public void FindingsApi_OffersNoRatesRankingsOrEmployeeDimension()
    {
        var forbidden = new[] { "rate", "percent", "share", "rank", "quote", "score", "employee", "worker", "team", "staff" };
        var types = new[] { typeof(FindingsAggregator), typeof(FindingsReport), typeof(FindingsTable), typeof(FindingsRow) };
        var words = types.SelectMany(t => t.GetMembers().Select(m => m.Name))
            .SelectMany(n => System.Text.RegularExpressions.Regex.Split(n.Replace("get_", "").Replace("set_", ""), "(?<!^)(?=[A-Z])"))
            .Select(w => w.ToLowerInvariant()).Distinct().ToList();

        words.ShouldContain("regional");
        words.Where(w => forbidden.Contains(w) || w.StartsWith("rank", StringComparison.Ordinal) || w.StartsWith("employee", StringComparison.Ordinal)).ShouldBeEmpty();
        typeof(FindingsRow).GetProperties().Select(p => p.Name).ShouldBe(["RegionalDirectorate", "Month"], ignoreOrder: true);
    }

    [Fact]
    public void Aggregate_InProgressOrUnknownPins_AreSkippedAndCounted()
    {
        var inProgress = Assessment.Create("PSN-9", AssessmentLevel.TeamLead, "NRW", new LocalDate(2025, 4, 1), AssessmentStatus.InProgress, [ExampleCatalogs.Placement.Pin], [], null);
        var unknown = Assessment.Create("PSN-8", AssessmentLevel.TeamLead, "NRW", new LocalDate(2025, 4, 1), AssessmentStatus.Completed, [new CatalogPin("x", CatalogVersion.Create(1, 0))], [], ProcessVerdict.GoalOriented);

        var report = new FindingsAggregator().Aggregate([inProgress, unknown], Registry);

        report.SkippedAssessments.ShouldBe(2);
        report.Tables.ShouldBeEmpty();
    }

    [Fact]
    public void Options_KBelowTwo_IsRejected() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new FindingsAggregator(new CatalogOptions { MinimumCellSize = 1 }));
}
