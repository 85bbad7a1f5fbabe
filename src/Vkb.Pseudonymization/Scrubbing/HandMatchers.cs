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
    private static readonly CharSet HouseholdSeparators = CharSet.Of(@"[\s./·-]");
    private static readonly CharSet LetterAToZ = CharSet.Of("[A-ZＡ-Ｚ]");
    private static readonly CharSet LetterB = CharSet.Of("B");
    private static readonly CharSet LetterG = CharSet.Of("G");

    /// <summary>Customer number, <c>(?&lt;![\p{L}\d])\d{3}[\s./-]*[A-ZＡ-Ｚ][\s./-]*\d{3}[\s./-]?\d{3}(?!\d)</c>: "123 A 456 789", "123A456789", full-width "１２３Ａ４５６７８９".</summary>
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

    /// <summary>Household number, <c>(?&lt;![\p{L}\d])\d{5}[\s./·-]*BG[\s./·-]*\d{7}(?!\d)</c>: "12345 BG 1234567", "12345/bg/1234567", "12345·BG·1234567".</summary>
    public static (int Index, int Length) HouseholdNumber(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, int from)
    {
        foreach (var (start, run) in runs)
        {
            if (start < from || run != 5 || !FreeBefore(text, start))
            {
                continue;
            }

            var i = Skip(text, start + 5, HouseholdSeparators);
            if (i + 1 < text.Length && LetterB.Contains(text[i]) && LetterG.Contains(text[i + 1]))
            {
                var digits = Skip(text, i + 2, HouseholdSeparators);
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

    /// <summary>
    /// The characters <c>\b</c> counts as word characters, asked of the regex engine: over all code units in order, each
    /// boundary the engine reports between two neighbours flips whether the second is one (U+0000 is none).
    /// </summary>
    public static CharSet BoundaryWordCharacters()
    {
        var set = new CharSet();
        var all = string.Create(65536, 0, static (chars, _) =>
        {
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = (char)c;
            }
        });
        var boundaries = new bool[65537];
        foreach (var match in new Regex(@"\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase).EnumerateMatches(all))
        {
            boundaries[match.Index] = true;
        }

        var word = false;
        for (var c = 1; c < 65536; c++)
        {
            word ^= boundaries[c];
            if (word)
            {
                set._bits[c >> 6] |= 1UL << (c & 63);
            }
        }

        return set;
    }

    public bool Contains(char c) => (_bits[c >> 6] & (1UL << (c & 63))) != 0;
}

/// <summary>
/// The street-address regex (<see cref="BuiltInDetectors"/>, <c>StreetRegex</c>) by hand: the first match at or after
/// <c>from</c> in <c>text</c> (the text up to a window's end, as the regex would see it), as (index, length), or (-1, 0).
/// It tries the regex's alternatives in the regex's order and backtracks as the regex does (each quantifier's choices
/// from the greediest, each alternation from its first), so the first success is the regex's match; the character
/// classes and the case-insensitive letters are the regex engine's own (<see cref="CharSet"/>). The regex stays the
/// oracle: the tests compare the two for every UTF-16 code unit in every place of address shapes and on generated text.
/// </summary>
internal static class StreetMatcher
{
    private static readonly CharSet Space = CharSet.Of(@"\s");
    private static readonly CharSet Letter = CharSet.Of(@"\p{L}");
    private static readonly CharSet Upper = CharSet.Of(@"(?-i:\p{Lu})");
    private static readonly CharSet AToZ = CharSet.Of("[a-z]");
    private static readonly CharSet WordChar = CharSet.BoundaryWordCharacters();

    /// <summary>Each letter of the regex's case-insensitive literals with the characters that match it (the Kelvin sign for k): a..z, then ä, ö, ü, ß.</summary>
    private static readonly CharSet[] Folds = [.. "abcdefghijklmnopqrstuvwxyzäöüß".Select(c => CharSet.Of(c.ToString()))];

    /// <summary>Whether the text's <paramref name="t"/> matches the literal's <paramref name="c"/> (under IgnoreCase as the regex engine equates them).</summary>
    private static bool Same(char t, char c, bool ignoreCase)
    {
        if (t == c)
        {
            return true;
        }

        if (!ignoreCase)
        {
            return false;
        }

        var lower = char.ToLowerInvariant(c);
        if (lower is >= 'a' and <= 'z')
        {
            // Below 128 only the two ASCII cases of a letter match it.
            return t < 128 ? (t | 0x20) == lower : Folds[lower - 'a'].Contains(t);
        }

        var umlaut = lower switch { 'ä' => 26, 'ö' => 27, 'ü' => 28, 'ß' => 29, _ => -1 };
        return umlaut >= 0 && Folds[umlaut].Contains(t);
    }

    // The alternations of the regex, in its order; "\s+" inside a prefix is written as a space here.
    private static readonly string[] Prefixes = ["Am", "An der", "An den", "Auf dem", "Auf der", "Im", "In der", "In den", "Unter den", "Hinter der", "Hinter den", "Vor dem", "Zum", "Zur", "Alte", "Alter", "Neue", "Neuer", "Große", "Kleine"];
    private static readonly string[] LowerPrefixes = ["in der", "in den", "an der", "an den", "auf dem", "auf der", "unter den", "hinter der", "hinter den", "vor dem"];
    private static readonly string[] PrefixedStreetSuffixes = ["straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee", "steig", "pfad", "markt", "stieg", "graben", "wall", "kamp"];
    private static readonly string[] ExactPrefixes = ["Beim", "BEIM", "Unterm", "UNTERM", "Hinterm", "HINTERM", "Vorm", "VORM", "Überm", "ÜBERM"];
    private static readonly string[] TimeWords = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Wochenende", "Vormittag", "Nachmittag", "Mittag", "Abend", "Morgen", "Anfang", "Ende", "Tag", "Jahr", "Jahresende", "Monatsende"];
    private static readonly string[] StreetHeads = ["Straße", "Strasse", "Platz", "Allee", "Ring", "Chaussee"];
    private static readonly string[] Articles = ["der", "des"];
    private static readonly string[] NotBefore = ["adresse", "anschrift", "wohnadresse", "meldeadresse", "neue", "neuen", "alte", "alten", "die", "der", "den", "dem", "des", "eine", "einer", "seine", "ihre"];
    private static readonly string[] StreetWords = ["Straße", "Strasse", "Weg", "Steig", "Stieg", "Allee", "Gasse", "Ring", "Platz", "Pfad", "Damm", "Ufer", "Markt", "Graben", "Wall", "Kamp", "Chaussee", "Anger", "STRASSE", "STRAßE", "WEG", "STEIG", "STIEG", "ALLEE", "GASSE", "RING", "PLATZ", "PFAD", "DAMM", "UFER", "MARKT", "GRABEN", "WALL", "KAMP", "CHAUSSEE", "ANGER"];
    private static readonly string[] AdjectiveEndings = ["e", "er", "es", "en"];
    private static readonly string[] Suffixes = ["straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee", "steig", "pfad", "markt", "stieg", "graben", "wall", "kamp", "hof"];
    private static readonly string[] CompoundSuffixes = ["zeile", "twiete", "twete", "steg", "stiege", "winkel", "brücke", "redder", "koppel", "deich", "park", "hain", "promenade", "passage", "wiese", "siedlung", "lände", "anger", "grund"];
    private static readonly string[] Units = BuiltInDetectors.Units.Split('|');

    // The characters each list's words can start with, as the regex reads them: most positions start none of them.
    private static readonly CharSet PrefixInitials = Initials(Prefixes, ignoreCase: true);
    private static readonly CharSet ExactPrefixInitials = Initials(ExactPrefixes, ignoreCase: false);
    private static readonly CharSet StreetHeadInitials = Initials(StreetHeads, ignoreCase: true);
    private static readonly CharSet NotBeforeInitials = Initials(NotBefore, ignoreCase: true);

    private static CharSet Initials(string[] words, bool ignoreCase) =>
        CharSet.Of((ignoreCase ? "[" : "(?-i:[") + string.Concat(words.Select(w => w[0]).Distinct().Select(c => Regex.Escape(c.ToString()))) + (ignoreCase ? "]" : "])"));

    /// <summary>The first match at or after <paramref name="from"/>, as the regex's <c>EnumerateMatches(text, from)</c> finds it first.</summary>
    public static (int Index, int Length) Match(ReadOnlySpan<char> text, int from)
    {
        for (var p = from; p < text.Length; p++)
        {
            // Every alternative starts with \b and then a letter (or a letter the regex equates with one, itself a letter), or
            // the suffix's [\p{L}-]*, which may start with '-'.
            if (!LetterOrHyphen(text[p]) || !Boundary(text, p))
            {
                continue;
            }

            var end = AtPrefix(text, p);
            if (end < 0)
            {
                end = AtStreetHead(text, p);
            }

            if (end < 0)
            {
                end = AtNameAndStreetWord(text, p);
            }

            if (end < 0)
            {
                end = AtSuffix(text, p);
            }

            if (end >= 0)
            {
                return (p, end - p);
            }
        }

        return (-1, 0);
    }

    // \b(?:Am|An\s+der|…|(?-i:Beim|…))\s+(?!(?:Montag|…)(?![\p{L}-]))\p{L}[\p{L}-]* and the number.
    private static int AtPrefix(ReadOnlySpan<char> text, int p)
    {
        if (!PrefixInitials.Contains(text[p]) && !ExactPrefixInitials.Contains(text[p]) || LowerPrefixBeforeStreet(text, p))
        {
            return -1;
        }

        foreach (var prefix in Prefixes)
        {
            if (Literal(text, p, prefix, ignoreCase: true) is var a and >= 0 && Named(text, a) is var end and >= 0)
            {
                return end;
            }
        }

        foreach (var prefix in ExactPrefixes)
        {
            if (Literal(text, p, prefix, ignoreCase: false) is var a and >= 0 && Named(text, a) is var end and >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>
    /// Session 22: (?!(?-i:in\s+der|…|vor\s+dem)\s+[\p{L}-]*\p{L}{2}(?:straße|…|kamp)(?![\p{L}-])) at <paramref name="p"/> failing: a prefix in
    /// lower case before a word that ends in a street suffix after two letters (<see cref="BuiltInDetectors.LowerPrefixBeforeStreet"/>).
    /// </summary>
    private static bool LowerPrefixBeforeStreet(ReadOnlySpan<char> text, int p)
    {
        if (text[p] is not ('i' or 'a' or 'u' or 'h' or 'v'))
        {
            return false; // the initials of LowerPrefixes
        }

        foreach (var prefix in LowerPrefixes)
        {
            if (Literal(text, p, prefix, ignoreCase: false) is not (var a and >= 0))
            {
                continue;
            }

            var b = SkipSpace(text, a);
            if (b == a)
            {
                continue;
            }

            // The word is the run of [\p{L}-] from b: a suffix that the lookahead's (?![\p{L}-]) accepts ends it ("str." at its dot).
            var e = SkipLetters(text, b);
            foreach (var suffix in PrefixedStreetSuffixes)
            {
                var dot = suffix[^1] == '.';
                var k = e - (dot ? suffix.Length - 1 : suffix.Length);
                if (k - 2 < b || !Letter.Contains(text[k - 2]) || !Letter.Contains(text[k - 1]) ||
                    (dot && (e >= text.Length || text[e] != '.' || (e + 1 < text.Length && LetterOrHyphen(text[e + 1])))))
                {
                    continue;
                }

                if (Literal(text, k, dot ? suffix[..^1] : suffix, ignoreCase: true) == e)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>\s+(?!(?:Montag|…)(?![\p{L}-]))\p{L}[\p{L}-]* and the number at <paramref name="a"/>.</summary>
    private static int Named(ReadOnlySpan<char> text, int a)
    {
        var b = SkipSpace(text, a);
        if (b == a)
        {
            return -1;
        }

        foreach (var word in TimeWords)
        {
            if (Literal(text, b, word, ignoreCase: true) is var w and >= 0 && !(w < text.Length && LetterOrHyphen(text[w])))
            {
                return -1;
            }
        }

        if (b >= text.Length || !Letter.Contains(text[b]))
        {
            return -1;
        }

        if (IsRoadNumber(text, b))
        {
            return -1; // session 23: (?-i:[ABLKE]|St)\s?\d, a road's number ("auf der B 96")
        }

        var run = SkipLetters(text, b + 1);
        for (var c = run; c > b; c--)
        {
            if (Number(text, c) is var end and >= 0)
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>Session 23: (?-i:[ABLKE]|St)\s?\d at <paramref name="b"/>: a motorway, federal, state, district or European road's number.</summary>
    private static bool IsRoadNumber(ReadOnlySpan<char> text, int b)
    {
        var c = text[b] is 'A' or 'B' or 'L' or 'K' or 'E' ? b + 1 : b + 1 < text.Length && text[b] == 'S' && text[b + 1] == 't' ? b + 2 : -1;
        if (c < 0)
        {
            return false;
        }

        if (c < text.Length && char.IsWhiteSpace(text[c]))
        {
            c++;
        }

        return c < text.Length && char.IsDigit(text[c]);
    }

    // \b(?:Straße|Strasse|Platz|Allee|Ring|Chaussee)\s+(?:der|des)\s+(?-i:\p{Lu})[\p{L}-]* and the number.
    private static int AtStreetHead(ReadOnlySpan<char> text, int p)
    {
        if (!StreetHeadInitials.Contains(text[p]))
        {
            return -1;
        }

        foreach (var head in StreetHeads)
        {
            if (Literal(text, p, head, ignoreCase: true) is not (var a and >= 0))
            {
                continue;
            }

            var b = SkipSpace(text, a);
            if (b == a)
            {
                continue;
            }

            foreach (var article in Articles)
            {
                if (Literal(text, b, article, ignoreCase: true) is not (var c and >= 0))
                {
                    continue;
                }

                var d = SkipSpace(text, c);
                if (d == c || d >= text.Length || !Upper.Contains(text[d]))
                {
                    continue;
                }

                for (var e = SkipLetters(text, d + 1); e > d; e--)
                {
                    if (Number(text, e) is var end and >= 0)
                    {
                        return end;
                    }
                }
            }
        }

        return -1;
    }

    /// <summary>(?!(?i:adresse|…|ihre)\s) at <paramref name="p"/>.</summary>
    private static bool NotBeforeFree(ReadOnlySpan<char> text, int p)
    {
        if (!NotBeforeInitials.Contains(text[p]))
        {
            return true;
        }

        foreach (var word in NotBefore)
        {
            if (Literal(text, p, word, ignoreCase: true) is var w and >= 0 && w < text.Length && Space.Contains(text[w]))
            {
                return false;
            }
        }

        return true;
    }

    // \b(?!(?i:adresse|…)\s)(?-i:\p{Lu}[\p{L}-]*\s+(?:Straße|…|ANGER)(?![\p{L}-])) and the number.
    private static int AtNameAndStreetWord(ReadOnlySpan<char> text, int p)
    {
        if (!NotBeforeFree(text, p) || !Upper.Contains(text[p]))
        {
            return -1;
        }

        for (var a = SkipLetters(text, p + 1); a > p; a--)
        {
            var b = SkipSpace(text, a);
            if (b == a)
            {
                continue;
            }

            foreach (var word in StreetWords)
            {
                if (Literal(text, b, word, ignoreCase: false) is var c and >= 0 && !(c < text.Length && LetterOrHyphen(text[c])) && Number(text, c) is var end and >= 0)
                {
                    return end;
                }
            }
        }

        return -1;
    }

    // (?:\b(?!(?i:adresse|…)\s)(?-i:\p{Lu}[\p{L}-]*(?:e|er|es|en))\s+)?\b(?:\p{L}{1,5}\.-)?(?:…suffixes…) and the number.
    private static int AtSuffix(ReadOnlySpan<char> text, int p)
    {
        if (NotBeforeFree(text, p) && Upper.Contains(text[p]))
        {
            for (var q = SkipLetters(text, p + 1); q > p; q--)
            {
                foreach (var ending in AdjectiveEndings)
                {
                    if (Literal(text, q, ending, ignoreCase: false) is not (var r and >= 0))
                    {
                        continue;
                    }

                    var s = SkipSpace(text, r);
                    if (s > r && Boundary(text, s) && Titled(text, s) is var end and >= 0)
                    {
                        return end;
                    }
                }
            }
        }

        return Titled(text, p);
    }

    /// <summary>(?:\p{L}{1,5}\.-)? and the street word with its suffix and the number at <paramref name="s"/>.</summary>
    private static int Titled(ReadOnlySpan<char> text, int s)
    {
        var letters = 0;
        while (letters < 5 && s + letters < text.Length && Letter.Contains(text[s + letters]))
        {
            letters++;
        }

        for (var k = letters; k >= 1; k--)
        {
            if (s + k + 1 < text.Length && text[s + k] == '.' && text[s + k + 1] == '-' && Suffixed(text, s + k + 2) is var end and >= 0)
            {
                return end;
            }
        }

        return Suffixed(text, s);
    }

    /// <summary>
    /// [\p{L}-]*(?:stra(?:ß|ss)e|str\.|…|hof)|[\p{L}-]*(?:\p{L}{2}|\p{L}-)(?:zeile|…|grund) and the number at <paramref name="t"/>.
    /// The number needs white space or a digit after the suffix, so only a suffix that ends the run of [\p{L}-] at
    /// <paramref name="t"/> (or "str." whose dot ends it) can be followed by one: the regex's backtracking tries the others
    /// too, each failing at once. Of those, the regex tries the one that starts last first ("str.", then the others by length).
    /// </summary>
    private static int Suffixed(ReadOnlySpan<char> text, int t)
    {
        var run = SkipLetters(text, t);
        var best = -1;
        var bestEnd = -1;
        foreach (var suffix in Suffixes)
        {
            // The suffix (of letters) ends at the run's end; "str." has its dot there.
            var u = suffix[^1] == '.' ? run - (suffix.Length - 1) : run - suffix.Length;
            if (u >= t && u > best && Literal(text, u, suffix, ignoreCase: true) is var e and >= 0)
            {
                best = u;
                bestEnd = e;
            }
        }

        if (bestEnd >= 0 && Number(text, bestEnd) is var end and >= 0)
        {
            return end;
        }

        // The compound suffixes: all end at the run's end, so the number after them is the same whichever matched.
        foreach (var suffix in CompoundSuffixes)
        {
            var v = run - suffix.Length;
            if (v - 2 >= t && Letter.Contains(text[v - 2]) && (text[v - 1] == '-' || Letter.Contains(text[v - 1])) && Literal(text, v, suffix, ignoreCase: true) >= 0)
            {
                return Number(text, run);
            }
        }

        return -1;
    }

    /// <summary>
    /// (?!\s*(?:19|20)\d\d(?!\d))\s*\d{1,4}(?!\s{0,2}(?:(?:units)(?!\p{L})|[€%]))(?:\s?/\s?\d{1,4})?(?:\s?[a-z]\b|\b)(?!/) at
    /// <paramref name="q"/>: the end of the match, or -1.
    /// </summary>
    private static int Number(ReadOnlySpan<char> text, int q)
    {
        var w = SkipSpace(text, q);
        if (w + 3 < text.Length && ((text[w] == '1' && text[w + 1] == '9') || (text[w] == '2' && text[w + 1] == '0')) &&
            char.IsDigit(text[w + 2]) && char.IsDigit(text[w + 3]) && !(w + 4 < text.Length && char.IsDigit(text[w + 4])))
        {
            return -1;
        }

        // \s* before a digit takes all the white space (fewer leaves white space where the digit must be).
        var digits = Digits(text, w, 4);
        for (var k = digits; k >= 1; k--)
        {
            var e = w + k;
            if (BeforeUnit(text, e))
            {
                continue;
            }

            // (?:\s?/\s?\d{1,4})? taken first, each \s? first with its character.
            for (var s1 = e < text.Length && Space.Contains(text[e]) ? 1 : 0; s1 >= 0; s1--)
            {
                var slash = e + s1;
                if (slash >= text.Length || text[slash] != '/')
                {
                    continue;
                }

                for (var s2 = slash + 1 < text.Length && Space.Contains(text[slash + 1]) ? 1 : 0; s2 >= 0; s2--)
                {
                    var second = slash + 1 + s2;
                    for (var m = Digits(text, second, 4); m >= 1; m--)
                    {
                        if (Tail(text, second + m) is var end and >= 0)
                        {
                            return end;
                        }
                    }
                }
            }

            if (Tail(text, e) is var plain and >= 0)
            {
                return plain;
            }
        }

        return -1;
    }

    /// <summary>(?!\s{0,2}(?:(?:units)(?!\p{L})|[€%])) fails at <paramref name="e"/>.</summary>
    private static bool BeforeUnit(ReadOnlySpan<char> text, int e)
    {
        for (var j = 0; j <= 2; j++)
        {
            if (j > 0 && !(e + j - 1 < text.Length && Space.Contains(text[e + j - 1])))
            {
                break;
            }

            var at = e + j;
            if (at < text.Length && text[at] is '€' or '%')
            {
                return true;
            }

            foreach (var unit in Units)
            {
                if (Literal(text, at, unit, ignoreCase: true) is var u and >= 0 && !(u < text.Length && Letter.Contains(text[u])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>(?:\s?[a-z]\b|\b)(?!/) at <paramref name="f"/>: the end, or -1.</summary>
    private static int Tail(ReadOnlySpan<char> text, int f)
    {
        for (var s = f < text.Length && Space.Contains(text[f]) ? 1 : 0; s >= 0; s--)
        {
            var l = f + s;
            if (l < text.Length && AToZ.Contains(text[l]) && Boundary(text, l + 1) && NoSlash(text, l + 1))
            {
                return l + 1;
            }
        }

        return Boundary(text, f) && NoSlash(text, f) ? f : -1;
    }

    private static bool NoSlash(ReadOnlySpan<char> text, int i) => i >= text.Length || text[i] != '/';

    /// <summary>The number of \d at <paramref name="start"/>, at most <paramref name="max"/>.</summary>
    private static int Digits(ReadOnlySpan<char> text, int start, int max)
    {
        var n = 0;
        while (n < max && start + n < text.Length && char.IsDigit(text[start + n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>\b at <paramref name="i"/>: a word character on exactly one side (the regex engine's, with the joiners).</summary>
    private static bool Boundary(ReadOnlySpan<char> text, int i) =>
        (i > 0 && WordChar.Contains(text[i - 1])) != (i < text.Length && WordChar.Contains(text[i]));

    private static bool LetterOrHyphen(char c) => c == '-' || Letter.Contains(c);

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && Space.Contains(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The end of the run of [\p{L}-] at <paramref name="i"/>.</summary>
    private static int SkipLetters(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && LetterOrHyphen(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The end of <paramref name="literal"/> at <paramref name="at"/>, or -1: a space stands for \s+ (all the white space, as
    /// a letter follows), a letter under <paramref name="ignoreCase"/> for the characters the regex equates with it.
    /// </summary>
    private static int Literal(ReadOnlySpan<char> text, int at, string literal, bool ignoreCase)
    {
        var i = at;
        foreach (var c in literal)
        {
            if (c == ' ')
            {
                var after = SkipSpace(text, i);
                if (after == i)
                {
                    return -1;
                }

                i = after;
                continue;
            }

            if (i >= text.Length)
            {
                return -1;
            }

            if (!Same(text[i], c, ignoreCase))
            {
                return -1;
            }

            i++;
        }

        return i;
    }
}
