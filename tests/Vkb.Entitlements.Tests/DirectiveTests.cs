using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;

namespace Vkb.Entitlements.Tests;

public class DirectiveTests
{
    [Fact]
    [Trait("Rule", "E2")]
    public void BuiltIn_Weisung202202014_CapsSixFrom2022To2024()
    {
        var d = Directive.Weisung202202014;
        d.CapPerRegionalDirectorate.ShouldBe(6);
        d.EffectiveFrom.ShouldBe(new LocalDate(2022, 2, 21));
        d.EffectiveTo.ShouldBe(new LocalDate(2024, 12, 31));
        d.HeadOfficeCap.ShouldBeNull();
    }

    [Fact]
    [Trait("Rule", "E2")]
    public void BuiltIn_Weisung202503002_CapsTwelveFromMarch2025OpenEnded()
    {
        var d = Directive.Weisung202503002;
        d.CapPerRegionalDirectorate.ShouldBe(12);
        d.EffectiveFrom.ShouldBe(new LocalDate(2025, 3, 5));
        d.EffectiveTo.ShouldBeNull();
        d.HeadOfficeCap.ShouldBeNull();
    }

    [Fact]
    public void Create_EndBeforeStart_Throws()
    {
        Should.Throw<ArgumentException>(() => Directive.Create("x", "t", new LocalDate(2025, 2, 1), new LocalDate(2025, 1, 1), 3));
    }

    [Fact]
    public void Create_NegativeCap_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => Directive.Create("x", "t", new LocalDate(2025, 1, 1), null, -1));
    }

    [Fact]
    public void Equals_SameValues_AreEqual()
    {
        var a = Directive.Create("x", "t", new LocalDate(2025, 1, 1), null, 3, 2);
        var b = Directive.Create("x", "t", new LocalDate(2025, 1, 1), null, 3, 2);
        (a == b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        (a != Directive.Weisung202503002).ShouldBeTrue();
    }
}

public class EntitlementPolicyTests
{
    [Theory]
    [Trait("Rule", "E2")]
    [InlineData("2022-02-20", null)]
    [InlineData("2022-02-21", "202202014")]
    [InlineData("2024-12-31", "202202014")]
    [InlineData("2025-01-01", null)]
    [InlineData("2025-03-04", null)]
    [InlineData("2025-03-05", "202503002")]
    [InlineData("2031-01-01", "202503002")]
    public void DirectiveInForce_ByDate_FollowsBuiltInPeriods(string date, string? expected)
    {
        var d = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        (EntitlementPolicy.Default.DirectiveInForce(d)?.Id).ShouldBe(expected); // in parentheses: "?." would skip the null rows
    }

    [Fact]
    public void Default_HasTenRegionalDirectoratesAndHeadOffice()
    {
        var policy = EntitlementPolicy.Default;
        policy.RegionalDirectorates.Select(u => u.Code).ShouldBe(["NRW", "NSB", "NORD", "BB", "SAT", "SAC", "HRS", "RPS", "BW", "BY"]);
        policy.IsKnown(OrgUnit.HeadOffice).ShouldBeTrue();
        policy.IsKnown(OrgUnit.Parse("XYZ")).ShouldBeFalse();
    }

    [Fact]
    public void Create_ConfiguredUnits_ReplaceTheDefaultSet()
    {
        var options = new EntitlementsOptions();
        options.RegionalDirectorates.Clear();
        options.RegionalDirectorates.Add("NORD");
        var policy = EntitlementPolicy.Create(options);
        policy.IsKnown(OrgUnit.Parse("NORD")).ShouldBeTrue();
        policy.IsKnown(OrgUnit.Parse("NRW")).ShouldBeFalse();
    }

    [Fact]
    public void Create_CarryOver_CoversTheGapExplicitly()
    {
        var policy = Scenario.Policy(carryOver: "202202014");
        var inGap = policy.DirectiveInForce(new LocalDate(2025, 2, 1));
        inGap.ShouldNotBeNull();
        inGap.Id.ShouldBe("202202014+carry-over");
        inGap.CapPerRegionalDirectorate.ShouldBe(6);
        policy.DirectiveInForce(new LocalDate(2025, 3, 5))!.Id.ShouldBe("202503002");
    }

    [Fact]
    public void Validate_BadOptions_ListsEveryProblem()
    {
        var options = new EntitlementsOptions { HeadOfficeCap = -1, CarryOverDirectiveId = "nope", TimeZoneId = "Mars/Olympus", MaxConcurrencyRetries = 0 };
        options.RegionalDirectorates.Add("HO");
        options.RegionalDirectorates.Add("NRW");
        options.Directives.Add(Directive.Create("overlap", "t", new LocalDate(2024, 1, 1), new LocalDate(2024, 2, 1), 3));
        var problems = EntitlementPolicy.Validate(options);
        problems.Count.ShouldBe(7);
        Should.Throw<ArgumentException>(() => EntitlementPolicy.Create(options));
    }

    [Fact]
    public void Create_ReplacedDirective_AppliesTheHostsCaps()
    {
        var options = new EntitlementsOptions();
        options.Directives.Remove(Directive.Weisung202503002);
        options.Directives.Add(Directive.Create("host-1", "host rule", new LocalDate(2025, 1, 1), null, 3, 2));
        var policy = EntitlementPolicy.Create(options);
        policy.DirectiveInForce(new LocalDate(2025, 6, 1))!.CapPerRegionalDirectorate.ShouldBe(3);
    }
}

public class ValueObjectTests
{
    [Theory]
    [InlineData("NRW-17", "NRW", 17)]
    [InlineData("ho-1", "HO", 1)]
    public void GrantId_Parse_RoundTrips(string text, string unit, long number)
    {
        var id = GrantId.Parse(text);
        id.Unit.Code.ShouldBe(unit);
        id.Number.ShouldBe(number);
        GrantId.Parse(id.ToString()).ShouldBe(id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NRW")]
    [InlineData("NRW-0")]
    [InlineData("NRW--1")]
    [InlineData("N-1")]
    [InlineData("NRW-1x")]
    public void GrantId_TryParse_Malformed_False(string text) => GrantId.TryParse(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("tab\t")]
    public void PrincipalId_TryCreate_Malformed_False(string text) => PrincipalId.TryCreate(text, out _).ShouldBeFalse();

    [Fact]
    public void OrgUnit_Parse_IsCaseInsensitiveAndKnowsHeadOffice()
    {
        OrgUnit.Parse("nrw").ShouldBe(Scenario.Nrw);
        OrgUnit.Parse("ho").IsHeadOffice.ShouldBeTrue();
        Should.Throw<FormatException>(() => OrgUnit.Parse("N1"));
    }
}
