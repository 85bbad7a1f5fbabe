using System.Buffers;
using System.Text;
using System.Collections.Frozen;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Cheap necessary conditions for the built-in regular expressions: each returns the first index at which its
/// regex could possibly start a match, or -1 if it cannot match anywhere in the text, so a detector may skip the
/// regex then, or start it there, and find exactly what it found before. Every test is written to hold for any Unicode text, not only for German notes: where the regex
/// allows separators (<c>[\s.-]</c>), the filters allow any character that is neither letter nor digit;
/// where it wants an ASCII letter under IgnoreCase, they accept any letter; a digit is <c>\d</c>, i.e.
/// <see cref="char.IsDigit(char)"/>. A property test compares each filtered detector with its bare regex.
/// Each filter is a pure function of the text and its digit runs (which the <see cref="ScrubWorkspace"/> keeps in
/// step with the text).
/// </summary>
internal static class Prefilters
{
    private static readonly SearchValues<char> EmailMarks = SearchValues.Create(")]}");

    /// <summary>
    /// E-mail: the regex needs <c>@</c>, <c>(at)</c>, <c>[at]</c>, <c>{at}</c>, <c>(ät)</c>, <c>(a)</c> or <c>[a]</c>. Under the regex's
    /// IgnoreCase the letters of these match only their ASCII (or umlaut) upper and lower case, which
    /// OrdinalIgnoreCase also equates, so the spelled-out marks are looked for as they stand, in any case.
    /// Every match holds one mark with its local part (<c>[\p{L}\d._%+-]+</c>, then <c>\s*</c>) right before it,
    /// and no mark character is part of a local part: no match starts before the local part of the first mark (and the
    /// local parts joined to it by " . "), which is where the regex is started (instead of trying every word of the note before it).
    /// </summary>
    public static int Email(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        var first = text.IndexOf('@');
        // Every spelled mark ends in ')', ']' or '}' and none of these stands inside a mark: the marks are looked for at the
        // closing brackets, left to right, in one search (not one search of the note per mark). The first closing bracket
        // that ends a mark ends the first mark: a mark of three or four characters ending at a later bracket starts no
        // earlier (they cannot start at the same index: its second or third character would be the bracket).
        for (var i = text.IndexOfAny(EmailMarks); i >= 0 && (first < 0 || i - 3 < first); i = NextIndexOfAny(text, i + 1, EmailMarks))
        {
            var at = SpelledAtEndingAt(text, i);
            if (at >= 0)
            {
                first = first < 0 ? at : Math.Min(first, at);
                break;
            }
        }

        if (first < 0)
        {
            return -1;
        }

        // Back over the white space before the mark (\s, and any separator: more only starts earlier), then over
        // the local part; neither set holds a character of the other.
        var start = BackOverLocalPart(text, BackOverSpace(text, first));

        // Local parts joined by a dot between single white space ("max . muster @ …") start earlier.
        while (start >= 4 && IsSpace(text[start - 1]) && text[start - 2] == '.' && IsSpace(text[start - 3]) && BackOverLocalPart(text, start - 3) < start - 3)
        {
            start = BackOverLocalPart(text, start - 3);
        }

        return start;
    }

    /// <summary>
    /// Session 17: start windows of the plain e-mail regex, one per mark ('@' or a spelled "(at)", see <see cref="Email"/>): a
    /// match holds exactly one mark, its local part (letters, digits, ". _ % + -") and white space right before it, and none of
    /// these characters is a mark's; so it starts at or after the start of the longest such run before the mark and no later than
    /// the mark. The regex is then tried anchored there instead of scanning the rest of the note after each match (every word
    /// start of a note is a place where its local-part loop begins). Windows are in order of their marks, which is their order
    /// of <c>From</c>; a match reads up to the note's end.
    /// </summary>
    public static void EmailStarts(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, ReadOnlySpan<uint> classes, uint union,
        List<(int From, int Last, int End)> windows)
    {
        var at = text.IndexOf('@');
        var bracket = text.IndexOfAny(EmailMarks);
        var spelled = NextSpelledMark(text, bracket, out bracket);
        while (at >= 0 || spelled >= 0)
        {
            int mark;
            if (spelled < 0 || (at >= 0 && at < spelled))
            {
                mark = at;
                at = Words.NextIndexOf(text, at, '@');
            }
            else
            {
                mark = spelled;
                spelled = NextSpelledMark(text, bracket < 0 ? -1 : NextIndexOfAny(text, bracket + 1, EmailMarks), out bracket);
            }

            windows.Add((BackOverLocalPart(text, BackOverSpace(text, mark)), mark, text.Length));
        }
    }

    /// <summary>The start of the first spelled mark that ends at or after <paramref name="from"/> (a closing bracket), or -1; <paramref name="end"/> its bracket.</summary>
    private static int NextSpelledMark(ReadOnlySpan<char> text, int from, out int end)
    {
        for (var i = from; i >= 0; i = i + 1 < text.Length ? NextIndexOfAny(text, i + 1, EmailMarks) : -1)
        {
            var mark = SpelledAtEndingAt(text, i);
            if (mark >= 0)
            {
                end = i;
                return mark;
            }
        }

        end = -1;
        return -1;
    }

    /// <summary>
    /// E-mail with local parts joined by " . ": the regex needs a mark (see <see cref="Email"/>) and a dot between white
    /// space. A match starts no earlier than where <see cref="Email"/> starts, which backs over such joined local parts
    /// before the first mark: a match with a later mark lies after the first mark (no mark is part of a local part).
    /// </summary>
    public static int SpacedEmail(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        var start = Email(text, runs);
        if (start < 0)
        {
            return -1;
        }

        var dot = text.IndexOf(" . ", StringComparison.Ordinal) >= 0;
        for (var i = text.IndexOf('.'); !dot && i > 0 && i + 1 < text.Length; i = Words.NextIndexOf(text, i, '.'))
        {
            dot = IsSpace(text[i - 1]) && IsSpace(text[i + 1]);
        }

        return dot ? start : -1;
    }

    private static readonly string[] SpelledAt = ["(at)", "[at]", "{at}", "(ät)", "(a)", "[a]"];

    /// <summary>Where the spelled "at" mark (<see cref="SpelledAt"/>, any case) that ends at <paramref name="end"/> starts, or -1.</summary>
    private static int SpelledAtEndingAt(ReadOnlySpan<char> text, int end)
    {
        var upTo = text[..(end + 1)];
        foreach (var mark in SpelledAt)
        {
            if (upTo.EndsWith(mark, StringComparison.OrdinalIgnoreCase))
            {
                return end + 1 - mark.Length;
            }
        }

        return -1;
    }

    private static int NextIndexOfAny(ReadOnlySpan<char> text, int from, SearchValues<char> values)
    {
        var next = text[from..].IndexOfAny(values);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>URL: the regex needs <c>http://</c>, <c>https://</c> or <c>www.</c>.</summary>
    public static int Url(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs) =>
        text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase) ? 0 : -1;

    /// <summary>The street words of the foreign street pattern without their dots, in the casings it matches: a whole word each there.</summary>
    internal static readonly string[] ForeignStreetStemList =
        ["ul", "Ul", "UL", "al", "Al", "AL", "os", "Os", "OS", "pl", "Pl", "PL", "str", "Str", "STR", "bd", "Bd", "BD", "bdul", "Bdul", "BDUL", "sos", "Sos", "SOS", "aleea", "Aleea", "ALEEA", "strada", "Strada", "STRADA", "calea", "Calea", "CALEA", "bulevardul", "Bulevardul", "BULEVARDUL", "cad", "Cad", "CAD", "caddesi", "Caddesi", "CADDESI", "sok", "Sok", "SOK", "sokak", "Sokak", "SOKAK", "sokağı", "Sokağı", "SOKAĞI", "sk", "Sk", "SK", "blv", "Blv", "BLV", "bulvarı", "Bulvarı", "BULVARI", "mah", "Mah", "MAH", "mahallesi", "Mahallesi", "MAHALLESI", "rue", "Rue", "RUE", "avenue", "Avenue", "AVENUE", "boulevard", "Boulevard", "BOULEVARD", "chemin", "Chemin", "CHEMIN", "allée", "Allée", "ALLÉE", "impasse", "Impasse", "IMPASSE", "quai", "Quai", "QUAI", "via", "Via", "VIA", "viale", "Viale", "VIALE", "piazza", "Piazza", "PIAZZA", "corso", "Corso", "CORSO", "calle", "Calle", "CALLE", "avenida", "Avenida", "AVENIDA", "paseo", "Paseo", "PASEO", "carrer", "Carrer", "CARRER", "rua", "Rua", "RUA", "travessa", "Travessa", "TRAVESSA", "largo", "Largo", "LARGO", "street", "Street", "STREET", "road", "Road", "ROAD", "lane", "Lane", "LANE", "drive", "Drive", "DRIVE", "st", "St", "ST", "rd", "Rd", "RD"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForeignStreetStems =
        ForeignStreetStemList.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The street words by their first two and their first and last letters and length (a word equal to one in a casing equals it in any case): most words are ruled out without hashing them.</summary>
    private static readonly PairShapes ForeignStreetStemShapes = new(ForeignStreetStemList);

    /// <summary>
    /// Windows of streets abroad: every match holds one of the pattern's street words as a whole word (a run of letters
    /// with no letter or digit before it: the pattern puts its look-behind or a white space there) or glued to the "No"
    /// of its number ("bulvarıNo.571"), at most three tokens
    /// (runs without white space, single white space between) before it and eight after it, and reads at most sixteen
    /// characters past them (a unit after the number). Each such word of the word table's letter runs (<see cref="WordClass.ForeignStreet"/>)
    /// gives that stretch if a dot, white space or a digit follows it (or it is glued to its "No") and the stretch holds a digit;
    /// a note without such a word, or without a digit, is not searched. A match starts at the street word (the Polish, Romanian and
    /// Romance alternatives) or before it (the name before a Turkish or English street word, the number before a French one),
    /// never after it: the word's start is the window's last start.
    /// </summary>
    public static void ForeignStreetStarts(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, ReadOnlySpan<uint> classes, uint union,
        List<(int From, int Last, int End)> windows)
    {
        if ((union & WordClass.ForeignStreet) == 0 || !HasDigit(text))
        {
            return; // every match has a street word and a house number (a \d digit, not only an ASCII one: "Caddesi ٤٤")
        }

        for (var i = 0; i < words.Length; i++)
        {
            if ((classes[i] & WordClass.ForeignStreet) == 0)
            {
                continue;
            }

            var (start, length) = words[i];
            // The pattern's street words stand before a dot, white space or the number ("ul. ", "rue Victor", "Street 5", "Sok.32"), or
            // before their "No" ("bulvarıNo.571"): not before a hyphen ("St-IdNr") or other punctuation.
            if (length <= 12 && (start == 0 || !char.IsDigit(text[start - 1])) &&
                ((BeforeStreetWordEnd(text, start + length) && IsForeignStreetStem(text.Slice(start, length))) ||
                 (length > 2 && text.Slice(start + length - 2, 2) is "no" or "No" or "NO" && IsForeignStreetStem(text.Slice(start, length - 2)))))
            {
                // Every match has a house number, and a match from the window lies in it: a window without a digit is not searched
                // ("St. Martin", "Al Amin").
                var (from, end) = (TokensBack(text, start, 3), Math.Min(text.Length, TokensForward(text, start, 8) + 16));
                if (HasDigit(text[from..end]))
                {
                    windows.Add((from, start, end));
                }
            }
        }
    }

    /// <summary>Whether the character at <paramref name="end"/>, after a street word, is one the pattern lets follow it: a dot, white space or a digit.</summary>
    private static bool BeforeStreetWordEnd(ReadOnlySpan<char> text, int end) =>
        end < text.Length && (text[end] == '.' || char.IsWhiteSpace(text[end]) || char.IsDigit(text[end]));

    /// <summary>Whether the text holds a digit as the regexes' \d reads it (any decimal digit, not only ASCII).</summary>
    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('0', '9') >= 0)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c >= 128 && char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a run of letters is a street word abroad or one glued to the "No" of its number (<see cref="WordClass.ForeignStreet"/>;
    /// <see cref="ForeignStreetStarts"/> tests the rest of the two forms on the word's neighbours).
    /// </summary>
    internal static bool IsForeignStreetWord(ReadOnlySpan<char> word) =>
        word.Length <= 12 && (IsForeignStreetStem(word) || (word.Length > 2 && word[^2..] is "no" or "No" or "NO" && IsForeignStreetStem(word[..^2])));

    // A street word followed by the number's "No" without a blank ("bulvarıNo.571") is one run of letters: its first part is
    // the street word (session 11: a random text of StartWindows_OnStreetAndIbanLikeText_FindAsTheirRegexes found it).
    private static bool IsForeignStreetStem(ReadOnlySpan<char> word) =>
        word.Length <= 10 && ForeignStreetStemShapes.MayEqual(word) && ForeignStreetStems.Contains(word);

    /// <summary>
    /// Windows of abbreviated streets: the number of a match follows "g." or "pl." (after at most one white space) or a
    /// capitalised name after one of <see cref="TwoWordStreetPrefixList"/>; the match starts where that word does (its letters
    /// and hyphens) or at the prefix, and reads at most 32 characters past the digits (a range, a letter, the look-aheads).
    /// </summary>
    public static void AbbreviatedStreetWindows(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, List<(int From, int End)> windows)
    {
        foreach (var (start, run) in runs)
        {
            var j = start;
            if (j > 0 && char.IsWhiteSpace(text[j - 1]))
            {
                j--;
            }

            var from = -1;
            if (j >= 3 && text[j - 1] == '.' && (text[j - 2] is 'g' or 'G' || (text[j - 3] == 'p' && text[j - 2] == 'l') || (text[j - 3] == 'P' && text[j - 2] == 'L')))
            {
                from = WordStart(text, j - 1);
            }
            else if (j > 0 && char.IsLetter(text[j - 1]))
            {
                var word = WordStart(text, j);
                var k = word;
                while (k > 0 && char.IsWhiteSpace(text[k - 1]))
                {
                    k--;
                }

                foreach (var prefix in TwoWordStreetPrefixList)
                {
                    if (k >= prefix.Length && text[..k].EndsWith(prefix, StringComparison.Ordinal))
                    {
                        from = k - prefix.Length;
                        break;
                    }
                }
            }

            if (from >= 0)
            {
                windows.Add((from, Math.Min(text.Length, start + run + 32)));
            }
        }
    }

    /// <summary>Where the <paramref name="tokens"/>-th run without white space before <paramref name="at"/> starts (runs parted by single white space).</summary>
    private static int TokensBack(ReadOnlySpan<char> text, int at, int tokens)
    {
        var i = at;
        for (var t = 0; t < tokens && i > 0 && char.IsWhiteSpace(text[i - 1]); t++)
        {
            i--;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }

        // The run the occurrence itself lies in may start before it ("18754 Nancy" is after; "xyz-Street" before).
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>Where the <paramref name="tokens"/>-th run without white space after the one at <paramref name="at"/> ends.</summary>
    private static int TokensForward(ReadOnlySpan<char> text, int at, int tokens)
    {
        var i = at;
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        for (var t = 0; t < tokens && i < text.Length; t++)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static readonly string[] TwoWordStreetPrefixList =
        ["Unter der", "Ober der", "Hinter dem", "Zur Alten", "Zum Alten", "Zur Neuen", "Zum Neuen", "Lange", "Hohe", "Breite", "Kurze", "UNTER DER", "ZUR ALTEN", "ZUM ALTEN", "LANGE", "HOHE"];

    /// <summary>IBAN: the regex starts with two letters and two digits, or two letters, a space and two digits ("DE 89").</summary>
    public static int Iban(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        foreach (var (start, run) in runs)
        {
            if (IbanStart(text, start, run) is var from and >= 0)
            {
                return from;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where an IBAN match starts whose check digits begin the digit run at <paramref name="start"/>, or -1. After the check
    /// digits the regex reads at least two groups of four <c>[A-Z0-9]</c> or three digits with only <c>[ .-]</c> or a line break between them, so at least six
    /// characters of <c>[A-Z0-9 .-]</c> follow them ("am 12.03.", "um 10 Uhr" and "ab 15" start none).
    /// </summary>
    private static int IbanStart(ReadOnlySpan<char> text, int start, int run)
    {
        // Two digits after a letter (or after a letter and a space) start a run of at least two; the country written apart
        // is two ASCII capitals or two ASCII lower-case letters in the regex.
        var from = run < 2 ? -1
            : start >= 2 && char.IsLetter(text[start - 1]) && char.IsLetter(text[start - 2]) ? start - 2
            : start >= 3 && text[start - 1] == ' ' && char.IsAsciiLetter(text[start - 2]) && char.IsAsciiLetter(text[start - 3]) ? start - 3
            : -1;
        return from >= 0 && text.Length - (start + 2) >= MinIbanGroups && IbanGroupsFollow(text, start + 2) ? from : -1;
    }

    /// <summary>The fewest characters of an IBAN after its check digits: two groups of three digits (since session 10; of four before).</summary>
    private const int MinIbanGroups = 6;

    /// <summary>The characters of an IBAN's groups and their separators, as the regex reads them (its case equivalences included).</summary>
    private static readonly CharSet IbanGroupCharacters = CharSet.Of("[A-Z0-9 .\\-\t\r\n]");

    /// <summary>Whether the <see cref="MinIbanGroups"/> characters at <paramref name="from"/> are all group characters or separators.</summary>
    private static bool IbanGroupsFollow(ReadOnlySpan<char> text, int from)
    {
        foreach (var c in text.Slice(from, MinIbanGroups))
        {
            if (!IbanGroupCharacters.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// IBAN starts: every match starts where <see cref="Iban"/> says one can (two letters right before a run of at least two
    /// digits, or two ASCII letters and a space before it) and is at most <see cref="MaxIbanMatch"/> characters long (the country
    /// and check digits with a space and two more characters, eight groups of four with up to three separators each (" - "; a line
    /// break counts two), and a last group of three with up to three), so the stretch from each
    /// such start to 60 characters on (with the character the closing <c>\b</c> reads) holds the match that starts there: one
    /// window each, whose start is its only start.
    /// </summary>
    public static void IbanStarts(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, ReadOnlySpan<uint> classes, uint union,
        List<(int From, int Last, int End)> windows)
    {
        foreach (var (start, run) in runs)
        {
            var from = IbanStart(text, start, run);
            if (from >= 0)
            {
                windows.Add((from, from, Math.Min(text.Length, from + MaxIbanMatch + 2)));
            }
        }
    }

    /// <summary>
    /// The longest match of the IBAN regex: "DE 89" and two more characters (7), eight groups of up to seven (" - " and four), a
    /// last group of up to six (" - " and three); the form in groups of five is shorter (5 + 6 × 6 + 5).
    /// </summary>
    internal const int MaxIbanMatch = 7 + (8 * 7) + 6;

    /// <summary>Dates: every form starts with 1–4 digits followed by '-', '.' or '/'.</summary>
    public static int Date(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        foreach (var (start, run) in runs)
        {
            // Only the last digit of a run is followed by something else.
            var end = start + run;
            if (end < text.Length && text[end] is '-' or '.' or '/')
            {
                return Math.Max(0, end - 1 - 3);
            }
        }

        return -1;
    }

    /// <summary>
    /// Phone number: the regex starts with '+', with "00" at a word boundary, or with '0' (after an optional '(') where no
    /// letter or digit stands before; each '0' is the first digit of a run then, not after a letter. No match starts before
    /// the first '+' or the character before the first such run.
    /// </summary>
    public static int Phone(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        var first = text.IndexOf('+');
        foreach (var (start, _) in runs)
        {
            if (first >= 0 && start > first)
            {
                break;
            }

            if (text[start] == '0' && (start == 0 || !char.IsLetter(text[start - 1])))
            {
                return first >= 0 ? Math.Min(first, Math.Max(0, start - 1)) : Math.Max(0, start - 1);
            }
        }

        return first;
    }

    /// <summary>
    /// Windows of dates without year or year first: every match starts at a run of 1-2 digits followed by '.' (or of 4
    /// followed by '.' or '/') and is at most eleven characters long ("2024/05/03", "15. 05."), with the look-ahead one more;
    /// each such run gives the stretch from it to twelve characters on, and on past every later run it touches by the same
    /// margin, so that no window cuts a match short.
    /// </summary>
    public static void LooseDateWindows(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, List<(int From, int End)> windows)
    {
        for (var r = 0; r < runs.Length; r++)
        {
            var (start, run) = runs[r];
            var after = start + run;
            if (after >= text.Length || !(run <= 2 ? text[after] == '.' : run == 4 && text[after] is '.' or '/'))
            {
                continue;
            }

            var end = start + 12;
            for (var next = r + 1; next < runs.Length && runs[next].Start < end; next++)
            {
                end = Math.Max(end, runs[next].Start + 12);
            }

            windows.Add((start, Math.Min(text.Length, end)));
        }
    }

    /// <summary>
    /// Household number: "BG" and a run of at least 7 digits; a match starts with a whole run of 5 digits, so not
    /// before the first run of at least 5.
    /// </summary>
    public static int HouseholdNumber(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs) =>
        text.Contains("bg", StringComparison.OrdinalIgnoreCase) && FirstRunStart(runs, 7) >= 0 ? FirstRunStart(runs, 5) : -1;

    /// <summary>
    /// Pension insurance number: its first eight digits (area and birth date) are joined by single separators at most,
    /// so they lie in one chain of at least 8 digits, which ends at the eighth since a letter follows; a match starts no
    /// earlier than the first such chain.
    /// </summary>
    public static int PensionInsuranceNumber(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        // The letter follows the eighth digit (after at most one separator), so the chain ends there: the first chain of at
        // least 8 digits followed by a letter, directly or after one character, is where a match can start at the earliest.
        int chain = 0, chainStart = -1, previousEnd = -2;
        foreach (var (start, run) in runs)
        {
            var joined = start == previousEnd + 1 && !char.IsLetter(text[previousEnd]);
            (chain, chainStart) = joined ? (chain + run, chainStart) : (run, start);
            var end = start + run;
            if (chain >= 8 && (LetterAt(text, end) || (end < text.Length && !char.IsLetterOrDigit(text[end]) && LetterAt(text, end + 1))))
            {
                return chainStart;
            }

            previousEnd = end;
        }

        return -1;
    }

    private static bool LetterAt(ReadOnlySpan<char> text, int index) => index < text.Length && char.IsLetter(text[index]);

    /// <summary>Tax id: 11 digits, single separators at most between them; a match starts no earlier than the first chain of 11.</summary>
    public static int TaxId(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs) => FirstChainStart(text, runs, 11);

    /// <summary>Long numbers: 6 digits, single separators at most between them; a match starts no earlier than the first chain of 6.</summary>
    public static int LongNumber(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs) => FirstChainStart(text, runs, 6);

    /// <summary>Customer number: 3 digits, separators, a letter, separators, 3 digits.</summary>
    public static int CustomerNumber(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        foreach (var (start, run) in runs)
        {
            if (run < 3)
            {
                continue;
            }

            var j = SkipSeparators(text, start + run);
            if (j < text.Length && char.IsLetter(text[j]) && DigitRun(text, SkipSeparators(text, j + 1)) >= 3)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// Staff id: a word boundary, TL, MA, FK or SB, at most one separator, then a run of 3 to 6 digits (a longer
    /// run leaves no word boundary after six digits). The boundary rules out a prefix whose character before
    /// is a letter or digit ("Firma 1234").
    /// </summary>
    public static int StaffId(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        foreach (var (start, run) in runs)
        {
            var q = start - 1;
            if (q >= 0 && !char.IsLetterOrDigit(text[q]))
            {
                q--;
            }

            if (run is >= 3 and <= 6 && q >= 1 && IsStaffPrefix(text[q - 1], text[q]) && (q < 2 || !char.IsLetterOrDigit(text[q - 2])))
            {
                return q - 1;
            }
        }

        return -1;
    }

    /// <summary>Postcode and city: a run of exactly 5 digits followed by a character that is neither letter nor digit.</summary>
    public static int PostcodeCity(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        foreach (var (start, run) in runs)
        {
            if (run == 5 && start + run < text.Length && !char.IsLetterOrDigit(text[start + run]))
            {
                return Math.Max(0, start - 2); // an optional "D-" before
            }
        }

        return -1;
    }

    /// <summary>
    /// Street address: a number of 1–4 digits whose preceding word (letters and '-', or "str.") ends in a
    /// street suffix, or whose word before that is a prefix word (Am, Im, Zum, Zur, Alte(r), Neue(r), Große,
    /// Kleine, Beim, Unterm, Hinterm, Vorm, Überm, or the article of An/Auf/In der/den/dem). Words with other than ASCII letters and German umlauts
    /// are accepted unseen, so case-insensitive matching by the regex can never be stricter than this filter.
    /// </summary>
    public static int StreetAddress(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        foreach (var (start, run) in runs)
        {
            if (run <= 4 && StreetBefore(text, start))
            {
                // A match is letters, '-', '.' and white space up to the number: it cannot start before that stretch.
                var from = start;
                while (from > 0 && (char.IsLetter(text[from - 1]) || char.IsWhiteSpace(text[from - 1]) || text[from - 1] is '-' or '.'))
                {
                    from--;
                }

                return from;
            }
        }

        return -1;
    }

    /// <summary>
    /// Street address windows: for every number of 1–4 digits that <see cref="StreetAddress"/> would accept, the
    /// stretch from at most three words before it (the longest forms are "An der Mühle 5", "Straße der Jugend 5" and
    /// "Obere Bergstr. 5": a prefix of two words and a name, or a word and a street word, each joined by white
    /// space, then white space and the number; a title and a hyphen before the first word, "Dr.-Külz-Ring 5") to
    /// three characters after it or after a second number joined by '/' ("79/80 a"; an optional space and letter, and the
    /// character the final look-ahead reads), and as far past every later number that starts inside it, so that no match
    /// the regex finds in the window is cut short by its end. A start a word earlier than needed only costs time.
    /// </summary>
    public static void StreetWindows(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, List<(int From, int End)> windows)
    {
        for (var r = 0; r < runs.Length; r++)
        {
            var (start, run) = runs[r];
            if (run <= 4 && StreetBefore(text, start))
            {
                // A title joined by a hyphen belongs to the street ("Dr.-Külz-Ring"); the number may be a pair ("79/80 a").
                var from = WordsBefore(text, start, 3);
                if (from >= 2 && text[from - 1] == '.' && char.IsLetter(text[from - 2]))
                {
                    from = WordsBefore(text, WordStart(text, from - 1), 1); // and an adjective before the title
                }

                // The window must not cut a later number that a match found in it may end with: it reaches past every run it
                // touches by the same margin.
                var end = NumberEnd(text, start + run) + AfterNumber;
                for (var next = r + 1; next < runs.Length && runs[next].Start < end; next++)
                {
                    end = Math.Max(end, NumberEnd(text, runs[next].Start + runs[next].Length) + AfterNumber);
                }

                windows.Add((from, Math.Min(text.Length, end)));
            }
        }
    }

    /// <summary>
    /// Characters a street match may read after its last digit: " a" and the look-ahead's one, and the unit a house number
    /// must not stand before (up to two spaces, "Kilometer" and the character after it: "zur Arbeit 45 Minuten" is no address).
    /// </summary>
    private const int AfterNumber = 12;

    /// <summary>
    /// The end of a house number whose first digits end at <paramref name="end"/>: after a second number joined by '/' with
    /// at most one white-space character on either side ("79/80", "79 / 80"), as the street regex reads it, or <paramref name="end"/>.
    /// </summary>
    private static int NumberEnd(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        if (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i >= text.Length || text[i] != '/')
        {
            return end;
        }

        i++;
        if (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        var digits = DigitRun(text, i);
        return digits > 0 ? i + digits : end;
    }

    /// <summary>The start of up to <paramref name="count"/> words (letters and '-', the last one may end in '.') joined by white space before the white space before <paramref name="position"/>.</summary>
    private static int WordsBefore(ReadOnlySpan<char> text, int position, int count)
    {
        var i = position;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        if (i > 0 && text[i - 1] == '.')
        {
            i--; // "str."
        }

        for (var word = 0; word < count; word++)
        {
            var end = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '-'))
            {
                i--;
            }

            if (i == end || word == count - 1)
            {
                return i;
            }

            var separator = i;
            while (separator > 0 && char.IsWhiteSpace(text[separator - 1]))
            {
                separator--;
            }

            if (separator == i || separator == 0 || !(char.IsLetter(text[separator - 1]) || text[separator - 1] == '-'))
            {
                return i;
            }

            i = separator;
        }

        return i;
    }

    private static readonly string[] StreetSuffixes =
        ["straße", "strasse", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee", "steig", "pfad", "markt", "stieg", "graben", "wall", "kamp", "hof",
         "zeile", "twiete", "twete", "steg", "stiege", "winkel", "brücke", "redder", "koppel", "deich", "park", "hain", "promenade", "passage", "wiese", "siedlung", "lände", "anger", "grund"];

    private static readonly FrozenDictionary<char, string[]> SuffixesByLastLetter =
        StreetSuffixes.GroupBy(suffix => suffix[^1]).ToFrozenDictionary(group => group.Key, group => group.ToArray());

    private static readonly string[] StreetPrefixes = ["am", "im", "zum", "zur", "alte", "alter", "neue", "neuer", "große", "kleine", "der", "den", "dem", "des", "beim", "unterm", "hinterm", "vorm", "überm"];

    private static bool StreetBefore(ReadOnlySpan<char> text, int digitStart)
    {
        var end = digitStart;
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] is not '.' and not '-')
        {
            end--; // \s* before the number
        }

        if (end > 0 && text[end - 1] == '.')
        {
            // Only "str." ends in a dot before the number.
            var abbreviation = text.Slice(WordStart(text, end - 1), end - 1 - WordStart(text, end - 1));
            return !IsPlainWord(abbreviation) || abbreviation.EndsWith("str", StringComparison.OrdinalIgnoreCase);
        }

        var start = WordStart(text, end);
        if (start == end)
        {
            return false;
        }

        var word = text.Slice(start, end - start);
        if (!IsPlainWord(word))
        {
            return true;
        }

        // Only the suffixes ending in the word's last letter can end it (the word is plain: ASCII letters, umlauts, ß, '-').
        if (SuffixesByLastLetter.TryGetValue(char.ToLowerInvariant(word[^1]), out var suffixes))
        {
            foreach (var suffix in suffixes)
            {
                if (word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        var gap = start;
        while (gap > 0 && !char.IsLetterOrDigit(text[gap - 1]) && text[gap - 1] is not '.' and not '-')
        {
            gap--;
        }

        if (gap == start)
        {
            return false;
        }

        var previousStart = WordStart(text, gap);
        var previous = text.Slice(previousStart, gap - previousStart);
        if (previous.IsEmpty)
        {
            return false;
        }

        if (!IsPlainWord(previous))
        {
            return true;
        }

        foreach (var prefix in StreetPrefixes)
        {
            if (previous.Equals(prefix, StringComparison.OrdinalIgnoreCase) ||
                (previous.Length > prefix.Length && previous[^(prefix.Length + 1)] == '-' && previous.EndsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The start of the run of letters and '-' that ends at <paramref name="end"/>.</summary>
    private static int WordStart(ReadOnlySpan<char> text, int end)
    {
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '-'))
        {
            start--;
        }

        return start;
    }

    /// <summary>ASCII letters, '-' and the German umlauts and ß only: case-insensitive matching of those is plain.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!(char.IsAsciiLetter(c) || c is '-' or 'ä' or 'ö' or 'ü' or 'Ä' or 'Ö' or 'Ü' or 'ß'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsStaffPrefix(char first, char second)
    {
        if (!char.IsAsciiLetter(first) || !char.IsAsciiLetter(second))
        {
            return char.IsLetter(first) && char.IsLetter(second); // a non-ASCII letter may fold to one of them
        }

        return (char.ToLowerInvariant(first), char.ToLowerInvariant(second)) is ('t', 'l') or ('m', 'a') or ('f', 'k') or ('s', 'b');
    }

    /// <summary>
    /// The index of the first <c>\d</c> digit at or after <paramref name="from"/>, or the text's length: ASCII
    /// digits are found vectorised, and only characters from U+0660 on are looked at one by one.
    /// </summary>
    private static int NextDigit(ReadOnlySpan<char> text, int from)
    {
        if (from >= text.Length)
        {
            return text.Length;
        }

        var span = text.Slice(from);
        var ascii = span.IndexOfAnyInRange('0', '9');
        var limit = ascii < 0 ? span.Length : ascii;

        // Below U+0660 (the Arabic-Indic digits, the first decimal digits after ASCII) no character is a \d
        // digit but '0'..'9': umlauts, ß and the rest of Latin are skipped vectorised too, and only characters
        // from U+0660 on (typographic quotes and dashes, other scripts) are asked one by one.
        var i = 0;
        while (i < limit)
        {
            var candidate = span[i..limit].IndexOfAnyExceptInRange('\0', '\u065F');
            if (candidate < 0)
            {
                break;
            }

            i += candidate;
            if (char.IsDigit(span[i]))
            {
                return from + i;
            }

            i++;
        }

        return from + limit;
    }

    private static int DigitRun(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }

    private static int SkipSeparators(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The start of the first run of at least <paramref name="digits"/> digits, or -1.</summary>
    private static int FirstRunStart(ReadOnlySpan<(int Start, int Length)> runs, int digits)
    {
        foreach (var (start, run) in runs)
        {
            if (run >= digits)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// The start of the first chain of at least <paramref name="digits"/> digits, or -1: a chain is runs of digits
    /// where one character that is no letter (nor digit) at most separates two of them. Every match of a regex
    /// allowing single separators between its digits lies within one chain, starting at one of its runs.
    /// </summary>
    private static int FirstChainStart(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, int digits)
    {
        int chain = 0, chainStart = -1, previousEnd = -2;
        foreach (var (start, run) in runs)
        {
            var joined = start == previousEnd + 1 && !char.IsLetter(text[previousEnd]);
            (chain, chainStart) = joined ? (chain + run, chainStart) : (run, start);
            if (chain >= digits)
            {
                return chainStart;
            }

            previousEnd = start + run;
        }

        return -1;
    }

    /// <summary>
    /// The chains of at least <paramref name="digits"/> digits (see <see cref="FirstChainStart"/>), each to one character past
    /// its end (what a closing look-ahead reads): every match of a regex allowing single separators between its digits lies
    /// within one chain, and chains do not overlap, so the regex run in these windows finds what a scan of the text finds.
    /// </summary>
    private static void ChainWindows(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, int digits, List<(int From, int End)> windows)
    {
        int chain = 0, chainStart = -1, previousEnd = -2;
        foreach (var (start, run) in runs)
        {
            var joined = start == previousEnd + 1 && !char.IsLetter(text[previousEnd]);
            if (!joined && chain >= digits)
            {
                windows.Add((chainStart, Math.Min(text.Length, previousEnd + 1)));
            }

            (chain, chainStart) = joined ? (chain + run, chainStart) : (run, start);
            previousEnd = start + run;
        }

        if (chain >= digits)
        {
            windows.Add((chainStart, Math.Min(text.Length, previousEnd + 1)));
        }
    }

    /// <summary>Tax id windows: the chains of at least 11 digits (see <see cref="ChainWindows"/>).</summary>
    public static void TaxIdWindows(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, List<(int From, int End)> windows) =>
        ChainWindows(text, runs, 11, windows);

    /// <summary>Long number windows: the chains of at least 6 digits (see <see cref="ChainWindows"/>).</summary>
    public static void LongNumberWindows(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, List<(int From, int End)> windows) =>
        ChainWindows(text, runs, 6, windows);

    /// <summary>
    /// Spelled e-mail: the regex needs "at" or "ät" (any case; neither letter has a special case fold) or "Klammeraffe" (three
    /// casings) with white space on both sides, a local part right before it, and before that any number of local parts each
    /// followed by a spelled separator (the three casings of "dot", "punkt", "minus", "bindestrich" and "unterstrich" the regex
    /// allows) between white space. No match starts before the first such
    /// "at" less what can stand before it: white space and local-part characters hold no "at" between white space, so a
    /// match starting earlier would have its own "at" earlier.
    /// </summary>
    public static int SpelledEmail(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words)
    {
        var at = NextSpelledAt(text, words);
        if (at < 0)
        {
            return -1;
        }

        var start = BackOverLocalPart(text, BackOverSpace(text, at));
        while (true)
        {
            var before = BackOverSpace(text, start);
            var word = before;
            while (word > 0 && char.IsAsciiLetter(text[word - 1]))
            {
                word--;
            }

            var spelled = text[word..before];
            if (before == start || !IsSpelledLocalSeparator(spelled) || word == BackOverSpace(text, word))
            {
                return start;
            }

            var local = BackOverLocalPart(text, BackOverSpace(text, word));
            if (local == BackOverSpace(text, word))
            {
                return start;
            }

            start = local;
        }
    }

    /// <summary>
    /// The first "at" or "ät" (any case: 'a', 'A', 'ä' or 'Ä', then 't' or 'T'; OrdinalIgnoreCase equates no other character
    /// with these letters) with white space on both sides, or -1: a word of the text (a maximal run of letters) of two
    /// letters, since no white space is a letter, read from the word table instead of searching the characters.
    /// </summary>
    private static int NextSpelledAt(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words)
    {
        foreach (var (start, length) in words)
        {
            if ((length == 2 && text[start] is 'a' or 'A' or 'ä' or 'Ä' && text[start + 1] is 't' or 'T' ||
                 length == 11 && text.Slice(start, length) is "klammeraffe" or "Klammeraffe" or "KLAMMERAFFE") &&
                start >= 1 && start + length < text.Length && IsSpace(text[start - 1]) && IsSpace(text[start + length]))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>The spelled separators the spelled e-mail's local part may hold before its "at", in the casings the regex allows.</summary>
    private static bool IsSpelledLocalSeparator(ReadOnlySpan<char> word) =>
        word is "dot" or "Dot" or "DOT" or "punkt" or "Punkt" or "PUNKT" or "minus" or "Minus" or "MINUS" or "bindestrich" or "Bindestrich" or "BINDESTRICH" or
            "unterstrich" or "Unterstrich" or "UNTERSTRICH";

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || char.IsSeparator(c);

    private static int BackOverSpace(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i > 0 && IsSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int BackOverLocalPart(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '_' or '%' or '+' or '-'))
        {
            i--;
        }

        return i;
    }

    /// <summary>Licence plate: 1-4 digits that <see cref="PlateBefore"/> accepts; a plate starts at most fourteen characters before its digits.</summary>
    public static int LicencePlate(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        foreach (var (start, run) in runs)
        {
            if (run <= 4 && PlateBefore(text, start))
            {
                return Math.Max(0, start - 14);
            }
        }

        return -1;
    }

    /// <summary>
    /// What every form of plate has right before its digits (all its classes are case-sensitive ASCII there): after at most
    /// three spaces or hyphens, a capital A-Z; or a small a-z that is one of one or two after a colon or hyphen ("do-hc 3016").
    /// "am 12" and "seit 3", the most frequent numbers in notes, have neither.
    /// </summary>
    private static bool PlateBefore(ReadOnlySpan<char> text, int digits)
    {
        var j = digits - 1;
        for (var skipped = 0; skipped < 3 && j >= 0 && text[j] is ' ' or '-'; skipped++)
        {
            j--;
        }

        if (j < 0)
        {
            return false;
        }

        if (char.IsAsciiLetterUpper(text[j]))
        {
            return true;
        }

        if (!char.IsAsciiLetterLower(text[j]))
        {
            return false;
        }

        // Lower case: the letter groups joined by ':' or '-' (also " - "), or by a space with a hyphen before the digits ("ol cn-2990").
        var hyphenBeforeDigits = text[(j + 1)..digits].Contains('-');
        var k = j - 1;
        if (k >= 0 && char.IsAsciiLetterLower(text[k]))
        {
            k--;
        }

        if (k < 0)
        {
            return false;
        }

        if (text[k] is ':' or '-')
        {
            return true;
        }

        var m = k;
        while (m >= 0 && text[m] == ' ')
        {
            m--;
        }

        return m >= 0 && m < k && (text[m] == '-' || (hyphenBeforeDigits && char.IsLetter(text[m])));
    }

    /// <summary>
    /// Licence plate windows: for every run of 1-4 digits that <see cref="PlateBefore"/> accepts, the stretch from
    /// fourteen characters before it (the longest plate before its digits is "D-" + 3 letters + " - " + 2 letters +
    /// " - ", thirteen characters) to two characters after it (an optional E or H, and the character the final look-ahead
    /// reads). A plate's digits are a whole run: the look-ahead forbids a digit after them, and a letter, space or
    /// hyphen stands before them.
    /// </summary>
    public static void LicencePlateWindows(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, List<(int From, int End)> windows)
    {
        foreach (var (start, run) in runs)
        {
            if (run <= 4 && PlateBefore(text, start))
            {
                windows.Add((Math.Max(0, start - 14), Math.Min(text.Length, start + run + 2)));
            }
        }
    }

    /// <summary>
    /// Identity document windows: the regex's look-arounds make a match a whole run of letters and digits, nine
    /// long or ten with a digit last (the check digit), or such a number written in two runs joined by one space (four and
    /// five or six, "HVYW 9VTV37"; nine and the check digit, "Z20Z72FZ5 4"), and the detector replaces only one with an
    /// ASCII digit. For every run of digits, the run of letters and digits it lies in is a window if it is nine or ten long,
    /// and so is that run with the run before or after it across one space if the two fit one of the written-apart shapes
    /// (the look-ahead at a window's end reads a character that is no letter or digit, or the end, alike).
    /// </summary>
    public static void IdentityDocumentWindows(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, List<(int From, int End)> windows)
    {
        var previousEnd = -1;
        foreach (var (digits, _) in runs)
        {
            if (digits < previousEnd)
            {
                continue; // a later run of digits in the same word
            }

            var (start, end) = AlphanumericRunAt(text, digits);
            previousEnd = end;
            var length = end - start;

            // Written apart: the run before this one (with or without digits) or the one after it, across one space. A window
            // that holds the run after it holds the run alone too (the regex prefers the longer form there).
            if (start >= 2 && text[start - 1] == ' ' && char.IsLetterOrDigit(text[start - 2]))
            {
                var before = AlphanumericRunAt(text, start - 2);
                if (IsDocumentApart(before.End - before.Start, length, text[end - 1]))
                {
                    windows.Add((before.Start, end));
                }
            }

            if (end + 1 < text.Length && text[end] == ' ' && char.IsLetterOrDigit(text[end + 1]))
            {
                var after = AlphanumericRunAt(text, end + 1);
                if (IsDocumentApart(length, after.End - after.Start, text[after.End - 1]))
                {
                    windows.Add((start, after.End));
                    previousEnd = after.End;
                    continue;
                }
            }

            if (length == 9 || (length == 10 && char.IsAsciiDigit(text[end - 1])))
            {
                windows.Add((start, end));
            }
        }
    }

    /// <summary>Whether two runs of letters and digits of these lengths, joined by a space, are an identity document number written apart.</summary>
    private static bool IsDocumentApart(int first, int second, char last) =>
        (first == 4 && second is 5 or 6) || (first == 9 && second == 1 && char.IsAsciiDigit(last));

    /// <summary>The maximal run of letters and digits around <paramref name="at"/>.</summary>
    private static (int Start, int End) AlphanumericRunAt(ReadOnlySpan<char> text, int at)
    {
        var start = at;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Identity document: the detector replaces only numbers with a digit (the check digit is one), so a text without digits has none.</summary>
    public static int IdentityDocument(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs) => runs.Length > 0 ? 0 : -1;

    /// <summary>
    /// Session 18: dates in Romance languages (<c>BuiltInDetectors.RomanceDateRegex</c>) start with a day of one or two digits
    /// followed by white space, "º", "°" or "e" ("1er"): the first such run, or none.
    /// </summary>
    public static int RomanceDate(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        foreach (var (start, run) in runs)
        {
            var end = start + run;
            if (run <= 2 && end < text.Length && (char.IsWhiteSpace(text[end]) || text[end] is 'º' or '°' or 'e' or 'E' or '.') && MonthAfterDay(text, end))
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a Romance month name may follow the day ending at <paramref name="end"/>: after "º", "°" or "er", white space and
    /// "de", the next run of letters is one of <see cref="BuiltInDetectors.RomanceMonthNames"/> in any case, or holds a character
    /// outside ASCII that the regex's case folding might equate with a letter of one (then the regex decides).
    /// </summary>
    private static bool MonthAfterDay(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] is 'º' or '°' or '.')
        {
            i++; // session 24: the ordinal dot ("15. mars 2025")
        }
        else if (i + 1 < text.Length && text[i] is 'e' or 'E' && text[i + 1] is 'r' or 'R')
        {
            i += 2;
        }

        var blank = i;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        if (i == blank)
        {
            return false;
        }

        var word = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        if (i - word == 2 && text[word] is 'd' or 'D' && text[word + 1] is 'e' or 'E')
        {
            // "de" and the month after it.
            blank = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == blank)
            {
                return false;
            }

            word = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }
        }

        return IsRomanceMonth(text[word..i]);
    }

    /// <summary>Session 20: the month names as a set (in any case), one lookup per word rather than a comparison with each of a hundred names.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RomanceMonths =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(BuiltInDetectors.RomanceMonthNames.Split('|'), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the word may be a Romance month name as the regex reads it (IgnoreCase): one of the names in any case, or a word
    /// with a character that case folding may equate with an ASCII letter (the long s, the Kelvin sign, the dotted and dotless i);
    /// three to twelve letters ("października", session 20).
    /// </summary>
    internal static bool IsRomanceMonth(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > 12)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (c is '\u017F' or '\u212A' or '\u0130' or '\u0131')
            {
                return true; // the regex decides
            }
        }

        return RomanceMonths.Contains(word);
    }

    /// <summary>
    /// Month names: the regex needs one, in any case. Under the regex's IgnoreCase the Kelvin sign matches k and the
    /// long s matches s, so a text with either is always scanned; otherwise a stem of every month must occur.
    /// </summary>
    public static int MonthName(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        if (text.ContainsAny('\u212A', '\u017F'))
        {
            return 0;
        }

        foreach (var stem in MonthStems)
        {
            if (text.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }
        }

        return -1;
    }

    /// <summary>
    /// Windows of dates in words (from the text's <paramref name="words"/>, its maximal runs of letters): a match ends in a month name that is a whole run of letters (a dot or white space
    /// before it, no letter or digit after it). For every run that is a month name (in any case; a run with a character
    /// outside ASCII that the regex takes for an ASCII letter, such as the Kelvin sign, always counts), the window reaches back
    /// over white space and the run of letters, digits and dots before it (the day: "16.", "zwölften") and on over a
    /// dot, white space and digits (the year) and one character more (the look-ahead after the year).
    /// </summary>
    public static void MonthNameWindows(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, ReadOnlySpan<uint> classes, uint union,
        List<(int From, int End)> windows)
    {
        if ((union & WordClass.MonthName) == 0)
        {
            return;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if ((classes[i] & WordClass.MonthName) == 0)
            {
                continue;
            }

            var (start, length) = words[i];

            var from = start;
            while (from > 0 && char.IsWhiteSpace(text[from - 1]))
            {
                from--;
            }

            while (from > 0 && (char.IsLetterOrDigit(text[from - 1]) || text[from - 1] == '.'))
            {
                from--;
            }

            var end = start + length;
            if (end < text.Length && text[end] == '.')
            {
                end++;
            }

            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            if (end < text.Length && text[end] == '\'')
            {
                end++;
            }

            while (end < text.Length && char.IsDigit(text[end]))
            {
                end++;
            }

            // "Oktober 12, 2024": the year after the day and a comma.
            if (end < text.Length && text[end] == ',' && char.IsDigit(text[end - 1]))
            {
                var year = end + 1;
                while (year < text.Length && char.IsWhiteSpace(text[year]))
                {
                    year++;
                }

                var digits = year;
                while (year < text.Length && char.IsDigit(text[year]))
                {
                    year++;
                }

                end = year > digits ? year : end;
            }

            // A two-digit year is not taken before a unit ("3. März 10 Uhr"): the regex looks at the word after it.
            while (end < text.Length && char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var unit = end;
            while (end < text.Length && end - unit < MaxUnitLength && char.IsLetter(text[end]))
            {
                end++;
            }

            windows.Add((from, Math.Min(text.Length, end + 1)));
        }
    }

    /// <summary>The characters the regex engine matches with an ASCII letter under the detectors' options (IgnoreCase, culture-invariant).</summary>
    private static readonly CharSet AsciiLetterFolds = CharSet.Of("[a-z]");

    /// <summary>The ASCII characters that start a month name under IgnoreCase, as a table indexed by the character.</summary>
    private static readonly bool[] MonthInitials = [.. Enumerable.Range(0, 128).Select(c => "jfmasondJFMASOND".Contains((char)c, StringComparison.Ordinal))];

    /// <summary>The longest unit of <see cref="BuiltInDetectors.Units"/> ("Kilometer"), plus one: a two-digit year of a date in words must not stand before one.</summary>
    private const int MaxUnitLength = 10;

    /// <summary>The month names and their abbreviations that the dates-in-words regex knows.</summary>
    internal static readonly string[] MonthNames =
    [
        "Januar", "Jänner", "Februar", "März", "Maerz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember", "Jan", "Febr", "Feb", "Mär", "Mrz", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Okt", "Nov", "Dez",
    ];

    /// <summary>
    /// Whether a run of letters opens a window of <see cref="MonthNameWindows"/> (<see cref="WordClass.MonthName"/>): a month name in any
    /// case, or a word of three to nine letters with a character the regex takes for an ASCII letter (the Kelvin sign for k).
    /// </summary>
    internal static bool OpensMonthWindow(ReadOnlySpan<char> word)
    {
        // A month name starts with one of eight letters, which under IgnoreCase no other ASCII character matches.
        if (word.Length is < 3 or > 9 || (word[0] < 128 && !MonthInitials[word[0]]))
        {
            return false;
        }

        var folds = false;
        if (!Ascii.IsValid(word))
        {
            // Only a character the regex takes for an ASCII letter (the Kelvin sign for k) can make a word that is no
            // month name by ordinal comparison match one; ä and its capital the comparison equates itself. Words such
            // as "für" or "Maßnahme" open no window.
            foreach (var c in word)
            {
                folds |= c >= 128 && AsciiLetterFolds.Contains(c);
            }
        }

        return folds || IsMonthName(word);
    }

    /// <summary>
    /// Whether a word of ASCII letters and ä is a month name of <see cref="MonthNames"/> in any case: compared only with
    /// the names of its length and initial (a few ordinal comparisons instead of a hash of every word of the note).
    /// </summary>
    internal static bool IsMonthName(ReadOnlySpan<char> word)
    {
        if (word.Length > 9 || !char.IsAsciiLetter(word[0]))
        {
            return false;
        }

        foreach (var month in MonthsByInitialAndLength[(((word[0] | 0x20) - 'a') * 10) + word.Length])
        {
            if (word.Equals(month, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The month names by initial (lower case, 'a'..'z') and length (0-9), as <c>initial * 10 + length</c>.</summary>
    private static readonly string[][] MonthsByInitialAndLength = MonthsByShape();

    private static string[][] MonthsByShape()
    {
        var shapes = new string[26 * 10][];
        Array.Fill(shapes, []);
        foreach (var month in MonthNames)
        {
            var slot = ((char.ToLowerInvariant(month[0]) - 'a') * 10) + month.Length;
            shapes[slot] = [.. shapes[slot], month];
        }

        return shapes;
    }


    private static readonly string[] MonthStems = ["jan", "jän", "feb", "mär", "maer", "mrz", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez"];

    /// <summary>The maximal runs of <c>\d</c> digits of <paramref name="text"/>, left to right, as (start, length), into <paramref name="runs"/> (cleared first).</summary>
    public static void FindDigitRuns(ReadOnlySpan<char> text, List<(int Start, int Length)> runs)
    {
        runs.Clear();
        var i = NextDigit(text, 0);
        while (i < text.Length)
        {
            var run = DigitRun(text, i);
            runs.Add((i, run));
            i = NextDigit(text, i + run);
        }
    }

    /// <summary>The digit runs of <paramref name="text"/> in a new array (see <see cref="FindDigitRuns"/>).</summary>
    public static (int Start, int Length)[] DigitRunsOf(ReadOnlySpan<char> text)
    {
        var runs = new List<(int Start, int Length)>();
        FindDigitRuns(text, runs);
        return [.. runs];
    }
}
