using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Testing;

namespace Vkb.Catalog.Tests;

public class CatalogJsonTests
{
    [Property(MaxTest = 100)]
    public Property Catalog_AnyValidCatalog_RoundTrips() =>
        Prop.ForAll(RandomCatalogs.Seeds(), seed =>
        {
            var catalog = RandomCatalogs.Catalog(seed);
            var json = CatalogJson.Write(catalog);
            var read = CatalogJson.ReadCatalog(json);
            return read.IsValid && read.Value == catalog && CatalogJson.Write(read.Value!) == json;
        });

    [Property(MaxTest = 100)]
    [Trait("Rule", "C3")]
    public Property Extension_AnyValidExtension_RoundTrips() =>
        Prop.ForAll(RandomCatalogs.Seeds(), seed =>
        {
            var random = new Random(seed);
            var catalog = RandomCatalogs.Catalog(random);
            var extension = RandomCatalogs.Extension(random, catalog, "BW");
            var read = CatalogJson.ReadExtension(CatalogJson.Write(extension), [catalog]);
            return read.IsValid && read.Value == extension;
        });

    [Property(MaxTest = 100)]
    public Property Assessment_AnyValidAssessment_RoundTrips() =>
        Prop.ForAll(RandomCatalogs.Seeds(), seed =>
        {
            var random = new Random(seed);
            var catalog = ResolvedCatalog.Create(RandomCatalogs.Catalog(random));
            var assessment = RandomCatalogs.ValidAssessment(random, catalog);
            var read = CatalogJson.ReadAssessment(CatalogJson.Write(assessment));
            var many = CatalogJson.ReadAssessments(CatalogJson.Write([assessment, assessment]));
            return read.IsValid && read.Value == assessment && many.Value!.All(a => a == assessment);
        });

    [Fact]
    public void ReadCatalog_MalformedJson_ReportsTheLine()
    {
        var result = CatalogJson.ReadCatalog("{\n  \"schema\": \"vkb-catalog/1\",\n  \"id\": \"x\"\n  \"title\": \"t\"\n}");

        result.IsValid.ShouldBeFalse();
        result.Problems.Single().Code.ShouldBe("malformed-json");
        result.Problems.Single().Path.ShouldStartWith("line 4");
    }

    [Fact]
    public void ReadCatalog_UnknownField_IsMalformed() =>
        CatalogJson.ReadCatalog("""{ "schema": "vkb-catalog/1", "employee": "x" }""").Problems.Single().Code.ShouldBe("malformed-json");

    [Fact]
    public void ReadCatalog_BadDocument_ListsEveryProblem()
    {
        const string json = """
        {
          "schema": "vkb-catalog/1",
          "id": "cat",
          "customerProcess": "placement",
          "version": "one|two",
          "status": "live",
          "effective": { "from": "2025-13-01" },
          "title": "T",
          "items": [
            { "linkId": "a", "type": "question", "text": "A?", "answerKind": "verdict", "enableWhen": { "answered": "b" } },
            { "linkId": "b", "type": "question", "text": "B?", "answerKind": "scale" },
            { "linkId": "a", "type": "question", "text": "A again", "answerKind": "verdict" },
            { "linkId": "c", "type": "question", "text": "C?", "answerKind": "singleChoice", "enableWhen": { "answered": "zz", "not": { "answered": "a" } } },
            { "linkId": "d", "type": "widget", "text": "?" }
          ]
        }
        """;

        var codes = CatalogJson.ReadCatalog(json).Problems.Select(p => p.Code).ToList();

        codes.ShouldBe(
        [
            "invalid-version", "invalid-status", "invalid-date", "invalid-answer-kind", "invalid-condition", "invalid-item-type",
            "missing-effective-from", "duplicate-link-id", "condition-not-earlier", "empty-option-set",
        ], ignoreOrder: true);
    }

    [Fact]
    public void ReadAssessment_BadDocument_ListsEveryProblemWithoutValues()
    {
        const string json = """
        {
          "schema": "vkb-assessment/1",
          "caseReference": "has space",
          "level": "caseWorker",
          "regionalDirectorate": "N-R-W",
          "date": "10.04.2025",
          "status": "done",
          "pins": [],
          "answers": [ { "values": [ { "verdict": "maybe" } ] }, { "linkId": "q", "values": [ { "code": "x", "text": "y" } ] } ],
          "verdict": "fine",
          "strengths": [ { "theme": "has space", "text": "Herr Meier" } ]
        }
        """;

        var result = CatalogJson.ReadAssessment(json);

        result.Problems.Select(p => p.Code).ShouldBe(
        [
            "invalid-case-reference", "invalid-level", "invalid-regional-directorate", "invalid-date", "invalid-status",
            "invalid-verdict", "no-pins", "missing-field", "invalid-value", "invalid-remark",
        ], ignoreOrder: true);
        result.Validation.ToString().ShouldNotContain("Meier");
        result.Validation.ToString().ShouldNotContain("has space");
    }

    [Fact]
    public void ReadRegistry_FolderOfDocuments_ResolvesExample()
    {
        var registry = CatalogJson.ReadRegistry(
        [
            new("ext.json", CatalogJson.Write(ExampleCatalogs.NrwExtension)),
            new("base.json", CatalogJson.Write(ExampleCatalogs.Placement)),
        ]).GetValueOrThrow();

        registry.Resolve("placement", "NRW", new NodaTime.LocalDate(2025, 4, 1)).Catalog!.Extensions.Count.ShouldBe(1);
    }

    [Fact]
    public void ReadRegistry_BrokenDocument_NamesTheFile()
    {
        var result = CatalogJson.ReadRegistry([new("broken.json", "{"), new("ok.json", CatalogJson.Write(ExampleCatalogs.Placement))]);

        result.Problems.Single().Path.ShouldBe("broken.json");
    }
}
