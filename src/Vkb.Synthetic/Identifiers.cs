using System.Globalization;
using NodaTime;

namespace Vkb.Synthetic;

/// <summary>Makes identifiers that are valid under their published check rules.</summary>
internal static class Identifiers
{
    /// <summary>A German IBAN: "DE", two MOD-97 check digits (ISO 13616), 8-digit bank code, 10-digit account.</summary>
    public static string Iban(ref Prng rng)
    {
        var bban = string.Concat((char)('1' + rng.Next(8)), rng.Digits(7), rng.Digits(10));
        // Move "DE00" to the end, letters as numbers (D=13, E=14), then 98 - (n mod 97).
        var remainder = Mod97(bban + "131400");
        var check = 98 - remainder;
        return string.Create(CultureInfo.InvariantCulture, $"DE{check:D2}{bban}");
    }

    /// <summary>
    /// A German tax id (steuerliche Identifikationsnummer): 11 digits, first not 0; in the first ten
    /// exactly one digit occurs twice or three times (never three in a row), one or two digits are
    /// missing; the eleventh is the ISO 7064 MOD 11,10 check digit.
    /// </summary>
    public static string TaxId(ref Prng rng)
    {
        Span<int> digits = stackalloc int[10];
        while (true)
        {
            Span<int> pool = stackalloc int[10];
            for (var i = 0; i < 10; i++)
            {
                pool[i] = i;
            }

            // Shuffle 0-9 (Fisher-Yates), then drop one or two digits and repeat one digit.
            for (var i = 9; i > 0; i--)
            {
                var j = rng.Next(i + 1);
                (pool[i], pool[j]) = (pool[j], pool[i]);
            }

            var triple = rng.Chance(0.3);
            var distinct = triple ? 8 : 9;
            var repeated = pool[rng.Next(distinct)];
            var n = 0;
            for (var i = 0; i < distinct; i++)
            {
                digits[n++] = pool[i];
            }

            digits[n++] = repeated;
            if (triple)
            {
                digits[n++] = repeated;
            }

            for (var i = 9; i > 0; i--)
            {
                var j = rng.Next(i + 1);
                (digits[i], digits[j]) = (digits[j], digits[i]);
            }

            if (digits[0] == 0 || HasThreeInARow(digits))
            {
                continue;
            }

            Span<char> text = stackalloc char[11];
            for (var i = 0; i < 10; i++)
            {
                text[i] = (char)('0' + digits[i]);
            }

            text[10] = (char)('0' + Mod11Ten(digits));
            return new string(text);
        }
    }

    /// <summary>
    /// A pension insurance number (Versicherungsnummer): area (2 digits), birth date ddMMyy,
    /// the initial of the birth name, serial (00-49 male, 50-99 female), check digit: the letter
    /// becomes its two-digit alphabet position, the 12 digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1,
    /// the digit sums of the products are added, modulo 10.
    /// </summary>
    public static string PensionInsuranceNumber(ref Prng rng, string area, LocalDate birthDate, char initial, bool female)
    {
        var letter = char.ToUpperInvariant(initial);
        if (letter is < 'A' or > 'Z')
        {
            letter = 'X';
        }

        var serial = female ? rng.Next(50, 100) : rng.Next(0, 50);
        var body = string.Create(CultureInfo.InvariantCulture, $"{area}{birthDate.Day:D2}{birthDate.Month:D2}{birthDate.Year % 100:D2}");
        var serialText = serial.ToString("D2", CultureInfo.InvariantCulture);
        var check = PensionCheckDigit(body, letter, serialText);
        return string.Concat(body, letter.ToString(), serialText, check.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A BA customer number: agency (3 digits), a letter, 6 digits.</summary>
    public static string CustomerNumber(int agency, char letter, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{agency:D3}{letter}{number:D6}");

    /// <summary>A household (BG) number: job centre id (5 digits), "BG", 7 digits.</summary>
    public static string HouseholdNumber(string jobCentreId, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{jobCentreId}BG{number:D7}");

    private static int PensionCheckDigit(string body, char letter, string serial)
    {
        ReadOnlySpan<int> weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
        var position = letter - 'A' + 1;
        Span<int> digits = stackalloc int[12];
        for (var i = 0; i < 8; i++)
        {
            digits[i] = body[i] - '0';
        }

        digits[8] = position / 10;
        digits[9] = position % 10;
        digits[10] = serial[0] - '0';
        digits[11] = serial[1] - '0';
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var product = digits[i] * weights[i];
            sum += (product / 10) + (product % 10);
        }

        return sum % 10;
    }

    private static int Mod11Ten(ReadOnlySpan<int> digits)
    {
        var product = 10;
        foreach (var digit in digits)
        {
            var sum = (digit + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }

            product = sum * 2 % 11;
        }

        var check = 11 - product;
        return check == 10 ? 0 : check;
    }

    private static bool HasThreeInARow(ReadOnlySpan<int> digits)
    {
        for (var i = 2; i < digits.Length; i++)
        {
            if (digits[i] == digits[i - 1] && digits[i] == digits[i - 2])
            {
                return true;
            }
        }

        return false;
    }

    private static int Mod97(string digits)
    {
        var remainder = 0;
        foreach (var c in digits)
        {
            remainder = ((remainder * 10) + (c - '0')) % 97;
        }

        return remainder;
    }
}
