using System.Globalization;
using Vkb.Catalog;

namespace Vkb.Cli.Demo;

internal sealed partial class DemoRunner
{
    private static string LevelName(AssessmentLevel level) => level switch
    {
        AssessmentLevel.TeamLead => "Teamleitung",
        AssessmentLevel.RegionalDirectorate => "Regionaldirektion",
        _ => "Zentrale",
    };

    /// <summary>Findings per level, RD, month and question, small cells suppressed (C6, R1, R4).</summary>
    private static List<FindingsTable> Findings(CatalogRegistry catalogs, List<Assessment> assessments)
    {
        var report = new FindingsAggregator().Aggregate(assessments, catalogs);
        return [.. report.Tables.Select(table => new FindingsTable(
            table.LinkId ?? table.Subject.ToString(),
            $"{table.Title} ({LevelName(table.Level)})",
            table.Columns,
            [.. table.Rows.Select((row, r) => new FindingsRow(
                $"{row.RegionalDirectorate} · {row.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}",
                [.. Enumerable.Range(0, table.Columns.Count).Select(c => table.Cell(r, c))],
                table.RowTotal(r)))]))];
    }
}

internal sealed partial class DemoRunner
{
    /// <summary>Agreement between the levels for cases assessed at both: RD vs head office, team lead vs RD.</summary>
    private static List<CalibrationRow> Calibration(CatalogRegistry catalogs, List<Assessment> assessments)
    {
        var rows = new List<CalibrationRow>();
        foreach (var (first, second) in new[] { (AssessmentLevel.RegionalDirectorate, AssessmentLevel.HeadOffice), (AssessmentLevel.TeamLead, AssessmentLevel.RegionalDirectorate) })
        {
            var report = Vkb.Catalog.Calibration.Compare(assessments, first, second, catalogs);
            if (report.PairedCases == 0)
            {
                continue;
            }

            rows.Add(new CalibrationRow(LevelName(first), LevelName(second), "verdict", "Gesamturteil: zielführend?", report.Verdict.Pairs, report.Verdict.ObservedAgreement, report.Verdict.Kappa));
            rows.AddRange(report.Questions
                .Where(q => q.Statistics.Pairs > 0)
                .Select(q => new CalibrationRow(LevelName(first), LevelName(second), q.LinkId, q.Text, q.Statistics.Pairs, q.Statistics.ObservedAgreement, q.Statistics.Kappa)));
        }

        return rows;
    }
}
