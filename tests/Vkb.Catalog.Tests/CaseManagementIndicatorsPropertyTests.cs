using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

using Vkb.Catalog.Indicators;

namespace Vkb.Catalog.Tests;

/// <summary>R2 over generated case histories: every published indicator is the count of the cases it names, and a cell is withheld only when it or its complement is small (R3).</summary>
public class CaseManagementIndicatorsPropertyTests
{
    private const int K = 5;

    private static Gen<CaseHistory> HistoryGen =>
        from jobCentre in Gen.Elements("96201", "96202", "96203")
        from first in Gen.Elements(Enum.GetValues<ProfileSituation>())
        from last in Gen.Elements(Enum.GetValues<ProfileSituation>())
        from twoProfiles in ArbMap.Default.GeneratorFor<bool>()
        from employment in ArbMap.Default.GeneratorFor<bool>()
        from measures in Gen.Choose(0, 3)
        from inCaseManagement in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from exited in ArbMap.Default.GeneratorFor<bool>()
        let intake = new LocalDate(2024, 1, 10)
        select new CaseHistory(
            "NRW", jobCentre, "placement",
            twoProfiles ? [(intake, first), (intake.PlusDays(90), last)] : [(intake, first)],
            employment, measures,
            inCaseManagement ? intake : null,
            inCaseManagement && exited ? intake.PlusDays(200) : null);

    [Property(MaxTest = 300)]
    [Trait("Rule", "R2")]
    [Trait("Rule", "R3")]
    public Property Compute_AnyHistories_EachPublishedIndicatorCountsItsCasesAndOnlySmallCellsAreWithheld()
    {
        return Prop.ForAll(HistoryGen.ListOf().ToArbitrary(), histories =>
        {
            var rows = new CaseManagementIndicators().Compute(histories, IndicatorLevel.JobCentre);
            var expectedUnits = histories.Where(h => h.Intake is not null).Select(h => h.JobCentre).Distinct().Order(StringComparer.Ordinal).ToList();
            var units = rows.Select(r => r.Unit).SequenceEqual(expectedUnits);
            var counts = rows.All(row =>
            {
                var cases = histories.Where(h => h.Intake is not null && h.JobCentre == row.Unit).ToList();
                if (cases.Count < K)
                {
                    return row == new IndicatorRow(row.Unit, null, null, null, null, null, null);
                }

                return row.Cases == cases.Count
                    && Cell(row.IntakeRecorded, cases.Count, cases.Count(h => h.Intake is not null))
                    && Cell(row.ExitRecorded, cases.Count, cases.Count(h => h.Exit is not null))
                    && Cell(row.EmploymentTakenUp, cases.Count, cases.Count(h => h.EmploymentTakenUp))
                    && Cell(row.MovedTowardsMarket, cases.Count, cases.Count(h => h.Profiles.Count > 1 && h.Profiles[^1].Profile < h.Profiles[0].Profile))
                    && Cell(row.CompletedMeasures, cases.Count, cases.Count(h => h.MeasuresCompleted > 0));
            });
            return units.Label("one row per job centre with case-management cases, by name").And(counts.Label("each cell its count, or withheld as a small cell"));
        });
    }

    /// <summary>A published cell holds the count; a withheld one is a small cell or has a small complement.</summary>
    private static bool Cell(int? published, int cases, int count) =>
        published is { } value ? value == count && !Small(count) && !Small(cases - count) : Small(count) || Small(cases - count);

    private static bool Small(int n) => n > 0 && n < K;
}
