using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests.Mutation;

/// <summary>
/// Tests written against mutants Stryker.NET left alive in the code of E2 and E3 (the directives,
/// their periods, the carry-over and the cap in force; see docs/mutation/). Each pins a boundary
/// or a decision the rule demands that no earlier test pinned.
/// </summary>
public class DirectiveAndPolicyKillTests
{
    private static readonly LocalDate Jan1 = new(2025, 1, 1);

    [Theory]
    [Trait("Rule", "E2")]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("tab\tid")]
    [InlineData("bell\u0007")]
    public void Create_MalformedId_RefusedNamingTheId(string id)
    {
        var ex = Should.Throw<ArgumentException>(() => Directive.Create(id, "t", Jan1, null, 3));
        ex.ParamName.ShouldBe("id");
        ex.Message.ShouldStartWith("A directive id is 1 to 64 printable characters without whitespace.");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public void Create_IdOf64Characters_Accepted_65Refused()
    {
        Directive.Create(new string('9', 64), "t", Jan1, null, 3).Id.Length.ShouldBe(64);
        Directive.Create("9", "t", Jan1, null, 3).Id.ShouldBe("9");
        Should.Throw<ArgumentException>(() => Directive.Create(new string('9', 65), "t", Jan1, null, 3)).ParamName.ShouldBe("id");
    }

    [Theory]
    [Trait("Rule", "E2")]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_BlankTitle_RefusedNamingTheTitle(string title)
    {
        var ex = Should.Throw<ArgumentException>(() => Directive.Create("x", title, Jan1, null, 3));
        ex.ParamName.ShouldBe("title");
        ex.Message.ShouldStartWith("A directive needs a title.");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public void Create_Period_OneDayAccepted_EndBeforeStartRefusedWithItsReason()
    {
        var oneDay = Directive.Create("x", "t", Jan1, Jan1, 3);
        oneDay.IsInForceOn(Jan1).ShouldBeTrue();
        oneDay.IsInForceOn(Jan1.PlusDays(1)).ShouldBeFalse();
        oneDay.IsInForceOn(Jan1.PlusDays(-1)).ShouldBeFalse();

        var ex = Should.Throw<ArgumentException>(() => Directive.Create("x", "t", Jan1, Jan1.PlusDays(-1), 3));
        ex.ParamName.ShouldBe("effectiveTo");
        ex.Message.ShouldStartWith("A directive cannot end before it starts.");
    }

    [Fact]
    [Trait("Rule", "E2")]
    [Trait("Rule", "E3")]
    public void Create_Caps_ZeroAccepted_NegativeRefusedNamingTheCap()
    {
        var zero = Directive.Create("x", "t", Jan1, null, 0, 0);
        zero.CapPerRegionalDirectorate.ShouldBe(0);
        zero.HeadOfficeCap.ShouldBe(0);
        Directive.Create("x", "t", Jan1, null, 0).HeadOfficeCap.ShouldBeNull();

        var rd = Should.Throw<ArgumentOutOfRangeException>(() => Directive.Create("x", "t", Jan1, null, -1));
        rd.ParamName.ShouldBe("capPerRegionalDirectorate");
        rd.Message.ShouldStartWith("A cap is 0 or more.");
        var ho = Should.Throw<ArgumentOutOfRangeException>(() => Directive.Create("x", "t", Jan1, null, 1, -1));
        ho.ParamName.ShouldBe("headOfficeCap");
        ho.Message.ShouldStartWith("A cap is 0 or more.");
    }

    [Theory]
    [Trait("Rule", "E2")]
    [InlineData("2022-02-20", false)]
    [InlineData("2022-02-21", true)]
    [InlineData("2024-12-31", true)]
    [InlineData("2025-01-01", false)]
    public void IsInForceOn_FirstAndLastDayInclusive(string date, bool inForce) =>
        Directive.Weisung202202014.IsInForceOn(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value).ShouldBe(inForce);

    [Theory]
    [Trait("Rule", "E2")]
    [InlineData("2022-02-20", null)]
    [InlineData("2022-02-21", "202202014")]
    [InlineData("2024-12-31", "202202014")]
    [InlineData("2025-01-01", null)]
    [InlineData("2025-03-04", null)]
    [InlineData("2025-03-05", "202503002")]
    public void DirectiveInForce_ByDate_NullInEveryGap(string date, string? expected)
    {
        // The older DirectiveInForce test compares through '?.', so a null result passes any row.
        var directive = EntitlementPolicy.Default.DirectiveInForce(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value);
        (directive?.Id).ShouldBe(expected);
    }

    [Fact]
    [Trait("Rule", "E2")]
    public void CarryOver_IntoAGapAnotherDirectiveCloses_EndsTheDayBeforeIt()
    {
        var carried = Policy(carryOver: "202202014").Directives.Where(d => d.Id == "202202014+carry-over").ShouldHaveSingleItem();
        carried.EffectiveFrom.ShouldBe(new LocalDate(2025, 1, 1));
        carried.EffectiveTo.ShouldBe(new LocalDate(2025, 3, 4));
        Policy(carryOver: "202202014").Directives.Select(d => d.Id).ShouldBe(["202202014", "202202014+carry-over", "202503002"]);
    }

    [Fact]
    [Trait("Rule", "E2")]
    public void CarryOver_OfTheLastDirective_IsOpenEnded()
    {
        var options = Options(Directive.Create("only", "t", Jan1, new LocalDate(2025, 6, 30), 4));
        options.CarryOverDirectiveId = "only";
        var policy = EntitlementPolicy.Create(options);
        var carried = policy.Directives[1];
        carried.Id.ShouldBe("only+carry-over");
        carried.EffectiveFrom.ShouldBe(new LocalDate(2025, 7, 1));
        carried.EffectiveTo.ShouldBeNull();
        carried.CapPerRegionalDirectorate.ShouldBe(4);
        policy.DirectiveInForce(new LocalDate(2030, 1, 1))!.Id.ShouldBe("only+carry-over");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public void CarryOver_GapOfOneDay_CoversThatDay_NoGap_AddsNothing()
    {
        var first = Directive.Create("a", "t", Jan1, new LocalDate(2025, 1, 31), 4);
        var oneDayGap = Options(first, Directive.Create("b", "t", new LocalDate(2025, 2, 2), null, 5));
        oneDayGap.CarryOverDirectiveId = "a";
        var carried = EntitlementPolicy.Create(oneDayGap).DirectiveInForce(new LocalDate(2025, 2, 1))!;
        carried.Id.ShouldBe("a+carry-over");
        carried.EffectiveFrom.ShouldBe(new LocalDate(2025, 2, 1));
        carried.EffectiveTo.ShouldBe(new LocalDate(2025, 2, 1));

        var noGap = Options(first, Directive.Create("b", "t", new LocalDate(2025, 2, 1), null, 5));
        noGap.CarryOverDirectiveId = "a";
        EntitlementPolicy.Create(noGap).Directives.Select(d => d.Id).ShouldBe(["a", "b"]);
    }

    [Fact]
    [Trait("Rule", "E3")]
    public void CapAt_HeadOffice_TheDirectivesOwnCapBeatsTheConfiguredOne()
    {
        var options = Options(Directive.Create("ho-2", "t", Jan1, null, 12, 2));
        options.HeadOfficeCap = 5;
        var policy = EntitlementPolicy.Create(options);
        var rule = policy.CapAt(OrgUnit.HeadOffice, new LocalDate(2025, 6, 1));
        rule.Cap.ShouldBe(2);
        rule.Missing.ShouldBeNull();
        rule.Directive!.Id.ShouldBe("ho-2");
        policy.CapAt(Nrw, new LocalDate(2025, 6, 1)).Cap.ShouldBe(12);
    }

    [Fact]
    [Trait("Rule", "E3")]
    public void CapAt_HeadOffice_NoCapAnywhere_IsRefusedAsNotConfigured()
    {
        var rule = EntitlementPolicy.Default.CapAt(OrgUnit.HeadOffice, new LocalDate(2025, 6, 1));
        rule.Cap.ShouldBeNull();
        rule.Missing.ShouldBe(DecisionCode.HeadOfficeCapNotConfigured);
        rule.Directive!.Id.ShouldBe("202503002");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public void BoundariesWithin_ADirectiveStartingOnTheLastDay_IsABoundary_TheFirstDayIsNot()
    {
        var policy = EntitlementPolicy.Default;
        policy.BoundariesWithin(new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 5)).ShouldBe([new LocalDate(2025, 3, 5)]);
        policy.BoundariesWithin(new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 4)).ShouldBeEmpty();
        policy.BoundariesWithin(new LocalDate(2025, 3, 5), new LocalDate(2025, 3, 31)).ShouldBeEmpty();
        policy.BoundariesWithin(new LocalDate(2024, 12, 1), new LocalDate(2025, 3, 31)).ShouldBe([new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 5)]);
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveAsync_LowerCapStartingOnTheGrantsLastDay_Refused()
    {
        // Cap 2 to June, 1 from 1 July. A holder through 1 July; a second grant ending 1 July
        // breaks the cap of 1 on its last day only.
        var options = Options(
            Directive.Create("two", "t", Jan1, new LocalDate(2025, 6, 30), 2),
            Directive.Create("one", "t", new LocalDate(2025, 7, 1), null, 1));
        var service = NewService(new InMemoryGrantStore(), EntitlementPolicy.Create(options));
        var first = await service.RequestAsync(Request(1, Nrw, new LocalDate(2025, 5, 1), new LocalDate(2025, 7, 1)));
        (await service.ApproveAsync(first.GrantId!, Approver, new LocalDate(2025, 4, 1))).IsAccepted.ShouldBeTrue();

        var second = await service.RequestAsync(Request(2, Nrw, new LocalDate(2025, 6, 1), new LocalDate(2025, 7, 1)));
        var decision = await service.ApproveAsync(second.GrantId!, Approver, new LocalDate(2025, 4, 15));
        decision.Code.ShouldBe(DecisionCode.CapReached);
        decision.Reason.ShouldContain("2025-07-01");
        decision.Reason.ShouldContain("directive one");
    }

    [Fact]
    public void Create_NullIdOrTitle_ArgumentNullException()
    {
        Should.Throw<ArgumentNullException>(() => Directive.Create(null!, "t", Jan1, null, 3)).ParamName.ShouldBe("id");
        Should.Throw<ArgumentNullException>(() => Directive.Create("x", null!, Jan1, null, 3)).ParamName.ShouldBe("title");
    }

    [Fact]
    public void Equals_EveryFieldTakesPart()
    {
        var a = Directive.Create("x", "t", Jan1, Jan1.PlusDays(9), 3, 2);
        a.Equals(Directive.Create("x", "t", Jan1, Jan1.PlusDays(9), 3, 2)).ShouldBeTrue();
        a.Equals(null).ShouldBeFalse();
        a.Equals(Directive.Create("y", "t", Jan1, Jan1.PlusDays(9), 3, 2)).ShouldBeFalse();
        a.Equals(Directive.Create("x", "u", Jan1, Jan1.PlusDays(9), 3, 2)).ShouldBeFalse();
        a.Equals(Directive.Create("x", "t", Jan1.PlusDays(-1), Jan1.PlusDays(9), 3, 2)).ShouldBeFalse();
        a.Equals(Directive.Create("x", "t", Jan1, Jan1.PlusDays(8), 3, 2)).ShouldBeFalse();
        a.Equals(Directive.Create("x", "t", Jan1, Jan1.PlusDays(9), 4, 2)).ShouldBeFalse();
        a.Equals(Directive.Create("x", "t", Jan1, Jan1.PlusDays(9), 3, null)).ShouldBeFalse();
    }

    [Fact]
    public void Validate_EachProblem_NamedInItsOwnSentence()
    {
        var options = new EntitlementsOptions { HeadOfficeCap = -1, CarryOverDirectiveId = "nope", TimeZoneId = "Mars/Olympus", MaxConcurrencyRetries = 0, MaxGrantMonths = 121 };
        options.RegionalDirectorates.Clear();
        options.Directives.Add(Directive.Create("202202014", "again", new LocalDate(2030, 1, 1), new LocalDate(2030, 2, 1), 3));
        EntitlementPolicy.Validate(options).ShouldBe([
            "RegionalDirectorates needs at least one RD code.",
            "Directives 202503002 and 202202014 overlap; at most one directive may be in force on a date.",
            "Directive ids must be unique.",
            "HeadOfficeCap must be 0 or more.",
            "CarryOverDirectiveId names no configured directive.",
            "TimeZoneId is not a known IANA time zone.",
            "MaxConcurrencyRetries must be 1 or more.",
            "MaxGrantMonths must be 1 to 120.",
        ]);

        var openEnded = new EntitlementsOptions { CarryOverDirectiveId = "202503002" };
        EntitlementPolicy.Validate(openEnded).ShouldBe(["CarryOverDirectiveId names an open-ended directive; there is nothing to carry over."]);
        var nullDirective = new EntitlementsOptions();
        nullDirective.Directives.Add(null!);
        EntitlementPolicy.Validate(nullDirective).ShouldBe(["Directives must not contain null."]);
        var nullPhase = new EntitlementsOptions();
        nullPhase.Phases.Add(null!);
        EntitlementPolicy.Validate(nullPhase).ShouldBe(["Phases must not contain null."]);
    }

    private static EntitlementsOptions Options(params Directive[] directives)
    {
        var options = new EntitlementsOptions();
        options.Directives.Clear();
        foreach (var d in directives)
        {
            options.Directives.Add(d);
        }

        return options;
    }
}
