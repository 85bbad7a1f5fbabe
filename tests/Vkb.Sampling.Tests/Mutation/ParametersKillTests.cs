using System.Text.Json;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The limits of <see cref="SampleParameters"/> and its JSON form that the Stryker run of session 4
/// found unpinned (docs/mutation/stryker-2026-12-05-sampling-session4.md).
/// </summary>
public class ParametersKillTests
{
    private static SampleParameters Read(string json) => JsonSerializer.Deserialize<SampleParameters>(json)!;

    private static string Write(SampleParameters parameters) => JsonSerializer.Serialize(parameters);

    [Fact]
    public void Create_DrawIdLimits_200Accepted_201AndControlCharactersRefused()
    {
        SampleParameters.Create(new string('d', 200), 10).DrawId.Length.ShouldBe(200);
        Should.Throw<ArgumentException>(() => SampleParameters.Create(new string('d', 201), 10)).Message.ShouldContain("1 to 200 characters");
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d\u0001", 10)).Message.ShouldContain("no control characters");
        Should.Throw<ArgumentNullException>(() => SampleParameters.Create(null!, 10));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1_000_001, 0, 0)]
    [InlineData(10, -1, 0)]
    [InlineData(10, 1_000_001, 0)]
    [InlineData(10, 0, -1)]
    [InlineData(10, 0, 1_000_001)]
    public void Create_CountsOutOfRange_Refused(int perUnit, int min, int reserve) =>
        Should.Throw<ArgumentOutOfRangeException>(() => SampleParameters.Create("d", perUnit, min, reserve));

    [Fact]
    public void Create_CountsAtTheirLimits_Accepted()
    {
        var p = SampleParameters.Create("d", 1_000_000, 1_000_000, 1_000_000);
        (p.PerUnit, p.MinPerStratum, p.Reserve).ShouldBe((1_000_000, 1_000_000, 1_000_000));
        var q = SampleParameters.Create("d", 10, 0, 0);
        (q.MinPerStratum, q.Reserve).ShouldBe((0, 0));
    }

    [Fact]
    [Trait("Rule", "S1")]
    [Trait("Rule", "S5")]
    public void Create_Floor_TenMeetsIt_NineNeedsAReason_MessageNamesTheLevel()
    {
        SampleParameters.Create("d", 10).IsBelowFloor.ShouldBeFalse();
        SampleParameters.Create("d", 10, level: DrawLevel.HeadOffice).IsBelowFloor.ShouldBeFalse();
        SampleParameters.Create("d", 9, belowFloorReason: "pilot").IsBelowFloor.ShouldBeTrue();
        SampleParameters.Create("d", 9, level: DrawLevel.HeadOffice, belowFloorReason: "pilot").IsBelowFloor.ShouldBeTrue();
        SampleParameters.Create("d", 1, level: DrawLevel.RegionalDirectorate).IsBelowFloor.ShouldBeFalse();
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 9, level: DrawLevel.HeadOffice)).Message.ShouldStartWith("Head office draws at least 10 per RD and month (S5)");
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 9)).Message.ShouldStartWith("A team lead reviews at least 10 records per month (S1)");
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 9)).ParamName.ShouldBe("perUnit");
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 5, level: DrawLevel.RegionalDirectorate, belowFloorReason: "no floor")).ParamName.ShouldBe("belowFloorReason");
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 10, level: (DrawLevel)9)).Message.ShouldContain("Unknown draw level");
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Create_BelowFloorReason_Limits()
    {
        SampleParameters.Create("d", 9, belowFloorReason: "r").BelowFloorReason.ShouldBe("r");
        SampleParameters.Create("d", 9, belowFloorReason: new string('r', 500)).BelowFloorReason!.Length.ShouldBe(500);
        foreach (var bad in new[] { string.Empty, "   ", new string('r', 501), "line\nbreak" })
        {
            Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 9, belowFloorReason: bad)).Message.ShouldContain("1 to 500 characters");
        }
    }

    [Fact]
    [Trait("Rule", "S4")]
    public void Create_Weights_LimitsAndNormalisedText_WeightOfDefaultsToOne()
    {
        var p = SampleParameters.Create("d", 10, weights: new Dictionary<string, decimal> { ["b"] = 2.500m, ["a"] = 1_000_000m, ["c"] = 0.000001m });
        p.Weights.Keys.ShouldBe(["a", "b", "c"]);
        p.WeightOf("b").ShouldBe(2.5m);
        p.WeightOf("b").ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("2.5");
        p.WeightOf("a").ShouldBe(1_000_000m);
        p.WeightOf("missing").ShouldBe(1m);
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 10, weights: new Dictionary<string, decimal> { ["a"] = 1_000_000.000001m })).Message.ShouldContain("at most 1,000,000");
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 10, weights: new Dictionary<string, decimal> { ["a"] = -1m })).Message.ShouldContain("greater than 0");
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 10, weights: new Dictionary<string, decimal> { ["a"] = 0.0000001m })).Message.ShouldContain("at most 6 decimals");
        Write(p).ShouldContain("\"weights\":{\"a\":1000000,\"b\":2.5,\"c\":0.000001}");
    }

    [Fact]
    public void Create_Extensions_SortedCopied_KnownNamesRefused()
    {
        using var doc = JsonDocument.Parse("{\"x\":1,\"y\":\"two\"}");
        var p = SampleParameters.Create("d", 10, extensions: new Dictionary<string, JsonElement> { ["y"] = doc.RootElement.GetProperty("y"), ["x"] = doc.RootElement.GetProperty("x") });
        p.Extensions.Keys.ShouldBe(["x", "y"]);
        foreach (var name in new[] { "drawId", "perUnit", "minPerStratum", "reserve", "weights", "seed", "level", "belowFloorReason" })
        {
            Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 10, extensions: new Dictionary<string, JsonElement> { [name] = doc.RootElement.GetProperty("x") }))
                .Message.ShouldContain("may not reuse a parameter name");
        }

        Write(p).ShouldEndWith("\"x\":1,\"y\":\"two\"}");
    }

    [Fact]
    public void WithDrawId_KeepsEveryOtherValue()
    {
        using var doc = JsonDocument.Parse("{\"x\":1}");
        var p = SampleParameters.Create("d", 9, 2, 3, new Dictionary<string, decimal> { ["a"] = 2m }, new Dictionary<string, JsonElement> { ["x"] = doc.RootElement.GetProperty("x") }, DrawLevel.HeadOffice, "pilot");
        var q = p.WithDrawId("other");
        q.DrawId.ShouldBe("other");
        Write(q).ShouldBe(Write(p));
        (q.Level, q.BelowFloorReason, q.PerUnit, q.MinPerStratum, q.Reserve).ShouldBe((DrawLevel.HeadOffice, "pilot", 9, 2, 3));
    }

    [Theory]
    [InlineData(DrawLevel.TeamLead, "teamLead")]
    [InlineData(DrawLevel.RegionalDirectorate, "regionalDirectorate")]
    [InlineData(DrawLevel.HeadOffice, "headOffice")]
    public void Json_Level_WrittenAndReadBack(DrawLevel level, string name)
    {
        var p = SampleParameters.Create("d", 12, 1, 2, level: level);
        var json = Write(p);
        json.ShouldBe("{\"perUnit\":12,\"minPerStratum\":1,\"reserve\":2,\"level\":\"" + name + "\",\"weights\":{}}");
        var back = Read(json);
        (back.Level, back.PerUnit, back.MinPerStratum, back.Reserve, back.BelowFloorReason).ShouldBe((level, 12, 1, 2, (string?)null));
    }

    [Fact]
    public void Json_ReadsEveryKnownMember_AndKeepsUnknownOnesAsExtensions()
    {
        var p = Read("{\"perUnit\":9,\"minPerStratum\":1,\"reserve\":4,\"level\":\"headOffice\",\"belowFloorReason\":\"pilot\",\"weights\":{\"a\":2.5},\"host\":{\"k\":[1]}}");
        (p.PerUnit, p.MinPerStratum, p.Reserve, p.Level, p.BelowFloorReason).ShouldBe((9, 1, 4, DrawLevel.HeadOffice, "pilot"));
        p.WeightOf("a").ShouldBe(2.5m);
        p.Extensions["host"].GetRawText().ShouldBe("{\"k\":[1]}");
        Read("{\"perUnit\":10,\"belowFloorReason\":null}").BelowFloorReason.ShouldBeNull();
        Read("{\"perUnit\":10}").Level.ShouldBe(DrawLevel.TeamLead);
    }

    [Theory]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{\"perUnit\":10,\"perUnit\":10}", "parameters.perUnit occurs more than once")]
    [InlineData("{\"perUnit\":10,\"level\":1}", "parameters.level must be")]
    [InlineData("{\"perUnit\":10,\"level\":\"rd\"}", "parameters.level must be")]
    [InlineData("{\"perUnit\":10,\"belowFloorReason\":1}", "parameters.belowFloorReason must be a string")]
    [InlineData("{\"perUnit\":\"10\"}", "parameters.perUnit must be a whole number")]
    [InlineData("{\"perUnit\":10.5}", "parameters.perUnit must be a whole number")]
    [InlineData("{\"perUnit\":10,\"minPerStratum\":true}", "parameters.minPerStratum must be a whole number")]
    [InlineData("{\"perUnit\":10,\"reserve\":null}", "parameters.reserve must be a whole number")]
    [InlineData("{\"perUnit\":10,\"weights\":[]}", "parameters.weights must be an object of numbers")]
    [InlineData("{\"perUnit\":10,\"weights\":{\"a\":\"2\"}}", "parameters.weights must be an object of numbers")]
    [InlineData("{\"perUnit\":10,\"weights\":{\"a\":1e400}}", "parameters.weights must be an object of numbers")]
    [InlineData("{\"perUnit\":9}", "The parameters are invalid: A team lead reviews at least 10")]
    [InlineData("{}", "The parameters are invalid")]
    public void Json_Malformed_JsonExceptionNamingTheMember(string json, string message) =>
        Should.Throw<JsonException>(() => Read(json)).Message.ShouldContain(message);

    [Fact]
    public void Json_BelowFloorReason_WrittenOnlyWhenPresent()
    {
        Write(SampleParameters.Create("d", 9, belowFloorReason: "pilot")).ShouldContain("\"level\":\"teamLead\",\"belowFloorReason\":\"pilot\",\"weights\"");
        Write(SampleParameters.Create("d", 10)).ShouldNotContain("belowFloorReason");
    }
}
