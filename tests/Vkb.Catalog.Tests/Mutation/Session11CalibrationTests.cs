using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Session 11's Stryker group <c>a</c>: <c>Calibration/Calibration.cs</c>, never run before. Which assessments are paired
/// (the two levels only, the latest per case), which pairs and answers count, the category of a multiple-choice answer,
/// the order of the widest disagreement, the argument checks and the text form.
/// </summary>
public class Session11CalibrationTests
{
    private static readonly LocalDate Day = new(2025, 4, 10);

    private static Catalog Build(string id, string process, Action<ItemListBuilder> items)
    {
        var builder = new CatalogBuilder(id, process, CatalogVersion.Create(1, 0)) { Title = id, Status = CatalogStatus.Active, EffectiveFrom = new LocalDate(2025, 1, 1) };
        items(builder.Items);
        return builder.Build().GetValueOrThrow();
    }

    private static readonly Catalog X = Build("calib-x", "placement", items => items
        .Question("a", "A?", AnswerKind.Verdict)
        .Question("m", "M?", AnswerKind.MultipleChoice, q => q.Option("a", "a").Option("ab", "ab").Option("bc", "bc").Option("c", "c"))
        .Question("s", "S?", AnswerKind.SingleChoice, q => q.Option("p", "p").Option("q", "q"))
        .Question("t", "T?", AnswerKind.Text));

    private static readonly Catalog Y = Build("calib-y", "employer", items => items.Question("y", "Y?", AnswerKind.Verdict));

    private static Assessment Make(string caseReference, AssessmentLevel level, Catalog catalog, LocalDate date, ProcessVerdict? verdict, params Answer[] answers) =>
        Assessment.Create(caseReference, level, "NRW", date, AssessmentStatus.Completed, [catalog.Pin], answers, verdict);

    [Fact]
    public void Compare_PairsTheTwoLevelsOnly_LatestPerCase_CountsOnlyAnswersGivenAtBoth_CategoriesKeepTheirCodesApart()
    {
        var registry = CatalogRegistry.Create([X, Y]).GetValueOrThrow();
        var rd = AssessmentLevel.RegionalDirectorate;
        var ho = AssessmentLevel.HeadOffice;
        var tl = AssessmentLevel.TeamLead;
        Assessment[] assessments =
        [
            // Case A (catalogue Y, first in case order): no RD verdict, so only case B counts for the verdict.
            Make("A", rd, Y, Day, null, Answer.OfVerdict("y", Verdict.Yes)),
            Make("A", ho, Y, Day, ProcessVerdict.GoalOriented, Answer.OfVerdict("y", Verdict.Yes)),
            Make("A", tl, Y, Day, ProcessVerdict.NotGoalOriented, Answer.OfVerdict("y", Verdict.No)),
            // Case B (catalogue X): the later RD assessment counts, listed first; the earlier one disagrees everywhere.
            Make("B", rd, X, Day.PlusDays(5), ProcessVerdict.GoalOriented, Answer.OfVerdict("a", Verdict.Yes), Answer.OfCodes("m", "a", "bc"), Answer.OfCodes("s", "p")),
            Make("B", rd, X, Day, ProcessVerdict.NotGoalOriented, Answer.OfVerdict("a", Verdict.No), Answer.OfCodes("m", "ab", "c")),
            Make("B", ho, X, Day, ProcessVerdict.GoalOriented, Answer.OfVerdict("a", Verdict.Yes), Answer.OfCodes("m", "ab", "c")),
            Make("B", tl, X, Day, ProcessVerdict.NotGoalOriented, Answer.OfVerdict("a", Verdict.No)),
            // Case C (catalogue X) at RD and HO, and case D at team-lead level only.
            Make("C", rd, X, Day, ProcessVerdict.NotGoalOriented, Answer.OfVerdict("a", Verdict.No), Answer.OfCodes("m", "c", "a")),
            Make("C", ho, X, Day, ProcessVerdict.NotGoalOriented, Answer.OfVerdict("a", Verdict.No), Answer.OfCodes("m", "a", "c")),
            Make("D", tl, X, Day, ProcessVerdict.GoalOriented, Answer.OfVerdict("a", Verdict.Yes)),
        ];

        var report = Calibration.Compare(assessments, rd, ho, registry);

        report.PairedCases.ShouldBe(3);
        report.First.ShouldBe(rd);
        report.Second.ShouldBe(ho);
        report.Verdict.Pairs.ShouldBe(2);
        report.Verdict.Agreements.ShouldBe(2);
        report.Questions.Select(q => q.LinkId).ShouldBe(["y", "a", "m", "s"]);   // case order A, B, C; catalogue order within
        var stats = report.Questions.ToDictionary(q => q.LinkId, q => q.Statistics);
        stats["y"].Agreements.ShouldBe(1);
        stats["a"].Pairs.ShouldBe(2);
        stats["a"].Agreements.ShouldBe(2);
        stats["m"].Pairs.ShouldBe(2);
        stats["m"].Agreements.ShouldBe(1);                                          // {a, bc} is not {ab, c}; {a, c} is {c, a}
        stats["s"].Pairs.ShouldBe(0);                                               // answered at RD only
    }

    [Fact]
    public void Compare_ChecksItsArguments()
    {
        var registry = CatalogRegistry.Create([X]).GetValueOrThrow();

        Should.Throw<ArgumentNullException>(() => Calibration.Compare(null!, AssessmentLevel.RegionalDirectorate, AssessmentLevel.HeadOffice, registry)).ParamName.ShouldBe("assessments");
        Should.Throw<ArgumentNullException>(() => Calibration.Compare([], AssessmentLevel.RegionalDirectorate, AssessmentLevel.HeadOffice, null!)).ParamName.ShouldBe("registry");
        var same = Should.Throw<ArgumentException>(() => Calibration.Compare([], AssessmentLevel.HeadOffice, AssessmentLevel.HeadOffice, registry));
        same.ParamName.ShouldBe("second");
        same.Message.ShouldStartWith("Calibration compares two different levels.");
    }

    private static QuestionAgreement Question(string linkId, int agree, int disagree, bool sameCategory = false) =>
        new(linkId, linkId, AgreementStatistics.Compute(
            Enumerable.Repeat(("yes", "yes"), agree).Concat(Enumerable.Repeat(sameCategory ? ("yes", "yes") : ("yes", "no"), disagree))));

    private static CalibrationReport Report(params QuestionAgreement[] questions) =>
        new(AssessmentLevel.RegionalDirectorate, AssessmentLevel.HeadOffice, 0, AgreementStatistics.Compute([]), questions);

    [Fact]
    public void WidestDisagreement_OrdersByAgreementThenKappaThenLinkId_AndLeavesOutFewPairs()
    {
        var kappaOne = new QuestionAgreement("b-one", "b", AgreementStatistics.Compute([("yes", "yes"), ("no", "no")]));
        var kappaNone = new QuestionAgreement("a-none", "n", AgreementStatistics.Compute([("yes", "yes"), ("yes", "yes")]));
        kappaNone.Statistics.Kappa.ShouldBeNull();

        Report(kappaNone, kappaOne).WidestDisagreement(2).Select(q => q.LinkId).ShouldBe(["b-one", "a-none"]);   // no kappa sorts last
        Report(Question("q", 1, 1), Question("p", 1, 1)).WidestDisagreement(2).Select(q => q.LinkId).ShouldBe(["p", "q"]);
        Report(Question("few", 1, 1), Question("enough", 2, 1), Question("none", 0, 0)).WidestDisagreement(5, minimumPairs: 3).Select(q => q.LinkId).ShouldBe(["enough"]);
        Report(Question("none", 0, 0), Question("one", 1, 0)).WidestDisagreement(5, minimumPairs: 0).Select(q => q.LinkId).ShouldBe(["one"]);
        Report(Question("one", 1, 0)).WidestDisagreement(0).ShouldBeEmpty();
    }

    [Fact]
    public void WidestDisagreement_KappaBreaksTies()
    {
        // Agreement 0.5 each; balanced margins give kappa 0, skewed margins (p_e = 0.625) kappa -1/3: the lower kappa first, against link id order.
        var balanced = new QuestionAgreement("z-balanced", "z", AgreementStatistics.Compute([("yes", "yes"), ("no", "no"), ("yes", "no"), ("no", "yes")]));
        var skewed = new QuestionAgreement("a-skewed", "a", AgreementStatistics.Compute([("yes", "yes"), ("yes", "yes"), ("yes", "no"), ("yes", "no")]));
        balanced.Statistics.ObservedAgreement.ShouldBe(skewed.Statistics.ObservedAgreement);
        balanced.Statistics.Kappa!.Value.ShouldBe(0.0, 1e-12);
        skewed.Statistics.Kappa!.Value.ShouldBe(0.0, 1e-12);
        var below = new QuestionAgreement("z-below", "b", AgreementStatistics.Compute([("yes", "no"), ("no", "yes"), ("yes", "yes"), ("yes", "yes")]));
        below.Statistics.ObservedAgreement.ShouldBe(0.5);
        below.Statistics.Kappa!.Value.ShouldBeLessThan(0.0);

        Report(balanced, below).WidestDisagreement(2).Select(q => q.LinkId).ShouldBe(["z-below", "z-balanced"]);
        Report(below, skewed).WidestDisagreement(2).Select(q => q.LinkId).ShouldBe(["z-below", "a-skewed"]);
    }

    [Fact]
    public void WidestDisagreement_RefusesNegativeCounts()
    {
        var report = Report(Question("one", 1, 0));

        Should.Throw<ArgumentOutOfRangeException>(() => report.WidestDisagreement(-1)).Message.ShouldStartWith("Counts must not be negative.");
        Should.Throw<ArgumentOutOfRangeException>(() => report.WidestDisagreement(1, -1)).Message.ShouldStartWith("Counts must not be negative.");
        report.WidestDisagreement(1, 0).Single().LinkId.ShouldBe("one");
    }

    [Fact]
    public void Compute_NoPairs_IsZeroAgreement_AndTheTextSaysNoKappa()
    {
        var none = AgreementStatistics.Compute([]);

        none.ObservedAgreement.ShouldBe(0);
        none.ExpectedAgreement.ShouldBe(0);
        none.PercentAgreement.ShouldBe(0);
        none.ToString().ShouldBe("n=0, agreement=0.0%, kappa=n/a");
        AgreementStatistics.Compute([("yes", "yes"), ("yes", "no"), ("no", "no"), ("no", "no")]).ToString().ShouldBe("n=4, agreement=75.0%, kappa=0.500");
    }

    [Fact]
    public void Compute_NullCode_IsRefused()
    {
        foreach (var pair in new (string, string)[] { (null!, "a"), ("a", null!) })
        {
            var refused = Should.Throw<ArgumentException>(() => AgreementStatistics.Compute([pair]));
            refused.ParamName.ShouldBe("pairs");
            refused.Message.ShouldStartWith("Category codes must not be null.");
        }
    }
}
