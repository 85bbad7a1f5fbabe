using System.Text.Json.Nodes;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Session 12: the survivors of session 11's Stryker group <c>c</c> (<c>Serialization/CatalogJson.cs</c>) that session
/// left untreated: <c>DetectKind</c>, the argument checks, the carried FHIR header checks, <c>ReadRegistry</c>'s
/// prefixes, <c>Parse</c>'s line and path, the schema problems, the missing effective period, the help text, the condition
/// branches a broken catalogue did not reach, and the exact text the writers leave out (empty lists, the
/// caller-supplied header, an item's missing text).
/// </summary>
public class Session12CatalogJsonTests
{
    private static string[] Lines(IEnumerable<ValidationProblem> problems) => [.. problems.Select(p => $"{p.Code} @ {p.Path}: {p.Message}")];

    private const string Header = "\"id\": \"cat\", \"customerProcess\": \"placement\", \"version\": \"1.0\", \"title\": \"T\", \"status\": \"active\"";

    private const string Question = "{ \"type\": \"question\", \"linkId\": \"q\", \"text\": \"Q?\", \"answerKind\": \"verdict\" }";

    /// <summary>A catalogue document; <paramref name="members"/> follow the header, with a leading comma.</summary>
    private static string Catalogue(string members, string effective = ", \"effective\": { \"from\": \"2025-01-01\" }", string items = "[ " + Question + " ]") =>
        "{ \"schema\": \"vkb-catalog/1\", " + Header + effective + ", \"items\": " + items + members + " }";

    [Fact]
    public void DetectKind_AcceptsCommentsAndTrailingCommas_AndANonStringSchemaIsUnknown()
    {
        CatalogJson.DetectKind("// a comment\n{ \"schema\": \"vkb-catalog/1\" }").ShouldBe(CatalogDocumentKind.Catalog);
        CatalogJson.DetectKind("{ \"schema\": \"vkb-catalog-extension/1\", }").ShouldBe(CatalogDocumentKind.Extension);
        CatalogJson.DetectKind("{ \"schema\": 1 }").ShouldBe(CatalogDocumentKind.Unknown);
        CatalogJson.DetectKind("{ \"schema\": null }").ShouldBe(CatalogDocumentKind.Unknown);
        Should.Throw<ArgumentNullException>(() => CatalogJson.DetectKind(null!)).ParamName.ShouldBe("json");
    }

    [Fact]
    public void PublicEntryPoints_NameTheirNullArgument()
    {
        Should.Throw<ArgumentNullException>(() => CatalogJson.Write((Catalog)null!)).ParamName.ShouldBe("catalog");
        Should.Throw<ArgumentNullException>(() => CatalogJson.Write((CatalogExtension)null!)).ParamName.ShouldBe("extension");
        Should.Throw<ArgumentNullException>(() => CatalogJson.ReadCatalog(null!)).ParamName.ShouldBe("json");
        Should.Throw<ArgumentNullException>(() => CatalogJson.ReadExtension("{}", null!)).ParamName.ShouldBe("catalogs");
    }

    [Fact]
    public void ReadCatalog_WrongSchema_BadVersion_BadAnswerKind_AndACarriedItemThatIsNoObject()
    {
        var json = Catalogue(string.Empty, items: "[ { \"type\": \"question\", \"linkId\": \"q\", \"text\": \"Q?\", \"answerKind\": \"scale\", \"fhir\": 5 } ]")
            .Replace("vkb-catalog/1", "vkb-catalog/2", StringComparison.Ordinal).Replace("\"1.0\"", "\"a|b\"", StringComparison.Ordinal);

        Lines(CatalogJson.ReadCatalog(json).Problems).ShouldBe(
        [
            "wrong-schema @ schema: The schema must be 'vkb-catalog/1'.",
            "invalid-version @ version: A version is 1 to 64 printable characters without surrounding white space and without '|'.",
            "invalid-answer-kind @ items[0].answerKind: The answer kind must be a defined value.",
            "unsupported-element @ items[0].fhir: The carried FHIR elements must be a JSON object.",
        ]);
    }

    [Fact]
    public void ReadCatalog_NoEffectivePeriod_OrOneWithoutItsFirstDay_IsOneProblem()
    {
        Lines(CatalogJson.ReadCatalog(Catalogue(string.Empty, effective: string.Empty)).Problems).ShouldBe(
            ["missing-effective-from @ effective.from: The first effective day is required."]);
        Lines(CatalogJson.ReadCatalog(Catalogue(string.Empty, effective: ", \"effective\": { \"to\": \"2025-12-31\" }")).Problems).ShouldBe(
            ["missing-effective-from @ effective.from: The first effective day is required."]);
    }

    [Fact]
    public void ReadCatalog_WrongShape_NamesTheLineAndThePath()
    {
        Lines(CatalogJson.ReadCatalog("{\n  \"schema\": \"vkb-catalog/1\",\n  \"id\": \"cat\",\n  \"version\": 5\n}").Problems).ShouldBe(
            ["malformed-json @ line 4, at $.version: The document is not JSON of the expected shape (unknown field or wrong type)."]);
    }

    [Fact]
    public void ReadCatalog_HelpText_BecomesTheQuestionsHelpItem()
    {
        var json = Catalogue(string.Empty, items: "[ { \"type\": \"question\", \"linkId\": \"q\", \"text\": \"Q?\", \"answerKind\": \"verdict\", \"helpText\": \"Look at the file.\" } ]");

        var help = CatalogJson.ReadCatalog(json).GetValueOrThrow().Items.Single().Items.Single().ShouldBeOfType<DisplayItem>();

        (help.IsHelp, help.Text).ShouldBe((true, "Look at the file."));
    }

    private const string CarriedConflicting =
        ", \"fhir\": { \"id\": \"other\", \"useContext\": [ { \"valueCodeableConcept\": { \"coding\": [ { \"system\": \"urn:vkb:customer-process\", \"code\": \"rehabilitation\" } ] } } ], " +
        "\"effectivePeriod\": { \"start\": \"2024-01-01\" } }";

    private const string CarriedAgreeing =
        ", \"fhir\": { \"id\": \"cat\", \"useContext\": [ { \"valueCodeableConcept\": { \"coding\": [ { \"system\": \"urn:vkb:customer-process\", \"code\": \"placement\" } ] } } ], " +
        "\"effectivePeriod\": { \"start\": \"2025-01-01\" } }";

    [Fact]
    public void ReadCatalog_CarriedHeader_MustAgreeWithTheCatalogue_UnlessTheCallerSuppliedIt()
    {
        Lines(CatalogJson.ReadCatalog(Catalogue(CarriedConflicting)).Problems).ShouldBe(
        [
            "carried-conflict @ id: The id differs from the one in the carried FHIR elements; change both or neither.",
            "carried-conflict @ customerProcess: The customer process differs from the one in the carried FHIR elements; change both or neither.",
            "carried-conflict @ effective: The effective period differs from the one in the carried FHIR elements; change both or neither.",
        ]);
        CatalogJson.ReadCatalog(Catalogue(CarriedAgreeing)).Problems.ShouldBeEmpty();
        CatalogJson.ReadCatalog(Catalogue(CarriedAgreeing.Replace("\"start\": \"2025-01-01\"", "\"start\": \"2025-01-01\", \"end\": \"2025-12-31\"", StringComparison.Ordinal)))
            .Problems.Single().Path.ShouldBe("effective");
        CatalogJson.ReadCatalog(Catalogue(CarriedConflicting + ", \"suppliedByCaller\": [ \"id\", \"customerProcess\", \"effectiveFrom\" ]")).Problems.ShouldBeEmpty();
        Lines(CatalogJson.ReadCatalog(Catalogue(CarriedConflicting + ", \"suppliedByCaller\": [ \"id\", \"id\", \"customerProcess\" ]")).Problems).ShouldBe(
            ["carried-conflict @ effective: The effective period differs from the one in the carried FHIR elements; change both or neither."]);
    }

    [Fact]
    public void ReadCatalog_NoIdAndNoProcess_AreEmpty_AndAgreeWithAnEmptyCarriedIdAndProcess()
    {
        var json = "{ \"schema\": \"vkb-catalog/1\", \"version\": \"1.0\", \"title\": \"T\", \"status\": \"active\", \"effective\": { \"from\": \"2025-01-01\" }, \"items\": [ " + Question + " ], " +
            "\"fhir\": { \"id\": \"\", \"useContext\": [ { \"valueCodeableConcept\": { \"coding\": [ { \"system\": \"urn:vkb:customer-process\", \"code\": \"\" } ] } } ], " +
            "\"effectivePeriod\": { \"start\": \"2025-01-01\" } } }";

        Lines(CatalogJson.ReadCatalog(json).Problems).ShouldBe(
        [
            "missing-field @ customerProcess: The customer process is required.",
            "invalid-id @ id: The id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.",
            "invalid-customer-process @ customerProcess: The customer process must be a code of letters, digits, '.', '_' or '-'.",
        ]);
    }

    [Fact]
    public void ReadCatalog_EmptyCarriedHeader_IsReadFromFhirWithNothingToCarry_NotACatalogueOfOurOwn()
    {
        // Read from FHIR with the whole header supplied by the caller: an empty carried header, kept as such.
        var catalog = CatalogJson.ReadCatalog(Catalogue(", \"fhir\": {}, \"suppliedByCaller\": [ \"id\", \"customerProcess\", \"effectiveFrom\" ]")).GetValueOrThrow();

        catalog.Carried.ShouldNotBeNull();
        CatalogJson.Write(catalog).ShouldContain("\"fhir\": {}");
        CatalogJson.ReadCatalog(Catalogue(string.Empty)).GetValueOrThrow().Carried.ShouldBeNull();
    }

    [Fact]
    public void ReadCatalog_ConditionsTheBrokenCatalogueDidNotReach_AreEachReported()
    {
        const string number = "{ \"type\": \"question\", \"linkId\": \"n\", \"text\": \"N?\", \"answerKind\": \"wholeNumber\" }";
        string Conditioned(string linkId, string condition) =>
            "{ \"type\": \"question\", \"linkId\": \"" + linkId + "\", \"text\": \"?\", \"answerKind\": \"verdict\", \"enableWhen\": " + condition + " }";
        var items = "[ " + number + ", " + string.Join(", ",
            Conditioned("a", "{ \"compare\": { \"linkId\": \"n\", \"operator\": \">\" } }"),
            Conditioned("b", "{ \"compare\": { \"operator\": \">\", \"value\": { \"wholeNumber\": 1 } } }"),
            Conditioned("c", "{ \"compare\": { \"linkId\": \"n\", \"operator\": \">\", \"value\": { \"text\": \"\" } } }"),
            Conditioned("d", "{ \"answerIs\": { \"linkId\": \"n\" } }"),
            Conditioned("e", "{ \"answerIs\": { \"value\": { \"wholeNumber\": 1 } } }"),
            Conditioned("f", "{ \"any\": [ { \"answered\": \"n\" }, {} ] }")) + " ]";

        Lines(CatalogJson.ReadCatalog(Catalogue(string.Empty, items: items)).Problems).ShouldBe(
        [
            "invalid-condition @ items[1].enableWhen.compare: compare needs a linkId, an operator (>, <, >=, <=) and a value.",
            "invalid-condition @ items[2].enableWhen.compare: compare needs a linkId, an operator (>, <, >=, <=) and a value.",
            "invalid-value @ items[3].enableWhen.compare.value: A text value must not be empty.",
            "invalid-condition @ items[3].enableWhen.compare: compare needs a linkId, an operator (>, <, >=, <=) and a value.",
            "invalid-condition @ items[4].enableWhen.answerIs: answerIs needs a linkId and a value.",
            "invalid-condition @ items[5].enableWhen.answerIs: answerIs needs a linkId and a value.",
            "invalid-condition @ items[6].enableWhen.any[1]: A condition has exactly one of answerIs, compare, answered, all, any, not.",
            "invalid-condition @ items[6].enableWhen.any: A composed condition needs at least one valid operand.",
        ]);
    }

    [Fact]
    public void ImportQuestionnaire_ConditionExtensionWithoutACondition_IsReported()
    {
        static string Questionnaire(string valueString) => new JsonObject
        {
            ["resourceType"] = "Questionnaire",
            ["url"] = "urn:vkb:catalog:cat",
            ["version"] = "1.0",
            ["status"] = "active",
            ["title"] = "T",
            ["useContext"] = JsonNode.Parse("[ { \"valueCodeableConcept\": { \"coding\": [ { \"system\": \"urn:vkb:customer-process\", \"code\": \"placement\" } ] } } ]"),
            ["effectivePeriod"] = new JsonObject { ["start"] = "2025-01-01" },
            ["item"] = new JsonArray(
                new JsonObject { ["linkId"] = "q", ["type"] = "boolean", ["text"] = "Q?" },
                new JsonObject
                {
                    ["linkId"] = "r", ["type"] = "boolean", ["text"] = "R?",
                    ["extension"] = new JsonArray(new JsonObject { ["url"] = FhirQuestionnaire.ConditionExtension, ["valueString"] = valueString }),
                }),
        }.ToJsonString();
        const string problem = "invalid-condition @ Questionnaire.item[1].extension: The condition extension must hold a condition in the vkb-catalog/1 JSON form.";

        Lines(FhirQuestionnaire.ImportQuestionnaire(Questionnaire("not json")).Problems).ShouldBe([problem]);
        Lines(FhirQuestionnaire.ImportQuestionnaire(Questionnaire("null")).Problems).ShouldBe([problem]);
        FhirQuestionnaire.ImportQuestionnaire(Questionnaire("{ \"answered\": \"q\" }")).GetValueOrThrow().Items[1].EnableWhen.ShouldBe(EnableCondition.Answered("q"));
    }

    private const string ExtensionHead = "{ \"schema\": \"vkb-catalog-extension/1\", \"id\": \"ext\", \"regionalDirectorate\": \"NRW\", \"version\": \"1.0\", \"title\": \"E\", \"status\": \"active\", " +
        "\"effective\": { \"from\": \"2025-01-01\" }, ";

    [Fact]
    [Trait("Rule", "C3")]
    public void ReadExtension_WrongSchema_SyntaxError_AndNoBase_NeverLookAtTheCandidates()
    {
        var candidates = new NeverEnumerated();

        Lines(CatalogJson.ReadExtension(ExtensionHead.Replace("extension/1", "extension/2", StringComparison.Ordinal) + "\"items\": [] }", candidates).Problems).ShouldBe(
        [
            "wrong-schema @ schema: The schema must be 'vkb-catalog-extension/1'.",
            "missing-field @ base.id: A pin needs an id and a version.",
        ]);
        Lines(CatalogJson.ReadExtension("{ \"schema\": ", candidates).Problems).ShouldHaveSingleItem().ShouldStartWith("malformed-json @ line 1");
    }

    [Fact]
    [Trait("Rule", "C3")]
    public void ReadExtension_NoRegionalDirectorate_IsEmpty_SoTheLinkIdsNamespaceIsEmptyToo()
    {
        var json = "{ \"schema\": \"vkb-catalog-extension/1\", \"id\": \"ext\", \"version\": \"1.0\", \"title\": \"E\", \"status\": \"active\", \"effective\": { \"from\": \"2025-01-01\" }, " +
            "\"base\": { \"id\": \"" + ExampleCatalogs.Placement.Id + "\", \"version\": \"" + ExampleCatalogs.Placement.Version + "\" }, " +
            "\"items\": [ { \"type\": \"question\", \"linkId\": \"x\", \"text\": \"X?\", \"answerKind\": \"verdict\" } ] }";

        Lines(CatalogJson.ReadExtension(json, [ExampleCatalogs.Placement]).Problems).ShouldBe(
        [
            "invalid-regional-directorate @ regionalDirectorate: The RD code must be 1 to 16 ASCII letters or digits.",
            "link-id-not-namespaced @ items[0] 'x': Every link id of a regional extension must start with its namespace ':'.",
        ]);
    }

    private sealed class NeverEnumerated : IEnumerable<Catalog>
    {
        public IEnumerator<Catalog> GetEnumerator() => throw new InvalidOperationException("The candidates were looked at.");

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ReadAssessment_WrongSchema_IsReportedAtItsPath()
    {
        const string members = "\"caseReference\": \"PSN-1\", \"level\": \"teamLead\", \"regionalDirectorate\": \"NRW\", \"date\": \"2025-04-01\", \"status\": \"completed\", " +
            "\"pins\": [ { \"id\": \"cat\", \"version\": \"1.0\" } ], \"answers\": []";

        Lines(CatalogJson.ReadAssessment("{ \"schema\": \"vkb-assessment/2\", " + members + " }").Problems).ShouldBe(["wrong-schema @ schema: The schema must be 'vkb-assessment/1'."]);
        Lines(CatalogJson.ReadAssessments("[ { " + members + " } ]").Problems).ShouldBe(["wrong-schema @ [0].schema: The schema must be 'vkb-assessment/1'."]);
    }

    [Fact]
    public void ReadRegistry_EveryDocumentsProblems_CarryItsName()
    {
        var result = CatalogJson.ReadRegistry(
        [
            new("a.json", Catalogue(string.Empty).Replace("\"1.0\"", "\"a|b\"", StringComparison.Ordinal)),
            new("b.json", ExtensionHead + "\"base\": { \"id\": \"cat\", \"version\": \"9.0\" }, \"items\": [] }"),
        ]);

        Lines(result.Problems).ShouldBe(
        [
            "invalid-version @ a.json: version: A version is 1 to 64 printable characters without surrounding white space and without '|'.",
            "unknown-base @ b.json: base: The base catalogue version cat@9.0 is not available.",
        ]);
    }

    [Fact]
    public void Write_LeavesOutEmptyListsAndWhatIsNotThere_AndWritesACodedOptionAsCodeAndDisplay()
    {
        const string json = """
            {
              "schema": "vkb-catalog/1",
              "id": "cat",
              "customerProcess": "placement",
              "version": "1.0",
              "status": "active",
              "effective": {
                "from": "2025-01-01"
              },
              "title": "T",
              "items": [
                {
                  "linkId": "g",
                  "type": "group",
                  "items": [
                    {
                      "linkId": "q",
                      "type": "question",
                      "text": "Q?",
                      "answerKind": "verdict"
                    }
                  ]
                },
                {
                  "linkId": "c",
                  "type": "question",
                  "text": "C?",
                  "answerKind": "singleChoice",
                  "options": [
                    {
                      "code": "a",
                      "display": "A"
                    },
                    {
                      "code": "b",
                      "display": "B"
                    }
                  ]
                }
              ]
            }
            """;

        CatalogJson.Write(CatalogJson.ReadCatalog(json).GetValueOrThrow()).ReplaceLineEndings("\n").ShouldBe(json.ReplaceLineEndings("\n"));
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void InProgressAssessment_IsReadAndWrittenAsInProgress()
    {
        const string json = "{ \"schema\": \"vkb-assessment/1\", \"caseReference\": \"PSN-1\", \"level\": \"teamLead\", \"regionalDirectorate\": \"NRW\", \"date\": \"2025-04-01\", " +
            "\"status\": \"inProgress\", \"pins\": [ { \"id\": \"cat\", \"version\": \"1.0\" } ], \"answers\": [] }";

        var assessment = CatalogJson.ReadAssessment(json).GetValueOrThrow();

        assessment.Status.ShouldBe(AssessmentStatus.InProgress);
        CatalogJson.Write(assessment).ShouldContain("\"status\": \"inProgress\"");
    }
}
