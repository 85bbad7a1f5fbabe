using System.Globalization;
using NodaTime;

namespace Vkb.Entitlements;

/// <summary>
/// An announced assessment phase as far as grants are concerned (E5): its id and the months it
/// covers. When phases are configured, a grant's period must lie within one of them. The
/// announcement itself (kind, processes, approval reference) is read and validated by the host.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class GrantPhase : IEquatable<GrantPhase>
{
    private GrantPhase(string id, YearMonth from, YearMonth to)
    {
        Id = id;
        From = from;
        To = to;
        Dates = new DateInterval(from.OnDayOfMonth(1), to.OnDayOfMonth(to.Calendar.GetDaysInMonth(to.Year, to.Month)));
    }

    /// <summary>The phase id, such as <c>2025-Q2</c>.</summary>
    public string Id { get; }

    /// <summary>The first month of the phase.</summary>
    public YearMonth From { get; }

    /// <summary>The last month of the phase (inclusive).</summary>
    public YearMonth To { get; }

    /// <summary>The dates the phase covers, from the first day of <see cref="From"/> to the last day of <see cref="To"/>.</summary>
    public DateInterval Dates { get; }

    /// <summary>Creates a phase.</summary>
    /// <param name="id">The phase id; 1 to 64 printable characters without whitespace.</param>
    /// <param name="from">The first month.</param>
    /// <param name="to">The last month, not before <paramref name="from"/>.</param>
    /// <returns>The phase.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed or the phase ends before it starts.</exception>
    public static GrantPhase Create(string id, YearMonth from, YearMonth to)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckArgument(id.Length is > 0 and <= 64 && id.All(c => !char.IsControl(c) && !char.IsWhiteSpace(c)), "A phase id is 1 to 64 printable characters without whitespace.", nameof(id));
        Preconditions.CheckArgument(to >= from, "A phase cannot end before it starts.", nameof(to));
        return new GrantPhase(id, from, to);
    }

    /// <summary>Whether <paramref name="first"/>..<paramref name="last"/> lies within the phase.</summary>
    /// <param name="first">The first date.</param>
    /// <param name="last">The last date (inclusive).</param>
    /// <returns>True if both dates lie within <see cref="Dates"/>.</returns>
    public bool Covers(LocalDate first, LocalDate last) => Dates.Contains(first) && Dates.Contains(last);

    /// <inheritdoc />
    public bool Equals(GrantPhase? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && From == other.From && To == other.To;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GrantPhase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, From, To);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} ({From:yyyy-MM}..{To:yyyy-MM})");

    /// <summary>Equality by value.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(GrantPhase? left, GrantPhase? right) => Equals(left, right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(GrantPhase? left, GrantPhase? right) => !Equals(left, right);
}
