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

    private static Catalog NestedCatalog()
    {
        var builder = new CatalogBuilder("x", "placement", CatalogVersion.Create(1, 0)) { Title = "T", Status = CatalogStatus.Active, EffectiveFrom = new LocalDate(2025, 1, 1) };
        builder.Items.Question("q", "Frage", AnswerKind.Boolean, q => q.Items.Question("q/n", "Unterfrage", AnswerKind.WholeNumber));
        return builder.Build().Value!;
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ExportResponse_Nested_ExtensionItemsAreNestedToo()
    {
        var catalog = NestedCatalog();
        var builder = new CatalogExtensionBuilder("nrw", "NRW", catalog, CatalogVersion.Create(1, 0)) { Title = "E", Status = CatalogStatus.Active, EffectiveFrom = new LocalDate(2025, 1, 1) };
        builder.Items.Group("NRW:g", "Regional", g => g.Question("NRW:q", "Regionale Frage", AnswerKind.Boolean));
        var extension = builder.Build().Value!;
        var assessment = Assessment.Create(
            "PSN-1", AssessmentLevel.TeamLead, "NRW", new LocalDate(2025, 4, 10), AssessmentStatus.InProgress, [catalog.Pin, extension.Pin],
            [Answer.Create("NRW:q", AnswerValue.OfBoolean(true))], null, [], []);

        JsonNode.Parse(FhirQuestionnaire.ExportResponse(assessment, ResolvedCatalog.Create(catalog, [extension])))!["item"]!.ToJsonString().ShouldBe(
            "[{\"linkId\":\"NRW:g\",\"text\":\"Regional\",\"item\":[{\"linkId\":\"NRW:q\",\"text\":\"Regionale Frage\",\"answer\":[{\"valueBoolean\":true}]}]}]");
    }

    /// <summary>
    /// Bug found by session 10 (red before the fix): a question answered with no value (an invalid answer, which an
    /// in-progress assessment may hold) had nothing to nest its items in, yet they were marked as written, so the nested
    /// export lost the answer under it (here <c>q/n</c>). Like an unanswered question, it now leaves them at the top level.
    /// </summary>
    [Fact]
    [Trait("Rule", "C4")]
    public void ExportResponse_Nested_AnswerUnderAQuestionAnsweredWithoutValue_IsKept()
    {
        var catalog = NestedCatalog();
        var assessment = Assessment.Create(
            "PSN-1", AssessmentLevel.TeamLead, "NRW", new LocalDate(2025, 4, 10), AssessmentStatus.InProgress, [catalog.Pin],
            [Answer.Create("q", []), Answer.Create("q/n", AnswerValue.OfWholeNumber(3))], null, [], []);

        var json = FhirQuestionnaire.ExportResponse(assessment, ResolvedCatalog.Create(catalog));

        JsonNode.Parse(json)!["item"]!.ToJsonString().ShouldBe("[{\"linkId\":\"q\",\"answer\":[]},{\"linkId\":\"q/n\",\"answer\":[{\"valueInteger\":3}]}]");
        FhirQuestionnaire.ImportResponse(json).GetValueOrThrow().Answers.ShouldBe([Answer.Create("q/n", AnswerValue.OfWholeNumber(3))]);
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ImportResponse_BadParts_StateTheirRule_AndNeverCrash()
    {
        var json = Response(
            "\"questionnaire\": \"urn:vkb:catalog:x\", \"item\": [ { \"answer\": [ { \"valueBoolean\": true } ] }, { \"linkId\": \"q\", \"answer\": [ { \"valueBoolean\": true } ] } ]")
            .Replace("\"authored\": \"2025-04-10\"", "\"authored\": \"2025-04\"", StringComparison.Ordinal)
            .Replace("\"extension\": [ ", "\"extension\": [ { \"url\": \"urn:vkb:fhir:extension-pin\", \"valueCanonical\": \"nrw|2.0\" }, " +
                "{ \"url\": \"urn:vkb:fhir:strength\", \"extension\": [ { \"url\": \"text\", \"valueString\": \"Gut\" } ] }, ", StringComparison.Ordinal);

        FhirQuestionnaire.ImportResponse(json).Problems.Select(p => $"{p.Code} @ {p.Path}: {p.Message}").ShouldBe(
        [
            "invalid-pin @ QuestionnaireResponse.questionnaire: A pin must be 'urn:vkb:catalog:<id>|<version>'.",
            "invalid-pin @ QuestionnaireResponse.extension[0]: A pin must be 'urn:vkb:catalog-extension:<id>|<version>'.",
            "invalid-remark @ QuestionnaireResponse.extension[1]: A remark needs a theme code (letters, digits, '.', '_', '-', ':') and a non-empty text.",
            "invalid-date @ QuestionnaireResponse.authored: A date must be written yyyy-MM-dd.",
            "missing-field @ QuestionnaireResponse.item[0].linkId: Every item names its link id.",
        ]);
    }

    [Fact]
    public void ReadValueSets_WrongResource_SaysWhatIsExpected() =>
        FhirQuestionnaire.ReadValueSets([new("a.json", "{ \"resourceType\": \"CodeSystem\" }")]).Problems.Single().Message
            .ShouldBe("The resource must be a FHIR R4 ValueSet with a url.");
}
