using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using Vkb.Entitlements.Diagnostics;
using Vkb.Entitlements.Json;
using Vkb.Entitlements.Tests.Support;

namespace Vkb.Entitlements.Tests;

/// <summary>What a host needs: configuration binding, JSON for an API, logs and metrics, TimeProvider.</summary>
public class HostIntegrationTests
{
    private static readonly JsonSerializerOptions Json = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddVkbEntitlementsConverters();

    [Fact]
    public void Configuration_BindsEveryOption_ListsReplaceDefaults()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.entitlements.json").Build();
        var services = new ServiceCollection();
        services.AddVkbEntitlements(configuration.GetSection("Vkb:Entitlements"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<EntitlementsOptions>>().Value;

        options.RegionalDirectorates.ShouldBe(["NRW", "BY"]);
        options.Directives.Select(d => d.Id).ShouldBe(["D-2025", "D-2026"]);
        var first = options.Directives[0];
        (first.Title, first.EffectiveFrom, first.EffectiveTo, first.CapPerRegionalDirectorate, first.HeadOfficeCap)
            .ShouldBe(("Test directive", new LocalDate(2025, 1, 1), (LocalDate?)new LocalDate(2025, 12, 31), 3, (int?)2));
        options.Directives[1].EffectiveTo.ShouldBeNull();
        options.HeadOfficeCap.ShouldBe(6);
        options.CarryOverDirectiveId.ShouldBe("D-2025");
        options.TimeZoneId.ShouldBe("Europe/Vienna");
        options.MaxConcurrencyRetries.ShouldBe(7);
        provider.GetRequiredService<GrantService>().Policy.MaxConcurrencyRetries.ShouldBe(7);
    }

    [Fact]
    public void Configuration_BadDirectiveDate_NamesThePathNotTheValue()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["E:Directives:0:Id"] = "X",
            ["E:Directives:0:EffectiveFrom"] = "01.02.2025",
            ["E:Directives:0:CapPerRegionalDirectorate"] = "3",
        }).Build();
        var services = new ServiceCollection();
        services.AddVkbEntitlements(configuration.GetSection("E"));
        using var provider = services.BuildServiceProvider();
        var error = Should.Throw<InvalidOperationException>(() => provider.GetRequiredService<IOptions<EntitlementsOptions>>().Value);
        error.Message.ShouldContain("E:Directives:0:EffectiveFrom");
        error.Message.ShouldNotContain("01.02.2025");
    }

    [Fact]
    public void Json_ValueTypes_RoundTripAsStrings()
    {
        var id = GrantId.Create(OrgUnit.Parse("NRW"), 17);
        JsonSerializer.Serialize(id, Json).ShouldBe("\"NRW-17\"");
        JsonSerializer.Deserialize<GrantId>("\"NRW-17\"", Json).ShouldBe(id);
        JsonSerializer.Serialize(PrincipalId.Create("u-1"), Json).ShouldBe("\"u-1\"");
        JsonSerializer.Deserialize<PrincipalId>("\"u-1\"", Json).ShouldBe(PrincipalId.Create("u-1"));
        JsonSerializer.Deserialize<OrgUnit>(JsonSerializer.Serialize(OrgUnit.HeadOffice, Json), Json).ShouldBe(OrgUnit.HeadOffice);
        JsonSerializer.Serialize(GrantStatus.Approved, Json).ShouldBe("\"approved\"");
        JsonSerializer.Deserialize<DecisionCode>("\"separationOfDuties\"", Json).ShouldBe(DecisionCode.SeparationOfDuties);
        JsonSerializer.Deserialize<AccessAction>(JsonSerializer.Serialize(AccessAction.AssessCase, Json), Json).ShouldBe(AccessAction.AssessCase);
        var period = new DateInterval(new LocalDate(2025, 4, 1), new LocalDate(2025, 6, 30));
        JsonSerializer.Serialize(period, Json).ShouldBe("{\"from\":\"2025-04-01\",\"to\":\"2025-06-30\"}");
        JsonSerializer.Deserialize<DateInterval>("{\"from\":\"2025-04-01\",\"to\":\"2025-06-30\"}", Json).ShouldBe(period);
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<GrantId>("\"NRW\"", Json));
    }

    [Fact]
    public void Json_GrantRequest_RoundTrips()
    {
        var request = new GrantRequest(PrincipalId.Create("reviewer-1"), OrgUnit.Parse("BY"), new LocalDate(2025, 4, 1), new LocalDate(2025, 6, 30),
            PrincipalId.Create("manager-1"), new LocalDate(2025, 3, 20)) { DataSpace = "VKB2" };
        var text = JsonSerializer.Serialize(request, Json);
        text.ShouldContain("\"from\":\"2025-04-01\"");
        text.ShouldContain("\"unit\":\"BY\"");
        JsonSerializer.Deserialize<GrantRequest>(text, Json).ShouldBe(request);
    }

    [Fact]
    public async Task Json_GrantAndDecisions_SerialiseForAnApi()
    {
        var service = Scenario.NewService(new InMemoryGrantStore());
        var ids = await Scenario.RequestMonthAsync(service, OrgUnit.Parse("NRW"), new YearMonth(2025, 6), 1);
        var decision = await service.ApproveAsync(ids[0], Scenario.Approver, new LocalDate(2025, 5, 1));
        var grant = (await service.GetViewAsync()).Grants.Single();

        using var grantJson = JsonDocument.Parse(JsonSerializer.Serialize(grant, Json));
        grantJson.RootElement.GetProperty("id").GetString().ShouldBe(ids[0].ToString());
        grantJson.RootElement.GetProperty("status").GetString().ShouldBe("approved");
        grantJson.RootElement.GetProperty("period").GetProperty("from").GetString().ShouldBe("2025-06-01");
        grantJson.RootElement.GetProperty("period").GetProperty("to").GetString().ShouldBe("2025-06-30");
        using var decisionJson = JsonDocument.Parse(JsonSerializer.Serialize(decision, Json));
        decisionJson.RootElement.GetProperty("code").GetString().ShouldBe("accepted");
        decisionJson.RootElement.GetProperty("grantId").GetString().ShouldBe(ids[0].ToString());
        grant.ToString().ShouldBe($"{ids[0]} approved 2025-06-01..2025-06-30");
    }

    [Fact]
    public async Task Logging_RefusalsCarryTheCode_NeverThePrincipal()
    {
        var logger = new FakeLogger<GrantService>();
        var service = new GrantService(new InMemoryGrantStore(), Scenario.Policy(), Scenario.Clock, Scenario.Key, logger);
        var secret = PrincipalId.Create("manager-geheim-4711");
        var refused = await service.RequestAsync(new GrantRequest(secret, OrgUnit.Parse("NRW"), new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30), secret, new LocalDate(2025, 5, 1)));

        refused.Code.ShouldBe(DecisionCode.SeparationOfDuties);
        var record = logger.Collector.GetSnapshot().ShouldHaveSingleItem();
        record.Level.ShouldBe(LogLevel.Warning);
        record.Message.ShouldContain("SeparationOfDuties");
        record.Message.ShouldNotContain("geheim");
    }

    [Fact]
    public async Task Metrics_CountRequestsAndRefusals()
    {
        using var requested = new MetricCollector<long>(null, VkbEntitlementsDiagnostics.SourceName, VkbEntitlementsDiagnostics.GrantsRequested);
        using var refused = new MetricCollector<long>(null, VkbEntitlementsDiagnostics.SourceName, VkbEntitlementsDiagnostics.GrantsRefused);
        var service = new GrantService(new InMemoryGrantStore(), Scenario.Policy(), Scenario.Clock, Scenario.Key, logger: null);
        Scenario.SeedRoles(service);
        await Scenario.RequestMonthAsync(service, OrgUnit.Parse("NRW"), new YearMonth(2025, 6), 2);
        await service.RequestAsync(new GrantRequest(Scenario.Approver, OrgUnit.Parse("XX"), new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30), Scenario.Approver, new LocalDate(2025, 5, 1)));

        requested.GetMeasurementSnapshot().Sum(m => m.Value).ShouldBeGreaterThanOrEqualTo(2);
        refused.GetMeasurementSnapshot().ShouldContain(m => (string?)m.Tags["vkb.decision_code"] == nameof(DecisionCode.UnknownUnit));
    }

    [Fact]
    public async Task TimeProvider_RegisteredByTheHost_IsTheClock()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2031, 1, 2, 3, 4, 5, TimeSpan.Zero)));
        services.AddVkbEntitlements();
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IClock>().GetCurrentInstant().ShouldBe(Instant.FromUtc(2031, 1, 2, 3, 4, 5));
        var service = new GrantService(new InMemoryGrantStore(), Scenario.Policy(), provider.GetRequiredService<TimeProvider>(), Scenario.Key);
        Scenario.SeedRoles(service);
        (await Scenario.RequestMonthAsync(service, OrgUnit.Parse("NRW"), new YearMonth(2025, 6), 1)).Count.ShouldBe(1);
    }
}
