using System.Text.Json.Nodes;
using FsCheck.Xunit;
using Vkb.Testing;

namespace Vkb.Catalog.Tests.Fhir;

public sealed class FhirResponseTests
{
    /// <summary>Every answer type of the R4 model survives export and import, nested as the catalogue nests its items.</summary>
    [Property(MaxTest = 300, Arbitrary = [typeof(RandomCatalogs)])]
    [Trait("Rule", "C4")]
    public bool Response_NestedExportThenImport_IsIdentity(int seed)
    {
        var random = new Random(seed);
        var catalog = RandomCatalogs.Catalog(random);
        var extension = RandomCatalogs.Extension(random, catalog, "HE");
        var resolved = ResolvedCatalog.Create(catalog, [extension]);
        var assessment = RandomCatalogs.ValidAssessment(random, resolved, "HE");

        var imported = FhirQuestionnaire.ImportResponse(FhirQuestionnaire.ExportResponse(assessment, resolved));

        return imported.Value == assessment && resolved.Validate(imported.Value!).IsValid;
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ExportResponse_Nested_FollowsTheQuestionnaireStructure()
    {
        var resolved = ResolvedCatalog.Create(ExampleCatalogs.Placement);
        var assessment = RandomCatalogs.ValidAssessment(new Random(7), resolved);
        var questionnaire = JsonNode.Parse(FhirQuestionnaire.ExportQuestionnaire(ExampleCatalogs.Placement))!.AsObject();
        var response = JsonNode.Parse(FhirQuestionnaire.ExportResponse(assessment, resolved))!.AsObject();

        // Every response item sits where its Questionnaire item sits (same parent chain), as FHIR validators require.
        var questionnairePaths = Paths(questionnaire, string.Empty).ToHashSet(StringComparer.Ordinal);
        Paths(response, string.Empty).ShouldAllBe(p => questionnairePaths.Contains(p));
        response["item"]!.AsArray().Select(i => i!["linkId"]!.GetValue<string>()).ShouldContain("bedarfe");
    }

    [Fact]
    public void ImportResponse_EveryAnswerType_IsRead()
    {
        const string json = """
        { "resourceType": "QuestionnaireResponse", "identifier": { "system": "urn:vkb:case-reference", "value": "PSN-1" },
          "questionnaire": "urn:vkb:catalog:x|2.1.0", "status": "in-progress", "authored": "2025-04-10T10:00:00+02:00",
          "extension": [ { "url": "urn:vkb:fhir:assessment-level", "valueCode": "teamLead" }, { "url": "urn:vkb:fhir:regional-directorate", "valueString": "NRW" } ],
          "item": [ { "linkId": "g", "item": [
            { "linkId": "b", "answer": [ { "valueBoolean": true, "item": [ { "linkId": "b1", "answer": [ { "valueDecimal": 2.50 } ] } ] } ] },
            { "linkId": "dt", "answer": [ { "valueDateTime": "2025-04-10T10:00:00Z" } ] },
            { "linkId": "t", "answer": [ { "valueTime": "08:30:00" } ] },
            { "linkId": "u", "answer": [ { "valueUri": "https://example.org" } ] },
            { "linkId": "q", "answer": [ { "valueQuantity": { "value": 70.5, "unit": "kg" } } ] },
            { "linkId": "r", "answer": [ { "valueReference": { "reference": "Organization/1" } } ] },
            { "linkId": "a", "answer": [ { "valueAttachment": { "contentType": "text/plain", "title": "Anlage" } } ] },
            { "linkId": "c", "answer": [ { "valueCoding": { "system": "http://loinc.org", "code": "LA6568-5" } }, { "valueString": "sonstiges" } ] } ] } ] }
        """;

        var assessment = FhirQuestionnaire.ImportResponse(json).GetValueOrThrow();

        assessment.Pins[0].Version.ToString().ShouldBe("2.1.0");
        assessment.Answers.Select(a => (a.LinkId, string.Join("+", a.Values.Select(v => v.Kind)))).ShouldBe(
        [
            ("b", "Boolean"), ("b1", "DecimalNumber"), ("dt", "DateTime"), ("t", "Time"), ("u", "Uri"), ("q", "Quantity"), ("r", "Reference"), ("a", "Attachment"), ("c", "Code+Text"),
        ]);
        assessment.Answers[1].Values[0].Lexical.ShouldBe("2.50");
    }

    private static IEnumerable<string> Paths(JsonObject node, string prefix)
    {
        foreach (var item in (node["item"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var path = prefix + "/" + item["linkId"]!.GetValue<string>();
            yield return path;
            foreach (var child in Paths(item, path))
            {
                yield return child;
            }

            foreach (var answer in (item["answer"] as JsonArray ?? []).OfType<JsonObject>())
            {
                foreach (var child in Paths(answer, path))
                {
                    yield return child;
                }
            }
        }
    }
}
