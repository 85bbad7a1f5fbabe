using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Vkb.Entitlements;

/// <summary>
/// Identifies a grant from its request onwards: the unit code and the sequence number of the
/// request event in that unit's ledger, written <c>NRW-17</c>. Unique per ledger, never reused.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GrantId : IEquatable<GrantId>
{
    private GrantId(OrgUnit unit, long number)
    {
        Unit = unit;
        Number = number;
    }

    /// <summary>The unit whose ledger holds the grant.</summary>
    public OrgUnit Unit { get; }

    /// <summary>The sequence number of the request event in the unit's ledger (1 or more).</summary>
    public long Number { get; }

    /// <summary>Creates a grant id.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="number">The request event's sequence number, 1 or more.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public static GrantId Create(OrgUnit unit, long number)
    {
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckArgumentRange(number >= 1, "A grant number is 1 or more.", nameof(number));
        return new GrantId(unit, number);
    }

    /// <summary>Parses <c>UNIT-NUMBER</c>, such as <c>NRW-17</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not of the form UNIT-NUMBER.</exception>
    public static GrantId Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        return TryParse(text, out var id) ? id : throw new FormatException("A grant id has the form UNIT-NUMBER, such as NRW-17.");
    }

    /// <summary>Tries to parse <c>UNIT-NUMBER</c>.</summary>
    /// <param name="text">The candidate text.</param>
    /// <param name="id">The id when valid.</param>
    /// <returns>Whether <paramref name="text"/> is a valid id.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out GrantId? id)
    {
        id = null;
        var dash = text?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        if (dash < 0
            || !OrgUnit.TryParse(text![..dash], out var unit)
            || !long.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1)
        {
            return false;
        }

        id = new GrantId(unit, number);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(GrantId? other) => other is not null && Number == other.Number && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GrantId);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Number);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Unit.Code}-{Number}");

    /// <summary>Equality by value.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(GrantId? left, GrantId? right) => Equals(left, right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(GrantId? left, GrantId? right) => !Equals(left, right);
}
