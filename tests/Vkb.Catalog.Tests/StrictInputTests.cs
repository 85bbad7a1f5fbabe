using System.Text;

namespace Vkb.Catalog.Tests;

/// <summary>Issue 17, classes 5, 8 and 9 for the catalogue package: duplicate keys, bounded reads, bad bytes with their exact location.</summary>
public sealed class StrictInputTests
{
    private static string Assessment => CatalogJson.Write(Vkb.Testing.RandomCatalogs.ValidAssessment(new Random(3), ResolvedCatalog.Create(ExampleCatalogs.Placement)));

    [Fact]
    public void Decode_InvalidUtf8_IsRefusedWithExactLineAndColumn()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n  \"a\": \"ä\",\n\"b\": \"x").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"\n}")).ToArray();

        var result = CatalogInput.Decode(bytes);

        result.Problems.Single().Code.ShouldBe("invalid-utf8");
        result.Problems.Single().Path.ShouldBe("line 3, column 8");
    }

    [Fact]
    public void Decode_InvalidUtf8AtLineStart_IsReportedOnItsOwnLine()
    {
        var bytes = Encoding.UTF8.GetBytes("{\n\"a\": 1,\n").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\"b\": 2}")).ToArray();

        CatalogInput.Decode(bytes).Problems.Single().Path.ShouldBe("line 3, column 1");
    }

    [Fact]
    public void Decode_ValidUtf8WithBom_GivesTheText() =>
        CatalogInput.Decode(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"ä\":1}")).ToArray()).Value.ShouldBe("{\"ä\":1}");

    [Fact]
    public void Decode_OverLimit_IsRefusedWithoutReading()
    {
        var result = CatalogInput.Decode(new byte[2048], new CatalogReadLimits(1024, 64));

        result.Problems.Single().Code.ShouldBe("input-too-large");
    }

    [Fact]
    public void ReadFile_DevZero_StopsAtTheLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        CatalogInput.ReadFile("/dev/zero", new CatalogReadLimits(1 << 20, 64)).Problems.Single().Code.ShouldBe("input-too-large");
    }

    [Fact]
    public void ReadCatalog_DuplicateKey_IsRefusedWithPath()
    {
        var json = CatalogJson.Write(ExampleCatalogs.Placement).Replace("\"customerProcess\": \"placement\",", "\"customerProcess\": \"placement\",\n  \"customerProcess\": \"other\",", StringComparison.Ordinal);

        var problem = CatalogJson.ReadCatalog(json).Problems.Single();

        problem.Code.ShouldBe("duplicate-key");
        problem.Path.ShouldBe("line 5, column 3, at $.customerProcess");
        problem.Message.ShouldNotContain("other");
    }

    [Fact]
    public void ReadAssessment_DuplicateKeyDeepInside_IsRefusedWithPath()
    {
        var json = Assessment.Replace("\"linkId\": \"bedarfe-erkannt\",", "\"linkId\": \"bedarfe-erkannt\", \"linkId\": \"x\",", StringComparison.Ordinal);

        var problem = CatalogJson.ReadAssessment(json).Problems.Single();

        problem.Code.ShouldBe("duplicate-key");
        problem.Path.ShouldEndWith("at $.answers[0].linkId");
    }

    [Fact]
    public void ImportQuestionnaireAndResponse_DuplicateKey_AreRefused()
    {
        var questionnaire = FhirQuestionnaire.ExportQuestionnaire(ExampleCatalogs.Placement).Replace("\"status\": \"active\",", "\"status\": \"active\", \"status\": \"draft\",", StringComparison.Ordinal);
        var response = FhirQuestionnaire.ExportResponse(Vkb.Testing.RandomCatalogs.ValidAssessment(new Random(3), ResolvedCatalog.Create(ExampleCatalogs.Placement)))
            .Replace("\"status\": \"completed\",", "\"status\": \"completed\", \"status\": \"in-progress\",", StringComparison.Ordinal);

        FhirQuestionnaire.ImportQuestionnaire(questionnaire).Problems.Single().Code.ShouldBe("duplicate-key");
        FhirQuestionnaire.ImportResponse(response).Problems.Single().Code.ShouldBe("duplicate-key");
    }

    [Fact]
    public void ReadAssessment_Truncated_IsReportedWhereItStops()
    {
        var json = Assessment;
        var cut = json[..json.IndexOf("\"values\"", StringComparison.Ordinal)];

        var problem = CatalogJson.ReadAssessment(cut).Problems.Single();

        problem.Code.ShouldBe("malformed-json");
        problem.Path.ShouldEndWith("at $.answers[0]");
    }

    [Fact]
    public void ReadCatalog_TooDeep_IsAProblemNotACrash()
    {
        var json = new string('[', 2000) + new string(']', 2000);

        CatalogJson.ReadCatalog(json).Problems.Single().Code.ShouldBe("malformed-json");
        FhirQuestionnaire.ImportQuestionnaire(json).Problems.Single().Code.ShouldBe("malformed-json");
    }
}
