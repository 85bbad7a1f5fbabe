using NodaTime;

namespace Vkb.Catalog;

/// <summary>
/// A regional extension (regionale Schwerpunktsetzung, C3): extra questions one RD adds to one
/// base catalogue version for its own effective period. Its link ids are namespaced
/// <c>{RD}:</c>; it can neither remove nor change base questions (it only holds additions).
/// Build one with <see cref="CatalogExtensionBuilder"/>.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is structural.</remarks>
public sealed class CatalogExtension : IEquatable<CatalogExtension>
{
    private readonly Lifecycle _lifecycle;

    internal CatalogExtension(
        string id,
        string regionalDirectorate,
        CatalogPin basePin,
        Lifecycle lifecycle,
        string title,
        IReadOnlyList<CatalogItem> items)
    {
        Id = id;
        RegionalDirectorate = regionalDirectorate;
        Base = basePin;
        _lifecycle = lifecycle;
        Title = title;
        Items = items;
        Questions = CatalogItems.Flatten(items).OfType<QuestionItem>().ToList();
    }

    /// <summary>Gets the extension id.</summary>
    public string Id { get; }

    /// <summary>Gets the code of the RD that owns the extension, for example <c>NRW</c>.</summary>
    public string RegionalDirectorate { get; }

    /// <summary>Gets the base catalogue version the extension was written against.</summary>
    public CatalogPin Base { get; }

    /// <summary>Gets the extension's own version.</summary>
    public CatalogVersion Version => _lifecycle.Version;

    /// <summary>Gets the life-cycle status; only active extensions apply.</summary>
    public CatalogStatus Status => _lifecycle.Status;

    /// <summary>Gets the first effective day.</summary>
    public LocalDate EffectiveFrom => _lifecycle.EffectiveFrom;

    /// <summary>Gets the last effective day, or null when open-ended.</summary>
    public LocalDate? EffectiveTo => _lifecycle.EffectiveTo;

    /// <summary>Gets the effective period; an open end is <see cref="LocalDate.MaxIsoValue"/>.</summary>
    public DateInterval Effective => _lifecycle.Effective;

    /// <summary>Gets the title of the regional focus.</summary>
    public string Title { get; }

    /// <summary>Gets the added items, appended after the base items.</summary>
    public IReadOnlyList<CatalogItem> Items { get; }

    /// <summary>Gets the added questions in document order.</summary>
    public IReadOnlyList<QuestionItem> Questions { get; }

    /// <summary>Gets the pin that identifies exactly this extension version.</summary>
    public CatalogPin Pin => new(Id, Version);

    /// <summary>Gets the link-id namespace of an RD's extensions.</summary>
    /// <param name="regionalDirectorate">The RD code.</param>
    /// <returns><c>{RD}:</c>.</returns>
    public static string NamespaceOf(string regionalDirectorate) => Preconditions.CheckNotNull(regionalDirectorate) + ":";

    /// <summary>Returns whether the extension applies on <paramref name="date"/>: active and inside its period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is active.</returns>
    public bool IsActiveOn(LocalDate date) => _lifecycle.IsInForceOn(date);

    /// <inheritdoc />
    public bool Equals(CatalogExtension? other) =>
        other is not null && Id == other.Id && RegionalDirectorate == other.RegionalDirectorate && Base == other.Base &&
        _lifecycle == other._lifecycle && Title == other.Title && Items.SequenceEqual(other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CatalogExtension);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, RegionalDirectorate);

    /// <summary>Returns <c>id@version</c>.</summary>
    /// <returns>The pin text.</returns>
    public override string ToString() => Pin.ToString();

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(CatalogExtension? left, CatalogExtension? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(CatalogExtension? left, CatalogExtension? right) => !Equals(left, right);
}

/// <summary>
/// Builds a <see cref="CatalogExtension"/> against a base catalogue. <see cref="Build"/> reports every
/// problem: link ids outside the RD namespace or colliding with base ids, conditions on later or
/// unknown questions (base questions count as earlier), and the usual item rules.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class CatalogExtensionBuilder
{
    private readonly Catalog _base;

    /// <summary>Starts an extension.</summary>
    /// <param name="id">The extension id.</param>
    /// <param name="regionalDirectorate">The owning RD code (letters and digits).</param>
    /// <param name="baseCatalog">The base catalogue version it extends.</param>
    /// <param name="version">The extension's version.</param>
    /// <exception cref="ArgumentNullException"><paramref name="baseCatalog"/> is null.</exception>
    public CatalogExtensionBuilder(string id, string regionalDirectorate, Catalog baseCatalog, CatalogVersion version)
    {
        Id = id;
        RegionalDirectorate = regionalDirectorate;
        _base = Preconditions.CheckNotNull(baseCatalog);
        Version = version;
    }

    /// <summary>Gets the extension id.</summary>
    public string Id { get; }

    /// <summary>Gets the owning RD code.</summary>
    public string RegionalDirectorate { get; }

    /// <summary>Gets the extension's version.</summary>
    public CatalogVersion Version { get; }

    /// <summary>Gets or sets the title (required).</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the status (default draft).</summary>
    public CatalogStatus Status { get; set; } = CatalogStatus.Draft;

    /// <summary>Gets or sets the first effective day (required).</summary>
    public LocalDate? EffectiveFrom { get; set; }

    /// <summary>Gets or sets the last effective day, or null for open-ended.</summary>
    public LocalDate? EffectiveTo { get; set; }

    /// <summary>Gets the list of added items.</summary>
    public ItemListBuilder Items { get; } = new();

    /// <summary>Gets the base catalogue.</summary>
    internal Catalog BaseCatalog => _base;

    /// <summary>Gets or sets a prefix for item paths in problems (a FHIR reader sets <c>Questionnaire.item</c>).</summary>
    internal string? ItemPathPrefix { get; set; }

    /// <summary>Gets or sets the paths of header problems (a FHIR reader names the Questionnaire's elements).</summary>
    internal HeaderPaths Paths { get; set; } = HeaderPaths.Vkb;

    /// <summary>Gets or sets the path of a regional-directorate problem (a FHIR reader names the RD extension).</summary>
    internal string RegionalDirectoratePath { get; set; } = "regionalDirectorate";

    /// <summary>Validates everything and builds the extension, or returns every problem found.</summary>
    /// <returns>The extension or the complete list of problems.</returns>
    public BuildResult<CatalogExtension> Build()
    {
        var problems = new List<ValidationProblem>();
        HeaderChecks.Check(problems, Paths, Id, null, Title, Status, EffectiveFrom, EffectiveTo);
        if (!Assessment.IsValidRegionalDirectorate(RegionalDirectorate))
        {
            problems.Add(Problems.InvalidRegionalDirectorate(RegionalDirectoratePath));
        }

        var prefix = ItemPathPrefix ?? "items";
        var items = new ItemValidator(problems, _base.Items, CatalogExtension.NamespaceOf(RegionalDirectorate ?? string.Empty)).Build(Items.Items, prefix);
        if (!CatalogItems.Flatten(items).OfType<QuestionItem>().Any())
        {
            problems.Add(Problems.NoQuestions(prefix, "An extension"));
        }

        return BuildResult.From(
            () => new CatalogExtension(Id, RegionalDirectorate!, _base.Pin, new Lifecycle(Version, Status, EffectiveFrom!.Value, EffectiveTo), Title!, items),
            problems);
    }
}
