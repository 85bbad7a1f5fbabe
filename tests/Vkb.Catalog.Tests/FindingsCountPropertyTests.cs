using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

using Vkb.Testing;

namespace Vkb.Catalog.Tests;

/// <summary>
/// C6 and R1 on what the findings publish, over generated assessments: every published number of a verdict table is
/// a count of assessments (a cell, a row, a column or the whole table), a published cell is never a small count, and
/// the rows are exactly the (RD, month) pairs assessed at that level: no rate, no row per case, team or person.
/// </summary>
public class FindingsCountPropertyTests
{
    private static readonly CatalogRegistry Registry = ExampleCatalogs.CreateRegistry();

    private static readonly string[] Verdicts = ["goalOriented", "notGoalOriented"];

    [Property(MaxTest = 150)]
    [Trait("Rule", "C6")]
    [Trait("Rule", "R1")]
    public Property Aggregate_AnyAssessments_PublishesOnlyCountsByRdAndMonth()
    {
        var input = from seed in Gen.Choose(0, int.MaxValue)
                    from perRd in Gen.Choose(0, 25).ArrayOf(3)
                    select (Seed: seed, PerRd: perRd);
        return Prop.ForAll(input.ToArbitrary(), x =>
        {
            var random = new Random(x.Seed);
            string[] rds = ["BW", "BY", "NRW"];
            var assessments = rds.SelectMany((rd, i) =>
            {
                var catalog = Registry.Resolve("placement", rd, new LocalDate(2025, 4, 1)).Catalog!;
                return Enumerable.Range(0, x.PerRd[i]).Select(_ => RandomCatalogs.ValidAssessment(random, catalog, rd));
            }).ToList();
            var aggregator = new FindingsAggregator();
            var report = aggregator.Aggregate(assessments, Registry);
            var k = report.Tables.Count == 0 ? 5 : report.Tables[0].MinimumCellSize;

            return report.Tables.Where(t => t.Subject == FindingsSubject.Verdict).All(table =>
            {
                var ofLevel = assessments.Where(a => a.Level == table.Level).ToList();
                var rowsExpected = ofLevel.Select(a => new FindingsRow(a.RegionalDirectorate, new YearMonth(a.Date.Year, a.Date.Month))).Distinct()
                    .OrderBy(r => r.RegionalDirectorate, StringComparer.Ordinal).ThenBy(r => r.Month).ToList();
                int Count(FindingsRow? row, string? verdict) => ofLevel.Count(a =>
                    (row is null || (a.RegionalDirectorate == row.RegionalDirectorate && a.Date.Year == row.Month.Year && a.Date.Month == row.Month.Month)) &&
                    (verdict is null ? a.Verdict is ProcessVerdict.GoalOriented or ProcessVerdict.NotGoalOriented : Code(a.Verdict) == verdict));
                bool Published(int? value, int count) => value is null || (value == count && (count == 0 || count >= k));
                bool Total(int? value, int count) => value is null || value == count; // a total is a number of cases, withheld only where it would reveal a cell

                return table.Rows.SequenceEqual(rowsExpected)
                    && table.Columns.SequenceEqual(Verdicts)
                    && Enumerable.Range(0, table.Rows.Count).All(r =>
                        Enumerable.Range(0, Verdicts.Length).All(c => Published(table.Cell(r, c), Count(table.Rows[r], Verdicts[c])))
                        && Total(table.RowTotal(r), Count(table.Rows[r], null)))
                    && Enumerable.Range(0, Verdicts.Length).All(c => Total(table.ColumnTotal(c), Count(null, Verdicts[c])))
                    && Total(table.GrandTotal, Count(null, null));
            }).Label("each published number of a verdict table is the count of its assessments, rows only by RD and month");
        });
    }

    private static string? Code(ProcessVerdict? verdict) => verdict switch
    {
        ProcessVerdict.GoalOriented => "goalOriented",
        ProcessVerdict.NotGoalOriented => "notGoalOriented",
        _ => null,
    };
}
