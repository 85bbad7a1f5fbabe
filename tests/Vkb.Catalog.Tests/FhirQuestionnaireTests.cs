using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Testing;

namespace Vkb.Catalog.Tests;

public class FhirQuestionnaireTests
{
    [Property(MaxTest = 100)]
    public Property Questionnaire_ExportThenImport_IsIdentity() =>
        Prop.ForAll(RandomCatalogs.Seeds(), seed =>
        {
            var catalog = RandomCatalogs.Catalog(seed);
            var imported = FhirQuestionnaire.ImportQuestionnaire(FhirQuestionnaire.ExportQuestionnaire(catalog));
            return imported.IsValid && imported.Value == catalog;
        });

    [Property(MaxTest = 100)]
    public Property Response_ExportThenImport_IsIdentity() =>
        Prop.ForAll(RandomCatalogs.Seeds(), seed =>
        {
            var random = new Random(seed);
            var catalog = RandomCatalogs.Catalog(random);
            var extension = RandomCatalogs.Extension(random, catalog, "HE");
            var assessment = RandomCatalogs.ValidAssessment(random, ResolvedCatalog.Create(catalog, [extension]), "HE");
            var imported = FhirQuestionnaire.ImportResponse(FhirQuestionnaire.ExportResponse(assessment));
            return imported.IsValid && imported.Value == assessment;
        });

    [Fact]
    public void ExportQuestionnaire_Example_UsesStandardFhirShapes()
    {
        using var json = JsonDocument.Parse(FhirQuestionnaire.ExportQuestionnaire(ExampleCatalogs.Placement));
        var root = json.RootElement;

        root.GetProperty("resourceType").GetString().ShouldBe("Questionnaire");
        root.GetProperty("status").GetString().ShouldBe("active");
        root.GetProperty("effectivePeriod").GetProperty("start").GetString().ShouldBe("2021-11-19");
        var verfolgung = root.GetProperty("item")[2];
        var handlungsfelder = verfolgung.GetProperty("item")[3];
        handlungsfelder.GetProperty("type").GetString().ShouldBe("choice");
        handlungsfelder.GetProperty("repeats").GetBoolean().ShouldBeTrue();
        handlungsfelder.GetProperty("enableBehavior").GetString().ShouldBe("any");
        handlungsfelder.GetProperty("enableWhen")[0].GetProperty("answerCoding").GetProperty("code").GetString().ShouldBe("partly");
        var help = verfolgung.GetProperty("item")[2].GetProperty("item")[0];
        help.GetProperty("type").GetString().ShouldBe("display");
        help.GetProperty("extension")[0].GetProperty("valueCodeableConcept").GetProperty("coding")[0].GetProperty("code").GetString().ShouldBe("help");
    }

    [Fact]
    public void ImportQuestionnaire_FromAFormTool_MapsStringAndFlatConditions()
    {
        const string json = """
        {
          "resourceType": "Questionnaire",
          "url": "urn:vkb:catalog:tool-made",
          "version": "2.1",
          "title": "Made in a form tool",
          "status": "draft",
          "effectivePeriod": { "start": "2026-01-01" },
          "useContext": [ { "code": { "code": "program" }, "valueCodeableConcept": { "coding": [ { "system": "urn:vkb:customer-process", "code": "rehabilitation" } ] } } ],
          "item": [
            { "linkId": "a", "text": "A?", "type": "choice", "answerOption": [ { "valueCoding": { "code": "j", "display": "ja" } }, { "valueCoding": { "code": "n", "display": "nein" } } ] },
            { "linkId": "b", "text": "B", "type": "string", "enableWhen": [ { "question": "a", "operator": "!=", "answerCoding": { "code": "j" } } ] }
          ]
        }
        """;

        var catalog = FhirQuestionnaire.ImportQuestionnaire(json).GetValueOrThrow();

        catalog.Id.ShouldBe("tool-made");
        catalog.CustomerProcess.ShouldBe("rehabilitation");
        catalog.Questions[0].Kind.ShouldBe(AnswerKind.SingleChoice);
        catalog.Questions[1].Kind.ShouldBe(AnswerKind.ShortText);
        catalog.Questions[1].EnableWhen.ShouldBe(EnableCondition.Not(EnableCondition.AnswerIs("a", AnswerValue.OfCode("j"))));
    }

    [Fact]
    public void ImportQuestionnaire_BadResource_ListsEveryProblem()
    {
        const string json = """
        {
          "resourceType": "Questionnaire",
          "status": "unknown",
          "item": [
            { "linkId": "a", "text": "A?", "type": "quantity" },
            { "linkId": "b", "text": "B?", "type": "boolean" },
            { "linkId": "c", "text": "C?", "type": "date", "enableWhen": [ { "question": "d", "operator": ">", "answerDate": "2025-01-01" } ] },
            { "linkId": "d", "text": "D?", "type": "choice" }
          ]
        }
        """;

        FhirQuestionnaire.ImportQuestionnaire(json).Problems.Select(p => p.Code).ShouldBe(
        [
            "missing-field", "missing-field", "missing-field", "invalid-status", "missing-title", "missing-effective-from", "condition-not-earlier", "empty-option-set",
        ], ignoreOrder: true);
    }

    [Fact]
    public void ImportResponse_NotAResponse_IsRejected()
    {
        FhirQuestionnaire.ImportResponse("""{ "resourceType": "Patient" }""").Problems.Single().Code.ShouldBe("wrong-resource-type");
        FhirQuestionnaire.ImportResponse("{").Problems.Single().Code.ShouldBe("malformed-json");
    }

    [Fact]
    [Trait("Rule", "R1")]
    public void ExportResponse_HasNoAuthorOrSource()
    {
        var assessment = RandomCatalogs.ValidAssessment(new Random(1), ResolvedCatalog.Create(ExampleCatalogs.Placement));
        using var json = JsonDocument.Parse(FhirQuestionnaire.ExportResponse(assessment));

        json.RootElement.TryGetProperty("author", out _).ShouldBeFalse();
        json.RootElement.TryGetProperty("source", out _).ShouldBeFalse();
        json.RootElement.TryGetProperty("subject", out _).ShouldBeFalse();
    }
}
