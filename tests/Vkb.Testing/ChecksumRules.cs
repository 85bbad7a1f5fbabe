namespace Vkb.Testing;

/// <summary>
/// Independent validators for the identifiers the generator makes, written from the published
/// rules (not from the generator's code), so that tests can check the generator against them.
/// </summary>
public static class ChecksumRules
{
    /// <summary>ISO 13616 IBAN check: move the first four characters to the end, letters to numbers (A=10 … Z=35), the number mod 97 must be 1.</summary>
    /// <param name="iban">An IBAN; spaces are ignored.</param>
    /// <returns>Whether the IBAN's check digits are valid.</returns>
    public static bool IsValidIban(string iban)
    {
        ArgumentNullException.ThrowIfNull(iban);
        var s = iban.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (s.Length < 15 || s.Length > 34 || !char.IsAsciiLetterUpper(s[0]) || !char.IsAsciiLetterUpper(s[1]) || !char.IsAsciiDigit(s[2]) || !char.IsAsciiDigit(s[3]))
        {
            return false;
        }

        if (s.StartsWith("DE", StringComparison.Ordinal) && (s.Length != 22 || !s[2..].All(char.IsAsciiDigit)))
        {
            return false;
        }

        var rearranged = s[4..] + s[..4];
        var remainder = 0;
        foreach (var c in rearranged)
        {
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }

    /// <summary>
    /// German tax id (§ 139b AO): 11 digits, first not 0; among the first ten exactly one digit
    /// occurs twice or three times (a triple never three in a row), the others at most once; the
    /// last is the ISO 7064 MOD 11,10 check digit.
    /// </summary>
    /// <param name="taxId">The 11 digits.</param>
    /// <returns>Whether the tax id is valid.</returns>
    public static bool IsValidTaxId(string taxId)
    {
        ArgumentNullException.ThrowIfNull(taxId);
        if (taxId.Length != 11 || !taxId.All(char.IsAsciiDigit) || taxId[0] == '0')
        {
            return false;
        }

        var counts = new int[10];
        foreach (var c in taxId[..10])
        {
            counts[c - '0']++;
        }

        var repeated = counts.Where(n => n >= 2).ToArray();
        if (repeated.Length != 1 || repeated[0] > 3)
        {
            return false;
        }

        for (var i = 2; i < 10; i++)
        {
            if (taxId[i] == taxId[i - 1] && taxId[i] == taxId[i - 2])
            {
                return false;
            }
        }

        // ISO 7064 MOD 11,10, written as the hybrid system of the standard.
        var p = 10;
        for (var i = 0; i < 10; i++)
        {
            var s = (taxId[i] - '0' + p) % 10;
            p = (s == 0 ? 10 : s) * 2 % 11;
        }

        var check = (11 - p) % 10;
        return check == taxId[10] - '0';
    }

    /// <summary>
    /// German pension insurance number (Versicherungsnummer, DRV): 2 digits area, ddMMyy, a letter,
    /// 2 digits serial, a check digit: letter as its two-digit alphabet position, weights
    /// 2,1,2,5,7,1,2,1,2,1,2,1, sum of the products' digit sums, modulo 10.
    /// </summary>
    /// <param name="number">The 12 characters.</param>
    /// <returns>Whether the shape, the birth date part and the check digit are valid.</returns>
    public static bool IsValidPensionInsuranceNumber(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var s = number.ToUpperInvariant();
        if (s.Length != 12 || !s[..8].All(char.IsAsciiDigit) || !char.IsAsciiLetterUpper(s[8]) || !s[9..].All(char.IsAsciiDigit))
        {
            return false;
        }

        var day = int.Parse(s[2..4], System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(s[4..6], System.Globalization.CultureInfo.InvariantCulture);
        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return false;
        }

        var letter = s[8] - 'A' + 1;
        var digits = s[..8] + letter.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + s[9..11];
        int[] weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var product = (digits[i] - '0') * weights[i];
            sum += product < 10 ? product : (product / 10) + (product % 10);
        }

        return sum % 10 == s[11] - '0';
    }
}
