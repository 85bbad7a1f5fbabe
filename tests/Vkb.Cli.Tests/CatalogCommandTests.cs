using NodaTime;
using NodaTime.Testing;
using Vkb.Catalog;

namespace Vkb.Cli.Tests;

public sealed class CatalogCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("vkb-catalog-");

    public void Dispose() => _directory.Delete(recursive: true);

    private string PathOf(string name) => System.IO.Path.Combine(_directory.FullName, name);

    private string Write(string name, string content)
    {
        var path = PathOf(name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await VkbApp.RunAsync(args, new CliContext(output, error, new FakeClock(Instant.FromUtc(2025, 4, 30, 12, 0)), showProgress: false));
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    [Trait("Rule", "C1")]
    [Trait("Rule", "C3")]
    public async Task Resolve_BuiltInExample_PrintsCatalogueWithRdExtension()
    {
        var (exitCode, output, error) = await RunAsync("catalog", "resolve", "--process", "placement", "--rd", "NRW", "--date", "2025-04-10");

        exitCode.ShouldBe(0, error);
        output.ShouldContain("Beispiel — kein offizieller Katalog");
        output.ShouldContain("NRW:arbeitgeber-eingebunden");
        output.ShouldContain("resolved: beispiel-arbeitsvermittlung@1.0 is in force on 2025-04-10 with 1 extension(s) of RD NRW.");
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task Resolve_NoVersionInForceOrBadDate_ExitsWithCodes()
    {
        var none = await RunAsync("catalog", "resolve", "--process", "placement", "--rd", "NRW", "--date", "2019-01-01");
        none.ExitCode.ShouldBe(1);
        none.Error.ShouldContain("no version in force");

        var bad = await RunAsync("catalog", "resolve", "--process", "placement", "--rd", "NRW", "--date", "01.04.2025");
        bad.ExitCode.ShouldBe(2);
        bad.Error.ShouldContain("yyyy-MM-dd");
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task Resolve_CatalogsFolderWithOverlap_IsRefused()
    {
        var folder = _directory.CreateSubdirectory("catalogs");
        var second = CatalogJson.Write(ExampleCatalogs.Placement).Replace("\"version\": \"1.0\"", "\"version\": \"1.1\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(System.IO.Path.Combine(folder.FullName, "a.json"), CatalogJson.Write(ExampleCatalogs.Placement));
        await File.WriteAllTextAsync(System.IO.Path.Combine(folder.FullName, "b.json"), second);

        var (exitCode, _, error) = await RunAsync("catalog", "resolve", "--process", "placement", "--rd", "BY", "--date", "2025-04-10", "--catalogs", folder.FullName);

        exitCode.ShouldBe(1);
        error.ShouldContain("overlapping versions: Versions beispiel-arbeitsvermittlung@1.0, beispiel-arbeitsvermittlung@1.1");
    }

    [Fact]
    public async Task Validate_ExampleCatalogue_IsValid()
    {
        var file = Write("catalog.json", CatalogJson.Write(ExampleCatalogs.Placement));

        var (exitCode, output, _) = await RunAsync("catalog", "validate", file);

        exitCode.ShouldBe(0);
        output.ShouldBe("catalog.json: valid catalogue beispiel-arbeitsvermittlung@1.0 (14 questions, active)\n");
    }

    [Fact]
    public async Task Validate_BadCatalogue_ListsEveryProblem()
    {
        var file = Write("bad.json", """
        { "schema": "vkb-catalog/1", "id": "x", "customerProcess": "placement", "version": "1.0", "status": "active",
          "effective": { "from": "2025-01-01" }, "title": "T",
          "items": [
            { "linkId": "a", "type": "question", "text": "A?", "answerKind": "verdict", "enableWhen": { "answered": "b" } },
            { "linkId": "a", "type": "question", "text": "A again?", "answerKind": "singleChoice" },
            { "linkId": "b", "type": "question", "text": "B?", "answerKind": "verdict", "enableWhen": { "answered": "nowhere" } }
          ] }
        """);

        var (exitCode, output, _) = await RunAsync("catalog", "validate", file);

        exitCode.ShouldBe(1);
        output.ShouldContain("bad.json: 4 problem(s)");
        output.ShouldContain("condition-not-earlier at items[0] 'a'.enableWhen");
        output.ShouldContain("duplicate-link-id at items[1] 'a'");
        output.ShouldContain("empty-option-set at items[1] 'a'.options");
        output.ShouldContain("condition-unknown-question at items[2] 'b'.enableWhen");
    }

    [Fact]
    public async Task Validate_MalformedJson_NamesTheLine()
    {
        var file = Write("broken.json", "{\n  \"schema\": \"vkb-catalog/1\",\n  \"id\" \"x\"\n}");

        var (exitCode, output, _) = await RunAsync("catalog", "validate", file);

        exitCode.ShouldBe(1);
        output.ShouldContain("malformed-json at line 3");
    }

    [Fact]
    [Trait("Rule", "C4")]
    public async Task Validate_AssessmentWithProblems_ListsThemWithoutValues()
    {
        var assessment = Assessment.Create("PSN-42", AssessmentLevel.HeadOffice, "NRW", new LocalDate(2025, 4, 10), AssessmentStatus.Completed,
            [ExampleCatalogs.Placement.Pin],
            [Answer.OfVerdict("bedarfe-erkannt", Verdict.Yes), Answer.Create("begruendung-entscheidungen", AnswerValue.OfText("Herr Schulz rief an"))],
            ProcessVerdict.NotGoalOriented);
        var file = Write("assessment.json", CatalogJson.Write(assessment));

        var (exitCode, output, _) = await RunAsync("catalog", "validate", file);

        exitCode.ShouldBe(1);
        output.ShouldContain("answer-to-disabled-question at answers[1] 'begruendung-entscheidungen'");
        output.ShouldContain("missing-required-answer at question 'kontaktdichte'");
        output.ShouldNotContain("Schulz");
    }

    [Fact]
    public async Task ExportThenImportFhir_Catalogue_RoundTrips()
    {
        var catalog = Write("catalog.json", CatalogJson.Write(ExampleCatalogs.Placement));
        var questionnaire = PathOf("questionnaire.json");
        var back = PathOf("back.json");

        (await RunAsync("catalog", "export-fhir", catalog, "--out", questionnaire)).ExitCode.ShouldBe(0);
        var import = await RunAsync("catalog", "import-fhir", questionnaire, "--out", back);

        import.ExitCode.ShouldBe(0, import.Out);
        import.Out.ShouldBe("questionnaire.json: wrote catalogue beispiel-arbeitsvermittlung@1.0 to back.json\n");
        CatalogJson.ReadCatalog(await File.ReadAllTextAsync(back)).Value.ShouldBe(ExampleCatalogs.Placement);
        (await File.ReadAllTextAsync(questionnaire)).ShouldContain("\"resourceType\": \"Questionnaire\"");
    }

    [Fact]
    public async Task ImportFhir_NotAQuestionnaire_WritesNothing()
    {
        var file = Write("patient.json", """{ "resourceType": "Patient" }""");

        var (exitCode, output, _) = await RunAsync("catalog", "import-fhir", file, "--out", PathOf("out.json"));

        exitCode.ShouldBe(1);
        output.ShouldContain("wrong-resource-type");
        File.Exists(PathOf("out.json")).ShouldBeFalse();
    }

    [Fact]
    public async Task Validate_MissingFile_IsBadInput()
    {
        var (exitCode, _, error) = await RunAsync("catalog", "validate", PathOf("missing.json"));

        exitCode.ShouldBe(2);
        error.ShouldContain("does not exist");
    }
}
