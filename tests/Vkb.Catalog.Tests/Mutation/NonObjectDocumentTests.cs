namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Well-formed JSON that is no object (found while pinning the case-history reader): the FHIR readers returned a
/// failed result without any problem, and <see cref="FhirQuestionnaire.ReadValueSets"/> dereferenced the missing
/// object. Every reader now names the document like the native reader does.
/// </summary>
public class NonObjectDocumentTests
{
    [Theory]
    [InlineData("[1]", "malformed-json @ line 1, at $: The document is not JSON of the expected shape (unknown field or wrong type).")]
    [InlineData("42", "malformed-json @ line 1, at $: The document is not JSON of the expected shape (unknown field or wrong type).")]
    [InlineData("null", "malformed-json @ line 1: The document is the JSON literal null.")]
    public void FhirReaders_NoObject_ReportTheDocument(string json, string expected)
    {
        static string[] Text(IEnumerable<ValidationProblem> problems) => [.. problems.Select(p => $"{p.Code} @ {p.Path}: {p.Message}")];

        Text(FhirQuestionnaire.ImportQuestionnaire(json).Problems).ShouldBe([expected]);
        Text(FhirQuestionnaire.ImportExtension(json, [ExampleCatalogs.Placement]).Problems).ShouldBe([expected]);
        Text(FhirQuestionnaire.ReadValueSets([new("vs.json", json)]).Problems).ShouldBe([expected.Replace("@ ", "@ vs.json: ", StringComparison.Ordinal)]);
        Text(CatalogJson.ReadCatalog(json).Problems).ShouldBe([expected]);
        FhirQuestionnaire.DerivedFrom(json).ShouldBeNull();
    }
}
