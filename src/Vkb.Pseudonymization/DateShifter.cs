using System.Buffers.Binary;
using NodaTime;

namespace Vkb.Pseudonymization;

/// <summary>
/// Shifts every date of a subject by one offset derived from the key and the subject's pseudonym:
/// HMAC-SHA256 under the HKDF subkey ("date-shift", "", "") over the pseudonym text; the first 8 bytes
/// (big-endian) modulo the number of admissible offsets pick the offset. The offset is never zero, lies in
/// [-MaxDays, MaxDays], and is a whole number of weeks when weekdays are preserved. Because a subject has
/// one offset, every interval between two of its dates survives exactly (P7).
/// </summary>
/// <remarks>Thread safety: all members are safe to call concurrently.</remarks>
public sealed class DateShifter
{
    private readonly KeyedMacs _macs;
    private readonly int _steps;
    private readonly int _unit;

    /// <summary>Creates a date shifter.</summary>
    /// <param name="key">The master key.</param>
    /// <param name="options">The range and weekday rule; defaults if null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The options are out of range.</exception>
    public DateShifter(PseudonymizationKey key, DateShiftOptions? options = null)
    {
        Preconditions.CheckNotNull(key);
        options ??= new DateShiftOptions();
        options.Validate();
        _macs = new KeyedMacs(key);
        _unit = options.PreserveWeekday ? 7 : 1;
        _steps = options.MaxDays / _unit;
    }

    /// <summary>The offset in days for a subject; never zero.</summary>
    /// <param name="subject">The subject's pseudonym.</param>
    /// <returns>The offset in days.</returns>
    public int OffsetDays(Pseudonym subject)
    {
        Preconditions.CheckNotNull(subject);
        Span<byte> hash = stackalloc byte[32];
        _macs.Compute("date-shift", string.Empty, string.Empty, subject.Value, hash);
        var choice = (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)(2 * _steps));
        var steps = choice < _steps ? -(choice + 1) : choice - _steps + 1;
        return steps * _unit;
    }

    /// <summary>Shifts one date of a subject.</summary>
    /// <param name="date">The date.</param>
    /// <param name="subject">The subject's pseudonym.</param>
    /// <returns>The shifted date.</returns>
    /// <exception cref="OverflowException">The date lies within the offset of the calendar's ends (year -9998 or 9999).</exception>
    public LocalDate Shift(LocalDate date, Pseudonym subject) => date.PlusDays(OffsetDays(subject));

    /// <summary>
    /// <paramref name="date"/> moved by <paramref name="offsetDays"/>; false within the offset of the calendar's ends
    /// (year -9998 or 9999), where there is no date to write (the field rejects its record, a note's date is replaced).
    /// </summary>
    internal static bool TryShift(LocalDate date, int offsetDays, out LocalDate shifted)
    {
        try
        {
            shifted = date.PlusDays(offsetDays);
            return true;
        }
        catch (OverflowException)
        {
            shifted = default;
            return false;
        }
    }
}
