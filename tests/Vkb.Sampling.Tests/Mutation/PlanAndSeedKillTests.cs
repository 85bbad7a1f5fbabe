using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// Boundaries and contracts of the seed, the commitment, the sample history and the assessment
/// plan that the Stryker run of session 4 found unpinned (see
/// docs/mutation/stryker-2026-12-05-sampling-session4.md).
/// </summary>
public class PlanAndSeedKillTests
{
    private static readonly YearMonth April = new(2025, 4);

    [Fact]
    [Trait("Rule", "S3")]
    public void Seed_LengthBoundaries_20And256Accepted_19And257Refused()
    {
        Seed.TryParse(new string('a', 20), out var twenty).ShouldBeTrue();
        twenty!.Value.ShouldBe(new string('a', 20));
        Seed.TryParse(new string('0', 256), out _).ShouldBeTrue();
        Seed.TryParse(new string('a', 19), out var none).ShouldBeFalse();
        none.ShouldBeNull();
        Seed.TryParse(new string('0', 257), out _).ShouldBeFalse();
        Seed.TryParse(null, out _).ShouldBeFalse();
        Seed.TryParse("0123456789abcdef0123`", out _).ShouldBeFalse();
        Seed.TryParse("0123456789abcdef0123/", out _).ShouldBeFalse();
        Seed.TryParse("0123456789abcdef0123:", out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => Seed.Parse(new string('a', 19))).Message.ShouldBe("A seed is 20 to 256 characters, each 0-9 or a-f.");
        Seed.Parse("9876543210fedcba9876").Value.ShouldBe("9876543210fedcba9876");
    }

    [Fact]
    public void Seed_FromDice_256DigitsAccepted_257Refused_NullRefused()
    {
        Seed.FromDice(new string('6', 256)).Value.Length.ShouldBe(256);
        Should.Throw<ArgumentException>(() => Seed.FromDice(new string('6', 257))).Message.ShouldContain("at most 256 characters");
        Should.Throw<ArgumentException>(() => Seed.FromDice("1234567890 1234567890 x")).Message.ShouldContain("only 0-9, spaces and dashes");
        Should.Throw<ArgumentNullException>(() => Seed.FromDice(null!));
        Should.Throw<ArgumentNullException>(() => Seed.Generate(null!));
    }

    [Fact]
    public void Seed_Equality_ByValue_OrdinalAndNullSafe()
    {
        var a = Seed.FromDice("12345678901234567890");
        var b = Seed.Parse("12345678901234567890");
        var c = Seed.Parse("12345678901234567891");
        (a == b).ShouldBeTrue();
        (a != b).ShouldBeFalse();
        (a == c).ShouldBeFalse();
        (a != c).ShouldBeTrue();
        a.Equals((object)b).ShouldBeTrue();
        a.Equals((object)"12345678901234567890").ShouldBeFalse();
        a.Equals(null).ShouldBeFalse();
        (a == null).ShouldBeFalse();
        (null == a).ShouldBeFalse();
        ((Seed?)null == null).ShouldBeTrue();
        (a != null).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ToString().ShouldBe("12345678901234567890");
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Commitment_Equality_DigestAndInstant_ToStringAndParse()
    {
        var seed = Seed.FromDice("11111111112222222222");
        var at = Instant.FromUtc(2025, 4, 1, 8, 0);
        var a = SeedCommitment.Create(seed, at);
        var b = SeedCommitment.Parse(a.Digest, at);
        var later = SeedCommitment.Create(seed, at + Duration.FromSeconds(1));
        var other = SeedCommitment.Create(Seed.FromDice("11111111112222222223"), at);
        (a == b).ShouldBeTrue();
        (a != b).ShouldBeFalse();
        (a == later).ShouldBeFalse();
        (a == other).ShouldBeFalse();
        (a != other).ShouldBeTrue();
        a.Equals((object)b).ShouldBeTrue();
        a.Equals((object)seed).ShouldBeFalse();
        a.Equals(null).ShouldBeFalse();
        (a == null).ShouldBeFalse();
        ((SeedCommitment?)null == null).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ToString().ShouldBe("sha256:" + a.Digest + " at 2025-04-01T08:00:00Z");
        Should.Throw<FormatException>(() => SeedCommitment.Parse("abc", at)).Message.ShouldBe("A seed commitment is 64 hexadecimal digits.");
        Should.Throw<ArgumentNullException>(() => SeedCommitment.Create(seed, (IClock)null!));
        Should.Throw<ArgumentNullException>(() => SeedCommitment.Create(null!, at));
        Should.Throw<ArgumentNullException>(() => a.Matches(null!));
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void History_KeysSampledBetween_InclusiveBounds_MonthsOutsideLeftOut_KeysOfOneMonthMerged()
    {
        var history = new SampleHistory();
        history.Add(April.PlusMonths(-3), ["old"]);
        history.Add(April.PlusMonths(-2), ["first"]);
        history.Add(April.PlusMonths(-1), ["last", "shared"]);
        history.Add(April.PlusMonths(-1), ["again", "shared"]);
        history.Add(April, ["current"]);
        history.KeysSampledBetween(April.PlusMonths(-2), April.PlusMonths(-1)).Order(StringComparer.Ordinal)
            .ShouldBe(["again", "first", "last", "shared"]);
        history.KeysSampledBetween(April, April).ShouldBe(["current"]);
        history.KeysSampledBetween(April.PlusMonths(1), April.PlusMonths(2)).ShouldBeEmpty();
        Should.Throw<ArgumentNullException>(() => history.Add(April, (IEnumerable<string>)null!));
        Should.Throw<ArgumentNullException>(() => history.Add(April, (SampleProtocol)null!));
    }

    [Fact]
    [Trait("Rule", "C8")]
    public void Phase_MonthCount_AcrossAYearBoundary()
    {
        var phase = AssessmentPhase.Create("p", "placement", new YearMonth(2025, 11), new YearMonth(2026, 1), AssessmentKind.Introduction, approvalReference: "BMAS-1");
        phase.MonthCount.ShouldBe(3);
        AssessmentPhase.Create("q", "placement", new YearMonth(2024, 12), new YearMonth(2026, 2), AssessmentKind.Regular).MonthCount.ShouldBe(15);
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p", "placement", new YearMonth(2025, 11), new YearMonth(2026, 2), AssessmentKind.Introduction, approvalReference: "BMAS-1"));
    }

    [Fact]
    public void Phase_Contains_FirstAndLastMonthInclusive()
    {
        var phase = AssessmentPhase.Create("p", "placement", April, April.PlusMonths(2), AssessmentKind.Regular);
        phase.Contains(April.PlusMonths(-1)).ShouldBeFalse();
        phase.Contains(April).ShouldBeTrue();
        phase.Contains(April.PlusMonths(2)).ShouldBeTrue();
        phase.Contains(April.PlusMonths(3)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("ä")]
    [InlineData("p/1")]
    public void Phase_BadId_Refused(string id) =>
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create(id, "placement", April, April, AssessmentKind.Regular)).ParamName.ShouldBe("id");

    [Fact]
    public void Phase_IdLimitsAndCharacters()
    {
        AssessmentPhase.Create(new string('a', 100), "placement", April, April, AssessmentKind.Regular).Id.Length.ShouldBe(100);
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create(new string('a', 101), "placement", April, April, AssessmentKind.Regular));
        AssessmentPhase.Create("A-z_0.9", "placement", April, April, AssessmentKind.Regular).Id.ShouldBe("A-z_0.9");
        Should.Throw<ArgumentNullException>(() => AssessmentPhase.Create(null!, "placement", April, April, AssessmentKind.Regular));
        Should.Throw<ArgumentNullException>(() => AssessmentPhase.Create("p", null!, April, April, AssessmentKind.Regular));
        Should.Throw<ArgumentNullException>(() => AssessmentPhase.Create("p", AssessmentKind.Regular, April, April, null!, null));
    }

    [Fact]
    [Trait("Rule", "S11")]
    public void Phase_ProcessesAndKind_Validated()
    {
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p", AssessmentKind.Regular, April, April, [], null)).ParamName.ShouldBe("customerProcesses");
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p", AssessmentKind.Regular, April, April, ["placement", ""], null)).ParamName.ShouldBe("customerProcesses");
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p", AssessmentKind.Regular, April, April, ["placement", "placement"], null)).Message.ShouldContain("each customer process once");
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p", (AssessmentKind)7, April, April, ["placement"], "BMAS-1")).Message.ShouldContain("Unknown phase kind");
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p", AssessmentKind.RiskOriented, April, April, ["placement"], "  ")).ParamName.ShouldBe("approvalReference");
        Should.Throw<ArgumentOutOfRangeException>(() => AssessmentPhase.Create("p", AssessmentKind.Regular, April, April, ["placement"], null, regionalPerUnit: 0));
        var phase = AssessmentPhase.Create("p", AssessmentKind.RiskOriented, April, April, ["placement", "rehabilitation"], "BMAS-7", regionalPerUnit: 1, headOfficePerRd: 10);
        (phase.CustomerProcess, phase.ApprovalReference, phase.RegionalPerUnit, phase.HeadOfficePerRd, phase.Kind).ShouldBe(("placement", "BMAS-7", 1, 10, AssessmentKind.RiskOriented));
    }

    [Fact]
    public void Phase_Equality_EveryFieldCounts_ToStringNamesIdProcessesKindAndMonths()
    {
        AssessmentPhase Make(string id = "p", string process = "placement", int last = 6, AssessmentKind kind = AssessmentKind.RiskOriented, string reference = "BMAS-1", int rd = 10, int ho = 10) =>
            AssessmentPhase.Create(id, kind, April, new YearMonth(2025, last), [process, "rehabilitation"], reference, rd, ho);
        var a = Make();
        var b = Make();
        (a == b).ShouldBeTrue();
        (a != b).ShouldBeFalse();
        a.Equals((object)b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.Equals(null).ShouldBeFalse();
        a.Equals((object)"p").ShouldBeFalse();
        (a == null).ShouldBeFalse();
        ((AssessmentPhase?)null == null).ShouldBeTrue();
        AssessmentPhase[] others = [Make(id: "q"), Make(process: "employerService"), Make(last: 7), Make(kind: AssessmentKind.Regular), Make(reference: "BMAS-2"), Make(rd: 11), Make(ho: 11)];
        foreach (var other in others)
        {
            (a == other).ShouldBeFalse();
            (a != other).ShouldBeTrue();
        }

        AssessmentPhase.Create("p", AssessmentKind.RiskOriented, April, new YearMonth(2025, 6), ["placement"], "BMAS-1")
            .ShouldNotBe(AssessmentPhase.Create("p", AssessmentKind.RiskOriented, new YearMonth(2025, 5), new YearMonth(2025, 6), ["placement"], "BMAS-1"));
        a.ToString().ShouldBe("p (placement+rehabilitation, RiskOriented, 2025-04..2025-06)");
    }

    [Theory]
    [Trait("Rule", "S10")]
    [InlineData(1, 3, 4, 6, false)] // adjacent, no shared month
    [InlineData(1, 4, 4, 6, true)] // one shared month at the end
    [InlineData(4, 6, 1, 4, true)] // one shared month at the start
    [InlineData(7, 9, 1, 6, false)]
    public void Phase_ConflictsWith_OnlyWhenMonthsOverlap(int firstA, int lastA, int firstB, int lastB, bool conflict)
    {
        var a = AssessmentPhase.Create("a", AssessmentKind.Regular, new YearMonth(2025, firstA), new YearMonth(2025, lastA), ["placement"], null);
        var b = AssessmentPhase.Create("b", AssessmentKind.Regular, new YearMonth(2025, firstB), new YearMonth(2025, lastB), ["placement"], null);
        a.ConflictsWith(b).ShouldBe(conflict);
        b.ConflictsWith(a).ShouldBe(conflict);
        Should.Throw<ArgumentNullException>(() => a.ConflictsWith(null!));
    }

    [Fact]
    [Trait("Rule", "S10")]
    public void Phase_ConflictsWith_DifferentProcessesNeverConflict_TwoRiskOrientedDo()
    {
        var a = AssessmentPhase.Create("a", AssessmentKind.Regular, April, April, ["placement"], null);
        var b = AssessmentPhase.Create("b", AssessmentKind.Regular, April, April, ["rehabilitation"], null);
        a.ConflictsWith(b).ShouldBeFalse();
        var r1 = AssessmentPhase.Create("r1", AssessmentKind.RiskOriented, April, April, ["placement"], "BMAS-1");
        var r2 = AssessmentPhase.Create("r2", AssessmentKind.RiskOriented, April, April, ["placement"], "BMAS-2");
        r1.ConflictsWith(r2).ShouldBeTrue();
        r1.ConflictsWith(a).ShouldBeFalse();
        a.ConflictsWith(r1).ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "S11")]
    public void Plan_OrdersPhasesByFirstMonthThenId_RefusesDuplicateIds_AndNull()
    {
        var late = AssessmentPhase.Create("a-late", "placement", April.PlusMonths(3), April.PlusMonths(3), AssessmentKind.Regular);
        var early2 = AssessmentPhase.Create("z-early", "rehabilitation", April, April, AssessmentKind.Regular);
        var early1 = AssessmentPhase.Create("m-early", "employerService", April, April, AssessmentKind.Regular);
        SamplingPlan.Create([late, early2, early1]).Phases.Select(p => p.Id).ShouldBe(["m-early", "z-early", "a-late"]);
        var twin = AssessmentPhase.Create("a-late", "rehabilitation", April, April, AssessmentKind.Regular);
        Should.Throw<ArgumentException>(() => SamplingPlan.Create([late, twin])).Message.ShouldContain("Phase ids are unique");
        Should.Throw<ArgumentNullException>(() => SamplingPlan.Create(null!));
        var plan = SamplingPlan.Create([late, early2, early1]);
        plan.PhasesIn(April).Select(p => p.Id).ShouldBe(["m-early", "z-early"]);
        plan.PhasesIn(April.PlusMonths(1)).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "S1")]
    [Trait("Rule", "S5")]
    public void Plan_DrawsDue_DistinctSortedUnits_WithPhaseAndLevel_NullsRefused()
    {
        var phase = AssessmentPhase.Create("ph", "placement", April, April, AssessmentKind.Regular, regionalPerUnit: 7, headOfficePerRd: 11);
        var plan = SamplingPlan.Create([phase]);
        var due = plan.DrawsDue(April, ["TL-2", "TL-1", "TL-2"], ["RD-B", "RD-A", "RD-B"]);
        due.Select(d => (d.Level, d.Unit, d.Month, d.DrawId, d.PerUnit, d.Phase?.Id)).ShouldBe(
        [
            (DrawLevel.TeamLead, "TL-1", April, "TL-2025-04", 10, (string?)null),
            (DrawLevel.TeamLead, "TL-2", April, "TL-2025-04", 10, null),
            (DrawLevel.RegionalDirectorate, "RD-A", April, "RD-ph-2025-04", 7, "ph"),
            (DrawLevel.RegionalDirectorate, "RD-B", April, "RD-ph-2025-04", 7, "ph"),
            (DrawLevel.HeadOffice, "RD-A", April, "HO-ph-2025-04", 11, "ph"),
            (DrawLevel.HeadOffice, "RD-B", April, "HO-ph-2025-04", 11, "ph"),
        ]);
        Should.Throw<ArgumentNullException>(() => plan.DrawsDue(April, null!, []));
        Should.Throw<ArgumentNullException>(() => plan.DrawsDue(April, [], null!));
    }
}
