namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>Check digits of German identifiers.</summary>
internal static class Checksums
{
    /// <summary>Steuerliche Identifikationsnummer: 11 digits, first not 0, ISO 7064 MOD 11,10 check digit.</summary>
    public static bool IsTaxId(ReadOnlySpan<char> text)
    {
        Span<int> digits = stackalloc int[11];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == 11)
                {
                    return false;
                }

                digits[count++] = c - '0';
            }
        }

        if (count != 11 || digits[0] == 0)
        {
            return false;
        }

        var product = 10;
        for (var i = 0; i < 10; i++)
        {
            var sum = (digits[i] + product) % 10;
            if (sum == 0)
            {
                sum = 10;
            }

            product = sum * 2 % 11;
        }

        var check = 11 - product;
        if (check == 10)
        {
            check = 0;
        }

        return check == digits[10];
    }

    /// <summary>Rentenversicherungsnummer: 2 digits area, 6 digits birth date, letter, 2 digits serial, check digit.</summary>
    public static bool IsPensionInsuranceNumber(ReadOnlySpan<char> text)
    {
        Span<int> values = stackalloc int[13];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count >= 13)
                {
                    return false;
                }

                values[count++] = c - '0';
            }
            else if (char.IsAsciiLetter(c))
            {
                if (count != 8)
                {
                    return false;
                }

                var position = char.ToUpperInvariant(c) - 'A' + 1;
                values[count++] = position / 10;
                values[count++] = position % 10;
            }
        }

        if (count != 13)
        {
            return false;
        }

        ReadOnlySpan<int> weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
        var total = 0;
        for (var i = 0; i < 12; i++)
        {
            var product = values[i] * weights[i];
            total += (product / 10) + (product % 10);
        }

        return total % 10 == values[12];
    }

    /// <summary>
    /// Whether nine characters are a German identity card or passport number: the serial (letters of the document
    /// alphabet and digits, letters counted as their position + 9) with its 7-3-1 weighted check digit last.
    /// </summary>
    public static bool IsIdentityDocumentNumber(ReadOnlySpan<char> number)
    {
        if (number.Length != 9 || !char.IsAsciiDigit(number[8]))
        {
            return false;
        }

        ReadOnlySpan<int> weights = [7, 3, 1];
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = char.ToUpperInvariant(number[i]);
            var value = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetterUpper(c) ? c - 'A' + 10 : -1;
            if (value < 0)
            {
                return false;
            }

            sum += value * weights[i % 3];
        }

        return sum % 10 == number[8] - '0';
    }
}
