using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Vkb.Catalog;

/// <summary>
/// The version of a catalogue or extension: any FHIR <c>version</c> string (for example <c>2025.1</c>,
/// <c>1.0</c> or <c>2.1.0</c>), kept as written. Versions of dot-separated numbers are ordered
/// numerically part by part (<c>2.1</c> &lt; <c>2.1.0</c> &lt; <c>2.10</c>); any other version sorts
/// after them, ordinally. Where versions are not numeric, the registry orders by effective period.
/// </summary>
/// <remarks>Immutable value type; thread-safe. <c>default</c> is the version <c>0.0</c>.</remarks>
public readonly struct CatalogVersion : IEquatable<CatalogVersion>, IComparable<CatalogVersion>
{
    private readonly string? _text;

    private CatalogVersion(string text) => _text = text;

    private string Value => _text ?? "0.0";

    /// <summary>Gets whether the version is <c>major.minor</c> with numeric parts.</summary>
    public bool IsMajorMinor => Parts() is { Length: 2 };

    /// <summary>Gets the major part of a <c>major.minor</c> version (the first number of a numeric version), else 0.</summary>
    public int Major => Parts() is { Length: > 0 } p ? p[0] : 0;

    /// <summary>Gets the minor part of a <c>major.minor</c> version (the second number of a numeric version), else 0.</summary>
    public int Minor => Parts() is { Length: > 1 } p ? p[1] : 0;

    /// <summary>Creates a version from its parts.</summary>
    /// <param name="major">The major part, 0 to 99999.</param>
    /// <param name="minor">The minor part, 0 to 99999.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative or larger than 99999.</exception>
    public static CatalogVersion Create(int major, int minor)
    {
        Preconditions.CheckArgumentRange(major is >= 0 and <= 99999, "The major part must be between 0 and 99999.");
        Preconditions.CheckArgumentRange(minor is >= 0 and <= 99999, "The minor part must be between 0 and 99999.");
        return new CatalogVersion(string.Create(CultureInfo.InvariantCulture, $"{major}.{minor}"));
    }

    /// <summary>Parses a version string.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is empty, longer than 64 characters, has surrounding white space, control characters or '|'.</exception>
    public static CatalogVersion Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var version)
            ? version
            : throw new FormatException("A catalogue version must be 1 to 64 printable characters without surrounding white space and without '|'.");
    }

    /// <summary>Tries to parse a version string.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="version">The parsed version, or default.</param>
    /// <returns>Whether the text was a valid version.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CatalogVersion version)
    {
        version = default;
        if (text is not { Length: > 0 and <= 64 } || text.Trim().Length != text.Length || text.Any(c => char.IsControl(c) || c == '|'))
        {
            return false;
        }

        version = new CatalogVersion(text);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(CatalogVersion other)
    {
        var (a, b) = (Parts(), other.Parts());
        if (a is null || b is null)
        {
            return a is null == (b is null) ? string.CompareOrdinal(Value, other.Value) : (a is null ? 1 : -1);
        }

        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return a[i].CompareTo(b[i]);
            }
        }

        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(Value, other.Value);
    }

    /// <inheritdoc />
    public bool Equals(CatalogVersion other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CatalogVersion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode(StringComparison.Ordinal);

    /// <summary>Returns the version as written.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(CatalogVersion left, CatalogVersion right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(CatalogVersion left, CatalogVersion right) => !left.Equals(right);

    /// <summary>Ordering operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left is older.</returns>
    public static bool operator <(CatalogVersion left, CatalogVersion right) => left.CompareTo(right) < 0;

    /// <summary>Ordering operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left is newer.</returns>
    public static bool operator >(CatalogVersion left, CatalogVersion right) => left.CompareTo(right) > 0;

    /// <summary>Ordering operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left is older or equal.</returns>
    public static bool operator <=(CatalogVersion left, CatalogVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether left is newer or equal.</returns>
    public static bool operator >=(CatalogVersion left, CatalogVersion right) => left.CompareTo(right) >= 0;

    /// <summary>The numeric parts of a version of dot-separated numbers (each 0 to 99999), else null.</summary>
    private int[]? Parts()
    {
        var parts = Value.Split('.');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length is 0 or > 5 || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }
}
