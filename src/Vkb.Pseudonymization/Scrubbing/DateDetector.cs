using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Dates in notes (<c>12.03.2024</c>, <c>12.3.24</c>, <c>2024-03-12</c>, <c>12/03/2024</c>, <c>12-03-2024</c>, <c>12. März 2024</c>):
/// the subject's birth date, or any date introduced as a birth date, becomes <c>[Geburtsdatum]</c>; every
/// other date is shifted by the subject's offset and written back in its own format (P7).
/// </summary>
internal sealed partial class DateDetector : SpanDetector
{
    private static readonly string[] MonthNames =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];

    /// <summary>The date regex, matched through the workspace's copy (see <see cref="RegexSlots"/>).</summary>
    private static readonly int Slot = RegexSlots.Register(AnchoredDateRegex());

    public override string Name => "date";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        // Every form starts with a whole run of 1-4 digits (the look-behind forbids a digit or letter before it)
        // followed by '-', '.' or '/': the anchored regex is tried at those runs only, left to right, never inside
        // the last match, which finds the matches of a scan of the whole text.
        var text = workspace.Text;
        var regex = workspace.Regex(Slot);
        var position = 0;
        foreach (var (start, run) in workspace.DigitRuns)
        {
            if (start < position || !MayStart(text, start, run))
            {
                continue;
            }

            foreach (var m in regex.EnumerateMatches(text, start))
            {
                matches.Add(new TextMatch(m.Index, m.Length, Replace(text, m.Index, m.Length, context)));
                position = m.Index + m.Length;
                break;
            }
        }
    }

    /// <summary>Whether a date can start at the digit run at <paramref name="start"/>: 1-4 digits, no letter or digit before, '-', '.' or '/' after.</summary>
    private static bool MayStart(ReadOnlySpan<char> text, int start, int run) =>
        run <= 4 && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) && start + run < text.Length && text[start + run] is '-' or '.' or '/';

    /// <summary>The bare regex from the start, without the prefilter (for the test that compares both).</summary>
    internal static void DetectUnfiltered(string text, ScrubContext context, ICollection<TextMatch> matches)
    {
        var found = new List<TextMatch>();
        DetectFrom(DateRegex(), text, 0, context, found);
        found.ForEach(matches.Add);
    }

    private static void DetectFrom(Regex regex, ReadOnlySpan<char> text, int start, ScrubContext context, List<TextMatch> matches)
    {
        foreach (var m in regex.EnumerateMatches(text, start))
        {
            matches.Add(new TextMatch(m.Index, m.Length, Replace(text, m.Index, m.Length, context)));
        }
    }

    private static string Replace(ReadOnlySpan<char> text, int index, int length, ScrubContext context)
    {
        var span = text.Slice(index, length);
        var parts = Parse(span);
        if (Read(span, parts, context) is not { } value)
        {
            return "[Datum]";
        }

        if (value == context.BirthDate || IntroducedAsBirthDate(text, index))
        {
            return "[Geburtsdatum]";
        }

        return context.DateOffsetDays is { } offset && DateShifter.TryShift(value, offset, out var shifted) ? Format(span, parts, shifted) : "[Datum]";
    }

    /// <summary>
    /// The replacement of a date that is not shifted (its shape gives no date to shift, or a detector never shifts it):
    /// <c>[Geburtsdatum]</c> after a birth word, else <c>[Datum]</c>. One rule for every date detector.
    /// </summary>
    internal static string UnshiftedReplacement(ReadOnlySpan<char> text, int index) =>
        IntroducedAsBirthDate(text, index) ? "[Geburtsdatum]" : "[Datum]";

    internal static bool IntroducedAsBirthDate(ReadOnlySpan<char> text, int index)
    {
        var start = Math.Max(0, index - 24);
        var before = text.Slice(start, index - start);
        return before.Contains("geb", StringComparison.OrdinalIgnoreCase) || before.TrimEnd().EndsWith("*");
    }

    /// <summary>
    /// The parts of a date the regex matched, read from the match itself: the regex's three forms are told
    /// apart by their shape (four digits and '-'; digits, a separator and after at most one space a digit;
    /// otherwise a month name), and every part is a maximal run of digits, letters or white space. The test
    /// <c>DateDetector_Parse_ReadsWhatTheRegexGroupsCapture</c> compares this with the regex's named groups.
    /// </summary>
    internal static DateParts Parse(ReadOnlySpan<char> match)
    {
        var dayLength = Run(match, 0, char.IsDigit);
        if (dayLength == 4 && match.Length > 4 && match[4] == '-')
        {
            return new DateParts { Form = DateForm.Iso, Year = new(0, 4), Month = new(5, 2), Day = new(8, 2) };
        }

        var afterSeparator = dayLength + 1;
        var space = Run(match, afterSeparator, char.IsWhiteSpace);
        var next = afterSeparator + space;
        if (next < match.Length && char.IsDigit(match[next]))
        {
            var monthLength = Run(match, next, char.IsDigit);
            var afterSecond = next + monthLength + 1;
            var space2 = Run(match, afterSecond, char.IsWhiteSpace);
            return new DateParts
            {
                Form = DateForm.Numeric,
                Day = new(0, dayLength),
                Separator = new(dayLength, 1),
                Space1 = new(afterSeparator, space),
                Month = new(next, monthLength),
                Space2 = new(afterSecond, space2),
                Year = new(afterSecond + space2, match.Length - afterSecond - space2),
            };
        }

        var nameLength = Run(match, next, char.IsLetter);
        var afterName = next + nameLength;
        var dot = afterName < match.Length && match[afterName] == '.' ? 1 : 0;
        var gap2 = Run(match, afterName + dot, char.IsWhiteSpace);
        return new DateParts
        {
            Form = DateForm.MonthName,
            Day = new(0, dayLength),
            Gap = new(afterSeparator, space),
            MonthName = new(next, nameLength),
            Dot = new(afterName, dot),
            Gap2 = new(afterName + dot, gap2),
            Year = new(afterName + dot + gap2, match.Length - afterName - dot - gap2),
        };
    }

    private static int Run(ReadOnlySpan<char> text, int from, Func<char, bool> predicate)
    {
        var i = from;
        while (i < text.Length && predicate(text[i]))
        {
            i++;
        }

        return i - from;
    }

    private static LocalDate? Read(ReadOnlySpan<char> match, DateParts parts, ScrubContext context)
    {
        var day = Int(parts.Day.Of(match));
        var yearText = parts.Year.Of(match);
        var year = parts.Form == DateForm.Numeric && yearText.Length == 2 ? ExpandYear(Int(yearText), context) : Int(yearText);
        var month = parts.Form == DateForm.MonthName ? MonthOf(parts.MonthName.Of(match)) : Int(parts.Month.Of(match));
        return Make(year, month, day);
    }

    /// <summary>The shifted date in the match's own form: widths, separators and spaces as they were; one string.</summary>
    private static string Format(ReadOnlySpan<char> match, DateParts parts, LocalDate d)
    {
        // White space inside a month-name date is unbounded (\s*): a long match is formatted on the heap.
        Span<char> buffer = match.Length <= 64 ? stackalloc char[match.Length + 16] : new char[match.Length + 16];
        var length = 0;
        void Number(Span<char> to, int value, int width)
        {
            // As the format "00" (width 2) or "0" writes it, without parsing a format: a leading zero before one digit.
            if (width >= 2 && value is >= 0 and < 10)
            {
                to[length++] = '0';
            }

            value.TryFormat(to[length..], out var written, default, CultureInfo.InvariantCulture);
            length += written;
        }

        void Text(Span<char> to, ReadOnlySpan<char> text)
        {
            text.CopyTo(to[length..]);
            length += text.Length;
        }

        switch (parts.Form)
        {
            case DateForm.Iso:
                return IsoDate.TryWrite(d, buffer) ? new string(buffer[..IsoDate.Length]) : d.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture);
            case DateForm.Numeric:
                Number(buffer, d.Day, parts.Day.Length);
                Text(buffer, parts.Separator.Of(match));
                Text(buffer, parts.Space1.Of(match));
                Number(buffer, d.Month, parts.Month.Length);
                Text(buffer, parts.Separator.Of(match));
                Text(buffer, parts.Space2.Of(match));
                if (parts.Year.Length == 2)
                {
                    Number(buffer, d.Year % 100, 2);
                }
                else
                {
                    Number(buffer, d.Year, 1);
                }

                break;
            default:
            {
                var name = parts.MonthName.Of(match);
                var full = name.Length > 4 || IsFullMonthName(name);
                Number(buffer, d.Day, parts.Day.Length);
                Text(buffer, ".");
                Text(buffer, parts.Gap.Of(match));
                Text(buffer, full ? MonthNames[d.Month - 1] : MonthAbbreviations[d.Month - 1]);
                if (!full)
                {
                    Text(buffer, parts.Dot.Of(match));
                }

                Text(buffer, parts.Gap2.Of(match));
                Number(buffer, d.Year, 1);
                break;
            }
        }

        return new string(buffer[..length]);
    }

    private static bool IsFullMonthName(ReadOnlySpan<char> name)
    {
        foreach (var month in MonthNames)
        {
            if (name.Equals(month, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int ExpandYear(int twoDigits, ScrubContext context)
    {
        var pivot = (context.ReferenceDate?.Year ?? 2030) + 5;
        var year = 2000 + twoDigits;
        return year <= pivot ? year : year - 100;
    }

    private static int MonthOf(ReadOnlySpan<char> name)
    {
        var normal = name.ToString().Replace("ae", "ä", StringComparison.OrdinalIgnoreCase);
        for (var i = 0; i < 12; i++)
        {
            if (MonthNames[i].StartsWith(normal, StringComparison.OrdinalIgnoreCase) && normal.Length >= 3)
            {
                return i + 1;
            }
        }

        return string.Equals(normal, "Mrz", StringComparison.OrdinalIgnoreCase) ? 3 :
            string.Equals(normal, "Sept", StringComparison.OrdinalIgnoreCase) ? 9 :
            string.Equals(normal, "Jänner", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    private static LocalDate? Make(int year, int month, int day) =>
        year is < 1000 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? null
            : new LocalDate(year, month, day);

    /// <summary>
    /// The value of a run of <c>\d</c> digits: any Unicode decimal digits, not only ASCII (int.Parse would throw
    /// on "１２" with the note's text in its message).
    /// </summary>
    private static int Int(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + CharUnicodeInfo.GetDecimalDigitValue(c);
        }

        return value;
    }

    private static string Pad(int value, int width) => value.ToString(width >= 2 ? "00" : "0", CultureInfo.InvariantCulture);

    // The separator is repeated by alternation, not by a backreference: the source generator cannot emit a
    // case-insensitive backreference and would fall back to the interpreter for the whole expression.
    private const string DatePattern =
        @"(?<![\p{L}\d])(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})|(?<nd>\d{1,2})(?:(?<sep>\.)(?<s1>\s?)(?<nm>\d{1,2})\.|(?<sep>/)(?<s1>\s?)(?<nm>\d{1,2})/|(?<sep>-)(?<s1>)(?<nm>\d{1,2})-(?=\d{4}))(?<s2>\s?)(?<ny>\d{4}|\d{2})|(?<md>\d{1,2})\.(?<mg>\s*)(?<mn>" + BuiltInDetectors.MonthNames + @")(?<mdot>\.?)(?<mg2>\s*)(?<my>\d{4}))(?![\p{L}\d])";

    [GeneratedRegex(DatePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex DateRegex();

    /// <summary>The same, anchored where the search starts (<c>\G</c>): tried only where a date can start (see <see cref="MayStart"/>).</summary>
    [GeneratedRegex(@"\G" + DatePattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AnchoredDateRegex();
}

/// <summary>The three forms of a date in a note.</summary>
internal enum DateForm
{
    /// <summary><c>2024-03-12</c>.</summary>
    Iso,

    /// <summary><c>12.03.2024</c>, <c>12.3.24</c>, <c>12/03/2024</c>, <c>12. 3. 2024</c>, <c>12-03-2024</c> (four-digit year only).</summary>
    Numeric,

    /// <summary><c>12. März 2024</c>, <c>12.Mär.2024</c>.</summary>
    MonthName,
}

/// <summary>A part of a date match: its start and length within the match (length 0 if the form has no such part).</summary>
/// <param name="Start">The start within the match.</param>
/// <param name="Length">The length.</param>
internal readonly record struct DatePart(int Start, int Length)
{
    public ReadOnlySpan<char> Of(ReadOnlySpan<char> match) => match.Slice(Start, Length);
}

/// <summary>The parts of one date match, named after the regex's groups (iy/ny/my = Year and so on).</summary>
internal readonly record struct DateParts
{
    public DateForm Form { get; init; }

    public DatePart Day { get; init; }

    public DatePart Month { get; init; }

    public DatePart Year { get; init; }

    public DatePart Separator { get; init; }

    public DatePart Space1 { get; init; }

    public DatePart Space2 { get; init; }

    public DatePart Gap { get; init; }

    public DatePart MonthName { get; init; }

    public DatePart Dot { get; init; }

    public DatePart Gap2 { get; init; }
}
