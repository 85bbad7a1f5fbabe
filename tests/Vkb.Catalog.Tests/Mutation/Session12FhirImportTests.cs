using System.Text.Json.Nodes;
using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Session 12's Stryker group <c>f2a</c>: the import half of <c>Fhir/QuestionnaireMapper.cs</c> (lines 1–699), never run
/// before. Its survivors: the carried-not-used warnings were never compared, the regional-extension import's problems
/// never reached, the header's caller conflicts, paths and sources, the value-set expansion's branches and the help marker.
/// </summary>
public class Session12FhirImportTests
{
    private static string[] Lines(IEnumerable<ValidationProblem> problems) => [.. problems.Select(p => $"{p.Code} @ {p.Path}: {p.Message}")];

    /// <summary>Errors, then warnings.</summary>
    private static string[] All<T>(BuildResult<T> result)
        where T : class => Lines(result.Problems.Concat(result.Warnings));

    /// <summary>JSON written with single quotes (no apostrophe in any text here).</summary>
    private static string J(string text) => text.Replace('\'', '"');

    private const string Header =
        "'resourceType': 'Questionnaire', 'url': 'urn:vkb:catalog:cat', 'version': '1.0', 'status': 'active', 'title': 'T', " +
        "'useContext': [ { 'valueCodeableConcept': { 'coding': [ { 'system': 'urn:vkb:customer-process', 'code': 'placement' } ] } } ], " +
        "'effectivePeriod': { 'start': '2025-01-01' }";

    private const string Boolean = "{ 'linkId': 'b', 'type': 'boolean', 'text': 'B?' }";

    private static BuildResult<Catalog> Import(string members, FhirImportOptions? options = null) =>
        FhirQuestionnaire.ImportQuestionnaire(J("{ " + members + " }"), options ?? new FhirImportOptions());

    [Fact]
    public void ImportQuestionnaire_CarriedElements_AreEachReportedOnce_WithTheirCountAndFirstPath()
    {
        var json = "'resourceType': 'Questionnaire', 'id': 'cat', 'meta': {}, 'text': {}, 'language': 'de', " +
            "'contained': [ { 'resourceType': 'ValueSet', 'id': 'vs', 'expansion': { 'contains': [ { 'system': 'urn:s', 'code': 'a' } ] } } ], " +
            "'extension': [ { 'url': 'urn:x:a' }, { 'valueString': 'no url' }, { 'url': 'urn:x:a' } ], " +
            "'url': 'urn:vkb:catalog:cat', 'identifier': [ { 'system': 'urn:vkb:catalog-id', 'value': 'cat' } ], 'version': '1.0', 'title': 'T', 'status': 'active', " +
            "'publisher': 'P', 'useContext': [ { 'valueCodeableConcept': { 'coding': [ { 'system': 'urn:vkb:customer-process', 'code': 'placement' } ] } } ], " +
            "'effectivePeriod': { 'start': '2025-01-01' }, 'code': [ { 'code': 'c' } ], " +
            "'item': [ { 'linkId': 'g', 'type': 'group', 'text': 'G', 'prefix': '1.', 'item': [ " +
            "  { 'linkId': 'q', 'type': 'boolean', 'text': 'Q?', 'code': [ { 'code': 'x' } ], 'extension': [ { 'url': 'urn:x:b' }, { 'valueString': 'x' } ] }, " +
            "  { 'linkId': 'c', 'type': 'choice', 'text': 'C?', 'answerValueSet': '#vs', 'item': [ { 'linkId': 'c-help', 'type': 'display', 'text': 'H', " +
            "    'extension': [ { 'url': '" + QuestionnaireMapper.ItemControl + "', 'valueCodeableConcept': { 'coding': [ { 'system': '" + QuestionnaireMapper.ItemControlSystem + "', 'code': 'help' } ] } }, { 'url': 'urn:x:c' } ] } ] } ] } ]";

        var result = Import(json);

        result.IsValid.ShouldBeTrue();
        All(result).ShouldBe(
        [
            "carried-not-used @ Questionnaire.code: Questionnaire.code is carried unchanged but not used by VKB (1 occurrence(s); the path is the first).",
            "carried-not-used @ Questionnaire.extension: extension 'urn:x:a' is carried unchanged but not used by VKB (2 occurrence(s); the path is the first).",
            "carried-not-used @ Questionnaire.item[0].item[0].code: Questionnaire.item.code is carried unchanged but not used by VKB (1 occurrence(s); the path is the first).",
            "carried-not-used @ Questionnaire.item[0].item[0].extension: extension 'urn:x:b' is carried unchanged but not used by VKB (1 occurrence(s); the path is the first).",
            "carried-not-used @ Questionnaire.item[0].item[0].extension: extension '?' is carried unchanged but not used by VKB (2 occurrence(s); the path is the first).",
            "carried-not-used @ Questionnaire.item[0].item[1].item[0].extension: extension 'urn:x:c' is carried unchanged but not used by VKB (1 occurrence(s); the path is the first).",
            "carried-not-used @ Questionnaire.item[0].prefix: Questionnaire.item.prefix is carried unchanged but not used by VKB (1 occurrence(s); the path is the first).",
            "carried-not-used @ Questionnaire.publisher: Questionnaire.publisher is carried unchanged but not used by VKB (1 occurrence(s); the path is the first).",
        ]);
    }

    [Fact]
    public void ImportQuestionnaire_HeaderFromTheCaller_ConflictsAndMissingParts_AreNamed()
    {
        var options = new FhirImportOptions { CatalogId = "other", CustomerProcess = "rehabilitation", EffectiveFrom = new LocalDate(2024, 1, 1) };
        All(Import(Header + ", 'item': [ " + Boolean + " ]", options)).ShouldBe(
        [
            "header-conflict @ Questionnaire.identifier: The catalogue id given by the caller differs from the one in the document; the document's conventions and the caller's values must agree.",
            "header-conflict @ Questionnaire.useContext: The customer process given by the caller differs from the one in the document; the document's conventions and the caller's values must agree.",
            "header-conflict @ Questionnaire.effectivePeriod.start: The first effective day given by the caller differs from the one in the document; the document's conventions and the caller's values must agree.",
        ]);

        All(Import("'resourceType': 'Questionnaire', 'status': 'active', 'title': 'T', 'item': [ " + Boolean + " ]")).ShouldBe(
        [
            "missing-field @ Questionnaire.useContext: The customer process is required: a useContext coding of system 'urn:vkb:customer-process', or the caller's --customer-process.",
            "missing-field @ Questionnaire.id: The catalogue id is required: an identifier of system 'urn:vkb:catalog-id', a url 'urn:vkb:catalog:<id>', the resource id, or the caller's --catalog-id.",
            "missing-field @ Questionnaire.version: A version is required; any FHIR version string is kept.",
            "missing-effective-from @ Questionnaire.effectivePeriod.start: The first effective day is required.",
        ]);
        All(Import(Header.Replace("'1.0'", "'a|b'", StringComparison.Ordinal).Replace("'2025-01-01'", "'2025-13-01' , 'end': '2025-12-31junk'", StringComparison.Ordinal) + ", 'item': [ " + Boolean + " ]")).ShouldBe(
        [
            "invalid-date @ Questionnaire.effectivePeriod.start: A date must be written yyyy-MM-dd.",
            "invalid-date @ Questionnaire.effectivePeriod.end: A date must be written yyyy-MM-dd.",
            "invalid-version @ Questionnaire.version: A version is 1 to 64 printable characters without surrounding white space and without '|'.",
            "missing-effective-from @ Questionnaire.effectivePeriod.start: The first effective day is required.",
        ]);
        All(Import(Header.Replace("'active'", "'unknown'", StringComparison.Ordinal) + ", 'item': [ " + Boolean + " ]")).ShouldBe(
            ["invalid-status @ Questionnaire.status: The status must be draft, active or retired (VKB has no meaning for 'unknown')."]);
        All(Import(Header.Replace("'2025-01-01'", "'2025-01'", StringComparison.Ordinal) + ", 'item': [ " + Boolean + " ]")).ShouldBe(
        [
            "invalid-date @ Questionnaire.effectivePeriod.start: A date must be written yyyy-MM-dd.",
            "missing-effective-from @ Questionnaire.effectivePeriod.start: The first effective day is required.",
        ]);
    }

    [Fact]
    public void ImportQuestionnaire_TheCatalogueId_ComesFromTheIdentifier_ThenTheUrl_ThenTheResourceId()
    {
        const string rest = "'version': '1.0', 'status': 'active', 'title': 'T', " +
            "'useContext': [ { 'valueCodeableConcept': { 'coding': [ { 'system': 'urn:vkb:customer-process', 'code': 'placement' } ] } } ], " +
            "'effectivePeriod': { 'start': '2025-01-01' }, 'item': [ " + Boolean + " ]";

        Import("'resourceType': 'Questionnaire', 'id': 'c', 'url': 'urn:vkb:catalog:b', 'identifier': [ { 'system': 'urn:vkb:catalog-id', 'value': 'a' } ], " + rest)
            .GetValueOrThrow().Id.ShouldBe("a");
        Import("'resourceType': 'Questionnaire', 'id': 'c', 'url': 'urn:vkb:catalog:b', " + rest).GetValueOrThrow().Id.ShouldBe("b");
        Import("'resourceType': 'Questionnaire', 'id': 'c', " + rest).GetValueOrThrow().Id.ShouldBe("c");
    }

    [Fact]
    public void ImportQuestionnaire_BadItems_AndNotAQuestionnaire_AreNamed()
    {
        All(Import(Header + ", 'item': [ { 'type': 'boolean', 'text': 'B?' }, { 'linkId': 'x', 'type': 'gizmo' }, { 'linkId': 'g', 'type': 'group', 'text': 'G' }, " + Boolean + " ]"))
            .ShouldBe(
        [
            "missing-field @ Questionnaire.item[0].linkId: Every item needs a linkId.",
            "invalid-item-type @ Questionnaire.item[1].type: The item type must be one of the FHIR R4 item types (group, display, boolean, decimal, integer, date, dateTime, time, string, text, url, choice, open-choice, attachment, reference, quantity).",
            "invalid-link-id @ Questionnaire.item[0].linkId: A link id must be 1 to 255 characters without control characters or surrounding white space.",
            "empty-group @ Questionnaire.item[2]: A group must contain at least one item.",
        ]);
        All(FhirQuestionnaire.ImportQuestionnaire(J("{ 'resourceType': 'Patient' }"))).ShouldBe(["wrong-resource-type @ resourceType: The resource must be a FHIR R4 Questionnaire."]);
        All(FhirQuestionnaire.ImportExtension(J("{ 'resourceType': 'Patient' }"), [])).ShouldBe(["wrong-resource-type @ resourceType: The resource must be a FHIR R4 Questionnaire."]);
    }

    [Fact]
    public void ImportQuestionnaire_ValueSets_AreExpandedFromEveryForm_OrRefusedWithTheirPath()
    {
        var options = new FhirImportOptions();
        options.ValueSets["http://example.org/vs"] = JsonNode.Parse(J("{ 'resourceType': 'ValueSet', 'expansion': { 'contains': [ { 'system': 'urn:s', 'code': 'u', 'display': 'U', 'contains': [ { 'system': 'urn:s', 'code': 'v', 'display': 'V' } ] } ] } }"))!.AsObject();
        var contained = "'contained': [ " +
            "{ 'resourceType': 'ValueSet', 'id': 'compose', 'compose': { 'include': [ { 'system': 'urn:t', 'concept': [ { 'code': 'k', 'display': 'K' } ] } ] } }, " +
            "{ 'resourceType': 'ValueSet', 'id': 'filter', 'compose': { 'include': [ { 'system': 'urn:t', 'concept': [ { 'code': 'k' } ], 'filter': [] } ] } }, " +
            "{ 'resourceType': 'ValueSet', 'id': 'nested', 'compose': { 'include': [ { 'system': 'urn:t', 'concept': [ { 'code': 'k' } ], 'valueSet': [] } ] } }, " +
            "{ 'resourceType': 'ValueSet', 'id': 'exclude', 'compose': { 'include': [ { 'system': 'urn:t', 'concept': [ { 'code': 'k' } ] } ], 'exclude': [] } }, " +
            "{ 'resourceType': 'ValueSet', 'id': 'empty', 'compose': { 'include': [ { 'system': 'urn:t', 'concept': [] } ] } } ]";
        string Choice(string linkId, string valueSet) => "{ 'linkId': '" + linkId + "', 'type': 'choice', 'text': '?', 'answerValueSet': '" + valueSet + "' }";

        var good = Import(Header + ", " + contained + ", 'item': [ " + Choice("url", "http://example.org/vs|1.0") + ", " + Choice("compose", "#compose") + " ]", options).GetValueOrThrow();

        good.Items.OfType<QuestionItem>().Select(q => string.Join(" ", q.Options.Select(o => $"{o.Value.System}|{o.Value.Code}|{o.Value.Display}"))).ShouldBe(["urn:s|u|U urn:s|v|V", "urn:t|k|K"]);
        All(Import(Header + ", " + contained + ", 'item': [ " + string.Join(", ", Choice("a", "#missing"), Choice("b", "#filter"), Choice("c", "#nested"), Choice("d", "#exclude"), Choice("e", "#empty"), Choice("f", "http://example.org/other")) + " ]", options))
            .ShouldBe(
        [
            "value-set-not-found @ Questionnaire.item[0].answerValueSet: The answerValueSet is neither a contained ValueSet ('#id') nor a value set in the value-set folder given.",
            "value-set-not-expandable @ Questionnaire.item[1].answerValueSet: The value set has neither an expansion nor a compose with explicit concepts; list its codes.",
            "value-set-not-expandable @ Questionnaire.item[2].answerValueSet: The value set has neither an expansion nor a compose with explicit concepts; list its codes.",
            "value-set-not-expandable @ Questionnaire.item[3].answerValueSet: The value set has neither an expansion nor a compose with explicit concepts; list its codes.",
            "value-set-not-expandable @ Questionnaire.item[4].answerValueSet: The value set has neither an expansion nor a compose with explicit concepts; list its codes.",
            "value-set-not-found @ Questionnaire.item[5].answerValueSet: The answerValueSet is neither a contained ValueSet ('#id') nor a value set in the value-set folder given.",
        ]);
    }

    [Fact]
    public void ImportQuestionnaire_OnlyAnItemControlHelpCoding_MakesADisplayItemHelp()
    {
        static string Display(string linkId, string extension) => "{ 'linkId': '" + linkId + "', 'type': 'display', 'text': 'H', 'extension': [ " + extension + " ] }";
        var help = "{ 'url': '" + QuestionnaireMapper.ItemControl + "', 'valueCodeableConcept': { 'coding': [ { 'code': 'help' } ] } }";
        var json = Header + ", 'item': [ { 'linkId': 'q', 'type': 'boolean', 'text': 'Q?', 'item': [ " + string.Join(", ",
            Display("help", help),
            Display("other-url", "{ 'url': 'urn:x:control', 'valueCodeableConcept': { 'coding': [ { 'code': 'help' } ] } }"),
            Display("other-code", help.Replace("'help'", "'drop-down'", StringComparison.Ordinal))) + " ] }, " +
            "{ 'linkId': 'r', 'type': 'boolean', 'text': 'R?', 'extension': [ { 'url': '" + QuestionnaireMapper.ItemControl + "', 'valueCodeableConcept': { 'coding': [ " +
            "{ 'system': '" + QuestionnaireMapper.ItemControlSystem + "', 'code': 'help', 'display': 'Help-Button' } ] } } ] } ]";

        var catalog = Import(json).GetValueOrThrow();

        catalog.Items[0].Items.Cast<DisplayItem>().Select(d => d.IsHelp).ShouldBe([true, false, false]);
        // A question is never help: the exact help marker this package writes on a display item is carried on it.
        catalog.Items[1].Carried.ShouldNotBeNull();
    }

    private const string ExtensionHeader =
        "'resourceType': 'Questionnaire', 'url': 'urn:vkb:catalog-extension:ext', 'version': '1.0', 'status': 'active', 'title': 'E', " +
        "'extension': [ { 'url': 'urn:vkb:fhir:regional-directorate', 'valueString': 'NRW' } ], 'effectivePeriod': { 'start': '2025-01-01' }";

    [Fact]
    [Trait("Rule", "C3")]
    public void ImportExtension_BadBasePinUrlRdVersionOrItem_AreNamedByTheirFhirPath_OncePerCause_AndItsWarningsKept()
    {
        var bases = new[] { ExampleCatalogs.Placement };
        var derived = $"'derivedFrom': [ 'urn:vkb:catalog:{ExampleCatalogs.Placement.Id}|{ExampleCatalogs.Placement.Version}' ]";
        BuildResult<CatalogExtension> Read(string members) => FhirQuestionnaire.ImportExtension(J("{ " + members + " }"), bases);

        All(Read("'resourceType': 'Questionnaire', 'version': '1.0', 'status': 'active', 'item': []")).ShouldBe(
        [
            "invalid-pin @ Questionnaire.derivedFrom: A pin must be 'urn:vkb:catalog:<id>|<version>' for a regional extension.",
            "missing-field @ Questionnaire.url: A regional extension's url is 'urn:vkb:catalog-extension:<id>'.",
            "missing-field @ Questionnaire.extension: A regional extension names its RD in the extension 'urn:vkb:fhir:regional-directorate'.",
        ]);
        All(Read(ExtensionHeader + ", 'derivedFrom': [ 'urn:vkb:catalog:nowhere|9.0' ], 'item': []")).ShouldBe(["unknown-base @ Questionnaire.derivedFrom: The base catalogue version nowhere@9.0 is not available."]);
        All(Read(ExtensionHeader.Replace("'1.0'", "'a|b'", StringComparison.Ordinal) + ", " + derived + ", 'item': [ { 'linkId': 'NRW:x', 'type': 'gizmo' } ]")).ShouldBe(
        [
            "invalid-version @ Questionnaire.version: A version is 1 to 64 printable characters without surrounding white space and without '|'.",
            "invalid-item-type @ Questionnaire.item[0].type: The item type must be one of the FHIR R4 item types (group, display, boolean, decimal, integer, date, dateTime, time, string, text, url, choice, open-choice, attachment, reference, quantity).",
            "no-questions @ Questionnaire.item: An extension needs at least one question.",
        ]);
        All(Read("'resourceType': 'Questionnaire', 'version': '1.0', 'status': 'active', 'title': 'E', 'effectivePeriod': { 'start': '2025-01-01' }, " + derived +
            ", 'item': [ { 'linkId': 'x', 'type': 'boolean', 'text': 'X?' } ]")).ShouldBe(
        [
            "missing-field @ Questionnaire.url: A regional extension's url is 'urn:vkb:catalog-extension:<id>'.",
            "missing-field @ Questionnaire.extension: A regional extension names its RD in the extension 'urn:vkb:fhir:regional-directorate'.",
            "link-id-not-namespaced @ Questionnaire.item[0]: Every link id of a regional extension must start with its namespace ':'.",
        ]);
        All(Read(ExtensionHeader.Replace("ext'", "has space'", StringComparison.Ordinal).Replace("'NRW'", "'N-R-W'", StringComparison.Ordinal).Replace("'title': 'E', ", string.Empty, StringComparison.Ordinal) +
            ", " + derived + ", 'item': [ { 'linkId': 'N-R-W:x', 'type': 'boolean', 'text': 'X?' } ]")).ShouldBe(
        [
            "invalid-id @ Questionnaire.url: The id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.",
            "missing-title @ Questionnaire.title: A title is required.",
            "invalid-regional-directorate @ Questionnaire.extension: The RD code must be 1 to 16 ASCII letters or digits.",
        ]);
        All(Read(ExtensionHeader + ", " + derived + ", 'item': [ { 'linkId': 'NRW:x', 'type': 'boolean' } ]")).ShouldBe(["missing-text @ Questionnaire.item[0]: The question has no text; reviewers will see an empty question."]);
    }

    [Fact]
    [Trait("Rule", "C3")]
    public void ExportExtension_ResourceId_IsIdDashVersion()
    {
        var extension = ExampleCatalogs.NrwExtension;

        JsonNode.Parse(FhirQuestionnaire.ExportExtension(extension))!["id"]!.GetValue<string>().ShouldBe($"{extension.Id}-{extension.Version}");
    }
}
