using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Licence plates written loosely, found only after a word that speaks of a vehicle: in lower or mixed case with
/// spaces only ("unfall mit pkw dn xn 7839h", "kennz. rs t6116", "kfz-kennz. fü kv5305"), with a spaced hyphen and a
/// one-letter group ("Fahrzeug sn - f 6701"), or with its letters run together ("Kennzeichen des PKW: göht7138e"). The
/// shape alone is ordinary text far too often ("bis kw 12", "ab ca 30"); the cue ("Kfz", "Pkw", "Fahrzeug",
/// "Kennzeichen", "Kennz." …) within the <see cref="CueReach"/> characters before the plate makes it one, and a plate
/// after a replaced plate ("kfz fr-a 6506 und pa hu 622") shares that cue. Plates in capitals, with hyphens or colons are
/// the regex detector's (<see cref="BuiltInDetectors"/>), which runs first.
/// </summary>
internal sealed partial class CuedPlateDetector : SpanDetector
{
    /// <summary>How far before a plate its cue may stand, in characters (a line break ends the search).</summary>
    internal const int CueReach = 48;

    /// <summary>Words that say a vehicle follows (any case; a word of a compound counts: "Kfz-Kennz.", "Firmen-PKW").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cues = new[]
    {
        "kfz", "pkw", "lkw", "fzg", "fz", "fahrzeug", "fahrzeuge", "fahrzeugs", "fahrzeuges", "kennzeichen", "kennzeichens", "kennz",
        "auto", "autos", "wagen", "motorrad", "motorrads", "roller", "mofa", "moped", "transporter", "wohnmobil", "wohnwagen", "anhänger",
        "kraftfahrzeug", "kraftfahrzeuge", "kraftrad", "firmenwagen", "dienstwagen", "halter", "parkausweis", "fahrtenbuch",
        // Session 13: the query for a vehicle's keeper names the plate ("Halteranfrage für 376 VZW 02").
        "halteranfrage", "halterabfrage", "halterauskunft", "halterermittlung",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Letter groups that are abbreviations before a number in notes, not a plate's letters ("Typ A 4", "Bj 2012", "Nr 12").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPlateLetters = new[]
    {
        "typ", "bj", "nr", "ca", "kw", "tel", "km", "ps", "kg", "std", "min", "jg", "eur", "tsd", "mio", "gr", "nummer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Units a number stands before when it is a quantity or a time ("pkw ab 1200 eur").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units =
        BuiltInDetectors.Units.Split('|').Concat(["h", "ps", "kw", "kg", "ccm", "tkm", "cm", "m"])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Makes of car that stand before a model's letters and number ("BMW X5", "VW T6"), and abbreviations and units that stand beside a number ("SGB II 12", "120 EUR"): no group of a plate.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Makes = new[]
    {
        "VW", "BMW", "AUDI", "KIA", "MB", "VOLVO", "FORD", "OPEL", "SEAT", "MINI", "SKODA", "TESLA", "FIAT", "DACIA", "MAN", "DAF", "IVECO", "MAZDA",
        "HONDA", "LADA", "BJ", "EZ", "TÜV", "HU", "PS", "KW", "NR", "TYP", "EUR", "SGB", "II", "III", "XII", "ALG", "KM", "CM", "KG", "STD", "MIN", "BG",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int ForeignSlot = RegexSlots.Register(ForeignRegex());

    public override string Name => "licencePlate";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        KindLetterAfter(workspace, matches);
        if (workspace.DigitRuns.Length == 0 || !AnyCue(workspace, Cues, "[Kennzeichen]"))
        {
            return; // most notes speak of no vehicle: nothing below can match
        }

        var foreignFrom = matches.Count;
        AddForeign(workspace, matches);
        var foreignTo = matches.Count;

        foreach (var (digits, run) in workspace.DigitRuns)
        {
            if (run > 4 || text[digits] == '0')
            {
                continue;
            }

            var end = PlateEnd(text, digits + run);
            if (end < 0)
            {
                continue;
            }

            var start = PlateStart(text, digits);
            if (start >= 0 && !InsideForeign(matches, foreignFrom, foreignTo, start) && CueBefore(text, start, workspace.Replacements))
            {
                matches.Add(new TextMatch(start, end - start + (KindLetterAt(text, end) ? 2 : 0), "[Kennzeichen]"));
            }
        }
    }

    /// <summary>
    /// Session 15: the letter of a German plate's kind written apart after a blank ("RP-N 8084 H" historic, "GT RX 840 E" electric,
    /// "myk h 170 e"): a plate replaced before it and a lone E or H that a blank, the text's end or a closing mark follows join. A
    /// hyphen or a letter after it makes it a word of its own ("… 123 E-Auto").
    /// </summary>
    private static void KindLetterAfter(ScrubWorkspace workspace, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        if (!replacements.Contains("[Kennzeichen]"))
        {
            return; // most notes name no vehicle: their placeholders are not read
        }

        for (var i = TextScrubber.NextPlaceholder(text, 0); i >= 0 && i + 2 < text.Length; i = TextScrubber.NextPlaceholder(text, i + 1))
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index >= 0 && index < replacements.Count && replacements[index] == "[Kennzeichen]" && KindLetterAt(text, i + 1))
            {
                matches.Add(new TextMatch(i + 1, 2, "[Kennzeichen]"));
            }
        }
    }

    /// <summary>
    /// Whether a blank and a plate's kind letter stand at <paramref name="at"/>: E or H, or "e" in lower case (a lone "h" after a
    /// number is hours), then the text's end, white space or a closing mark.
    /// </summary>
    private static bool KindLetterAt(ReadOnlySpan<char> text, int at) =>
        at + 1 < text.Length && text[at] == ' ' && text[at + 1] is 'E' or 'H' or 'e' &&
        (at + 2 == text.Length || text[at + 2] is ' ' or '\n' or '\r' or '\t' or ')' or ',' or ';' or '.' or ':' or '!' or '?' or '"' or '“' or '”' or ']');

    /// <summary>Currency codes after an amount ("4500 CHF"), which a plate of digits and three capitals is not.</summary>
    private static readonly FrozenSet<string> Currencies = new[]
    {
        "EUR", "USD", "CHF", "GBP", "TRY", "PLN", "RUB", "UAH", "CZK", "HUF", "RON", "BGN", "SEK", "NOK", "DKK", "AED", "JPY", "CNY",
        "RSD", "BAM", "MKD", "ALL", "IRR", "AFN", "SYP", "IQD", "EGP", "MAD", "NGN", "GHS", "ERN", "ETB", "SOS", "VND", "INR", "PKR",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Session 13: whether a plate from abroad found before covers <paramref name="start"/> ("482 KZT 03" holds "KZT 03").</summary>
    private static bool InsideForeign(List<TextMatch> matches, int from, int to, int start)
    {
        for (var i = from; i < to; i++)
        {
            if (start >= matches[i].Start && start < matches[i].Start + matches[i].Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the plates from abroad after a cue. A match of three or four groups that is none may hold one in its first groups
    /// ("KR 59449G AUF KD." reads "KR 59449G" and two words), or one that starts at its second group.
    /// </summary>
    private static void AddForeign(ScrubWorkspace workspace, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var regex = workspace.Regex(ForeignSlot);
        var at = 0;
        while (at < text.Length)
        {
            var found = regex.EnumerateMatches(text, at);
            if (!found.MoveNext())
            {
                break;
            }

            var m = found.Current;
            at = m.Index + m.Length;
            var length = m.Length;
            var plate = text.Slice(m.Index, length);
            var first = plate.IndexOfAny(' ', '-');

            // Session 13: a function word the lower-case shape took as a first group ("für 482 KZT 03") does not hide the plate after it.
            if (first > 1 && char.IsLower(plate[0]) && DomainWords.IsFunctionWord(plate[..first]) && plate[(first + 1)..].ContainsAnyInRange('0', '9'))
            {
                at = m.Index + first + 1;
                continue;
            }

            if (!plate.ContainsAnyInRange('0', '9'))
            {
                continue; // most matches in lower case are words ("die mit"): no plate without a digit
            }

            // The longest run of its first groups (two at least) that is a plate (session 24: four groups may hold two words after it).
            while (length > 0 && !IsForeignPlate(plate[..length]))
            {
                length = plate[..length].LastIndexOfAny(' ', '-');
                length = length > first ? length : 0;
            }

            if (length == 0)
            {
                // Session 24: with four groups a refused match may end inside a plate ("pkw in delhi dl05 ca 2281" reads "pkw in
                // delhi dl05" first): the search goes on at its second group.
                at = m.Index + first + 1;
                continue;
            }

            if (CueBefore(text, m.Index, workspace.Replacements))
            {
                matches.Add(new TextMatch(m.Index, length, "[Kennzeichen]"));
            }
        }
    }

    /// <summary>
    /// Whether capitals and digits in two to four groups are a plate from abroad ("MV-947-TP", "99-NRK-1", "DJ 46 THP", "SG
    /// 554033", "W-82826A", "JK02 M 5096", "MH 12 AB 1234"): letters and digits both, five to nine of them (ten in three or four groups), no make of car first ("BMW X5") and no year as
    /// a group ("VW 2012"), no quantity as a group ("8h", "100km"), and no function word as a first or last group ("gd-375hc ist", "KR 59449G AUF"; between two groups, before a last group with digits, it is the series: "JK03 AB 8918"); in lower case ("gd-375hc", "kr 38347g") only with letters and digits in one group, since "ab 12
    /// uhr" is text.
    /// </summary>
    internal static bool IsForeignPlate(ReadOnlySpan<char> match)
    {
        var first = match.IndexOfAny(' ', '-');
        if (first < 0 || !match.ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        if (!match.ContainsAnyInRange('A', 'Z'))
        {
            if (!match.ContainsAnyInRange('a', 'z') || !HasMixedGroup(match))
            {
                return false;
            }

            Span<char> upper = stackalloc char[match.Length];
            match.ToUpperInvariant(upper);
            return IsForeignPlate(upper);
        }

        // Two groups start with letters ("SG 554033", "W-82826A"); digits first only in three ("99-NRK-1"), not "120 EUR", or (session 13)
        // as three or four digits and three capitals ("6732 PWN").
        var groups = match.ToString().Split(' ', '-');
        if (groups.Length == 2 && !char.IsLetter(groups[0][0]) &&
            !(groups[0].Length is 3 or 4 && groups[0].All(char.IsAsciiDigit) && groups[1].Length == 3 && groups[1].All(char.IsAsciiLetterUpper) &&
              !Currencies.Contains(groups[1])))
        {
            return false;
        }

        var characters = match.Length - match.Count(' ') - match.Count('-');

        for (var g = 0; g < groups.Length; g++)
        {
            // Session 24: a function word's letters inside a plate, between two groups, are its series ("JK03 AB 8918", "MH 12 DA
            // 1234"); first or last they are the text around it ("KR 59449G AUF").
            var group = groups[g];
            var inner = g > 0 && g < groups.Length - 1 && groups[^1].Any(char.IsAsciiDigit);
            if (Makes.Contains(group) || IsQuantity(group) || (!inner && group.Length > 1 && group.All(char.IsLetter) && DomainWords.IsFunctionWord(group)) || group.Length == 4 && (group.StartsWith("19", StringComparison.Ordinal) || group.StartsWith("20", StringComparison.Ordinal)) && group.All(char.IsAsciiDigit))
            {
                return false;
            }
        }

        // Session 24: ten in three or four groups ("JK03 AB 8918", "MH 12 AB 1234"), nine at most in two.
        return characters is >= 5 and <= 9 || (characters == 10 && groups.Length >= 3);
    }

    /// <summary>
    /// Session 24: whether a group is a quantity, digits and a unit or "x" ("8h", "5L", "100KM", "2X"): "von 8h bis 16h", "5l auf
    /// 100km" and "2x die woche" after a vehicle word are no plate. Not "G" or "E" (a plate's last group may end so: "38347G"), and "H"
    /// only after one or two digits ("S-54077H" is a plate).
    /// </summary>
    private static bool IsQuantity(string group)
    {
        var digits = 0;
        while (digits < group.Length && char.IsAsciiDigit(group[digits]))
        {
            digits++;
        }

        // Hours of one or two digits only: a Dutch plate's last group may end in H ("S-54077H").
        return digits > 0 && digits < group.Length && (group[digits..] is "L" or "X" or "KM" or "KG" or "MIN" or "STD" or "PS" or "KW" or "ML" or "CM" or "MM" or "QM" or "T" ||
                                                       (group[digits..] is "H" && digits <= 2));
    }

    /// <summary>Whether a group (between spaces and hyphens) holds both letters and digits.</summary>
    private static bool HasMixedGroup(ReadOnlySpan<char> match)
    {
        foreach (var range in match.SplitAny(' ', '-'))
        {
            var group = match[range];
            if (group.ContainsAnyInRange('0', '9') && group.ContainsAnyExceptInRange('0', '9'))
            {
                return true;
            }
        }

        return false;
    }

    // Capitals and digits in two to four groups parted by a space or a hyphen, or the same in lower case (checked by
    // IsForeignPlate and the cue).
    // Session 24: up to four groups and a first group of four, as plates of South and South-East Asia are written ("JK03 AB 8918",
    // "MH 12 AB 1234", "B 1234 XYZ"); up to ten characters (IsForeignPlate).
    [GeneratedRegex(@"(?<![\p{L}\d-])(?:(?:[A-ZÄÖÜ0-9]{1,3}|[A-Z]{2}\d{2}|\d{4}(?= [A-Z]{3}(?![\p{L}\d])))(?:[ -][A-Z0-9]{1,6}){1,3}|(?:[a-zäöü0-9]{1,3}|[a-z]{2}\d{2})(?:[ -][a-z0-9]{1,6}){1,3})(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex ForeignRegex();

    /// <summary>The end of a plate whose digits end at <paramref name="i"/> (an E or H may follow: electric, historic), or -1 if a letter, a digit, a decimal part or a unit follows.</summary>
    internal static int PlateEnd(ReadOnlySpan<char> text, int i)
    {
        if (i < text.Length && text[i] is 'e' or 'E' or 'h' or 'H' && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
        {
            i++;
        }

        if (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '.' or ',' or ':' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            return -1;
        }

        // A unit after a space makes the number a quantity ("1200 eur", "12 Uhr", "45 min").
        var j = i;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        var k = j;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        return (k > j && j > i && Units.Contains(text[j..k])) || (j < text.Length && text[j] is '%' or '€') ? -1 : i;
    }

    /// <summary>
    /// The start of the letters before the digits at <paramref name="digits"/>: a district of one to three letters (umlauts
    /// too), a separator (spaces, a hyphen with or without spaces, a colon, a slash or a dot: "FDS/A 621E", "GR.S.3717"), one
    /// or two letters, and at most a space, a hyphen or a dot before the digits; or two to five letters run together straight before the digits. -1 if there is none.
    /// </summary>
    internal static int PlateStart(ReadOnlySpan<char> text, int digits)
    {
        var j = digits;
        var gap = 0;
        while (j > 0 && text[j - 1] is ' ' or '-' or '.' && gap < 3)
        {
            j--;
            gap++;
        }

        var second = LettersBefore(text, j, 5);
        if (second == 0 || (gap > 0 && second > 2))
        {
            return -1;
        }

        var secondStart = j - second;
        var separated = second <= 2 ? DistrictBefore(text, secondStart, j) : -1;
        if (separated >= 0 || gap > 0)
        {
            return separated;
        }

        // Run together: "göht7138e" (two to five letters, the whole word, straight before the digits).
        var letters = text[secondStart..j];
        return second >= 2 && IsWordStart(text, secondStart) && !NotPlateLetters.Contains(letters) && !Cues.Contains(letters) && !DomainWords.IsFunctionWord(letters)
            ? secondStart
            : -1;
    }

    /// <summary>The start of a district and separator before the second letter group <paramref name="secondStart"/>..<paramref name="secondEnd"/>, or -1.</summary>
    private static int DistrictBefore(ReadOnlySpan<char> text, int secondStart, int secondEnd)
    {
        if (NotPlateLetters.Contains(text[secondStart..secondEnd]) || DomainWords.IsFunctionWord(text[secondStart..secondEnd]))
        {
            return -1;
        }

        // The separator between the district and the second group: one or two spaces, a colon, or a hyphen with up to a space either side.
        var k = secondStart;
        var spaces = 0;
        var marks = 0;
        while (k > 0 && IsSeparator(text[k - 1]) && spaces + marks < 4)
        {
            if (text[k - 1] == ' ')
            {
                spaces++;
            }
            else
            {
                marks++;
            }

            k--;
        }

        if (k == secondStart || marks > 1 || (marks == 0 && spaces > 2))
        {
            return -1;
        }

        var first = LettersBefore(text, k, 3);
        if (first == 0 || !IsWordStart(text, k - first))
        {
            return -1;
        }

        var district = text[(k - first)..k];
        return Cues.Contains(district) || Makes.Contains(district) || DomainWords.IsFunctionWord(district) || NotPlateLetters.Contains(district) ? -1 : k - first;
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or ':' or '/' or '.';

    /// <summary>How many letters (at most <paramref name="max"/>, one more means none) end at <paramref name="end"/>.</summary>
    private static int LettersBefore(ReadOnlySpan<char> text, int end, int max)
    {
        var i = end;
        while (i > 0 && char.IsLetter(text[i - 1]) && end - i <= max)
        {
            i--;
        }

        return end - i > max ? 0 : end - i;
    }

    /// <summary>Whether a word starts at <paramref name="i"/>: no letter, digit or placeholder before it (a "D-" before a district is allowed).</summary>
    private static bool IsWordStart(ReadOnlySpan<char> text, int i) =>
        i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is >= TextScrubber.FirstPlaceholder and <= TextScrubber.LastPlaceholder);

    /// <summary>Whether a vehicle word, or a replaced plate, stands in the <see cref="CueReach"/> characters before <paramref name="start"/> on its line.</summary>
    private static bool CueBefore(ReadOnlySpan<char> text, int start, List<string> replacements) => CueBefore(text, start, replacements, Cues, "[Kennzeichen]");

    /// <summary>Whether a word of <paramref name="cues"/> or a placeholder of <paramref name="replaced"/> stands anywhere in the text (the workspace's word table): without one, no cued match can be.</summary>
    internal static bool AnyCue(ScrubWorkspace workspace, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> cues, string replaced)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        foreach (var (start, length) in workspace.WordTable.All(text))
        {
            var index = text[start] - TextScrubber.FirstPlaceholder;
            if (index >= 0 && index <= TextScrubber.LastPlaceholder - TextScrubber.FirstPlaceholder
                ? index < replacements.Count && replacements[index] == replaced
                : length <= 16 && cues.Contains(text.Slice(start, length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A test of a regex match's text (a span, which a <see cref="Func{T, TResult}"/> cannot take).</summary>
    internal delegate bool MatchTest(ReadOnlySpan<char> match);

    /// <summary>
    /// Adds every match of the workspace's regex in <paramref name="slot"/> that passes <paramref name="accept"/> and has a word
    /// of <paramref name="cues"/> (or a placeholder of <paramref name="replacement"/>) before it, replaced by <paramref name="replacement"/>.
    /// </summary>
    /// <remarks>
    /// With <paramref name="retryInside"/> a match that is refused is tried again one character further, so that a word the
    /// regex takes as a first group ("Nr TK9 YYR X804": "Nr" and three groups are twelve characters) does not hide the number
    /// after it; without it the search goes on after the refused match.
    /// </remarks>
    internal static void AddCued(ScrubWorkspace workspace, int slot, MatchTest accept, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> cues, string replacement, List<TextMatch> matches, bool retryInside = false)
    {
        var text = workspace.Text;
        var regex = workspace.Regex(slot);
        for (var from = 0; from < text.Length;)
        {
            var next = -1;
            foreach (var m in regex.EnumerateMatches(text, from))
            {
                if (accept(text.Slice(m.Index, m.Length)) && CueBefore(text, m.Index, workspace.Replacements, cues, replacement))
                {
                    matches.Add(new TextMatch(m.Index, m.Length, replacement));
                    next = m.Index + m.Length;
                }
                else
                {
                    next = retryInside ? m.Index + 1 : m.Index + m.Length;
                }

                break;
            }

            if (next < 0)
            {
                return;
            }

            from = next;
        }
    }

    /// <summary>
    /// Whether a word of <paramref name="cues"/> (a run of letters, any case), or a placeholder of <paramref name="replaced"/>,
    /// stands in the <see cref="CueReach"/> characters before <paramref name="start"/> on its line.
    /// </summary>
    internal static bool CueBefore(ReadOnlySpan<char> text, int start, List<string> replacements, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> cues, string replaced)
    {
        var from = Math.Max(0, start - CueReach);
        var line = text[from..start].LastIndexOf('\n');
        if (line >= 0)
        {
            from += line + 1;
        }

        var i = start;
        while (i > from)
        {
            var c = text[i - 1];
            if (c is >= TextScrubber.FirstPlaceholder and <= TextScrubber.LastPlaceholder)
            {
                var index = c - TextScrubber.FirstPlaceholder;
                if (index < replacements.Count && replacements[index] == replaced)
                {
                    return true;
                }

                i--;
                continue;
            }

            if (!char.IsLetter(c))
            {
                i--;
                continue;
            }

            var wordEnd = i;
            while (i > from && char.IsLetter(text[i - 1]))
            {
                i--;
            }

            // A word cut at the reach's start is no word ("Gebrauchtwagen" is no "wagen").
            if (cues.Contains(text[i..wordEnd]) && (i > from || i == 0 || !char.IsLetter(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }
}
