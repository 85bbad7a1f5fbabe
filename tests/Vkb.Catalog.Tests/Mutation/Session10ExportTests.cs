using System.Text.Json.Nodes;
using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Session 10's group <c>f2b</c> (the export half of <c>Fhir/QuestionnaireMapper.cs</c>): the round-trip tests compare
/// canonical JSON (members sorted) and re-derive the header from redundant elements, so the member order FHIR tools
/// show, the header conventions (<c>id</c>, <c>url</c>, <c>identifier</c>, <c>useContext</c>) and the supplied-header
/// option were not pinned. The exported text is a file format: these approved files show every change of it.
/// </summary>
public class Session10ExportTests
{
    [Fact]
    [Trait("Rule", "C1")]
    public void ExportQuestionnaire_ExampleCatalogue_MatchesApproved() =>
        FhirQuestionnaire.ExportQuestionnaire(ExampleCatalogs.Placement).ShouldMatchApproved(c => c.SubFolder("Approved").WithFileExtension("json").NoDiff());

    [Fact]
    [Trait("Rule", "C1")]
    public void ExportQuestionnaire_ImportedDocument_KeepsFhirMemberOrder_MatchesApproved()
    {
        var json = Vkb.Testing.RandomQuestionnaires.Questionnaire(1).ToJsonString();
        var options = new FhirImportOptions { CustomerProcess = "placement", EffectiveFrom = new LocalDate(2024, 1, 1) };

        FhirQuestionnaire.ExportQuestionnaire(FhirQuestionnaire.ImportQuestionnaire(json, options).GetValueOrThrow())
            .ShouldMatchApproved(c => c.SubFolder("Approved").WithFileExtension("json").NoDiff());
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void ExportQuestionnaire_WriteSuppliedHeader_AddsWhatTheCallerSupplied_AndOnlyThen()
    {
        const string Form = "{ \"resourceType\": \"Questionnaire\", \"version\": \"1.0\", \"title\": \"T\", \"status\": \"active\", " +
            "\"item\": [ { \"linkId\": \"q\", \"text\": \"Q\", \"type\": \"boolean\" } ] }";
        var catalog = FhirQuestionnaire.ImportQuestionnaire(Form, new FhirImportOptions { CatalogId = "form", CustomerProcess = "placement", EffectiveFrom = new LocalDate(2024, 1, 1) }).GetValueOrThrow();

        var plain = JsonNode.Parse(FhirQuestionnaire.ExportQuestionnaire(catalog))!.AsObject();
        plain.Select(p => p.Key).ShouldBe(["resourceType", "version", "title", "status", "item"]);

        var supplied = JsonNode.Parse(FhirQuestionnaire.ExportQuestionnaire(catalog, new FhirExportOptions { WriteSuppliedHeader = true }))!.AsObject();
        supplied.Select(p => p.Key).ShouldBe(["resourceType", "identifier", "version", "title", "status", "useContext", "effectivePeriod", "item"]);
        supplied["identifier"]!.ToJsonString().ShouldBe("[{\"system\":\"urn:vkb:catalog-id\",\"value\":\"form\"}]");
        supplied["useContext"]!.ToJsonString().ShouldContain("\"placement\"");
        supplied["effectivePeriod"]!.ToJsonString().ShouldBe("{\"start\":\"2024-01-01\"}");
        FhirQuestionnaire.ImportQuestionnaire(supplied.ToJsonString()).GetValueOrThrow().Id.ShouldBe("form");
    }
}
