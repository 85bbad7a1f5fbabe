using System.Numerics;
using System.Runtime.InteropServices;
using System.Text.Json;
using NodaTime;

namespace Vkb.Pseudonymization.Engine;

/// <summary>
/// The common case of ISO dates in a record, read and written without strings: exactly <c>yyyy-MM-dd</c> with
/// ASCII digits and a year from 1 to 9999. Anything else goes through NodaTime's ISO pattern as before, so
/// what is accepted, rejected and written does not change.
/// </summary>
internal static class IsoDate
{
    /// <summary>The length of <c>yyyy-MM-dd</c>.</summary>
    public const int Length = 10;

    /// <summary>Reads a JSON string holding exactly <c>yyyy-MM-dd</c> of a valid date; false for anything else.</summary>
    public static bool TryRead(JsonElement value, out LocalDate date)
    {
        date = default;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        return TryParse<byte>(RawString(value), out date);
    }

    /// <summary>The bytes of a JSON string as the document holds them, without the quotes (escapes not undone).</summary>
    public static ReadOnlySpan<byte> RawString(JsonElement value)
    {
        var quoted = JsonMarshal.GetRawUtf8Value(value);
        return quoted.Length >= 2 && quoted[0] == (byte)'"' && quoted[^1] == (byte)'"' ? quoted[1..^1] : quoted;
    }

    /// <summary>Reads exactly <c>yyyy-MM-dd</c> of a valid date with ASCII digits; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out LocalDate date) => TryParse<char>(text, out date);

    /// <summary>The length of <c>yyyy-MM</c>.</summary>
    public const int MonthLength = 7;

    /// <summary>
    /// Reads a JSON string holding exactly <c>yyyy-MM</c> with ASCII digits, a year from 1 to 9999 and a month from 1 to
    /// 12; false for anything else (a caller then asks NodaTime's ISO pattern, which decides as before).
    /// </summary>
    public static bool TryReadMonth(JsonElement value, out YearMonth month)
    {
        month = default;
        return value.ValueKind == JsonValueKind.String && TryParseMonth(RawString(value), out month);
    }

    private static bool TryParseMonth(ReadOnlySpan<byte> raw, out YearMonth month)
    {
        month = default;
        if (raw.Length != MonthLength || raw[4] != (byte)'-' ||
            !TryDigits(raw[..4], out var year) || !TryDigits(raw.Slice(5, 2), out var number) || year < 1 || number is < 1 or > 12)
        {
            return false;
        }

        month = new YearMonth(year, number);
        return true;
    }

    private static bool TryParse<T>(ReadOnlySpan<T> raw, out LocalDate date)
        where T : unmanaged, IBinaryInteger<T>
    {
        date = default;
        if (raw.Length != Length || raw[4] != T.CreateTruncating('-') || raw[7] != T.CreateTruncating('-') ||
            !TryDigits(raw[..4], out var year) || !TryDigits(raw.Slice(5, 2), out var month) || !TryDigits(raw.Slice(8, 2), out var day) ||
            year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Writes <c>yyyy-MM-dd</c> (UTF-8 bytes or characters) for years 1 to 9999; false (nothing written) otherwise.</summary>
    public static bool TryWrite<T>(LocalDate date, Span<T> destination)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (date.Year is < 1 or > 9999 || destination.Length < Length)
        {
            return false;
        }

        WriteDigits(destination[..4], date.Year);
        destination[4] = T.CreateTruncating('-');
        WriteDigits(destination.Slice(5, 2), date.Month);
        destination[7] = T.CreateTruncating('-');
        WriteDigits(destination.Slice(8, 2), date.Day);
        return true;
    }

    private static bool TryDigits<T>(ReadOnlySpan<T> digits, out int value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        foreach (var b in digits)
        {
            var digit = int.CreateTruncating(b) - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static void WriteDigits<T>(Span<T> destination, int value)
        where T : unmanaged, IBinaryInteger<T>
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = T.CreateTruncating('0' + (value % 10));
            value /= 10;
        }
    }
}
