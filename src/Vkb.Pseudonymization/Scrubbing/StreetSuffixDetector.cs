namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 18: streets named by a head word the street pattern does not know, before a house number: "-hang", "-acker",
/// "-trift", "-ecke", "-leite", "-kuhle", "-brink", "-garten", "-gärten", since session 19 "-höhe" and "-wende" ("Mergelhang 133a", "Waidacker 110", "Auerhahntrift 65",
/// "Buchweizenecke 14c", "Am Kirchgarten 3"), and Low German streets with their article "de" ("Op de Bleek 91", "Achter de Möhl 4").
/// The word is capitalised (any case in a note without case), has three letters or more before the head, and is no common
/// noun that ends so ("Anhang 2", "Strecke 3", "Kindergarten 1"); the number has one to four digits, a letter or a second
/// number after a hyphen or slash, and no unit, amount, time or date after it. The tail detector adds the postcode and town.
/// </summary>
internal sealed class StreetSuffixDetector : SpanDetector
{
    internal static readonly string[] Heads = ["hang", "acker", "trift", "ecke", "leite", "kuhle", "brink", "garten", "gärten",
        // Session 19: streets on a height or at a bend ("Lerchenhöhe 12", "Mühlenwende 3").
        "höhe", "wende",
        // Session 20: a short side street, a climb and a bend ("Fuhrknechtstich 2a", "Bergschmiedsteige 1b", "Schuhnagelbogen 16b");
        // only in a word that is none of the lists ("Fragebogen 2", "Mückenstich 3" stay: see IsHeadStreet), and only before a number
        // with a letter or a second number ("Notenbogen 2 fehlt" stays; a compound of known words is no word of the lists).
        "stich", "steige", "bogen",
        // Session 23: a row of houses, a field, a passage and a fen canal ("Warfenreihe 10", "Darrefeld 16 a", "Ederseegang 17-19",
        // "Kajentief 12 a"); only in a word of none of the lists (<see cref="ListedHeads"/>: "Sitzreihe 3", "Lernfeld 5", "Lehrgang 2" stay).
        "reihe", "feld", "gang", "tief"];

    /// <summary>Session 20: heads that many common nouns end in: a street only in a word of none of the lists.</summary>
    private static readonly string[] GuardedHeads = ["stich", "steige", "bogen"];

    /// <summary>
    /// Session 23: heads that common nouns end in as well, but streets by them carry any house number: a street only in a word of none of
    /// the lists and none of <see cref="NotStreets"/> (a compound of known words may be none of the lists: "Veranstaltungsreihe 3").
    /// </summary>
    private static readonly string[] ListedHeads = ["reihe", "feld", "gang", "tief"];

    /// <summary>Common nouns that end in a head: no street.</summary>
    internal static readonly string[] NotStreets =
        ["anhang", "zusammenhang", "aushang", "vorhang", "überhang", "umhang", "strecke", "decke", "hecke", "zecke", "schnecke", "zwecke",
         "stecke", "flecke", "kindergarten", "biergarten",
         // Session 19: heights of an amount or a size, and turns of time or policy ("Miethöhe 450", "Jahreswende 2025").
         "anhöhe", "augenhöhe", "miethöhe", "beitragshöhe", "bedarfshöhe", "leistungshöhe", "zuschusshöhe", "lohnhöhe", "gehaltshöhe",
         "einkommenshöhe", "rentenhöhe", "regelsatzhöhe", "ratenhöhe", "kostenhöhe", "gesamthöhe", "flughöhe", "körperhöhe", "raumhöhe",
         "förderhöhe", "betragshöhe", "unterhaltshöhe", "schuldenhöhe", "kredithöhe", "pfändungshöhe", "zeitenwende", "kehrtwende",
         "jahreswende", "energiewende", "verkehrswende", "sonnenwende",
         // Session 20: forms and arcs ("Fragebogen 2", "Antragsbogen 3"), stings and cuts, crates.
         "fragebogen", "antragsbogen", "meldebogen", "erhebungsbogen", "anmeldebogen", "ellenbogen", "regenbogen", "torbogen", "briefbogen",
         "spannungsbogen", "bewertungsbogen", "beobachtungsbogen", "einschätzungsbogen", "personalbogen", "anamnesebogen", "profilbogen",
         "datenbogen", "stundenbogen", "feedbackbogen", "kreisbogen", "rundbogen", "druckbogen", "einstich", "nadelstich",
         "mückenstich", "zeckenstich", "bienenstich", "wespenstich", "messerstich", "hühnersteige", "obststeige",
         // Session 23: rows, series and ranks; fields of work, learning, forms and play; courses, ways and passages; lows.
         "sitzreihe", "stuhlreihe", "baureihe", "testreihe", "messreihe", "versuchsreihe", "zahlenreihe", "zeitreihe", "schriftenreihe",
         "buchreihe", "modellreihe", "veranstaltungsreihe", "vortragsreihe", "seminarreihe", "kursreihe", "workshopreihe", "fortbildungsreihe",
         "untersuchungsreihe", "rangreihe", "bankreihe", "tischreihe", "häuserreihe", "fensterreihe", "warteschlangenreihe", "filmreihe",
         "arbeitsfeld", "berufsfeld", "umfeld", "spielfeld", "textfeld", "eingabefeld", "datenfeld", "freifeld", "kommentarfeld", "suchfeld",
         "handlungsfeld", "tätigkeitsfeld", "aufgabenfeld", "einsatzfeld", "lernfeld", "themenfeld", "übungsfeld", "vorfeld", "blickfeld",
         "sichtfeld", "kraftfeld", "magnetfeld", "sportfeld", "praxisfeld", "kompetenzfeld", "fachfeld", "anwendungsfeld", "geschäftsfeld",
         "wirkungsfeld", "problemfeld", "spannungsfeld", "bewerberfeld", "teilnehmerfeld", "mittelfeld", "schlachtfeld", "bedienfeld",
         "formularfeld", "pflichtfeld", "auswahlfeld", "notizfeld", "feld", "berufsfelder", "testfeld", "prüffeld", "lernfelder",
         "ausgang", "eingang", "zugang", "abgang", "übergang", "durchgang", "rundgang", "lehrgang", "studiengang", "jahrgang", "vorgang",
         "umgang", "arbeitsgang", "bildungsgang", "waschgang", "hausgang", "kreuzgang", "werdegang", "aufgang", "niedergang", "untergang",
         "spaziergang", "fortgang", "hergang", "rückgang", "ausbildungsgang", "qualifizierungsgang", "förderlehrgang", "sprachlehrgang",
         "bildungsgang", "schulgang", "gerichtsgang", "behördengang", "amtsgang", "botengang", "kirchgang", "arbeitsvorgang", "durchlauf",
         "sturmtief", "rekordtief", "allzeittief", "stimmungstief", "leistungstief", "formtief", "motivationstief", "jahrestief", "zwischentief"];

    /// <summary>The Low German prepositions of streets ("Op de Bleek", "Achter de Kark", "Bi de Möhl").</summary>
    private static readonly string[] LowGermanPrepositions = ["op", "up", "achter", "bi", "vör", "över", "ünner", "unner", "an", "in", "to"];

    private static readonly string[] LowGermanArticles = ["de"];

    private static readonly string[] Units = BuiltInDetectors.Units.Split('|');

    public override string Name => "streetAddress";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        if (workspace.DigitRuns.Length == 0)
        {
            return; // no house number
        }

        workspace.WordTable.Classes(text, out var union);
        var heads = (union & WordClass.StreetHead) != 0; // else no head word and no Low German article: only a head word apart is read

        bool? caseless = null;
        foreach (var (start, run) in workspace.DigitRuns)
        {
            if (run > 4 || start < 3 || (start > 0 && text[start - 1] != ' '))
            {
                continue;
            }

            var wordEnd = start - 1;
            var wordStart = wordEnd;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
            {
                wordStart--;
            }

            if (wordEnd - wordStart < 4 || (wordStart > 0 && (char.IsDigit(text[wordStart - 1]) || text[wordStart - 1] is '.' or '@' or '_')) ||
                !char.IsLetter(text[wordStart]))
            {
                continue;
            }

            var word = text[wordStart..wordEnd];
            var streetStart = !heads ? -1 : IsHeadStreet(word) ? wordStart : LowGermanStreet(text, wordStart);
            if (streetStart < 0)
            {
                streetStart = PlaceAdjectiveStreet(text, wordStart, word);
            }

            if (streetStart < 0)
            {
                continue;
            }

            if (!char.IsUpper(text[wordStart]) && !(caseless ??= workspace.WordTable.Caseless(text)))
            {
                continue;
            }

            var end = NumberEnd(text, start, run);
            if (end > 0 && end == start + run && streetStart == wordStart && EndsInGuardedHead(word))
            {
                continue; // session 20: "-stich", "-steige", "-bogen" only before a number with a letter or a second number ("Notenbogen 2 fehlt")
            }

            if (end > 0)
            {
                matches.Add(new TextMatch(streetStart, end - streetStart, AddressTailDetector.Address));
            }
        }
    }

    /// <summary>Whether a street of this detector may end in the word (a head word) or start at it (the Low German "de"): <see cref="WordClass.StreetHead"/>.</summary>
    internal static bool MayStartOrEndStreet(ReadOnlySpan<char> word) => word.Equals("de", StringComparison.OrdinalIgnoreCase) || IsHeadStreet(word);

    /// <summary>
    /// Session 23: head words that stand apart after a place's adjective ("Lüher Deich", "Glatzer Winkel", "Rastenburger Winkel",
    /// "Wilster Reihe"): the street pattern takes none of them.
    /// </summary>
    private static readonly string[] SeparateHeads = ["Deich", "Winkel", "Reihe", "Tief", "Feld", "Anger", "Kamp", "Hang", "Garten", "Leite", "Wiese",
        "Koppel", "Brink", "Twiete", "Redder", "Trift", "Acker", "Grund", "Höhe", "Bogen", "Stieg", "Steig", "Siel", "Damm", "Horst", "Heide"];

    private static bool IsSeparateHead(ReadOnlySpan<char> word)
    {
        if (word.Length is < 4 or > 6)
        {
            return false;
        }

        foreach (var head in SeparateHeads)
        {
            if (word.Equals(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Session 23: the start of a street of a place's adjective and a head word apart ("Lüher Deich 16", "Rastenburger Winkel 68"): the head
    /// (<see cref="SeparateHeads"/>, capitalised) at <paramref name="headStart"/> after one blank and a capitalised word of four letters or more
    /// on "-er" that is no word of the lists and no function word or term ("Rechter Winkel 90" stays); -1 if none.
    /// </summary>
    private static int PlaceAdjectiveStreet(ReadOnlySpan<char> text, int headStart, ReadOnlySpan<char> head)
    {
        if (!IsSeparateHead(head) || headStart < 6 || text[headStart - 1] != ' ')
        {
            return -1;
        }

        var i = headStart - 1;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        var adjective = text[i..(headStart - 1)];
        return adjective.Length >= 5 && char.IsUpper(adjective[0]) && char.IsLower(adjective[1]) && adjective.EndsWith("er", StringComparison.Ordinal) &&
               (i == 0 || !char.IsLetterOrDigit(text[i - 1]) && text[i - 1] != '-') && !WordLists.IsWord(adjective) && !DomainWords.IsFunctionWordOrTerm(adjective)
            ? i
            : -1;
    }

    /// <summary>Whether the word ends in a head of <see cref="Heads"/> after three letters or more and is no common noun so ending.</summary>
    internal static bool IsHeadStreet(ReadOnlySpan<char> word)
    {
        // Session 20: a word whose last letter (ASCII, any case) ends no head is none; a letter outside ASCII may lower to one.
        if (word.Length < 6 || (word[^1] < 128 && (word[^1] | 0x20) is not ('g' or 'r' or 't' or 'e' or 'k' or 'n' or 'h' or 'd' or 'f')))
        {
            return false;
        }

        if (word[^1] is 'd' or 'D' or 'f' or 'F' && !word.EndsWith("feld", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("tief", StringComparison.OrdinalIgnoreCase))
        {
            return false; // session 23: of the heads only "-feld" and "-tief" end so ("Bescheid", "Verband" need no search)
        }

        Span<char> lower = stackalloc char[Math.Min(word.Length, NameFolding.MaxStackWord)];
        if (word.Length > lower.Length)
        {
            return false;
        }

        Lexicon.ToLowerInvariant(word, lower);
        foreach (var head in Heads)
        {
            if (lower.Length >= head.Length + 3 && lower.EndsWith(head, StringComparison.Ordinal) && char.IsLetter(lower[^(head.Length + 1)]))
            {
                if ((Array.IndexOf(GuardedHeads, head) >= 0 || Array.IndexOf(ListedHeads, head) >= 0) && WordLists.IsWord(word))
                {
                    return false;
                }

                foreach (var noun in NotStreets)
                {
                    if (lower.EndsWith(noun, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>Session 20: whether the word ends in one of <see cref="GuardedHeads"/> (any case).</summary>
    private static bool EndsInGuardedHead(ReadOnlySpan<char> word)
    {
        foreach (var head in GuardedHeads)
        {
            if (word.EndsWith(head, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The start of a Low German street whose name is the word at <paramref name="nameStart"/> ("Op de Bleek"), or -1.</summary>
    private static int LowGermanStreet(ReadOnlySpan<char> text, int nameStart)
    {
        if (!char.IsUpper(text[nameStart]))
        {
            return -1;
        }

        var articleStart = WordBefore(text, nameStart);
        if (articleStart < 0 || !Contains(LowGermanArticles, text[articleStart..(nameStart - 1)]))
        {
            return -1;
        }

        var prepositionStart = WordBefore(text, articleStart);
        return prepositionStart >= 0 && char.IsUpper(text[prepositionStart]) && Contains(LowGermanPrepositions, text[prepositionStart..(articleStart - 1)]) ? prepositionStart : -1;
    }

    /// <summary>The start of the word (letters and apostrophes) that ends one blank before <paramref name="start"/>, or -1.</summary>
    private static int WordBefore(ReadOnlySpan<char> text, int start)
    {
        if (start < 2 || text[start - 1] != ' ')
        {
            return -1;
        }

        var i = start - 1;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '\'' or '’'))
        {
            i--;
        }

        return i == start - 1 || (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not '(' and not ',' and not ':') ? -1 : i;
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The end of the house number that starts at <paramref name="start"/> (a letter, "-79" or "/2" after it), or -1 when a unit, an
    /// amount, a time, a date or a year follows or stands there.
    /// </summary>
    private static int NumberEnd(ReadOnlySpan<char> text, int start, int run)
    {
        var end = start + run;
        if (run == 4 && text[start] is '1' or '2' && text[start + 1] is '9' or '0')
        {
            return -1; // a year
        }

        if (end < text.Length && (text[end] is ':' or ',' && end + 1 < text.Length && char.IsDigit(text[end + 1]) || text[end] is '.' && end + 1 < text.Length && char.IsDigit(text[end + 1])))
        {
            return -1; // a time, an amount or a date
        }

        if (end < text.Length && text[end] is '-' or '/' && end + 1 < text.Length && char.IsDigit(text[end + 1]))
        {
            var second = end + 1;
            while (second < text.Length && char.IsDigit(text[second]) && second - end <= 4)
            {
                second++;
            }

            end = second;
        }
        else if (end < text.Length && char.IsAsciiLetterLower(text[end]) && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])))
        {
            end++;
        }
        else if (end + 1 < text.Length && text[end] == ' ' && text[end + 1] is >= 'a' and <= 'h' &&
                 (end + 2 == text.Length || (!char.IsLetterOrDigit(text[end + 2]) && text[end + 2] != '.')))
        {
            end += 2; // session 23: the letter apart ("Darrefeld 16 a")
        }

        if (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            return -1;
        }

        var after = end;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        if (after < text.Length && text[after] is '€' or '%')
        {
            return -1;
        }

        var unitEnd = after;
        while (unitEnd < text.Length && char.IsLetter(text[unitEnd]))
        {
            unitEnd++;
        }

        return unitEnd > after && Contains(Units, text[after..unitEnd]) ? -1 : end;
    }
}
