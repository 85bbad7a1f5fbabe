using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Vkb.Synthetic.Tests.Arbitraries;

/// <summary>FsCheck arbitraries for the generator, built through the public factories so they only make valid shapes.</summary>
public static class SyntheticArbitraries
{
    /// <summary>Tiny shapes (at most a few hundred records) with any review month, history and shares.</summary>
    public static Arbitrary<ExtractShape> TinyShapes() =>
        (from rds in Gen.Choose(1, 3)
         from jobCentres in Gen.Choose(1, 3)
         from teams in Gen.Choose(1, 3)
         from caseload in Gen.Choose(1, 25)
         from history in Gen.Choose(1, 60)
         from year in Gen.Choose(2018, 2030)
         from month in Gen.Choose(1, 12)
         from flagged in Gen.Choose(0, 100)
         from consent in Gen.Choose(0, 100)
         select ExtractShape.Small
             .WithRegionalDirectorates(rds)
             .WithJobCentresPerDirectorate(jobCentres)
             .WithTeamsPerJobCentre(teams)
             .WithCaseloadPerTeam(caseload)
             .WithHistoryMonths(history)
             .WithReviewMonth(new YearMonth(year, month))
             .WithFlaggedShare(flagged / 100.0)
             .WithConsentShare(consent / 100.0)).ToArbitrary();

    /// <summary>Any 64-bit seed.</summary>
    public static Arbitrary<ulong> Seeds() => ArbMap.Default.ArbFor<ulong>();
}
