using NodaTime;

namespace Vkb.Catalog;

/// <summary>The outcome of resolving <c>(customer process, RD, date)</c>.</summary>
public enum ResolutionOutcome
{
    /// <summary>Exactly one base version is in force; every active extension of the RD extends it.</summary>
    Resolved,

    /// <summary>No active version of the customer process covers the date.</summary>
    NoVersionInForce,

    /// <summary>Two or more active versions cover the date; the registry refuses to guess.</summary>
    OverlappingVersions,

    /// <summary>
    /// One base version is in force, but an extension of the RD that is active on the date extends a
    /// version that is not in force. The catalogue is returned without that extension.
    /// </summary>
    ExtensionOfInactiveBase,
}

/// <summary>The result of <see cref="CatalogRegistry.Resolve"/>: an explicit outcome, never an exception.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CatalogResolution
{
    internal CatalogResolution(ResolutionOutcome outcome, ResolvedCatalog? catalog, IReadOnlyList<Catalog> overlapping, IReadOnlyList<CatalogExtension> inactiveBase, string explanation)
    {
        Outcome = outcome;
        Catalog = catalog;
        OverlappingVersions = overlapping;
        ExtensionsOfInactiveBase = inactiveBase;
        Explanation = explanation;
    }

    /// <summary>Gets the outcome.</summary>
    public ResolutionOutcome Outcome { get; }

    /// <summary>Gets whether exactly one version resolved cleanly.</summary>
    public bool IsResolved => Outcome == ResolutionOutcome.Resolved;

    /// <summary>
    /// Gets the catalogue to use: set for <see cref="ResolutionOutcome.Resolved"/> and (without the
    /// offending extensions) for <see cref="ResolutionOutcome.ExtensionOfInactiveBase"/>; otherwise null.
    /// </summary>
    public ResolvedCatalog? Catalog { get; }

    /// <summary>Gets the versions that overlap on the date (for <see cref="ResolutionOutcome.OverlappingVersions"/>).</summary>
    public IReadOnlyList<Catalog> OverlappingVersions { get; }

    /// <summary>Gets the active extensions whose base version is not in force.</summary>
    public IReadOnlyList<CatalogExtension> ExtensionsOfInactiveBase { get; }

    /// <summary>Gets an English sentence explaining the outcome (names ids and versions only).</summary>
    public string Explanation { get; }
}

/// <summary>
/// Holds catalogue versions and regional extensions and resolves which apply on a date (C1, C3).
/// Only <see cref="CatalogStatus.Active"/> versions are ever in force; at most one base version is
/// returned for any date.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CatalogRegistry
{
    private readonly Dictionary<CatalogPin, Catalog> _catalogs;
    private readonly Dictionary<CatalogPin, CatalogExtension> _extensions;

    private CatalogRegistry(IReadOnlyList<Catalog> catalogs, IReadOnlyList<CatalogExtension> extensions)
    {
        Catalogs = catalogs;
        Extensions = extensions;
        _catalogs = catalogs.ToDictionary(c => c.Pin);
        _extensions = extensions.ToDictionary(e => e.Pin);
    }

    /// <summary>Gets every catalogue version held.</summary>
    public IReadOnlyList<Catalog> Catalogs { get; }

    /// <summary>Gets every extension version held.</summary>
    public IReadOnlyList<CatalogExtension> Extensions { get; }

    /// <summary>
    /// Creates a registry, reporting every problem: a pin (id and version) held twice, an id used for
    /// two customer processes, an extension whose base version is not held, an extension sharing
    /// link ids with another extension of the same base.
    /// </summary>
    /// <param name="catalogs">Catalogue versions.</param>
    /// <param name="extensions">Extension versions, or null for none.</param>
    /// <returns>The registry or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogs"/> or an element is null.</exception>
    public static BuildResult<CatalogRegistry> Create(IEnumerable<Catalog> catalogs, IEnumerable<CatalogExtension>? extensions = null)
    {
        var catalogList = Preconditions.CheckNotNull(catalogs).ToList();
        var extensionList = (extensions ?? []).ToList();
        Preconditions.CheckArgument(catalogList.TrueForAll(c => c is not null) && extensionList.TrueForAll(e => e is not null), "Elements must not be null.", nameof(catalogs));
        var problems = new List<ValidationProblem>();
        foreach (var group in catalogList.GroupBy(c => c.Pin).Where(g => g.Count() > 1))
        {
            problems.Add(Problems.DuplicateVersion($"catalog {group.Key}", "catalogue"));
        }

        foreach (var group in catalogList.GroupBy(c => c.Id).Where(g => g.Select(c => c.CustomerProcess).Distinct().Count() > 1))
        {
            problems.Add(Problems.IdSpansProcesses($"catalog {group.Key}"));
        }

        var pins = catalogList.Select(c => c.Pin).ToHashSet();
        foreach (var group in extensionList.GroupBy(e => e.Pin).Where(g => g.Count() > 1))
        {
            problems.Add(Problems.DuplicateVersion($"extension {group.Key}", "extension"));
        }

        foreach (var extension in extensionList.Where(e => !pins.Contains(e.Base)))
        {
            problems.Add(Problems.UnknownBase($"extension {extension.Pin}", extension.Base, "in the registry"));
        }

        return problems.Count > 0 ? BuildResult.Failed<CatalogRegistry>(problems) : BuildResult.Of(new CatalogRegistry(catalogList, extensionList));
    }

    /// <summary>Finds a catalogue version by pin.</summary>
    /// <param name="pin">The pin.</param>
    /// <returns>The catalogue or null.</returns>
    public Catalog? FindCatalog(CatalogPin pin) => _catalogs.GetValueOrDefault(Preconditions.CheckNotNull(pin));

    /// <summary>Finds an extension version by pin.</summary>
    /// <param name="pin">The pin.</param>
    /// <returns>The extension or null.</returns>
    public CatalogExtension? FindExtension(CatalogPin pin) => _extensions.GetValueOrDefault(Preconditions.CheckNotNull(pin));

    /// <summary>
    /// Resolves the catalogue version in force for a customer process on a date plus the RD's
    /// extensions active that day.
    /// </summary>
    /// <param name="customerProcess">The customer process code.</param>
    /// <param name="regionalDirectorate">The RD code.</param>
    /// <param name="date">The date.</param>
    /// <returns>An explicit outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public CatalogResolution Resolve(string customerProcess, string regionalDirectorate, LocalDate date)
    {
        Preconditions.CheckNotNull(customerProcess);
        Preconditions.CheckNotNull(regionalDirectorate);
        var inForce = Catalogs.Where(c => c.CustomerProcess == customerProcess && c.IsInForceOn(date)).OrderBy(c => c.Id, StringComparer.Ordinal).ThenBy(c => c.EffectiveFrom).ThenBy(c => c.Version).ToList();
        if (inForce.Count == 0)
        {
            return new CatalogResolution(ResolutionOutcome.NoVersionInForce, null, [], [], $"No active catalogue version of process '{customerProcess}' is in force on {date:yyyy-MM-dd}.");
        }

        if (inForce.Count > 1)
        {
            return new CatalogResolution(ResolutionOutcome.OverlappingVersions, null, inForce, [], $"Versions {string.Join(", ", inForce)} of process '{customerProcess}' overlap on {date:yyyy-MM-dd}; retire or shorten one.");
        }

        var baseCatalog = inForce[0];
        var active = Extensions.Where(e => e.RegionalDirectorate == regionalDirectorate && e.IsActiveOn(date) && IsOfProcess(e, customerProcess)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var matching = active.Where(e => e.Base == baseCatalog.Pin).ToList();
        var orphaned = active.Where(e => e.Base != baseCatalog.Pin).ToList();
        var resolved = ResolvedCatalog.Create(baseCatalog, matching);
        return orphaned.Count == 0
            ? new CatalogResolution(ResolutionOutcome.Resolved, resolved, [], [], $"{baseCatalog} is in force on {date:yyyy-MM-dd} with {matching.Count} extension(s) of RD {regionalDirectorate}.")
            : new CatalogResolution(ResolutionOutcome.ExtensionOfInactiveBase, resolved, [], orphaned, $"{baseCatalog} is in force on {date:yyyy-MM-dd}, but extension(s) {string.Join(", ", orphaned)} of RD {regionalDirectorate} extend a version that is not; they were left out.");
    }

    /// <summary>
    /// Looks up exactly the pinned versions of an assessment. Reports unknown pins, pins of retired
    /// or draft versions (no assessment may be made against them) and extensions of another base.
    /// </summary>
    /// <param name="pins">The pins, base first.</param>
    /// <returns>The pinned catalogue or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pins"/> is null.</exception>
    public BuildResult<ResolvedCatalog> ResolvePinned(IReadOnlyList<CatalogPin> pins)
    {
        Preconditions.CheckNotNull(pins);
        var problems = new List<ValidationProblem>();
        if (pins.Count == 0)
        {
            return BuildResult.Failed<ResolvedCatalog>([Problems.NoPins("pins")]);
        }

        var baseCatalog = FindCatalog(pins[0]);
        if (baseCatalog is null)
        {
            problems.Add(Problems.UnknownPin("pins[0]", "catalogue", pins[0]));
        }
        else
        {
            CheckStatus(baseCatalog.Status, "pins[0]", baseCatalog.Pin, problems);
        }

        var extensions = new List<CatalogExtension>();
        for (var i = 1; i < pins.Count; i++)
        {
            var extension = FindExtension(pins[i]);
            if (extension is null)
            {
                problems.Add(Problems.UnknownPin($"pins[{i}]", "extension", pins[i]));
                continue;
            }

            CheckStatus(extension.Status, $"pins[{i}]", extension.Pin, problems);
            if (baseCatalog is not null && extension.Base != baseCatalog.Pin)
            {
                problems.Add(Problems.ExtensionOfOtherBase($"pins[{i}]", extension.Base, baseCatalog.Pin));
            }

            extensions.Add(extension);
        }

        return problems.Count > 0 ? BuildResult.Failed<ResolvedCatalog>(problems) : BuildResult.Of(ResolvedCatalog.Create(baseCatalog!, extensions));
    }

    /// <summary>
    /// Validates an assessment against the versions it pins and returns every problem: pin problems
    /// (unknown, retired, draft, not in force on the assessment date) and all answer problems of
    /// <see cref="ResolvedCatalog.Validate"/>.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>All problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public ValidationResult Validate(Assessment assessment) =>
        Diagnostics.VkbCatalogDiagnostics.Validated(ValidateCore(Preconditions.CheckNotNull(assessment)));

    private ValidationResult ValidateCore(Assessment assessment)
    {
        var pinned = ResolvePinned(assessment.Pins);
        if (!pinned.IsValid)
        {
            return pinned.Validation;
        }

        var problems = new List<ValidationProblem>();
        var catalog = pinned.Value!;
        if (!catalog.Base.Effective.Contains(assessment.Date))
        {
            problems.Add(Problems.PinNotInForce("pins[0]", "catalogue version", catalog.Base.Pin));
        }

        for (var i = 0; i < catalog.Extensions.Count; i++)
        {
            var extension = catalog.Extensions[i];
            if (!extension.Effective.Contains(assessment.Date))
            {
                problems.Add(Problems.PinNotInForce($"pins[{i + 1}]", "extension version", extension.Pin));
            }

            if (extension.RegionalDirectorate != assessment.RegionalDirectorate)
            {
                problems.Add(Problems.ExtensionOfOtherRd($"pins[{i + 1}]", extension.Pin));
            }
        }

        problems.AddRange(catalog.Validate(assessment).Problems);
        return new ValidationResult(problems);
    }

    private bool IsOfProcess(CatalogExtension extension, string customerProcess) =>
        FindCatalog(extension.Base)?.CustomerProcess == customerProcess;

    private static void CheckStatus(CatalogStatus status, string path, CatalogPin pin, List<ValidationProblem> problems)
    {
        if (status == CatalogStatus.Retired)
        {
            problems.Add(Problems.RetiredVersion(path, pin));
        }
        else if (status == CatalogStatus.Draft)
        {
            problems.Add(Problems.DraftVersion(path, pin));
        }
    }
}
