using NodaTime;

using Vkb.Catalog.Indicators;

namespace Vkb.Catalog.Tests;

public class CaseManagementIndicatorsTests
{
    private static string Line(string jobCentre, string rd, string firstProfile, string lastProfile, bool employment, string outcome, string? exit) =>
        "{\"customerNumber\":\"PSN-C-x\",\"regionalDirectorate\":\"" + rd + "\",\"jobCentre\":{\"id\":\"" + jobCentre + "\",\"name\":\"Jobcenter\"}," +
        "\"team\":\"PSN-T-1\",\"teamLead\":{\"id\":\"PSN-S-1\"},\"caseWorker\":{\"id\":\"PSN-S-2\"},\"customerProcess\":\"placement\"," +
        "\"profileHistory\":[{\"from\":\"2024-01-10\",\"profile\":\"" + firstProfile + "\"},{\"from\":\"2024-06-01\",\"profile\":\"" + lastProfile + "\"}]," +
        "\"events\":[{\"date\":\"2024-02-01\",\"type\":\"" + (employment ? "employment" : "counselling") + "\",\"channel\":\"phone\",\"note\":\"[PERSON] angerufen\"}]," +
        "\"measures\":[{\"start\":\"2024-03-04\",\"end\":\"2024-06-28\",\"kind\":\"activation\",\"outcome\":\"" + outcome + "\"}]," +
        "\"caseManagement\":{\"intake\":\"2024-01-10\",\"exit\":" + (exit is null ? "null" : "\"" + exit + "\"") + ",\"exitReason\":null}}";

    private static string Extract()
    {
        var lines = new List<string>();
        // Job centre 96201: 12 cases, 8 moved towards the market, 6 took up employment, 12 completed a measure, 10 exits.
        for (var i = 0; i < 12; i++)
        {
            lines.Add(Line("96201", "NRW", "development", i < 8 ? "activation" : "assistance", i < 6, "completed", i < 10 ? "2024-12-01" : null));
        }

        // Job centre 96202: 3 cases only.
        for (var i = 0; i < 3; i++)
        {
            lines.Add(Line("96202", "NRW", "support", "market", true, "aborted", null));
        }

        // Job centre 91101 in BY: 7 cases; 1 took up employment.
        for (var i = 0; i < 7; i++)
        {
            lines.Add(Line("91101", "BY", "market", "market", i == 0, "ongoing", null));
        }

        return string.Join("\n", lines) + "\n";
    }

    [Fact]
    [Trait("Rule", "R2")]
    [Trait("Rule", "R3")]
    [Trait("Rule", "R1")]
    public void Compute_PerJobCentre_CountsIndicatorsAndSuppressesSmallCells()
    {
        var histories = CaseHistory.ReadJsonLines(Extract()).GetValueOrThrow();

        var rows = new CaseManagementIndicators().Compute(histories, IndicatorLevel.JobCentre);

        rows.ShouldBe(
        [
            new IndicatorRow("91101", 7, 7, 0, null, 0, 0),      // 1 employment: small cell suppressed
            new IndicatorRow("96201", 12, 12, null, 6, null, 12), // 10 exits and 8 moved: their complements (2, 4) are small cells
            new IndicatorRow("96202", null, null, null, null, null, null), // fewer than k cases
        ]);
    }

    [Fact]
    [Trait("Rule", "R2")]
    public void Compute_PerRdAndNational_AggregatesAboveJobCentre()
    {
        var histories = CaseHistory.ReadJsonLines(Extract()).GetValueOrThrow();
        var indicators = new CaseManagementIndicators();

        indicators.Compute(histories, IndicatorLevel.RegionalDirectorate).Select(r => (r.Unit, r.Cases, r.MovedTowardsMarket)).ShouldBe([("BY", (int?)7, (int?)0), ("NRW", 15, null)]); // 11 of 15 moved: complement 4 suppressed
        indicators.Compute(histories, IndicatorLevel.National).Single().Cases.ShouldBe(22);
    }

    [Fact]
    public void ReadJsonLines_BadLines_ReportLineAndFieldWithoutValues()
    {
        var text = "{\"regionalDirectorate\":\"NRW\"}\nnot json\n{\"regionalDirectorate\":\"NRW\",\"jobCentre\":{\"id\":\"1\"},\"profileHistory\":[{\"from\":\"2024-01-01\",\"profile\":\"Müller\"}],\"caseManagement\":{\"intake\":\"10.01.2024\"}}";

        var result = CaseHistory.ReadJsonLines(text);

        result.Problems.Select(p => $"{p.Code} {p.Path}").ShouldBe(
        [
            "missing-field line 1 jobCentre.id",
            "malformed-json line 2",
            "invalid-profile line 3 profileHistory[0]",
            "invalid-date line 3 caseManagement.intake",
        ]);
        result.Validation.ToString().ShouldNotContain("Müller");
    }

    [Fact]
    public void ReadJsonLines_DuplicateKey_RejectsTheRecord()
    {
        var text = "{\"regionalDirectorate\":\"NRW\",\"jobCentre\":{\"id\":\"1\",\"id\":\"2\"}}";

        CaseHistory.ReadJsonLines(text).Problems.Select(p => $"{p.Code} {p.Path}").ShouldBe(["duplicate-key line 1"]);
    }

    [Fact]
    [Trait("Rule", "C2")]
    public void CaseManagement_IsPartOfPlacement_NotAProcess()
    {
        var line = "{\"regionalDirectorate\":\"NRW\",\"jobCentre\":{\"id\":\"1\"},\"customerProcess\":\"placement\",\"caseManagement\":{\"intake\":\"2024-01-10\"}}\n" +
                   "{\"regionalDirectorate\":\"NRW\",\"jobCentre\":{\"id\":\"1\"},\"customerProcess\":\"caseManagement\"}";

        var histories = CaseHistory.ReadJsonLines(line).GetValueOrThrow();

        histories[0].IsCaseManagement.ShouldBeTrue();
        histories[0].CustomerProcess.ShouldBe("placement");
        histories[1].IsCaseManagement.ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "R1")]
    public void IndicatorLevels_StopAtTheJobCentre() =>
        Enum.GetNames<IndicatorLevel>().ShouldBe(["JobCentre", "RegionalDirectorate", "National"]);
}
