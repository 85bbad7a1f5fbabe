using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests.Mutation;

/// <summary>
/// The small types a host handles (ids, decisions, the in-memory store) and the DI registration:
/// argument checks that name the argument, the rule a refusal states (never the refused text),
/// texts a log or UI shows, and configuration that overrides what is configured in code.
/// </summary>
public class ValuesAndHostKillTests
{
    [Fact]
    public void GrantId_CreateParseTryParse_RefuseWithTheRule()
    {
        Should.Throw<ArgumentNullException>(() => GrantId.Create(null!, 1)).ParamName.ShouldBe("unit");
        var range = Should.Throw<ArgumentOutOfRangeException>(() => GrantId.Create(Nrw, 0));
        (range.ParamName, range.Message).ShouldBe(("number", "A grant number is 1 or more. (Parameter 'number')"));
        GrantId.Create(Nrw, 1).ToString().ShouldBe("NRW-1");
        Should.Throw<ArgumentNullException>(() => GrantId.Parse(null!)).ParamName.ShouldBe("text");
        Should.Throw<FormatException>(() => GrantId.Parse("NRW-geheim")).Message.ShouldBe("A grant id has the form UNIT-NUMBER, such as NRW-17.");
        GrantId.TryParse(null, out var none).ShouldBeFalse();
        none.ShouldBeNull();
        foreach (var bad in new[] { "", "NRW", "-17", "NRW-", "NRW-0", "NRW--1", "NRW-+1", "N-1", "NRW-1x" })
        {
            GrantId.TryParse(bad, out _).ShouldBeFalse(bad);
        }

        GrantId.TryParse("by-007", out var id).ShouldBeTrue();
        id.ShouldBe(GrantId.Create(By, 7));
    }

    [Fact]
    public void PrincipalId_UpTo128PrintableCharacters_RefusedWithTheRuleNotTheValue()
    {
        var longest = new string('p', PrincipalId.MaxLength);
        PrincipalId.Create(longest).Value.ShouldBe(longest);
        PrincipalId.TryCreate(longest, out _).ShouldBeTrue();
        PrincipalId.TryCreate(longest + "p", out _).ShouldBeFalse();
        Should.Throw<ArgumentNullException>(() => PrincipalId.Create(null!)).ParamName.ShouldBe("value");
        foreach (var bad in new[] { "", "geheim 4711", "geheim\u00014711", longest + "p" })
        {
            var error = Should.Throw<ArgumentException>(() => PrincipalId.Create(bad));
            error.ParamName.ShouldBe("value");
            error.Message.ShouldBe("A principal id is 1 to 128 printable characters without whitespace. (Parameter 'value')");
        }
    }

    [Fact]
    public void OrgUnit_Parse_RefusedWithTheRule()
    {
        Should.Throw<FormatException>(() => OrgUnit.Parse("X1")).Message.ShouldBe("A unit code is 2 to 8 ASCII letters (an RD code or HO).");
    }

    [Fact]
    public async Task Decisions_ToString_SayOutcomeCodeAndReason_RefusalsHaveNoDirectives()
    {
        var service = NewService(new InMemoryGrantStore());
        var ids = await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 1);
        var accepted = await service.ApproveAsync(ids[0], Approver, new LocalDate(2025, 5, 1));
        accepted.ToString().ShouldBe("accepted: " + accepted.Reason);
        var refused = await service.ApproveAsync(ids[0], Approver, new LocalDate(2025, 5, 1));
        refused.ToString().ShouldBe($"refused (AlreadyDecided): {refused.Reason}");
        refused.Reason.ShouldNotBeNullOrWhiteSpace();
        refused.DirectiveIds.ShouldNotBeNull().ShouldBeEmpty();
        var unknownUnit = await service.RequestAsync(Request(1, OrgUnit.Parse("XX"), new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)));
        unknownUnit.Code.ShouldBe(DecisionCode.UnknownUnit);
        unknownUnit.DirectiveIds.ShouldNotBeNull().ShouldBeEmpty();

        var midJune = Instant.FromUtc(2025, 6, 15, 10, 0);
        var allowed = await service.DecideAsync(Staff(0), AccessAction.ReadCase, Nrw, midJune);
        allowed.ToString().ShouldBe("allow: " + allowed.Reason);
        var denied = await service.DecideAsync(Staff(0), AccessAction.ReadCase, By, midJune);
        denied.ToString().ShouldBe("deny: " + denied.Reason);
        allowed.Reason.ShouldNotBeNullOrWhiteSpace();
        denied.Reason.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task InMemoryStore_ChecksArguments_RefusesAStaleVersion_ListsUnitsInOrdinalOrder()
    {
        var store = new InMemoryGrantStore();
        Should.Throw<ArgumentNullException>(() => store.ReadAsync(null!, 0)).ParamName.ShouldBe("unitCode");
        Should.Throw<ArgumentNullException>(() => store.TryAppendAsync(null!, 0)).ParamName.ShouldBe("storedEvent");
        var first = new StoredEvent("NRW", 1, "{}", EventCodec.GenesisHash, "h1");
        var misnumbered = Should.Throw<ArgumentException>(() => store.TryAppendAsync(first, 1));
        (misnumbered.ParamName, misnumbered.Message).ShouldBe(("storedEvent", "The event's sequence must follow the expected version. (Parameter 'storedEvent')"));

        (await store.TryAppendAsync(first, 0)).ShouldBeTrue();
        (await store.TryAppendAsync(new StoredEvent("NRW", 1, "{}", EventCodec.GenesisHash, "other"), 0)).ShouldBeFalse(); // lost the race
        (await store.ReadAsync("NRW", 0)).ShouldHaveSingleItem().Hash.ShouldBe("h1");
        (await store.TryAppendAsync(new StoredEvent("BY", 1, "{}", EventCodec.GenesisHash, "b1"), 0)).ShouldBeTrue();
        (await store.TryAppendAsync(new StoredEvent("HO", 1, "{}", EventCodec.GenesisHash, "o1"), 0)).ShouldBeTrue();
        (await store.ListUnitsAsync()).ShouldBe(["BY", "HO", "NRW"]);
        (await store.ReadAsync("XX", 0)).ShouldBeEmpty();
    }

    [Fact]
    public void AddVkbEntitlements_NullArguments_Named()
    {
        var services = new ServiceCollection();
        Should.Throw<ArgumentNullException>(() => ((IServiceCollection)null!).AddVkbEntitlements(_ => { })).ParamName.ShouldBe("services");
        Should.Throw<ArgumentNullException>(() => services.AddVkbEntitlements((Action<EntitlementsOptions>)null!)).ParamName.ShouldBe("configure");
        Should.Throw<ArgumentNullException>(() => ((IServiceCollection)null!).AddVkbEntitlements(new ConfigurationBuilder().Build())).ParamName.ShouldBe("services");
        Should.Throw<ArgumentNullException>(() => services.AddVkbEntitlements((IConfiguration)null!)).ParamName.ShouldBe("configuration");
        services.ShouldBeEmpty();
    }

    private static EntitlementsOptions Bound(Dictionary<string, string?> values, Action<EntitlementsOptions>? before = null)
    {
        var services = new ServiceCollection();
        if (before is not null)
        {
            services.Configure(before);
        }

        services.AddVkbEntitlements(new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("E"));
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<EntitlementsOptions>>().Value;
    }

    [Fact]
    public void Configuration_CarryOver_ConfiguredWins_UnconfiguredKeepsTheCodeValue_TitleDefaultsToTheId()
    {
        Bound(new() { ["E:CarryOverDirectiveId"] = "202202014" }, o => o.CarryOverDirectiveId = "202503002").CarryOverDirectiveId.ShouldBe("202202014");
        Bound(new() { ["E:HeadOfficeCap"] = "3" }, o => o.CarryOverDirectiveId = "202202014").CarryOverDirectiveId.ShouldBe("202202014");

        var directive = Bound(new()
        {
            ["E:Directives:0:Id"] = "D-1",
            ["E:Directives:0:EffectiveFrom"] = "2025-01-01",
            ["E:Directives:0:CapPerRegionalDirectorate"] = "4",
        }).Directives.ShouldHaveSingleItem();
        (directive.Id, directive.Title).ShouldBe(("D-1", "D-1"));
    }

    [Theory]
    [InlineData("Id")]
    [InlineData("EffectiveFrom")]
    [InlineData("CapPerRegionalDirectorate")]
    public void Configuration_DirectiveWithoutARequiredKey_NamesThePath(string missing)
    {
        var values = new Dictionary<string, string?>
        {
            ["E:Directives:0:Id"] = "D-1",
            ["E:Directives:0:Title"] = "t",
            ["E:Directives:0:EffectiveFrom"] = "2025-01-01",
            ["E:Directives:0:CapPerRegionalDirectorate"] = "4",
        };
        values.Remove("E:Directives:0:" + missing);
        Should.Throw<InvalidOperationException>(() => Bound(values)).Message.ShouldBe($"Configuration 'E:Directives:0:{missing}' is required for a directive.");
    }
}
