using NodaTime;

namespace Vkb.Catalog.Tests;

public class CalibrationTests
{
    private static IEnumerable<(string, string)> Table2x2(int yesYes, int yesNo, int noYes, int noNo) =>
        Enumerable.Repeat(("yes", "yes"), yesYes)
            .Concat(Enumerable.Repeat(("yes", "no"), yesNo))
            .Concat(Enumerable.Repeat(("no", "yes"), noYes))
            .Concat(Enumerable.Repeat(("no", "no"), noNo));

    [Fact]
    public void Compute_WikipediaGrantProposalExample_GivesKappa04()
    {
        // Wikipedia, "Cohen's kappa", worked example: 50 grant proposals read by readers A and B;
        // A yes/B yes 20, A yes/B no 5, A no/B yes 10, A no/B no 15. Stated: p_o = 0.70, p_e = 0.50, kappa = 0.40.
        var stats = AgreementStatistics.Compute(Table2x2(20, 5, 10, 15));

        stats.Pairs.ShouldBe(50);
        stats.ObservedAgreement.ShouldBe(0.70, 1e-12);
        stats.PercentAgreement.ShouldBe(70.0, 1e-9);
        stats.ExpectedAgreement.ShouldBe(0.50, 1e-12);
        stats.Kappa!.Value.ShouldBe(0.40, 1e-12);
    }

    [Theory]
    // Wikipedia, "Cohen's kappa", section "Same percentages but different numbers": both tables have
    // 60 % agreement among 100 items, with stated kappas 0.1304 and 0.2593.
    [InlineData(45, 15, 25, 15, 0.60, 0.1304)]
    [InlineData(25, 35, 5, 35, 0.60, 0.2593)]
    public void Compute_WikipediaEqualAgreementExamples_GiveStatedKappas(int yy, int yn, int ny, int nn, double agreement, double kappa)
    {
        var stats = AgreementStatistics.Compute(Table2x2(yy, yn, ny, nn));

        stats.ObservedAgreement.ShouldBe(agreement, 1e-12);
        Math.Round(stats.Kappa!.Value, 4).ShouldBe(kappa);
    }

    [Fact]
    public void Compute_PerfectAndDegenerateAgreement_AreHandled()
    {
        AgreementStatistics.Compute(Table2x2(3, 0, 0, 4)).Kappa.ShouldBe(1.0);
        AgreementStatistics.Compute(Table2x2(5, 0, 0, 0)).Kappa.ShouldBeNull(); // p_e = 1: undefined
        AgreementStatistics.Compute([]).Kappa.ShouldBeNull();
    }

    [Fact]
    [Trait("Rule", "C5")]
    public void Compare_RdAndHeadOffice_ReportsPerQuestionAndWidestDisagreement()
    {
        var registry = ExampleCatalogs.CreateRegistry();
        var catalog = ResolvedCatalog.Create(ExampleCatalogs.Placement);
        var date = new LocalDate(2025, 4, 10);
        var assessments = new List<Assessment>();
        for (var i = 0; i < 20; i++)
        {
            var rdVerdict = i % 2 == 0 ? Verdict.Yes : Verdict.No;
            var hoVerdict = i < 10 ? rdVerdict : Verdict.Partly;                // disagree on half the cases
            Assessment Make(AssessmentLevel level, Verdict erkannt) => Assessment.Create($"PSN-{i}", level, "NRW", date, AssessmentStatus.Completed, catalog.Pins,
                [Answer.OfVerdict("bedarfe-erkannt", erkannt), Answer.OfVerdict("bedarfe-dokumentiert", Verdict.Yes)], ProcessVerdict.GoalOriented);
            assessments.Add(Make(AssessmentLevel.RegionalDirectorate, rdVerdict));
            assessments.Add(Make(AssessmentLevel.HeadOffice, hoVerdict));
        }

        assessments.Add(Assessment.Create("PSN-only-rd", AssessmentLevel.RegionalDirectorate, "NRW", date, AssessmentStatus.Completed, catalog.Pins, [], ProcessVerdict.GoalOriented));

        var report = Calibration.Compare(assessments, AssessmentLevel.RegionalDirectorate, AssessmentLevel.HeadOffice, registry);

        report.PairedCases.ShouldBe(20);
        report.Verdict.ObservedAgreement.ShouldBe(1.0);
        var erkannt = report.Questions.Single(q => q.LinkId == "bedarfe-erkannt").Statistics;
        erkannt.Pairs.ShouldBe(20);
        erkannt.ObservedAgreement.ShouldBe(0.5);
        report.Questions.Single(q => q.LinkId == "bedarfe-dokumentiert").Statistics.ObservedAgreement.ShouldBe(1.0);
        report.WidestDisagreement(1).Single().LinkId.ShouldBe("bedarfe-erkannt");
        report.WidestDisagreement(5).Select(q => q.LinkId).ShouldBe(["bedarfe-erkannt", "bedarfe-dokumentiert"]);
    }
}
