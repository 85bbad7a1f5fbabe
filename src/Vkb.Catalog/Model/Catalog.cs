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

    internal Catalog(
        string id,
        string customerProcess,
        CatalogVersion version,
        CatalogStatus status,
        LocalDate effectiveFrom,
        LocalDate? effectiveTo,
        string title,
        string? description,
        IReadOnlyList<CatalogItem> items)
    {
        Id = id;
        CustomerProcess = customerProcess;
        Version = version;
        Status = status;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Title = title;
        Description = description;
        Items = items;
        _byLinkId = CatalogItems.Flatten(items).ToDictionary(i => i.LinkId, StringComparer.Ordinal);
        Questions = CatalogItems.Flatten(items).OfType<QuestionItem>().ToList();
    }

    /// <summary>Gets the catalogue id, stable across versions.</summary>
    public string Id { get; }

    /// <summary>Gets the customer process code, for example <c>placement</c>.</summary>
    public string CustomerProcess { get; }

    /// <summary>Gets the version.</summary>
    public CatalogVersion Version { get; }

    /// <summary>Gets the life-cycle status; only <see cref="CatalogStatus.Active"/> versions are ever in force.</summary>
    public CatalogStatus Status { get; }

    /// <summary>Gets the first day of the effective period.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Gets the last day of the effective period, or null when open-ended.</summary>
    public LocalDate? EffectiveTo { get; }

    /// <summary>Gets the effective period; an open end is <see cref="LocalDate.MaxIsoValue"/>.</summary>
    public DateInterval Effective => new(EffectiveFrom, EffectiveTo ?? LocalDate.MaxIsoValue);

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
    public bool IsInForceOn(LocalDate date) => Status == CatalogStatus.Active && Effective.Contains(date);

    /// <summary>Finds an item by link id.</summary>
    /// <param name="linkId">The link id.</param>
    /// <returns>The item, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="linkId"/> is null.</exception>
    public CatalogItem? FindItem(string linkId) => _byLinkId.GetValueOrDefault(Preconditions.CheckNotNull(linkId));

    /// <inheritdoc />
    public bool Equals(Catalog? other) =>
        other is not null && Id == other.Id && CustomerProcess == other.CustomerProcess && Version == other.Version &&
        Status == other.Status && EffectiveFrom == other.EffectiveFrom && EffectiveTo == other.EffectiveTo &&
        Title == other.Title && Description == other.Description && Items.SequenceEqual(other.Items);

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

    /// <summary>Validates everything and builds the catalogue, or returns every problem found.</summary>
    /// <returns>The catalogue or the complete list of problems.</returns>
    public BuildResult<Catalog> Build()
    {
        var problems = new List<ValidationProblem>();
        HeaderChecks.Check(problems, Id, CustomerProcess, Title, Status, EffectiveFrom, EffectiveTo);
        var items = new ItemValidator(problems, [], null).Build(_items.Items, "items");
        if (!CatalogItems.Flatten(items).OfType<QuestionItem>().Any())
        {
            problems.Add(new ValidationProblem("no-questions", "items", "A catalogue needs at least one question."));
        }

        return problems.Count > 0
            ? BuildResult.Failed<Catalog>(problems)
            : BuildResult.Of(new Catalog(Id, CustomerProcess, Version, Status, EffectiveFrom!.Value, EffectiveTo, Title!, Description, items));
    }
}

internal static class HeaderChecks
{
    public static void Check(List<ValidationProblem> problems, string? id, string? process, string? title, CatalogStatus status, LocalDate? from, LocalDate? to)
    {
        if (!ItemValidator.IsValidCode(id))
        {
            problems.Add(new ValidationProblem("invalid-id", "id", "The id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit."));
        }

        if (process is not null && !ItemValidator.IsValidCode(process))
        {
            problems.Add(new ValidationProblem("invalid-customer-process", "customerProcess", "The customer process must be a code of letters, digits, '.', '_' or '-'."));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add(new ValidationProblem("missing-title", "title", "A title is required."));
        }

        if (!Enum.IsDefined(status))
        {
            problems.Add(new ValidationProblem("invalid-status", "status", "The status must be draft, active or retired."));
        }

        if (from is null)
        {
            problems.Add(new ValidationProblem("missing-effective-from", "effective.from", "The first effective day is required."));
        }
        else if (to is not null && to.Value < from.Value)
        {
            problems.Add(new ValidationProblem("effective-end-before-start", "effective.to", "The last effective day must not be before the first."));
        }
    }
}
