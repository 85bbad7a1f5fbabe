using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// The rest of an address after a street and house number ("-155", " 2. OG", " 1. OG rechts", ", App. 4", " c/o Name",
/// a detail in brackets (" (Souterrain)", " (Zi. 3)", " (bei Name)"), ", 40210 Düsseldorf", " in 40210 Düsseldorf",
/// " · 84028 Landshut", ", Köln", ", 06108 Halle (Saale)", a line break and the postcode): it joins the <c>[Adresse]</c> before it.
/// </summary>
internal sealed partial class AddressTailDetector : SpanDetector
{
    public const string Address = "[Adresse]";

    private static readonly int Slot = RegexSlots.Register(TailRegex());

    public override string Name => "streetAddress";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        var at = text.IndexOfAnyInRange(TextScrubber.FirstPlaceholder, TextScrubber.LastPlaceholder);
        if (at < 0 || !replacements.Contains(Address))
        {
            return; // session 18: no address replaced, so no placeholder below is one (the loop would skip each)
        }

        var caseless = NameShapeDetector.Caseless(text);
        var regex = workspace.Regex(Slot);
        // Session 18: from placeholder to placeholder (a vectorised search) rather than character by character; every other
        // character was skipped by the test below, so the matches are the same.
        for (var i = at; i >= 0; i = TextScrubber.NextPlaceholder(text, i + 1))
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index < 0 || index >= replacements.Count || !ReferenceEquals(replacements[index], Address) && replacements[index] != Address ||
                ReferenceEquals(replacements[index], AddressShapeDetector.EndedAddress))
            {
                continue; // session 16: an address abroad that a country ends takes no town after it
            }

            if (NoTailAfter(text, i + 1))
            {
                continue; // the regex's match there is empty
            }

            var length = TailLength(workspace, regex, text, i + 1, caseless, replacements);
            if (length > 0)
            {
                matches.Add(new TextMatch(i + 1, length, Address));
            }
        }
    }

    /// <summary>The length of the tail at <paramref name="from"/> (the regex's match, the city checked), or 0.</summary>
    private static int TailLength(ScrubWorkspace workspace, Regex regex, ReadOnlySpan<char> text, int from, bool caseless, List<string> replacements)
    {
        foreach (var m in regex.EnumerateMatches(text, from))
        {
            if (m.Length == 0)
            {
                // Session 20: an empty tail holds no city word and adds nothing (the city part is not searched); session 22: but a
                // flat or floor abroad may follow (" D: 4, 34400 …"), and the tail after it.
                return ForeignDetailAt(text, from) is > 0 and var first ? first + TailLength(workspace, regex, text, from + first, caseless, replacements) : 0;
            }

            var length = m.Length;
            var cityWord = CityWord(text, m.Index, m.Length);
            if (cityWord.Length > 0 && DetailWordSet.Contains(text.Slice(cityWord.Start, cityWord.Length)))
            {
                cityWord = (0, 0); // ", EG" is the floor the detail part took, not a town
            }

            var postcodeAfter = 0;
            if (cityWord.Length > 0)
            {
                var word = text.Slice(cityWord.Start, cityWord.Length);
                var hasPostcode = PostcodeBefore(text, cityWord.Start);
                postcodeAfter = cityWord.Start + cityWord.Length == m.Index + m.Length ? PostcodeAfterTown(text, m.Index + m.Length) : 0; // session 22
                // Without a postcode the word is no town if it is a function word or term ("dann"), written in lower
                // case in a note that has case, before a number (", Raum 2.12"), or, on the next line, a German word
                // ("Umzugskosten wurden …").
                // Session 20: nor a common noun of the lists before a preposition of the town's ("…, Arbeit bei der Post").
                if (!hasPostcode && (DomainWords.IsFunctionWordOrTerm(word) || (!caseless && !char.IsUpper(word[0])) || (NumberAfter(text, cityWord.Start + cityWord.Length, replacements) && postcodeAfter == 0) ||
                                     (cityWord.Start + cityWord.Length < m.Index + m.Length && WordLists.IsWord(word) && !InstitutionDetector.IsBareProperNoun(word)) ||
                                     (text[m.Index..cityWord.Start].Contains('\n') && (WordLists.IsWord(word) || NameShapeDetector.IsCompound(word, workspace.CompoundWords)))))
                {
                    length = CityStart(text, m.Index, cityWord.Start) - m.Index; // ", dann" is no city
                }
            }

            if (length > 0 && cityWord.Length > 0 && length == m.Length && postcodeAfter > 0 &&
                !(cityWord.Start > 0 && PostcodeBefore(text, cityWord.Start)))
            {
                length += postcodeAfter; // session 22: ", Kyiv, 04053", "Ufa 450076"
            }
            else if (length > 0 && cityWord.Length > 0 && length == m.Length)
            {
                var prefix = IsPlacePrefix(text.Slice(cityWord.Start, cityWord.Length));
                length += SecondCityWord(text, m.Index + length, PostcodeBefore(text, cityWord.Start) || prefix, prefix);
            }

            if (ForeignDetailAt(text, m.Index + length) is > 0 and var detail)
            {
                // Session 22: the flat, floor or block of an address abroad, read here as the floor's side is (in the regex's
                // alternation it made the tail slower), then the rest of the tail after it (", kv. 8, Kyiv").
                length += detail;
                length += TailLength(workspace, regex, text, m.Index + length, caseless, replacements);
                return length;
            }

            if (length > 0 && SideAfterFloor(text, m.Index + length) is > 0 and var side)
            {
                // Session 20: the side after the floor, then the rest of the tail after it (", EG rechts, 52224 X").
                length += side;
                length += TailLength(workspace, regex, text, m.Index + length, caseless, replacements);
            }

            return length;
        }

        return 0;
    }

    private static readonly CharSet Space = CharSet.Of(@"\s");

    /// <summary>
    /// Whether the tail regex matches only the empty string at <paramref name="from"/>: its first character after white space
    /// (<c>\s</c> as the regex reads it) ends the text or is a full stop, semicolon, colon, exclamation or question mark or a
    /// closing bracket. Every non-empty match holds, after its leading white space, a hyphen or dash, a comma, an opening
    /// bracket, a middle dot, a digit or a letter (the regex's case-insensitive letters are letters) first.
    /// </summary>
    internal static bool NoTailAfter(ReadOnlySpan<char> text, int from)
    {
        var j = from;
        while (j < text.Length && Space.Contains(text[j]))
        {
            j++;
        }

        return j == text.Length || text[j] is ':' or '!' or '?' or ')' ||
               (text[j] == '.' && !FloorAfterDot(text, j + 1)) || (text[j] == ';' && !DigitAfterBlanks(text, j + 1));
    }

    /// <summary>Whether a floor follows a dot ("37 / 2. OG": the street took "/ 2" as part of the number): blanks, then one of <see cref="FloorAbbreviations"/> as written or of <see cref="FloorWords"/> in any case.</summary>
    private static bool FloorAfterDot(ReadOnlySpan<char> text, int from)
    {
        var j = from;
        while (j < text.Length && Space.Contains(text[j]))
        {
            j++;
        }

        var rest = text[j..];
        foreach (var abbreviation in FloorAbbreviationList)
        {
            if (rest.StartsWith(abbreviation, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var word in FloorWordList)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The floors after a dot that the tail takes: abbreviations as written, words in any case.</summary>
    private const string FloorAbbreviations = "OG|UG|EG|DG|og";

    private const string FloorWords = "Etage|Stock|Obergeschoss";

    private static readonly string[] FloorAbbreviationList = FloorAbbreviations.Split('|');

    private static readonly string[] FloorWordList = FloorWords.Split('|');

    /// <summary>
    /// Session 20: the length of the side after a floor that ends the tail (" rechts" after ", EG"; " links" after ", DG"), or 0: the
    /// regex's floor alone takes no side, and a side there made it 6 % slower in the benchmark (it stands in the tail's repeated part),
    /// so it is read here. The postcode and town after the side are then the postcode detector's (<c>[Ort]</c>).
    /// </summary>
    private static int SideAfterFloor(ReadOnlySpan<char> text, int end)
    {
        if (end < 2 || end + 3 >= text.Length || text[end] != ' ' || text[end - 1] != 'G' || text[end - 2] is not ('E' or 'O' or 'D' or 'U') ||
            (end >= 3 && char.IsLetterOrDigit(text[end - 3])))
        {
            return 0;
        }

        var rest = text[(end + 1)..];
        foreach (var side in (ReadOnlySpan<string>)["rechts", "links", "Mitte", "li.", "re."])
        {
            if (rest.StartsWith(side, StringComparison.OrdinalIgnoreCase) && (rest.Length == side.Length || side[^1] == '.' || !char.IsLetterOrDigit(rest[side.Length])))
            {
                return side.Length + 1;
            }
        }

        return 0;
    }

    /// <summary>Whether a digit follows blanks (a postcode after "; ").</summary>
    private static bool DigitAfterBlanks(ReadOnlySpan<char> text, int from)
    {
        var j = from;
        while (j < text.Length && Space.Contains(text[j]))
        {
            j++;
        }

        return j < text.Length && char.IsDigit(text[j]);
    }

    /// <summary>The tail regex as the detector matches it after a placeholder (for the tests).</summary>
    internal static System.Text.RegularExpressions.Regex Tail => TailRegex();

    /// <summary>The first word of the city part of a tail match (empty if none): the last run of letters after a separator, found from the end.</summary>
    private static (int Start, int Length) CityWord(ReadOnlySpan<char> text, int start, int length)
    {
        // The city part is the tail's last part; find the word that follows its separator (",", " in ", a line break) or postcode.
        var tail = text.Slice(start, length);
        var match = CityPart().Match(tail.ToString());
        return match.Success ? (start + match.Groups["word"].Index, match.Groups["word"].Length) : (0, 0);
    }

    /// <summary>
    /// The length of a town's second word right after <paramref name="end"/>: after a slash a capitalised word ("Schwedt/Oder",
    /// "Halle/Saale"), after a space a capitalised word that is no German word, function word or term ("Zielona Góra"; not "Köln
    /// Bescheid erhalten"), or after a postcode and town any capitalised word that ends the clause ("15711 Königs Wusterhausen.",
    /// since the vocabulary holds many place names); 0 if none.
    /// </summary>
    /// <remarks>Session 20: after a word that begins a town's name ("Lutherstadt", "Bad") any capitalised word but a function word or term.</remarks>
    private static int SecondCityWord(ReadOnlySpan<char> text, int end, bool postcode, bool prefix = false)
    {
        if (end + 2 >= text.Length || text[end] is not ('/' or ' ') || !char.IsUpper(text[end + 1]))
        {
            return 0;
        }

        var i = end + 1;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }

        if (i < text.Length && char.IsDigit(text[i]))
        {
            return 0;
        }

        var word = text[(end + 1)..i];
        var endsClause = i == text.Length || text[i] is ',' or '.' or ';' or ')' or ':' or '\n' or '\r' or '!' or '?' ||
                         (text[i] == ' ' && i + 1 < text.Length && text[i + 1] is '–' or '-' or '/');
        // Session 20: in capitals a word of the lists is the sentence's ("… IN 08412 WERDAU GEKOMMEN.").
        var capitals = word.Length > 1 && char.IsUpper(word[1]);
        return text[end] == '/' || (!DomainWords.IsFunctionWordOrTerm(word) && (prefix || !WordLists.IsWord(word) || (postcode && endsClause && !capitals))) ? i - end : 0;
    }

    /// <summary>
    /// Whether a number, or a replaced or shifted date or number, follows the word ending at <paramref name="end"/> after one
    /// space: a room or a date, no town (", Raum 2.12", ", Beginn 28. November 2023", which the date detector shifted before).
    /// </summary>
    private static bool NumberAfter(ReadOnlySpan<char> text, int end, List<string> replacements)
    {
        if (end + 1 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        var index = text[end + 1] - TextScrubber.FirstPlaceholder;
        return char.IsDigit(text[end + 1]) ||
               (index >= 0 && index < replacements.Count && (replacements[index] is "[Datum]" or "[Nummer]" || (replacements[index].Length > 0 && char.IsDigit(replacements[index][0]))));
    }

    /// <summary>
    /// Session 22: the length of a postcode after the town at <paramref name="end"/> (", Kyiv, 04053", "Ufa 450076", "Tokyo 140-0001";
    /// the order of Russia, Ukraine, Central Asia, India, Thailand, Israel, Japan): an optional comma, one white space, five to seven
    /// digits or three, a hyphen and four; not before a letter or digit, a decimal part, or blanks and a capitalised word (",
    /// Rückgebäude, 03172 Guben": that is the next town's postcode); 0 if none.
    /// </summary>
    private static int PostcodeAfterTown(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }

        if (i >= text.Length || !Space.Contains(text[i]))
        {
            return 0;
        }

        i++;
        var digits = i;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        var count = digits - i;
        if (count == 3 && digits + 4 < text.Length + 1 && digits < text.Length && text[digits] == '-' && digits + 5 <= text.Length &&
            text.Slice(digits + 1, 4).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            digits += 5;
        }
        else if (count is < 5 or > 7)
        {
            return 0;
        }

        if (digits < text.Length && (char.IsLetterOrDigit(text[digits]) || (text[digits] is '.' or ',' && digits + 1 < text.Length && char.IsAsciiDigit(text[digits + 1]))))
        {
            return 0;
        }

        var k = digits;
        while (k < text.Length && text[k] is ' ' or '\t')
        {
            k++;
        }

        return k > digits && k < text.Length && char.IsUpper(text[k]) ? 0 : digits - end;
    }

    /// <summary>The words of <see cref="ForeignDetailAt"/> (lower case).</summary>
    private static readonly string[] ForeignDetailWords =
    [
        "kv", "kw", "d", "dom", "korp", "ap", "apt", "apto", "appt", "apart", "dpto", "depto", "dto", "piso", "pta", "puerta", "esc", "int", "interno",
        "scala", "piano", "sc", "bl", "blok", "bloc", "vh", "et", "etaj", "kat", "daire", "wohnung", "villa", "casa", "flat", "unit", "suite", "haus",
        "house", "block", "zelt", "sektor", "lot", "plot", "stand", "compound", "bât", "bat", "lgh",
        // Session 24: the flat of a Norwegian and Danish address ("leil. H0203", "lejl. 12"), of a Swedish one written out ("lägenhet 1102").
        "leil", "leilighet", "lejl", "lejlighed", "lägenhet",
    ];

    /// <summary>
    /// Session 22: the length of the flats, floors, blocks and entrances of an address abroad at <paramref name="at"/>, as each country
    /// abbreviates them, one or more apart by commas: Russian and Ukrainian "kv. 8", "kw. 5", "d. 9", "korp. 2"; Romanian and Bulgarian
    /// "bl. A3", "sc. 2", "ap. 17", "et. 3", "vh. B"; Turkish "D: 4", "Daire 4", "Kat 2"; Spanish and Portuguese "apto 502", "piso 3",
    /// "Dto. B", "casa 9", "n.º 32"; Italian "int. 4", "scala B"; French "bât. B", "appt 12"; English "Flat 3", "Unit 5", "Block C";
    /// German "Wohnung 11", "Haus 4"; a tent, sector, villa or compound ("Zelt 112"): white space and a comma, a word of
    /// <see cref="ForeignDetailWords"/> (any case), a dot or colon, a blank, "n.º", and a number of one to four digits (a capital
    /// after it) or a capital (one to four digits after it: "bl. A3", "leil. H0203"), no letter or digit after; also a Danish floor and side ("2. th.",
    /// "st. tv.") and a floor in Portuguese ("3.º andar"). 0 if none.
    /// </summary>
    internal static int ForeignDetailAt(ReadOnlySpan<char> text, int at)
    {
        var total = 0;
        while (true)
        {
            var i = at + total;
            while (i < text.Length && Space.Contains(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] == ',')
            {
                i++;
            }

            while (i < text.Length && Space.Contains(text[i]))
            {
                i++;
            }

            var end = OneForeignDetail(text, i);
            if (end < 0)
            {
                return total;
            }

            total = end - at;
        }
    }

    private static int OneForeignDetail(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length || !char.IsLetterOrDigit(text[i]))
        {
            return -1;
        }

        var w = i;
        while (w < text.Length && char.IsLetter(text[w]))
        {
            w++;
        }

        if (w == i)
        {
            // A floor: "2. th.", "3.º andar".
            var d = i;
            while (d < text.Length && d - i < 2 && char.IsAsciiDigit(text[d]))
            {
                d++;
            }

            if (d + 1 >= text.Length || text[d] != '.')
            {
                return -1;
            }

            return FloorSide(text, SkipOneBlank(text, SkipDegree(text, SkipOneBlank(text, d + 1))), ["th", "tv", "mf", "sal", "andar", "kat"]);
        }

        var word = text[i..w];
        if (word.Equals("st", StringComparison.OrdinalIgnoreCase) && w < text.Length && text[w] == '.')
        {
            return FloorSide(text, SkipOneBlank(text, w + 1), ["th", "tv", "mf"]);
        }

        var known = false;
        foreach (var candidate in ForeignDetailWords)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                known = true;
                break;
            }
        }

        if (!known)
        {
            return -1;
        }

        var j = w;
        if (j < text.Length && text[j] == '.')
        {
            j++;
        }

        if (j < text.Length && text[j] == ':')
        {
            j++;
        }

        j = SkipOneBlank(text, j);
        // "n.º 32", "nº 32"
        if (j + 1 < text.Length && text[j] == 'n')
        {
            var k = j + 1;
            if (k < text.Length && text[k] == '.')
            {
                k++;
            }

            if (k < text.Length && text[k] is 'º' or '°')
            {
                j = SkipOneBlank(text, k + 1 < text.Length && text[k + 1] == '.' ? k + 2 : k + 1);
            }
        }

        var start = j;
        while (j < text.Length && j - start < 4 && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        if (j > start)
        {
            if (j < text.Length && text[j] == '-' && j + 1 < text.Length && char.IsAsciiLetterUpper(text[j + 1]))
            {
                j += 2;
            }
            else if (j < text.Length && char.IsAsciiLetterUpper(text[j]))
            {
                j++;
            }
        }
        else if (j < text.Length && char.IsAsciiLetterUpper(text[j]))
        {
            // A capital and one or two digits ("bl. A3"); session 24: or four, as a Norwegian flat's number ("H0203": the floor's
            // letter, the floor and the flat) and a Swedish one have them.
            j++;
            var digits = j;
            while (j < text.Length && j - digits < 4 && char.IsAsciiDigit(text[j]))
            {
                j++;
            }
        }
        else
        {
            return -1;
        }

        return j < text.Length && char.IsLetterOrDigit(text[j]) ? -1 : j;
    }

    /// <summary>The side after a floor ("th", "tv", "sal", "andar"), its dot, no letter or digit after; -1 if none.</summary>
    private static int FloorSide(ReadOnlySpan<char> text, int i, ReadOnlySpan<string> sides)
    {
        foreach (var side in sides)
        {
            if (text[i..].StartsWith(side, StringComparison.OrdinalIgnoreCase))
            {
                var j = i + side.Length;
                if (j < text.Length && text[j] == '.')
                {
                    j++;
                }

                return j < text.Length && char.IsLetterOrDigit(text[j]) ? -1 : j;
            }
        }

        return -1;
    }

    private static int SkipOneBlank(ReadOnlySpan<char> text, int i) => i < text.Length && text[i] == ' ' ? i + 1 : i;

    private static int SkipDegree(ReadOnlySpan<char> text, int i) => i < text.Length && text[i] is 'º' or '°' ? i + 1 : i;

    /// <summary>Words that begin a town's name and need the next ("Bad Salzungen", "Sankt Wendel"): the next capitalised word is taken as after a postcode.</summary>
    private static bool IsPlacePrefix(ReadOnlySpan<char> word) =>
        word.Equals("Bad", StringComparison.OrdinalIgnoreCase) || word.Equals("Sankt", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("Hansestadt", StringComparison.OrdinalIgnoreCase) || word.Equals("Lutherstadt", StringComparison.OrdinalIgnoreCase) ||
        word.Equals("Universitätsstadt", StringComparison.OrdinalIgnoreCase) || word.Equals("Kreisstadt", StringComparison.OrdinalIgnoreCase);

    private static int CityStart(ReadOnlySpan<char> text, int start, int word)
    {
        var i = word;
        while (i > start && !Words.IsLetter(text[i - 1]) && !char.IsDigit(text[i - 1]))
        {
            i--;
        }

        // Back over " in" if the separator was " in ".
        if (i - 2 >= start && text.Slice(i - 2, 2).Equals("in", StringComparison.OrdinalIgnoreCase) && (i - 3 < start || !Words.IsLetter(text[i - 3])))
        {
            i -= 2;
            while (i > start && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }

        return i;
    }

    private static bool PostcodeBefore(ReadOnlySpan<char> text, int word)
    {
        var i = word;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i >= 5 && char.IsDigit(text[i - 1]);
    }

    // A detail that narrows an address down: a floor and side ("2. OG", "1. OG rechts"), a part of the house, a flat or
    // room ("App. 4", "Zi. 3"), "c/o" and a name; in the tail alone or in brackets (" (Souterrain)", " (Zi. 3, 2. OG)"), and
    // in brackets "bei" and one name (" (bei Name)", not " (bei Cousine Name)": the name detectors take that name); since
    // session 10 also a staircase, flat or building ("Aufgang 2", "WE 14", "Gebäude 4", "Haus B", "3º B"), a part of the house
    // with its side ("Dachgeschoss rechts", "Hof links").
    /// <summary>The parts of a house a tail names by one word; after a comma they are no town.</summary>
    private const string DetailWords = "Hinterhaus|Vorderhaus|Seitenflügel|Gartenhaus|Hinterhof|Souterrain|Dachgeschoss|Erdgeschoss|Untergeschoss|Seiteneingang|Hintereingang|Nebeneingang|Hof";

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DetailWordSet = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        DetailWords.Split('|').Concat(["EG", "OG", "DG", "UG", "HH", "VH"]), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private const string Detail = @"(?:\d\.\s*(?:OG|UG|EG|DG|Etage|Stock|Obergeschoss)(?:\s*(?:links|rechts|li\.|re\.|Mitte))?|(?:" + DetailWords + @")(?:\s+(?:links|rechts|li\.|re\.|Mitte))?|Aufgang\s*\d{1,3}|WE\s*\d{1,3}|Gebäude\s*\d{1,3}|Haus\s+(?-i:[A-H])(?![\p{L}\d])|\d{1,2}º\s*(?-i:[A-Z])?|(?-i:EG|OG|DG|UG)|HH|VH|App\.?\s*\d+|Whg\.?\s*\d+|Zi\.?\s*\d+|Zimmer\s*\d+|c/o\s+\p{L}[\p{L}-]*(?:\s+(?-i:\p{Lu})[\p{L}-]*)?)";


    // A postcode before the town: German ("40210", "D-40210"), with a country before it ("A-4774", "CH-8001"), Polish
    // ("11-291"), Romanian (six digits), Portuguese ("4050-262"), Dutch ("7377 SC"), Czech and Slovak ("602 00"), or four
    // digits that are no year (Austria, Switzerland, Hungary, Bulgaria and others: "6720 Szeged"; session 10).
    internal const string Postcode = @"(?:(?:D-)?\d{5}|(?-i:A|CH|FL|L|B|F|I|NL|PL|DK|CZ|SK|HU|RO)-\d{4,5}|\d{4}-\d{3}|\d{2}-\d{3}|\d{6}|\d{4}\s?(?-i:[A-Z]{2})(?=\s)|\d{3}\s\d{2}(?!\d)|(?!(?:19|20)\d\d(?!\d))\d{4}(?!\d))\s+";

    // Session 11: the floor after a number the street took with its "/ 2" (". OG"), and "; " before a postcode ("Boskoophöhe 30;
    // 93155 Hemau").
    [GeneratedRegex(@"\G(?:\.\s*(?:(?-i:" + FloorAbbreviations + ")|" + FloorWords + @")(?:\s*(?:links|rechts|li\.|re\.|Mitte))?(?![\p{L}\d]))?(?:½|\s1/2(?![\d/])|\s?[+\-–]\s?[a-c](?![\p{L}\d])|\s(?-i:[a-h])(?=[ \t]*(?:[;)(]|,[ \t]*(?:D-)?\d|,[ \t]*(?-i:\p{Lu})[\p{L}-]*[ \t]*(?:[,.;)]|$)|\r?\n|$))|\s(?-i:[A-H])(?=[ \t]*[,;)(])|-(?-i:bis|ter)(?![\p{L}\d]))?(?:\s*[-–]\s*\d{1,4}\s?[a-z]?(?![\p{L}\d]))?(?:\s*,?\s*(?:" + Detail + @"|\(\s*(?:bei\s+(?-i:\p{Lu})[\p{L}-]*(?=\s*\))|" + Detail + @")(?:\s*,\s*" + Detail + @")*\s*\))(?![\p{L}\d]))*(?:(?:(?:\s*,\s*|\s*(?<![\p{L}])in\s+|[ \t]*\r?\n[ \t]*)(?:" + Postcode + @")?|\s*[·–;-]\s*(?:D-)?\d{5}\s+|[ \t]+(?:D-)?\d{5}[ \t]+(?=(?-i:\p{Lu})))\p{L}[\p{L}-]*(?:\s(?:am|an\s+der|im|in\s+der|ob\s+der|bei|vor\s+der|auf)\s\p{L}[\p{L}-]*|\s\(\p{L}+\))?)?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TailRegex();


    [GeneratedRegex(@"(?:,\s*|(?<![\p{L}])in\s+|\r?\n[ \t]*|[ \t]+(?=(?:D-)?\d{5}[ \t]))(?:" + Postcode + @")?(?<word>\p{L}[\p{L}-]*)(?:\s(?:am|an\s+der|im|in\s+der|ob\s+der|bei|vor\s+der|auf)\s\p{L}[\p{L}-]*|\s\(\p{L}+\))?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CityPart();
}
