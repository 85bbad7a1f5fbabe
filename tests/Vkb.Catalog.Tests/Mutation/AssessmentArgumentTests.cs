using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// The documented argument contract of <see cref="Answer"/>, <see cref="AssessmentRemark"/> and <see cref="Assessment"/>:
/// each malformed argument is refused with the exception the XML docs name, the parameter's name and a message that
/// says what a valid value looks like; equality compares every field. Session 5's Stryker run left these checks
/// unpinned (Assessment.cs 44.95 %): a dropped check let a malformed assessment into the findings.
/// </summary>
public class AssessmentArgumentTests
{
    private static readonly LocalDate Day = new(2025, 4, 1);

    private static Assessment Create(
        string caseReference = "PSN-1",
        AssessmentLevel level = AssessmentLevel.RegionalDirectorate,
        string regionalDirectorate = "NRW",
        LocalDate? date = null,
        AssessmentStatus status = AssessmentStatus.Completed,
        IEnumerable<CatalogPin>? pins = null,
        IEnumerable<Answer>? answers = null,
        ProcessVerdict? verdict = ProcessVerdict.GoalOriented,
        IEnumerable<AssessmentRemark>? strengths = null,
        IEnumerable<AssessmentRemark>? improvementPoints = null) =>
        Assessment.Create(caseReference, level, regionalDirectorate, date ?? Day, status, pins ?? [ExampleCatalogs.Placement.Pin],
            answers ?? [Answer.OfCodes("bedarfe-erkannt", "yes")], verdict, strengths ?? [AssessmentRemark.Create("kontaktdichte", "Gut")], improvementPoints);

    private static void ShouldRefuse(Action create, string paramName, string messagePart)
    {
        var error = Should.Throw<ArgumentException>(create);
        error.ParamName.ShouldBe(paramName);
        error.Message.ShouldContain(messagePart);
    }

    [Fact]
    public void Answer_NullLinkIdOrValue_IsRefused()
    {
        Should.Throw<ArgumentNullException>(() => Answer.Create(null!)).ParamName.ShouldBe("linkId");
        ShouldRefuse(() => Answer.Create("q", AnswerValue.OfWholeNumber(1), null!), "values", "must not be null");
    }

    [Fact]
    public void Answer_Equality_ComparesLinkIdAndValues()
    {
        var answer = Answer.OfCodes("a", "x");

        (answer == Answer.OfCodes("a", "x")).ShouldBeTrue();
        (answer != Answer.OfCodes("a", "x")).ShouldBeFalse();
        (answer != Answer.OfCodes("b", "x")).ShouldBeTrue();
        (answer != Answer.OfCodes("a", "y")).ShouldBeTrue();
        answer.Equals(null).ShouldBeFalse();
        answer.ToString().ShouldBe("a: 1 value(s)");
    }

    [Theory]
    [InlineData("")]
    [InlineData("-kontakt")]
    [InlineData("kontakt dichte")]
    [InlineData("kontakt/dichte")]
    [InlineData("a1234567890123456789012345678901234567890123456789012345678901234")] // 65 characters
    public void Remark_ThemeThatIsNoCode_IsRefused(string theme) =>
        ShouldRefuse(() => AssessmentRemark.Create(theme, "Text"), nameof(theme), "1 to 64");

    [Theory]
    [InlineData("a")]
    [InlineData("a.b_c-d:e")]
    [InlineData("a123456789012345678901234567890123456789012345678901234567890123")] // 64 characters
    public void Remark_ThemeCode_IsAccepted(string theme) =>
        AssessmentRemark.Create(theme, "Text").Theme.ShouldBe(theme);

    [Fact]
    public void Remark_NullOrBlank_IsRefused()
    {
        Should.Throw<ArgumentNullException>(() => AssessmentRemark.Create(null!, "Text")).ParamName.ShouldBe("theme");
        Should.Throw<ArgumentNullException>(() => AssessmentRemark.Create("t", null!)).ParamName.ShouldBe("text");
        ShouldRefuse(() => AssessmentRemark.Create("t", " \t"), "text", "must not be empty");
    }

    [Fact]
    public void Remark_Equality_ComparesThemeAndText()
    {
        var remark = AssessmentRemark.Create("t", "Text");

        (remark == AssessmentRemark.Create("t", "Text")).ShouldBeTrue();
        (remark != AssessmentRemark.Create("t", "Text")).ShouldBeFalse();
        (remark != AssessmentRemark.Create("u", "Text")).ShouldBeTrue();
        (remark != AssessmentRemark.Create("t", "Other")).ShouldBeTrue();
        remark.Equals(null).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("PSN 1")]
    [InlineData("PSN-\u0001")]
    public void Assessment_MalformedCaseReference_IsRefused(string caseReference) =>
        ShouldRefuse(() => Create(caseReference: caseReference), nameof(caseReference), "1 to 128");

    [Fact]
    public void Assessment_CaseReferenceLength_128IsTheLimit()
    {
        Create(caseReference: new string('x', 128)).CaseReference.Length.ShouldBe(128);
        ShouldRefuse(() => Create(caseReference: new string('x', 129)), "caseReference", "1 to 128");
    }

    [Theory]
    [InlineData("")]
    [InlineData("N-W")]
    [InlineData("ABCDEFGHIJKLMNOPQ")] // 17 characters
    public void Assessment_MalformedRd_IsRefused(string rd) =>
        ShouldRefuse(() => Create(regionalDirectorate: rd), "regionalDirectorate", "1 to 16");

    [Fact]
    public void Assessment_RdOf16Characters_IsAccepted() =>
        Create(regionalDirectorate: "ABCDEFGHIJKLMNOP").RegionalDirectorate.ShouldBe("ABCDEFGHIJKLMNOP");

    [Fact]
    public void Assessment_UndefinedEnumOrMissingElements_AreRefused()
    {
        Should.Throw<ArgumentNullException>(() => Create(caseReference: null!)).ParamName.ShouldBe("caseReference");
        Should.Throw<ArgumentNullException>(() => Create(regionalDirectorate: null!)).ParamName.ShouldBe("regionalDirectorate");
        ShouldRefuse(() => Create(level: (AssessmentLevel)99), "level", "defined value");
        ShouldRefuse(() => Create(status: (AssessmentStatus)99), "status", "defined value");
        ShouldRefuse(() => Create(verdict: (ProcessVerdict)99), "verdict", "defined value");
        ShouldRefuse(() => Create(pins: []), "pins", "base catalogue version");
        ShouldRefuse(() => Create(pins: [null!]), "pins", "base catalogue version");
        ShouldRefuse(() => Create(answers: [null!]), "answers", "must not be null");
        ShouldRefuse(() => Create(strengths: [null!]), "strengths", "must not be null");
        ShouldRefuse(() => Create(improvementPoints: [null!]), "strengths", "must not be null");
        Create(verdict: null, status: AssessmentStatus.InProgress).Verdict.ShouldBeNull();
    }

    [Fact]
    public void Assessment_Equality_ComparesEveryField()
    {
        var assessment = Create();
        Assessment[] others =
        [
            Create(caseReference: "PSN-2"),
            Create(level: AssessmentLevel.HeadOffice),
            Create(regionalDirectorate: "BY"),
            Create(date: Day.PlusDays(1)),
            Create(status: AssessmentStatus.InProgress),
            Create(verdict: ProcessVerdict.NotGoalOriented),
            Create(pins: [ExampleCatalogs.Placement.Pin, ExampleCatalogs.NrwExtension.Pin]),
            Create(answers: [Answer.OfCodes("bedarfe-erkannt", "no")]),
            Create(strengths: []),
            Create(improvementPoints: [AssessmentRemark.Create("kontaktdichte", "Mehr")]),
        ];

        (assessment == Create()).ShouldBeTrue();
        (assessment != Create()).ShouldBeFalse();
        foreach (var other in others)
        {
            (assessment != other).ShouldBeTrue(other.ToString());
            assessment.Equals((object)other).ShouldBeFalse();
        }

        assessment.Equals(null).ShouldBeFalse();
        assessment.ToString().ShouldBe("RegionalDirectorate assessment (NRW, 2025-04-01)");
    }
}
