namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// The head of an address before its street: "c/o" and the name of whoever the post goes to ("c/o Penny Phelps,
/// Unter der Burg 100d", "c/o Basnet, Hauptstr. 5"), or an adjective of the street's name in lower case ("untere
/// bachgasse 5"). It joins the <c>[Adresse]</c> after it, so the person the customer
/// lives with is not left beside it as "c/o [Person 1]". Runs after the street and tail detectors, before the name detectors.
/// </summary>
internal sealed class AddressHeadDetector : SpanDetector
{
    /// <summary>The most words a c/o name may have ("c/o Maria de la Cruz Pérez").</summary>
    internal const int MaxNameWords = 5;

    public override string Name => "streetAddress";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        if (replacements.Count == 0 || !replacements.Contains(AddressTailDetector.Address))
        {
            return; // session 20: no address replaced, so no placeholder below is one (the loop would skip each)
        }

        var careOf = text.IndexOf("c/o", StringComparison.OrdinalIgnoreCase) >= 0;

        // Session 20: from placeholder to placeholder (a vectorised search) rather than character by character; every other character
        // was skipped by the test below (its index is negative or past the replacements), so the matches are the same.
        for (var i = TextScrubber.NextPlaceholder(text, 0); i >= 0; i = TextScrubber.NextPlaceholder(text, i + 1))
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index < 0 || index >= replacements.Count || replacements[index] != AddressTailDetector.Address)
            {
                continue;
            }

            var start = careOf ? CareOfBefore(text, i) : -1;
            if (start < 0)
            {
                start = AdjectiveBefore(text, i);
            }

            if (start < 0)
            {
                start = PrepositionBefore(text, i);
            }

            if (start < 0)
            {
                start = PrepositionAdjectiveBefore(text, i);
            }

            if (start < 0)
            {
                start = PlaceAdjectiveBefore(text, i);
            }

            if (start < 0)
            {
                start = TownBefore(text, i);
            }

            if (start >= 0)
            {
                matches.Add(new TextMatch(start, i - start, AddressTailDetector.Address));
            }
        }
    }

    /// <summary>Adjectives that begin a street's name and that the street pattern takes only capitalised ("untere bachgasse 5").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Adjectives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["untere", "obere", "mittlere", "hintere", "vordere", "innere", "äußere", "alte", "neue", "große", "kleine", "lange", "hohe", "breite", "kurze"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prepositions that begin a street's name with an article ("Vor der Bleiche 4", "Über der Klinge 2", "Bei der Kapelle 7", "Zwischen den Toren 3").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Vor", "Über", "Bei", "Hinter", "Unter", "Zwischen", "Neben", "Ob", "Auf", "An", "In", "Vorm", "Hinterm", "Unterm", "Überm"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The prepositions of <see cref="Prepositions"/> in any case, for a note in capitals ("ÜBER DER MÜHLE 7").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UpperPrepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["VOR", "ÜBER", "BEI", "HINTER", "UNTER", "ZWISCHEN", "NEBEN", "OB", "AUF", "AN", "IN", "VORM", "HINTERM", "UNTERM", "ÜBERM"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The start of a capitalised preposition of <see cref="Prepositions"/> and an article ("der", "den", "dem", "des") right
    /// before <paramref name="address"/>, or -1: the street pattern took only the name after them ("Vor der [Adresse]"). A
    /// preposition in lower case or at a sentence's start is the sentence's ("wohnt bei der [Adresse]", "Bei der [Adresse] war …" stay).
    /// </summary>
    internal static int PrepositionBefore(ReadOnlySpan<char> text, int address)
    {
        if (address < 7 || text[address - 1] != ' ')
        {
            return -1;
        }

        var article = text[(address - 4)..(address - 1)];
        if (text[address - 5] != ' ' || !(article is "der" or "den" or "dem" or "des" or "DER" or "DEN" or "DEM" or "DES"))
        {
            return -1;
        }

        var i = address - 5;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        var preposition = text[i..(address - 5)];
        var before = text[..i].TrimEnd(" \t");
        if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || before.IsEmpty || before[^1] is '.' or '!' or '?' or '\n')
        {
            return -1; // at a sentence's start the preposition is the sentence's ("Bei der [Adresse] wurde …")
        }

        return Prepositions.Contains(preposition) || (preposition.Length > 1 && UpperPrepositions.Contains(preposition))
            ? i
            : -1;
    }

    /// <summary>A preposition and article in one word that begins a street's name ("Am", "Zum", "Hinterm"), capitalised or in capitals.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Contractions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Am", "Im", "Zum", "Zur", "Beim", "Vom", "Ans", "Aufm", "Vorm", "Hinterm", "Unterm", "Überm",
         "AM", "IM", "ZUM", "ZUR", "BEIM", "VOM", "ANS", "AUFM", "VORM", "HINTERM", "UNTERM", "ÜBERM"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Session 20: the start of a street's preposition and an inflected adjective of its name right before <paramref name="address"/>,
    /// or -1: the street pattern took only the noun and number ("Am alten [Adresse]" for "Am alten Zollhaus 25", "Am Tiefen
    /// [Adresse]", "Hinter den hohen [Adresse]", "Zur Grünen [Adresse]"). The preposition is a contraction of <see cref="Contractions"/>
    /// or one of <see cref="Prepositions"/> and an article, capitalised; the adjective one word in "-e", "-en", "-er", "-es" or "-em" of
    /// three letters or more, in any case.
    /// </summary>
    internal static int PrepositionAdjectiveBefore(ReadOnlySpan<char> text, int address)
    {
        if (address < 7 || text[address - 1] != ' ')
        {
            return -1;
        }

        var i = address - 1;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        var adjective = text[i..(address - 1)];
        if (adjective.Length < 3 || i < 3 || text[i - 1] != ' ' || !EndsLikeAnInflectedAdjective(adjective) || DomainWords.IsFunctionWordOrTerm(adjective))
        {
            return -1;
        }

        var j = i - 1;
        while (j > 0 && char.IsLetter(text[j - 1]))
        {
            j--;
        }

        var word = text[j..(i - 1)];
        if (word.Length == 0 || (j > 0 && char.IsLetterOrDigit(text[j - 1])))
        {
            return -1;
        }

        if (Contractions.Contains(word))
        {
            return j;
        }

        if (!(word is "der" or "den" or "dem" or "des" or "die" or "das" or "DER" or "DEN" or "DEM" or "DES" or "DIE" or "DAS") || j < 3 || text[j - 1] != ' ')
        {
            return -1;
        }

        var k = j - 1;
        while (k > 0 && char.IsLetter(text[k - 1]))
        {
            k--;
        }

        var preposition = text[k..(j - 1)];
        return (k == 0 || !char.IsLetterOrDigit(text[k - 1])) &&
               (Prepositions.Contains(preposition) || (preposition.Length > 1 && UpperPrepositions.Contains(preposition)))
            ? k
            : -1;
    }

    private static bool EndsLikeAnInflectedAdjective(ReadOnlySpan<char> word)
    {
        var last = char.ToLowerInvariant(word[^1]);
        if (last == 'e')
        {
            return true;
        }

        var second = char.ToLowerInvariant(word[^2]);
        return second == 'e' && last is 'n' or 'r' or 's' or 'm';
    }

    /// <summary>Adjectives in "-er" that begin a street's name ("Großer Plan 4", "Alter Markt 2").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ErAdjectives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Großer", "Kleiner", "Alter", "Neuer", "Langer", "Hoher", "Oberer", "Unterer", "Hinterer", "Vorderer", "Mittlerer", "Breiter", "Roter",
         "Grüner", "Weißer", "Schwarzer", "Krummer", "Stiller", "Kurzer", "Heiliger"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Session 13: the start of a capitalised adjective in "-er" one space before <paramref name="address"/>, or -1: the street
    /// pattern took only the name after it ("Breslauer [Adresse]" for "Breslauer Winkel 5, …", "Großer [Adresse]"). The adjective is
    /// one of <see cref="ErAdjectives"/> or is made from a place: no word of the word lists ("Königsberger"; not "Vater", "Absender").
    /// </summary>
    internal static int PlaceAdjectiveBefore(ReadOnlySpan<char> text, int address)
    {
        if (address < 6 || text[address - 1] != ' ' || text[address - 2] != 'r' || text[address - 3] != 'e')
        {
            return -1;
        }

        var i = address - 1;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        var word = text[i..(address - 1)];
        if ((i > 0 && char.IsLetterOrDigit(text[i - 1])) || word.Length < 5 || !char.IsUpper(word[0]) || !char.IsLower(word[1]))
        {
            return -1;
        }

        return ErAdjectives.Contains(word) ||
               (!DomainWords.IsFunctionWordOrTerm(word) && !ThirdPersonDetector.IsHonorific(word) && !ThirdPersonDetector.IsIntroducer(word) &&
                WordLists.Flags(word) == 0)
            ? i
            : -1;
    }

    /// <summary>
    /// The word (letters, a hyphen between two of them) that ends right before ", " and <paramref name="at"/>, as a town is written
    /// before its street; (-1, -1) if no ", " stands there. Its start may be <paramref name="at"/> - 2 (no letter before the comma).
    /// </summary>
    internal static (int Start, int End) WordBeforeComma(ReadOnlySpan<char> text, int at)
    {
        if (at < 4 || text[at - 1] != ' ' || text[at - 2] != ',')
        {
            return (-1, -1);
        }

        var end = at - 2;
        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '-' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        return (start, end);
    }

    /// <summary>
    /// Session 13: the start of a town (and its postcode) before ", " and <paramref name="address"/>, or -1: notes and forms write the
    /// town first ("wohnhaft Adenau, [Adresse]", "in Bad Ems, [Adresse]", "08412 Werdau, [Adresse]"). The town is one capitalised word
    /// that is no German word (or a name there), no name of a person and no function word or term, after "Bad" or "St." perhaps, after a
    /// postcode or a word in lower case or punctuation, not after an honorific or a role ("Frau Kowalski, [Adresse]" stays the name detectors').
    /// </summary>
    internal static int TownBefore(ReadOnlySpan<char> text, int address)
    {
        var (i, end) = WordBeforeComma(text, address);
        if (i < 0)
        {
            return -1;
        }

        var town = text[i..end];
        if (town.Length < 3 || (i > 0 && char.IsLetterOrDigit(text[i - 1])) || !char.IsUpper(town[0]) || !char.IsLower(town[1]) ||
            DomainWords.IsFunctionWordOrTerm(town) || (WordLists.IsWord(town) && !InstitutionDetector.IsBareProperNoun(town)) ||
            (WordLists.Flags(town) & (WordLists.SurnameFlag | WordLists.GivenNameFlag)) != 0)
        {
            return -1;
        }

        // "Bad Ems", "St. Ingbert": the prefix goes with the town.
        var start = i;
        if (i >= 4 && text[(i - 4)..i] is "Bad " && (i == 4 || !char.IsLetterOrDigit(text[i - 5])))
        {
            start = i - 4;
        }
        else if (i >= 4 && text[(i - 4)..i] is "St. " && (i == 4 || !char.IsLetterOrDigit(text[i - 5])))
        {
            start = i - 4;
        }

        // What stands before: a postcode joins; an honorific or a role word makes the word a name; a capitalised word before it makes
        // it part of a longer phrase ("Herr Dr. Adenau").
        var j = start;
        while (j > 0 && text[j - 1] == ' ')
        {
            j--;
        }

        if (j >= 5 && j < start && IsPostcode(text[(j - 5)..j]) && (j == 5 || !char.IsLetterOrDigit(text[j - 6])))
        {
            return j - 5;
        }

        if (j > 0 && j < start && text[j - 1] == ',')
        {
            return -1; // "Absender Kaya, Emine, [Adresse]": a given name after a surname
        }

        var k = j;
        while (k > 0 && char.IsLetter(text[k - 1]))
        {
            k--;
        }

        var before = text[k..j];
        if (j < start && before.Length > 0 &&
            (char.IsUpper(before[0]) || ThirdPersonDetector.IsHonorific(before) || ThirdPersonDetector.IsIntroducer(before) ||
             before is "im" or "am" or "an" or "ob" or "bei" or "vor" or "auf" or "unter" or "der" or "den"))
        {
            return -1; // "Freiburg im Breisgau, …": the town's last words
        }

        // After a preposition of a place or "wohnhaft" the word is a town; else only a word that is none of the vocabulary and ends like a
        // German place ("Immenstadt, …"; not "Klingelschild, …", and a word of the vocabulary that looks like a name there by its forms,
        // "Briefkasten", "Absender", never).
        // Session 19: so is a word of none of the lists that opens a bracket or follows a colon or a line's start ("(Zeiskam,
        // [Adresse])", "Zustelladresse: Ostenland, [Adresse]"), where a note lists an address; "(Absender, [Adresse])" stays.
        var cued = (j < start && before is "in" or "aus" or "nach" or "von" or "wohnhaft" or "Wohnort" or "wohnt") ||
                   (before.Length == 0 && (j == 0 || text[j - 1] is '(' or ':' or '\n') && !WordLists.IsWord(town));
        if (!cued && (WordLists.IsWord(town) || !InstitutionDetector.EndsLikeAPlace(town)))
        {
            return -1;
        }

        return j < start && k > 0 && text[k - 1] == '.' && before.Length <= 4 ? -1 : start; // "Fr. Adenau, …"
    }

    private static bool IsPostcode(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The start of an adjective of <see cref="Adjectives"/> one space before <paramref name="address"/>, or -1.</summary>
    internal static int AdjectiveBefore(ReadOnlySpan<char> text, int address)
    {
        if (address < 2 || text[address - 1] != ' ')
        {
            return -1;
        }

        var i = address - 1;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && Adjectives.Contains(text[i..(address - 1)]) ? i : -1;
    }

    /// <summary>
    /// The start of "c/o" and a name that end right before <paramref name="address"/> (a comma and spaces may follow
    /// the name), or -1: the name is one to <see cref="MaxNameWords"/> words of letters (with hyphens, apostrophes and an
    /// initial's dot) parted by single spaces.
    /// </summary>
    internal static int CareOfBefore(ReadOnlySpan<char> text, int address)
    {
        var i = address;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }

        if (i > 0 && text[i - 1] == ',')
        {
            i--;
        }

        for (var words = 0; words < MaxNameWords; words++)
        {
            var end = i;
            while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] is '-' or '\'' or '’' or '.'))
            {
                i--;
            }

            if (i == end || !char.IsLetter(text[i]) || i == 0 || text[i - 1] != ' ')
            {
                return -1;
            }

            i--; // the space before the word
            if (i >= 3 && text.Slice(i - 3, 3).Equals("c/o", StringComparison.OrdinalIgnoreCase) && (i == 3 || !char.IsLetterOrDigit(text[i - 4])))
            {
                return i - 3;
            }
        }

        return -1;
    }
}
