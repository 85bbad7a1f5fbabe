using System.Diagnostics.CodeAnalysis;

namespace Vkb.Pseudonymization.Policies;

/// <summary>
/// A field path in a JSON record: property names joined by '.', a segment ending in <c>[]</c> stands for
/// every element of an array, e.g. <c>events[].note</c>. Names are ASCII letters, digits and '_', not
/// starting with a digit.
/// </summary>
public sealed class FieldPath : IEquatable<FieldPath>
{
    private FieldPath(string value, IReadOnlyList<FieldPathSegment> segments)
    {
        Value = value;
        Segments = segments;
        Utf8Names = [.. segments.Select(segment => System.Text.Encoding.UTF8.GetBytes(segment.Name))];
    }

    /// <summary>The path text.</summary>
    public string Value { get; }

    /// <summary>The segments.</summary>
    public IReadOnlyList<FieldPathSegment> Segments { get; }

    /// <summary>The segments' names in UTF-8, for looking them up in a JSON document without transcoding.</summary>
    internal byte[][] Utf8Names { get; }

    /// <summary>Whether any segment is an array segment.</summary>
    public bool HasArray => Segments.Any(s => s.IsArray);

    /// <summary>Parses a path.</summary>
    /// <param name="text">The path text.</param>
    /// <returns>The path.</returns>
    /// <exception cref="FormatException">The path is malformed.</exception>
    public static FieldPath Parse(string text) =>
        TryParse(text, out var path) ? path : throw new FormatException("A field path is names of ASCII letters, digits or '_' joined by '.', each optionally followed by '[]'.");

    /// <summary>Tries to parse a path.</summary>
    /// <param name="text">The path text.</param>
    /// <param name="path">The path, if valid.</param>
    /// <returns>Whether the text is a valid path.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out FieldPath? path)
    {
        path = null;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var segments = new List<FieldPathSegment>();
        foreach (var raw in text.Split('.'))
        {
            var isArray = raw.EndsWith("[]", StringComparison.Ordinal);
            var name = isArray ? raw[..^2] : raw;
            if (!IsValidName(name))
            {
                return false;
            }

            segments.Add(new FieldPathSegment(name, isArray));
        }

        path = new FieldPath(text, segments);
        return true;
    }

    internal static bool IsValidName(string name) =>
        name.Length is > 0 and <= 64 && !char.IsAsciiDigit(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <inheritdoc/>
    public bool Equals(FieldPath? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FieldPath);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(FieldPath? left, FieldPath? right) => Equals(left, right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(FieldPath? left, FieldPath? right) => !Equals(left, right);
}

/// <summary>One segment of a <see cref="FieldPath"/>.</summary>
/// <param name="Name">The property name.</param>
/// <param name="IsArray">Whether the property holds an array whose elements the rest of the path addresses.</param>
public readonly record struct FieldPathSegment(string Name, bool IsArray);
