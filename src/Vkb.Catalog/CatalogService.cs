using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vkb.Catalog.Diagnostics;

namespace Vkb.Catalog;

/// <summary>
/// The catalogue operations a host runs at start-up and per request (reading catalogues and the
/// registry, importing FHIR Questionnaires, reading and validating assessments), with their
/// outcomes logged: document names, catalogue pins, problem codes, counts and paths, never an
/// answer, a question text or a case reference (event ids 2001–2006, package README). Registered
/// by <see cref="VkbCatalogServiceCollectionExtensions.AddVkbCatalog(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>;
/// every operation is also available without logging through <see cref="CatalogJson"/>,
/// <see cref="FhirQuestionnaire"/> and <see cref="CatalogRegistry.Validate"/>.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class CatalogService
{
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="logger">Receives the outcome of every operation; <see langword="null"/> logs nothing.</param>
    public CatalogService(ILogger<CatalogService>? logger = null) => _logger = logger ?? (ILogger)NullLogger.Instance;

    /// <summary>Reads and validates a catalogue (<see cref="CatalogJson.ReadCatalog"/>) and logs the outcome.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The document's name or path, for the log.</param>
    /// <returns>The catalogue or every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BuildResult<Catalog> ReadCatalog(string json, string source) =>
        CatalogLog.CatalogRead(_logger, "read", Preconditions.CheckNotNull(source), CatalogJson.ReadCatalog(Preconditions.CheckNotNull(json)));

    /// <summary>Imports a FHIR Questionnaire (<see cref="FhirQuestionnaire.ImportQuestionnaire(string, FhirImportOptions)"/>) and logs the outcome.</summary>
    /// <param name="json">The Questionnaire JSON.</param>
    /// <param name="options">The import options.</param>
    /// <param name="source">The document's name or path, for the log.</param>
    /// <returns>The catalogue or every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BuildResult<Catalog> ImportQuestionnaire(string json, FhirImportOptions options, string source) =>
        CatalogLog.CatalogRead(_logger, "FHIR import", Preconditions.CheckNotNull(source), FhirQuestionnaire.ImportQuestionnaire(Preconditions.CheckNotNull(json), Preconditions.CheckNotNull(options)));

    /// <summary>Reads catalogue and extension documents into a registry (<see cref="CatalogJson.ReadRegistry"/>) and logs the outcome.</summary>
    /// <param name="documents">Pairs of document name and JSON text.</param>
    /// <returns>The registry or every problem of every document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public BuildResult<CatalogRegistry> ReadRegistry(IEnumerable<KeyValuePair<string, string>> documents)
    {
        var list = Preconditions.CheckNotNull(documents).ToList();
        return CatalogLog.RegistryRead(_logger, list.Count, CatalogJson.ReadRegistry(list));
    }

    /// <summary>Reads one assessment (<see cref="CatalogJson.ReadAssessment"/>) and logs the outcome (paths without link ids).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The document's name or path, for the log.</param>
    /// <returns>The assessment or every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BuildResult<Assessment> ReadAssessment(string json, string source)
    {
        var result = CatalogJson.ReadAssessment(Preconditions.CheckNotNull(json));
        CatalogLog.AssessmentsRead(_logger, Preconditions.CheckNotNull(source), result.IsValid ? 1 : 0, result.Problems);
        return result;
    }

    /// <summary>Reads a JSON array of assessments (<see cref="CatalogJson.ReadAssessments"/>) and logs the count or the problems (paths without link ids).</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="source">The document's name or path, for the log.</param>
    /// <returns>The assessments or every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BuildResult<IReadOnlyList<Assessment>> ReadAssessments(string json, string source)
    {
        var result = CatalogJson.ReadAssessments(Preconditions.CheckNotNull(json));
        CatalogLog.AssessmentsRead(_logger, Preconditions.CheckNotNull(source), result.Value?.Count ?? 0, result.Problems);
        return result;
    }

    /// <summary>Validates an assessment against a registry (<see cref="CatalogRegistry.Validate"/>) and logs the result: a warning with problem codes and paths (without link ids) when invalid.</summary>
    /// <param name="registry">The registry.</param>
    /// <param name="assessment">The assessment.</param>
    /// <returns>All problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ValidationResult Validate(CatalogRegistry registry, Assessment assessment) =>
        CatalogLog.AssessmentValidated(_logger, Preconditions.CheckNotNull(assessment), Preconditions.CheckNotNull(registry).Validate(assessment));
}
