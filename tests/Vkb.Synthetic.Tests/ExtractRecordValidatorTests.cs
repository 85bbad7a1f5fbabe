using System.Text.Json.Nodes;
using Vkb.Testing;

namespace Vkb.Synthetic.Tests;

public class ExtractRecordValidatorTests
{
    private static string Mutate(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(GeneratedExtract.Small[0].Json)!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    [Fact]
    public void Validate_GeneratedRecord_IsValid() =>
        ExtractRecordValidator.Validate(GeneratedExtract.Small[0].Json).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("legalDomain", "SGB12", "legalDomain: must be one of")]
    [InlineData("customerNumber", "962-123456", "customerNumber: must be 3 digits")]
    [InlineData("householdNumber", "96201XX0012345", "householdNumber: must be 5 digits")]
    [InlineData("customerProcess", "counselling", "customerProcess: must be one of")]
    public void Validate_WrongValue_NamesTheFieldNotTheValue(string field, string value, string problem)
    {
        var result = ExtractRecordValidator.Validate(Mutate(n => n[field] = value));

        result.IsValid.ShouldBeFalse();
        result.Problems.ShouldContain(p => p.StartsWith(problem, StringComparison.Ordinal));
        result.ToString().ShouldNotContain(value);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsAllWithPaths()
    {
        var json = Mutate(n =>
        {
            n.Remove("team");
            n["events"]![0]!["channel"] = "fax";
            n["events"]![1]!["date"] = "12.03.2024";
            n["customer"]!["address"]!["postcode"] = "4021";
            n["review"]!["flagged"] = true;
            n["review"]!["month"] = null;
            n["caseManagement"]!["exit"] = "2024-01-01";
        });

        var problems = ExtractRecordValidator.Validate(json).Problems;

        problems.ShouldContain("team: is required");
        problems.ShouldContain(p => p.StartsWith("events[0].channel: must be one of", StringComparison.Ordinal));
        problems.ShouldContain("events[1].date: must be an ISO date yyyy-MM-dd");
        problems.ShouldContain("customer.address.postcode: must be 5 digits");
        problems.ShouldContain(p => p.StartsWith("review.month", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("caseManagement.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"a\":1}\n{\"b\":2}")]
    public void Validate_NotOneJsonObject_IsInvalid(string line) =>
        ExtractRecordValidator.Validate(line).IsValid.ShouldBeFalse();
}
