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

    private const string Place = "[Ort]";

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
            return; // every shape but a part of a town has a number; a town part alone is found with an address only
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
                if (start >= 0)
                {
                    matches.Add(new TextMatch(start, m.Index + m.Length - start, AddressTailDetector.Address));
                }
            }
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
    /// most a run of two): without one, <see cref="BeforePostcodeRegex"/> cannot match. Dates ("12.03.2024") open no gate.
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
        }

        return false;
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
    [GeneratedRegex(@"(?<![\p{L}\d.,:/-])\d{1,4}(?:\s?[a-z](?![\p{L}\d]))?(?:\s?[-–/]\s?\d{1,4}[a-z]?)?(?:[ \t]{0,3},[ \t]{0,3}\d{1,2}º[ \t]{0,3}(?-i:[A-Z])?)?(?=(?:[ \t]{0,3},[ \t]{0,3}|[ \t]{1,3}in[ \t]{1,3}|[ \t]{0,3}\r?\n[ \t]{0,3})(?:" + AddressTailDetector.Postcode + @")\p{L})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BeforePostcodeRegex();

    // A part of a town: "OT" (capitals, or any case after a slash) or "Ortsteil", and one or two words.
    [GeneratedRegex(@"(?:(?<![\p{L}\d])(?-i:OT)|(?<=/)(?:ot|Ot)|(?<![\p{L}\d])(?-i:Ortsteil|ortsteil|ORTSTEIL))[ \t]+\p{L}[\p{L}-]+(?:[ \t](?-i:\p{Lu})[\p{L}-]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex TownPartRegex();
}
