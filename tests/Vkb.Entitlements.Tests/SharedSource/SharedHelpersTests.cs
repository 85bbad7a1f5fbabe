using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Entitlements.Json;

namespace Vkb.Entitlements.Tests.SharedSource;

/// <summary>
/// The other shared source compiled into this package (<c>src/Shared</c>: argument checks, the JSON
/// converters behind <see cref="VkbEntitlementsJsonExtensions.AddVkbEntitlementsConverters"/>, the
/// configuration list binding): what a host sees through this package, and the helpers directly
/// where the package does not reach them.
/// </summary>
public class SharedHelpersTests
{
    private static JsonSerializerOptions NewOptions() => new JsonSerializerOptions(JsonSerializerDefaults.Web).AddVkbEntitlementsConverters();

    [Fact]
    public void CheckArgumentRange_Long_BoundsIncluded_OutsideRefusedNamingTheBoundsNotTheValue()
    {
        Preconditions.CheckArgumentRange(3L, 3, 5);
        Preconditions.CheckArgumentRange(4L, 3, 5);
        Preconditions.CheckArgumentRange(5L, 3, 5);
        foreach (var value in new[] { 2L, 6L, long.MinValue, long.MaxValue })
        {
            var error = Should.Throw<ArgumentOutOfRangeException>(() => Preconditions.CheckArgumentRange(value, 3, 5));
            error.ParamName.ShouldBe("value");
            error.Message.ShouldStartWith("The value must be between 3 and 5 inclusive.");
            error.ActualValue.ShouldBeNull(); // never the value itself
        }
    }

    [Fact]
    public void CheckArgumentRange_Double_BoundsIncluded_NaNAndOutsideRefused()
    {
        Preconditions.CheckArgumentRange(0.5, 0.5, 1.5);
        Preconditions.CheckArgumentRange(1.0, 0.5, 1.5);
        Preconditions.CheckArgumentRange(1.5, 0.5, 1.5);
        foreach (var value in new[] { 0.4999, 1.5001, double.NaN, double.NegativeInfinity, double.PositiveInfinity })
        {
            var error = Should.Throw<ArgumentOutOfRangeException>(() => Preconditions.CheckArgumentRange(value, 0.5, 1.5));
            error.ParamName.ShouldBe("value");
            error.Message.ShouldStartWith("The value must be between 0.5 and 1.5 inclusive.");
        }
    }

    [Fact]
    public void CheckState_FalseThrowsWithTheMessage_TrueDoesNothing()
    {
        Preconditions.CheckState(true, "unused");
        Should.Throw<InvalidOperationException>(() => Preconditions.CheckState(false, "The store is closed.")).Message.ShouldBe("The store is closed.");
    }

    [Fact]
    public void Json_NodaTimeValues_IsoStrings_BadTextNamesTheTypeNotTheValue()
    {
        var json = NewOptions();
        JsonSerializer.Serialize(new LocalDate(2025, 4, 1), json).ShouldBe("\"2025-04-01\"");
        JsonSerializer.Deserialize<LocalDate>("\"2025-04-01\"", json).ShouldBe(new LocalDate(2025, 4, 1));
        JsonSerializer.Serialize(new YearMonth(2025, 4), json).ShouldBe("\"2025-04\"");
        JsonSerializer.Deserialize<YearMonth>("\"2025-04\"", json).ShouldBe(new YearMonth(2025, 4));
        JsonSerializer.Serialize(Instant.FromUtc(2025, 4, 1, 8, 30), json).ShouldBe("\"2025-04-01T08:30:00Z\"");
        JsonSerializer.Deserialize<Instant>("\"2025-04-01T08:30:00.5Z\"", json).ShouldBe(Instant.FromUtc(2025, 4, 1, 8, 30).PlusNanoseconds(500_000_000));
        JsonSerializer.Serialize(new LocalDateTime(2025, 4, 1, 8, 30), json).ShouldBe("\"2025-04-01T08:30:00\"");
        JsonSerializer.Deserialize<LocalDateTime>("\"2025-04-01T08:30:00\"", json).ShouldBe(new LocalDateTime(2025, 4, 1, 8, 30));

        Bad<LocalDate>("\"01.04.2025\"", json).ShouldBe("A date is an ISO 8601 string.");
        Bad<YearMonth>("\"04/2025\"", json).ShouldBe("A month is an ISO 8601 string.");
        Bad<Instant>("\"2025-04-01 geheim\"", json).ShouldBe("A instant is an ISO 8601 string.");
        Bad<LocalDateTime>("\"yesterday\"", json).ShouldBe("A local date and time is an ISO 8601 string.");
        Bad<LocalDate>("20250401", json).ShouldBe("A date is a JSON string.");

        // As dictionary keys (written; reading a key is not supported: VkbJson.ReadString accepts only string tokens).
        JsonSerializer.Serialize(new Dictionary<LocalDate, int> { [new LocalDate(2025, 4, 1)] = 3 }, json).ShouldBe("{\"2025-04-01\":3}");
    }

    [Fact]
    public void Json_Period_FromToBothIncluded_EveryMalformedShapeRefusedSayingWhy()
    {
        var json = NewOptions();
        JsonSerializer.Deserialize<DateInterval>("{\"TO\":\"2025-06-30\",\"From\":\"2025-04-01\"}", json)
            .ShouldBe(new DateInterval(new LocalDate(2025, 4, 1), new LocalDate(2025, 6, 30)));
        JsonSerializer.Deserialize<DateInterval>("{\"from\":\"2025-04-01\",\"to\":\"2025-04-01\"}", json)!.Length.ShouldBe(1);

        Bad<DateInterval>("\"2025-04-01/2025-06-30\"", json).ShouldBe("A period is a JSON object {\"from\": date, \"to\": date}.");
        Bad<DateInterval>("{\"from\":\"01.04.2025\",\"to\":\"2025-06-30\"}", json).ShouldBe("A period's from and to are ISO 8601 dates.");
        Bad<DateInterval>("{\"from\":20250401,\"to\":\"2025-06-30\"}", json).ShouldBe("A date is a JSON string.");
        Bad<DateInterval>("{\"from\":\"2025-04-01\",\"to\":\"2025-06-30\",\"who\":\"2025-01-01\"}", json).ShouldBe("A period has only the properties from and to.");
        Bad<DateInterval>("{\"from\":\"2025-04-01\"}", json).ShouldBe("A period needs from and to, with to not before from.");
        Bad<DateInterval>("{\"to\":\"2025-04-01\"}", json).ShouldBe("A period needs from and to, with to not before from.");
        Bad<DateInterval>("{\"from\":\"2025-04-02\",\"to\":\"2025-04-01\"}", json).ShouldBe("A period needs from and to, with to not before from.");
    }

    [Fact]
    public void Json_Enums_CamelCaseNamesOnly_NumbersRefused()
    {
        var json = NewOptions();
        JsonSerializer.Serialize(LedgerProblemKind.HeadMismatch, json).ShouldBe("\"headMismatch\"");
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<GrantStatus>("1", json));
        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<GrantStatus>("\"1\"", json));

        // A host's own enum keeps the host's settings: numbers.
        JsonSerializer.Serialize(DayOfWeek.Monday, json).ShouldBe("1");
    }

    [Fact]
    public void Json_EntitlementValues_BadTextNamesTheTypeNotTheValue()
    {
        var json = NewOptions();
        JsonSerializer.Deserialize<OrgUnit>("\"NRW\"", json).ShouldBe(OrgUnit.Parse("NRW"));
        JsonSerializer.Serialize(OrgUnit.Parse("BY"), json).ShouldBe("\"BY\"");
        Bad<GrantId>("\"NRW-geheim\"", json).ShouldBe("The string is not a valid grant id.");
        Bad<PrincipalId>("\"geheim 4711\"", json).ShouldBe("The string is not a valid principal id.");
        Bad<OrgUnit>("\"geheim-4711\"", json).ShouldBe("The string is not a valid unit code.");
        Bad<PrincipalId>("17", json).ShouldBe("A principal id is a JSON string.");

        JsonSerializer.Serialize(new Dictionary<OrgUnit, int> { [OrgUnit.Parse("NRW")] = 2 }, json).ShouldBe("{\"NRW\":2}");
    }

    [Fact]
    public void AddVkbEntitlementsConverters_Twice_AddsNothingMore_KeepsAHostsOwnConverter_NullRefused()
    {
        var json = NewOptions();
        var count = json.Converters.Count;
        json.AddVkbEntitlementsConverters().ShouldBeSameAs(json);
        json.Converters.Count.ShouldBe(count);
        count.ShouldBe(9); // five NodaTime types, the enum factory, three value types, and nothing else

        var own = new VkbJson.LocalDateJsonConverter();
        var hosts = new JsonSerializerOptions();
        hosts.Converters.Add(own);
        hosts.AddVkbEntitlementsConverters();
        hosts.Converters.Count(c => c.CanConvert(typeof(LocalDate))).ShouldBe(1);
        hosts.Converters[0].ShouldBeSameAs(own);

        Should.Throw<ArgumentNullException>(() => VkbEntitlementsJsonExtensions.AddVkbEntitlementsConverters(null!)).ParamName.ShouldBe("options");
    }

    [Fact]
    public void ReplaceList_AConfiguredListReplacesTheDefault_NoListKeepsIt()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["E:RegionalDirectorates:0"] = "NRW",
            ["E:RegionalDirectorates:1"] = "BY",
        }).Build();
        var target = new List<string> { "A", "B", "C" };
        VkbConfiguration.ReplaceList(target, configuration.GetSection("E:RegionalDirectorates"));
        target.ShouldBe(["NRW", "BY"]);
        VkbConfiguration.ReplaceList(target, configuration.GetSection("E:Missing"));
        target.ShouldBe(["NRW", "BY"]);

        // Through the package: a section without the list keeps the ten default RDs.
        var services = new ServiceCollection();
        services.AddVkbEntitlements(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["E:HeadOfficeCap"] = "4" }).Build().GetSection("E"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<EntitlementsOptions>>().Value;
        options.RegionalDirectorates.ShouldBe(EntitlementsOptions.DefaultRegionalDirectorates);
        options.HeadOfficeCap.ShouldBe(4);
    }

    private static string Bad<T>(string text, JsonSerializerOptions json)
    {
        var error = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<T>(text, json));
        error.Message.ShouldNotContain("geheim");
        return error.Message;
    }
}
