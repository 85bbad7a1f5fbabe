using NodaTime;
using Vkb.Testing;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// What a reader of the findings sees (C4, C6): the aligned text of a table (suppressed cells and totals as
/// <c>*</c>, row labels "RD yyyy-MM", a totals line), the table titles and columns, and the aggregator's argument
/// checks. Session 5's Stryker run found FindingsTable.cs at 40.62 %: only "contains a star" was checked.
/// </summary>
public class FindingsRenderingTests
{
    private static readonly CatalogRegistry Registry = ExampleCatalogs.CreateRegistry();

    private static FindingsTable Table(int[,] counts) =>
        new(AssessmentLevel.HeadOffice, FindingsSubject.Verdict, null, "Gesamtbewertung",
            [new("BY", new YearMonth(2025, 4)), new("NRW", new YearMonth(2025, 5))], ["goalOriented", "notGoalOriented"], counts, 5);

    [Fact]
    [Trait("Rule", "C6")]
    public void ToText_SuppressedCellsAndTotals_AreStarsInAnAlignedGrid()
    {
        var table = Table(new[,] { { 3, 120 }, { 8, 9 } });

        table.ToText().ShouldBe(
            "HeadOffice — Gesamtbewertung (cells < 5 suppressed: *)\n" +
            "RD month     goalOriented  notGoalOriented  total\n" +
            "BY 2025-04              *                *    123\n" +
            "NRW 2025-05             *                *     17\n" +
            "total                  11              129    140\n");
        table.Rows[1].ToString().ShouldBe("NRW 2025-05");
    }

    [Fact]
    [Trait("Rule", "C6")]
    public void Totals_OfAOneRowTable_HideAColumnWhoseOnlyCellIsSuppressed()
    {
        var table = new FindingsTable(AssessmentLevel.TeamLead, FindingsSubject.Verdict, null, "T", [new("BY", new YearMonth(2025, 4))], ["a", "b", "c"], new[,] { { 2, 7, 30 } }, 5);

        Enumerable.Range(0, 3).Select(table.ColumnTotal).ShouldBe([null, null, 30]);
        (table.RowTotal(0), table.GrandTotal).ShouldBe((39, 39));
        table.ToText().ShouldEndWith("BY 2025-04  *  *  30     39\ntotal       *  *  30     39\n");
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void Aggregate_TitlesColumnsAndText_NameWhatIsCounted()
    {
        var random = new Random(3);
        var catalog = Registry.Resolve("placement", "BY", new LocalDate(2025, 4, 1)).Catalog!;
        var assessments = Enumerable.Range(0, 20).Select(_ => RandomCatalogs.ValidAssessment(random, catalog, "BY", AssessmentLevel.HeadOffice))
            .Select(a => Assessment.Create(a.CaseReference, a.Level, a.RegionalDirectorate, a.Date, a.Status, a.Pins, a.Answers, a.Verdict,
                [AssessmentRemark.Create("zeta", "x"), AssessmentRemark.Create("alpha", "y")], [AssessmentRemark.Create("mitte", "z")]))
            .ToList();

        var report = new FindingsAggregator().Aggregate(assessments, Registry);

        report.Tables.Single(t => t.Subject == FindingsSubject.Verdict).Title.ShouldBe("Gesamtbewertung (zielführend / nicht zielführend)");
        var strengths = report.Tables.Single(t => t.Subject == FindingsSubject.StrengthThemes);
        strengths.Title.ShouldBe("Stärken (Themen)");
        strengths.Columns.ShouldBe(["alpha", "zeta"]);
        report.Tables.Single(t => t.Subject == FindingsSubject.ImprovementThemes).Title.ShouldBe("Verbesserungsansätze (Themen)");
        report.Tables.Single(t => t.LinkId == "kontaktdichte").Columns.ShouldBe(["angemessen", "zu-gering", "zu-hoch"]);
        report.ToText().ShouldBe(string.Join("\n", report.Tables.Select(t => t.ToText())));
        report.ToText().Split("\n\n").Length.ShouldBe(report.Tables.Count); // one blank line between tables
    }

    [Fact]
    public void Aggregator_NullArguments_AreRefused()
    {
        Should.Throw<ArgumentNullException>(() => new FindingsAggregator((CatalogOptions)null!)).ParamName.ShouldBe("options");
        Should.Throw<ArgumentNullException>(() => new FindingsAggregator().Aggregate(null!, Registry)).ParamName.ShouldBe("assessments");
        Should.Throw<ArgumentNullException>(() => new FindingsAggregator().Aggregate([], null!)).ParamName.ShouldBe("registry");
    }
}
