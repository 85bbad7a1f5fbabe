using NodaTime;

namespace Vkb.Entitlements;

/// <summary>
/// A directive (Weisung) that sets the maximum number of grant holders per regional directorate
/// and, where it says so, for head office, for the dates it is in force (E2, E3).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Directive : IEquatable<Directive>
{
    private Directive(string id, string title, LocalDate effectiveFrom, LocalDate? effectiveTo, int capPerRegionalDirectorate, int? headOfficeCap)
    {
        Id = id;
        Title = title;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        CapPerRegionalDirectorate = capPerRegionalDirectorate;
        HeadOfficeCap = headOfficeCap;
    }

    /// <summary>Weisung 202202014: 2022-02-21 to 2024-12-31, at most 6 holders per RD; silent on head office.</summary>
    public static Directive Weisung202202014 { get; } = new(
        "202202014",
        "IT-Lösung zur datenschutzkonformen Ebenen übergreifenden Fallbewertung (erste Fassung)",
        new LocalDate(2022, 2, 21),
        new LocalDate(2024, 12, 31),
        6,
        null);

    /// <summary>Weisung 202503002: from 2025-03-05 without end, at most 12 holders per RD; silent on head office.</summary>
    public static Directive Weisung202503002 { get; } = new(
        "202503002",
        "IT-Lösung zur datenschutzkonformen Ebenen übergreifenden Fallbewertung",
        new LocalDate(2025, 3, 5),
        null,
        12,
        null);

    /// <summary>The built-in directives, oldest first.</summary>
    public static IReadOnlyList<Directive> BuiltIn { get; } = [Weisung202202014, Weisung202503002];

    /// <summary>The directive number, such as <c>202503002</c>.</summary>
    public string Id { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The first day in force.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last day in force, or null when open-ended.</summary>
    public LocalDate? EffectiveTo { get; }

    /// <summary>The maximum number of holders per regional directorate.</summary>
    public int CapPerRegionalDirectorate { get; }

    /// <summary>The maximum for head office if the directive states one; otherwise configuration decides (E3).</summary>
    public int? HeadOfficeCap { get; }

    /// <summary>Creates a directive.</summary>
    /// <param name="id">The directive number; 1 to 64 printable characters.</param>
    /// <param name="title">The title; not empty.</param>
    /// <param name="effectiveFrom">The first day in force.</param>
    /// <param name="effectiveTo">The last day in force, or null when open-ended; not before <paramref name="effectiveFrom"/>.</param>
    /// <param name="capPerRegionalDirectorate">The maximum per RD, 0 or more.</param>
    /// <param name="headOfficeCap">The maximum for head office if stated, 0 or more.</param>
    /// <returns>The directive.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">The id or title is empty or malformed, or the period ends before it starts.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A cap is negative.</exception>
    public static Directive Create(string id, string title, LocalDate effectiveFrom, LocalDate? effectiveTo, int capPerRegionalDirectorate, int? headOfficeCap = null)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(title);
        Preconditions.CheckArgument(id.Length is > 0 and <= 64 && id.All(c => !char.IsControl(c) && !char.IsWhiteSpace(c)), "A directive id is 1 to 64 printable characters without whitespace.", nameof(id));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(title), "A directive needs a title.", nameof(title));
        Preconditions.CheckArgument(effectiveTo is null || effectiveTo.Value >= effectiveFrom, "A directive cannot end before it starts.", nameof(effectiveTo));
        Preconditions.CheckArgumentRange(capPerRegionalDirectorate >= 0, "A cap is 0 or more.", nameof(capPerRegionalDirectorate));
        Preconditions.CheckArgumentRange(headOfficeCap is null or >= 0, "A cap is 0 or more.", nameof(headOfficeCap));
        return new Directive(id, title, effectiveFrom, effectiveTo, capPerRegionalDirectorate, headOfficeCap);
    }

    /// <summary>Whether the directive is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from <see cref="EffectiveFrom"/> to <see cref="EffectiveTo"/> inclusive.</returns>
    public bool IsInForceOn(LocalDate date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo.Value);

    /// <summary>A copy in force for another period, for a carry-over the host configures explicitly.</summary>
    internal Directive WithPeriod(string id, LocalDate from, LocalDate? to) =>
        new(id, Title, from, to, CapPerRegionalDirectorate, HeadOfficeCap);

    /// <inheritdoc />
    public bool Equals(Directive? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Title, other.Title, StringComparison.Ordinal)
        && EffectiveFrom == other.EffectiveFrom
        && EffectiveTo == other.EffectiveTo
        && CapPerRegionalDirectorate == other.CapPerRegionalDirectorate
        && HeadOfficeCap == other.HeadOfficeCap;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Directive);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, EffectiveFrom, EffectiveTo, CapPerRegionalDirectorate, HeadOfficeCap);

    /// <inheritdoc />
    public override string ToString() => Id;

    /// <summary>Equality by value.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(Directive? left, Directive? right) => Equals(left, right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(Directive? left, Directive? right) => !Equals(left, right);
}
