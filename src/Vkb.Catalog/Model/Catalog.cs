using NodaTime;

namespace Vkb.Catalog;

/// <summary>
/// A question catalogue (Fragenkatalog) of one customer process in one version (C1): status,
/// effective period and items. Build one with <see cref="CatalogBuilder"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is structural over every field and item.</remarks>
public sealed class Catalog : IEquatable<Catalog>
{
    private readonly Dictionary<string, CatalogItem> _byLinkId;

    private readonly Lifecycle _lifecycle;

    internal Catalog(
        string id,
        string customerProcess,
        Lifecycle lifecycle,
        string title,
        string? description,
        IReadOnlyList<CatalogItem> items,
        FhirElements? carried,
        HeaderFields supplied)
    {
        Id = id;
        CustomerProcess = customerProcess;
        _lifecycle = lifecycle;
        Title = title;
        Description = description;
        Items = items;
        Carried = carried;
        SuppliedByCaller = supplied;
        _byLinkId = CatalogItems.Flatten(items).ToDictionary(i => i.LinkId, StringComparer.Ordinal);
        Questions = CatalogItems.Flatten(items).OfType<QuestionItem>().ToList();
    }

    /// <summary>Gets the catalogue id, stable across versions.</summary>
    public string Id { get; }

    /// <summary>Gets the customer process code, for example <c>placement</c>.</summary>
    public string CustomerProcess { get; }

    /// <summary>Gets the version.</summary>
    public CatalogVersion Version => _lifecycle.Version;

    /// <summary>Gets the life-cycle status; only <see cref="CatalogStatus.Active"/> versions are ever in force.</summary>
    public CatalogStatus Status => _lifecycle.Status;

    /// <summary>Gets the first day of the effective period.</summary>
    public LocalDate EffectiveFrom => _lifecycle.EffectiveFrom;

    /// <summary>Gets the last day of the effective period, or null when open-ended.</summary>
    public LocalDate? EffectiveTo => _lifecycle.EffectiveTo;

    /// <summary>Gets the effective period; an open end is <see cref="LocalDate.MaxIsoValue"/>.</summary>
    public DateInterval Effective => _lifecycle.Effective;

    /// <summary>
    /// Gets the FHIR elements of the Questionnaire VKB carries without using (for example <c>meta</c>,
    /// <c>identifier</c>, <c>useContext</c>, <c>extension</c>, <c>contained</c>), or null for a catalogue
    /// not read from FHIR. Written back in place on export.
    /// </summary>
    public FhirElements? Carried { get; }

    /// <summary>Gets which header facts the caller supplied at import because the FHIR document lacked them.</summary>
    public HeaderFields SuppliedByCaller { get; }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets an optional description (for example the note that a catalogue is only an example).</summary>
    public string? Description { get; }

    /// <summary>Gets the top-level items in document order.</summary>
    public IReadOnlyList<CatalogItem> Items { get; }

    /// <summary>Gets every question in document order (depth first).</summary>
    public IReadOnlyList<QuestionItem> Questions { get; }

    /// <summary>Gets the pin that identifies exactly this version.</summary>
    public CatalogPin Pin => new(Id, Version);

    /// <summary>Returns whether this version is in force on <paramref name="date"/>: active and inside its effective period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is in force.</returns>
    public bool IsInForceOn(LocalDate date) => _lifecycle.IsInForceOn(date);

    /// <summary>Finds an item by link id.</summary>
    /// <param name="linkId">The link id.</param>
    /// <returns>The item, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="linkId"/> is null.</exception>
    public CatalogItem? FindItem(string linkId) => _byLinkId.GetValueOrDefault(Preconditions.CheckNotNull(linkId));

    /// <inheritdoc />
    public bool Equals(Catalog? other) =>
        other is not null && Id == other.Id && CustomerProcess == other.CustomerProcess && _lifecycle == other._lifecycle &&
        Title == other.Title && Description == other.Description && Carried == other.Carried &&
        SuppliedByCaller == other.SuppliedByCaller && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Catalog);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Status, EffectiveFrom);

    /// <summary>Returns <c>id version</c>.</summary>
    /// <returns>The pin text.</returns>
    public override string ToString() => Pin.ToString();

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(Catalog? left, Catalog? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(Catalog? left, Catalog? right) => !Equals(left, right);
}

/// <summary>Identifies exactly one version of a catalogue or extension; assessments pin these.</summary>
/// <param name="Id">The catalogue or extension id.</param>
/// <param name="Version">The version.</param>
public sealed record CatalogPin(string Id, CatalogVersion Version)
{
    /// <summary>Returns <c>id@version</c>.</summary>
    /// <returns>The pin text.</returns>
    public override string ToString() => $"{Id}@{Version}";
}

/// <summary>
/// Builds a <see cref="Catalog"/>. Setters never throw for content; <see cref="Build"/> validates
/// everything (unique link ids, conditions only on earlier questions, non-empty option sets, …)
/// and reports every problem at once.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class CatalogBuilder
{
    private readonly ItemListBuilder _items = new();

    /// <summary>Starts a catalogue.</summary>
    /// <param name="id">The catalogue id (letters, digits, '.', '_', '-').</param>
    /// <param name="customerProcess">The customer process code, for example <c>placement</c>.</param>
    /// <param name="version">The version.</param>
    public CatalogBuilder(string id, string customerProcess, CatalogVersion version)
    {
        Id = id;
        CustomerProcess = customerProcess;
        Version = version;
    }

    /// <summary>Gets the catalogue id.</summary>
    public string Id { get; }

    /// <summary>Gets the customer process code.</summary>
    public string CustomerProcess { get; }

    /// <summary>Gets the version.</summary>
    public CatalogVersion Version { get; }

    /// <summary>Gets or sets the title (required).</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets an optional description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the status (default draft).</summary>
    public CatalogStatus Status { get; set; } = CatalogStatus.Draft;

    /// <summary>Gets or sets the first effective day (required).</summary>
    public LocalDate? EffectiveFrom { get; set; }

    /// <summary>Gets or sets the last effective day, or null for open-ended.</summary>
    public LocalDate? EffectiveTo { get; set; }

    /// <summary>Gets the top-level item list; add groups, display items and questions to it.</summary>
    public ItemListBuilder Items => _items;

    /// <summary>Gets or sets FHIR elements of the Questionnaire to carry unchanged (see <see cref="Catalog.Carried"/>).</summary>
    public FhirElements? Carried { get; set; }

    /// <summary>Gets or sets which header facts the caller supplied (see <see cref="Catalog.SuppliedByCaller"/>).</summary>
    public HeaderFields SuppliedByCaller { get; set; }

    /// <summary>Gets or sets a prefix for item paths in problems (a FHIR reader sets <c>Questionnaire.item</c>); null means <c>items</c>.</summary>
    internal string? ItemPathPrefix { get; set; }

    /// <summary>Gets or sets the paths of the header fields in problems (a FHIR reader names FHIR elements).</summary>
    internal HeaderPaths Paths { get; set; } = HeaderPaths.Vkb;

    /// <summary>Validates everything and builds the catalogue, or returns every problem found.</summary>
    /// <returns>The catalogue or the complete list of problems.</returns>
    public BuildResult<Catalog> Build()
    {
        var problems = new List<ValidationProblem>();
        BuildInto(problems, out var catalog);
        return BuildResult.From(() => catalog!, problems);
    }

    /// <summary>Validates into <paramref name="problems"/> (errors and warnings); <paramref name="catalog"/> is set when no error was found.</summary>
    internal void BuildInto(List<ValidationProblem> problems, out Catalog? catalog)
    {
        var before = problems.Count;
        HeaderChecks.Check(problems, Paths, Id, CustomerProcess, Title, Status, EffectiveFrom, EffectiveTo);
        var prefix = ItemPathPrefix ?? "items";
        var items = new ItemValidator(problems, [], null).Build(_items.Items, prefix);
        if (!CatalogItems.Flatten(items).OfType<QuestionItem>().Any())
        {
            problems.Add(Problems.NoQuestions(prefix, "A catalogue"));
        }

        catalog = Problems.HasErrors(problems.Skip(before))
            ? null
            : new Catalog(Id, CustomerProcess, new Lifecycle(Version, Status, EffectiveFrom!.Value, EffectiveTo), Title!, Description, items, Carried, SuppliedByCaller);
    }
}

/// <summary>Header facts of a catalogue that a caller can supply when a FHIR Questionnaire lacks them.</summary>
[Flags]
public enum HeaderFields
{
    /// <summary>Everything came from the document.</summary>
    None = 0,

    /// <summary>The catalogue id.</summary>
    Id = 1,

    /// <summary>The customer process.</summary>
    CustomerProcess = 2,

    /// <summary>The first effective day.</summary>
    EffectiveFrom = 4,
}

/// <summary>
/// The version, status and effective period that catalogues and extensions share, with the one rule
/// for being in force: active and inside the period.
/// </summary>
internal sealed record Lifecycle(CatalogVersion Version, CatalogStatus Status, LocalDate EffectiveFrom, LocalDate? EffectiveTo)
{
    public DateInterval Effective => new(EffectiveFrom, EffectiveTo ?? LocalDate.MaxIsoValue);

    public bool IsInForceOn(LocalDate date) => Status == CatalogStatus.Active && Effective.Contains(date);
}

/// <summary>Where the header fields are, for problems: VKB JSON names or FHIR element paths.</summary>
internal sealed record HeaderPaths(string Id, string CustomerProcess, string Title, string Status, string EffectiveFrom, string EffectiveTo)
{
    public static readonly HeaderPaths Vkb = new("id", "customerProcess", "title", "status", "effective.from", "effective.to");

    public static readonly HeaderPaths Fhir = new(
        "Questionnaire.identifier", "Questionnaire.useContext", "Questionnaire.title", "Questionnaire.status", "Questionnaire.effectivePeriod.start", "Questionnaire.effectivePeriod.end");
}

internal static class HeaderChecks
{
    public static void Check(List<ValidationProblem> problems, HeaderPaths paths, string? id, string? process, string? title, CatalogStatus status, LocalDate? from, LocalDate? to)
    {
        if (!ItemValidator.IsValidCode(id))
        {
            problems.Add(Problems.InvalidId(paths.Id));
        }

        if (process is not null && !ItemValidator.IsValidCode(process))
        {
            problems.Add(Problems.InvalidCustomerProcess(paths.CustomerProcess));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add(Problems.MissingTitle(paths.Title));
        }

        if (!Enum.IsDefined(status))
        {
            problems.Add(Problems.InvalidStatus(paths.Status, "draft, active or retired"));
        }

        if (from is null)
        {
            problems.Add(Problems.MissingEffectiveFrom(paths.EffectiveFrom));
        }
        else if (to is not null && to.Value < from.Value)
        {
            problems.Add(Problems.EffectiveEndBeforeStart(paths.EffectiveTo));
        }
    }
}
