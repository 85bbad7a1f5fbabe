using System.Collections.Frozen;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 22: streets abroad by the street word of their country, found from their house number (a digit run, so the detector
/// costs nothing on a note without digits and a few comparisons per number). Two orders:
/// <list type="bullet">
/// <item>the street word first, then one to three words of the name, then the number: Slavic, Balkan and Russian streets
/// ("vul. Sichovykh Striltsiv 21", "bul. Ilinden 45/2-7", "prospekt Pobedy 86", "Ulica kralja Zvonimira 62", "Rr. Adem Jashari 5"),
/// Spanish, Latin American, Italian and French ones ("Av. Lumumba 214", "Calle 45 # 23-18", "Carrera 7 No. 12-40", "jr. huallaga 90",
/// "via dei mille 7", "Route d'Arlon 212", "Impasse Lavaud #12"), Hebrew, Greek, Arabic, Kurdish and Persian, South-East Asian
/// ("Rehov Herzl 15", "Odos Ermou 3", "Şeqama Serhildan 22", "Soi Sukhumvit 71", "Jalan Merdeka 5"), and a numbered avenue's
/// ordinal before the word ("4a. Avenida 12-34");</item>
/// <item>the street word last, after one to three words of the name: Hungarian, Baltic, Nordic, Faroese, Central Asian and
/// streets ("Váci út 12", "Brīvības iela 8", "Karl Johans gate 22", "Niels Finsens gøta 5", "Registon ko‘chasi 31"), the word in
/// lower case as these languages write it and the name capitalised.</item>
/// </list>
/// The number may follow a sign ("#", "No.", "Nr.", "n.º", "№") and carry a letter, a slash or a range ("45/2-7", "12-40"); it is
/// no quantity ("Via Zoom 2 mal"). Words of a name are no German function words and end at a comma; a short abbreviation
/// counts only with its dot ("ul.", "Av.": "per 5" stays), "via" in lower case only before an Italian article.
/// </summary>
internal sealed class ForeignStreetDetector : SpanDetector
{
    public override string Name => "streetAddress";

    /// <summary>Street words that stand before the name (lower case, without their dot and apostrophes).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWords = new[]
    {
        // Slavic, Baltic, Balkan, Russian and Ukrainian (transliterated), Albanian, Romanian
        "ulica", "ulitsa", "ulice", "vulica", "vulytsia", "vulytsya", "vulitsa", "prospekt", "prospect", "praspiekt", "prospekti", "bulvar", "bulevar",
        "bulevard", "bulevardi", "bulvari", "pereulok", "provulok", "shosse", "naberezhnaya", "ploshcha", "ploshchad", "trg", "cesta", "rruga", "sheshi",
        "sokak", "šetalište", "setaliste", "bulevardul", "soseaua", "șoseaua", "piata", "piața",
        // Spanish, Latin American, Portuguese, Italian, French, Catalan
        "avenida", "calle", "carrera", "diagonal", "transversal", "privada", "cerrada", "callejón", "callejon", "jirón", "jiron", "pasaje", "camino",
        "carretera", "rambla", "plaza", "praça", "praca", "estrada", "alameda", "viale", "vicolo", "contrada", "località", "localita", "frazione",
        "borgo", "salita", "lungomare", "piazzale", "route", "chemin", "impasse", "cours", "sentier", "boulevard", "avinguda", "passatge",
        // Hebrew, Greek, Arabic, Kurdish, Persian, South-East Asian, Swahili
        "rehov", "rechov", "sderot", "shderot", "derech", "kikar", "simtat", "odos", "odós", "leoforos", "leofóros", "shari", "sharia", "tariq", "darb",
        "zuqaq", "şeqam", "seqam", "şeqama", "seqama", "kolan", "kolana", "khiyaban", "khiaban", "kucheh", "kucha", "soi", "thanon", "jalan", "lorong",
        "mtaa", "duong", "đường", "pho", "phố",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Abbreviated street words before the name: only with their dot ("ul.", "Av.", "C.so").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstAbbreviations = new[]
    {
        "ul", "vul", "pr", "prosp", "bul", "bulv", "per", "pl", "nab", "rr", "str", "av", "avda", "cra", "cr", "kr", "cl", "jr", "psje", "bvar", "ctra",
        "pza", "v.le", "p.za", "p.zza", "c.so", "c.da", "loc", "fraz", "rte", "ch", "imp", "bd", "bld", "blvd", "leof", "jl", "jln",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Street words that stand after the name (lower case, without apostrophes).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LastWords = new[]
    {
        // Hungarian, Baltic, Nordic and Faroese written apart, Central Asian
        "utca", "út", "tér", "köz", "iela", "gatvė", "gatve", "tänav", "tanav", "gate", "gata", "gatan", "vej", "vejen", "gade", "gaden", "vei", "veien",
        "vegur", "gøta", "gota", "stræde", "straede", "allé", "plads", "torv", "torget", "köçesi", "kocesi", "köçe", "kochasi", "ko‘chasi", "kuchasi",
        "koshesi",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Street words that end a compound in Dutch, Danish, Norwegian, Swedish, Faroese, Icelandic and Finnish (lower case).</summary>
    private static readonly string[] CompoundEnds =
    [
        "straat", "laan", "plein", "gracht", "kade", "dijk", "singel", "steeg", "gade", "gaden", "vej", "vejen", "vænget", "stræde", "plads", "torv",
        "gata", "gatan", "vägen", "gränd", "torget", "veien", "vegen", "gate", "gaten", "vegur", "gøta", "stígur", "stræti", "braut", "katu", "tie", "kuja",
    ];

    /// <summary>Words before such a compound that are part of the street's name ("Gammel Kongevej", "Nørre Voldgade").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CompoundAdjectives = new[]
    {
        "Gammel", "Gl.", "Nørre", "Søndre", "Øster", "Vester", "Store", "Lille", "Ny", "Nye", "Nya", "Gamla", "Stora", "Lilla", "Skt.", "Sankt", "Øvre",
        "Nedre", "Övre", "Kongens", "Oude", "Nieuwe", "Korte", "Lange", "Grote", "Kleine", "Sint",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a capitalised word is a compound on one of <see cref="CompoundEnds"/> (three letters before it at least) and no German word.</summary>
    private static bool IsNordicCompound(ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || word.Length > 30 || !char.IsLetter(word[^1]))
        {
            return false;
        }

        foreach (var suffix in CompoundEnds)
        {
            if (word.Length >= suffix.Length + 3 && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                foreach (var c in word)
                {
                    if (!char.IsLetter(c) && c != '-')
                    {
                        return false;
                    }
                }

                return !WordLists.IsWord(word) && !DomainWords.IsFunctionWordOrTerm(word);
            }
        }

        return false;
    }

    /// <summary>Italian articles and saints' words after a lower-case "via" ("via dei mille 7"; not "via Zoom 2").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ItalianArticles = new[]
    {
        "dei", "del", "della", "delle", "degli", "dello", "di", "san", "santa", "santo", "sant",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] UnitList = BuiltInDetectors.Units.Split('|');

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var runs = workspace.DigitRuns;
        if (runs.Length == 0)
        {
            return;
        }

        var text = workspace.Text;
        var position = 0;
        foreach (var (start, length) in runs)
        {
            if (start < position)
            {
                continue; // a digit run inside the last match ("45/2-7")
            }

            if (Street(text, start, length) is (>= 0 and var from, var end))
            {
                matches.Add(new TextMatch(from, end - from, AddressTailDetector.Address));
                position = end;
            }
        }
    }

    /// <summary>The street whose house number starts with the digit run at <paramref name="start"/>, as (from, end), or (-1, 0).</summary>
    internal static (int From, int End) Street(ReadOnlySpan<char> text, int start, int length)
    {
        // The number's token: the digits at its start, or after "#" or "№" ("#12", "№ 5" is a sign token below).
        var tokenStart = start;
        if (start > 0 && text[start - 1] is '#' or '№')
        {
            tokenStart = start - 1;
        }

        if (tokenStart > 0 && !IsBlank(text[tokenStart - 1]))
        {
            return (-1, 0);
        }

        var end = NumberEnd(text, start + length);
        if (end < 0)
        {
            return (-1, 0);
        }

        // A sign before the number ("No. 12", "# 23-18", "n.º 1420", "Nr. 5").
        var before = PreviousToken(text, tokenStart);
        var signed = tokenStart < start;
        if (before.Start >= 0 && IsSign(text.Slice(before.Start, before.Length)))
        {
            signed = true;
            before = PreviousToken(text, before.Start);
        }

        if (before.Start < 0)
        {
            return (-1, 0);
        }

        // A compound on a street word of the Netherlands, Flanders, the Nordic countries or Finland ("Vestergade 12", "Storgatan 5",
        // "Kerkstraat 3", "Aleksanterinkatu 12"), capitalised, no German word ("Brigade 5"); an old-town adjective before it joins.
        if (char.IsUpper(text[before.Start]) && IsNordicCompound(text.Slice(before.Start, before.Length)))
        {
            var adjective = PreviousToken(text, before.Start);
            var from = adjective.Start >= 0 && CompoundAdjectives.Contains(text.Slice(adjective.Start, adjective.Length)) ? adjective.Start : before.Start;
            return (from, end);
        }

        // The street word last, written in lower case ("Váci út", "Karl Johans gate"): one to three words of the name before it.
        if (char.IsLower(text[before.Start]) && LastWords.Contains(Key(text.Slice(before.Start, before.Length), stackalloc char[16])))
        {
            var first = -1;
            var token = PreviousToken(text, before.Start);
            for (var n = 0; n < 3 && token.Start >= 0 && IsNameWord(text.Slice(token.Start, token.Length), capitalised: true); n++)
            {
                first = token.Start;
                token = PreviousToken(text, token.Start);
            }

            return first >= 0 ? (first, end) : (-1, 0);
        }

        // The street word first: up to three words of the name between it and the number.
        var names = 0;
        var numberName = false;
        for (var token = before; token.Start >= 0 && names <= 3; token = PreviousToken(text, token.Start))
        {
            var word = text.Slice(token.Start, token.Length);
            if (names == 0 && IsFirstWord(text, token, word) && PreviousToken(text, token.Start) is { Start: >= 0 } numbered &&
                IsOrdinal(text.Slice(numbered.Start, numbered.Length)))
            {
                return (numbered.Start, end); // a numbered avenue, its ordinal its name ("4a. Avenida 12-34")
            }

            if (names > 0 && IsFirstWord(text, token, word))
            {
                var from = token.Start;
                var ordinal = PreviousToken(text, token.Start);
                if (ordinal.Start >= 0 && IsOrdinal(text.Slice(ordinal.Start, ordinal.Length)))
                {
                    from = ordinal.Start; // "4a. Avenida 12-34"
                }

                // A name that is a number ("Calle 45 # 23-18") needs the sign before the house number.
                return !numberName || signed ? (from, end) : (-1, 0);
            }

            if (names == 0 && word.Length <= 3 && word.Length > 0 && char.IsAsciiDigit(word[0]) && IsShortNumber(word))
            {
                numberName = true;
            }
            else if (!IsNameWord(word, capitalised: false))
            {
                return (-1, 0);
            }

            names++;
        }

        return (-1, 0);
    }

    /// <summary>Whether a token is the street word of the first order: a full word in any case (a lower-case "via" only before an Italian article), or an abbreviation with its dot.</summary>
    private static bool IsFirstWord(ReadOnlySpan<char> text, (int Start, int Length) token, ReadOnlySpan<char> word)
    {
        if (word.Length > 14)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[16];
        if (word[^1] == '.')
        {
            return FirstAbbreviations.Contains(Key(word[..^1], buffer));
        }

        var key = Key(word, buffer);
        if (key.SequenceEqual("via"))
        {
            // "Via Roma 5" is the foreign-street regex's; in lower case only before an article ("via dei mille 7").
            var next = NextToken(text, token.Start + token.Length);
            return word[0] == 'v' && next.Start >= 0 && ItalianArticles.Contains(text.Slice(next.Start, next.Length));
        }

        return FirstWords.Contains(key);
    }

    /// <summary>
    /// Session 23: whether a word is a street word abroad that stands before the street's name ("Rehov", "Sderot", "Strada", "Str.", "ul."),
    /// for a street whose name and number another detector replaced without it (<see cref="TownRestDetector"/>).
    /// </summary>
    internal static bool IsStreetWordBefore(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[16];
        if (word[^1] == '.')
        {
            return FirstAbbreviations.Contains(Key(word[..^1], buffer));
        }

        var key = Key(word, buffer);
        return FirstWords.Contains(key) || key.SequenceEqual("strada") || key.SequenceEqual("via") || key.SequenceEqual("corso") ||
               key.SequenceEqual("piazza") || key.SequenceEqual("rua") || key.SequenceEqual("rue");
    }

    /// <summary>The word in lower case without apostrophes, in <paramref name="buffer"/> (empty if longer).</summary>
    private static ReadOnlySpan<char> Key(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (c is '\'' or '’' or '`' or 'ʻ')
            {
                continue;
            }

            if (n == buffer.Length)
            {
                return [];
            }

            buffer[n++] = char.ToLowerInvariant(c);
        }

        return buffer[..n];
    }

    /// <summary>Whether a token is a word of a street's name: letters (an apostrophe, hyphen or dot inside), no German function word, not ended by a comma or other punctuation.</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word, bool capitalised)
    {
        if (word.Length == 0 || !char.IsLetter(word[0]) || (capitalised && !char.IsUpper(word[0])) || word.Length > 30)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not ('\'' or '’' or '‘' or '-' or '.'))
            {
                return false;
            }
        }

        return !DomainWords.IsFunctionWord(word) && !IsSign(word);
    }

    private static bool IsShortNumber(ReadOnlySpan<char> word)
    {
        var i = 0;
        while (i < word.Length && char.IsAsciiDigit(word[i]))
        {
            i++;
        }

        return i == word.Length || (i == word.Length - 1 && char.IsAsciiLetterLower(word[i]));
    }

    /// <summary>An avenue's or street's ordinal before its word: "4a.", "7a.", "12.".</summary>
    private static bool IsOrdinal(ReadOnlySpan<char> word) =>
        word.Length is >= 2 and <= 4 && word[^1] == '.' && char.IsAsciiDigit(word[0]) && IsShortNumber(word[..^1]);

    /// <summary>A sign before a house number: "#", "№", "No", "No.", "Nr.", "n.", "nº", "n.º", "no:".</summary>
    private static bool IsSign(ReadOnlySpan<char> word)
    {
        var w = word.TrimEnd(".:");
        return w is "#" or "№" or "No" or "NO" or "no" or "Nr" or "NR" or "nr" or "n" or "nº" or "Nº" or "n.º" or "N.º" or "n°" or "N°";
    }

    /// <summary>The end of a house number whose digits end at <paramref name="i"/>: a letter, "/" or "-" and more digits (twice at most), no quantity after; -1 if none.</summary>
    private static int NumberEnd(ReadOnlySpan<char> text, int i)
    {
        if (i < text.Length && char.IsAsciiLetter(text[i]) && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1])))
        {
            i++;
        }

        if (i + 2 < text.Length && text[i] == '-' && char.IsLetter(text[i + 1]))
        {
            // A word for "house" or "bis" after a hyphen ("31-uy", "12-bis"): three letters at most.
            var j = i + 1;
            while (j < text.Length && j - i <= 4 && char.IsLetter(text[j]))
            {
                j++;
            }

            if (j - i <= 4 && (j == text.Length || !char.IsLetterOrDigit(text[j])))
            {
                return j;
            }
        }

        for (var part = 0; part < 2; part++)
        {
            if (i + 1 < text.Length && text[i] is '/' or '-' && char.IsAsciiDigit(text[i + 1]))
            {
                var j = i + 1;
                while (j < text.Length && j - i <= 4 && char.IsAsciiDigit(text[j]))
                {
                    j++;
                }

                if (j < text.Length && char.IsAsciiLetter(text[j]) && (j + 1 == text.Length || !char.IsLetterOrDigit(text[j + 1])))
                {
                    j++;
                }

                i = j;
            }
        }

        if (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '%' or '€' || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            return -1;
        }

        // No quantity: "Via Zoom 2 mal", "Plaza 3 Tage".
        var k = i;
        while (k < text.Length && k - i < 2 && text[k] == ' ')
        {
            k++;
        }

        if (k > i && k < text.Length)
        {
            foreach (var unit in UnitList)
            {
                if (text[k..].StartsWith(unit, StringComparison.OrdinalIgnoreCase) && (k + unit.Length == text.Length || !char.IsLetter(text[k + unit.Length])))
                {
                    return -1;
                }
            }

            if (text[k] is '€' or '%')
            {
                return -1;
            }
        }

        return i;
    }

    private static bool IsBlank(char c) => c is ' ' or '\u00A0';

    /// <summary>The token (a run without blanks) before the blank before <paramref name="at"/>, one or two blanks back, on the same line; (-1, 0) if none.</summary>
    private static (int Start, int Length) PreviousToken(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        var blanks = 0;
        while (i > 0 && IsBlank(text[i - 1]) && blanks < 2)
        {
            i--;
            blanks++;
        }

        if (blanks == 0 || i == 0 || char.IsWhiteSpace(text[i - 1]))
        {
            return (-1, 0);
        }

        var end = i;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        // A token that ends a clause (a comma, a colon, a bracket) is no part of the street.
        return text[end - 1] is ',' or ';' or ':' or ')' or '(' or '"' or '“' or '„' || text[i] is '(' or '"' or '„' or '“' ? (-1, 0) : (i, end - i);
    }

    /// <summary>The token after the blank at <paramref name="at"/>; (-1, 0) if none.</summary>
    private static (int Start, int Length) NextToken(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length || !IsBlank(text[at]))
        {
            return (-1, 0);
        }

        var i = at + 1;
        var end = i;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end > i ? (i, end - i) : (-1, 0);
    }
}
