using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 21: three classes of dates the other date patterns leave (from the date misses of the development splits), each as
/// <c>[Datum]</c>, or <c>[Geburtsdatum]</c> after a birth word:
/// <list type="bullet">
/// <item>a day and a one-digit month without a year ("5.2.") where no version, paragraph or grade stands: before the dot of
/// the sentence it ends ("Nächste Runde 5.2.."), as the first date of a range ("7.9. bis 15. September", "3.4.–[Datum]"),
/// before a time ("1.7., 11:20 Uhr"), in a list after a replaced date on its line ("08.02. Beratung, 17.2. Gruppentermin,
/// 10.3. Abschluss"), or after a word of dates: a compound on "-beginn", "-ende", "-start", "-termin",
/// "-frist", "-datum", "-besichtigung", "-runde", "-gespräch", "-treffen", "-sitzung", "-schluss", or "ET" (the expected
/// date of birth), "Wann?", French "le"; without its last dot ("Gespräch 28.08)", "08.06 – 13.5.24") only after such a
/// compound or before a range's end; never after a word of sections or versions ("Punkt 3.2..", "Version 2.1", "§ 3.1.");</item>
/// <item>a date typed with a comma for its first dot, and a four-digit year ("19,08.2024", "5,6.2024");</item>
/// <item>a date said as two ordinals after "den", "am", "vom", "zum", "bis", "ab" ("auf den vierzehnten elften"), as
/// dictation writes it without a year.</item>
/// </list>
/// The digit shapes are tried only at the workspace's runs of one or two digits; the ordinals' regex only in a note with a
/// month's ordinal (<see cref="WordClass.MonthOrdinal"/>), from the first one after a word on "-ten".
/// </summary>
internal sealed partial class DateGapDetector : SpanDetector
{
    private static readonly int SpokenSlot = RegexSlots.Register(SpokenOrdinalsRegex());

    /// <summary>The words of dates a day and a one-digit month may follow, as a compound's end or the whole word (lower case).</summary>
    private static readonly string[] DateWordEnds =
        ["beginn", "ende", "start", "termin", "termine", "frist", "datum", "besichtigung", "runde", "gespräch", "treffen", "sitzung", "schluss"];

    /// <summary>Short words of dates that count only as the whole word: "ET" (errechneter Termin), French "le".</summary>
    private static readonly string[] DateWords = ["et", "le", "wann"];

    public override string Name => "date";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var position = 0;
        foreach (var (start, run) in workspace.DigitRuns)
        {
            if (start < position || run > 2 || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or ',')))
            {
                continue;
            }

            var end = DayMonthWithoutYear(text, start, run, workspace.Replacements);
            if (end < 0)
            {
                end = CommaForDot(text, start, run);
            }

            if (end > 0)
            {
                matches.Add(new TextMatch(start, end - start, DateDetector.UnshiftedReplacement(text, start)));
                position = end;
            }
        }

        workspace.WordTable.Classes(text, out var union);
        if ((union & WordClass.MonthOrdinal) == 0)
        {
            return; // no month's ordinal in the note ("elften"): no date said as two ordinals
        }

        var from = Math.Min(SpokenOrdinalsStart(text, "ten"), SpokenOrdinalsStart(text, "TEN"));
        if (from < text.Length)
        {
            foreach (var m in workspace.Regex(SpokenSlot).EnumerateMatches(text, from))
            {
                matches.Add(new TextMatch(m.Index, m.Length, DateDetector.UnshiftedReplacement(text, m.Index)));
            }
        }
    }

    /// <summary>
    /// The end of "d.m." or "dd.m." at <paramref name="start"/> (a day 1-31, a month 1-9), or of "d.mm"/"d.m" without the last dot
    /// (a month 1-12; "dd.mm." is the loose-date regex's), where the text says it is a date; else -1.
    /// </summary>
    internal static int DayMonthWithoutYear(ReadOnlySpan<char> text, int start, int run, List<string> replacements)
    {
        var dot = start + run;
        if (dot + 1 >= text.Length || text[dot] != '.' || !char.IsAsciiDigit(text[dot + 1]))
        {
            return -1;
        }

        var monthDigits = dot + 2 < text.Length && char.IsAsciiDigit(text[dot + 2]) ? 2 : 1;
        var end = dot + 1 + monthDigits;
        var lastDot = end < text.Length && text[end] == '.';
        if ((monthDigits == 2 && lastDot) || (end < text.Length && char.IsAsciiDigit(text[end])) ||
            (lastDot && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])))
        {
            return -1; // "15.05." is the loose-date regex's; "1.2.3" is no date
        }

        var day = Number(text.Slice(start, run));
        var month = Number(text.Slice(dot + 1, monthDigits));
        if (day is < 1 or > 31 || month is < 1 or > 12)
        {
            return -1;
        }

        Span<char> before = stackalloc char[NameFolding.MaxStackWord];
        var word = WordBefore(text, start, before);
        if (IsOneOf(word, SectionWords, whole: true) || (start > 0 && text[..start].TrimEnd(' ').EndsWith("§")))
        {
            return -1; // "Punkt 3.2..", "Kapitel 2.1. bis 2.4.", "§ 3.1."
        }

        if (!lastDot)
        {
            // Without its last dot ("Gespräch 28.08)", "08.06 – [Datum]") only after a word of dates or before a range's end, and
            // never before a letter, a unit or an amount ("10.12 Uhr", "3.5 Std.", "2.50 €").
            var next = end;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if ((end < text.Length && (char.IsLetter(text[end]) || text[end] is ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))) ||
                (next < text.Length && (char.IsLetter(text[next]) || text[next] is '€' or '%') && !StartsRange(text, end)))
            {
                return -1;
            }

            return StartsRange(text, end) || IsOneOf(word, DateWordEnds, whole: false) ? end : -1;
        }

        end++;
        var dated = (end < text.Length && text[end] == '.' && (end + 1 >= text.Length || !char.IsAsciiDigit(text[end + 1]))) || // "5.2.." ends a sentence
                    StartsRange(text, end) || BeforeTime(text, end) || InListOfDates(text, start, replacements) || IsOneOf(word, DateWords, whole: true) || IsOneOf(word, DateWordEnds, whole: false);
        return dated ? end : -1;
    }

    /// <summary>
    /// Whether the date stands in a list of dates: after a comma or semicolon, with a date replaced before it on the same line
    /// within 80 characters ("Termine: 08.02. Beratung, 17.2. Gruppentermin, 10.3. Abschlussgespräch"): "[Datum]" or a date the
    /// date detector shifted (its replacement starts with a digit; no other detector's does).
    /// </summary>
    private static bool InListOfDates(ReadOnlySpan<char> text, int start, List<string> replacements)
    {
        var i = start;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        if (i == start || i == 0 || text[i - 1] is not (',' or ';'))
        {
            return false;
        }

        for (var j = i - 2; j >= 0 && j >= start - 80 && text[j] is not ('\n' or '\r'); j--)
        {
            var index = text[j] - TextScrubber.FirstPlaceholder;
            if (index >= 0 && index < replacements.Count && text[j] <= TextScrubber.LastPlaceholder &&
                (replacements[index] == "[Datum]" || (replacements[index].Length > 0 && char.IsAsciiDigit(replacements[index][0]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a time of day follows (a comma between): "1.7., 11:20 Uhr", "5.2. um 9".</summary>
    private static bool BeforeTime(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i + 3 < text.Length && text.Slice(i, 3).Equals("um ", StringComparison.OrdinalIgnoreCase) && char.IsAsciiDigit(text[i + 3]))
        {
            return true;
        }

        var digits = 0;
        while (i + digits < text.Length && char.IsAsciiDigit(text[i + digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && i + digits + 2 < text.Length && text[i + digits] == ':' && char.IsAsciiDigit(text[i + digits + 1]) &&
               char.IsAsciiDigit(text[i + digits + 2]);
    }

    /// <summary>Whether a range's second date follows: "bis", a dash or an en dash, then a day with its dot or a replaced date.</summary>
    private static bool StartsRange(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i < text.Length && text[i] is '-' or '–')
        {
            i++;
        }
        else if (i + 3 <= text.Length && text.Slice(i, 3).Equals("bis", StringComparison.OrdinalIgnoreCase) && i > end)
        {
            i += 3;
        }
        else
        {
            return false;
        }

        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i < text.Length && text[i] is >= TextScrubber.FirstPlaceholder and <= TextScrubber.LastPlaceholder)
        {
            return true; // a date replaced before ("3.4. bis [Datum]")
        }

        var digits = 0;
        while (i + digits < text.Length && char.IsAsciiDigit(text[i + digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && i + digits < text.Length && text[i + digits] == '.';
    }

    /// <summary>The words of sections, versions and grades a number with dots follows ("Punkt 3.2.", "Version 2.1."): no date after them.</summary>
    private static readonly string[] SectionWords =
        ["punkt", "kapitel", "abschnitt", "ziffer", "nr", "nummer", "version", "anlage", "absatz", "abs", "seite", "schritt", "modul",
         "stufe", "level", "note", "klasse", "teil", "art", "tz", "rn", "rz", "lektion", "aufgabe", "frage", "tabelle", "abbildung"];

    /// <summary>The word before <paramref name="start"/> (after one to three blanks and an optional colon), lower case in <paramref name="buffer"/>; empty if none.</summary>
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int start, Span<char> buffer)
    {
        var i = start;
        var blanks = 0;
        while (i > 0 && text[i - 1] == ' ' && blanks < 3)
        {
            i--;
            blanks++;
        }

        if (blanks == 0)
        {
            return [];
        }

        if (i > 0 && text[i - 1] is ':' or '?')
        {
            i--;
        }

        var end = i;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        var word = text[i..end];
        if (word.Length < 2 || word.Length > buffer.Length)
        {
            return [];
        }

        Lexicon.ToLowerInvariant(word, buffer);
        return buffer[..word.Length];
    }

    private static bool IsOneOf(ReadOnlySpan<char> lower, string[] words, bool whole)
    {
        if (lower.IsEmpty)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (whole ? lower.SequenceEqual(word) : lower.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The end of "d,m.yyyy" or "dd,mm.yyyy" at <paramref name="start"/> (a comma typed for the first dot; a day 1-31, a month 1-12, a year 1900-2099), else -1.</summary>
    internal static int CommaForDot(ReadOnlySpan<char> text, int start, int run)
    {
        var comma = start + run;
        if (comma + 1 >= text.Length || text[comma] != ',')
        {
            return -1;
        }

        var monthDigits = 0;
        while (comma + 1 + monthDigits < text.Length && char.IsAsciiDigit(text[comma + 1 + monthDigits]))
        {
            monthDigits++;
        }

        var dot = comma + 1 + monthDigits;
        if (monthDigits is < 1 or > 2 || dot >= text.Length || text[dot] != '.')
        {
            return -1;
        }

        var yearDigits = 0;
        while (dot + 1 + yearDigits < text.Length && char.IsAsciiDigit(text[dot + 1 + yearDigits]))
        {
            yearDigits++;
        }

        var end = dot + 1 + yearDigits;
        if (yearDigits != 4 || (end < text.Length && char.IsLetter(text[end])))
        {
            return -1;
        }

        var day = Number(text.Slice(start, run));
        var month = Number(text.Slice(comma + 1, monthDigits));
        var year = Number(text.Slice(dot + 1, 4));
        return day is >= 1 and <= 31 && month is >= 1 and <= 12 && year is >= 1900 and <= 2099 ? end : -1;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>The month ordinals in "-en" (lower case), which a spoken date's second word is.</summary>
    internal static readonly string[] MonthOrdinalWords =
        ["ersten", "zweiten", "dritten", "vierten", "fünften", "sechsten", "siebten", "siebenten", "achten", "neunten", "zehnten", "elften", "zwölften"];

    /// <summary>
    /// Where the regex of spoken ordinals may first match: eight letters before the first month ordinal on "-ten" (found by
    /// <paramref name="ending"/>, "ten" or "TEN") after a word on "-ten" and a blank or two; the text's length if none.
    /// </summary>
    private static int SpokenOrdinalsStart(ReadOnlySpan<char> text, string ending)
    {
        var i = 0;
        while (i < text.Length)
        {
            var found = text[i..].IndexOf(ending, StringComparison.Ordinal);
            if (found < 0)
            {
                break;
            }

            var end = i + found + 3;
            i = end;
            if (end < text.Length && char.IsLetter(text[end]))
            {
                continue;
            }

            var start = end - 3;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (!IsMonthOrdinal(text[start..end]))
            {
                continue;
            }

            var before = start;
            var blanks = 0;
            while (before > 0 && text[before - 1] == ' ' && blanks < 2)
            {
                before--;
                blanks++;
            }

            if (blanks > 0 && before >= 3 && text.Slice(before - 3, 3).Equals("ten", StringComparison.OrdinalIgnoreCase))
            {
                return Math.Max(0, before - 40); // the day's ordinal and the preposition before it
            }
        }

        return text.Length;
    }

    /// <summary>Whether the word (any case) is a month's ordinal in "-en" (<see cref="MonthOrdinalWords"/>): <see cref="WordClass.MonthOrdinal"/>.</summary>
    internal static bool IsMonthOrdinal(ReadOnlySpan<char> word)
    {
        if (word.Length is < 6 or > 9)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        Lexicon.ToLowerInvariant(word, lower);
        foreach (var ordinal in MonthOrdinalWords)
        {
            if (lower.SequenceEqual(ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private const string DayOrdinalsEn = "(?:erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft|dreizehnt|vierzehnt|fünfzehnt|sechzehnt|siebzehnt|achtzehnt|neunzehnt|(?:(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und)?zwanzigst|dreißigst|dreissigst|einunddreißigst|einunddreissigst)en";

    private const string MonthOrdinalsEn = "(?:erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft)en";

    // Two ordinals in "-en" after a preposition of dates: the day and the month ("auf den vierzehnten elften", "am ersten dritten");
    // not before a capitalised word, which they qualify ("am zweiten ersten Versuch").
    [GeneratedRegex(@"(?<=(?<![\p{L}])(?:den|am|vom|zum|bis|ab)\s{1,2})" + DayOrdinalsEn + @"\s{1,2}" + MonthOrdinalsEn + @"(?![\p{L}\d])(?!\s{1,2}(?-i:\p{Lu}))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenOrdinalsRegex();
}
