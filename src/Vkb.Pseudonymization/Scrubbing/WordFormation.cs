namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// German words the vocabulary lacks but forms by rule from words it has (session 14): the feminine of a person noun
/// ("Halterin", "Anleiterinnen"), a noun of action in "-ung" or "-ation" from a verb ("Buchung" from "buchen",
/// "Hospitation" from "hospitieren"), and compounds whose parts are such words or are joined by a linking element other
/// than "s" ("Visite-n-karte", "Drei-er-gespräch"), whose modifier is a verb's stem ("Droh-anruf", "Prüf-auftrag") or
/// whose head is one of a few short nouns ("Hospitations-tag", "Dokument-art"). Asked in vocabulary mode only for a word
/// that is neither a word of the lists nor a compound of <see cref="NameShapeDetector.IsCompound(ReadOnlySpan{char})"/>
/// nor a registered given name or surname, so a name the gazetteer knows is never read as a word by these rules.
/// </summary>
internal static class WordFormation
{
    /// <summary>
    /// Short heads of compounds (three letters; the compound rule asks for four): common nouns no surname ends in. The
    /// modifier before one has six letters or more, as <see cref="MinCompound"/> asks nine for the whole.
    /// </summary>
    private static readonly string[] ShortHeads = ["tag", "art", "amt", "ort", "zug", "typ", "rat", "weg",
        // Session 19: building, buses and jobs ("Schiffsbau", "Vereinsbus", "Saisonjob").
        "bau", "bus", "job"];

    /// <summary>Linking elements between the parts of a compound, longest first ("s" is <see cref="NameShapeDetector.IsCompound(ReadOnlySpan{char})"/>'s).</summary>
    private static readonly string[] Links = ["ens", "en", "er", "es", "n", "e", "s"];

    /// <summary>The endings of abstract nouns with their linking "s": a compound with such a modifier is no surname ("Ausbildungsabbruch").</summary>
    private static readonly string[] AbstractModifiers = ["ungs", "heits", "keits", "schafts", "ions", "täts", "ments"];

    /// <summary>The shortest word the rules are asked about (shorter unknown words are left to the name rules).</summary>
    internal const int MinLength = 7;

    /// <summary>Session 21: the shortest word on "-nr" the rules are asked about ("Rufnr", "Passnr").</summary>
    private const int MinNumberWord = 5;

    /// <summary>Session 21: whether the rules are asked about a word of this length and ending (any case).</summary>
    internal static bool MayBeFormed(ReadOnlySpan<char> word) =>
        word.Length >= MinLength || (word.Length >= MinNumberWord && word[^1] is 'r' or 'R' && word[^2] is 'n' or 'N');

    /// <summary>The shortest compound the linking, stem and short-head rules read as a word.</summary>
    private const int MinCompound = 9;

    /// <summary><see cref="IsFormed(ReadOnlySpan{char})"/>, answered from <paramref name="memo"/> (by the lower-case word) for a word met before.</summary>
    internal static bool IsFormed(ReadOnlySpan<char> word, Dictionary<string, bool> memo)
    {
        if (!MayBeFormed(word) || word.Length > NameFolding.MaxStackWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        Lexicon.ToLowerInvariant(word, lower);
        var lookup = memo.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(lower, out var formed))
        {
            formed = IsFormedLower(lower);
            if (memo.Count < ScrubWorkspace.MaxCompoundWords)
            {
                lookup[lower] = formed;
            }
        }

        return formed;
    }

    /// <summary>Whether the word (any case) is formed by the rules above from words of the lists.</summary>
    internal static bool IsFormed(ReadOnlySpan<char> word)
    {
        if (!MayBeFormed(word) || word.Length > NameFolding.MaxStackWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        Lexicon.ToLowerInvariant(word, lower);
        return IsFormedLower(lower);
    }

    private static bool IsFormedLower(ReadOnlySpan<char> lower) =>
        IsNumberWord(lower) || (lower.Length >= MinLength && (IsDerived(lower) || IsLinkedCompound(lower) || IsSession21Formed(lower)));

    /// <summary>A word of the lists or one derived from one (<see cref="IsDerived"/>).</summary>
    private static bool IsPart(ReadOnlySpan<char> lower) => WordLists.IsWord(lower) || IsDerived(lower);

    /// <summary>The feminine of a person noun, a noun of action from a verb, in the singular or plural.</summary>
    private static bool IsDerived(ReadOnlySpan<char> lower)
    {
        // "-in"/"-innen": the feminine of a noun in "-er", "-or", "-ent", "-ant", "-ist", "-eur" ("Halterin", "Anleiterin"
        // from a compound "…leiter").
        var stem = lower.EndsWith("innen") ? lower[..^5] : lower.EndsWith("in") ? lower[..^2] : [];
        if (stem.Length >= 4)
        {
            if ((stem.EndsWith("er") || stem.EndsWith("or") || stem.EndsWith("ent") || stem.EndsWith("ant") || stem.EndsWith("ist") || stem.EndsWith("eur")) &&
                (WordLists.IsWord(stem) || NameShapeDetector.IsCompound(stem) || IsLinkedCompound(stem)))
            {
                return true;
            }

        }

        // "-ierer" (and its feminine, plural): the agent of a verb in "-ieren" ("Kommissionierer", "Installiererin").
        stem = lower.EndsWith("iererinnen") ? lower[..^7] : lower.EndsWith("iererin") ? lower[..^4] : lower.EndsWith("ierern") ? lower[..^3] :
            lower.EndsWith("ierer") ? lower[..^2] : [];
        if (stem.Length >= 7 && IsWordWith(stem, "en"))
        {
            return true;
        }

        // "-ung"/"-ungen" from a verb ("buchen", "ändern"); "-ation"/"-ationen" from a verb in "-ieren" ("hospitieren").
        stem = lower.EndsWith("ungen") ? lower[..^5] : lower.EndsWith("ung") ? lower[..^3] : [];
        if (stem.Length >= 3 && (IsVerbStem(stem) || (stem[^1] is 'r' or 'l' && IsWordWith(stem, "n") && IsWordWith(stem, "t"))))
        {
            return true;
        }

        stem = lower.EndsWith("ationen") ? lower[..^7] : lower.EndsWith("ation") ? lower[..^5] : [];
        return stem.Length >= 3 && IsWordWith(stem, "ieren");
    }

    /// <summary>
    /// Session 21: the word classes of notes the lists lack though German forms them by rule from their words: a number's
    /// abbreviation on "-nr" (<see cref="IsNumberWord"/>), a compound's modifier with its linking "s" standing alone before a
    /// hyphen ("Pfändungs- und Überweisungsbeschluss", "Auskunfts-"), a superlative's declined form ("günstigstes"), a past participle, declined
    /// or not, with or without a separable prefix or "un-" ("gescannt", "eingescannte", "anonymisiert", "ungeprüft"), an
    /// adjective on "-bar" from a verb ("zahlbar") and a noun on "-keit" from an adjective ("Nahtlosigkeit").
    /// </summary>
    private static bool IsSession21Formed(ReadOnlySpan<char> lower)
    {
        if (lower[^1] == 's' && EndsInAbstractEnd(lower[..^1]))
        {
            var stem = lower[..^1];
            if (IsPart(stem) || NameShapeDetector.IsCompound(stem) || IsLinkedCompound(stem))
            {
                return true; // "Pfändungs", "Verantwortungs", "Auskunfts"
            }
        }

        if (lower.Length <= 8 && (lower.EndsWith("tag") || lower.EndsWith("job")) && WordLists.IsWord(lower[..^3]) &&
            (WordLists.Lexicon.Flags(lower[..^3]) & (WordLists.GivenNameFlag | WordLists.SurnameFlag)) == 0)
        {
            return true; // a day or job after a word of four or five letters ("Infotag", "Ganztag", "Lagerjob"), no name's
        }

        var bare = WithoutAdjectiveEnding(lower);
        if ((lower.EndsWith("stes") || lower.EndsWith("stem")) && WordLists.IsWord(lower[..^1]))
        {
            return true; // "günstigstes" beside "günstigste"
        }

        if (IsParticipleOrAdjective(bare))
        {
            return true;
        }

        if (lower.EndsWith("keiten") || lower.EndsWith("keit"))
        {
            var adjective = lower.EndsWith("keiten") ? lower[..^6] : lower[..^4];
            return adjective.Length >= 5 && (WordLists.IsWord(adjective) || IsBarAdjective(adjective) ||
                                             (adjective.EndsWith("ig") && adjective.Length >= 6 && WordLists.IsWord(adjective[..^2])));
        }

        return false;
    }

    /// <summary>
    /// Session 21: an adjective of a country, people or language on "-isch", declined ("krimtatarische", "jesidischen": four
    /// letters or more before "-isch") or bare from ten letters ("Tadschikisch"; "Kubisch", "Jurisch" are surnames). Any case:
    /// the caller asks for the case (<see cref="NameShapeDetector"/>: lower case, or a sentence's first word).
    /// </summary>
    internal static bool IsIschAdjective(ReadOnlySpan<char> word)
    {
        if (word.Length < 9 || word.Length > NameFolding.MaxStackWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        Lexicon.ToLowerInvariant(word, lower);
        var bare = WithoutAdjectiveEnding(lower);
        return (bare.Length < lower.Length && bare.Length >= 8 && bare.EndsWith("isch")) || (lower.Length >= 10 && lower.EndsWith("isch"));
    }

    /// <summary>Separable prefixes of verbs before a participle ("ein-ge-scannt"), longest first.</summary>
    private static readonly string[] VerbPrefixes = ["zusammen", "herunter", "zurück", "weiter", "wieder", "heraus", "nieder", "hinzu",
        "durch", "nach", "fest", "frei", "hoch", "ein", "auf", "aus", "mit", "vor", "weg", "ab", "an", "um", "zu"];

    /// <summary>The endings of compound modifiers that take a linking "s" and are no surname's ("Pfändung-s", "Auskunft-s").</summary>
    private static readonly string[] AbstractEnds = ["ung", "heit", "keit", "schaft", "ion", "tät", "ment", "kunft"];

    private static bool EndsInAbstractEnd(ReadOnlySpan<char> stem)
    {
        foreach (var end in AbstractEnds)
        {
            if (stem.Length >= end.Length + 3 && stem.EndsWith(end, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word without a declension ending of adjectives ("-e", "-en", "-er", "-es", "-em"), or the word.</summary>
    private static ReadOnlySpan<char> WithoutAdjectiveEnding(ReadOnlySpan<char> lower)
    {
        if (lower.Length >= 4 && lower[^2] == 'e' && lower[^1] is 'n' or 'r' or 's' or 'm')
        {
            return lower[..^2];
        }

        return lower[^1] == 'e' ? lower[..^1] : lower;
    }

    /// <summary>
    /// A past participle or an adjective formed from a verb, without its declension ending: "ge" + a verb's stem + "t"
    /// ("gescannt": "scannen"), a verb in "-ieren" from a word of the lists ("anonym-is-iert", "fotograf-iert"), a separable
    /// prefix before a participle ("ein-gescannt", "ab-fotografiert"), "un-" before a participle or an adjective on "-bar",
    /// "-lich", "-ig", "-isch", "-ell", "-iv" or "-los" of the lists ("un-geprüft", "un-lesbar", "un-professionell"), and an
    /// adjective on "-bar" from a verb ("zahl-bar").
    /// </summary>
    private static bool IsParticipleOrAdjective(ReadOnlySpan<char> bare)
    {
        if (bare.Length < 6)
        {
            return false;
        }

        if (IsParticiple(bare) || IsBarAdjective(bare))
        {
            return true;
        }

        if (bare.StartsWith("un"))
        {
            var rest = bare[2..];
            if (rest.Length >= 5 && (IsParticiple(rest) || IsBarAdjective(rest) ||
                                     (WordLists.IsWord(rest) && ((rest.Length >= 9 && rest[^1] == 't') || EndsInAdjectiveSuffix(rest)))))
            {
                return true; // "ungeprüft", "unbearbeitet", "unlesbar", "unprofessionell"; not "Unverricht", "Unverzagt" (surnames)
            }
        }

        foreach (var prefix in VerbPrefixes)
        {
            if (bare.Length - prefix.Length >= 6 && bare.StartsWith(prefix, StringComparison.Ordinal) && IsParticiple(bare[prefix.Length..]))
            {
                return true; // "eingescannt", "abfotografiert"
            }
        }

        return false;
    }

    private static bool EndsInAdjectiveSuffix(ReadOnlySpan<char> word) =>
        word.EndsWith("bar") || word.EndsWith("lich") || word.EndsWith("ig") || word.EndsWith("isch") || word.EndsWith("ell") ||
        word.EndsWith("iv") || word.EndsWith("los") || word.EndsWith("sam");

    /// <summary>"ge" + a verb's stem + "t"/"et" ("gescannt", "gesplittet"), or a stem + "iert" from a word of the lists ("kuvert-iert" no: "fotograf-iert", "anonym-is-iert").</summary>
    private static bool IsParticiple(ReadOnlySpan<char> bare)
    {
        if (bare.Length < 6 || bare[^1] != 't')
        {
            return false;
        }

        if (bare.EndsWith("iert"))
        {
            var stem = bare[..^4];
            return stem.Length >= 4 && (WordLists.IsWord(stem) || IsWordWith(stem, "e") || IsWordWith(stem, "ieren") ||
                                        (stem.Length >= 6 && stem.EndsWith("is") && WordLists.IsWord(stem[..^2])));
        }

        if (bare.StartsWith("ge"))
        {
            var stem = bare[2..^1];
            if (stem.Length >= 3 && (IsWordWith(stem, "en") || (stem.Length >= 4 && stem[^1] == 'e' && IsWordWith(stem[..^1], "en"))))
            {
                return true; // "gescannt", "gesplittet" ("splitt" + "en" no: "splitten" is no word of the lists)
            }
        }

        return false;
    }

    /// <summary>An adjective on "-bar" from a verb ("zahl-bar": "zahlen", "buch-bar": "buchen").</summary>
    private static bool IsBarAdjective(ReadOnlySpan<char> bare) =>
        bare.Length >= 7 && bare.EndsWith("bar") && (IsWordWith(bare[..^3], "en") || IsWordWith(bare[..^3], "n"));

    /// <summary>Session 21: a number's abbreviation on "-nr" after a word, with or without its linking "s" ("Ausweisnr", "Vorgangsnr", "Rufnr").</summary>
    private static bool IsNumberWord(ReadOnlySpan<char> lower)
    {
        if (lower.Length < MinNumberWord || !lower.EndsWith("nr"))
        {
            return false;
        }

        var stem = lower[..^2];
        return WordLists.IsWord(stem) || (stem.Length >= 4 && stem[^1] == 's' && WordLists.IsWord(stem[..^1])) ||
               NameShapeDetector.IsCompound(stem) || IsLinkedCompound(stem);
    }

    /// <summary>A compound of two parts (each a word, a derived word or a compound), with a linking element or a verb's stem before the head.</summary>
    private static bool IsLinkedCompound(ReadOnlySpan<char> lower)
    {
        if (lower.Length < MinCompound)
        {
            return false; // shorter words are names more often than such compounds
        }

        var surnameHead = NameShapeDetector.EndsInSurnameHead(lower);
        for (var split = lower.Length - 3; split >= 3; split--)
        {
            var head = lower[split..];
            var modifier = lower[..split];
            if (head.Length == 3 ? !IsShortHead(head) : head.Length < 5 || (!IsPart(head) && !NameShapeDetector.IsCompound(head)))
            {
                continue; // a head of four letters or fewer is too often a fragment of a name ("…lies", "…imov")
            }

            if (surnameHead && !EndsInAbstractModifier(modifier))
            {
                continue; // "Kaltenbach", "Rosenthal": a surname's shape, unless the modifier is an abstract noun's
            }

            if (IsModifier(modifier))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsModifier(ReadOnlySpan<char> modifier)
    {
        if (modifier.Length < 3)
        {
            return false;
        }

        if ((modifier.Length >= 4 && (IsPart(modifier) || NameShapeDetector.IsCompound(modifier))) || IsVerbStem(modifier))
        {
            return true; // a word, or a verb's stem ("droh" of "drohen", "erb" of "erben")
        }

        foreach (var link in Links)
        {
            if (modifier.Length - link.Length >= 4 && modifier.EndsWith(link, StringComparison.Ordinal))
            {
                var part = modifier[..^link.Length];
                if (IsPart(part) || NameShapeDetector.IsCompound(part))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsShortHead(ReadOnlySpan<char> head)
    {
        foreach (var shortHead in ShortHeads)
        {
            if (head.SequenceEqual(shortHead))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsInAbstractModifier(ReadOnlySpan<char> modifier)
    {
        foreach (var ending in AbstractModifiers)
        {
            if (modifier.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb's stem: with "-en" and with "-t" a word ("droh": "drohen", "droht"; not "fried": "frieden" is a noun only); since
    /// session 19 also the stem of a verb in "-ern" or "-eln", with "-n" and with "-t" a word ("schnupper": "schnuppern",
    /// "schnuppert"; "wechsel": "wechseln", "wechselt").
    /// </summary>
    private static bool IsVerbStem(ReadOnlySpan<char> stem) =>
        stem.Length >= 3 && ((IsWordWith(stem, "en") && IsWordWith(stem, "t")) ||
                             (stem.Length >= 5 && (stem.EndsWith("er") || stem.EndsWith("el")) && IsWordWith(stem, "n") && IsWordWith(stem, "t")));

    private static bool IsWordWith(ReadOnlySpan<char> stem, string ending)
    {
        if (stem.Length + ending.Length > NameFolding.MaxStackWord)
        {
            return false;
        }

        Span<char> word = stackalloc char[stem.Length + ending.Length];
        stem.CopyTo(word);
        ending.CopyTo(word[stem.Length..]);
        return WordLists.IsWord(word);
    }
}
