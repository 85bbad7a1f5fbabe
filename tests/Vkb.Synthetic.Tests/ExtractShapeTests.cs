using NodaTime;

namespace Vkb.Synthetic.Tests;

public class ExtractShapeTests
{
    [Theory]
    [InlineData("small", 3_000)]
    [InlineData("medium", 50_000)]
    [InlineData("large", 300_000)]
    [InlineData("national", 1_200_000)]
    [InlineData(" National ", 1_200_000)]
    public void FromPreset_KnownName_HasDocumentedSize(string name, long records) =>
        ExtractShape.FromPreset(name).TotalRecords.ShouldBe(records);

    [Theory]
    [InlineData("small", 4, 2)]
    [InlineData("medium", 16, 4)]
    [InlineData("large", 48, 12)]
    [InlineData("national", 160, 40)]
    [Trait("Rule", "P8")]
    [Trait("Proof", "generator")]
    public void FromPreset_Always_HasJobCentresAndAgencies(string name, int jobCentres, int agencies)
    {
        var shape = ExtractShape.FromPreset(name);
        shape.TotalJobCentres.ShouldBe(jobCentres);
        shape.TotalAgencies.ShouldBe(agencies);
        shape.TotalUnits.ShouldBe(jobCentres + agencies);
        shape.TotalTeams.ShouldBe(shape.TotalUnits * shape.TeamsPerJobCentre);
    }

    [Fact]
    public void WithAgenciesPerDirectorate_Zero_GivesJobCentresOnly()
    {
        var shape = ExtractShape.Small.WithAgenciesPerDirectorate(0);
        shape.TotalAgencies.ShouldBe(0);
        shape.TotalRecords.ShouldBe(2_000);
        new ExtractGenerator(shape.WithRecords(200), 1).Generate().ShouldAllBe(r => r.LegalDomain == "SGB2");
        Should.Throw<ArgumentOutOfRangeException>(() => ExtractShape.Small.WithAgenciesPerDirectorate(-1));
        Should.Throw<ArgumentOutOfRangeException>(() => ExtractShape.Small.WithAgenciesPerDirectorate(ExtractShape.MaxAgenciesPerDirectorate + 1));
        ExtractShape.Small.WithAgenciesPerDirectorate(2).ShouldNotBe(ExtractShape.Small);
    }

    [Fact]
    public void WithRecords_TinyTotal_KeepsOneAgencyPerDirectorate()
    {
        var shape = ExtractShape.Large.WithRecords(100);
        shape.AgenciesPerDirectorate.ShouldBe(1);
        shape.JobCentresPerDirectorate.ShouldBe(1);
    }

    [Fact]
    public void National_Always_HasTenDirectorates() =>
        ExtractShape.National.RegionalDirectorates.ShouldBe(10);

    [Theory]
    [InlineData("")]
    [InlineData("huge")]
    public void FromPreset_UnknownName_Throws(string name) =>
        Should.Throw<ArgumentException>(() => ExtractShape.FromPreset(name)).ParamName.ShouldBe("name");

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(999)]
    [InlineData(12_345)]
    [InlineData(2_000_000)]
    public void WithRecords_AnyTotal_IsWithinFivePercentOrOneTeam(long total)
    {
        var shape = ExtractShape.Small.WithRecords(total);
        var tolerance = Math.Max(total * 0.05, shape.TotalTeams);
        Math.Abs(shape.TotalRecords - total).ShouldBeLessThanOrEqualTo((long)Math.Ceiling(tolerance));
    }

    [Fact]
    public void WithRecords_SmallTotal_KeepsTenRecordsPerTeam()
    {
        var shape = ExtractShape.Medium.WithRecords(200);
        shape.CaseloadPerTeam.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void WithMethods_Always_ReturnNewShapeAndKeepOriginal()
    {
        var changed = ExtractShape.Small.WithReviewMonth(new YearMonth(2024, 11)).WithPhaseId("P-7");
        changed.ReviewMonth.ShouldBe(new YearMonth(2024, 11));
        changed.PhaseId.ShouldBe("P-7");
        ExtractShape.Small.ReviewMonth.ShouldBe(new YearMonth(2025, 4));
        changed.ShouldNotBe(ExtractShape.Small);
        (ExtractShape.Small.WithHistoryMonths(24) == ExtractShape.Small).ShouldBeTrue();
        ExtractShape.Small.WithHistoryMonths(24).GetHashCode().ShouldBe(ExtractShape.Small.GetHashCode());
    }

    [Fact]
    public void WithMethods_InvalidValues_Throw()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => ExtractShape.Small.WithRegionalDirectorates(11));
        Should.Throw<ArgumentOutOfRangeException>(() => ExtractShape.Small.WithCaseloadPerTeam(0));
        Should.Throw<ArgumentOutOfRangeException>(() => ExtractShape.Small.WithFlaggedShare(1.5));
        Should.Throw<ArgumentOutOfRangeException>(() => ExtractShape.Small.WithConsentShare(double.NaN));
        Should.Throw<ArgumentOutOfRangeException>(() => ExtractShape.Small.WithRecords(0));
        Should.Throw<ArgumentException>(() => ExtractShape.Small.WithPhaseId("a b"));
        Should.Throw<ArgumentNullException>(() => ExtractShape.Small.WithPhaseId(null!));
    }
}
