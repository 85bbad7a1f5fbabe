using System.Text;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The § 16a consent register (S7): the month boundaries of a consent and the register's two file
/// forms, as far as the Stryker run of session 4 found them unpinned
/// (docs/mutation/stryker-2026-12-05-sampling-session4.md).
/// </summary>
public class ConsentRegisterKillTests
{
    private static readonly YearMonth April = new(2025, 4);

    private static ConsentRegister Parse(string text) => ConsentRegister.Parse(Encoding.UTF8.GetBytes(text));

    private static string Json(string decisions) => "{ \"format\": \"vkb-consent-16a/1\", \"decisions\": [" + decisions + "] }";

    [Theory]
    [Trait("Rule", "S7")]
    [InlineData(2025, 4, 1, null, null, true)] // consent from the first day of the month
    [InlineData(2025, 4, 2, null, null, false)] // from the second day: not throughout
    [InlineData(2025, 3, 1, 2025, 4, true)] // ends on the last day (30 April): still throughout
    [InlineData(2025, 3, 1, 2025, 3, false)] // ends on 29 April (checked below with the day)
    public void ConsentsThroughout_FirstAndLastDayOfTheMonthCount(int y, int m, int d, int? endY, int? endM, bool expected)
    {
        LocalDate? ends = endY is null ? null : endM == 4 ? new LocalDate(2025, 4, 30) : new LocalDate(2025, 4, 29);
        var register = ConsentRegister.Create([new ConsentDecision("JC", true, new LocalDate(y, m, d), ends)]);
        register.ConsentsThroughout("JC", April).ShouldBe(expected);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void ConsentsThroughout_TheLatestDecisionTakenSoFarDecides_WhateverTheInputOrder()
    {
        var register = ConsentRegister.Create(
        [
            new ConsentDecision("JC", true, new LocalDate(2025, 5, 1), null),
            new ConsentDecision("JC", false, new LocalDate(2025, 3, 1), null),
            new ConsentDecision("JC", true, new LocalDate(2024, 1, 1), null),
        ]);
        register.ConsentsThroughout("JC", new YearMonth(2025, 2)).ShouldBeTrue();
        register.ConsentsThroughout("JC", April).ShouldBeFalse();
        register.ConsentsThroughout("JC", new YearMonth(2025, 5)).ShouldBeTrue();
        register.ConsentsThroughout("jc", new YearMonth(2025, 5)).ShouldBeFalse();
        register.Decisions.Select(d => d.DecidedOn.Month).ShouldBe([1, 3, 5]);
        ConsentRegister.Empty.ConsentsThroughout("JC", April).ShouldBeFalse();
        ConsentRegister.Empty.Decisions.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Create_RefusesNullsBadIdsBackwardDecisionsAndTwoDecisionsOfOneDay()
    {
        var day = new LocalDate(2025, 1, 1);
        Should.Throw<ArgumentNullException>(() => ConsentRegister.Create(null!));
        Should.Throw<ArgumentException>(() => ConsentRegister.Create([null!])).Message.ShouldContain("no null decision");
        Should.Throw<ArgumentException>(() => ConsentRegister.Create([new ConsentDecision(string.Empty, true, day, null)])).Message.ShouldContain("1 to 100 characters");
        Should.Throw<ArgumentException>(() => ConsentRegister.Create([new ConsentDecision(new string('j', 101), true, day, null)]));
        Should.Throw<ArgumentException>(() => ConsentRegister.Create([new ConsentDecision("J\tC", true, day, null)]));
        ConsentRegister.Create([new ConsentDecision(new string('j', 100), true, day, null)]).Decisions.Count.ShouldBe(1);
        Should.Throw<ArgumentException>(() => ConsentRegister.Create([new ConsentDecision("JC", true, day, day.PlusDays(-1))])).Message.ShouldContain("does not end before");
        ConsentRegister.Create([new ConsentDecision("JC", true, day, day)]).Decisions.Count.ShouldBe(1);
        Should.Throw<ArgumentException>(() => ConsentRegister.Create([new ConsentDecision("JC", true, day, null), new ConsentDecision("JC", false, day, null)]))
            .Message.ShouldContain("at most one decision per date");
        ConsentRegister.Create([new ConsentDecision("JC", true, day, null), new ConsentDecision("JD", false, day, null), new ConsentDecision("JC", false, day.PlusDays(1), null)])
            .Decisions.Select(d => (d.JobCentre, d.DecidedOn.Day)).ShouldBe([("JC", 1), ("JC", 2), ("JD", 1)]);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Digest_CanonicalText_OrderFree_ChangesWithEveryField()
    {
        var a = new ConsentDecision("JC", true, new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
        var b = new ConsentDecision("JD", false, new LocalDate(2025, 2, 1), null);
        var digest = ConsentRegister.Create([a, b]).Digest;
        ConsentRegister.Create([b, a]).Digest.ShouldBe(digest);
        var canonical = "vkb-consent-16a/1\nJC\tyes\t2025-01-01\t2025-12-31\nJD\tno\t2025-02-01\t\n";
        digest.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(canonical))));
        ConsentRegister.Create([a with { Consent = false }, b]).Digest.ShouldNotBe(digest);
        ConsentRegister.Create([a with { EndsOn = null }, b]).Digest.ShouldNotBe(digest);
        ConsentRegister.Empty.Digest.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("vkb-consent-16a/1\n"u8)));
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void ParseJson_ReadsEveryField()
    {
        var register = Parse(Json("""
            { "jobCentre": "J1", "consent": true, "decidedOn": "2025-01-02", "endsOn": "2025-06-30" },
            { "jobCentre": "J2", "consent": false, "decidedOn": "2025-01-03" }
            """));
        register.Decisions.ShouldBe(
        [
            new ConsentDecision("J1", true, new LocalDate(2025, 1, 2), new LocalDate(2025, 6, 30)),
            new ConsentDecision("J2", false, new LocalDate(2025, 1, 3), null),
        ]);
        Parse("  \n" + Json(string.Empty)).Decisions.ShouldBeEmpty();
    }

    [Theory]
    [Trait("Rule", "S7")]
    [InlineData("{", "The consent register is not valid JSON (line 1, byte 1).")]
    [InlineData("{\n  \"format\": \"vkb-consent-16a/1\",\n  \"decisions\": [ x ] }", "The consent register is not valid JSON (line 3, byte 17).")]
    [InlineData("{ \"decisions\": [] }", "$.format: must be \"vkb-consent-16a/1\".")]
    [InlineData("{ \"format\": 1, \"decisions\": [] }", "$.format: must be \"vkb-consent-16a/1\".")]
    [InlineData("{ \"format\": \"vkb-consent-16a/2\", \"decisions\": [] }", "$.format: must be \"vkb-consent-16a/1\".")]
    [InlineData("{ \"format\": \"vkb-consent-16a/1\" }", "$.decisions: must be an array of decisions.")]
    [InlineData("{ \"format\": \"vkb-consent-16a/1\", \"decisions\": {} }", "$.decisions: must be an array of decisions.")]
    [InlineData("{ \"format\": \"vkb-consent-16a/1\", \"decisions\": [], \"x\": 1 }", "$: unknown member (known: format, decisions).")]
    [InlineData("{ \"format\": \"vkb-consent-16a/1\", \"decisions\": [ 1 ] }", "$.decisions[0]: must be a JSON object.")]
    public void ParseJson_Malformed_PathNamed(string json, string message) =>
        Should.Throw<FormatException>(() => Parse(json)).Message.ShouldBe(message);

    [Theory]
    [Trait("Rule", "S7")]
    [InlineData("\"consent\": true, \"decidedOn\": \"2025-01-02\"", "$.decisions[1].jobCentre: must be a string.")]
    [InlineData("\"jobCentre\": 5, \"consent\": true, \"decidedOn\": \"2025-01-02\"", "$.decisions[1].jobCentre: must be a string.")]
    [InlineData("\"jobCentre\": \"J\", \"decidedOn\": \"2025-01-02\"", "$.decisions[1].consent: must be true or false.")]
    [InlineData("\"jobCentre\": \"J\", \"consent\": \"yes\", \"decidedOn\": \"2025-01-02\"", "$.decisions[1].consent: must be true or false.")]
    [InlineData("\"jobCentre\": \"J\", \"consent\": true", "$.decisions[1].decidedOn: must be a date yyyy-MM-dd.")]
    [InlineData("\"jobCentre\": \"J\", \"consent\": true, \"decidedOn\": 20250102", "$.decisions[1].decidedOn: must be a date yyyy-MM-dd.")]
    [InlineData("\"jobCentre\": \"J\", \"consent\": true, \"decidedOn\": \"2025-1-2\"", "$.decisions[1].decidedOn: must be a date yyyy-MM-dd.")]
    [InlineData("\"jobCentre\": \"J\", \"consent\": true, \"decidedOn\": \"2025-01-02\", \"endsOn\": 1", "$.decisions[1].endsOn: must be null or a date yyyy-MM-dd.")]
    [InlineData("\"jobCentre\": \"J\", \"consent\": true, \"decidedOn\": \"2025-01-02\", \"endsOn\": \"2025-01-01\"", "$.decisions[1]: endsOn lies before decidedOn.")]
    [InlineData("\"jobCentre\": \"\", \"consent\": true, \"decidedOn\": \"2025-01-02\"", "$.decisions[1]: the job centre id has 1 to 100 characters and no control characters.")]
    [InlineData("\"jobCentre\": \"J\\u0007\", \"consent\": true, \"decidedOn\": \"2025-01-02\"", "$.decisions[1]: the job centre id has 1 to 100 characters and no control characters.")]
    public void ParseJson_BadDecision_PathOfTheDecisionNamed(string members, string message) =>
        Should.Throw<FormatException>(() => Parse(Json("{ \"jobCentre\": \"OK\", \"consent\": true, \"decidedOn\": \"2024-01-01\" }, { " + members + " }")))
            .Message.ShouldBe(message);

    [Fact]
    [Trait("Rule", "S7")]
    public void Parse_DecisionEndingOnTheDayItIsTaken_Accepted()
    {
        Parse("jobCentre,consent,decidedOn,endsOn\nJ,yes,2025-01-02,2025-01-02\n").Decisions.Single().EndsOn.ShouldBe(new LocalDate(2025, 1, 2));
        Parse(Json("{ \"jobCentre\": \"J\", \"consent\": true, \"decidedOn\": \"2025-01-02\", \"endsOn\": \"2025-01-02\" }")).Decisions.Single().EndsOn.ShouldBe(new LocalDate(2025, 1, 2));
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void ParseJson_TwoDecisionsOfOneDay_NotValid() =>
        Should.Throw<FormatException>(() => Parse(Json("""
            { "jobCentre": "J", "consent": true, "decidedOn": "2025-01-02" },
            { "jobCentre": "J", "consent": false, "decidedOn": "2025-01-02" }
            """))).Message.ShouldStartWith("The consent register is not valid: A job centre has at most one decision per date.");

    [Fact]
    [Trait("Rule", "S7")]
    public void ParseCsv_CommentsBlankLinesSpacesAndBothSpellings()
    {
        var register = Parse("# register of 2025\n\n jobCentre , consent , decidedOn , endsOn \n# a comment\nJ1,true,2025-01-02,\r\nJ2, false ,2025-01-03,2025-02-01\n   \nJ3,no,2025-01-04,");
        register.Decisions.ShouldBe(
        [
            new ConsentDecision("J1", true, new LocalDate(2025, 1, 2), null),
            new ConsentDecision("J2", false, new LocalDate(2025, 1, 3), new LocalDate(2025, 2, 1)),
            new ConsentDecision("J3", false, new LocalDate(2025, 1, 4), null),
        ]);
        Parse("jobCentre,consent,decidedOn,endsOn\n").Decisions.ShouldBeEmpty();
    }

    [Theory]
    [Trait("Rule", "S7")]
    [InlineData("", "line 1: the header must be jobCentre,consent,decidedOn,endsOn.")]
    [InlineData("# only a comment\n", "line 1: the header must be jobCentre,consent,decidedOn,endsOn.")]
    [InlineData("\njobCentre,consent,decidedOn\nJ,yes,2025-01-01\n", "line 2: the header must be jobCentre,consent,decidedOn,endsOn.")]
    [InlineData("jobCentre,consent,decidedOn,endsOn\nJ,yes,2025-01-01\n", "line 2: a decision has 4 columns: jobCentre,consent,decidedOn,endsOn.")]
    [InlineData("jobCentre,consent,decidedOn,endsOn\nJ,yes,2025-01-01,,\n", "line 2: a decision has 4 columns: jobCentre,consent,decidedOn,endsOn.")]
    [InlineData("jobCentre,consent,decidedOn,endsOn\n\nJ,ja,2025-01-01,\n", "line 3: consent must be yes or no.")]
    [InlineData("jobCentre,consent,decidedOn,endsOn\nJ,yes,01.01.2025,\n", "line 2 decidedOn: must be a date yyyy-MM-dd.")]
    [InlineData("jobCentre,consent,decidedOn,endsOn\nJ,yes,2025-01-01,2025-13-01\n", "line 2 endsOn: must be a date yyyy-MM-dd.")]
    [InlineData("jobCentre,consent,decidedOn,endsOn\nJ,yes,2025-01-02,2025-01-01\n", "line 2: endsOn lies before decidedOn.")]
    [InlineData("jobCentre,consent,decidedOn,endsOn\n,yes,2025-01-02,\n", "line 2: the job centre id has 1 to 100 characters and no control characters.")]
    public void ParseCsv_Malformed_LineNamed(string csv, string message) =>
        Should.Throw<FormatException>(() => Parse(csv)).Message.ShouldBe(message);

    [Fact]
    [Trait("Rule", "S7")]
    public void Parse_SizeLimitInclusive_InvalidUtf8Refused()
    {
        var csv = Encoding.UTF8.GetBytes("jobCentre,consent,decidedOn,endsOn\nJ,yes,2025-01-02,\n");
        ConsentRegister.Parse(csv, maximumBytes: csv.Length).Decisions.Count.ShouldBe(1);
        Should.Throw<FormatException>(() => ConsentRegister.Parse(csv, maximumBytes: csv.Length - 1)).Message.ShouldBe("The consent register is larger than 52 bytes.");
        csv.Length.ShouldBe(53);
        Should.Throw<FormatException>(() => ConsentRegister.Parse(new byte[] { 0x6a, 0xff, 0x0a })).Message.ShouldBe("The consent register is not valid UTF-8.");
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Parse_JobCentreIdOf100CharactersRead_101RefusedAtItsLine()
    {
        const string Header = "jobCentre,consent,decidedOn,endsOn\n";
        Parse(Header + new string('j', 100) + ",yes,2025-01-02,\n").Decisions.Single().JobCentre.Length.ShouldBe(100);
        Should.Throw<FormatException>(() => Parse(Header + new string('j', 101) + ",yes,2025-01-02,\n"))
            .Message.ShouldBe("line 2: the job centre id has 1 to 100 characters and no control characters.");
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void ConsentsThroughout_NoJobCentre_NoConsent() =>
        ConsentRegister.Create([new ConsentDecision("JC", true, new LocalDate(2024, 1, 1), null)]).ConsentsThroughout(null, April).ShouldBeFalse();
}
