using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Dates in notes (<c>12.03.2024</c>, <c>12.3.24</c>, <c>2024-03-12</c>, <c>12/03/2024</c>, <c>12. März 2024</c>):
/// the subject's birth date, or any date introduced as a birth date, becomes <c>[Geburtsdatum]</c>; every
/// other date is shifted by the subject's offset and written back in its own format (P7).
/// </summary>
internal sealed partial class DateDetector : ITextDetector
{
    private static readonly string[] MonthNames =
        ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"];

    public string Name => "date";

    public void Detect(string text, ScrubContext context, ICollection<TextMatch> matches)
    {
        var start = Prefilters.Date(text);
        if (start >= 0)
        {
            DetectFrom(text, start, context, matches);
        }
    }

    /// <summary>The bare regex from the start, without the prefilter (for the test that compares both).</summary>
    internal static void DetectUnfiltered(string text, ScrubContext context, ICollection<TextMatch> matches) => DetectFrom(text, 0, context, matches);

    private static void DetectFrom(string text, int start, ScrubContext context, ICollection<TextMatch> matches)
    {
        for (var m = DateRegex().Match(text, start); m.Success; m = m.NextMatch())
        {
            matches.Add(new TextMatch(m.Index, m.Length, Replace(m, text, context)));
        }
    }

    private static string Replace(Match m, string text, ScrubContext context)
    {
        var format = Read(m, context, out var date);
        if (format is null || date is not { } value)
        {
            return "[Datum]";
        }

        if (value == context.BirthDate || IntroducedAsBirthDate(text, m.Index))
        {
            return "[Geburtsdatum]";
        }

        return context.DateOffsetDays is { } offset ? format(value.PlusDays(offset)) : "[Datum]";
    }

    private static bool IntroducedAsBirthDate(string text, int index)
    {
        var start = Math.Max(0, index - 24);
        var before = text.AsSpan(start, index - start);
        return before.Contains("geb", StringComparison.OrdinalIgnoreCase) || before.TrimEnd().EndsWith("*");
    }

    private static Func<LocalDate, string>? Read(Match m, ScrubContext context, out LocalDate? date)
    {
        date = null;
        var g = m.Groups;
        if (g["iy"].Success)
        {
            return Make(Int(g["iy"]), Int(g["im"]), Int(g["id"]), out date)
                ? d => d.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)
                : null;
        }

        if (g["ny"].Success)
        {
            var yearText = g["ny"].Value;
            var year = yearText.Length == 2 ? ExpandYear(Int(g["ny"]), context) : Int(g["ny"]);
            var dayWidth = g["nd"].Length;
            var monthWidth = g["nm"].Length;
            var separator = g["sep"].Value;
            var between = g["s1"].Value;
            var between2 = g["s2"].Value;
            return Make(year, Int(g["nm"]), Int(g["nd"]), out date)
                ? d => Pad(d.Day, dayWidth) + separator + between + Pad(d.Month, monthWidth) + separator + between2 +
                       (yearText.Length == 2 ? Pad(d.Year % 100, 2) : d.Year.ToString(CultureInfo.InvariantCulture))
                : null;
        }

        var monthText = g["mn"].Value;
        var month = MonthOf(monthText);
        var dayWidth2 = g["md"].Length;
        var gap = g["mg"].Value;
        var full = monthText.Length > 4 || MonthNames.Contains(monthText, StringComparer.OrdinalIgnoreCase);
        var dotAfter = g["mdot"].Value;
        var gap2 = g["mg2"].Value;
        return month > 0 && Make(Int(g["my"]), month, Int(g["md"]), out date)
            ? d => Pad(d.Day, dayWidth2) + "." + gap + (full ? MonthNames[d.Month - 1] : MonthAbbreviations[d.Month - 1] + dotAfter) + gap2 + d.Year.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    private static int ExpandYear(int twoDigits, ScrubContext context)
    {
        var pivot = (context.ReferenceDate?.Year ?? 2030) + 5;
        var year = 2000 + twoDigits;
        return year <= pivot ? year : year - 100;
    }

    private static int MonthOf(string text)
    {
        var normal = text.Replace("ae", "ä", StringComparison.OrdinalIgnoreCase);
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

    private static bool Make(int year, int month, int day, out LocalDate? date)
    {
        date = null;
        if (year is < 1000 or > 9999 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>
    /// The value of a run of <c>\d</c> digits: any Unicode decimal digits, not only ASCII (int.Parse would throw
    /// on "１２" with the note's text in its message).
    /// </summary>
    private static int Int(Group group)
    {
        var value = 0;
        foreach (var c in group.ValueSpan)
        {
            value = (value * 10) + CharUnicodeInfo.GetDecimalDigitValue(c);
        }

        return value;
    }

    private static string Pad(int value, int width) => value.ToString(width >= 2 ? "00" : "0", CultureInfo.InvariantCulture);

    // The separator is repeated by alternation, not by a backreference: the source generator cannot emit a
    // case-insensitive backreference and would fall back to the interpreter for the whole expression.
    [GeneratedRegex(
        @"(?<![\p{L}\d])(?:(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})|(?<nd>\d{1,2})(?:(?<sep>\.)(?<s1>\s?)(?<nm>\d{1,2})\.|(?<sep>/)(?<s1>\s?)(?<nm>\d{1,2})/)(?<s2>\s?)(?<ny>\d{4}|\d{2})|(?<md>\d{1,2})\.(?<mg>\s*)(?<mn>Januar|Jänner|Februar|März|Maerz|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Mrz|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Nov|Dez)(?<mdot>\.?)(?<mg2>\s*)(?<my>\d{4}))(?![\p{L}\d])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex DateRegex();
}
