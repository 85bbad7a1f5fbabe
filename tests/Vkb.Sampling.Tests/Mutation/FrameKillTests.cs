using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The sample frame (S2, S6, S7, S9): rule limits, reasons, the § 16a declaration and what the
/// protocol records of it, as far as the Stryker run of session 4 found them unpinned
/// (docs/mutation/stryker-2026-12-05-sampling-session4.md).
/// </summary>
public class FrameKillTests
{
    private static readonly Seed TestSeed = Seed.Parse("16180339887498948482");
    private static readonly SeedCommitment Commitment = SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 1, 8, 0));
    private static readonly YearMonth April = new(2025, 4);

    private sealed record Case(string Key, string Unit, string? Stratum, bool Marked, string? JobCentre, bool? Stated);

    private static SampleFrame<Case> Bare() => SampleFrame.Create<Case>(c => c.Key, c => c.Unit, c => c.Stratum!);

    private static SampleProtocol Draw(IEnumerable<Case> cases, SampleFrame<Case> frame, int perUnit = 10) =>
        Sampler.Draw(cases, frame, SampleParameters.Create("D", perUnit, level: DrawLevel.RegionalDirectorate), TestSeed, Commitment);

    [Fact]
    public void Rules_AtMost63_The64thRefused_OrderKeptInExclusionReasons()
    {
        var frame = Bare().WithoutSection16a("no 16a cases");
        for (var i = 0; i < 63; i++)
        {
            frame = frame.ExcludeKeys("r" + i, [$"K{i}"]);
        }

        frame.ExclusionReasons.Count.ShouldBe(63);
        frame.ExclusionReasons[0].ShouldBe("r0");
        frame.ExclusionReasons[62].ShouldBe("r62");
        Should.Throw<ArgumentException>(() => frame.ExcludeWhen("r63", _ => true)).Message.ShouldContain("at most 63 exclusion rules");

        // The 63rd rule (bit 62) still excludes.
        var protocol = Draw([new Case("K62", "A", "s", false, null, null), new Case("K1", "A", "s", false, null, null), new Case("Z", "A", "s", false, null, null)], frame);
        protocol.Excluded.Select(e => (e.Key, e.Reason)).ShouldBe([("K1", "r1"), ("K62", "r62")]);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void WithSection16a_ReplacesTheEarlierSection16aRule_AndCountsAgainstTheLimit()
    {
        var register = ConsentRegister.Create([new ConsentDecision("J1", true, new LocalDate(2024, 1, 1), null)]);
        var frame = Bare().ExcludeKeys("first", ["K1"]).WithSection16a(c => c.Marked, c => c.JobCentre, register, April).ExcludeKeys("last", ["K2"]);
        frame.ExclusionReasons.ShouldBe(["first", SampleFrame.Section16aReason, "last"]);
        var again = frame.WithSection16a(c => c.Marked, c => c.JobCentre, ConsentRegister.Empty, April);
        again.ExclusionReasons.ShouldBe(["first", "last", SampleFrame.Section16aReason]);
        frame.WithoutSection16a("none").ExclusionReasons.ShouldBe(["first", "last"]);

        var full = Bare();
        for (var i = 0; i < 62; i++)
        {
            full = full.ExcludeKeys("r" + i, []);
        }

        full.WithSection16a(c => c.Marked, c => c.JobCentre, register, April).ExclusionReasons.Count.ShouldBe(63);
        Should.Throw<ArgumentException>(() => full.ExcludeKeys("r62", []).WithSection16a(c => c.Marked, c => c.JobCentre, register, April)).Message.ShouldContain("at most 63");
        Should.Throw<ArgumentNullException>(() => Bare().WithSection16a(null!, c => c.JobCentre, register, April));
        Should.Throw<ArgumentNullException>(() => Bare().WithSection16a(c => c.Marked, null!, register, April));
        Should.Throw<ArgumentNullException>(() => Bare().WithSection16a(c => c.Marked, c => c.JobCentre, null!, April));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a\u0000b")]
    public void Reasons_EmptyOrControlCharacters_Refused(string reason)
    {
        Should.Throw<ArgumentException>(() => Bare().ExcludeKeys(reason, [])).ParamName.ShouldBe("reason");
        Should.Throw<ArgumentException>(() => Bare().ExcludeWhen(reason, _ => true)).ParamName.ShouldBe("reason");
        Should.Throw<ArgumentException>(() => Bare().WithoutSection16a(reason)).ParamName.ShouldBe("reason");
    }

    [Fact]
    public void Reasons_200Accepted_201Refused_NullsRefused()
    {
        Bare().ExcludeKeys(new string('r', 200), []).ExclusionReasons.ShouldBe([new string('r', 200)]);
        Should.Throw<ArgumentException>(() => Bare().ExcludeKeys(new string('r', 201), []));
        Should.Throw<ArgumentNullException>(() => Bare().ExcludeKeys(null!, []));
        Should.Throw<ArgumentNullException>(() => Bare().ExcludeKeys("r", null!));
        Should.Throw<ArgumentNullException>(() => Bare().ExcludeWhen("r", null!));
        Should.Throw<ArgumentNullException>(() => SampleFrame.Create<Case>(null!, c => c.Unit));
        Should.Throw<ArgumentNullException>(() => SampleFrame.Create<Case>(c => c.Key, null!));
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void ExcludeSampledInPreviousMonths_TheMonthsBeforeNotTheMonthItself_ReasonNamesTheCount()
    {
        var history = new SampleHistory();
        history.Add(April, ["NOW"]);
        history.Add(April.PlusMonths(-1), ["M1"]);
        history.Add(April.PlusMonths(-2), ["M2"]);
        history.Add(April.PlusMonths(-3), ["M3"]);
        var frame = Bare().WithoutSection16a("none").ExcludeSampledInPreviousMonths(history, April, 2);
        frame.ExclusionReasons.ShouldBe(["sampled-in-previous-2-months"]);
        var protocol = Draw(new[] { "NOW", "M1", "M2", "M3" }.Select(k => new Case(k, "A", "s", false, null, null)), frame);
        protocol.Excluded.Select(e => e.Key).ShouldBe(["M1", "M2"]);
        Bare().ExcludeSampledInPreviousMonths(history, April, 120).ExclusionReasons.ShouldBe(["sampled-in-previous-120-months"]);
        Should.Throw<ArgumentOutOfRangeException>(() => Bare().ExcludeSampledInPreviousMonths(history, April, 0));
        Should.Throw<ArgumentOutOfRangeException>(() => Bare().ExcludeSampledInPreviousMonths(history, April, 121));
        Should.Throw<ArgumentNullException>(() => Bare().ExcludeSampledInPreviousMonths(null!, April, 1));
    }

    [Fact]
    [Trait("Rule", "S6")]
    public void RestrictToUnit_KeepsRulesAndSection16a_EmptyOrNullRefused()
    {
        var frame = Bare().WithoutSection16a("none").ExcludeKeys("r", ["K1"]).RestrictToUnit("RD-1");
        frame.OnlyUnit.ShouldBe("RD-1");
        frame.DeclaresSection16a.ShouldBeTrue();
        frame.ExclusionReasons.ShouldBe(["r"]);
        Bare().OnlyUnit.ShouldBeNull();
        Draw([new Case("K1", "RD-1", "s", false, null, null), new Case("K2", "RD-1", "s", false, null, null)], frame).Excluded.ShouldHaveSingleItem().Key.ShouldBe("K1");
        var ex = Should.Throw<InvalidOperationException>(() => Draw([new Case("K1", "RD-1", "s", false, null, null), new Case("K2", "RD-2", "s", false, null, null)], frame));
        ex.Message.ShouldStartWith("Population item 2 belongs to another unit");
        ex.Message.ShouldNotContain("RD-2");
        Should.Throw<ArgumentException>(() => Bare().RestrictToUnit(string.Empty)).ParamName.ShouldBe("unit");
        Should.Throw<ArgumentNullException>(() => Bare().RestrictToUnit(null!));
        Bare().WithoutSection16a("none").RestrictToUnit("RD-1").ExcludeKeys("x", []).WithoutSection16a("y").OnlyUnit.ShouldBe("RD-1");
    }

    [Theory]
    [InlineData(null, "A", "s", "Population item 1: the key selector returned no value.")]
    [InlineData("", "A", "s", "Population item 1: the key selector returned no value.")]
    [InlineData("K", null, "s", "Population item 1: the unit selector returned no value.")]
    [InlineData("K", "A", "", "Population item 1: the stratum selector returned no value.")]
    public void Selectors_ReturningNothing_NameTheItemAndTheSelector(string? key, string? unit, string? stratum, string message) =>
        Should.Throw<InvalidOperationException>(() => Draw([new Case(key!, unit!, stratum, false, null, null)], Bare().WithoutSection16a("none"))).Message.ShouldBe(message);

    [Fact]
    public void NoStratumSelector_EveryItemInStratumAll()
    {
        var frame = SampleFrame.Create<Case>(c => c.Key, c => c.Unit).WithoutSection16a("none");
        Draw([new Case("K1", "A", null, false, null, null), new Case("K2", "A", "ignored", false, null, null)], frame)
            .Units.Single().Strata.Select(s => (s.Stratum, s.Eligible)).ShouldBe([("all", 2L)]);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Section16aSummary_RegisterRule_MarkedDisagreementsAndExclusionsPerUnit()
    {
        var register = ConsentRegister.Create(
        [
            new ConsentDecision("J-YES", true, new LocalDate(2024, 1, 1), null),
            new ConsentDecision("J-NO", false, new LocalDate(2024, 1, 1), null),
        ]);
        var frame = Bare().WithSection16a(c => c.Marked, c => c.JobCentre, register, April, c => c.Stated);
        frame.DeclaresSection16a.ShouldBeTrue();
        frame.ConsentRegister.ShouldBeSameAs(register);
        frame.ConsentMonth.ShouldBe(April);
        Case[] cases =
        [
            new("K1", "A", "s", true, "J-YES", true), // marked, consent, stated agrees
            new("K2", "A", "s", true, "J-NO", true), // marked, no consent: excluded; stated disagrees
            new("K3", "B", "s", false, "J-NO", null), // not marked: stays
            new("K4", "B", "s", true, null, false), // marked, no job centre: excluded; stated agrees
            new("K5", "B", "s", false, "J-YES", false), // not marked; stated disagrees
        ];
        var protocol = Draw(cases, frame);
        var summary = protocol.Section16a!;
        (summary.Rule, summary.RegisterSha256, summary.RegisterDecisions, summary.Month, summary.Marked, summary.StatedConsentDisagreements, summary.Reason)
            .ShouldBe((Section16aSummary.ConsentRegisterRule, register.Digest, (int?)2, "2025-04", 3L, 2L, (string?)null));
        summary.ExcludedPerUnit.Select(e => (e.Unit, e.Excluded)).ShouldBe([("A", 1L), ("B", 1L)]);
        protocol.Excluded.Select(e => (e.Key, e.Reason)).ShouldBe([("K2", SampleFrame.Section16aReason), ("K4", SampleFrame.Section16aReason)]);
        Sampler.Verify(protocol, cases, frame).IsValid.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Section16aSummary_EmptyRegister_NoMonth_NotApplicable_ReasonOnly()
    {
        var frame = Bare().WithSection16a(c => c.Marked, c => c.JobCentre, ConsentRegister.Empty, April);
        var summary = Draw([new Case("K1", "A", "s", true, "J", null)], frame).Section16a!;
        (summary.Rule, summary.RegisterDecisions, summary.Month, summary.Marked).ShouldBe((Section16aSummary.ConsentRegisterRule, (int?)0, (string?)null, 1L));
        summary.RegisterSha256.ShouldBe(ConsentRegister.Empty.Digest);

        var none = Bare().WithoutSection16a("the extract holds no § 16a cases");
        none.ConsentRegister.ShouldBeNull();
        none.ConsentMonth.ShouldBeNull();
        var na = Draw([new Case("K1", "A", "s", true, "J", null)], none).Section16a!;
        (na.Rule, na.Reason, na.RegisterSha256, na.Month, na.Marked).ShouldBe((Section16aSummary.NotApplicable, "the extract holds no § 16a cases", (string?)null, (string?)null, 0L));
        na.ExcludedPerUnit.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void ContentDigest_TheSection16aMarkAndJobCentreCount_ButNotForAFrameWithout16a()
    {
        var frame = Bare().WithSection16a(c => c.Marked, c => c.JobCentre, ConsentRegister.Empty, April);
        Case[] baseCases = [new("K1", "A", "s", false, "J1", null), new("K2", "A", "s", false, null, null)];
        var digest = Draw(baseCases, frame).PopulationContentDigest;
        Draw([baseCases[0] with { JobCentre = "J2" }, baseCases[1]], frame).PopulationContentDigest.ShouldNotBe(digest);
        Draw([baseCases[0], baseCases[1] with { JobCentre = string.Empty }], frame).PopulationContentDigest.ShouldBe(digest);
        var none = Bare().WithoutSection16a("none");
        var noneDigest = Draw(baseCases, none).PopulationContentDigest;
        noneDigest.ShouldNotBe(digest);
        Draw([baseCases[0] with { Marked = true, JobCentre = "J9" }, baseCases[1]], none).PopulationContentDigest.ShouldBe(noneDigest);
    }
}
