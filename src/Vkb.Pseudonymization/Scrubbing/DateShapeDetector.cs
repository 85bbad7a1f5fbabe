using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Dates in the shapes the other date patterns leave (session 11, from heldout7's misses), each replaced by <c>[Datum]</c>, or
/// by <c>[Geburtsdatum]</c> after a birth word ("geb.", "geboren am", "*"):
/// <list type="bullet">
/// <item>English, the day first: "17th of December 2024", "22 May 2023", "9 MAY", "10 Dec 2023", "27 Oct", "1st of March";</item>
/// <item>English, the month first, with an ordinal suffix or a year: "March 14th, 2025", "DECEMBER 19TH, 2025", "May 31st",
/// "November 17, 2025" (not "May 5", not "March 3 Tage");</item>
/// <item>a Roman month: "20. III. 25", "15.IV.", "5.I.2024", "4.ix.", "24. xii. 23";</item>
/// <item>dots between spaces and underscores: "20 . 03 . 2025", "24_06_2025";</item>
/// <item>an ordinal suffix on the day: "22ten Juli", "3ten Juni 2024";</item>
/// <item>the month's name or abbreviation between hyphens or slashes, as spreadsheets and databases write a date (session 21,
/// from heldout17's misses): "03-Okt-24", "9-Dec-2025", "17/Mär/26", "30-Sept", not glued to a word after ("2-Mai-Feier");</item>
/// <item>a date said in words with its year in words, as dictation writes it: "sechsten November zweitausendfünfundzwanzig",
/// "achter vierter neunzehnhundertfünfundsiebzig", "SECHSUNDZWANZIGSTER ZWÖLFTER ZWEITAUSENDFÜNFUNDZWANZIG".</item>
/// </list>
/// None of them is shifted: the <see cref="DateDetector"/> shifts the forms it reads and writes back, which these are not.
/// Each shape is tried only where it can start: a run of one or two digits with the right character after it, a month
/// name right before such a run, or a year in words in the note.
/// </summary>
internal sealed partial class DateShapeDetector : SpanDetector
{
    private static readonly int DayFirstSlot = RegexSlots.Register(DayFirstRegex());
    private static readonly int MonthFirstSlot = RegexSlots.Register(MonthFirstRegex());
    private static readonly int SpokenSlot = RegexSlots.Register(SpokenRegex());

    public override string Name => "date";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        if (workspace.DigitRuns.Length > 0)
        {
            FindAtDigits(workspace, matches);
            FindScanned(text, workspace.DigitRuns, matches);
        }

        if (text.IndexOf("zweitausend", StringComparison.OrdinalIgnoreCase) >= 0 || text.IndexOf("neunzehnhundert", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            foreach (var m in workspace.Regex(SpokenSlot).EnumerateMatches(text))
            {
                matches.Add(new TextMatch(m.Index, m.Length, DateDetector.UnshiftedReplacement(text, m.Index)));
            }
        }
    }

    private static void FindAtDigits(ScrubWorkspace workspace, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var position = 0;
        foreach (var (start, run) in workspace.DigitRuns)
        {
            if (start < position || run > 2 || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            var at = MonthBefore(text, start);
            var slot = at >= 0 ? MonthFirstSlot : MayStartDayFirst(text, start + run) ? DayFirstSlot : -1;
            if (slot < 0)
            {
                continue;
            }

            foreach (var m in workspace.Regex(slot).EnumerateMatches(text, at >= 0 ? at : start))
            {
                if (IsDate(text.Slice(m.Index, m.Length)))
                {
                    matches.Add(new TextMatch(m.Index, m.Length, DateDetector.UnshiftedReplacement(text, m.Index)));
                    position = m.Index + m.Length;
                }

                break;
            }
        }
    }

    /// <summary>
    /// Session 17: a numeric date as text recognition reads a scan, a letter in the place of a digit ("07.11.2O24", "3O.04.2025",
    /// "04.02.202S", "16.0l.2025"): O or o for 0, I or l for 1, S for 5, B for 8. Looked for only at a run of digits that such a
    /// letter touches; the stretch of digits, these letters and dots around it is a date when it is day, month and a four-digit
    /// year apart by dots, one or two of its characters letters, and the date with the letters read as digits is valid (years
    /// 1900 to 2099). A stretch glued to other letters or digits ("Oslo", "ISBN") is none.
    /// </summary>
    private static void FindScanned(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, List<TextMatch> matches)
    {
        var done = 0;
        foreach (var (start, run) in runs)
        {
            var end = start + run;
            if (start < done || !((start > 0 && IsScannedDigit(text[start - 1])) || (end < text.Length && IsScannedDigit(text[end]))))
            {
                continue;
            }

            var from = start;
            while (from > 0 && IsScannedDateChar(text[from - 1]))
            {
                from--;
            }

            var to = end;
            while (to < text.Length && IsScannedDateChar(text[to]))
            {
                to++;
            }

            done = to;
            while (to > from && text[to - 1] == '.')
            {
                to--;
            }

            if (from < to && text[from] != '.' && (from == 0 || !char.IsLetterOrDigit(text[from - 1])) && (to == text.Length || !char.IsLetterOrDigit(text[to])) &&
                IsScannedDate(text[from..to]))
            {
                matches.Add(new TextMatch(from, to - from, DateDetector.UnshiftedReplacement(text, from)));
            }
        }
    }

    private static bool IsScannedDigit(char c) => c is 'O' or 'o' or 'I' or 'l' or 'S' or 'B';

    private static bool IsScannedDateChar(char c) => char.IsAsciiDigit(c) || c == '.' || IsScannedDigit(c);

    /// <summary>Day, month and a four-digit year apart by dots, one or two of them letters read as digits, a valid date.</summary>
    internal static bool IsScannedDate(ReadOnlySpan<char> stretch)
    {
        Span<int> parts = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        var part = 0;
        var letters = 0;
        foreach (var c in stretch)
        {
            if (c == '.')
            {
                if (++part > 2)
                {
                    return false;
                }

                continue;
            }

            var digit = c switch
            {
                'O' or 'o' => 0,
                'I' or 'l' => 1,
                'S' => 5,
                'B' => 8,
                _ => c - '0',
            };
            letters += char.IsAsciiDigit(c) ? 0 : 1;
            parts[part] = (parts[part] * 10) + digit;
            lengths[part]++;
        }

        return part == 2 && letters is 1 or 2 && lengths[0] is 1 or 2 && lengths[1] is 1 or 2 && lengths[2] == 4 &&
               parts[2] is >= 1900 and <= 2099 && parts[1] is >= 1 and <= 12 && parts[0] >= 1 &&
               parts[0] <= CalendarDays(parts[2], parts[1]);
    }

    private static int CalendarDays(int year, int month) => DateTime.DaysInMonth(year, month);

    /// <summary>
    /// Whether a day-first shape can follow the digits that end at <paramref name="end"/>: an ordinal suffix (st, nd, rd, th,
    /// ten, ter), a blank and a month's first letter or a dot, an underscore, a hyphen or a slash and a month's first letter, or a
    /// dot and a Roman numeral's letter.
    /// </summary>
    internal static bool MayStartDayFirst(ReadOnlySpan<char> text, int end)
    {
        if (end + 1 >= text.Length)
        {
            return false;
        }

        var next = text[end];
        var after = text[end + 1];
        return next switch
        {
            '_' => char.IsAsciiDigit(after),
            '-' or '/' => IsMonthInitial(after),
            ' ' => after == '.' || (after == 'o' && end + 2 < text.Length && text[end + 2] == 'f') || IsMonthInitial(after),
            '.' => after is 'I' or 'V' or 'X' or 'i' or 'v' or 'x' || (after == ' ' && end + 2 < text.Length && text[end + 2] is 'I' or 'V' or 'X' or 'i' or 'v' or 'x'),
            's' or 'n' or 'r' or 't' or 'S' or 'N' or 'R' or 'T' => char.IsAsciiLetter(after),
            _ => false,
        };
    }

    private static bool IsMonthInitial(char c) => c is 'J' or 'F' or 'M' or 'A' or 'S' or 'O' or 'N' or 'D' or 'j' or 'f' or 'm' or 'a' or 's' or 'o' or 'n' or 'd';

    /// <summary>
    /// The start of an English month name right before the digits at <paramref name="digits"/> ("March 14th", "Dec. 3,"),
    /// one or two blanks and an optional dot between; -1 if the word before is none.
    /// </summary>
    internal static int MonthBefore(ReadOnlySpan<char> text, int digits)
    {
        var i = digits;
        var blanks = 0;
        while (i > 0 && text[i - 1] == ' ' && blanks < 2)
        {
            i--;
            blanks++;
        }

        if (blanks == 0)
        {
            return -1;
        }

        if (i > 0 && text[i - 1] == '.')
        {
            i--;
        }

        var end = i;
        while (i > 0 && char.IsAsciiLetter(text[i - 1]))
        {
            i--;
        }

        var word = text[i..end];
        return word.Length >= 3 && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && IsEnglishMonth(word) ? i : -1;
    }

    private static bool IsEnglishMonth(ReadOnlySpan<char> word) => EnglishMonthSet.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishMonthSet =
        EnglishMonths.Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a match is a date: a day from 1 to 31 and, where the month is a number, a month from 1 to 12.</summary>
    internal static bool IsDate(ReadOnlySpan<char> match)
    {
        // The day is the match's first number (every shape has it first, or after an English month's name); a numeric
        // month (dots between blanks, underscores) is the second.
        var day = NumberAt(match, match.IndexOfAnyInRange('0', '9'), out var end);
        if (day is < 1 or > 31)
        {
            return false;
        }

        if (!match.Contains('_') && !match.Contains(" . ", StringComparison.Ordinal))
        {
            return true;
        }

        var month = match[end..].IndexOfAnyInRange('0', '9');
        return month >= 0 && NumberAt(match, end + month, out _) is >= 1 and <= 12;
    }

    /// <summary>The value of the run of ASCII digits at <paramref name="start"/> (0 if none), and where it ends.</summary>
    private static int NumberAt(ReadOnlySpan<char> text, int start, out int end)
    {
        var value = 0;
        end = Math.Max(start, 0);
        while (start >= 0 && end < text.Length && char.IsAsciiDigit(text[end]))
        {
            value = (value * 10) + (text[end] - '0');
            end++;
        }

        return value;
    }

    /// <summary>The English month names and abbreviations (any case).</summary>
    internal const string EnglishMonths = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    // A year after a comma has four digits ("9 MAY, 26.5." is two dates); none runs on into a number or stands before a unit.
    private const string Year = @"(?:,?\s{1,2}\d{4}|\s{1,2}'?\d{2})(?![\p{L}\d]|[.,]\d)" + BuiltInDetectors.NoUnitAfter;

    // Tried at a run of one or two digits: English day first, a Roman month, dots between spaces, underscores, the month between
    // hyphens or slashes, "22ten Juli".
    [GeneratedRegex(@"\G\d{1,2}(?:" +
        @"(?:st|nd|rd|th)?(?:\s+of)?\s+(?:" + EnglishMonths + @")(?![\p{L}\d])\.?(?:" + Year + ")?" +
        @"|\.\s?(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.(?:\s?(?:\d{4}|\d{2})(?![\p{L}\d]|[.,]\d))?" +
        @"|\s\.\s\d{1,2}\s\.\s(?:\d{4}|\d{2})(?![\p{L}\d])" +
        @"|_\d{1,2}_(?:\d{4}|\d{2})(?![\p{L}\d])" +
        @"|(?<sep>[-/])(?:" + EnglishMonths + "|" + BuiltInDetectors.MonthNames + @")(?:\k<sep>(?:\d{4}|\d{2}))?(?![\p{L}\d]|[-/]\p{L}|[.,]\d)" +
        @"|(?:ten|ter|tem|sten|ster)\s+(?:" + BuiltInDetectors.MonthNames + @")(?![\p{L}\d])\.?(?:\s{1,2}\d{4}(?![\p{L}\d]))?" +
        @")", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DayFirstRegex();

    // Tried at an English month name before a run of digits: an ordinal suffix, a comma and a year, or both.
    [GeneratedRegex(@"\G(?:" + EnglishMonths + @")\.?\s{1,2}\d{1,2}(?:(?:st|nd|rd|th)(?:,?\s{1,2}\d{4})?|,\s{0,2}\d{4})(?![\p{L}\d])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthFirstRegex();

    private const string MonthOrdinal = "(?:erst|zweit|dritt|viert|fünft|sechst|siebt|siebent|acht|neunt|zehnt|elft|zwölft)(?:e|en|er|es)";

    // A date said in words with the year in words: the day as an ordinal, the month by name or as an ordinal, the year
    // "zweitausend…" or "neunzehnhundert…" as one word.
    [GeneratedRegex(@"(?<![\p{L}\d])" + BuiltInDetectors.DayOrdinals + @"\s+(?:" + MonthOrdinal + "|" + BuiltInDetectors.MonthNames + @")\.?\s+(?:zweitausend|neunzehnhundert)\p{L}*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpokenRegex();
}
