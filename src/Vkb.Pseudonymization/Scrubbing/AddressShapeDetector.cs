using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Addresses in the shapes the street patterns leave (session 10), each replaced by <c>[Adresse]</c> so that the tail
/// detector after it adds the rest ("…, 53894 Mechernich"):
/// <list type="bullet">
/// <item>a house-number word between the street and its number: "Ziegelhofsteig Hs.-Nr. 119 a-c", "Eibenring Hausnr. 133 B",
/// "An der Bleiche, Hs.-Nr. 18", "Zur Schanze Nr. 13 - 17"; after a street-shaped name any such word, after one or two other
/// capitalised words "Hs.-Nr.", "Haus-Nr.", "Hausnr." or "Hausnummer", and "Nr." only when no word of them is a German word
/// ("Neulindenau Nr. 24", not "Rechnung Nr. 24");</item>
/// <item>rural addresses without a street: "Abbau 10", "Ausbau 35–37", "Vorwerk 118c", "Siedlung 69" (capitalised);</item>
/// <item>a post-office box: "Postfach 539967", "postf. 16 72 88", "PF 71 93 7" (not "B PF6620", a plate);</item>
/// <item>a street of any name, at home or abroad, when a postcode and a town follow its number: "Rosenhöhe 7, 56812 Cochem",
/// "Kerkstraat 71, 7377 SC Utrecht", "Rua das Flores 76, 4050-262 Porto", "Petőfi Sándor u. 19, 6720 Szeged",
/// "Neutannenried 41" and the postcode on the next line. The name is the words right before the number that are no German
/// word, function word or term (the nearest may be any such word but a function word or term; a particle such as "das"
/// or "dei" only between two of them), at most <see cref="MaxNameWords"/>;</item>
/// <item>a part of a town ("OT Obersteinbrück", "Ortsteil Wendisch Tannenried", "kreuztal/ot neuespenhain"): <c>[Ort]</c>.</item>
/// </list>
/// </summary>
internal sealed partial class AddressShapeDetector : SpanDetector
{
    /// <summary>The most words of a street's name before a number that a postcode follows.</summary>
    internal const int MaxNameWords = 4;

    /// <summary>The placeholder of a postcode and town or a town alone.</summary>
    internal const string Place = "[Ort]";

    private static readonly int StreetNumberedSlot = RegexSlots.Register(StreetNumberedRegex());
    private static readonly int NameNumberedSlot = RegexSlots.Register(NameNumberedRegex());
    private static readonly int RuralSlot = RegexSlots.Register(RuralRegex());
    private static readonly int PostBoxSlot = RegexSlots.Register(PostBoxRegex());
    private static readonly int BeforePostcodeSlot = RegexSlots.Register(BeforePostcodeRegex());
    private static readonly int TownPartSlot = RegexSlots.Register(TownPartRegex());

    /// <summary>Particles inside a street's name ("Rua das Flores", "Via dei Mille", "Straße der Jugend").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Particles = new[]
    {
        "de", "da", "das", "do", "dos", "del", "della", "dei", "di", "la", "le", "van", "von", "der", "des", "e", "y",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public override string Name => "streetAddress";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        if (workspace.DigitRuns.Length == 0)
        {
            // Every shape but a part of a town has a number; a town part alone is found with an address only. Session 16: an address
            // abroad may have none ("Quartier Dogona, Bobo-Dioulasso", "Rumbek, Lakes State, South Sudan").
            if (text.IndexOf(", ", StringComparison.Ordinal) >= 0 && MayHoldAbroadAnchor(text, workspace.WordTable.Letters(text)))
            {
                AddAbroad(text, workspace.WordTable.Caseless(text), matches);
            }

            return;
        }

        if (StandsBefore(text, "nr", char.IsDigit) || StandsBefore(text, "hausnummer", char.IsDigit))
        {
            Add(workspace, StreetNumberedSlot, matches, static _ => true);
            Add(workspace, NameNumberedSlot, matches, IsNameNumbered);
        }

        if (text.IndexOfAny(RuralWords) >= 0)
        {
            Add(workspace, RuralSlot, matches, static _ => true);
        }

        if (StandsBefore(text, "pf", char.IsDigit) || StandsBefore(text, "postf", char.IsDigit) || StandsBefore(text, "postfach", char.IsDigit))
        {
            Add(workspace, PostBoxSlot, matches, static _ => true);
        }

        if (PostcodeAfterNumber(text, workspace.DigitRuns))
        {
            var caseless = workspace.WordTable.Caseless(text);
            foreach (var m in workspace.Regex(BeforePostcodeSlot).EnumerateMatches(text))
            {
                var start = IsTown(text, m.Index + m.Length, caseless) ? NameBefore(text, m.Index, caseless) : -1;
                if (start >= 0 && !AfterCommaOrLine(text, m.Index + m.Length) && !IsPlainAddress(text, start, m.Index, m.Index + m.Length))
                {
                    start = -1; // "Termin 12 – 14000 Teilnehmer"
                }

                if (start >= 0)
                {
                    matches.Add(new TextMatch(start, m.Index + m.Length - start, AddressTailDetector.Address));
                }
            }
        }

        if (MayHoldAbroadAnchor(text, workspace.WordTable.Letters(text)))
        {
            AddAbroad(text, workspace.WordTable.Caseless(text), matches);
        }

        if (text.IndexOf("OT", StringComparison.Ordinal) >= 0 || text.IndexOf("/ot", StringComparison.OrdinalIgnoreCase) >= 0 ||
            text.IndexOf("ortsteil", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            foreach (var m in workspace.Regex(TownPartSlot).EnumerateMatches(text))
            {
                var length = TownPartLength(text.Slice(m.Index, m.Length));
                if (length > 0)
                {
                    matches.Add(new TextMatch(m.Index, length, Place));
                }
            }
        }
    }

    /// <summary>The words for a settlement that a house number follows without a street (the rural regex reads them capitalised).</summary>
    private const string Settlements = "Abbau|Ausbau|Vorwerk|Siedlung";

    private static readonly System.Buffers.SearchValues<string> RuralWords =
        System.Buffers.SearchValues.Create(Settlements.Split('|'), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a run of digits follows another within sixteen characters with a comma, a line break or an "n" (of " in ")
    /// between them, and it or the run after it holds three digits or more (a house number with a letter, the separator with up
    /// to three spaces either side, a country's letters, and a postcode, whose digits come in a run of three or more after at
    /// most a run of two), or a run of five digits after white space, letters and ";·–-" alone within sixteen characters
    /// (session 12): without one, <see cref="BeforePostcodeRegex"/> cannot match. Dates ("12.03.2024") open no gate.
    /// </summary>
    internal static bool PostcodeAfterNumber(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs)
    {
        for (var i = 1; i < runs.Length; i++)
        {
            var gapStart = runs[i - 1].Start + runs[i - 1].Length;
            if (runs[i].Start - gapStart <= 16 && (runs[i].Length >= 3 || (i + 1 < runs.Length && runs[i + 1].Length >= 3)) &&
                text[gapStart..runs[i].Start].IndexOfAny(",\nnN") >= 0)
            {
                return true;
            }

            if (runs[i].Length == 5 && runs[i].Start - gapStart <= 16 && OnlySpacesLettersOrMarks(text[gapStart..runs[i].Start]))
            {
                return true; // "Iltisfeld 14 35789 Weilmünster", "14a – 98660 Themar", "D-35789"
            }
        }

        return false;
    }

    /// <summary>Whether a gap between two runs of digits holds only white space, letters and ";", "·", "–", "-" (a superset of what the regex allows there).</summary>
    private static bool OnlySpacesLettersOrMarks(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) && !char.IsLetter(c) && c is not (';' or '·' or '–' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether <paramref name="word"/> (any case, anywhere, also inside a word) stands somewhere before a character that
    /// <paramref name="next"/> accepts, with at most a dot and white space between ("Nr. 24", "PF 71", "Nr. NKV"): a cheap
    /// gate in front of a regex that needs the word there.
    /// </summary>
    internal static bool StandsBefore(ReadOnlySpan<char> text, string word, Func<char, bool> next)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var i = at + word.Length;
            if (i < text.Length && text[i] == '.')
            {
                i++;
            }

            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i < text.Length && next(text[i]))
            {
                return true;
            }

            var after = text[(at + 1)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
            at = after < 0 ? -1 : at + 1 + after;
        }

        return false;
    }

    /// <summary>Whether a comma, " in " or a line break follows the house number that ends at <paramref name="end"/>.</summary>
    private static bool AfterCommaOrLine(ReadOnlySpan<char> text, int end)
    {
        var rest = text[end..].TrimStart(" \t");
        return rest.Length > 0 && (rest[0] is ',' or '\n' or '\r' || rest.StartsWith("in ", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("in\t", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether a street and postcode apart by spaces alone, a semicolon, a middle dot or a dash are an address: a word of the
    /// street's name is no German word or ends like a street or a place ("Iltisfeld", "Amselweg"; not "Termin"), and the town after
    /// the postcode is no German word unless a name there ("Themar"; not "Teilnehmer").
    /// </summary>
    private static bool IsPlainAddress(ReadOnlySpan<char> text, int start, int number, int end)
    {
        var street = false;
        foreach (var range in text[start..number].TrimEnd().Split(' '))
        {
            var word = text[start..number][range];
            street |= word.Length > 0 && (!IsGermanWord(word) || EndsLikeAPlace(word) || EndsLikeAStreet(word));
        }

        if (!street)
        {
            return false;
        }

        var i = end;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        var townStart = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }

        var town = text[townStart..i];
        return !IsGermanWord(town) || InstitutionDetector.IsBareProperNoun(town);
    }

    private static readonly string[] StreetEndings =
    [
        "straße", "strasse", "str", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee", "steig", "pfad", "markt", "stieg", "graben",
        "wall", "kamp", "hof", "zeile", "twiete", "steg", "winkel", "redder", "koppel", "deich", "park", "hain", "promenade", "anger", "grund", "höhe",
        "leite", "hag", "feld", "berg", "tal", "garten", "wiese", "acker", "land", "aue", "heide", "rain", "end", "ende",
    ];

    private static bool EndsLikeAStreet(ReadOnlySpan<char> word)
    {
        foreach (var ending in StreetEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The regex of a house number before a postcode (for the tests of its gate).</summary>
    internal static Regex BeforePostcode => BeforePostcodeRegex();

    private static void Add(ScrubWorkspace workspace, int slot, List<TextMatch> matches, CuedPlateDetector.MatchTest accept)
    {
        var text = workspace.Text;
        foreach (var m in workspace.Regex(slot).EnumerateMatches(text))
        {
            if (accept(text.Slice(m.Index, m.Length)))
            {
                matches.Add(new TextMatch(m.Index, m.Length, AddressTailDetector.Address));
            }
        }
    }

    /// <summary>
    /// Whether one or two capitalised words and a house-number word are an address: no word is a function word or term; the
    /// word before a bare "Nr." is no German word ("Rechnung Nr. 24") unless it names a settlement ("Siedlung"), nor a compound
    /// unless it ends like a place ("Neulindenau", not "Teilnehmerliste"); a word before that one is no German word or compound
    /// ("Kursort Altdorfersteig Nr. 37" is "Kursort" and an address) but a place's first word ("Wendisch Hagenrode Nr. 17").
    /// </summary>
    private static bool IsNameNumbered(ReadOnlySpan<char> match)
    {
        var i = 0;
        while (i < match.Length)
        {
            var start = i;
            while (i < match.Length && (char.IsLetter(match[i]) || match[i] is '-' or '.'))
            {
                i++;
            }

            var token = match[start..i];
            if (token.Length == 0)
            {
                return false; // the number, and no house word before it (the regex puts one there)
            }

            if (IsHouseWord(token))
            {
                return true;
            }

            var word = token.TrimEnd('-');
            var next = NextToken(match, i);
            var nearest = IsHouseWord(next);
            var bare = nearest && next.StartsWith("Nr", StringComparison.OrdinalIgnoreCase);
            if (DomainWords.IsFunctionWordOrTerm(word) ||
                (bare && !IsAddressWord(word) && IsOrdinaryBeforeNumber(word)) ||
                (!nearest && IsGermanWord(word) && !IsPlacePrefix(word)))
            {
                return false;
            }

            while (i < match.Length && match[i] is ' ' or ',' or '\t')
            {
                i++;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a word before a bare "Nr." is an ordinary one: a German word, a compound that does not end like a place, or a
    /// word of hyphenated parts one of which is a German word or compound ("Kfz-Steuer").
    /// </summary>
    private static bool IsOrdinaryBeforeNumber(ReadOnlySpan<char> word)
    {
        if (word.Contains('-'))
        {
            foreach (var range in word.Split('-'))
            {
                if (word[range].Length > 0 && IsGermanWord(word[range]))
                {
                    return true;
                }
            }

            return false;
        }

        return WordLists.IsWord(word) || (NameShapeDetector.IsCompound(word) && !EndsLikeAPlace(word));
    }

    /// <summary>The ends of German place names: a compound with one is a village's name ("Neulindenau", "Kleinrothenbeek").</summary>
    private static readonly string[] PlaceEndings =
    [
        "dorf", "hausen", "rode", "roda", "ried", "feld", "felde", "hagen", "beek", "bach", "berg", "heim", "stedt", "stadt", "walde",
        "au", "brück", "burg", "kirchen", "ingen", "leben", "thal", "tal", "horst", "wede", "büttel", "hof", "lage", "werder", "witz",
    ];

    private static bool EndsLikeAPlace(ReadOnlySpan<char> word)
    {
        foreach (var ending in PlaceEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that begin a place's name of two words ("Wendisch Hagenrode", "Klein Wanzleben").</summary>
    private static bool IsPlacePrefix(ReadOnlySpan<char> word) =>
        word is "Wendisch" or "Klein" or "Groß" or "Gross" or "Neu" or "Alt" or "Ober" or "Unter" or "Nieder" or "Hohen" or "Bad" or "Sankt" or "Markt" or "Deutsch" or "Windisch";

    /// <summary>Whether a word is in the German vocabulary or a compound of it ("Kursort", "Arbeitsort").</summary>
    private static bool IsGermanWord(ReadOnlySpan<char> word) => WordLists.IsWord(word) || NameShapeDetector.IsCompound(word);

    /// <summary>The token after white space and commas at <paramref name="i"/>.</summary>
    private static ReadOnlySpan<char> NextToken(ReadOnlySpan<char> match, int i)
    {
        while (i < match.Length && match[i] is ' ' or ',' or '\t')
        {
            i++;
        }

        var start = i;
        while (i < match.Length && (char.IsLetter(match[i]) || match[i] is '-' or '.'))
        {
            i++;
        }

        return match[start..i];
    }

    /// <summary>Whether a token is a word for the house number ("Hs.-Nr.", "Hs.", "Hausnr.", "Haus-Nr.", "Hausnummer", "Nr.").</summary>
    private static bool IsHouseWord(ReadOnlySpan<char> token)
    {
        var word = token.TrimEnd('.');
        return word.Equals("Nr", StringComparison.OrdinalIgnoreCase) || (word.StartsWith("Hs", StringComparison.OrdinalIgnoreCase) && word.Length <= 6) ||
               word.Equals("Hausnr", StringComparison.OrdinalIgnoreCase) || word.Equals("Haus-Nr", StringComparison.OrdinalIgnoreCase) ||
               word.Equals("Hausnummer", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>German words that are places of an address ("Siedlung", "Ausbau"): a house number after them makes an address.</summary>
    private static bool IsAddressWord(ReadOnlySpan<char> word) => RuralWords.Contains(word.ToString());

    /// <summary>
    /// The start of a street's name that ends one space before <paramref name="number"/> (a number that a postcode and a town
    /// follow), or -1: words of letters (an abbreviation's dot and hyphens in them), the nearest no function word or term and
    /// no number's unit, capitalised unless the note has no case; the others no German word either, and a particle only
    /// between two words.
    /// </summary>
    internal static int NameBefore(ReadOnlySpan<char> text, int number, bool caseless)
    {
        if (number < 2 || text[number - 1] != ' ')
        {
            return -1;
        }

        var start = -1;
        var end = number - 1; // the space before the number
        var pendingParticle = -1;
        for (var words = 0; words < MaxNameWords + 1; words++)
        {
            var wordEnd = end;
            var dot = wordEnd > 0 && text[wordEnd - 1] == '.';
            var i = dot ? wordEnd - 1 : wordEnd;
            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '-' or '\'' or '’'))
            {
                i--;
            }

            if (i == (dot ? wordEnd - 1 : wordEnd) || !char.IsLetter(text[i]) || (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is >= TextScrubber.FirstPlaceholder and <= TextScrubber.LastPlaceholder)))
            {
                break;
            }

            var word = text[i..(dot ? wordEnd - 1 : wordEnd)];
            if (!IsNameWord(word, dot, nearest: words == 0, caseless))
            {
                if (start >= 0 && pendingParticle < 0 && !dot && Particles.Contains(word) && words < MaxNameWords)
                {
                    pendingParticle = i; // taken only if a word of the name stands before it
                }
                else
                {
                    break;
                }
            }
            else
            {
                if (dot && words > 0 && start < 0)
                {
                    break;
                }

                start = i;
                pendingParticle = -1;
            }

            if (i < 2 || text[i - 1] != ' ')
            {
                break;
            }

            end = i - 1;
        }

        // A quarter of the compass after a street's name ("Ringstraße Süd 63 · 17268 Templin"): the street before it too.
        if (start >= 2 && text[start - 1] == ' ' && text[start..(number - 1)] is "Süd" or "Nord" or "Ost" or "West" or "Mitte")
        {
            var before = start - 1;
            while (before > 0 && (char.IsLetter(text[before - 1]) || text[before - 1] == '-'))
            {
                before--;
            }

            if (before < start - 1 && (before == 0 || !char.IsLetterOrDigit(text[before - 1])) && char.IsUpper(text[before]) && EndsLikeAStreet(text[before..(start - 1)]))
            {
                start = before;
            }
        }

        // The Spanish "C/" (calle) before the name: "C/ Mayor 54".
        if (start >= 3 && text[start - 1] == ' ' && text[start - 2] == '/' && text[start - 3] is 'C' or 'c' && (start == 3 || !char.IsLetterOrDigit(text[start - 4])))
        {
            start -= 3;
        }

        return start;
    }

    /// <summary>
    /// Whether the word after the postcode that follows the number ending at <paramref name="end"/> can be a town: no function
    /// word or term, unit or month ("3, 1500 Euro"), and after four digits alone, which amounts are too, capitalised in a note
    /// that has case.
    /// </summary>
    private static bool IsTown(ReadOnlySpan<char> text, int end, bool caseless)
    {
        var i = end;
        while (i < text.Length && !char.IsDigit(text[i]))
        {
            i++; // the comma, " in " or the line break
        }

        var postcode = i;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        var digits = text[postcode..i].Trim().Length; // 4 for "6720 " and "7377 SC"
        if (i < text.Length && char.IsUpper(text[i]) && i + 1 < text.Length && char.IsUpper(text[i + 1]) && i + 2 < text.Length && text[i + 2] == ' ')
        {
            i += 3; // a Dutch postcode's letters ("7377 SC Utrecht")
        }

        var start = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
        {
            i++;
        }

        var town = text[start..i];
        return town.Length > 1 && !DomainWords.IsFunctionWordOrTerm(town) && !Units.Contains(town) && !MonthNames.Contains(town) &&
               (digits != 4 || caseless || char.IsUpper(town[0]));
    }

    /// <summary>Whether a word can be part of a street's name before a postcode (see <see cref="NameBefore"/>).</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word, bool dot, bool nearest, bool caseless)
    {
        if (dot)
        {
            return word.Length is >= 1 and <= 3 && !DomainWords.IsFunctionWordOrTerm(word); // "u." (utca), "ul.", "wul."
        }

        if (DomainWords.IsFunctionWordOrTerm(word) || Units.Contains(word) || MonthNames.Contains(word))
        {
            return false;
        }

        if (nearest)
        {
            return caseless || char.IsUpper(word[0]); // "Unterdorf 147, …", "Zimmer 3, 40210 Düsseldorf" (a place all the same)
        }

        return !IsGermanWord(word);
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units =
        BuiltInDetectors.Units.Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthNames =
        BuiltInDetectors.MonthNames.Split('|').ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The length of a town part's match to take: "OT" or "Ortsteil" and its first word, and a second capitalised word that
    /// is no German word ("Ortsteil Wendisch Tannenried"); 0 if the first word is a function word or term, or a German word
    /// in lower case.
    /// </summary>
    private static int TownPartLength(ReadOnlySpan<char> match)
    {
        var space = match.IndexOfAny(' ', '\t');
        var rest = match[space..].TrimStart();
        var first = rest.IndexOf(' ');
        var firstWord = first < 0 ? rest : rest[..first];
        if (DomainWords.IsFunctionWordOrTerm(firstWord) || WordLists.IsWord(firstWord) && !char.IsUpper(firstWord[0]))
        {
            return 0;
        }

        if (first < 0)
        {
            return match.Length;
        }

        var second = rest[(first + 1)..];
        return WordLists.IsWord(second) || DomainWords.IsFunctionWordOrTerm(second) ? match.Length - second.Length - 1 : match.Length;
    }

    /// <summary>
    /// Words of an address abroad written without a postcode, as parts apart by commas ("Kuche 14, Pelak 3, Mazar-e Sharif",
    /// "Sector 4, Block 9, House 21, Peshawar"): the street, lane, house, quarter or floor in English, Arabic, Persian and Dari,
    /// Turkish and the Romance languages, as case workers copy them from a form or a letter. None of them is a German word.
    /// </summary>
    private static readonly string[] AbroadWordList =
    [
        "Street", "Road", "Rd", "Avenue", "Ave", "Lane", "House", "Building", "Bldg", "Floor", "Flat", "Apt", "Apartment", "Quarter", "District", "Sector",
        "Shari'", "Shari’", "Sharia", "Shareh", "Zuqaq", "Zukak", "Mahalla", "Mahallah", "Harat", "Haret", "Darb", "Derb",
        "Kuche", "Kucheh", "Kuche-ye", "Koocheh", "Kocha", "Khiyaban", "Khiaban", "Kheyabun", "Khiyabun", "Kheyaban", "Pelak", "Nahia", "Nahiya", "Nahiye",
        "Mah", "Mahallesi", "Cad", "Caddesi", "Sok", "Sokak", "Sokağı", "Bulvarı",
        "Rue", "Calle", "Avenida", "Rua", "Strada", "Ulica",
        // Session 16: French, Portuguese, Spanish, Italian, Romanian, Polish, Albanian and Malay words of streets, quarters and post-office
        // boxes ("BP 332, Koudougou", "Caixa Postal 77, Goiânia", "Secteur 15, Ouagadougou", "Quartier Bè-Kpota, Lomé").
        "Secteur", "Quartier", "BP", "Caixa", "Apartado", "Bairro", "Barrio", "Colonia", "Travessa", "Praça", "Plaza", "Piazza", "Viale",
        "Vicolo", "Calea", "Aleja", "Osiedle", "Bulevar", "Bulevardul", "Rruga", "Jalan", "Impasse", "Allée", "Chemin", "Carrera", "Carrer",
        "Camino", "Estrada", "Mahalle", "Cité", "Postal",
        // Session 24: the quarters, lanes and housing estates of South Asian and Malay addresses ("Mohalla Khanqah", "Main Chowk", "Gandhi
        // Nagar", "Model Town Colony", "Kampung Padang Luas", "Taman Sri Nibong", "Lorong Kenari 3", "Gali No. 3", "Pangsapuri Seri Damai").
        "Mohalla", "Mohallah", "Chowk", "Nagar", "Colony", "Bazar", "Bazaar", "Marg", "Gali", "Kampung", "Kampong", "Taman", "Lorong", "Pangsapuri", "Apartments",
        // Session 24: a French housing estate or hamlet ("Résidence Ker Anna, bât. B, …", "Lieu-dit Kerhuel, 29720 …"). The plot, lot, ward
        // and door an address begins with are no such words: a part "Anschrift Ward No. 7" took the sentence's word with it
        // (TownRestDetector.HouseBefore joins them to the street after them instead).
        "Résidence", "Residence", "Lieu-dit",
        // Session 24: a French building and flat, a Spanish building, floor and flat ("bât. B, appt 12", "Edif. 12 Apto 4", "piso 3, apto 3-B").
        "bât", "appt", "Edif", "apto", "piso",
    ];

    /// <summary>
    /// The words of <see cref="AbroadWordList"/> that name a quarter, which has no house number ("Quartier Dogona, Bobo-Dioulasso"):
    /// with one of them an address abroad needs no number.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbroadQuarterWords =
        new[] { "Quartier", "Secteur", "Quarter", "District", "Sector", "Bairro", "Barrio", "Colonia", "Mahalla", "Mahallah", "Mahalle", "Mahallesi", "Cité",
                "Mohalla", "Mohallah", "Chowk", "Nagar", "Colony", "Kampung", "Kampong", "Taman", "Résidence", "Residence", "Lieu-dit" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Countries, as German notes and the letters and forms they copy write them (German, English, French and Portuguese forms of the
    /// countries people in the BA's care come from most and of Germany's neighbours). Session 16: a country ends an address abroad
    /// ("…, Kpalimé, Togo", "Rumbek, Lakes State, South Sudan", "Ankawa, Erbil (Irak)") and one after a replaced address joins it
    /// ("[Adresse] - PE, Brasilien"). A country alone, or after a town alone ("aus Aleppo, Syrien"), stays.
    /// </summary>
    internal static readonly string[] CountryList =
    [
        "Deutschland", "Germany", "Allemagne", "Österreich", "Austria", "Schweiz", "Suisse", "Frankreich", "France", "Belgien", "Belgique",
        "Niederlande", "Luxemburg", "Luxembourg", "Dänemark", "Polen", "Polska", "Tschechien", "Italien", "Italia", "Spanien", "España",
        "Portugal", "Griechenland", "Rumänien", "România", "Bulgarien", "Ungarn", "Kroatien", "Serbien", "Bosnien", "Kosovo", "Albanien",
        "Nordmazedonien", "Mazedonien", "Montenegro", "Slowakei", "Slowenien", "Litauen", "Lettland", "Estland", "Moldau", "Moldawien",
        "Ukraine", "Russland", "Russia", "Belarus", "Weißrussland", "Georgien", "Armenien", "Aserbaidschan", "Kasachstan", "Usbekistan",
        "Tadschikistan", "Kirgisistan", "Turkmenistan", "Türkei", "Turkey", "Türkiye", "Syrien", "Syria", "Irak", "Iraq", "Iran", "Libanon",
        "Lebanon", "Jordanien", "Jordan", "Israel", "Palästina", "Ägypten", "Egypt", "Libyen", "Tunesien", "Tunisie", "Algerien", "Algérie",
        "Marokko", "Maroc", "Morocco", "Jemen", "Yemen", "Saudi-Arabien", "Afghanistan", "Pakistan", "Indien", "India", "Bangladesch",
        "Bangladesh", "Nepal", "Sri Lanka", "Myanmar", "Thailand", "Vietnam", "China", "Mongolei", "Eritrea", "Äthiopien", "Ethiopia",
        "Somalia", "Sudan", "Südsudan", "South Sudan", "Kenia", "Kenya", "Uganda", "Tansania", "Ruanda", "Burundi", "Kongo", "Congo",
        "Nigeria", "Niger", "Ghana", "Togo", "Benin", "Bénin", "Burkina Faso", "Mali", "Senegal", "Sénégal", "Guinea", "Guinée", "Gambia",
        "Sierra Leone", "Liberia", "Elfenbeinküste", "Côte d'Ivoire", "Kamerun", "Cameroun", "Cameroon", "Tschad", "Tchad", "Angola",
        "Simbabwe", "Zimbabwe", "Südafrika", "South Africa", "Brasilien", "Brasil", "Brazil", "Kolumbien", "Colombia", "Venezuela",
        "Peru", "Ecuador", "Chile", "Argentinien", "Argentina", "Mexiko", "México", "Kuba", "Cuba", "Dominikanische Republik", "Haiti",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Countries =
        CountryList.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The gate's runs: the first run of letters of each word of <see cref="AbroadWordList"/> and of each country ("Burkina" of
    /// "Burkina Faso", "Saudi" of "Saudi-Arabien"), one set and one shape filter, so that a word costs one check.
    /// </summary>
    private static readonly string[] AbroadGateRunList =
        [.. AbroadWordList.Concat(CountryList).Select(w => new string([.. w.TakeWhile(char.IsLetter)])).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbroadGateRuns =
        AbroadGateRunList.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The gate's runs by their letters' shapes: most words are ruled out without hashing them.</summary>
    private static readonly PairShapes AbroadGateShapes = new(AbroadGateRunList);

    /// <summary>
    /// The replacement of an address abroad that a country ends: "[Adresse]" as every address (equal to
    /// <see cref="AddressTailDetector.Address"/>), but its own instance, by which <see cref="AddressTailDetector"/> tells that the
    /// address is complete and takes no town after it ("…, Erbil (Irak), Rückkehr offen" keeps "Rückkehr").
    /// </summary>
    internal static readonly string EndedAddress = new([.. AddressTailDetector.Address]);

    /// <summary>Whether the part (trimmed, a full stop after it dropped) is a country.</summary>
    private static bool IsCountry(ReadOnlySpan<char> part) =>
        part.Length is >= 4 and <= MaxCountryLength && char.IsLetter(part[0]) && part.TrimEnd('.') is { Length: >= 4 } bare && Countries.Contains(bare);

    /// <summary>The longest country of <see cref="CountryList"/> and a full stop: a longer part is looked up in no set.</summary>
    private const int MaxCountryLength = 25;

    /// <summary>The end of " (Country)" at <paramref name="from"/> (blanks before the bracket), or -1.</summary>
    private static int BracketedCountryEnd(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] != '(')
        {
            return -1;
        }

        var close = text[(i + 1)..].IndexOf(')');
        return close > 0 && close <= 40 && IsCountry(text.Slice(i + 1, close)) ? i + 1 + close + 1 : -1;
    }

    /// <summary>German words and words of the vocabulary that name a part of an address abroad ("Haus 23", "Gasse 4", "Dar 41", Arabic for house); session 24: the sign before a number, "No." and "Nr." ("Road No. 10").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbroadPartWords =
        new[] { "Haus", "Gasse", "Block", "Zone", "Viertel", "Dar", "Hay", "Hai", "No", "Nr" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The Korean parts of an address, after a hyphen ("Seocho-gu", "Banpo-daero 58", "Sinsa-dong").</summary>
    private static readonly string[] AbroadSuffixes = ["-ro", "-gil", "-daero", "-gu", "-dong", "-si", "-eup", "-myeon"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbroadWords =
        AbroadWordList.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first run of letters of each word of <see cref="AbroadWordList"/> ("Shari" of "Shari'", "Kuche" of "Kuche-ye").</summary>
    private static readonly string[] AbroadAnchorRuns =
        [.. AbroadWordList.Select(w => new string([.. w.TakeWhile(char.IsLetter)])).Distinct(StringComparer.OrdinalIgnoreCase)];

    private static readonly int MaxAbroadGateRun = Math.Max(AbroadAnchorRuns.Max(r => r.Length), CountryList.Max(r => r.Length));

    /// <summary>The letters of <see cref="AbroadSuffixes"/> after their hyphen.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbroadSuffixRuns =
        AbroadSuffixes.Select(s => s[1..]).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The gate of <see cref="AddAbroad"/>, from the note's runs of letters (<paramref name="letters"/>): every address abroad has a
    /// word of <see cref="AbroadWordList"/> (its dots trimmed; before a hyphen too, "Kuche-ye") or a Korean suffix after a hyphen,
    /// and the first run of letters of such a word is a whole run of letters of the note, as is a suffix's after its hyphen. A
    /// lookup of the note's words, not a search of its characters for some fifty strings in any case, which short strings
    /// ("Rd", "-si") made slow (6 % of the scrubbing time in session 12's profile).
    /// </summary>
    internal static bool MayHoldAbroadAnchor(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> letters)
    {
        foreach (var (start, length) in letters)
        {
            if (length > MaxAbroadGateRun)
            {
                continue;
            }

            var run = text.Slice(start, length);
            if ((AbroadGateShapes.MayEqual(run) && AbroadGateRuns.Contains(run)) ||
                (start > 0 && text[start - 1] == '-' && AbroadSuffixRuns.Contains(run)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The most parts, and the most words of a part, that an address abroad may have.</summary>
    private const int MaxAbroadParts = 6;

    private const int MaxAbroadPartWords = 5;

    /// <summary>
    /// Addresses abroad without a postcode (session 12): parts apart by commas in one stretch of text (no colon, semicolon,
    /// bracket, quote, line break, placeholder or sentence's full stop between them), at least two, one of them with a word of
    /// <see cref="AbroadWordList"/> or a Korean suffix, and a number in one of them: "Kuche 14, Pelak 3, Mazar-e Sharif",
    /// "Karte Se, Jada-e Maiwand, House 7, Kabul", "Songpa-gu, Olympic-ro 300, Seoul". Each part holds only names (capitalised
    /// words that are no German word, function word or term; any case in a note without case), numbers ("12", "4th", "17-3")
    /// and such words; the first part may begin with other words ("wohnt noch in Karte Se, …": the address starts after them),
    /// the last may be a town that is a German word ("…, House 7, Kairo") and end before other words ("…, Kabul kommt morgen").
    /// </summary>
    internal static void AddAbroad(ReadOnlySpan<char> text, bool caseless, List<TextMatch> matches)
    {
        var from = 0;
        while (from < text.Length)
        {
            var end = from;
            while (end < text.Length && !IsAbroadBreak(text, end))
            {
                end++;
            }

            if (end - from > 8)
            {
                AddAbroadIn(text, from, end, caseless, matches);
                AddCountryEnded(text, from, end, caseless, matches);
            }

            from = end + 1;
        }
    }

    /// <summary>
    /// Whether the character at <paramref name="i"/> ends a stretch an address abroad may lie in. Session 24: a slash between a digit
    /// and a letter or digit is a house number's ("Jalan PJU 1/41", "No. 45/2", "128/A"), no break.
    /// </summary>
    private static bool IsAbroadBreak(ReadOnlySpan<char> text, int i) =>
        text[i] is ':' or ';' or '(' or ')' or '[' or ']' or '"' or '„' or '“' or '”' or '?' or '!' or '\n' or '\r' or '|' or '–' or '=' ||
        (text[i] == '/' && !(i > 0 && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))) ||
        text[i] is >= TextScrubber.FirstPlaceholder and <= TextScrubber.LastPlaceholder;

    private static void AddAbroadIn(ReadOnlySpan<char> text, int from, int end, bool caseless, List<TextMatch> matches)
    {
        // The parts between commas, each checked in turn; a run of address parts with a word of an address abroad is taken.
        var i = from;
        while (i < end)
        {
            var runStart = -1;
            var runEnd = -1;
            var count = 0;
            var anchored = false;
            var numbered = false;
            var quarter = false;
            var country = false;
            var j = i;
            while (j < end)
            {
                var comma = text[j..end].IndexOf(',');
                var partEnd = comma < 0 ? end : j + comma;
                var part = Trimmed(text, j, partEnd);
                if (count > 0 && IsCountry(text[part.Start..part.End]))
                {
                    // Session 16: a country ends the address ("BP 1204, Kpalimé, Togo").
                    runEnd = part.End;
                    count++;
                    country = true;
                    break;
                }

                var whole = AbroadPart(text, part.Start, part.End, caseless, first: count == 0, out var anchor, out var number);
                if (count == 0)
                {
                    // The first part: its last words that are the address's ("wohnt noch in Karte Se").
                    var tail = whole ? part.Start : AbroadTailStart(text, part.Start, part.End, caseless);
                    if (tail >= part.End)
                    {
                        break;
                    }

                    AbroadPart(text, tail, part.End, caseless, first: true, out anchor, out number);
                    runStart = tail;
                    runEnd = part.End;
                    count = 1;
                    anchored = anchor;
                    numbered = number;
                    quarter = anchor && HasQuarterWord(text, tail, part.End);
                    if (!whole && comma < 0)
                    {
                        break;
                    }
                }
                else if (whole && count < MaxAbroadParts)
                {
                    runEnd = part.End;
                    count++;
                    anchored |= anchor;
                    numbered |= number;
                }
                else
                {
                    // The last part: a town, perhaps a German word, or the first words of the part ("Kabul kommt morgen").
                    var head = AbroadHeadEnd(text, part.Start, part.End, caseless);
                    if (head > part.Start && anchored)
                    {
                        runEnd = head;
                        count++;
                    }

                    break;
                }

                if (comma < 0)
                {
                    break;
                }

                j = partEnd + 1;
            }

            // Session 16: a country in brackets after the last part ends the address too ("Ankawa, Erbil (Irak)").
            if (count >= 1 && !country && runEnd >= 0 && BracketedCountryEnd(text, runEnd) is var bracketed and > 0 &&
                text[runEnd..bracketed].IndexOfAny(',', ';') < 0)
            {
                count++;
                country = true;
                runEnd = bracketed;
            }

            // Session 16: a country ends the address of any parts (three with it), a quarter needs no number; otherwise, as
            // before, a word of an address abroad and a number.
            if (count >= 2 && ((anchored && (numbered || quarter || country)) || (country && (numbered || (count >= 3 && HasUnknownWord(text, runStart, runEnd))))))
            {
                var stop = runEnd;
                while (stop > runStart && text[stop - 1] == '.' && !IsAbroadAbbreviation(text, runStart, stop))
                {
                    stop--; // a sentence's full stop after the town
                }

                matches.Add(new TextMatch(runStart, stop - runStart, country ? EndedAddress : AddressTailDetector.Address));
                i = runEnd + 1;
                continue;
            }

            var next = text[i..end].IndexOf(',');
            if (next < 0)
            {
                break;
            }

            i += next + 1;
        }
    }

    /// <summary>
    /// Session 16: a country after a replaced address or town, and a region's code of two or three capitals before it ("[Adresse] - PE,
    /// Brasilien", "[Adresse], Frankreich", "[Ort] (Togo)"), joins it (called by <see cref="PlaceQualifierDetector"/>, after every
    /// address detector).
    /// </summary>
    internal static void AddCountryAfterAddress(ReadOnlySpan<char> text, List<string> replacements, List<TextMatch> matches)
    {
        for (var at = text.IndexOfAnyInRange(TextScrubber.FirstPlaceholder, TextScrubber.LastPlaceholder); at >= 0;
             at = text[(at + 1)..].IndexOfAnyInRange(TextScrubber.FirstPlaceholder, TextScrubber.LastPlaceholder) is var next and >= 0 ? at + 1 + next : -1)
        {
            var index = text[at] - TextScrubber.FirstPlaceholder;
            if (index >= replacements.Count || replacements[index] is not (AddressTailDetector.Address or Place))
            {
                continue;
            }

            var i = at + 1;
            if (i + 5 < text.Length && text[i] == ' ' && text[i + 1] is '-' or '–' && text[i + 2] == ' ')
            {
                var code = i + 3;
                var codeEnd = code;
                while (codeEnd < text.Length && char.IsAsciiLetterUpper(text[codeEnd]))
                {
                    codeEnd++;
                }

                if (codeEnd - code is < 2 or > 3 || codeEnd >= text.Length || text[codeEnd] != ',')
                {
                    continue;
                }

                i = codeEnd; // " - PE"
            }

            var countryEnd = BracketedCountryEnd(text, i);
            if (countryEnd < 0 && i + 2 < text.Length && text[i] == ',' && text[i + 1] == ' ')
            {
                var start = i + 2;
                var stop = start;
                while (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] is '-' or '\'' or '’' || (text[stop] == ' ' && stop + 1 < text.Length && char.IsUpper(text[stop + 1]) && stop - start < 20)))
                {
                    stop++;
                }

                while (stop > start && !IsCountry(text[start..stop]) && text[start..stop].LastIndexOf(' ') is var blank and > 0)
                {
                    stop = start + blank; // "Brasilien Reise" is "Brasilien"
                }

                countryEnd = IsCountry(text[start..stop]) ? stop : -1;
            }

            if (countryEnd > at + 1)
            {
                matches.Add(new TextMatch(at + 1, countryEnd - at - 1, replacements[index]));
            }
        }
    }

    /// <summary>
    /// Session 16: an address abroad that a country ends, of places apart by commas without a word of <see cref="AbroadWordList"/>
    /// or a number ("in Rumbek, Lakes State, South Sudan", "in Ankawa, Erbil (Irak)"): at least two parts before the country, each of
    /// one to three capitalised words (any case in a note without case) that are no function word, term, unit or month, nor a word
    /// of the vocabulary unless it is a name there (<see cref="InstitutionDetector.IsBareProperNoun"/>), the first
    /// after the words of the sentence ("Kd. schickt Geld an Familie in"), and one word at least that the vocabulary lacks. A town and
    /// a country alone ("aus Kobanê, Syrien"), and towns the vocabulary knows ("Reise nach Lissabon, Porto, Portugal") stay.
    /// </summary>
    private static void AddCountryEnded(ReadOnlySpan<char> text, int from, int end, bool caseless, List<TextMatch> matches)
    {
        // The country: a part of the stretch, or in brackets right after it.
        var countryStart = -1;
        var countryEnd = -1;
        var bracketed = end < text.Length && text[end] == '(' ? BracketedCountryEnd(text, end) : -1;
        if (bracketed > 0)
        {
            countryStart = end;
            countryEnd = bracketed;
        }
        else
        {
            for (var comma = text[from..end].IndexOf(','); comma >= 0; comma = text[(from + comma + 1)..end].IndexOf(',') is var n and >= 0 ? comma + 1 + n : -1)
            {
                var partEnd = text[(from + comma + 1)..end].IndexOf(',') is var next and >= 0 ? from + comma + 1 + next : end;
                var part = Trimmed(text, from + comma + 1, partEnd);
                if (IsCountry(text[part.Start..part.End]))
                {
                    countryStart = from + comma;
                    countryEnd = text[part.End - 1] == '.' ? part.End - 1 : part.End;
                    break;
                }
            }
        }

        if (countryStart < 0)
        {
            return;
        }

        // The parts before it, from the last back.
        var partsEnd = countryStart;
        var start = -1;
        var parts = 0;
        var unknown = false;
        while (parts < MaxAbroadParts)
        {
            var comma = text[from..partsEnd].LastIndexOf(',');
            var partStart = comma < 0 ? from : from + comma + 1;
            var part = Trimmed(text, partStart, partsEnd);
            var tail = PlaceWordsTail(text, part.Start, part.End, caseless);
            if (tail >= part.End)
            {
                break;
            }

            for (var w = NextWord(text, tail, part.End, out var wordEnd); w < part.End && !unknown; w = NextWord(text, wordEnd, part.End, out wordEnd))
            {
                unknown = !IsGermanWord(text[w..wordEnd]);
            }

            start = tail;
            parts++;
            if (tail > part.Start || comma < 0)
            {
                break; // the first part, after the sentence's words
            }

            partsEnd = from + comma;
        }

        if (parts >= 2 && unknown)
        {
            matches.Add(new TextMatch(start, countryEnd - start, EndedAddress));
        }
    }

    /// <summary>The start of the last one to three words of a part that may name a place (see <see cref="AddCountryEnded"/>), or <paramref name="end"/>.</summary>
    private static int PlaceWordsTail(ReadOnlySpan<char> text, int start, int end, bool caseless)
    {
        var tail = end;
        var words = 0;
        var i = end;
        while (i > start && words < 3)
        {
            var wordEnd = i;
            while (i > start && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            var word = text[i..wordEnd];
            if (word.IsEmpty || !char.IsLetter(word[0]) || (!caseless && !char.IsUpper(word[0])) || word.EndsWith('.') ||
                DomainWords.IsFunctionWordOrTerm(word) || Units.Contains(word) || MonthNames.Contains(word) || IsCountry(word) ||
                (IsGermanWord(word) && (caseless || !InstitutionDetector.IsBareProperNoun(word))))
            {
                break; // a word of the vocabulary only where it is a name there ("Kairo"), not "Familie"
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not '-' and not '\'' and not '’')
                {
                    return i == tail ? end : tail;
                }
            }

            tail = i;
            words++;
            while (i > start && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }

        return tail;
    }

    /// <summary>Whether a word the vocabulary lacks stands between <paramref name="start"/> and <paramref name="end"/> (places it knows, "Köln, Bonn, Deutschland", are no address).</summary>
    private static bool HasUnknownWord(ReadOnlySpan<char> text, int start, int end)
    {
        for (var i = NextWord(text, start, end, out var wordEnd); i < end; i = NextWord(text, wordEnd, end, out wordEnd))
        {
            var word = text[i..wordEnd].Trim(",.()");
            if (word.Length > 1 && char.IsLetter(word[0]) && !IsCountry(word) && !IsGermanWord(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of <see cref="AbroadQuarterWords"/> stands between <paramref name="start"/> and <paramref name="end"/>.</summary>
    private static bool HasQuarterWord(ReadOnlySpan<char> text, int start, int end)
    {
        for (var i = NextWord(text, start, end, out var wordEnd); i < end; i = NextWord(text, wordEnd, end, out wordEnd))
        {
            if (AbroadQuarterWords.Contains(text[i..wordEnd].TrimEnd('.')))
            {
                return true;
            }
        }

        return false;
    }

    private static (int Start, int End) Trimmed(ReadOnlySpan<char> text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The words of a part: runs of letters, digits, hyphens, apostrophes and dots apart by white space.</summary>
    private static int NextWord(ReadOnlySpan<char> text, int i, int end, out int wordEnd)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        wordEnd = i;
        while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd]))
        {
            wordEnd++;
        }

        return i;
    }

    /// <summary>What a word of an address abroad is; the order matters (<see cref="ProperNoun"/> and after are words of the vocabulary).</summary>
    private enum AbroadWord
    {
        /// <summary>No word of an address abroad.</summary>
        None,

        /// <summary>A name or a particle of one.</summary>
        Name,

        /// <summary>A number ("12", "4th", "171-5").</summary>
        Number,

        /// <summary>A word of <see cref="AbroadWordList"/> or a Korean suffix.</summary>
        AddressWord,

        /// <summary>A word of the vocabulary that is a name there, capitalised ("Char", "Saab").</summary>
        ProperNoun,

        /// <summary>Another word of the vocabulary.</summary>
        Vocabulary,
    }

    /// <summary>
    /// What a word of an address abroad is (see <see cref="AbroadWord"/>).
    /// </summary>
    private static AbroadWord AbroadWordKind(ReadOnlySpan<char> word, bool caseless)
    {
        if (word.IsEmpty)
        {
            return AbroadWord.None;
        }

        if (char.IsDigit(word[0]))
        {
            var letters = 0;
            foreach (var c in word.TrimEnd('.'))
            {
                if (char.IsLetter(c))
                {
                    letters++;
                }
                else if (!char.IsDigit(c) && c is not '-' and not '/' and not '.') // session 16: "Rue 12.45"
                {
                    return AbroadWord.None;
                }
            }

            return word.Length <= 9 && letters <= 3 ? AbroadWord.Number : AbroadWord.None; // "12", "4th", "171-5", "45-gil"
        }

        var bare = word.TrimEnd('.');
        if (bare.IsEmpty || !char.IsLetter(bare[0]))
        {
            return AbroadWord.None;
        }

        if (AbroadWords.Contains(bare) || AbroadWords.Contains(word))
        {
            return AbroadWord.AddressWord;
        }

        if (AbroadPartWords.Contains(bare))
        {
            return AbroadWord.Name; // "Haus 23", "Gasse 4"
        }

        var hyphen = bare.LastIndexOf('-');
        if (hyphen > 0)
        {
            foreach (var suffix in AbroadSuffixes)
            {
                if (bare[hyphen..].Equals(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    return AbroadWord.AddressWord;
                }
            }

            if (AbroadWords.Contains(bare[..hyphen]))
            {
                return AbroadWord.AddressWord; // "Kuche-ye"
            }

            if (bare[(hyphen + 1)..] is "e" or "ye" or "i" or "yi" && (caseless || char.IsUpper(bare[0])) && !DomainWords.IsFunctionWordOrTerm(bare[..hyphen]))
            {
                return AbroadWord.Name; // a Persian name with its ezafe ("Jada-e Maiwand", "Kart-e Char"), German words before it too ("Kart")
            }
        }

        if (bare.Length <= 3 && bare is "e" or "ye" or "al" or "el" or "ad" or "as" or "ibn" or "bin" or "de" or "da" or "do" or "di")
        {
            return AbroadWord.Name; // a particle of a name ("Shahr-e Naw", "Hay al Jihad")
        }

        if (!caseless && !char.IsUpper(bare[0]))
        {
            return AbroadWord.None;
        }

        if (DomainWords.IsFunctionWordOrTerm(bare) || Units.Contains(bare) || MonthNames.Contains(bare))
        {
            return AbroadWord.None;
        }

        // A word of the vocabulary: 4 if it is a name there ("Char", "Saab"), capitalised in a note with case, else 5.
        return !IsGermanWord(bare) ? AbroadWord.Name : !caseless && InstitutionDetector.IsBareProperNoun(bare) ? AbroadWord.ProperNoun : AbroadWord.Vocabulary;
    }

    /// <summary>Whether every word of the part is one of an address abroad; <paramref name="anchor"/>: one is a word of <see cref="AbroadWordList"/>; <paramref name="number"/>: one is a number.</summary>
    /// <remarks>
    /// A word of the vocabulary counts only in a part after the first (<paramref name="first"/>: "Absender Meier, Derb …" starts
    /// after "Absender"), if it is a name there (<see cref="AbroadWord.ProperNoun"/>) beside a number, another name or a word of
    /// <see cref="AbroadWordList"/> ("Kart-e Char", not "Telefon" alone), or the part has a word of <see cref="AbroadWordList"/> ("bldg. saab").
    /// </remarks>
    private static bool AbroadPart(ReadOnlySpan<char> text, int start, int end, bool caseless, bool first, out bool anchor, out bool number)
    {
        anchor = false;
        number = false;
        var words = 0;
        var vocabulary = false;
        var named = false;
        var other = false;
        for (var i = NextWord(text, start, end, out var wordEnd); i < end; i = NextWord(text, wordEnd, end, out wordEnd))
        {
            var kind = AbroadWordKind(text[i..wordEnd], caseless);
            if (kind == AbroadWord.None || (first && kind >= AbroadWord.ProperNoun) || ++words > MaxAbroadPartWords || (text[wordEnd - 1] == '.' && kind is AbroadWord.Name or AbroadWord.ProperNoun or AbroadWord.Vocabulary && wordEnd < end && !IsNumberSign(text[i..wordEnd])))
            {
                return false;
            }

            anchor |= kind == AbroadWord.AddressWord;
            number |= kind == AbroadWord.Number;
            vocabulary |= kind == AbroadWord.Vocabulary;
            named |= kind == AbroadWord.ProperNoun;
            other |= kind == AbroadWord.Name;
        }

        return words > 0 && (!vocabulary || anchor) && (!named || anchor || number || other);
    }

    /// <summary>Session 24: "No." and "Nr." before a number inside a part ("Road No. 10", "Gali No. 3"): an abbreviation's dot, no sentence's end.</summary>
    private static bool IsNumberSign(ReadOnlySpan<char> word) => word is "No." or "no." or "Nr." or "nr.";

    /// <summary>The start of the last words of a part that are an address abroad's (at most <see cref="MaxAbroadPartWords"/>), or <paramref name="end"/>.</summary>
    private static int AbroadTailStart(ReadOnlySpan<char> text, int start, int end, bool caseless)
    {
        var tail = end;
        var words = 0;
        var i = end;
        while (i > start && words < MaxAbroadPartWords)
        {
            var wordEnd = i;
            while (i > start && !char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }

            var word = text[i..wordEnd];
            if (AbroadWordKind(word, caseless) is AbroadWord.None or AbroadWord.ProperNoun or AbroadWord.Vocabulary || word.EndsWith('.'))
            {
                break;
            }

            tail = i;
            words++;
            while (i > start && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }

        // A particle does not begin the address ("de Kabul" is "Kabul").
        var first = NextWord(text, tail, end, out var firstEnd);
        return first < end && AbroadWordKind(text[first..firstEnd], caseless) == AbroadWord.Name && firstEnd - first <= 3 && char.IsLower(text[first]) ? NextWord(text, firstEnd, end, out _) : tail;
    }

    /// <summary>
    /// The end of the town that begins the last part: one or two capitalised words (any case in a note without case) that are
    /// no function word or term, a word of the vocabulary only alone, capitalised and a name there (<see cref="InstitutionDetector.IsBareProperNoun"/>:
    /// "Kairo", not "Telefon"), and digits after them ("Seoul 04524"); or <paramref name="start"/>.
    /// </summary>
    private static int AbroadHeadEnd(ReadOnlySpan<char> text, int start, int end, bool caseless)
    {
        var head = start;
        var words = 0;
        for (var i = NextWord(text, start, end, out var wordEnd); i < end && words < 3; i = NextWord(text, wordEnd, end, out wordEnd))
        {
            var word = text[i..wordEnd].TrimEnd('.');
            if (word.IsEmpty)
            {
                break;
            }

            if (char.IsDigit(word[0]) && words > 0 && AbroadWordKind(word, caseless) == AbroadWord.Number)
            {
                return i + word.Length;
            }

            var german = IsGermanWord(word);
            if (!char.IsLetter(word[0]) || (!caseless && !char.IsUpper(word[0])) || DomainWords.IsFunctionWordOrTerm(word) || Units.Contains(word) ||
                MonthNames.Contains(word) || (german && (words > 0 || caseless || !InstitutionDetector.IsBareProperNoun(word))) || word.ContainsAny(AbroadBreakInWord))
            {
                break;
            }

            head = i + word.Length;
            words++;
            if (text[wordEnd - 1] == '.')
            {
                break;
            }

            if (german)
            {
                var next = NextWord(text, wordEnd, end, out var nextEnd);
                return next < end && AbroadWordKind(text[next..nextEnd], caseless) == AbroadWord.Number && char.IsDigit(text[next]) ? next + text[next..nextEnd].TrimEnd('.').Length : head;
            }
        }

        return head;
    }

    private static readonly System.Buffers.SearchValues<char> AbroadBreakInWord = System.Buffers.SearchValues.Create("'’\"");

    /// <summary>Whether the address ends in an abbreviation of <see cref="AbroadWordList"/> whose dot belongs to it ("Bldg.").</summary>
    private static bool IsAbroadAbbreviation(ReadOnlySpan<char> text, int start, int stop)
    {
        var i = stop - 1;
        while (i > start && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return AbroadWords.Contains(text[i..(stop - 1)]);
    }

    // The house number after a name: digits, a letter ("41e", "133 B"), not before a unit ("Nr. 3 Std.").
    private const string Number = @"\d{1,4}(?:\s?[a-z](?![\p{L}\d]))?(?![\p{L}\d])(?!\s{0,2}(?:(?:" + BuiltInDetectors.Units + @")(?!\p{L})|[€%]))";

    // A word for the house number: "Hs.-Nr.", "Hs. Nr.", "Haus-Nr.", "Hausnr.", "Hausnummer", "Nr."
    private const string HouseWord = @"(?:Hs\.?\s?-?\s?Nr\.?|Haus-?Nr\.?|Hausnummer|Nr\.?)";

    // A street-shaped name (a prefix and a name, "Straße der" and a name, or a word with a street's suffix, "-g." for
    // "-gasse"), then a house-number word and the number.
    [GeneratedRegex(@"(?:\b(?:Am|An\s+der|An\s+den|Auf\s+dem|Auf\s+der|Im|In\s+der|In\s+den|Zum|Zur|Unter\s+den|Hinter\s+der|Vor\s+dem)\s+(?-i:\p{Lu})[\p{L}-]*|\b(?:Straße|Strasse|Platz|Allee|Ring)\s+(?:der|des)\s+(?-i:\p{Lu})[\p{L}-]*|\b\p{L}[\p{L}-]*(?:stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|steig|pfad|markt|stieg|graben|wall|kamp|twiete|twete|zeile|steg|winkel|redder|koppel|deich|anger|grund|siedlung|hain|park|g\.))\s*,?\s*" + HouseWord + @"\s*" + Number, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StreetNumberedRegex();

    // One or two capitalised words, a house-number word and the number (checked by IsNameNumbered).
    [GeneratedRegex(@"(?<![\p{L}\d])(?-i:\p{Lu})[\p{L}-]+(?:\s(?-i:\p{Lu})[\p{L}-]+)?\s*,?\s*" + HouseWord + @"\s*" + Number, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NameNumberedRegex();

    // Rural addresses: a capitalised word for a settlement and a house number that ends the address (the end, a punctuation
    // mark, a line break, " in ", " und "), so that "Der Abbau 10 Stellen" stays.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:" + Settlements + "|(?-i:ABBAU|AUSBAU|VORWERK|SIEDLUNG))\\s+" + Number + @"(?:\s?[-–]\s?\d{1,4}[a-z]?)?(?=[ \t]*(?:$|[,;.)/|\r\n–½]|-\s|(?:in|und)\s))", RegexOptions.CultureInvariant)]
    private static partial Regex RuralRegex();

    // A post-office box and its number, whole or in groups ("Postfach 17 46 36", "PF 71 93 7").
    [GeneratedRegex(@"(?<![\p{L}\d])(?:Postfach\s*|Postf\.\s*|PF\s+)\d(?:\s?\d){2,7}(?![\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostBoxRegex();

    // A house number (a letter, a range, a second number after a slash) that a postcode and a town follow, after a comma,
    // " in " or a line break (up to three spaces or tabs either side): German, Dutch ("7377 SC"), Czech ("602 00"), Portuguese ("4050-262"), Polish, and four digits
    // that are no year.
    // Session 12: a German postcode of five digits also after spaces alone, a semicolon, a middle dot or a dash ("Iltisfeld 14
    // 35789 Weilmünster", "Kamillenweg 7 – 98660 Themar").
    [GeneratedRegex(@"(?<![\p{L}\d.,:/-])\d{1,4}(?:\s?[a-z](?![\p{L}\d]))?(?:\s?[-–/]\s?\d{1,4}[a-z]?)?(?:[ \t]{0,3},[ \t]{0,3}\d{1,2}º[ \t]{0,3}(?-i:[A-Z])?)?(?:[ \t](?-i:[a-h])|[ \t](?-i:hs|HS)|-(?-i:bis|ter)|[ \t]{0,3},[ \t]{0,3}(?:\d\.[ \t]?)?(?-i:EG|OG|DG|UG)(?:[ \t]+(?:links|rechts|li\.|re\.|Mitte))?)?(?=(?:[ \t]{0,3},[ \t]{0,3}|[ \t]{1,3}in[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,3})(?:" + AddressTailDetector.Postcode + @")\p{L}|(?:[ \t]{1,3}|[ \t]{0,3}[;·–-][ \t]{0,3})(?:D-)?\d{5}[ \t]+\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BeforePostcodeRegex();

    // A part of a town: "OT" (capitals, or any case after a slash) or "Ortsteil", and one or two words.
    [GeneratedRegex(@"(?:(?<![\p{L}\d])(?-i:OT)|(?<=/)(?:ot|Ot)|(?<![\p{L}\d])(?-i:Ortsteil|ortsteil|ORTSTEIL))[ \t]+\p{L}[\p{L}-]+(?:[ \t](?-i:\p{Lu})[\p{L}-]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex TownPartRegex();
}
