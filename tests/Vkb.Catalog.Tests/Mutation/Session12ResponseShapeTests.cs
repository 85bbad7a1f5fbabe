namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Session 12 (issue 20): a QuestionnaireResponse <c>extension</c> element that is not a JSON object was skipped without a
/// word, like the items and answers before session 11's decision. It is now reported as <c>unsupported-element</c> with its
/// path, never its value; an <c>extension</c> member that is not an array too.
/// </summary>
public class Session12ResponseShapeTests
{
    private const string Head =
        "{ \"resourceType\": \"QuestionnaireResponse\", \"identifier\": { \"system\": \"urn:vkb:case-reference\", \"value\": \"PSN-1\" }, " +
        "\"questionnaire\": \"urn:vkb:catalog:x|1.0\", \"status\": \"completed\", \"authored\": \"2025-04-10\", " +
        "\"item\": [ { \"linkId\": \"q\", \"answer\": [ { \"valueBoolean\": true } ] } ], \"extension\": ";

    private const string Level = "{ \"url\": \"urn:vkb:fhir:assessment-level\", \"valueCode\": \"teamLead\" }";

    private const string Rd = "{ \"url\": \"urn:vkb:fhir:regional-directorate\", \"valueString\": \"NRW\" }";

    private static string[] Problems(string extension) =>
        [.. FhirQuestionnaire.ImportResponse(Head + extension + " }").Problems.Select(p => $"{p.Code} @ {p.Path}: {p.Message}")];

    [Fact]
    [Trait("Rule", "C4")]
    public void ImportResponse_ExtensionNotAnObject_IsReportedWithItsPath_NeverItsValue()
    {
        var problems = Problems("[ " + Level + ", \"SECRET-EXTENSION\", " + Rd + ", 4711, [ \"SECRET-ARRAY\" ], null ]");

        problems.ShouldBe(
        [
            "unsupported-element @ QuestionnaireResponse.extension[1]: An extension must be an object.",
            "unsupported-element @ QuestionnaireResponse.extension[3]: An extension must be an object.",
            "unsupported-element @ QuestionnaireResponse.extension[4]: An extension must be an object.",
            "unsupported-element @ QuestionnaireResponse.extension[5]: An extension must be an object.",
        ]);
        string.Concat(problems).ShouldNotContain("SECRET");
        string.Concat(problems).ShouldNotContain("4711");
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ImportResponse_ExtensionNotAnArray_IsReportedWithItsPath()
    {
        Problems("{ \"url\": \"urn:vkb:fhir:assessment-level\", \"valueCode\": \"SECRET\" }").ShouldBe(
        [
            "unsupported-element @ QuestionnaireResponse.extension: extension must be an array.",
            "invalid-level @ QuestionnaireResponse.extension: The level must be teamLead, regionalDirectorate or headOffice.",
            "invalid-regional-directorate @ QuestionnaireResponse.extension: The RD code must be 1 to 16 ASCII letters or digits.",
        ]);
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ImportResponse_WellShapedExtensions_StillRead()
    {
        var assessment = FhirQuestionnaire.ImportResponse(Head + "[ " + Level + ", " + Rd + " ] }").GetValueOrThrow();

        (assessment.Level, assessment.RegionalDirectorate).ShouldBe((AssessmentLevel.TeamLead, "NRW"));
    }
}
