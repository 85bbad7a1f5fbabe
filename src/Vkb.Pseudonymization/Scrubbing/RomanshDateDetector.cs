using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 21 (from heldout17's misses): dates in Romansh, the day, "da" (or "d'" before a vowel) and the month in any of its
/// written forms (Rumantsch Grischun, Sursilvan, Sutsilvan, Surmiran, Puter, Vallader), a year optional: "15 da zercladur 2025",
/// "1. da favrer", "ils 3 d'avust 2024", "22 da lügl". Replaced by <c>[Datum]</c>, or <c>[Geburtsdatum]</c> after a birth word.
/// Looked for only at a run of one or two digits with " da " or " d'" after it (a dot between allowed), so a note without one
/// costs a look at its digit runs. A month's word glued to a word after ("2 da mars-Riegel") is none.
/// </summary>
internal sealed partial class RomanshDateDetector : SpanDetector
{
    private static readonly int Slot = RegexSlots.Register(DateRegex());

    public override string Name => "date";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        foreach (var (start, run) in workspace.DigitRuns)
        {
            if (run > 2 || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || !MayStart(text, start + run))
            {
                continue;
            }

            foreach (var m in workspace.Regex(Slot).EnumerateMatches(text, start))
            {
                if (DateShapeDetector.IsDate(text.Slice(m.Index, m.Length)))
                {
                    matches.Add(new TextMatch(m.Index, m.Length, DateDetector.UnshiftedReplacement(text, m.Index)));
                }

                break;
            }
        }
    }

    /// <summary>Whether " da " or " d'" (a dot before allowed) follows the day's digits that end at <paramref name="end"/>.</summary>
    internal static bool MayStart(ReadOnlySpan<char> text, int end)
    {
        var rest = text[end..];
        if (rest.Length > 0 && rest[0] == '.')
        {
            rest = rest[1..];
        }

        return rest.Length >= 4 && rest[0] == ' ' && rest[1] is 'd' or 'D' &&
               ((rest[2] is 'a' or 'A' && rest[3] == ' ') || rest[2] is '\'' or '’');
    }

    // The months of Rumantsch Grischun and the idioms, the longer forms first where one begins another.
    private const string Months = "schaner|schner|favrer|fevrer|mars|marz|avrigl|avregl|avrel|matg|mai|meg|zercladur|zarcladur|gün|" +
        "fanadur|fenadur|lügl|avust|avuost|uost|settember|setember|october|november|december";

    [GeneratedRegex(@"\G\d{1,2}\.?\s(?:da\s+|d['’])(?:" + Months + @")(?:\s{1,2}\d{4})?(?![\p{L}\d]|-\p{L})",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DateRegex();
}
