using System.Text.Json.Nodes;

namespace Vkb.Catalog;

/// <summary>
/// HL7 FHIR R4 interop written by hand with System.Text.Json (no FHIR SDK): catalogues as
/// <c>Questionnaire</c>, assessments as <c>QuestionnaireResponse</c>, regional extensions as
/// Questionnaires that derive from their base. Every R4 item type, option and condition is read;
/// what VKB does not use is carried and written back in place, so FHIR → VKB → FHIR loses nothing.
/// </summary>
/// <remarks>
/// Mapping (full table in <c>docs/catalog-schema.md</c>): verdict questions are <c>choice</c> items
/// whose options use the code system <see cref="VerdictSystem"/>; <c>choice</c> with <c>repeats</c> is
/// multiple choice; help texts are nested <c>display</c> items with the standard <c>itemControl</c>
/// code <c>help</c>; <c>enableWhen</c> with every operator maps to conditions, and only nested
/// all/any/not conditions that flat <c>enableWhen</c> cannot express go into the extension
/// <see cref="ConditionExtension"/>. Stateless and thread-safe.
/// </remarks>
public static class FhirQuestionnaire
{
    /// <summary>The code system of verdict answers.</summary>
    public const string VerdictSystem = FhirValues.VerdictSystem;

    /// <summary>The canonical URL prefix of catalogues; the version follows after <c>|</c>.</summary>
    public const string CatalogUrlPrefix = QuestionnaireMapper.CatalogUrlPrefix;

    /// <summary>The canonical URL prefix of regional extensions.</summary>
    public const string ExtensionUrlPrefix = QuestionnaireMapper.ExtensionUrlPrefix;

    /// <summary>The extension holding a condition that flat <c>enableWhen</c> cannot express (value: the condition in this package's JSON schema).</summary>
    public const string ConditionExtension = QuestionnaireMapper.ConditionExtension;

    /// <summary>Exports a catalogue as a FHIR R4 Questionnaire (an imported one exactly as it came in).</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <returns>The Questionnaire JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static string ExportQuestionnaire(Catalog catalog) => ExportQuestionnaire(catalog, FhirExportOptions.Default);

    /// <summary>Exports a catalogue as a FHIR R4 Questionnaire.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <param name="options">Export options.</param>
    /// <returns>The Questionnaire JSON.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string ExportQuestionnaire(Catalog catalog, FhirExportOptions options) =>
        QuestionnaireMapper.Export(Preconditions.CheckNotNull(catalog), Preconditions.CheckNotNull(options));

    /// <summary>Imports a FHIR R4 Questionnaire that carries the VKB header conventions, validating it completely.</summary>
    /// <param name="json">The Questionnaire JSON.</param>
    /// <returns>The catalogue (with warnings for carried elements) or every problem (FHIRPaths, never values).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static BuildResult<Catalog> ImportQuestionnaire(string json) => ImportQuestionnaire(json, new FhirImportOptions());

    /// <summary>Imports any FHIR R4 Questionnaire; <paramref name="options"/> supply the VKB header facts it lacks.</summary>
    /// <param name="json">The Questionnaire JSON.</param>
    /// <param name="options">Header facts, value sets and limits.</param>
    /// <returns>The catalogue (with warnings for carried elements) or every problem, one per cause.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BuildResult<Catalog> ImportQuestionnaire(string json, FhirImportOptions options) =>
        QuestionnaireMapper.Import(Preconditions.CheckNotNull(json), Preconditions.CheckNotNull(options));

    /// <summary>
    /// Exports a regional extension (C3) as a Questionnaire that derives from its base: <c>derivedFrom</c>
    /// names the base version, the items are the added ones, the RD travels in the extension
    /// <c>urn:vkb:fhir:regional-directorate</c>.
    /// </summary>
    /// <param name="extension">The extension.</param>
    /// <returns>The Questionnaire JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    public static string ExportExtension(CatalogExtension extension) => QuestionnaireMapper.ExportExtension(Preconditions.CheckNotNull(extension));

    /// <summary>Imports a Questionnaire that derives from a catalogue version (<see cref="ExportExtension"/>) as a regional extension of it.</summary>
    /// <param name="json">The Questionnaire JSON.</param>
    /// <param name="catalogs">Candidate base catalogues.</param>
    /// <returns>The extension or every problem (FHIRPaths).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BuildResult<CatalogExtension> ImportExtension(string json, IEnumerable<Catalog> catalogs) =>
        QuestionnaireMapper.ImportExtension(Preconditions.CheckNotNull(json), Preconditions.CheckNotNull(catalogs).ToList(), null);

    /// <summary>Returns the base catalogue version a Questionnaire derives from (<c>derivedFrom</c> = <c>urn:vkb:catalog:&lt;id&gt;|&lt;version&gt;</c>), or null.</summary>
    /// <param name="json">The Questionnaire JSON.</param>
    /// <returns>The base pin, or null when the document is no such Questionnaire.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static CatalogPin? DerivedFrom(string json)
    {
        var root = StrictJson.ParseObject(Preconditions.CheckNotNull(json), []);
        return root is null ? null : QuestionnaireMapper.DerivedFrom(root);
    }

    /// <summary>Reads FHIR ValueSet resources (for example every file of a value-set folder) by canonical URL.</summary>
    /// <param name="documents">Pairs of document name and ValueSet JSON.</param>
    /// <returns>The value sets by URL, or every problem (prefixed with the document name).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public static BuildResult<IReadOnlyDictionary<string, JsonObject>> ReadValueSets(IEnumerable<KeyValuePair<string, string>> documents)
    {
        var problems = new List<ValidationProblem>();
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (name, json) in Preconditions.CheckNotNull(documents))
        {
            var local = new List<ValidationProblem>();
            var root = StrictJson.ParseObject(json, local);
            if (root is not null && (QuestionnaireMapper.Str(root, "resourceType") != "ValueSet" || QuestionnaireMapper.Str(root, "url") is null))
            {
                local.Add(Problems.WrongResourceType("ValueSet with a url"));
            }

            problems.AddRange(local.Select(p => new ValidationProblem(p.Code, $"{name}: {p.Path}", p.Message)));
            if (local.Count == 0)
            {
                result[QuestionnaireMapper.Str(root!, "url")!] = root!;
            }
        }

        return BuildResult.From<IReadOnlyDictionary<string, JsonObject>>(() => result, problems);
    }

    /// <summary>Exports an assessment as a FHIR R4 QuestionnaireResponse (no author or source: R1).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The QuestionnaireResponse JSON. It holds answers, which are case data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ExportResponse(Assessment assessment) => ResponseMapper.Export(Preconditions.CheckNotNull(assessment));

    /// <summary>Imports a FHIR R4 QuestionnaireResponse as an assessment (nested items are flattened); every R4 answer type is read.</summary>
    /// <param name="json">The QuestionnaireResponse JSON.</param>
    /// <returns>The assessment or every problem (paths, never values).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static BuildResult<Assessment> ImportResponse(string json) => ResponseMapper.Import(Preconditions.CheckNotNull(json));
}
