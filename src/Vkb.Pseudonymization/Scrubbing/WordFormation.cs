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

    /// <summary>The shortest compound the linking, stem and short-head rules read as a word.</summary>
    private const int MinCompound = 9;

    /// <summary><see cref="IsFormed(ReadOnlySpan{char})"/>, answered from <paramref name="memo"/> (by the lower-case word) for a word met before.</summary>
    internal static bool IsFormed(ReadOnlySpan<char> word, Dictionary<string, bool> memo)
    {
        if (word.Length < MinLength || word.Length > NameFolding.MaxStackWord)
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
        if (word.Length < MinLength || word.Length > NameFolding.MaxStackWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        Lexicon.ToLowerInvariant(word, lower);
        return IsFormedLower(lower);
    }

    private static bool IsFormedLower(ReadOnlySpan<char> lower) => IsDerived(lower) || IsLinkedCompound(lower);

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
