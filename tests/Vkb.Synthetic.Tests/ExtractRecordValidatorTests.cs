using System.Text.Json.Nodes;
using Vkb.Testing;

namespace Vkb.Synthetic.Tests;

public class ExtractRecordValidatorTests
{
    private static string Mutate(Action<JsonObject> change, string legalDomain = "SGB2")
    {
        var node = JsonNode.Parse(GeneratedExtract.Small.First(r => r.LegalDomain == legalDomain).Json)!.AsObject();
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

    [Fact]
    public void Validate_GeneratedAgencyRecord_IsValid() =>
        ExtractRecordValidator.Validate(GeneratedExtract.Small.First(r => r.LegalDomain == "SGB3").Json).IsValid.ShouldBeTrue();

    [Fact]
    [Trait("Rule", "P8")]
    public void Validate_UnitOfTheWrongKind_IsInvalid()
    {
        ExtractRecordValidator.Validate(Mutate(n => n["legalDomain"] = "SGB3")).Problems
            .ShouldBe(["householdNumber: must be absent for SGB3", "agency: is required", "jobCentre: must be absent for SGB3 (the case belongs to an agency)"], ignoreOrder: true);
        ExtractRecordValidator.Validate(Mutate(n => n["legalDomain"] = "SGB2", "SGB3")).Problems
            .ShouldBe(["agency: must be absent for SGB2 (the case belongs to a job centre)", "householdNumber: is required", "jobCentre: is required"], ignoreOrder: true);
        ExtractRecordValidator.Validate(Mutate(n => n["municipalServices16a"] = true, "SGB3")).Problems
            .ShouldBe(["municipalServices16a: must be false for SGB3 (§ 16a is SGB II)"]);
        ExtractRecordValidator.Validate(Mutate(n => n["agency"]!["consents16a"] = true, "SGB3")).Problems
            .ShouldBe(["agency.consents16a: must be absent (§ 16a is SGB II)"]);
        ExtractRecordValidator.Validate(Mutate(n => n["agency"]!["id"] = "9620", "SGB3")).Problems
            .ShouldBe(["agency.id: must be 5 digits"]);
    }

    [Fact]
    [Trait("Rule", "C2")]
    public void Validate_CaseManagementAsAProcess_IsInvalid() =>
        ExtractRecordValidator.Validate(Mutate(n => n["customerProcess"] = "caseManagement")).Problems
            .ShouldContain(p => p.StartsWith("customerProcess: must be one of", StringComparison.Ordinal));

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"a\":1}\n{\"b\":2}")]
    public void Validate_NotOneJsonObject_IsInvalid(string line) =>
        ExtractRecordValidator.Validate(line).IsValid.ShouldBeFalse();
}
