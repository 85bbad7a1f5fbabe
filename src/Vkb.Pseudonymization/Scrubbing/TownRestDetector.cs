namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 23: the rest of a town that an address or a postcode and town replaced before it leaves, as the countries customers come
/// from and commute to write it (heldout18's Italian, Israeli and German addresses): the town's further words ("… 89127 Reggio"
/// + " Calabria", "… Santa Cristina" + " Valgardena"), joined by a preposition or article of a place name ("Rohr in Niederbayern",
/// "Pozzuolo del Friuli", "Ciudad de Guatemala"), its second name after a slash ("Urtijëi / Ortisei"), a part of the town after
/// "OT" ("Land Hadeln OT Wanna"), the rest of a word after an apostrophe ("Be" + "’er Sheva"), and the province's or state's code
/// after the town ("Palermo PA", "Catania CT", "Valgardena (BZ)"); after a street, a town and the postcode that follows it
/// (", Tel Aviv-Yafo 6433222", the order of Israel, India and Thailand). A word is taken only when it is no word of the lists (or a
/// place name the lists hold: <see cref="InstitutionDetector.IsBareProperNoun"/>) nor a compound of their words ("Arbeitsort"), no function
/// word or term, and the words end the
/// clause or a code or postcode ends them: "[Adresse] Termin am Montag" and "[Ort], Raum 2345" stay.
/// </summary>
internal sealed class TownRestDetector : SpanDetector
{
    public override string Name => "streetAddress";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        if (!(replacements.Contains(AddressTailDetector.Address) || replacements.Contains(AddressShapeDetector.Place)))
        {
            return;
        }

        for (var i = TextScrubber.NextPlaceholder(text, 0); i >= 0; i = TextScrubber.NextPlaceholder(text, i + 1))
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index < 0 || index >= replacements.Count || ReferenceEquals(replacements[index], AddressShapeDetector.EndedAddress))
            {
                continue; // an address that its country ended takes nothing after it
            }

            var replacement = replacements[index];
            var street = replacement == AddressTailDetector.Address;
            if (!street && replacement != AddressShapeDetector.Place)
            {
                continue;
            }

            var end = i + 2 < text.Length ? RestEnd(text, i + 1, street, replacements) : i + 1;
            if (street && end == i + 1 && RangeEnd(text, i + 1) is > 0 and var range)
            {
                end = range; // "Lutkirain 24" + "-34"
            }

            if (end > i + 1)
            {
                matches.Add(new TextMatch(i + 1, end - i - 1, replacement));
            }

            if (!street && StreetBeforePlace(text, i, out var streetEnd) is >= 0 and var streetStart)
            {
                matches.Add(new TextMatch(streetStart, streetEnd - streetStart, AddressTailDetector.Address));
            }

            if (street)
            {
                var start = StreetWordStart(text, i) is >= 0 and var word ? word : i;
                if (HouseBefore(text, start) is >= 0 and var house)
                {
                    start = house;
                }

                if (TownBefore(text, start) is >= 0 and var town)
                {
                    start = town;
                }

                if (start < i)
                {
                    matches.Add(new TextMatch(start, i - start, replacement));
                }
            }
        }
    }

    /// <summary>The end of the town's rest at <paramref name="from"/> right after a replaced address or town, or <paramref name="from"/> if none.</summary>
    internal static int RestEnd(ReadOnlySpan<char> text, int from, bool street, List<string>? replacements = null)
    {
        if (street && PostcodeTownEnd(text, from) is > 0 and var town)
        {
            return town;
        }

        if (ConnectorBeforePlace(text, from, replacements) is > 0 and var joined)
        {
            return joined;
        }

        if (AbbreviatedConnectorEnd(text, from) is > 0 and var abbreviated)
        {
            return abbreviated;
        }

        var i = from;
        var committed = from;
        // "Be" + "’er Sheva": the rest of the town's word after an apostrophe (two letters or more: not an English "’s").
        if (i + 2 < text.Length && text[i] is '’' or '\'' && char.IsLower(text[i + 1]))
        {
            var j = WordEnd(text, i + 1);
            if (j - i - 1 < 2)
            {
                return from;
            }

            i = j;
            if (EndsClause(text, i))
            {
                committed = i;
            }
        }

        for (var step = 0; step < 4; step++)
        {
            if (CodeEnd(text, i) is > 0 and var code)
            {
                return code;
            }

            if ((i > from || street) && PostcodeEnd(text, i, i > from ? 4 : 5) is > 0 and var postcode)
            {
                return postcode; // "Be’er Sheva" + " 8448504"; after a street and its town, five digits or more ("Ramat Gan" + " 5251108")
            }

            var next = NextWordStart(text, i);
            if (next < 0)
            {
                break;
            }

            var end = WordEnd(text, next);
            if (end - next < 2 || !(IsTownWord(text[next..end]) || (char.IsLower(text[next + 1]) && !DomainWords.IsFunctionWord(text[next..end]) && PartOfTownAfter(text, end))))
            {
                break;
            }

            i = end;
            if (EndsClause(text, i) || PlaceAfter(text, i, replacements))
            {
                committed = i;
            }
        }

        return committed > from ? RegionEnd(text, committed) : committed;
    }

    /// <summary>
    /// After a town's rest, the region or town that a comma adds (" Town" + ", Zanzibar"): one or two town words (<see cref="IsTownWord"/>)
    /// that end the clause; <paramref name="end"/> if none.
    /// </summary>
    private static int RegionEnd(ReadOnlySpan<char> text, int end)
    {
        if (end + 3 >= text.Length || text[end] != ',' || text[end + 1] != ' ' || !char.IsUpper(text[end + 2]))
        {
            return end;
        }

        var i = end + 1;
        for (var words = 0; words < 2 && i + 2 < text.Length && text[i] == ' ' && char.IsUpper(text[i + 1]); words++)
        {
            var wordEnd = WordEnd(text, i + 1);
            if (wordEnd - i - 1 < 2 || !IsTownWord(text[(i + 1)..wordEnd]))
            {
                return end;
            }

            i = wordEnd;
            if (EndsClause(text, i))
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>
    /// The start of a street word abroad right before a replaced street (<see cref="ForeignStreetDetector.IsStreetWordBefore"/>: "Rehov"
    /// + "[Adresse]", "Str." + "[Adresse]"), or before one capitalised word that is no word of the lists ("Strada Col" + "[Adresse]"); -1 if none.
    /// </summary>
    private static int StreetWordStart(ReadOnlySpan<char> text, int placeholder)
    {
        var start = WordBefore(text, placeholder);
        if (start < 0)
        {
            return -1;
        }

        var word = text[start..(placeholder - 1)];
        if (ForeignStreetDetector.IsStreetWordBefore(word) || (char.IsUpper(word[0]) && IsOneOf(word, GermanPrefixes)))
        {
            return start;
        }

        if (word.Length < 2 || !char.IsUpper(word[0]) || word[^1] == '.' || DomainWords.IsFunctionWord(word))
        {
            return -1;
        }

        var first = WordBefore(text, start);
        if (first >= 0 && char.IsUpper(text[first]) && IsOneOf(text[first..(start - 1)], GermanPrefixWords) && IsOneOf(word, GermanArticles))
        {
            return first; // "An der" + "[Adresse]"
        }

        return first >= 0 && char.IsUpper(text[first]) && ForeignStreetDetector.IsStreetWordBefore(text[first..(start - 1)]) ? first : -1;
    }

    /// <summary>
    /// Session 24: words that name a house, flat, plot or ward before its number where an address abroad begins with them ("House No. 12,
    /// Osu Badu Street", "Plot 45, Mbarara-Kabale Road", "Lot 2145, Kampung …", "Flat 3B, …", "Ward No. 7, …", "H.No. 2-1-114, …"): English
    /// as India, Pakistan, Malaysia, Ghana, Uganda and southern Africa write them (lower case, dots inside kept).
    /// </summary>
    private static readonly string[] HouseWords =
        ["house", "flat", "plot", "lot", "door", "ward", "unit", "stand", "villa", "block", "apt", "apartment", "suite", "shop", "bungalow", "h.no", "d.no"];

    /// <summary>
    /// Session 24: the start of a house's designation right before a replaced street (<paramref name="at"/>): a house word of
    /// <see cref="HouseWords"/> (any case, its dot), "No."/"Nr."/"Nº"/"#" or not, and a house number ("12", "3B", "2-1-114", "45/2", "B-07-12")
    /// and a comma, or the house word and "No." alone when the street took the number ("Plot" + "[Adresse]"); "No.", "Nº" or "#" without a
    /// house word ("No. 61/3, Galle Road"); a house number alone and a
    /// comma only at a line's start or after a colon, a bracket or a word in lower case ("nach 12, [Adresse]", "dort: 12, [Adresse]"; not
    /// "Raum 12, " nor a year, "2019, "). -1 if none.
    /// </summary>
    internal static int HouseBefore(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        if (i >= 2 && text[i - 1] == ' ' && text[i - 2] == ',')
        {
            // The number and the comma.
            var end = i - 2;
            var k = end;
            while (k > 0 && end - k < 12 && (char.IsAsciiLetterOrDigit(text[k - 1]) || text[k - 1] is '/' or '-'))
            {
                k--;
            }

            if (k == end || !text[k..end].ContainsAnyInRange('0', '9') || !(char.IsAsciiDigit(text[k]) || (char.IsAsciiLetterUpper(text[k]) && k + 1 < end && (text[k + 1] == '-' || char.IsAsciiDigit(text[k + 1])))) ||
                (k > 0 && char.IsLetterOrDigit(text[k - 1])))
            {
                return -1;
            }

            for (var c = k + 1; c < end; c++)
            {
                if (char.IsAsciiLetter(text[c]) && char.IsAsciiLetter(text[c - 1]))
                {
                    return -1; // two letters in a row: a word ("3er-WG"), no house number ("3B", "12-3-45/A", "B-07-12")
                }
            }

            if (k > 0 && text[k - 1] == '#')
            {
                k--;
            }

            var designated = DesignationStart(text, k);
            if (designated >= 0)
            {
                return designated;
            }

            // A number alone: not a year, and after a line's start, a colon, a bracket or a word in lower case.
            if (end - k == 4 && text[k] is '1' or '2' && text[k + 1] is '9' or '0')
            {
                return -1;
            }

            var b = k;
            while (b > 0 && text[b - 1] == ' ')
            {
                b--;
            }

            var wordStart = b;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            return b == 0 || text[b - 1] is ':' or '(' or '\n' or '\r' || (b < k && wordStart < b && char.IsLower(text[wordStart])) ? k : -1;
        }

        return DesignationStart(text, i) is >= 0 and var start && start < i ? start : -1;
    }

    /// <summary>
    /// Session 24: the end of a house-number range's second number right after a replaced street ("Lutkirain 24" + "-34", "Rosenhag 6" +
    /// " – 8"): a hyphen or dash, glued or between blanks, and one to four digits (a letter after them or not) that no digit or letter
    /// follows; 0 if none. Five digits are a postcode's.
    /// </summary>
    internal static int RangeEnd(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        var spaced = i < text.Length && text[i] == ' ';
        if (spaced)
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('-' or '–'))
        {
            return 0;
        }

        i++;
        if (spaced)
        {
            if (i >= text.Length || text[i] != ' ')
            {
                return 0;
            }

            i++;
        }

        var digits = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (i == digits || i - digits > 4)
        {
            return 0;
        }

        if (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        return i < text.Length && char.IsLetterOrDigit(text[i]) ? 0 : i;
    }

    /// <summary>
    /// Session 24: the start of a town (or a town's part after "Ortsteil" or "OT") and a comma right before a replaced street, the German
    /// order of a form or a letter's head ("Immenstadt, Glimmerallee 82", "Ortsteil Dörnthal, Jagstredder 31c"): one capitalised word that may be
    /// a town's (<see cref="IsTownBeforeStreet"/>), after a line's start,
    /// a colon, a bracket, a placeholder, a replaced value and a comma, or a word in lower case ("war noch Immenstadt, …") that is no article (<see cref="ArticlesBeforeNouns"/>:
    /// "am Briefkasten, …"), or after "Ortsteil" or "OT", which join it; not after a capitalised word ("Herr Schulz, Lindenstraße 4" stays
    /// a name). -1 if none.
    /// </summary>
    internal static int TownBefore(ReadOnlySpan<char> text, int at)
    {
        var (start, end) = AddressHeadDetector.WordBeforeComma(text, at);
        if (start < 0)
        {
            return -1;
        }

        if (end - start < 3 || !char.IsUpper(text[start]) || (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or ':')) ||
            !IsTownBeforeStreet(text[start..end]))
        {
            return -1;
        }

        var b = start;
        while (b > 0 && text[b - 1] == ' ')
        {
            b--;
        }

        if (b == 0 || text[b - 1] is ':' or '(' or '\n' or '\r' || Words.IsPlaceholder(text[b - 1]) || (text[b - 1] == ',' && b >= 2 && Words.IsPlaceholder(text[b - 2])))
        {
            return start; // after a comma only a replaced value's ("[Geburtsdatum], Grafenau, …"): "Meier, Irmelin, Lindenstraße 4" is a name
        }

        var wordStart = b;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        if (wordStart == b || b == start)
        {
            return -1;
        }

        var before = text[wordStart..b];
        return before is "Ortsteil" or "OT" ? wordStart : char.IsLower(before[0]) && !IsOneOf(before, ArticlesBeforeNouns) ? start : -1;
    }

    /// <summary>
    /// Whether a capitalised word before a street may be its town, as <see cref="AddressHeadDetector"/> reads one there: no function word or
    /// term, and no word of the lists unless it ends like a German place ("Immenstadt", "Wolfhagen"; "Briefkasten" and "Absender", words
    /// that look like names by their forms, never), and no compound of their words.
    /// </summary>
    private static bool IsTownBeforeStreet(ReadOnlySpan<char> word) =>
        char.IsLower(word[1]) && !DomainWords.IsFunctionWordOrTerm(word) &&
        (WordLists.IsWord(word) ? InstitutionDetector.EndsLikeAPlace(word) : !NameShapeDetector.IsCompound(word));

    /// <summary>Articles and prepositions with their article, which stand before a noun, not a town ("am Briefkasten, …", "im Feuerwehrhaus, …").</summary>
    private static readonly string[] ArticlesBeforeNouns =
        ["am", "im", "beim", "vom", "zum", "zur", "ins", "ans", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einem", "einen", "einer", "eines"];

    /// <summary>
    /// Session 24: the start of a street right before a replaced postcode and town, the order of every German address ("Storchenfeld 43 –
    /// [Ort]", "Darrefeld 16 a, [Ort]", "Hohe Leite Nr. 37; [Ort]"): a comma, a semicolon or a dash before the town; a house number of one
    /// to four digits (a letter, glued or apart, or a range after it), "Nr." before it or not; and a capitalised word of four letters or
    /// more that is no word of the lists, no function word or term (a street's compound: "Raum 12, [Ort]" and "Kapitel 3, [Ort]" stay), with
    /// a capitalised word before it that ends in "e" or "er" ("Hohe Leite", "Breslauer Winkel") or not. -1 if none.
    /// </summary>
    internal static int StreetBeforePlace(ReadOnlySpan<char> text, int at, out int streetEnd)
    {
        var i = at;
        streetEnd = at;
        if (i < 8)
        {
            return -1;
        }

        // The separator: ", ", "; ", " – ", " - ".
        if (text[i - 1] != ' ')
        {
            return -1;
        }

        if (text[i - 2] is ',' or ';')
        {
            i -= 2;
        }
        else if (text[i - 2] is '–' or '-' && text[i - 3] == ' ')
        {
            i -= 3;
        }
        else
        {
            return -1;
        }

        // The house number, from its end back: a letter apart or glued, a range.
        streetEnd = i;
        var end = i;
        if (end >= 2 && char.IsAsciiLetter(text[end - 1]) && (text[end - 2] == ' ' || char.IsAsciiDigit(text[end - 2])))
        {
            end = text[end - 2] == ' ' ? end - 2 : end - 1;
        }

        var d = end;
        while (d > 0 && (char.IsAsciiDigit(text[d - 1]) || (text[d - 1] == '-' && d - 1 > 0 && char.IsAsciiDigit(text[d - 2]))))
        {
            d--;
        }

        if (d == end || end - d > 9 || !char.IsAsciiDigit(text[d]) || d < 2 || text[d - 1] != ' ')
        {
            return -1;
        }

        var run = d;
        while (run < end && char.IsAsciiDigit(text[run]))
        {
            run++;
        }

        if (run - d > 4)
        {
            return -1;
        }

        var w = d - 1;
        if (w >= 4 && text[w - 1] == '.' && text[w - 2] == 'r' && text[w - 3] == 'N' && text[w - 4] == ' ')
        {
            w -= 4; // "Nr. 37"
        }

        var wordEnd = w;
        var start = wordEnd;
        while (start > 0 && (char.IsLetter(text[start - 1]) || (text[start - 1] == '-' && start - 1 > 0 && char.IsLetter(text[start - 2]))))
        {
            start--;
        }

        if (wordEnd - start < 4 || !char.IsUpper(text[start]) || !char.IsLower(text[start + 1]) || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return -1;
        }

        var word = text[start..wordEnd];
        if (WordLists.IsWord(word) || DomainWords.IsFunctionWordOrTerm(word))
        {
            return -1;
        }

        // An adjective before it ("Hohe Leite", "Breslauer Winkel").
        if (start >= 3 && text[start - 1] == ' ')
        {
            var a = start - 1;
            while (a > 0 && char.IsLetter(text[a - 1]))
            {
                a--;
            }

            var adjective = text[a..(start - 1)];
            if (adjective.Length >= 3 && char.IsUpper(adjective[0]) && (adjective.EndsWith("e", StringComparison.Ordinal) || adjective.EndsWith("er", StringComparison.Ordinal)) &&
                !DomainWords.IsFunctionWordOrTerm(adjective))
            {
                return a;
            }
        }

        return start;
    }

    /// <summary>The start of a house word and its "No." before <paramref name="at"/> (one blank before it), or -1.</summary>
    private static int DesignationStart(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        if (i < 2 || text[i - 1] != ' ')
        {
            return -1;
        }

        i--;
        var wordEnd = i;
        var w = wordEnd;
        while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] is '.' or 'º' or '#'))
        {
            w--;
        }

        if (w == wordEnd || (w > 0 && char.IsLetterOrDigit(text[w - 1])))
        {
            return -1;
        }

        var word = text[w..wordEnd].TrimEnd('.');
        if (word is "No" or "no" or "NO" or "Nr" or "nr" or "Nº" or "nº" or "#")
        {
            var before = DesignationStart(text, w);
            return before >= 0 ? before : w; // "No. 61/3, Galle Road"
        }

        foreach (var house in HouseWords)
        {
            if (word.Equals(house, StringComparison.OrdinalIgnoreCase) && char.IsUpper(word[0]))
            {
                return w;
            }
        }

        return -1;
    }

    /// <summary>
    /// The prepositions with their article that begin a German or Low German street ("Am Lüher Deich", "Op de Wurt"): a street another
    /// detector replaced without them keeps them otherwise ("Am" + "[Adresse]").
    /// </summary>
    private static readonly string[] GermanPrefixes = ["Am", "Im", "Zum", "Zur", "Beim", "Op", "Up", "Achter"];

    /// <summary>The prepositions before an article that begin a German street ("An der", "Auf dem", "Hinter den").</summary>
    private static readonly string[] GermanPrefixWords = ["An", "Auf", "In", "Hinter", "Unter", "Vor", "Über", "Bei"];

    private static readonly string[] GermanArticles = ["der", "den", "dem", "de"];

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
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

    /// <summary>The start of the word (letters, dots inside and last) that ends one blank before <paramref name="end"/>, or -1.</summary>
    private static int WordBefore(ReadOnlySpan<char> text, int end)
    {
        if (end < 3 || text[end - 1] != ' ')
        {
            return -1;
        }

        var i = end - 1;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '.'))
        {
            i--;
        }

        return i < end - 1 && char.IsLetter(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) ? i : -1;
    }

    /// <summary>
    /// Where the next word of the town starts after <paramref name="i"/>: after one blank a capitalised word, after a connector of place
    /// names (<see cref="Connectors"/>) or a slash one; -1 if none.
    /// </summary>
    private static int NextWordStart(ReadOnlySpan<char> text, int i)
    {
        if (i + 2 >= text.Length || text[i] != ' ')
        {
            return -1;
        }

        var j = i + 1;
        if (text[j] == '/' && j + 2 < text.Length && text[j + 1] == ' ')
        {
            j += 2;
        }
        else
        {
            foreach (var connector in Connectors)
            {
                if (text[j..].StartsWith(connector, StringComparison.Ordinal) && j + connector.Length + 1 < text.Length && text[j + connector.Length] == ' ')
                {
                    j += connector.Length + 1;
                    break;
                }
            }
        }

        return j < text.Length && char.IsUpper(text[j]) ? j : -1;
    }

    /// <summary>The words that join a town's parts ("Rohr in Niederbayern", "Pozzuolo del Friuli", "Land Hadeln OT Wanna"), longest first where one begins another.</summary>
    private static readonly string[] Connectors =
        ["an der", "ob der", "in der", "in", "am", "im", "della", "delle", "del", "di", "de la", "de", "du", "des", "sur", "sul", "sull’", "OT", "Ortsteil"];

    /// <summary>
    /// Session 24: the end of a German town's abbreviated connector and the river, region or hill it names, right after a replaced address
    /// or town (" a.d. Aisch", " a. M.", " i.d.OPf.", " o. d. T.", " v.d. Höhe", " b. Coburg"): "a." (an, am), "i." (in, im) or "b." (bei),
    /// alone or with "d." (der), or "o." (ob) and "v." (vor) only with "d.", each dot followed by a blank or not, then a capitalised word
    /// of up to twenty letters (its own capitals allowed, "OPf") or one capital, with its dot if it has one; 0 if none. "u." and "o."
    /// alone ("und", "oder") join nothing.
    /// </summary>
    internal static int AbbreviatedConnectorEnd(ReadOnlySpan<char> text, int from)
    {
        if (from + 5 >= text.Length || text[from] != ' ' || text[from + 2] != '.' || text[from + 1] is not ('a' or 'i' or 'b' or 'o' or 'v'))
        {
            return 0;
        }

        var i = from + 3;
        var article = false;
        if (i + 2 < text.Length && text[i] == ' ' && text[i + 1] == 'd' && text[i + 2] == '.')
        {
            i += 3;
            article = true;
        }
        else if (i + 1 < text.Length && text[i] == 'd' && text[i + 1] == '.')
        {
            i += 2;
            article = true;
        }

        if (!article && text[from + 1] is 'o' or 'v')
        {
            return 0;
        }

        if (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || !char.IsUpper(text[i]))
        {
            return 0;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]) && i - start < 20)
        {
            i++;
        }

        if (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            return 0;
        }

        if (i - start >= 3 && text[start..i] is var word && (i >= text.Length || text[i] != '.') && DomainWords.IsFunctionWordOrTerm(word))
        {
            return 0;
        }

        return i < text.Length && text[i] == '.' && (i - start < 4 || !char.IsLower(text[start + 1])) ? i + 1 : i;
    }

    /// <summary>The end of the word at <paramref name="start"/>: letters, a hyphen or apostrophe between letters ("Aviv-Yafo", "Be’er").</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var j = start;
        while (j < text.Length && (char.IsLetter(text[j]) || (text[j] is '-' or '’' or '\'' && j > start && j + 1 < text.Length && char.IsLetter(text[j + 1]))))
        {
            j++;
        }

        return j;
    }

    /// <summary>Whether "OT" and a capitalised word (a part of the town) follow at <paramref name="i"/>: the word before it is the town's whatever it is ("Land Hadeln OT Wanna").</summary>
    private static bool PartOfTownAfter(ReadOnlySpan<char> text, int i) =>
        i + 5 < text.Length && text[i] == ' ' && text[i + 1] == 'O' && text[i + 2] == 'T' && text[i + 3] == ' ' && char.IsUpper(text[i + 4]);

    /// <summary>Whether a blank and a replaced address or town follow at <paramref name="i"/> ("Hadeln" + " [Ort]" for "OT Wanna").</summary>
    private static bool PlaceAfter(ReadOnlySpan<char> text, int i, List<string>? replacements)
    {
        if (replacements is null || i + 1 >= text.Length || text[i] != ' ')
        {
            return false;
        }

        var index = text[i + 1] - TextScrubber.FirstPlaceholder;
        return index >= 0 && index < replacements.Count && replacements[index] == AddressShapeDetector.Place;
    }

    /// <summary>
    /// The end of a connector of place names between the town or address at <paramref name="from"/> and a replaced address or town right
    /// after it ("[Ort]" + " in " + "[Adresse]" for "Rohr in Niederbayern, …"), or 0.
    /// </summary>
    private static int ConnectorBeforePlace(ReadOnlySpan<char> text, int from, List<string>? replacements)
    {
        if (replacements is null || from + 3 >= text.Length || text[from] != ' ')
        {
            return 0;
        }

        foreach (var connector in Connectors)
        {
            var end = from + 1 + connector.Length;
            if (char.IsLower(connector[0]) && text[(from + 1)..].StartsWith(connector, StringComparison.Ordinal) && end + 1 < text.Length && text[end] == ' ')
            {
                var index = text[end + 1] - TextScrubber.FirstPlaceholder;
                return index >= 0 && index < replacements.Count && replacements[index] is AddressTailDetector.Address or AddressShapeDetector.Place ? end + 1 : 0;
            }
        }

        return 0;
    }

    /// <summary>Whether a capitalised word may be a town's: not in capitals, no function word or term, no word of the lists unless a place name of them.</summary>
    private static bool IsTownWord(ReadOnlySpan<char> word) =>
        char.IsLower(word[1]) && !DomainWords.IsFunctionWordOrTerm(word) &&
        (WordLists.IsWord(word) ? InstitutionDetector.IsBareProperNoun(word) : !NameShapeDetector.IsCompound(word));

    /// <summary>
    /// The end of a province's or state's code at <paramref name="i"/> that ends the clause or stands before a word in lower case (" PA stellt …"):
    /// a blank and two capitals (" PA", " CT", not a
    /// floor, a firm's form or "OK": <see cref="NotCodes"/>), or a blank and two or three capitals in brackets (" (BZ)"); 0 if none.
    /// </summary>
    private static int CodeEnd(ReadOnlySpan<char> text, int i)
    {
        if (i + 2 >= text.Length || text[i] != ' ')
        {
            return 0;
        }

        if (text[i + 1] == '(')
        {
            var k = i + 2;
            while (k < text.Length && k - i - 2 < 4 && char.IsAsciiLetterUpper(text[k]))
            {
                k++;
            }

            return k - i - 2 is 2 or 3 && k < text.Length && text[k] == ')' ? k + 1 : 0;
        }

        if (i + 2 < text.Length && char.IsAsciiLetterUpper(text[i + 1]) && char.IsAsciiLetterUpper(text[i + 2]) &&
            (EndsClause(text, i + 3) || (i + 4 < text.Length && text[i + 3] == ' ' && char.IsLower(text[i + 4]))) &&
            Array.IndexOf(NotCodes, text.Slice(i + 1, 2).ToString()) < 0)
        {
            return i + 3;
        }

        return 0;
    }

    /// <summary>Two capitals after an address that are no province: floors and parts of the house, firms' forms, "OK".</summary>
    private static readonly string[] NotCodes = ["EG", "OG", "DG", "UG", "HH", "VH", "KG", "AG", "SE", "OK", "OT"];

    /// <summary>
    /// After a street, a comma, one to three capitalised words (the last a town's word, <see cref="IsTownWord"/>) and a postcode of four
    /// to seven digits that is no year and ends the clause (", Tel Aviv-Yafo 6433222", ", Netanya 4213401", ", Pune 411038"); 0 if none.
    /// </summary>
    private static int PostcodeTownEnd(ReadOnlySpan<char> text, int from)
    {
        if (from + 4 >= text.Length || text[from] != ',' || text[from + 1] != ' ')
        {
            return 0;
        }

        var i = from + 2;
        var lastStart = -1;
        for (var words = 0; words < 3 && i < text.Length && char.IsUpper(text[i]); words++)
        {
            lastStart = i;
            i = WordEnd(text, i);
            if (i + 1 >= text.Length || text[i] != ' ')
            {
                return 0;
            }

            if (char.IsAsciiDigit(text[i + 1]))
            {
                break;
            }

            i++;
        }

        if (lastStart < 0 || i - lastStart < 2 || text[i] != ' ' || !IsTownWord(text[lastStart..i]))
        {
            return 0;
        }

        return PostcodeEnd(text, i);
    }

    /// <summary>The end of a blank and a postcode of four to seven digits (no year) that ends the clause at <paramref name="i"/>, or 0.</summary>
    private static int PostcodeEnd(ReadOnlySpan<char> text, int i, int fewest = 4)
    {
        if (i + 5 > text.Length || text[i] != ' ')
        {
            return 0;
        }

        var digits = i + 1;
        var end = digits;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        var count = end - digits;
        if (count < fewest || count > 7 || (count == 4 && text[digits] is '1' or '2' && text[digits + 1] is '9' or '0'))
        {
            return 0;
        }

        // Five digits or more need no end of the clause after them ("… Tel Aviv-Yafo 6433222 genutzt"), only no letter or digit.
        return EndsClause(text, end) || (count >= 5 && end < text.Length && text[end] == ' ') ? end : 0;
    }

    /// <summary>Whether the clause ends at <paramref name="k"/>: the text's end, a punctuation mark, a closing quote or bracket, a line break, or a blank before a dash, slash or bracket.</summary>
    internal static bool EndsClause(ReadOnlySpan<char> text, int k) =>
        k >= text.Length || text[k] is ',' or '.' or ';' or ':' or ')' or '!' or '?' or '»' or '«' or '“' or '”' or '"' or '\n' or '\r' or '|' ||
        (text[k] == ' ' && (k + 1 == text.Length || text[k + 1] is '–' or '-' or '(' or '|' or '/' or '\n'));
}
