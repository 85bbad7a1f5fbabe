using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Vkb.Catalog;

/// <summary>
/// The version of a catalogue or extension, <c>major.minor</c> (for example <c>2025.1</c> or <c>1.0</c>).
/// Ordered by major, then minor.
/// </summary>
/// <remarks>Immutable value type; thread-safe.</remarks>
public readonly struct CatalogVersion : IEquatable<CatalogVersion>, IComparable<CatalogVersion>
{
    private CatalogVersion(int major, int minor)
    {
        Major = major;
        Minor = minor;
    }

    /// <summary>Gets the major part.</summary>
    public int Major { get; }

    /// <summary>Gets the minor part.</summary>
    public int Minor { get; }

    /// <summary>Creates a version from its parts.</summary>
    /// <param name="major">The major part, 0 to 99999.</param>
    /// <param name="minor">The minor part, 0 to 99999.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative or larger than 99999.</exception>
    public static CatalogVersion Create(int major, int minor)
    {
        Preconditions.CheckArgumentRange(major is >= 0 and <= 99999, "The major part must be between 0 and 99999.");
        Preconditions.CheckArgumentRange(minor is >= 0 and <= 99999, "The minor part must be between 0 and 99999.");
        return new CatalogVersion(major, minor);
    }

    /// <summary>Parses <c>major.minor</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not <c>major.minor</c> with parts from 0 to 99999.</exception>
    public static CatalogVersion Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var version)
            ? version
            : throw new FormatException("A catalogue version must be 'major.minor' with parts from 0 to 99999.");
    }

    /// <summary>Tries to parse <c>major.minor</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="version">The parsed version, or default.</param>
    /// <returns>Whether the text was a valid version.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out CatalogVersion version)
    {
        version = default;
        if (text is null)
        {
            return false;
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == text.Length - 1 || text.Length > 11)
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var major) ||
            !int.TryParse(text.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var minor) ||
            major > 99999 || minor > 99999)
        {
            return false;
        }

        version = new CatalogVersion(major, minor);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(CatalogVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    /// <inheritdoc />
    public bool Equals(CatalogVersion other) => Major == other.Major && Minor == other.Minor;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CatalogVersion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Major, Minor);

    /// <summary>Returns <c>major.minor</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

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
}
