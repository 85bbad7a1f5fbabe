using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Vkb.Synthetic;

namespace Vkb.Testing;

/// <summary>
/// FsCheck arbitraries for synthetic extracts, built through the generator's public API so they
/// only make valid shapes and records. Shared by every package's tests.
/// </summary>
public static class ExtractArbitraries
{
    /// <summary>Tiny shapes (at most a few hundred records) with job centres and 0 to 2 employment agencies per RD, any review month, history and shares.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ExtractShape> TinyShapes() => TinyShapeGen().ToArbitrary();

    /// <summary>Single records of tiny extracts with any seed: a record and, through it, its ground truth.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<SyntheticRecord> Records() =>
        (from shape in TinyShapeGen()
         from seed in ArbMap.Default.GeneratorFor<ulong>()
         from fraction in Gen.Choose(0, 9_999)
         select new ExtractGenerator(shape, seed).GetRecord(shape.TotalRecords * fraction / 10_000)).ToArbitrary();

    private static Gen<ExtractShape> TinyShapeGen() =>
        from rds in Gen.Choose(1, 3)
        from jobCentres in Gen.Choose(1, 3)
        from agencies in Gen.Choose(0, 2)
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
            .WithAgenciesPerDirectorate(agencies)
            .WithTeamsPerJobCentre(teams)
            .WithCaseloadPerTeam(caseload)
            .WithHistoryMonths(history)
            .WithReviewMonth(new YearMonth(year, month))
            .WithFlaggedShare(flagged / 100.0)
            .WithConsentShare(consent / 100.0);
}
