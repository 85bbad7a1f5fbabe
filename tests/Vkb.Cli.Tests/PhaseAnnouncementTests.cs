using System.Text;
using NodaTime;
using Vkb.Cli.Phases;

namespace Vkb.Cli.Tests;

public sealed class PhaseAnnouncementTests
{
    private const string Valid = """
        {
          "format": "vkb-phases/1",
          "phases": [
            { "id": "2025-Q2", "kind": "regular", "from": "2025-04", "to": "2025-06", "customerProcesses": ["placement"], "approvalReference": null },
            { "id": "rehab-intro", "kind": "introduction", "from": "2025-04", "to": "2025-06", "customerProcesses": ["rehabilitation"], "approvalReference": "BMAS-IIa1-2025-17" },
            { "id": "risk-2025-05", "kind": "riskOriented", "from": "2025-05", "to": "2025-05", "customerProcesses": ["placement"], "approvalReference": "BMAS-IIa1-2025-22" }
          ]
        }
        """;

    private static (PhaseAnnouncement? Announcement, IReadOnlyList<string> Problems) Parse(string json) => PhaseAnnouncement.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    [Trait("Rule", "S11")]
    [Trait("Rule", "S10")]
    public void Parse_ValidFile_ReadsEveryPhase_RiskOrientedBesideRegular()
    {
        var (announcement, problems) = Parse(Valid);

        problems.ShouldBeEmpty();
        announcement!.Phases.Select(p => p.Id).ShouldBe(["2025-Q2", "rehab-intro", "risk-2025-05"]);
        announcement.Phases[2].Kind.ShouldBe(PhaseKind.RiskOriented);
        announcement.Covering(new YearMonth(2025, 5), "placement").Count.ShouldBe(2);
        announcement.Covering(new YearMonth(2025, 7)).ShouldBeEmpty();
    }

    [Theory]
    [Trait("Rule", "S11")]
    [Trait("Rule", "C8")]
    [InlineData("\"to\": \"2025-06\", \"customerProcesses\": [\"rehabilitation\"]", "\"to\": \"2025-07\", \"customerProcesses\": [\"rehabilitation\"]", "$.phases[1]: an introduction phase lasts at most 3 months (C8).")]
    [InlineData("\"BMAS-IIa1-2025-22\"", "null", "$.phases[2].approvalReference: an introduction or risk-oriented phase needs the reference of the BMAS approval (S11).")]
    [InlineData("\"BMAS-IIa1-2025-17\"", "null", "$.phases[1].approvalReference: an introduction or risk-oriented phase needs the reference of the BMAS approval (S11).")]
    [InlineData("\"kind\": \"regular\"", "\"kind\": \"monthly\"", "$.phases[0].kind: must be introduction, regular or riskOriented.")]
    [InlineData("[\"placement\"], \"approvalReference\": null", "[\"placement\", \"jobCoaching\"], \"approvalReference\": null", "$.phases[0].customerProcesses[1]: unknown customer process")]
    [InlineData("\"from\": \"2025-04\", \"to\": \"2025-06\", \"customerProcesses\": [\"placement\"]", "\"from\": \"2025-07\", \"to\": \"2025-06\", \"customerProcesses\": [\"placement\"]", "$.phases[0]: \"from\" lies after \"to\".")]
    [InlineData("\"id\": \"rehab-intro\"", "\"id\": \"2025-Q2\"", "$.phases: the id \"2025-Q2\" is used by 2 phases; ids are unique.")]
    [InlineData("\"id\": \"2025-Q2\",", "\"id\": \"2025-Q2\", \"id\": \"2025-Q3\",", "$.phases[0].id: the member occurs more than once.")]
    [InlineData("\"id\": \"2025-Q2\",", "\"id\": \"2025-Q2\", \"owner\": \"HO\",", "$.phases[0]: unknown member \"owner\"")]
    [InlineData("\"format\": \"vkb-phases/1\",", "\"format\": \"vkb-phases/1\", \"format\": \"vkb-phases/1\",", "$.format: the member occurs more than once.")]
    [InlineData("\"format\": \"vkb-phases/1\"", "\"format\": \"vkb-phases/2\"", "$.format: must be \"vkb-phases/1\".")]
    [InlineData("\"from\": \"2025-05\", \"to\": \"2025-05\"", "\"from\": \"2025-5\", \"to\": \"2025-05\"", "$.phases[2].from: must be a month as yyyy-MM")]
    [InlineData(", \"approvalReference\": null }", " }", "$.phases[0].approvalReference: missing")]
    public void Parse_BrokenRule_RefusedWithPath(string from, string to, string problem)
    {
        var json = Valid.Replace(from, to, StringComparison.Ordinal);
        json.ShouldNotBe(Valid);

        var (announcement, problems) = Parse(json);

        announcement.ShouldBeNull();
        problems.ShouldContain(p => p.StartsWith(problem, StringComparison.Ordinal), string.Join("\n", problems));
    }

    [Theory]
    [Trait("Rule", "S11")]
    [InlineData("regular", "regular", true)]
    [InlineData("regular", "introduction", true)]
    [InlineData("riskOriented", "riskOriented", true)]
    [InlineData("riskOriented", "regular", false)]
    public void Parse_TwoPhasesSharingAMonthAndProcess_OverlapRule(string kindA, string kindB, bool refused)
    {
        var json = $$"""
            { "format": "vkb-phases/1", "phases": [
              { "id": "a", "kind": "{{kindA}}", "from": "2025-04", "to": "2025-06", "customerProcesses": ["placement", "rehabilitation"], "approvalReference": "R-1" },
              { "id": "b", "kind": "{{kindB}}", "from": "2025-06", "to": "2025-08", "customerProcesses": ["rehabilitation"], "approvalReference": "R-2" } ] }
            """;

        var (announcement, problems) = Parse(json);

        if (refused)
        {
            announcement.ShouldBeNull();
            problems.ShouldHaveSingleItem().ShouldStartWith("$.phases: \"a\" and \"b\" overlap in 2025-06 for the process rehabilitation");
        }
        else
        {
            problems.ShouldBeEmpty();
        }
    }

    [Fact]
    [Trait("Rule", "S11")]
    public void Parse_NoOverlapWhenProcessesDiffer()
    {
        var (_, problems) = Parse(Valid.Replace("\"2025-Q2\", \"kind\": \"regular\", \"from\": \"2025-04\"", "\"2025-Q2\", \"kind\": \"regular\", \"from\": \"2025-01\"", StringComparison.Ordinal));
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Parse_ManyProblems_AllListed()
    {
        var json = """
            { "format": "x", "extra": 1, "phases": [
              { "id": "", "kind": "k", "from": "2025-13", "to": 5, "customerProcesses": [], "approvalReference": 3 },
              7 ] }
            """;

        var (announcement, problems) = Parse(json);

        announcement.ShouldBeNull();
        problems.Count.ShouldBeGreaterThanOrEqualTo(8, string.Join("\n", problems));
        problems.ShouldContain("$.phases[1]: a phase must be a JSON object.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{ \"format\": \"vkb-phases/1\", \"phases\": [] }")]
    [InlineData("{ \"format\": \"vkb-phases/1\" ")]
    public void Parse_EmptyOrMalformed_Refused(string json) => Parse(json).Announcement.ShouldBeNull();

    [Fact]
    public void Read_TooLarge_ExitTwoWithoutReadingAll()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, new byte[2 * 1024 * 1024]);
            var ex = Should.Throw<CliException>(() => PhaseAnnouncement.Read(path));
            ex.ExitCode.ShouldBe(ExitCodes.InputError);
            ex.Message.ShouldContain("larger than the limit of 1,048,576 bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    [Trait("Rule", "S11")]
    [Trait("Rule", "E5")]
    public void RequireMonthAndPeriod_OutsidePhases_ExitTwo()
    {
        var announcement = Parse(Valid).Announcement!;

        announcement.RequireMonth(new YearMonth(2025, 4), "the draw month").Count.ShouldBe(2);
        Should.Throw<CliException>(() => announcement.RequireMonth(new YearMonth(2025, 7), "the draw month")).Message
            .ShouldBe("--phases: the draw month 2025-07 lies outside every announced assessment phase (S11); announced: 2025-Q2 2025-04..2025-06, rehab-intro 2025-04..2025-06, risk-2025-05 2025-05..2025-05.");
        Should.Throw<CliException>(() => announcement.RequireMonth(new YearMonth(2025, 4), "the month", process: "employerService"));
        announcement.RequirePeriod(new LocalDate(2025, 4, 10), new LocalDate(2025, 6, 30), "the grant").Id.ShouldBe("2025-Q2");
        Should.Throw<CliException>(() => announcement.RequirePeriod(new LocalDate(2025, 4, 10), new LocalDate(9999, 12, 31), "the grant")).ExitCode.ShouldBe(2);
    }
}
