using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Vkb.Catalog.Diagnostics;

/// <summary>
/// Names of the catalogue package's telemetry: a static meter and activity source (assessment
/// validation is a pure function without a logger). Tags carry problem counts only, never an answer.
/// </summary>
public static class VkbCatalogDiagnostics
{
    /// <summary>The <see cref="Meter"/> and <see cref="ActivitySource"/> name: <c>Vkb.Catalog</c>.</summary>
    public const string SourceName = "Vkb.Catalog";

    /// <summary>Counter of assessments validated against the registry (tag <c>vkb.valid</c>).</summary>
    public const string AssessmentsValidated = "vkb.catalog.assessments.validated";

    internal static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(SourceName);
    private static readonly Counter<long> ValidatedCounter = Meter.CreateCounter<long>(AssessmentsValidated, "{assessment}", "Assessments validated, by result.");

    internal static ValidationResult Validated(ValidationResult result)
    {
        ValidatedCounter.Add(1, new KeyValuePair<string, object?>("vkb.valid", result.IsValid));
        return result;
    }
}
