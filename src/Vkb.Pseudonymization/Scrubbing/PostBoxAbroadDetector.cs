namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 23: a post-office box abroad and its number, as the countries customers come from and commute to write it: "P.O. Box 123",
/// "PO Box 4521-00100" (Kenya's box and postcode), "P.O.B. 3456" (Israel), "BP 356" and "B.P. 12" (the French-speaking countries),
/// "Postboks 45" (Denmark, the Faroe Islands, Greenland, Norway), "Postbus 123" (the Netherlands), "Apartado 45", "Casilla 123",
/// "Caixa Postal 12", "C.P. 90600" (a Mexican or Italian postcode after its cue). The cue as written (its capitals), one blank, and a
/// number of one to six digits (a hyphen and more digits after it), no letter or digit and no unit after ("BP 2 mal" stays). The tail detector adds the town after it
/// (", Netanya 4213401"); "Postfach" is the address-shape detector's.
/// </summary>
internal sealed class PostBoxAbroadDetector : SpanDetector
{
    /// <summary>The cues, each as written.</summary>
    private static readonly string[] Cues =
        ["P.O. Box", "P.O.Box", "PO Box", "PO BOX", "P.O. BOX", "P.O.B.", "POB", "BP", "B.P.", "Postboks", "Postbus", "Apartado", "Apdo.", "Casilla", "Caixa Postal",
         "C.P.", "Cx. Postal"];

    public override string Name => "streetAddress";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        if (workspace.DigitRuns.Length == 0)
        {
            return;
        }

        foreach (var (start, run) in workspace.DigitRuns)
        {
            if (run > 6 || start < 3 || text[start - 1] != ' ')
            {
                continue;
            }

            var cueStart = char.IsLetter(text[start - 2]) || text[start - 2] == '.' ? CueStart(text, start - 1) : -1; // every cue ends in a letter or dot
            if (cueStart < 0)
            {
                continue;
            }

            var end = start + run;
            if (end + 1 < text.Length && text[end] == '-' && char.IsAsciiDigit(text[end + 1]))
            {
                end++;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }
            }

            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || (text[end] is '.' or ',' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]))))
            {
                continue;
            }

            if (UnitAfter(text, end))
            {
                continue; // "BP 2 mal getankt"
            }

            matches.Add(new TextMatch(cueStart, end - cueStart, AddressTailDetector.Address));
        }
    }

    private static readonly string[] Units = BuiltInDetectors.Units.Split('|');

    /// <summary>Whether a unit (<see cref="BuiltInDetectors.Units"/>), a per cent or euro sign follows the number ending at <paramref name="end"/> after blanks.</summary>
    private static bool UnitAfter(ReadOnlySpan<char> text, int end)
    {
        var after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (after < text.Length && text[after] is '€' or '%')
        {
            return true;
        }

        var unitEnd = after;
        while (unitEnd < text.Length && char.IsLetter(text[unitEnd]))
        {
            unitEnd++;
        }

        foreach (var unit in Units)
        {
            if (text[after..unitEnd].Equals(unit, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The start of a cue that ends at <paramref name="end"/> (before the blank there) and stands after no letter or digit, or -1; "Box" alone
    /// is none ("Box 3" is a box of files).
    /// </summary>
    private static int CueStart(ReadOnlySpan<char> text, int end)
    {
        foreach (var cue in Cues)
        {
            var start = end - cue.Length;
            if (start < 0 || !text[start..end].SequenceEqual(cue) || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
            {
                continue;
            }

            return start;
        }

        return -1;
    }
}
