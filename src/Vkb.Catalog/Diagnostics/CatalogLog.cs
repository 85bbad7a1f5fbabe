using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Vkb.Catalog.Diagnostics;

/// <summary>
/// The catalogue package's log messages (event ids documented in the package README). Messages
/// carry document names, catalogue pins, problem codes and problem paths, never an answer, a
/// question or option text, a problem message or a case reference. Paths into an assessment are
/// logged without their quoted link ids (an assessment file's link id is the author's text).
/// </summary>
internal static partial class CatalogLog
{
    /// <summary>At most this many paths per message; the count says how many there were.</summary>
    internal const int MaxPaths = 20;

    public static BuildResult<Catalog> CatalogRead(ILogger logger, string operation, string source, BuildResult<Catalog> result)
    {
        if (result.Value is { } catalog)
        {
            var pin = catalog.Pin.ToString();
            LogCatalogRead(logger, operation, source, pin, catalog.Questions.Count, result.Warnings.Count);
        }
        else
        {
            Failed(logger, operation, source, result.Problems, assessment: false);
        }

        return result;
    }

    public static BuildResult<CatalogRegistry> RegistryRead(ILogger logger, int documents, BuildResult<CatalogRegistry> result)
    {
        if (result.Value is { } registry)
        {
            LogRegistryRead(logger, documents, registry.Catalogs.Count, registry.Extensions.Count, result.Warnings.Count);
        }
        else
        {
            Failed(logger, "registry", documents + " documents", result.Problems, assessment: false);
        }

        return result;
    }

    public static void AssessmentsRead(ILogger logger, string source, int count, IReadOnlyList<ValidationProblem> problems)
    {
        if (problems.Count == 0)
        {
            LogAssessmentsRead(logger, source, count);
        }
        else
        {
            Failed(logger, "assessments", source, problems, assessment: true);
        }
    }

    public static ValidationResult AssessmentValidated(ILogger logger, Assessment assessment, ValidationResult result)
    {
        if (result.IsValid)
        {
            if (logger.IsEnabled(LogLevel.Debug))
            {
                var pins = string.Join(",", assessment.Pins);
                LogAssessmentValid(logger, pins, assessment.Answers.Count);
            }
        }
        else if (logger.IsEnabled(LogLevel.Warning))
        {
            var codes = Codes(result.Problems);
            var paths = Paths(result.Problems, assessment: true);
            var pins = string.Join(",", assessment.Pins);
            LogAssessmentInvalid(logger, pins, result.Problems.Count, codes, paths);
        }

        return result;
    }

    private static void Failed(ILogger logger, string operation, string source, IReadOnlyList<ValidationProblem> problems, bool assessment)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            var codes = Codes(problems);
            var paths = Paths(problems, assessment);
            LogReadFailed(logger, operation, source, problems.Count, codes, paths);
        }
    }

    /// <summary>Problem codes with their counts, e.g. <c>missing-field×2,invalid-date×1</c>.</summary>
    internal static string Codes(IEnumerable<ValidationProblem> problems) =>
        string.Join(",", problems.CountBy(p => p.Code, StringComparer.Ordinal).OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}×{c.Value}"));

    /// <summary>The first <see cref="MaxPaths"/> distinct paths; quoted segments removed for assessments.</summary>
    internal static string Paths(IEnumerable<ValidationProblem> problems, bool assessment) =>
        string.Join(";", problems.Select(p => assessment ? Quoted().Replace(p.Path, string.Empty) : p.Path).Distinct(StringComparer.Ordinal).Take(MaxPaths));

    [GeneratedRegex(@"\s*'[^']*'", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Catalogue {Operation} of {Source} succeeded: {Pin} with {Questions} questions ({Warnings} warnings)")]
    private static partial void LogCatalogRead(ILogger logger, string operation, string source, string pin, int questions, int warnings);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Catalogue {Operation} of {Source} failed with {ProblemCount} problems: {ProblemCodes} at {ProblemPaths}")]
    private static partial void LogReadFailed(ILogger logger, string operation, string source, int problemCount, string problemCodes, string problemPaths);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Catalogue registry read from {Documents} documents: {Catalogs} catalogues, {Extensions} extensions ({Warnings} warnings)")]
    private static partial void LogRegistryRead(ILogger logger, int documents, int catalogs, int extensions, int warnings);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Assessments read from {Source}: {Count}")]
    private static partial void LogAssessmentsRead(ILogger logger, string source, int count);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Debug, Message = "Assessment against {Pins} valid ({Answers} answers)")]
    private static partial void LogAssessmentValid(ILogger logger, string pins, int answers);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Assessment against {Pins} invalid with {ProblemCount} problems: {ProblemCodes} at {ProblemPaths}")]
    private static partial void LogAssessmentInvalid(ILogger logger, string pins, int problemCount, string problemCodes, string problemPaths);
}
