namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Session 11's decision (issue 20): a QuestionnaireResponse item or answer that is not a JSON object, and an
/// <c>item</c> or <c>answer</c> member that is not an array, was skipped without a word. The reader now reports each
/// as <c>unsupported-element</c> with its path (never the value), as the Questionnaire import does for its items.
/// </summary>
public class Session11ResponseShapeTests
{
    private static string Response(string items) =>
        "{ \"resourceType\": \"QuestionnaireResponse\", \"identifier\": { \"system\": \"urn:vkb:case-reference\", \"value\": \"PSN-1\" }, " +
        "\"questionnaire\": \"urn:vkb:catalog:x|1.0\", \"status\": \"completed\", \"authored\": \"2025-04-10\", " +
        "\"extension\": [ { \"url\": \"urn:vkb:fhir:assessment-level\", \"valueCode\": \"teamLead\" }, " +
        "{ \"url\": \"urn:vkb:fhir:regional-directorate\", \"valueString\": \"NRW\" } ], \"item\": " + items + " }";

    private static string[] Problems(string items) =>
        [.. FhirQuestionnaire.ImportResponse(Response(items)).Problems.Select(p => $"{p.Code} @ {p.Path}: {p.Message}")];

    [Fact]
    [Trait("Rule", "C4")]
    public void ImportResponse_AnswerOrItemNotAnObject_IsReportedWithItsPath_NeverItsValue()
    {
        var problems = Problems(
            "[ \"SECRET-ITEM\", { \"linkId\": \"q\", \"answer\": [ 4711, { \"valueBoolean\": true }, [ \"SECRET-ANSWER\" ] ] }, " +
            "{ \"linkId\": \"g\", \"item\": [ null, { \"linkId\": \"r\", \"answer\": [ { \"valueString\": \"a\", \"item\": [ true ] } ] } ] } ]");

        problems.ShouldBe(
        [
            "unsupported-element @ QuestionnaireResponse.item[0]: An item must be an object.",
            "unsupported-element @ QuestionnaireResponse.item[1].answer[0]: An answer must be an object.",
            "unsupported-element @ QuestionnaireResponse.item[1].answer[2]: An answer must be an object.",
            "unsupported-element @ QuestionnaireResponse.item[2].item[0]: An item must be an object.",
            "unsupported-element @ QuestionnaireResponse.item[2].item[1].answer[0].item[0]: An item must be an object.",
        ]);
        string.Concat(problems).ShouldNotContain("SECRET");
        string.Concat(problems).ShouldNotContain("4711");
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ImportResponse_ItemOrAnswerNotAnArray_IsReportedWithItsPath()
    {
        Problems("{ \"linkId\": \"q\" }").ShouldBe(["unsupported-element @ QuestionnaireResponse.item: item must be an array."]);
        Problems("[ { \"linkId\": \"q\", \"answer\": { \"valueBoolean\": true }, \"item\": \"SECRET\" } ]").ShouldBe(
        [
            "unsupported-element @ QuestionnaireResponse.item[0].answer: answer must be an array.",
            "unsupported-element @ QuestionnaireResponse.item[0].item: item must be an array.",
        ]);
        Problems("[ { \"linkId\": \"q\", \"answer\": [ { \"valueBoolean\": true, \"item\": 1 } ] } ]").ShouldBe(
            ["unsupported-element @ QuestionnaireResponse.item[0].answer[0].item: item must be an array."]);
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ImportResponse_WellShapedItems_StillRead()
    {
        var assessment = FhirQuestionnaire.ImportResponse(Response("[ { \"linkId\": \"q\", \"answer\": [ { \"valueBoolean\": true } ] } ]")).GetValueOrThrow();

        assessment.Answers.Single().Values.ShouldBe([AnswerValue.OfBoolean(true)]);
    }
}
