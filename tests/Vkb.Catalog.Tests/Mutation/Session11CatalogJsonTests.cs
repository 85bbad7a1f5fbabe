namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Session 11's Stryker group <c>c</c>: <c>Serialization/CatalogJson.cs</c>, never run before. The readers' tests compared
/// problem codes; these compare code, path and message of every problem of documents broken in many places at once.
/// </summary>
public class Session11CatalogJsonTests
{
    private static string[] Lines(IEnumerable<ValidationProblem> problems) => [.. problems.Select(p => $"{p.Code} @ {p.Path}: {p.Message}")];

    private const string BadCatalog = """
    { "schema": "vkb-catalog/1", "id": "bad", "version": "1.0", "title": "T", "status": "done",
      "effective": { "from": "2025-13-01", "to": "2025-02-30" },
      "suppliedByCaller": ["id", "colour"], "fhir": 5,
      "items": [
        null,
        { "type": "question", "linkId": "q", "text": "Q?", "answerKind": "singleChoice",
          "options": [ { "code": "a", "display": "A", "value": { "code": " a " } }, { "code": "b", "display": "B", "value": { "text": "" } },
                       { "code": "c", "display": "C", "value": { "date": "2025-1-1" } }, { "code": "d", "display": "D", "value": { "code": "x", "text": "y" } },
                       { "code": "e", "display": "E", "fhir": [] } ] },
        { "type": "question", "linkId": "r", "text": "R?", "answerKind": "verdict",
          "enableWhen": { "all": [ { "compare": { "linkId": "q", "operator": "~", "value": { "wholeNumber": 1 } } },
                                   { "answerIs": { "value": { "verdict": "maybe" } } }, { "not": { "answered": "q", "any": [] } }, null ] } },
        { "type": "question", "linkId": "s", "text": "S?", "answerKind": "verdict", "enableWhen": { "any": [] } },
        { "type": "group", "linkId": "g", "text": "G", "items": [ { "type": "gizmo", "linkId": "x" } ] }
      ] }
    """;

    [Fact]
    public void ReadCatalog_BadEverywhere_EveryProblemHasItsPathAndRule() =>
        Lines(CatalogJson.ReadCatalog(BadCatalog).Problems).ShouldBe(
        [
            "invalid-status @ status: The status must be draft, active or retired.",
            "invalid-date @ effective.from: A date must be written yyyy-MM-dd.",
            "invalid-date @ effective.to: A date must be written yyyy-MM-dd.",
            "missing-field @ customerProcess: The customer process is required.",
            "missing-field @ items[0]: An item must be an object.",
            "invalid-value @ items[1].options[0].value: A code is 1 to 256 characters without control characters or surrounding white space.",
            "invalid-value @ items[1].options[1].value: A text value must not be empty.",
            "invalid-date @ items[1].options[2].value: A date must be written yyyy-MM-dd.",
            "invalid-value @ items[1].options[3].value: A value has exactly one of verdict, code, text, date, wholeNumber, boolean, decimal, dateTime, time, uri, coding, quantity, reference, attachment.",
            "unsupported-element @ items[1].options[4].fhir: The carried FHIR elements must be a JSON object.",
            "invalid-condition @ items[2].enableWhen.all[0].compare: compare needs a linkId, an operator (>, <, >=, <=) and a value.",
            "invalid-value @ items[2].enableWhen.all[1].answerIs.value: A verdict is yes, partly, no or not-assessable.",
            "invalid-condition @ items[2].enableWhen.all[1].answerIs: answerIs needs a linkId and a value.",
            "invalid-condition @ items[2].enableWhen.all[2].not: A condition has exactly one of answerIs, compare, answered, all, any, not.",
            "invalid-condition @ items[2].enableWhen.all: A composed condition needs at least one valid operand.",
            "invalid-condition @ items[3].enableWhen.any: A composed condition needs at least one valid operand.",
            "invalid-item-type @ items[4].items[0].type: The item type must be one of the FHIR R4 item types (group, display, boolean, decimal, integer, date, dateTime, time, string, text, url, choice, open-choice, attachment, reference, quantity).",
            "unsupported-element @ fhir: The carried FHIR elements must be a JSON object.",
            "invalid-value @ suppliedByCaller: suppliedByCaller lists id, customerProcess or effectiveFrom.",
            "invalid-customer-process @ customerProcess: The customer process must be a code of letters, digits, '.', '_' or '-'.",
            "missing-effective-from @ effective.from: The first effective day is required.",
            "empty-group @ items[3] 'g': A group must contain at least one item.",
        ]);

    private const string Base = "\"base\": { \"id\": \"beispiel-arbeitsvermittlung\", ";

    private static string[] ExtensionProblems(string members) =>
        Lines(CatalogJson.ReadExtension("{ \"schema\": \"vkb-catalog-extension/1\", " + members + " }", [ExampleCatalogs.Placement]).Problems);

    [Fact]
    [Trait("Rule", "C3")]
    public void ReadExtension_BadBaseOrBadParts_EveryProblemHasItsPathAndRule()
    {
        ExtensionProblems(Base + "\"version\": \"9.0\" }").ShouldBe(["unknown-base @ base: The base catalogue version beispiel-arbeitsvermittlung@9.0 is not available."]);
        ExtensionProblems("\"base\": { \"version\": \"1.0\" }").ShouldBe(["missing-field @ base.id: A pin needs an id and a version."]);
        ExtensionProblems(Base + "\"version\": \"a|b\" }").ShouldBe(["invalid-version @ base.version: A version is 1 to 64 printable characters without surrounding white space and without '|'."]);
        ExtensionProblems(Base + "\"version\": \"1.0\" }, \"version\": \"a|b\", \"status\": \"done\", \"effective\": { \"from\": \"2025-01-01\" }, \"items\": [ { \"type\": \"gizmo\" } ]").ShouldBe(
        [
            "invalid-version @ version: A version is 1 to 64 printable characters without surrounding white space and without '|'.",
            "invalid-status @ status: The status must be draft, active or retired.",
            "invalid-item-type @ items[0].type: The item type must be one of the FHIR R4 item types (group, display, boolean, decimal, integer, date, dateTime, time, string, text, url, choice, open-choice, attachment, reference, quantity).",
            "invalid-id @ id: The id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.",
            "missing-title @ title: A title is required.",
            "invalid-regional-directorate @ regionalDirectorate: The RD code must be 1 to 16 ASCII letters or digits.",
            "no-questions @ items: An extension needs at least one question.",
        ]);
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ReadAssessments_BadElements_EveryProblemHasItsPathAndRule_AndNoElementIsSkippedSilently()
    {
        const string json = """
        [ null, { "schema": "vkb-assessment/1", "caseReference": "PSN-1", "level": "teamLead", "regionalDirectorate": "NRW", "date": "2025-4-1",
                  "status": "completed", "pins": [ { "version": "1.0" }, { "id": "x", "version": "a|b" } ],
                  "answers": [ { "values": [] }, { "linkId": "q", "values": [ null, { "text": "" } ] } ],
                  "strengths": [ null ], "improvementPoints": [ { "theme": "t" } ] } ]
        """;

        Lines(CatalogJson.ReadAssessments(json).Problems).ShouldBe(
        [
            "missing-field @ [0]: An assessment must be an object.",
            "invalid-date @ [1].date: A date must be written yyyy-MM-dd.",
            "missing-field @ [1].pins[0].id: A pin needs an id and a version.",
            "invalid-version @ [1].pins[1].version: A version is 1 to 64 printable characters without surrounding white space and without '|'.",
            "missing-field @ [1].answers[0].linkId: Every answer names its question's link id.",
            "invalid-value @ [1].answers[1].values[0]: A value must be an object.",
            "invalid-value @ [1].answers[1].values[1]: A text value must not be empty.",
            "invalid-remark @ [1].strengths[0]: A remark needs a theme code (letters, digits, '.', '_', '-', ':') and a non-empty text.",
            "invalid-remark @ [1].improvementPoints[0]: A remark needs a theme code (letters, digits, '.', '_', '-', ':') and a non-empty text.",
        ]);
        CatalogJson.ReadAssessments("[ null ]").Problems.Single().Path.ShouldBe("[0]");
    }
}
