using System.Text.Json.Nodes;
using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Session 10's Stryker group <c>f1</c> (<c>Fhir/ResponseMapper.cs</c>, <c>FhirValues.cs</c>, <c>FhirQuestionnaire.cs</c>,
/// <c>FhirPrimitives.cs</c>): the rule texts of <c>value[x]</c> problems, what the response reader accepts as JSON
/// (comments, trailing commas, nesting up to the read limit), pins with an empty id, and the nested response export of
/// items without text.
/// </summary>
public class Session10FhirTests
{
    private static ValidationProblem ReadOne(string json)
    {
        var problems = new List<ValidationProblem>();
        FhirValues.Read(JsonNode.Parse(json)!.AsObject(), "answer", "X", problems).ShouldBeNull();
        return problems.ShouldHaveSingleItem();
    }

    [Fact]
    public void ValueProblems_StateTheirRule()
    {
        ReadOne("{}").Message.ShouldBe("Exactly one answer[x] element is required (Boolean, Decimal, Integer, Date, DateTime, Time, String, Uri, Coding, Quantity, Reference or Attachment).");
        ReadOne("{\"answerCoding\":{\"system\":\"urn:vkb:verdict\",\"code\":\"maybe\"}}").Message.ShouldBe("A verdict coding has a code of yes, partly, no or not-assessable.");
        ReadOne("{\"answerCoding\":{\"system\":\"urn:s\"}}").Message.ShouldBe("A coding needs a code without surrounding white space (the Coding must have a code for VKB to compare answers).");
        ReadOne("{\"answerBoolean\":1}").Message.ShouldBe("The value is not a valid FHIR Boolean.");
    }

    private static string Response(string members) =>
        "{ \"resourceType\": \"QuestionnaireResponse\", \"identifier\": { \"system\": \"urn:vkb:case-reference\", \"value\": \"PSN-1\" }, " +
        "\"status\": \"completed\", \"authored\": \"2025-04-10\", \"extension\": [ { \"url\": \"urn:vkb:fhir:assessment-level\", \"valueCode\": \"teamLead\" }, " +
        "{ \"url\": \"urn:vkb:fhir:regional-directorate\", \"valueString\": \"NRW\" } ], " + members + " }";

    [Fact]
    [Trait("Rule", "C4")]
    public void ImportResponse_AcceptsWhatTheStrictReaderAccepts_CommentsTrailingCommasAndDeepNesting()
    {
        var deep = new string('[', 100) + new string(']', 100);
        var json = Response("\"questionnaire\": \"urn:vkb:catalog:x|1.0\", /* a comment */ \"carried\": " + deep + ", \"item\": [ { \"linkId\": \"q\", \"answer\": [ { \"valueBoolean\": true }, ] }, ], ");

        var assessment = FhirQuestionnaire.ImportResponse(json).GetValueOrThrow();

        assessment.Answers.Single().Values.ShouldBe([AnswerValue.OfBoolean(true)]);
        assessment.Date.ShouldBe(new LocalDate(2025, 4, 10));
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ImportResponse_PinWithAnEmptyId_IsInvalid()
    {
        var json = Response("\"questionnaire\": \"urn:vkb:catalog:|1.0\", \"item\": []")
            .Replace("\"extension\": [ ", "\"extension\": [ { \"url\": \"urn:vkb:fhir:extension-pin\", \"valueCanonical\": \"urn:vkb:catalog-extension:|2.0\" }, ", StringComparison.Ordinal);

        FhirQuestionnaire.ImportResponse(json).Problems.Select(p => $"{p.Code} @ {p.Path}")
            .ShouldBe(["invalid-pin @ QuestionnaireResponse.questionnaire", "invalid-pin @ QuestionnaireResponse.extension[0]"]);
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ExportResponse_Nested_ItemsWithoutTextCarryNoText()
    {
        var builder = new CatalogBuilder("x", "placement", CatalogVersion.Create(1, 0)) { Title = "T", Status = CatalogStatus.Active, EffectiveFrom = new LocalDate(2025, 1, 1) };
        builder.Items.Group("g", null, g => g.Question("q", null, AnswerKind.Boolean, q => q.Items.Question("q/n", null, AnswerKind.WholeNumber)));
        var catalog = builder.Build().Value!;
        var assessment = Assessment.Create(
            "PSN-1", AssessmentLevel.TeamLead, "NRW", new LocalDate(2025, 4, 10), AssessmentStatus.InProgress, [catalog.Pin],
            [Answer.Create("q", AnswerValue.OfBoolean(false)), Answer.Create("q/n", AnswerValue.OfWholeNumber(2))], null, [], []);

        JsonNode.Parse(FhirQuestionnaire.ExportResponse(assessment, ResolvedCatalog.Create(catalog)))!["item"]!.ToJsonString().ShouldBe(
            "[{\"linkId\":\"g\",\"item\":[{\"linkId\":\"q\",\"answer\":[{\"valueBoolean\":false,\"item\":[{\"linkId\":\"q/n\",\"answer\":[{\"valueInteger\":2}]}]}]}]}]");
    }
}
