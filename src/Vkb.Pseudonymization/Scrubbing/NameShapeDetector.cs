using System.Collections.Frozen;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>How the scrubber treats words it cannot place.</summary>
public enum ScrubMode
{
    /// <summary>
    /// Names are found by the given-name gazetteer, the shape of the words around them (a capitalised word after a
    /// given name, particles, double names; ALL CAPS and lower-case notes read by the gazetteer alone), cue words and
    /// the record's known names; other words are kept.
    /// </summary>
    Detectors,

    /// <summary>
    /// As <see cref="Detectors"/>, and every word that is neither a German word form (with inflections, also as a
    /// compound) nor a function word or domain term is replaced as well (counted as <c>unknownWord</c> in the run
    /// report): a name written in an unexpected way is removed because it is not known, not kept because it was not
    /// recognised. The default.
    /// </summary>
    Vocabulary,
}

/// <summary>
/// Names without a cue word: a given name of the gazetteer (see <see cref="WordLists"/>) with the words that
/// continue it (a capitalised surname, double names, particles, an initial), and in <see cref="ScrubMode.Vocabulary"/>
/// every word that is not a German word. A name becomes <c>[Person n]</c> (the record-wide token of its last part),
/// another unknown word <c>[Wort]</c>.
/// </summary>
internal sealed class NameShapeDetector(ScrubMode mode) : SpanDetector
{
    /// <summary>The token of an unknown word that does not look like a name.</summary>
    public const string UnknownWord = "[Wort]";

    internal static readonly FrozenSet<string> Particles = new[]
    {
        "von", "van", "vom", "zu", "zum", "zur", "de", "del", "della", "der", "den", "di", "da", "du", "la", "le", "ten", "ter", "al", "el",
        "bin", "ibn", "ben", "abu", "dos", "das", "mc", "mac", "st",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();

    // The particles by their first two (ASCII) letters and length: most words are ruled out without hashing them.
    private static readonly PairShapes ParticleShapes = new(Particles);

    /// <summary>Whether the word is a name particle (von, van, der, al …), in any case.</summary>
    internal static bool IsParticle(ReadOnlySpan<char> word) => ParticleShapes.MayEqual(word) && ParticleLookup.Contains(word);

    /// <summary>Heads of compounds that make surnames or given names rather than words ("Bergmann", "Steinbach", "Godehard"): no compound ends in them.</summary>
    private static readonly string[] SurnameHeads =
    [
        "mann", "berg", "bach", "feld", "stein", "hof", "baum", "dorf", "haus", "thal", "tal", "burg", "meyer", "meier", "maier", "mayer",
        "müller", "schmidt", "schmitt", "bauer", "wald", "hagen", "hausen", "heim", "brink", "kamp", "horst", "rath", "beck", "becker",
        "wiese", "bruch", "brock", "mühle", "huber", "hoff", "kötter", "ski", "sky",
        // Session 14: the Old High German elements that end German given names ("Godehard", "Notgard", "Sigwart", "Engelbert",
        // "Ruprecht", "Siegfried", "Adelgund", "Gertrud", "Hedwig"): no compound of the notes ends in them ("Torwart" is a word).
        "hard", "gard", "wart", "bert", "brecht", "fried", "gund", "trud", "traud", "wig",
        // Session 15: the same elements with the feminine "-e" and more of them ("Walfriede", "Hartmund", "Gottliebe", "Brunhilde",
        // "Adelgunde", "Ehrentraude"): a compound of the notes that ends in one is a word of the lists ("Vormund", "Kinderliebe").
        "friede", "mund", "liebe", "hilde", "gunde", "trude", "traude",
        // Session 18: "-linde", "-lind", "-helf", "-hilf" ("Friedelinde", "Sieglinde", "Gotthelf", "Gotthilf"): no compound of the
        // notes ends in them.
        "linde", "lind", "helf", "hilf",
    ];

    public override string Name => mode == ScrubMode.Vocabulary ? "unknownWord" : "givenName";

    public ScrubMode Mode => mode;

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var table = workspace.WordTable;
        var words = table.All(text);
        if (words.Length == 0)
        {
            return;
        }

        // Capitals say nothing in a note (or a stretch) written all in capitals or all in lower case.
        var caseless = table.Caseless(text);
        var classes = table.Classes(text);
        Span<byte> kinds = words.Length <= 512 ? stackalloc byte[words.Length] : new byte[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            kinds[i] = Classify(text, workspace, i, words[i], classes[i], caseless);
        }

        // A name: a given name (one that is also a word needs a name-like word after it or a cue before it), or in
        // vocabulary mode an unknown word; continued by particles and capitalised words.
        var i0 = 0;
        var codeEnd = 0;
        while (i0 < words.Length)
        {
            var kind = kinds[i0];
            var word = words[i0];
            if (kind == UnknownCode && mode == ScrubMode.Vocabulary && word.Start >= codeEnd)
            {
                var (codeFrom, codeTo) = CodeExtent(text, word);
                matches.Add(new TextMatch(codeFrom, codeTo - codeFrom, UnknownWord));
                codeEnd = codeTo;
            }

            var starts = kind switch
            {
                Given => true,
                GivenWord => (caseless || IsCapitalised(text, word)) && (i0 + 1 < words.Length && Joined(text, word, words[i0 + 1]) && IsNameLike(kinds[i0 + 1]) && (caseless || IsCapitalised(text, words[i0 + 1]))) ||
                             (i0 > 0 && Joined(text, words[i0 - 1], word) && (classes[i0 - 1] & WordClass.Introducer) != 0 && (caseless || IsCapitalised(text, word))) ||
                             (!caseless && IsCapitalised(text, word) && AfterInitial(text, word.Start) && !IsItemLetter(text, word.Start)),
                Unknown => mode == ScrubMode.Vocabulary || AfterInitial(text, word.Start),
                // After a capital initial a capitalised word is a surname ("Rückmeldung von B. Kern"), unless the letter is
                // a class or an item ("Klasse C. Termin", "Anlage B. Kern der Sache").
                Word => !caseless && IsCapitalised(text, word) && AfterInitial(text, word.Start) && !IsItemLetter(text, word.Start) &&
                        (classes[i0] & WordClass.FunctionOrTerm) == 0,
                _ => false,
            };
            if (!starts)
            {
                i0++;
                continue;
            }

            // Continue over particles (only when a name part follows them) and capitalised or name-like words.
            var (start, _) = words[i0];
            var afterInitial = AfterInitial(text, start);
            var last = i0;
            var j = i0 + 1;
            while (j < words.Length && Joined(text, words[j - 1], words[j]))
            {
                var next = kinds[j];
                if (next == Particle)
                {
                    var k = j;
                    var preposition = false;
                    while (k < words.Length && kinds[k] == Particle && Joined(text, words[k - 1], words[k]))
                    {
                        preposition |= IsPreposition(Slice(text, words[k]));
                        k++;
                    }

                    // After particles a capitalised word is the surname ("von der Linde"), unless it is a term ("von der Schuldnerberatung");
                    // after "zum", "zur" or "vom" only a name is ("Camargo zum Übersetzen", "Adams zur Korrektur" are prepositions).
                    // A lower-case word in a note with case starts no name that particles continue ("Herren, anbei der Lebenslauf").
                    if (k < words.Length && Joined(text, words[k - 1], words[k]) && (caseless || IsCapitalised(text, words[j - 1])) &&
                        (kinds[k] is Given or Unknown || (!preposition && kinds[k] is GivenWord or Word && !caseless && IsCapitalised(text, words[k]) &&
                                                          (classes[k] & WordClass.FunctionOrTerm) == 0)))
                    {
                        j = k;
                        continue; // the word at k is taken next round
                    }

                    break;
                }

                if (next is Given or Unknown || (next is GivenWord && !caseless && IsCapitalised(text, words[j])) ||
                    (next is Word && !caseless && IsCapitalised(text, words[j]) && !DomainWords.IsDictatedPunctuation(Slice(text, words[j])) &&
                     NounContinues(text, words, kinds, i0, j, afterInitial)) || // session 17: "X Punkt Rückruf", "X Komma sie" (dictation)
                    (next is Word && !caseless && kinds[j - 1] is Given or Unknown && IsOnlyACompound(text, words[j], classes[j]) &&
                     char.IsUpper(text[words[j].Start]) == char.IsUpper(text[words[j - 1].Start]) &&
                     words[j].Start == words[j - 1].Start + words[j - 1].Length + 1 && text[words[j].Start - 1] == ' '))
                {
                    last = j;
                    j++;
                    continue;
                }

                break;
            }

            var from = Words.WithInitial(text, KnownNameDetector.WithParticles(text, start));
            var end = words[last].Start + words[last].Length;
            var introduced = i0 > 0 && Joined(text, words[i0 - 1], words[i0]) && (classes[i0 - 1] & WordClass.Introducer) != 0;
            var replacement = KnownPerson(context, text, words, i0, last) ??
                              (introduced || IsPersonLike(text, words, kinds, i0, last, caseless) ? Register(context, text, words, kinds, i0, last) : UnknownWord);
            matches.Add(new TextMatch(from, end - from, replacement));
            i0 = last + 1;
        }

        // Initials are single capitals ("D.L."): a note without a word of one letter has none.
        var firstShort = kinds.IndexOf(Short);
        if (firstShort >= 0)
        {
            FindInitials(text, words, firstShort, context, matches);
        }
    }

    /// <summary>
    /// Initials of two or three capitals with their dots ("an D.L. z.K.", "gez. K.K."): a person's short sign, unless an
    /// abbreviation written in capitals ("B.A.", "U.S.", "N.N.").
    /// </summary>
    /// <remarks>
    /// <paramref name="from"/> is the first word of one letter that is no placeholder (<see cref="Short"/>): an initial
    /// (<see cref="IsDottedCapital"/>) is such a word, so none starts before it.
    /// </remarks>
    private static void FindInitials(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, int from, ScrubContext context, List<TextMatch> matches)
    {
        for (var i = from; i + 1 < words.Length; i++)
        {
            var count = 0;
            while (i + count < words.Length && IsDottedCapital(text, words[i + count]) &&
                   (count == 0 || words[i + count].Start == words[i + count - 1].Start + 2))
            {
                count++;
            }

            if (count is 2 or 3)
            {
                var start = words[i].Start;
                var end = words[i + count - 1].Start + 2;
                if ((start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.')) &&
                    (end == text.Length || !char.IsLetterOrDigit(text[end])) && !CapitalAbbreviations.Contains(text[start..end]))
                {
                    matches.Add(new TextMatch(start, end - start, context.PersonToken(text[start..end])));
                }
            }

            i += Math.Max(count, 1) - 1;
        }
    }

    private static bool IsDottedCapital(ReadOnlySpan<char> text, (int Start, int Length) word) =>
        word.Length == 1 && char.IsUpper(text[word.Start]) && word.Start + 1 < text.Length && text[word.Start + 1] == '.';

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalAbbreviations = new[]
    {
        "B.A.", "M.A.", "B.Sc.", "U.S.", "U.K.", "E.U.", "N.N.", "K.O.", "P.S.", "D.C.", "O.K.", "I.D.", "A.D.", "V.A.", "E.V.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The words before a letter that names a class or an item, not a person ("Klasse C.", "Anlage B.").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ItemWords = new[]
    {
        "klasse", "führerscheinklasse", "anlage", "teil", "punkt", "gruppe", "stufe", "typ", "kategorie", "niveau", "abschnitt", "absatz",
        "abs", "nr", "buchstabe", "variante", "plan", "option", "tarif", "block", "haus", "gebäude", "raum", "zimmer", "zi", "etage",
        "eingang", "aufgang", "vitamin", "hepatitis", "modul", "kurs", "sprachniveau", "stock", "bereich", "schicht", "halle", "tor",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the initial before <paramref name="start"/> follows a word that makes it a class or an item letter.</summary>
    private static bool IsItemLetter(ReadOnlySpan<char> text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        // text[i] is the initial's dot, text[i - 1] its letter; the word before ends at i - 3.
        var end = i - 2;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var from = end;
        while (from > 0 && Words.IsLetter(text[from - 1]))
        {
            from--;
        }

        return from < end && ItemWords.Contains(text[from..end]);
    }

    private const byte Placeholder = 0;
    private const byte Word = 1;       // a German word, function word or domain term
    private const byte Given = 2;      // a given name that is no word
    private const byte GivenWord = 3;  // a given name that is also a word ("Frank", "Ernst")
    private const byte Unknown = 4;    // neither
    private const byte Particle = 5;   // von, van, der, al …
    private const byte Short = 6;      // a single letter
    private const byte Code = 7;       // known letters glued to digits ("ISO9001"): neither a word nor a name
    private const byte UnknownCode = 8; // unknown letters glued to digits ("kstm2668e")

    private static bool IsGluedToDigit(ReadOnlySpan<char> text, (int Start, int Length) word) =>
        (word.Start > 0 && char.IsAsciiDigit(text[word.Start - 1])) ||
        (word.Start + word.Length < text.Length && char.IsAsciiDigit(text[word.Start + word.Length]));

    /// <summary>The whole run of letters and digits around a code's letters.</summary>
    private static (int From, int End) CodeExtent(ReadOnlySpan<char> text, (int Start, int Length) word)
    {
        var from = word.Start;
        while (from > 0 && (char.IsAsciiDigit(text[from - 1]) || char.IsLetter(text[from - 1])))
        {
            from--;
        }

        var end = word.Start + word.Length;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || char.IsLetter(text[end])))
        {
            end++;
        }

        return (from, end);
    }

    private static bool IsNameLike(byte kind) => kind is Given or GivenWord or Unknown or Word;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions =
        new[] { "zum", "zur", "vom" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the particle is a contracted preposition ("zum", "zur", "vom"): after it only a name (not a noun) continues a name.</summary>
    private static bool IsPreposition(ReadOnlySpan<char> particle) => Prepositions.Contains(particle);

    /// <summary>
    /// Whether a capitalised German word at <paramref name="j"/> continues the name begun at <paramref name="first"/>: after
    /// particles or as the second part of a double name always ("Kramer-Mans"); otherwise only as the surname after given
    /// names ("Frank Koch", "Liesbeth Oda Kranz", "Zwetan Fischer"), not after a surname ("G. Kassab Zeugnis", "Ayan Shires
    /// Bescheinigung") or a genitive ("Küngs Bitte"). (The frequent surnames of the gazetteer are no German words, so
    /// they are never such a word: they start or continue a name as given names do.)
    /// </summary>
    private static bool NounContinues(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, ReadOnlySpan<byte> kinds,
        int first, int j, bool afterInitial)
    {
        if (kinds[j - 1] == Particle || text[words[j].Start - 1] == '-')
        {
            return true; // after particles (judged there: "von der Linde") or the second part of a double name ("Kramer-Mans")
        }

        if (afterInitial || IsGenitive(Slice(text, words[j - 1]), kinds[j - 1]))
        {
            return false;
        }

        var nouns = 0;
        for (var i = first; i < j; i++)
        {
            if (kinds[i] is not (Given or GivenWord or Unknown) && (++nouns > 1 || i == first || kinds[first] is not (Given or GivenWord)))
            {
                return false; // a surname was taken already
            }
        }

        return true;
    }

    /// <summary>
    /// Whether an unknown word reads as a genitive ("Küngs", "Božičs", "Shires"): an s after a consonant or an e. After a
    /// vowel it is more often a name's own ending ("Edvardas", "Mikyas").
    /// </summary>
    private static bool IsGenitive(ReadOnlySpan<char> word, byte kind) =>
        kind == Unknown && word.Length > 3 && word[^1] is 's' or 'S' && char.ToLowerInvariant(word[^2]) is not ('a' or 'i' or 'o' or 'u' or 'y');

    /// <summary>Whether a capital initial with its dot stands before the word ("G. Kassab"; not "z.K." or "v.").</summary>
    private static bool AfterInitial(ReadOnlySpan<char> text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        return i >= 1 && text[i] == '.' && char.IsUpper(text[i - 1]) && (i < 2 || text[i - 2] is ' ' or '\n' or '(');
    }

    /// <summary>The kind of word <paramref name="index"/>, from its <see cref="WordClass"/> <paramref name="wordClass"/> and its neighbours.</summary>
    private byte Classify(ReadOnlySpan<char> text, ScrubWorkspace workspace, int index, (int Start, int Length) word, uint wordClass, bool caseless)
    {
        if (Words.IsPlaceholder(text[word.Start]))
        {
            return Placeholder;
        }

        if (word.Length < 2)
        {
            return Short;
        }

        if ((wordClass & WordClass.Particle) != 0)
        {
            return Particle;
        }

        var flags = (byte)wordClass; // the lexicon flags
        var known = (flags & WordLists.WordFlag) != 0 || (mode == ScrubMode.Vocabulary && workspace.WordTable.IsCompound(text, index, workspace.CompoundWords));

        // Session 14: a word the lists lack but German forms by rule from theirs ("Halterin", "Buchung", "Drohanruf"), unless
        // the gazetteer has it as a given name or surname.
        known = known || (mode == ScrubMode.Vocabulary && (flags & (WordLists.GivenNameFlag | WordLists.SurnameFlag)) == 0 &&
                          WordFormation.MayBeFormed(text.Slice(word.Start, word.Length)) &&
                          WordFormation.IsFormed(text.Slice(word.Start, word.Length), workspace.FormedWords));

        // Session 21: an adjective of a country, people or language on "-isch" ("jesidischen", "Guatemaltekisches Zeugnis") where
        // German writes it so: in lower case, or as a sentence's first word. Capitalised inside a sentence it is part of a name
        // ("beim Krimtatarischen Kulturverein"), and stays unknown.
        known = known || (mode == ScrubMode.Vocabulary && (flags & (WordLists.GivenNameFlag | WordLists.SurnameFlag)) == 0 &&
                          WordFormation.IsIschAdjective(text.Slice(word.Start, word.Length)) &&
                          (char.IsLower(text[word.Start]) || StartsSentence(text, word.Start)));

        // Session 17: a word cut short before a dot, as notes abbreviate ("ersch.", "gepr.", "nachgew.", "Änd.-Mitt.", "Betr.:").
        known = known || (mode == ScrubMode.Vocabulary && !caseless && (flags & (WordLists.GivenNameFlag | WordLists.SurnameFlag)) == 0 &&
                          IsCutShort(text, word));

        // Session 18: a word typed without umlauts or "ß" ("Rueckruf", "bestaetigt", "Aerztin", "heissen"), as phones and foreign
        // keyboards write, is the word with them when that is a word of the lists or formed by rule and no given name or surname.
        known = known || (mode == ScrubMode.Vocabulary && (flags & (WordLists.GivenNameFlag | WordLists.SurnameFlag)) == 0 &&
                          IsWrittenWithoutUmlauts(text.Slice(word.Start, word.Length), workspace));

        // Letters glued to digits ("ISO9001", "GY2219E") are a code, not a name: no name is written so, and replacing the
        // letters alone would leave "[Person 1]9001". An unknown code is replaced whole in vocabulary mode (Find).
        if (IsGluedToDigit(text, word))
        {
            return known ? Code : UnknownCode; // the lexicon's words include the function words and terms
        }
        if ((flags & WordLists.GivenNameFlag) != 0)
        {
            // A relation or role word that is also a registered name ("Mann", "Sohn") introduces a name rather than starts one.
            return !known ? Given : (wordClass & WordClass.Introducer) != 0 ? Word : GivenWord;
        }

        if (!known && (flags & WordLists.SurnameFlag) != 0)
        {
            return Given; // a frequent surname starts a name as a given name does
        }

        // An abbreviation in capitals ("PA", "eAT", "AVGS") in a note that has case.
        return known || (!caseless && (wordClass & WordClass.ShortAbbreviation) != 0) ? Word : Unknown;
    }

    /// <summary>Session 21: whether a sentence starts at <paramref name="start"/>: the note's or a line's start, or after ".", "!", "?", a bullet or a bracket.</summary>
    private static bool StartsSentence(ReadOnlySpan<char> text, int start)
    {
        var i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t')
        {
            i--;
        }

        return i < 0 || text[i] is '\n' or '\r' or '.' or '!' or '?' or '•' or '*' or '(' or '"' or '„' or '–';
    }

    /// <summary>
    /// Session 18: whether <paramref name="word"/> (one the lists lack) is a word of theirs typed without umlauts or "ß": "ae",
    /// "oe", "ue" read as "ä", "ö", "ü" (all of them), and then also "ss" as "ß"; the spelling so restored must be a word of the
    /// lists, a compound of theirs or a word formed by rule, and no registered given name or surname ("Mueller" stays a name:
    /// "Müller" is a surname of the gazetteer). A word without such a pair is not read.
    /// </summary>
    internal static bool IsWrittenWithoutUmlauts(ReadOnlySpan<char> word, ScrubWorkspace workspace)
    {
        if (word.Length < 3 || word.Length > NameFolding.MaxStackWord || !HasUmlautPairOrDoubleS(word))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        Lexicon.ToLowerInvariant(word, lower);
        Span<char> restored = stackalloc char[word.Length];
        var length = 0;
        var pairs = 0;
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (i + 1 < lower.Length && lower[i + 1] == 'e' && c is 'a' or 'o' or 'u' && (i == 0 || lower[i - 1] != 'q'))
            {
                restored[length++] = c switch { 'a' => 'ä', 'o' => 'ö', _ => 'ü' };
                i++;
                pairs++;
                continue;
            }

            restored[length++] = c;
        }

        if (pairs > 0 && IsRestoredWord(restored[..length], workspace))
        {
            return true;
        }

        Span<char> sharpened = stackalloc char[length];
        var n = 0;
        var sharp = 0;
        for (var i = 0; i < length; i++)
        {
            if (i + 1 < length && restored[i] == 's' && restored[i + 1] == 's')
            {
                sharpened[n++] = 'ß';
                i++;
                sharp++;
                continue;
            }

            sharpened[n++] = restored[i];
        }

        return sharp > 0 && IsRestoredWord(sharpened[..n], workspace);
    }

    /// <summary>Whether the word has "ae", "oe", "ue" or "ss" in any case (most unknown words, names, have none of them).</summary>
    private static bool HasUmlautPairOrDoubleS(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            var c = (char)(word[i] | 0x20);
            var before = (char)(word[i - 1] | 0x20);
            if ((c == 'e' && before is 'a' or 'o' or 'u') || (c == 's' && before == 's'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRestoredWord(ReadOnlySpan<char> restored, ScrubWorkspace workspace)
    {
        var flags = WordLists.Lexicon.Flags(restored);
        if ((flags & (WordLists.GivenNameFlag | WordLists.SurnameFlag)) != 0)
        {
            return false;
        }

        return (flags & WordLists.WordFlag) != 0 || IsCompound(restored, workspace.CompoundWords) ||
               (restored.Length >= WordFormation.MinLength && WordFormation.IsFormed(restored, workspace.FormedWords));
    }

    /// <summary>
    /// Session 17: whether a word the lists lack is a word of theirs cut short before a dot, as notes abbreviate: four letters or
    /// more (the abbreviations of three, "deh.", "kv.", "bul.", are as often the words of addresses abroad), a dot right after them, and a longer word of the lists that begins with them ("ersch." of "erschienen", "unvollst."
    /// of "unvollständig", "Fahrtko." of "Fahrtkosten"). A capitalised word so cut is one only where no sentence can end at the
    /// dot: a capital after the dot and a blank, or the note's end, may follow a surname ("bei Herrn Kowal. Danach"), and so do
    /// not count. Notes without case are not read for these (a name there is lower case too).
    /// </summary>
    private static bool IsCutShort(ReadOnlySpan<char> text, (int Start, int Length) word)
    {
        var end = word.Start + word.Length;
        if (word.Length < 4 || word.Length > NameFolding.MaxStackWord || end >= text.Length || text[end] != '.' ||
            (word.Start > 0 && text[word.Start - 1] is '.' or '@' or '-' or '_'))
        {
            return false;
        }

        if (char.IsUpper(text[word.Start]))
        {
            var after = end + 1;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }

            if (after >= text.Length || text[after] is '\n' or '\r' || (after > end + 1 && char.IsUpper(text[after])))
            {
                return false;
            }
        }

        Span<char> lower = stackalloc char[word.Length];
        Lexicon.ToLowerInvariant(text.Slice(word.Start, word.Length), lower);
        return WordLists.Lexicon.HasLongerWordStartingWith(lower);
    }

    /// <summary>
    /// Session 15: whether a word the lists lack is known only as a compound or a word formed by rule ("wienhold" as "wien" +
    /// "hold", "gutjahr" as "gut" + "jahr"): after a given name or an unknown word, a blank and in the same case (a name written in
    /// lower case, "balbina wienhold", in a note that has case) such a word is the surname, the weakest reading of a word losing
    /// to the name beside it. A word of the lists ("Feierabend"), a function word, a term and an abbreviation in capitals are no
    /// such word; a capitalised town before a lower-case word ("Lambsheim beitragsfrei") and a note without case take none.
    /// </summary>
    private bool IsOnlyACompound(ReadOnlySpan<char> text, (int Start, int Length) word, uint wordClass) =>
        mode == ScrubMode.Vocabulary && word.Length >= 7 && ((byte)wordClass & WordLists.WordFlag) == 0 &&
        (wordClass & (WordClass.FunctionOrTerm | WordClass.ShortAbbreviation)) == 0 && !IsGluedToDigit(text, word);

    /// <summary>
    /// <see cref="IsCompound(ReadOnlySpan{char})"/>, answered from <paramref name="memo"/> (the workspace's, by the lower-case
    /// word, which is all the answer depends on) for a word met before: notes repeat their long words.
    /// </summary>
    internal static bool IsCompound(ReadOnlySpan<char> word, Dictionary<string, bool> memo)
    {
        if (word.Length < 7 || word.Length > NameFolding.MaxStackWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        Lexicon.ToLowerInvariant(word, lower);
        var lookup = memo.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(lower, out var compound))
        {
            compound = IsCompound(word);
            if (memo.Count < ScrubWorkspace.MaxCompoundWords)
            {
                lookup[lower] = compound; // a full memo keeps the words met first (starting again would only churn)
            }
        }

        return compound;
    }

    /// <summary>Whether the lower-case word ends in one of the heads that make surnames ("…mann", "…berg").</summary>
    internal static bool EndsInSurnameHead(ReadOnlySpan<char> lower)
    {
        foreach (var head in SurnameHeads)
        {
            if (lower.EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A modifier of at least three letters (with a linking s) and a head of at least four that are words: "Bewerbungsunterlagen".</summary>
    internal static bool IsCompound(ReadOnlySpan<char> word)
    {
        if (word.Length < 7 || word.Length > NameFolding.MaxStackWord)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        Lexicon.ToLowerInvariant(word, lower);
        var surnameHead = 0;
        foreach (var head in SurnameHeads)
        {
            if (lower.EndsWith(head, StringComparison.Ordinal))
            {
                surnameHead = Math.Max(surnameHead, head.Length);
            }
        }

        // Session 19: a word that ends like a surname ("…tal", "…hof") is a compound only by a head word two letters or more longer
        // than that ending ("Kleinanzeigen-portal", "Bauern-hof" no: "hof" itself; "Rosen-thal" no).
        var longestHead = surnameHead == 0 ? lower.Length - 4 : Math.Min(lower.Length - 4, lower.Length - surnameHead - 2);
        for (var split = longestHead; split >= 3; split--)
        {
            if (!WordLists.IsWord(lower[split..]))
            {
                continue;
            }

            var modifier = lower[..split];
            if (WordLists.IsWord(modifier) || (modifier.Length > 3 && modifier[^1] == 's' && WordLists.IsWord(modifier[..^1])) ||
                IsCompound(modifier))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a run of unknown words reads as a name (capitalised, or a given name in it, or the note has no case) rather than an unknown lower-case word.</summary>
    private static bool IsPersonLike(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, ReadOnlySpan<byte> kinds, int first, int last, bool caseless)
    {
        for (var i = first; i <= last; i++)
        {
            if (kinds[i] is Given or GivenWord || (kinds[i] != Particle && (caseless || IsCapitalised(text, words[i]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The token of a person met before in the record whose name has a part of this run, or null.</summary>
    private static string? KnownPerson(ScrubContext context, ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, int first, int last)
    {
        var tokens = context.PersonTokens;
        if (tokens.Count == 0)
        {
            return null;
        }

        for (var i = last; i >= first; i--)
        {
            var word = Slice(text, words[i]);
            if (word.Length >= 2 && context.PersonTokenShapes.MayStartWith(word[0]) && Words.TryFind(word, tokens, context.PersonTokenShapes, out var token))
            {
                return token;
            }
        }

        return null;
    }

    private static string Register(ScrubContext context, ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, ReadOnlySpan<byte> kinds, int first, int last)
    {
        // The token is keyed by the last part (the surname); the other parts share it.
        var owner = last;
        while (owner > first && kinds[owner] == Particle)
        {
            owner--;
        }

        var token = context.PersonToken(Slice(text, words[owner]));
        for (var i = first; i <= last; i++)
        {
            if (i != owner && kinds[i] != Particle && words[i].Length >= 2)
            {
                context.AddPersonAlias(Slice(text, words[i]), token);
            }
        }

        return token;
    }

    internal static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        var capitals = 0;
        foreach (var c in word)
        {
            capitals += char.IsUpper(c) ? 1 : 0;
        }

        return capitals >= 2 || (capitals == 1 && !char.IsUpper(word[0]));
    }

    private static ReadOnlySpan<char> Slice(ReadOnlySpan<char> text, (int Start, int Length) word) => text.Slice(word.Start, word.Length);

    private static bool IsCapitalised(ReadOnlySpan<char> text, (int Start, int Length) word) => char.IsUpper(text[word.Start]);

    /// <summary>Two words joined as parts of one name: by a single space or hyphen (or ". " after an initial-like abbreviation is not a join).</summary>
    private static bool Joined(ReadOnlySpan<char> text, (int Start, int Length) left, (int Start, int Length) right)
    {
        var gap = text.Slice(left.Start + left.Length, right.Start - left.Start - left.Length);
        return gap is " " or "-" or "'" or "\u2019";
    }

    /// <summary>Whether the text's letters are all upper case or all lower case (at least one word of two letters).</summary>
    internal static bool Caseless(ReadOnlySpan<char> text)
    {
        bool upper = false, lower = false;
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                upper = true;
            }
            else if (char.IsLower(c))
            {
                lower = true;
            }

            if (upper && lower)
            {
                return false;
            }
        }

        return true;
    }
}
