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

    private static string CorpusFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Vkb.Core.sln")))
        {
            directory = directory.Parent;
        }

        return System.IO.Path.Combine(directory!.FullName, "tests", "Vkb.Catalog.Tests", "Corpus");
    }

    [Fact]
    [Trait("Rule", "C1")]
    public async Task ImportFhir_Corpus_WithOnlyTheProcess_ValidatesAndExportsIdentically()
    {
        var files = Directory.GetFiles(CorpusFolder(), "*.json").Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBeGreaterThanOrEqualTo(10);
        foreach (var source in files)
        {
            var name = System.IO.Path.GetFileNameWithoutExtension(source);
            var catalog = PathOf(name + ".vkb.json");
            var back = PathOf(name + ".back.json");

            var import = await RunAsync("catalog", "import-fhir", source, "--out", catalog, "--customer-process", "placement");
            import.ExitCode.ShouldBe(0, import.Out);
            import.Out.ShouldContain("warning(s))");
            import.Out.ShouldContain("warning: carried-not-used at ");
            (await RunAsync("catalog", "validate", catalog)).ExitCode.ShouldBe(0, name);
            (await RunAsync("catalog", "export-fhir", catalog, "--out", back)).ExitCode.ShouldBe(0, name);
            Canonical(await File.ReadAllTextAsync(back)).ShouldBe(Canonical(await File.ReadAllTextAsync(source)), name);
        }
    }

    [Fact]
    public async Task ImportFhir_WithoutTheProcess_SaysWhatIsMissingAndWritesNothing()
    {
        var source = System.IO.Path.Combine(CorpusFolder(), "rauchen.json");

        var (exitCode, output, _) = await RunAsync("catalog", "import-fhir", source, "--out", PathOf("out.json"));

        exitCode.ShouldBe(1);
        output.ShouldContain("rauchen.json: 1 problem(s) in document");
        output.ShouldContain("missing-field at Questionnaire.useContext: The customer process is required");
        File.Exists(PathOf("out.json")).ShouldBeFalse();
    }

    [Fact]
    public async Task ImportFhir_ConflictingFlag_IsAnError()
    {
        var file = Write("q.json", FhirQuestionnaire.ExportQuestionnaire(ExampleCatalogs.Placement));

        var (exitCode, output, _) = await RunAsync("catalog", "import-fhir", file, "--out", PathOf("out.json"), "--customer-process", "rehabilitation");

        exitCode.ShouldBe(1);
        output.ShouldContain("header-conflict at Questionnaire.useContext");
    }

    [Fact]
    public async Task ImportFhir_UnsupportedConstructs_OneLinePerCauseWithFhirPath()
    {
        var file = Write("q.json", """
        { "resourceType": "Questionnaire", "id": "x", "version": "1", "title": "T", "status": "active", "effectivePeriod": { "start": "2025-01-01" },
          "item": [
            { "linkId": "g", "type": "group", "text": "G", "item": [
              { "linkId": "a", "type": "boolean", "text": "A?" },
              { "linkId": "b", "type": "widget", "text": "B?" } ] },
            { "linkId": "c", "type": "string", "text": "C?", "enableWhen": [ { "question": "a", "operator": "=", "answerBoolean": true }, { "question": "a", "operator": "~", "answerBoolean": true } ], "enableBehavior": "any" },
            { "linkId": "d", "type": "choice", "text": "D?", "answerValueSet": "http://example.org/ValueSet/unknown" }
          ] }
        """);

        var (exitCode, output, _) = await RunAsync("catalog", "import-fhir", file, "--out", PathOf("out.json"), "--customer-process", "placement");

        exitCode.ShouldBe(1);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.Contains("warning", StringComparison.Ordinal)).ToList();
        lines.ShouldBe(
        [
            "  invalid-item-type at Questionnaire.item[0].item[1].type: The item type must be one of the FHIR R4 item types (group, display, boolean, decimal, integer, date, dateTime, time, string, text, url, choice, open-choice, attachment, reference, quantity).",
            "  unsupported-operator at Questionnaire.item[1].enableWhen[1].operator: The enableWhen operator must be one of exists, =, !=, >, <, >=, <=.",
            "  value-set-not-found at Questionnaire.item[2].answerValueSet: The answerValueSet is neither a contained ValueSet ('#id') nor a value set in the value-set folder given.",
        ], ignoreOrder: true);
        output.ShouldNotContain("empty-group");
        output.ShouldNotContain("empty-option-set");
    }

    [Fact]
    public async Task ImportFhir_ValueSetFolder_ResolvesCanonicals()
    {
        var folder = _directory.CreateSubdirectory("valuesets");
        await File.WriteAllTextAsync(System.IO.Path.Combine(folder.FullName, "yn.json"), """
        { "resourceType": "ValueSet", "url": "http://example.org/ValueSet/yn", "status": "active",
          "compose": { "include": [ { "system": "http://example.org/cs", "concept": [ { "code": "y", "display": "ja" }, { "code": "n", "display": "nein" } ] } ] } }
        """);
        var file = Write("q.json", """
        { "resourceType": "Questionnaire", "id": "x", "version": "1", "title": "T", "status": "active", "effectivePeriod": { "start": "2025-01-01" },
          "item": [ { "linkId": "d", "type": "choice", "text": "D?", "answerValueSet": "http://example.org/ValueSet/yn|1.0" } ] }
        """);

        var (exitCode, output, _) = await RunAsync("catalog", "import-fhir", file, "--out", PathOf("out.json"), "--customer-process", "placement", "--value-sets", folder.FullName);

        exitCode.ShouldBe(0, output);
        CatalogJson.ReadCatalog(await File.ReadAllTextAsync(PathOf("out.json"))).GetValueOrThrow().Questions[0].Options.Select(o => o.Code).ShouldBe(["y", "n"]);
    }

    [Fact]
    public async Task CatalogCommands_InvalidUtf8_IsRefusedWithLocationAndNothingWritten()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(FhirQuestionnaire.ExportQuestionnaire(ExampleCatalogs.Placement)).ToList();
        var at = bytes.IndexOf((byte)'\n') + 1;
        bytes.Insert(at, 0xFF);
        var file = PathOf("bad-bytes.json");
        await File.WriteAllBytesAsync(file, bytes.ToArray());

        var import = await RunAsync("catalog", "import-fhir", file, "--out", PathOf("out.json"));
        var validate = await RunAsync("catalog", "validate", file);

        import.ExitCode.ShouldBe(1);
        import.Out.ShouldContain("invalid-utf8 at line 2, column 1");
        validate.ExitCode.ShouldBe(1);
        validate.Out.ShouldContain("invalid-utf8 at line 2, column 1");
        File.Exists(PathOf("out.json")).ShouldBeFalse();
    }

    [Fact]
    public async Task CatalogCommands_DuplicateKeys_AreRefused()
    {
        var catalog = Write("dup.json", CatalogJson.Write(ExampleCatalogs.Placement).Replace("\"status\": \"active\",", "\"status\": \"active\", \"status\": \"draft\",", StringComparison.Ordinal));

        var (exitCode, output, error) = await RunAsync("catalog", "validate", catalog);

        exitCode.ShouldBe(1);
        output.ShouldContain("duplicate-key at line");
        output.ShouldContain("$.status");
        error.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task CatalogCommands_MalformedCorpus_ExitOneOrTwo_NoStackTrace()
    {
        string[] bad =
        [
            string.Empty, "null", "[]", "{", "{\"resourceType\": \"Questionnaire\", \"item\": 5}", "{\"resourceType\": \"Questionnaire\", \"item\": [null, 3, {}]}",
            "{\"resourceType\": \"QuestionnaireResponse\", \"item\": [{\"linkId\": null, \"answer\": [{\"valueInteger\": 1e400}]}]}",
            "{\"schema\": \"vkb-assessment/1\", \"answers\": [null, {\"linkId\": \"a\", \"values\": [null, {}]}]}",
            "{\"schema\": \"vkb-catalog/1\", \"items\": [null, {\"type\": \"question\", \"options\": [null]}]}",
            new string('[', 5000), "\"just a string\"",
        ];
        for (var i = 0; i < bad.Length; i++)
        {
            var file = Write($"bad{i}.json", bad[i]);
            foreach (var args in new[] { new[] { "catalog", "validate", file }, ["catalog", "import-fhir", file, "--out", PathOf($"o{i}.json")], ["catalog", "export-fhir", file, "--out", PathOf($"f{i}.json")] })
            {
                var (exitCode, output, error) = await RunAsync(args);
                exitCode.ShouldBeOneOf([1, 2], $"{args[1]} on case {i}: {output}{error}");
                (output + error).ShouldNotContain("   at ");
                (output + error).ShouldNotContain("Exception");
            }

            File.Exists(PathOf($"o{i}.json")).ShouldBeFalse();
            File.Exists(PathOf($"f{i}.json")).ShouldBeFalse();
        }
    }

    [Fact]
    [Trait("Rule", "C3")]
    public async Task ExportThenImportFhir_RegionalExtension_DerivesFromItsBase()
    {
        var folder = _directory.CreateSubdirectory("base");
        await File.WriteAllTextAsync(System.IO.Path.Combine(folder.FullName, "base.json"), CatalogJson.Write(ExampleCatalogs.Placement));
        var extension = Write("extension.json", CatalogJson.Write(ExampleCatalogs.NrwExtension));

        var export = await RunAsync("catalog", "export-fhir", extension, "--out", PathOf("derived.json"), "--catalogs", folder.FullName);
        var import = await RunAsync("catalog", "import-fhir", PathOf("derived.json"), "--out", PathOf("back.json"), "--catalogs", folder.FullName);

        export.ExitCode.ShouldBe(0, export.Out);
        (await File.ReadAllTextAsync(PathOf("derived.json"))).ShouldContain("\"derivedFrom\"");
        import.ExitCode.ShouldBe(0, import.Out);
        import.Out.ShouldContain("extension beispiel-nrw-arbeitgeber@1.0 of RD NRW extending beispiel-arbeitsvermittlung@1.0");
        CatalogJson.ReadExtension(await File.ReadAllTextAsync(PathOf("back.json")), [ExampleCatalogs.Placement]).Value.ShouldBe(ExampleCatalogs.NrwExtension);
    }

    private static string Canonical(string json) => Sort(System.Text.Json.Nodes.JsonNode.Parse(json))!.ToJsonString();

    private static System.Text.Json.Nodes.JsonNode? Sort(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => new System.Text.Json.Nodes.JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        System.Text.Json.Nodes.JsonArray a => new System.Text.Json.Nodes.JsonArray(a.Select(Sort).ToArray()),
        _ => node?.DeepClone(),
    };
}
