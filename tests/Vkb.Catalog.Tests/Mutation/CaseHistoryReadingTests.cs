using NodaTime;
using Vkb.Catalog.Indicators;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Reading case histories for the case-management indicators (R2, R3): which fields make an employment uptake,
/// a profile change or an intake/exit, and problems that name the line and field, never a value. Session 5's Stryker
/// run found these readings unpinned (CaseManagementIndicators.cs 77.86 %).
/// </summary>
public class CaseHistoryReadingTests
{
    private static string Record(string events = "[]", string caseManagement = """{"intake":"2024-01-10"}""", string unit = "\"jobCentre\":{\"id\":\"96201\"}", string rd = "\"regionalDirectorate\":\"NRW\",", string profiles = "[]") =>
        "{" + rd + unit + ",\"customerProcess\":\"placement\",\"profileHistory\":" + profiles + ",\"events\":" + events + ",\"caseManagement\":" + caseManagement + "}";

    private static CaseHistory One(string line) => CaseHistory.ReadJsonLines(line).GetValueOrThrow().Single();

    [Theory]
    [Trait("Rule", "R2")]
    [InlineData("""[{"type":"counselling"},{"type":"employment"}]""", """{"intake":"2024-01-10"}""", true)]
    [InlineData("""[{"type":"employmentTaken"}]""", """{"intake":"2024-01-10"}""", true)]
    [InlineData("""[{"type":"counselling"}]""", """{"intake":"2024-01-10","exitReason":"employment"}""", true)]
    [InlineData("""[{"type":"employment"}]""", """{"intake":"2024-01-10","exitReason":"employment"}""", true)]
    [InlineData("""[{"type":"counselling"}]""", """{"intake":"2024-01-10","exitReason":"other"}""", false)]
    [InlineData("[]", """{"intake":"2024-01-10"}""", false)]
    public void EmploymentUptake_IsAnEmploymentEventOrExitReason(string events, string caseManagement, bool expected) =>
        One(Record(events, caseManagement)).EmploymentTakenUp.ShouldBe(expected);

    [Fact]
    [Trait("Rule", "R2")]
    public void Profiles_AreReadInDateOrderWithEverySituation()
    {
        var history = One(Record(profiles: """[{"from":"2024-06-01","profile":"stabilisation"},{"from":"2024-01-01","profile":"assistance"},{"from":"2024-03-01","profile":"market"}]"""));

        history.Profiles.Select(p => p.Profile).ShouldBe([ProfileSituation.Assistance, ProfileSituation.Market, ProfileSituation.Stabilisation]);
        history.MovedTowardsMarket.ShouldBeTrue(); // stabilisation is nearer the market than assistance
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void IntakeAndExit_AreReadAndAgencyCountsAsTheUnit()
    {
        var history = One(Record(caseManagement: """{"intake":"2024-01-10","exit":"2024-12-01"}""", unit: "\"agency\":{\"id\":\"AA-1\"}"));

        (history.JobCentre, history.Intake, history.Exit).ShouldBe(("AA-1", new LocalDate(2024, 1, 10), (LocalDate?)new LocalDate(2024, 12, 1)));
        history.CustomerProcess.ShouldBe("placement");
        One(Record(caseManagement: "\"none\"")).IsCaseManagement.ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "R3")]
    public void Problems_NameTheLineAndField()
    {
        var text = string.Join("\n",
            Record(rd: string.Empty),
            Record(unit: "\"team\":{\"id\":\"T\"}"),
            Record(caseManagement: """{"intake":"2024-01-10","exit":"2024-13-01"}"""),
            Record(caseManagement: """{"intake":20240110}"""));

        CaseHistory.ReadJsonLines(text).Problems.Select(p => $"{p.Code} @ {p.Path}: {p.Message}").ShouldBe(
        [
            "missing-field @ line 1 regionalDirectorate: The RD is required.",
            "missing-field @ line 2 jobCentre.id: The job-centre id (or, for an SGB III case, agency.id) is required.",
            "invalid-date @ line 3 caseManagement.exit: A date must be written yyyy-MM-dd.",
            "invalid-date @ line 4 caseManagement.intake: A date must be written yyyy-MM-dd.",
        ]);
    }

    /// <summary>
    /// A line that is valid JSON but no object (an array, a number) was a bug found by this session: the reader threw
    /// InvalidOperationException from JsonElement.TryGetProperty instead of reporting the line.
    /// </summary>
    [Theory]
    [Trait("Rule", "R3")]
    [InlineData("[1,2]")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    public void ReadJsonLines_ValidJsonThatIsNoObject_IsReportedByLine(string line) =>
        CaseHistory.ReadJsonLines(Record() + "\n" + line).Problems.Select(p => $"{p.Code} @ {p.Path}").ShouldBe(["malformed-json @ line 2"]);

    [Fact]
    public void Arguments_AreChecked()
    {
        Should.Throw<ArgumentNullException>(() => CaseHistory.ReadJsonLines(null!)).ParamName.ShouldBe("jsonLines");
        Should.Throw<ArgumentNullException>(() => new CaseManagementIndicators((CatalogOptions)null!)).ParamName.ShouldBe("options");
        Should.Throw<ArgumentOutOfRangeException>(() => new CaseManagementIndicators(new CatalogOptions { MinimumCellSize = 1 })).Message.ShouldContain("at least 2");
        var indicators = new CaseManagementIndicators(new CatalogOptions { MinimumCellSize = 2 });
        Should.Throw<ArgumentNullException>(() => indicators.Compute(null!, IndicatorLevel.National)).ParamName.ShouldBe("histories");
        Should.Throw<ArgumentOutOfRangeException>(() => indicators.Compute([], (IndicatorLevel)9)).Message.ShouldContain("job centre, RD or national");
        var histories = CaseHistory.ReadJsonLines(Record() + "\n" + Record()).GetValueOrThrow();
        indicators.Compute(histories, IndicatorLevel.National).Single().Unit.ShouldBe("national"); // k = 2 is allowed and reached
    }
}
