namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 19 (from heldout15's misses): a value typed box by box, as a form's boxes are copied into a note: one letter or digit
/// per box, the boxes apart by blanks, bars, brackets or underscores ("IBAN D E 7 4 5 9 … 1 0", "Steuer-ID 4|7|0|3|…",
/// "[1][2][3]…", "D_E_8_9_…"). No other detector reads such a value: the IBAN, tax id and phone shapes want groups of digits, so
/// a boxed IBAN left its letters and half its digits. A chain of at least <see cref="MinBoxes"/> single letters or digits (each
/// with no letter or digit beside it), apart by at most <see cref="MaxSeparator"/> such separator characters and holding at
/// least <see cref="MinDigits"/> digits, is one value: <c>[IBAN]</c> when it begins with two letters and two digits and has the
/// length of that country's IBAN or passes the IBAN check digits, <c>[Nummer]</c> otherwise. Ordinary text does not write eight
/// single characters in a row, six of them digits. Gated by the note's digit runs: a chain needs two one-digit runs one box apart.
/// </summary>
internal sealed class BoxedValueDetector : SpanDetector
{
    /// <summary>The fewest boxes of a value.</summary>
    internal const int MinBoxes = 8;

    /// <summary>The fewest digits among them.</summary>
    internal const int MinDigits = 6;

    /// <summary>The longest separator between two boxes (" | ", "] [").</summary>
    internal const int MaxSeparator = 3;

    public override string Name => "boxedValue";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var runs = workspace.DigitRuns;
        var reached = -1; // the end of the last chain found: its runs are not tried again
        for (var r = 0; r + 1 < runs.Length; r++)
        {
            var (start, length) = runs[r];
            if (length != 1 || start < reached || runs[r + 1].Length != 1 || runs[r + 1].Start - start - 1 > MaxSeparator ||
                !IsBox(text, start) || !IsBox(text, runs[r + 1].Start))
            {
                continue; // a chain holds two one-digit boxes one separator apart
            }

            var first = start;
            while (PreviousBox(text, first) is >= 0 and var before)
            {
                first = before;
            }

            var last = start;
            var boxes = 1;
            var digits = 1;
            for (var b = first; b < start; b = NextBox(text, b))
            {
                boxes++;
                digits += char.IsAsciiDigit(text[b]) ? 1 : 0;
            }

            while (NextBox(text, last) is >= 0 and var after)
            {
                last = after;
                boxes++;
                digits += char.IsAsciiDigit(text[after]) ? 1 : 0;
            }

            reached = last + 1;
            if (boxes >= MinBoxes && digits >= MinDigits)
            {
                matches.Add(new TextMatch(first, last + 1 - first, IsIban(text[first..(last + 1)], boxes) ? "[IBAN]" : "[Nummer]"));
            }
        }
    }

    /// <summary>Whether the character at <paramref name="i"/> is a box: an ASCII letter or digit with no letter or digit beside it.</summary>
    private static bool IsBox(ReadOnlySpan<char> text, int i) =>
        char.IsAsciiLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));

    private static bool IsSeparator(char c) => c is ' ' or '|' or '[' or ']' or '_' or '│' or '¦';

    /// <summary>The box after the one at <paramref name="box"/>, one separator on, or -1.</summary>
    private static int NextBox(ReadOnlySpan<char> text, int box)
    {
        var i = box + 1;
        while (i < text.Length && i - box - 1 < MaxSeparator && IsSeparator(text[i]))
        {
            i++;
        }

        return i > box + 1 && i < text.Length && IsBox(text, i) ? i : -1;
    }

    /// <summary>The box before the one at <paramref name="box"/>, one separator back, or -1.</summary>
    private static int PreviousBox(ReadOnlySpan<char> text, int box)
    {
        var i = box - 1;
        while (i >= 0 && box - 1 - i < MaxSeparator && IsSeparator(text[i]))
        {
            i--;
        }

        return i < box - 1 && i >= 0 && IsBox(text, i) ? i : -1;
    }

    /// <summary>Whether the boxes are an IBAN: a country and check digits first, and the country's length or valid check digits.</summary>
    private static bool IsIban(ReadOnlySpan<char> value, int boxes)
    {
        Span<char> compact = stackalloc char[4];
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                compact[count++] = c;
                if (count == 4)
                {
                    break;
                }
            }
        }

        if (count < 4 || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        var length = Checksums.IbanLength(compact[0], compact[1]);
        return length > 0 && (length == boxes || (boxes <= 34 && Checksums.IsIban(Compact(value))));
    }

    /// <summary>The boxes' letters and digits apart by blanks only, as <see cref="Checksums.IsIban"/> reads a value.</summary>
    private static string Compact(ReadOnlySpan<char> value)
    {
        Span<char> letters = stackalloc char[34];
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiLetterOrDigit(c) && count < letters.Length)
            {
                letters[count++] = c;
            }
        }

        return new string(letters[..count]);
    }
}
