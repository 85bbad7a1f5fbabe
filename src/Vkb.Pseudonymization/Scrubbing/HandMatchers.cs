using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// The next match of a detector's regex at or after <c>from</c> in the text (whose digit runs are <c>runs</c>), as
/// (index, length), or (-1, 0): a hand-written matcher where a regex of fixed shape costs more than the few character
/// tests it stands for. It finds exactly what the regex finds (a property test compares them on generated notes and on
/// text built from the pieces the regex looks for, with Unicode look-alikes).
/// </summary>
internal delegate (int Index, int Length) HandMatcher(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, int from);

/// <summary>
/// Hand-written matchers for the identifier regexes that are digit runs joined by separators and a letter or two
/// (<see cref="BuiltInDetectors"/>). Every such regex starts with <c>(?&lt;![\p{L}\d])\d{n}</c> and ends with
/// <c>\d{m}(?!\d)</c>, and its parts are disjoint sets (digits, separators <c>[\s./-]</c>, letters), so a match is a
/// maximal digit run of exactly n digits not after a letter, and the rest reads without backtracking. The sets are the
/// regex engine's own (<see cref="CharSet"/>), so case-insensitive letters (the Kelvin sign for k) match as in the regex.
/// </summary>
internal static class HandMatchers
{
    private static readonly CharSet Separators = CharSet.Of(@"[\s./-]");
    private static readonly CharSet LetterAToZ = CharSet.Of("[A-Z]");
    private static readonly CharSet LetterB = CharSet.Of("B");
    private static readonly CharSet LetterG = CharSet.Of("G");

    /// <summary>Customer number, <c>(?&lt;![\p{L}\d])\d{3}[\s./-]*[A-Z][\s./-]*\d{3}[\s./-]?\d{3}(?!\d)</c>: "123 A 456 789", "123A456789".</summary>
    public static (int Index, int Length) CustomerNumber(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, int from)
    {
        foreach (var (start, run) in runs)
        {
            if (start < from || run != 3 || !FreeBefore(text, start))
            {
                continue;
            }

            var i = Skip(text, start + 3, Separators);
            if (i < text.Length && LetterAToZ.Contains(text[i]) && SixDigits(text, Skip(text, i + 1, Separators)) is var end and > 0)
            {
                return (start, end - start);
            }
        }

        return (-1, 0);
    }

    /// <summary>Household number, <c>(?&lt;![\p{L}\d])\d{5}[\s./-]*BG[\s./-]*\d{7}(?!\d)</c>: "12345 BG 1234567", "12345/bg/1234567".</summary>
    public static (int Index, int Length) HouseholdNumber(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, int from)
    {
        foreach (var (start, run) in runs)
        {
            if (start < from || run != 5 || !FreeBefore(text, start))
            {
                continue;
            }

            var i = Skip(text, start + 5, Separators);
            if (i + 1 < text.Length && LetterB.Contains(text[i]) && LetterG.Contains(text[i + 1]))
            {
                var digits = Skip(text, i + 2, Separators);
                if (DigitRun(text, digits) == 7)
                {
                    return (start, digits + 7 - start);
                }
            }
        }

        return (-1, 0);
    }

    /// <summary>
    /// The end of <c>\d{3}[\s./-]?\d{3}(?!\d)</c> at <paramref name="start"/>, or -1: six digits in a row, or three, one
    /// separator and three (each run maximal: a fourth digit fails the look-ahead, and a separator is no digit).
    /// </summary>
    private static int SixDigits(ReadOnlySpan<char> text, int start)
    {
        var first = DigitRun(text, start);
        if (first == 6)
        {
            return start + 6;
        }

        return first == 3 && start + 3 < text.Length && Separators.Contains(text[start + 3]) && DigitRun(text, start + 4) == 3 ? start + 7 : -1;
    }

    /// <summary><c>(?&lt;![\p{L}\d])</c> at <paramref name="start"/>.</summary>
    private static bool FreeBefore(ReadOnlySpan<char> text, int start) => start == 0 || !(char.IsLetter(text[start - 1]) || char.IsDigit(text[start - 1]));

    private static int Skip(ReadOnlySpan<char> text, int start, CharSet set)
    {
        var i = start;
        while (i < text.Length && set.Contains(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The length of the run of <c>\d</c> (<see cref="char.IsDigit(char)"/>) at <paramref name="start"/>.</summary>
    private static int DigitRun(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i - start;
    }
}

/// <summary>
/// The characters a one-character regex class matches under the built-in detectors' options (culture-invariant, ignoring
/// case), as a bit per UTF-16 code unit: asked of the regex engine once, for every code unit, so a hand matcher agrees
/// with the regex it stands for, case equivalences included.
/// </summary>
internal sealed class CharSet
{
    private readonly ulong[] _bits = new ulong[65536 / 64];

    private CharSet()
    {
    }

    public static CharSet Of(string pattern)
    {
        var set = new CharSet();
        var all = string.Create(65536, 0, static (chars, _) =>
        {
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = (char)c;
            }
        });
        foreach (var match in new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase).EnumerateMatches(all))
        {
            for (var c = match.Index; c < match.Index + match.Length; c++)
            {
                set._bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return set;
    }

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;
}
