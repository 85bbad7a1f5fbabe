using System.Collections.Frozen;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>Word scanning shared by the name detectors: letter runs, an optional initial ("A. ") before.</summary>
internal static class Words
{
    public static bool IsPlaceholder(char c) => c is >= TextScrubber.FirstPlaceholder and <= TextScrubber.LastPlaceholder;

    /// <summary>Whether a character belongs to a word: a letter of any script (placeholders, private use, are none).</summary>
    public static bool IsLetter(char c) => c < 128 ? char.IsAsciiLetter(c) : char.IsLetter(c);

    /// <summary>The words of <paramref name="text"/> (maximal letter runs) and, if asked, each placeholder as a word of its own, in order, without a list.</summary>
    public static WordEnumerator Of(ReadOnlySpan<char> text, bool includePlaceholders = false) => new(text, includePlaceholders);

    /// <summary>Adds the words of <paramref name="text"/> (and, if asked, each placeholder as a word of its own) to <paramref name="words"/>.</summary>
    public static void ScanInto(ReadOnlySpan<char> text, List<(int Start, int Length)> words, bool includePlaceholders = false)
    {
        foreach (var word in Of(text, includePlaceholders))
        {
            words.Add(word);
        }
    }

    /// <summary>The word scan of <see cref="Of"/>: one pass, each character looked at once.</summary>
    internal ref struct WordEnumerator(ReadOnlySpan<char> text, bool includePlaceholders)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;

        public (int Start, int Length) Current { get; private set; }

        public readonly WordEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            var text = _text;
            var i = _next;
            while (i < text.Length)
            {
                var c = text[i++];
                if (IsLetter(c))
                {
                    var start = i - 1;
                    while (i < text.Length && IsLetter(text[i]))
                    {
                        i++;
                    }

                    Current = (start, i - start);
                    _next = i;
                    return true;
                }

                if (includePlaceholders && IsPlaceholder(c))
                {
                    Current = (i - 1, 1);
                    _next = i;
                    return true;
                }
            }

            _next = i;
            return false;
        }
    }

    /// <summary>Whether the word (or the word without an inflection "s") has a key in <paramref name="keys"/>, whose shapes are <paramref name="shapes"/>.</summary>
    public static bool TryFind<T>(ReadOnlySpan<char> word, Dictionary<string, T> keys, KeyShapes shapes, out T value)
    {
        if (keys.Count == 0 || word.Length < 2 || !shapes.MayMatch(word))
        {
            value = default!;
            return false;
        }

        if (word.Length > NameFolding.MaxStackWord)
        {
            return TryFindSlow(word, keys, out value);
        }

        // Fast path without allocation: ASCII and German umlauts fold into a stack buffer.
        Span<char> buffer = stackalloc char[(word.Length * 2) + 2];
        var lookup = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        var trimmed = word.Length > 3 && (word[^1] == 's' || word[^1] == 'S') ? word[..^1] : default;
        foreach (var digraphs in (ReadOnlySpan<bool>)[true, false])
        {
            var length = NameFolding.TryFold(word, buffer, digraphs);
            if (length < 0)
            {
                return TryFindSlow(word, keys, out value);
            }

            if (lookup.TryGetValue(buffer[..length], out value!))
            {
                return true;
            }

            if (!trimmed.IsEmpty && lookup.TryGetValue(buffer[..NameFolding.TryFold(trimmed, buffer, digraphs)], out value!))
            {
                return true;
            }
        }

        value = default!;
        return false;
    }

    private static bool TryFindSlow<T>(ReadOnlySpan<char> word, Dictionary<string, T> keys, out T value)
    {
        foreach (var key in NameFolding.Keys(word))
        {
            if (keys.TryGetValue(key, out value!))
            {
                return true;
            }
        }

        if (word.Length > 3 && (word[^1] == 's' || word[^1] == 'S'))
        {
            foreach (var key in NameFolding.Keys(word[..^1]))
            {
                if (keys.TryGetValue(key, out value!))
                {
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    /// <summary>
    /// The index of the next <paramref name="value"/> after the one at <paramref name="index"/>, or -1: the step of the pre-checks that
    /// walk a note's occurrences of a mark (<c>for (var i = text.IndexOf(m); i >= 0; i = Words.NextIndexOf(text, i, m))</c>).
    /// </summary>
    public static int NextIndexOf(ReadOnlySpan<char> text, int index, char value) =>
        text[(index + 1)..].IndexOf(value) is var next and >= 0 ? index + 1 + next : -1;

    /// <summary>The same as <see cref="NextIndexOf(ReadOnlySpan{char}, int, char)"/> for either of two characters.</summary>
    public static int NextIndexOfAny(ReadOnlySpan<char> text, int index, char value0, char value1) =>
        text[(index + 1)..].IndexOfAny(value0, value1) is var next and >= 0 ? index + 1 + next : -1;

    /// <summary>The same as <see cref="NextIndexOf(ReadOnlySpan{char}, int, char)"/> for a string (ordinal).</summary>
    public static int NextIndexOf(ReadOnlySpan<char> text, int index, string value) =>
        text[(index + 1)..].IndexOf(value, StringComparison.Ordinal) is var next and >= 0 ? index + 1 + next : -1;

    /// <summary>Extends a match start over a preceding initial such as "A. " or "A.".</summary>
    public static int WithInitial(ReadOnlySpan<char> text, int start)
    {
        var i = start - 1;
        if (i >= 1 && text[i] == '-' && text[i - 1] == '.')
        {
            i--; // "H.-Dieter"
        }

        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        if (i >= 1 && text[i] == '.' && char.IsLetter(text[i - 1]) && (i < 2 || !char.IsLetter(text[i - 2])))
        {
            return i - 1;
        }

        return start;
    }
}

/// <summary>
/// A filter over folded name keys by first letter and length, so most words of a note need neither folding nor
/// a lookup. ASCII letters fold to their lower case one to one, German umlauts to one letter or two (digraphs)
/// and ß to two, under both foldings of <see cref="NameFolding"/>; a word starting with any other character is
/// never ruled out, and one with another non-ASCII character further on only by its first letter (the slow path
/// folds it). A word of ASCII letters, umlauts and ß is also ruled out by its last letter (or the one before an
/// inflection "s") when no key of its first letter ends in it.
/// </summary>
internal sealed class KeyShapes
{
    private readonly uint[] _lengths = new uint[26];
    private readonly uint[] _lasts = new uint[26]; // by first letter: the last letters (a bit each of 'a'..'z'; all for any other last character)

    /// <summary>The bit of a length in a 32-bit set; 31 and longer share the top bit.</summary>
    public static uint LengthBit(int length) => 1u << Math.Min(length, 31);

    public void Clear()
    {
        Array.Clear(_lengths);
        Array.Clear(_lasts);
    }

    /// <summary>Adds a folded key; a key not starting with 'a'..'z' needs no bit (only words the filter passes can have it).</summary>
    public void Add(string key)
    {
        if (key.Length > 0 && key[0] is >= 'a' and <= 'z')
        {
            _lengths[key[0] - 'a'] |= LengthBit(key.Length);
            _lasts[key[0] - 'a'] |= key[^1] is >= 'a' and <= 'z' ? 1u << (key[^1] - 'a') : uint.MaxValue;
        }
    }

    /// <summary>
    /// Whether a word whose folded form ends in the fold of <paramref name="last"/> may equal a key starting as its
    /// <paramref name="lasts"/> say: an ASCII letter folds to its lower case, so only keys ending in it can; any other
    /// character (an umlaut, ß) is not ruled out.
    /// </summary>
    private static bool MayEndIn(uint lasts, char last) => !char.IsAsciiLetter(last) || (lasts & (1u << ((last | 0x20) - 'a'))) != 0;

    /// <summary>
    /// False only for a word starting with an ASCII letter that starts no key (the first test of <see cref="MayMatch"/>,
    /// cheap enough to make before a word is looked at further).
    /// </summary>
    public bool MayStartWith(char first) => !char.IsAsciiLetter(first) || _lengths[(first | 0x20) - 'a'] != 0;

    /// <summary>Whether the word, or the word without an inflection "s", may fold to one of the keys added.</summary>
    public bool MayMatch(ReadOnlySpan<char> word)
    {
        var initial = word[0] switch
        {
            >= 'A' and <= 'Z' => (char)(word[0] + ('a' - 'A')),
            >= 'a' and <= 'z' => word[0],
            'ä' or 'Ä' => 'a',
            'ö' or 'Ö' => 'o',
            'ü' or 'Ü' => 'u',
            'ß' => 's',
            _ => '\0',
        };
        if (initial == '\0')
        {
            return true;
        }

        // Every folding keeps this first letter (ASCII lower-cased, an umlaut as its base letter, ß as "ss"), so
        // no key starting with it rules the word out before its characters are looked at.
        var lengths = _lengths[initial - 'a'];
        if (lengths == 0)
        {
            return false;
        }

        int umlauts = 0, sharpS = 0;
        foreach (var c in word)
        {
            if (c < 128)
            {
                continue;
            }

            switch (c)
            {
                case 'ä' or 'ö' or 'ü' or 'Ä' or 'Ö' or 'Ü':
                    umlauts++;
                    break;
                case 'ß':
                    sharpS++;
                    break;
                default:
                    return true;
            }
        }

        // Here every character is ASCII, an umlaut or ß: an ASCII letter at the end folds to itself in lower case.
        var lasts = _lasts[initial - 'a'];
        var stripped = word.Length + sharpS;
        if ((lengths & (LengthBit(stripped) | LengthBit(stripped + umlauts))) != 0 && MayEndIn(lasts, word[^1]))
        {
            return true;
        }

        return word.Length > 3 && (word[^1] == 's' || word[^1] == 'S') &&
               (lengths & (LengthBit(stripped - 1) | LengthBit(stripped - 1 + umlauts))) != 0 && MayEndIn(lasts, word[^2]);
    }
}

/// <summary>
/// A filter in front of a case-insensitive (OrdinalIgnoreCase) set of keys: the keys' lengths by their first two
/// letters when both are ASCII letters, and by their first and last letters when both are. A word whose first two characters
/// are ASCII letters can equal a key only if the key starts with the same two letters (ASCII letters equal under
/// OrdinalIgnoreCase only in their two cases, and no character outside ASCII equals one) and is as long; one whose first and
/// last characters are ASCII letters only if the key starts and ends with them and is as long. A word starting otherwise, or
/// shorter than two, is left to the lookup.
/// </summary>
internal sealed class PairShapes
{
    private readonly uint[] _lengths = new uint[26 * 26];
    private readonly uint[] _ends = new uint[26 * 26]; // by first and last letter

    public PairShapes(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (key.Length >= 2 && char.IsAsciiLetter(key[0]) && char.IsAsciiLetter(key[1]))
            {
                _lengths[(((key[0] | 0x20) - 'a') * 26) + ((key[1] | 0x20) - 'a')] |= KeyShapes.LengthBit(key.Length);
            }

            if (key.Length >= 2 && char.IsAsciiLetter(key[0]) && char.IsAsciiLetter(key[^1]))
            {
                _ends[(((key[0] | 0x20) - 'a') * 26) + ((key[^1] | 0x20) - 'a')] |= KeyShapes.LengthBit(key.Length);
            }
        }
    }

    /// <summary>False only for a word that equals no key in any case.</summary>
    public bool MayEqual(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsAsciiLetter(word[0]))
        {
            return true;
        }

        // The second letter may be an umlaut ("für", "Übergabe" start otherwise): the first and last letters still rule most out.
        var first = ((word[0] | 0x20) - 'a') * 26;
        var length = KeyShapes.LengthBit(word.Length);
        return (!char.IsAsciiLetter(word[1]) || (_lengths[first + ((word[1] | 0x20) - 'a')] & length) != 0) &&
               (!char.IsAsciiLetter(word[^1]) || (_ends[first + ((word[^1] | 0x20) - 'a')] & length) != 0);
    }
}

/// <summary>Names known from the record (customer, case worker, team lead) in any case, inflection, transliteration or abbreviation.</summary>
internal sealed class KnownNameDetector : SpanDetector
{
    public override string Name => "knownName";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var names = context.KnownNames;
        if (names.Count == 0)
        {
            return;
        }

        var shapes = context.KnownNameShapes;
        var table = workspace.WordTable;
        var words = table.All(text);
        for (var index = 0; index < words.Length; index++)
        {
            // A placeholder (one character) is no word and starts no key.
            var (start, length) = words[index];
            if (length > 1 && shapes.MayStartWith(text[start]) && Words.TryFind(text.Slice(start, length), names, shapes, out var role) &&
                !SomeoneElsesGivenName(text, table, index, names, shapes))
            {
                var from = Words.WithInitial(text, WithParticles(text, start));
                matches.Add(new TextMatch(from, start + length - from, Token(role)));
            }
        }
    }

    /// <summary>
    /// Extends a name's start over the particles before it ("zu Scheuermann", "van der Berg", "al-Sayed") and an
    /// apostrophe prefix ("O'Brien"): they are part of the name, though never keys of their own.
    /// </summary>
    internal static int WithParticles(ReadOnlySpan<char> text, int start)
    {
        if (start >= 2 && text[start - 1] is '\'' or '\u2019' && Words.IsLetter(text[start - 2]) && (start < 3 || !Words.IsLetter(text[start - 3])))
        {
            return start - 2;
        }

        // A particle that is also a German word ("von", "zu", "der") belongs to the name only after a name part, an
        // initial or an honorific ("Karl-Theodor zu Guttenberg", "K. von Berg", "Frau von der Leyen"); after any other word
        // it is the preposition it reads as ("Fehlzeiten von Eemil", "Angaben gehören zu Rima Kikwadze") and stays.
        var from = ParticlesBefore(text, start, out var ordinary);
        return from == start || !ordinary || NamePartBefore(text, from) ? from : start;
    }

    /// <summary>The German words among the particles: prepositions and articles in ordinary text.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrdinaryParticles = new[]
    {
        "von", "vom", "zu", "zum", "zur", "der", "den", "das", "da", "du", "bin",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Prepositions a particle cannot follow as a preposition ("bei zu Röhrdanz", "mit von Berg").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeAName = new[]
    {
        "bei", "beim", "mit", "an", "für", "durch", "gegen", "ohne", "laut", "lt", "und",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the particles at <paramref name="from"/> belong to a name: at the start of a note, line or clause (after
    /// punctuation), or after an honorific, relation or role word, a preposition no particle follows as a preposition, a
    /// given name or frequent surname of the gazetteer, or a capitalised word that is no German word.
    /// </summary>
    private static bool NamePartBefore(ReadOnlySpan<char> text, int from)
    {
        // At the start of a note, a line or a clause ("(bin Suhaib)", "/ vom Pölitz", "Kd. zu Scheuermann", "Pass: zu Mans")
        // no preposition has a word to belong to: the particles are the name's.
        var end = from - 1;
        if (end < 1 || text[end] != ' ' || !Words.IsLetter(text[end - 1]))
        {
            return true;
        }

        var wordStart = end;
        while (wordStart > 0 && Words.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..end]; // not empty: text[end - 1] is a letter
        if (ThirdPersonDetector.IsIntroducer(word) || BeforeAName.Contains(word))
        {
            return true; // "Fallmanager von Langern", "Herr von der Leyen", "bei zu Röhrdanz"
        }

        var flags = WordLists.Flags(word);
        return (flags & (WordLists.GivenNameFlag | WordLists.SurnameFlag)) != 0 ||
               (char.IsUpper(word[0]) && (flags & WordLists.WordFlag) == 0 && !NameShapeDetector.IsCompound(word) && !WordFormation.IsFormed(word)); // not "Fallbesprechung zu X", "Buchung zu X"
    }

    /// <summary>The start of the particles before a name ("zu", "van der", "al-"), <paramref name="start"/> if none.</summary>
    private static int ParticlesBefore(ReadOnlySpan<char> text, int start, out bool ordinary)
    {
        ordinary = false;
        while (start >= 2 && text[start - 1] is ' ' or '-')
        {
            var end = start - 1;
            var wordStart = end;
            while (wordStart > 0 && Words.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }

            var particle = text[wordStart..end];
            if (wordStart == end || !NameShapeDetector.IsParticle(particle) || (text[start - 1] == '-' && end - wordStart > 3))
            {
                break;
            }

            // An article ("der", "den", "das") belongs to the name only after "von"/"van" ("von der Heyde"), not in "mit der Meier".
            if (particle.Equals("der", StringComparison.OrdinalIgnoreCase) || particle.Equals("den", StringComparison.OrdinalIgnoreCase) ||
                particle.Equals("das", StringComparison.OrdinalIgnoreCase))
            {
                var before = ParticlesBefore(text, wordStart, out var outer);
                if (before == wordStart)
                {
                    break;
                }

                ordinary = outer; // "von der" reads as words, "van der" does not
                return before;
            }

            ordinary |= OrdinaryParticles.Contains(particle);
            start = wordStart;
        }

        return start;
    }

    /// <summary>
    /// Whether a known given name is followed by a surname that is not known ("Frau Inka Hein" where the customer is
    /// Inka Meier): another person of the same given name, left to the name detectors, which take both words.
    /// </summary>
    private static bool SomeoneElsesGivenName(ReadOnlySpan<char> text, WordTable table, int index, Dictionary<string, NameRole> names, KeyShapes shapes)
    {
        // The word after the space is the table's next (an upper-case letter starts a run of letters), so both words'
        // lexicon flags are the table's, looked up once per note.
        var (start, length) = table.All(text)[index];
        var next = start + length + 1;
        if (next >= text.Length || text[start + length] != ' ' || !char.IsUpper(text[next]) || (table.LexiconFlags(text, index) & WordLists.GivenNameFlag) == 0)
        {
            return false;
        }

        var (_, nextLength) = table.All(text)[index + 1];
        var word = text.Slice(next, nextLength);
        return word.Length >= 2 && !Words.TryFind(word, names, shapes, out _) && !DomainWords.IsFunctionWordOrTerm(word) &&
               table.LexiconFlags(text, index + 1) is var flags && ((flags & WordLists.WordFlag) == 0 || (flags & (WordLists.SurnameFlag | WordLists.GivenNameFlag)) != 0);
    }

    /// <summary>The token of a name known from the record in <paramref name="role"/>.</summary>
    internal static string Token(NameRole role) => role switch
    {
        NameRole.Customer => "[Kunde]",
        NameRole.CaseWorker => "[Fachkraft]",
        _ => "[Teamleitung]",
    };
}

/// <summary>
/// Third persons introduced by an honorific or role ("Herr Kowalski", "Vermieter Schneider", "Fr. Yilmaz",
/// "Firma Krause GmbH"): the name becomes <c>[Person n]</c>, and later bare mentions of that surname too.
/// </summary>
internal sealed class ThirdPersonDetector : SpanDetector
{
    internal static readonly FrozenSet<string> Introducers = new[]
    {
        "herr", "herrn", "frau", "hr", "fr", "dr", "prof", "vermieter", "vermieterin", "arbeitgeber", "arbeitgeberin", "firma",
        "ehemann", "ehefrau", "partner", "partnerin", "sohn", "tochter", "mutter", "vater", "bruder", "schwester",
        "nachbar", "nachbarin", "betreuer", "betreuerin", "ansprechpartner", "ansprechpartnerin", "kollege", "kollegin",
        "lebensgefährte", "lebensgefährtin", "onkel", "tante", "oma", "opa", "schwiegermutter", "schwiegervater",

        // Inflected forms and further relations and roles.
        "kollegen", "kolleg", "koll", "freund", "freundin", "freundes", "freunde", "schwager", "schwagers", "schwägerin", "cousin", "cousine",
        "neffe", "neffen", "nichte", "enkel", "enkelin", "bruders", "vaters", "sohnes", "ehemannes", "ehegatte", "ehegatten", "ehegattin",
        "partners", "nachbarn", "betreuers", "lebensgefährten", "stiefvater", "stiefmutter", "stiefsohn", "stieftochter", "stiefbruder",
        "stiefschwester", "halbbruder", "halbschwester", "schwiegersohn", "schwiegertochter", "schwiegervaters", "großmutter", "großvater",
        "pflegemutter", "pflegevater", "vormund", "mitbewohner", "mitbewohnerin", "lebenspartner", "lebenspartnerin", "exmann", "exfrau",
        "geschäftsführer", "geschäftsführerin", "inhaber", "inhaberin", "inh", "rechtsanwalt", "rechtsanwältin", "ra", "rain", "anwalt", "anwältin",
        "sachbearbeiter", "sachbearbeiterin", "fallmanager", "fallmanagerin", "vermittler", "vermittlerin", "berater", "beraterin",
        "ansprechp", "kind", "kindes", "hausarzt", "hausärztin", "arzt", "ärztin", "vertretung", "vermieters", "arbeitgebers",
        "mann", "mannes", "pk", "pok", "phk", "khk", // police ranks before a name ("PK Ireri")
        // Session 14: the relation words of the English and French messages notes quote ("my husband X", « mon fils X »).
        "husband", "wife", "daughter", "brother", "sister", "mother", "father", "fils", "fille", "mari", "épouse", "époux", "frère",
        "soeur", "sœur", "mère", "père",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Honorifics and titles: after these even a relation word is a name ("Dr. Bruder").</summary>
    private static readonly FrozenSet<string> Honorifics = new[] { "herr", "herrn", "frau", "hr", "fr", "dr", "prof" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Particles = new[]
    {
        "von", "van", "vom", "zu", "zum", "zur", "de", "del", "della", "der", "den", "di", "da", "du", "la", "le", "ten", "ter", "al", "el", "bin", "ibn",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StopWords = new[]
    {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "ist", "sind", "war", "waren", "hat",
        "hatte", "haben", "wird", "wurde", "will", "soll", "sollte", "kann", "konnte", "muss", "und", "oder", "aber", "nicht", "noch",
        "sich", "mit", "von", "vom", "zu", "zum", "zur", "im", "in", "am", "an", "auf", "aus", "für", "bei", "nach", "über", "unter",
        "wegen", "als", "auch", "sei", "seit", "meldet", "meldete", "teilt", "teilte", "rief", "ruft", "kam", "kommt", "bestätigt",
        "informiert", "gibt", "gab", "sagt", "sagte", "möchte", "erklärt", "lebt", "wohnt", "arbeitet", "heute", "gestern", "morgen",
        "sowie", "bzw", "telefonisch", "persönlich", "kündigt", "kündigte", "verweigert", "zahlt", "unterstützt", "des", "ihr", "ihre",
        "ihrem", "ihren", "sein", "seine", "seinem", "seinen", "mein", "meine", "unser", "unsere", "hier", "dort", "wieder", "erneut",
        "nun", "jetzt", "bereits", "schon", "nur", "sehr", "gut", "krank", "da", "so", "wie", "was", "wer", "wo", "ob", "dass",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Span lookups: a word is looked up where it stands, without cutting a string out of the note.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HonorificLookup = Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IntroducerLookup = Introducers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticleLookup = Particles.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // The introducers by their first two (ASCII) letters and length: most words are ruled out without hashing them.
    private static readonly PairShapes IntroducerShapes = new(Introducers);

    public override string Name => "thirdPerson";

    /// <summary>
    /// False only for a word that cannot equal an introducer under OrdinalIgnoreCase: it is shorter than every
    /// introducer, or its first two characters are ASCII letters that start none of its length (ASCII letters
    /// equal under OrdinalIgnoreCase only in their two cases). A word with another character there is looked up.
    /// </summary>
    internal static bool MayBeIntroducer(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        return IntroducerShapes.MayEqual(word);
    }

    /// <summary>Whether the word is an honorific or title (Herr, Frau, Hr, Fr, Dr, Prof), in any case.</summary>
    internal static bool IsHonorific(ReadOnlySpan<char> word) => HonorificLookup.Contains(word);

    /// <summary>Whether the word is an introducer (an honorific or a role), in any case.</summary>
    internal static bool IsIntroducer(ReadOnlySpan<char> word) => MayBeIntroducer(word) && IntroducerLookup.Contains(word);

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;

        // Most notes introduce nobody: one pass over the words looks up the persons known so far and rules out
        // an introducer; only a note with one lists its words, registers the persons and looks them up again.
        var before = matches.Count;
        var table = workspace.WordTable;
        var classes = table.Classes(text, out var union);
        if (context.MailPartCount > 0)
        {
            // Session 15: the owners of the note's e-mail addresses, where the note names them (ScrubContext.MeetMailOwner).
            foreach (var (start, length) in table.All(text))
            {
                if (length >= 3 && context.MailPartCount > 0)
                {
                    context.MeetMailOwner(text.Slice(start, length));
                }
            }
        }

        if ((union & WordClass.Introducer) == 0 && context.PersonTokens.Count == 0)
        {
            return; // no person known yet and none introduced here
        }

        var firstIntroducer = FindKnownPersonsUnlessIntroduced(text, table.All(text), classes, context, matches);
        if (firstIntroducer < 0)
        {
            return;
        }

        matches.RemoveRange(before, matches.Count - before);
        var words = table.All(text);
        RegisterIntroduced(text, words, table.Classes(text), firstIntroducer, table.Caseless(text), context);

        // Every word again, the new persons' too, from the list just made.
        foreach (var (start, length) in words)
        {
            MatchPerson(text, start, length, context, matches);
        }
    }

    /// <summary>Adds a match if the word at <paramref name="start"/> has a person token (with an initial before it).</summary>
    private static void MatchPerson(ReadOnlySpan<char> text, int start, int length, ScrubContext context, List<TextMatch> matches)
    {
        var tokens = context.PersonTokens;
        var shapes = context.PersonTokenShapes;
        if (tokens.Count > 0 && length >= 2 && shapes.MayStartWith(text[start]) && Words.TryFind(text.Slice(start, length), tokens, shapes, out var token))
        {
            var from = Words.WithInitial(text, KnownNameDetector.WithParticles(text, start));
            matches.Add(new TextMatch(from, start + length - from, token));
        }
    }

    /// <summary>Adds a match for every word with a person token; stops at the first introducer and returns its index (-1: none).</summary>
    private static int FindKnownPersonsUnlessIntroduced(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, ReadOnlySpan<uint> classes,
        ScrubContext context, List<TextMatch> matches)
    {
        // The words include placeholders: one character each, neither an introducer nor a person's name.
        for (var i = 0; i < words.Length; i++)
        {
            var (start, length) = words[i];
            if ((classes[i] & WordClass.Introducer) != 0)
            {
                return i;
            }

            MatchPerson(text, start, length, context, matches);
        }

        return -1;
    }

    /// <summary>Gives every person an introducer introduces a token (see <see cref="ScrubContext.PersonToken(ReadOnlySpan{char})"/>).</summary>
    /// <remarks>
    /// <paramref name="words"/> are the words plus earlier replacements (one placeholder character each), so
    /// "Vermieter [Teamleitung]-Wolff" still finds the unknown part of a double name whose other part is a known name.
    /// </remarks>
    /// <remarks>No word before <paramref name="from"/>, the first introducer, is one: the search for them starts there.</remarks>
    private static void RegisterIntroduced(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, ReadOnlySpan<uint> classes, int from, bool caseless,
        ScrubContext context)
    {
        for (var i = from; i < words.Length - 1; i++)
        {
            if ((classes[i] & WordClass.Introducer) == 0)
            {
                continue;
            }

            // The name follows the introducer after spaces, an abbreviation dot or a title ("Herrn Dr. Meier").
            // A relation word after a title is the name ("Dr. Bruder"), a title after anything continues ("Herrn Dr. Meier").
            var j = i + 1;
            while (j < words.Length && Follows(text, words[j - 1], words[j]) && (classes[j] & WordClass.Introducer) != 0 &&
                   ((classes[j] & WordClass.Honorific) != 0 || (classes[j - 1] & WordClass.Honorific) == 0))
            {
                j++;
            }

            // A gendered abbreviation ("Koll.in", "Kolleg*in", "Sachbearbeiter:in") is the introducer, not "in".
            if (j < words.Length && text.Slice(words[j].Start, words[j].Length) is "in" or "innen" or "In" or "Innen" &&
                words[j].Start - (words[j - 1].Start + words[j - 1].Length) == 1 && text[words[j].Start - 1] is '.' or '*' or ':' or '_' or '/')
            {
                j++;
            }

            // Academic titles after the introducer are read through ("Dr. med. Name", "Frau Dipl.-Psych. Name"): no name.
            while (j + 1 < words.Length && AcademicTitleLookup.Contains(text.Slice(words[j].Start, words[j].Length)) &&
                   text.Slice(words[j - 1].Start + words[j - 1].Length, words[j].Start - words[j - 1].Start - words[j - 1].Length) is " " or ". " or ".-" &&
                   text.Length > words[j].Start + words[j].Length && text[words[j].Start + words[j].Length] == '.')
            {
                j++;
            }

            if (j < words.Length && words[j].Length == 1 && !Words.IsPlaceholder(text[words[j].Start]) && Follows(text, words[j - 1], words[j]) &&
                j + 1 < words.Length && text.Length > words[j].Start + 1 && text[words[j].Start + 1] == '.')
            {
                j++; // an initial: "Herr A. Meier" (not a name replaced already: "Tochter [Person 1]. Thema Miete")
            }

            // Nobility particles ("Frau von Oertzen", "Herr van der Velde") belong to the name but are not keys.
            // A particle is joined to the name by a single space ("Mutter da. Bruder" has none).
            while (j + 1 < words.Length && j < words.Length && Follows(text, words[j - 1], words[j]) && ParticleLookup.Contains(text.Slice(words[j].Start, words[j].Length)) &&
                   words[j + 1].Start == words[j].Start + words[j].Length + 1 && text[words[j + 1].Start - 1] == ' ')
            {
                j++;
            }

            var afterReplacedPart = false;
            if (j + 1 < words.Length && j < words.Length && words[j].Length == 1 && Words.IsPlaceholder(text[words[j].Start]) &&
                Follows(text, words[j - 1], words[j]) && words[j + 1].Start == words[j].Start + 2 && text[words[j].Start + 1] == '-')
            {
                j++; // "[Kunde]-Haas": the replaced part is done, the rest of the double name is the person.
                afterReplacedPart = true;
            }

            if (j >= words.Length || !(afterReplacedPart || Follows(text, words[j - 1], words[j])) || !IsName(text, words[j], caseless))
            {
                continue;
            }

            var group = HyphenGroup(text, words, ref j);
            if (j + 1 < words.Length && words[j + 1].Start == words[j].Start + words[j].Length + 1 && text[words[j + 1].Start - 1] == ' ' &&
                char.IsUpper(text[words[j + 1].Start]) && IsName(text, words[j + 1], caseless) && !IsCompanySuffix(text, words[j + 1]))
            {
                // "Herr Hans Meier": both words are the person; the token is keyed by the surname.
                j++;
                var surname = HyphenGroup(text, words, ref j);
                Register(context, text, words, surname, surname);
                Register(context, text, words, group, surname);
            }
            else
            {
                Register(context, text, words, group, group);
            }
        }
    }

    /// <summary>The words from <paramref name="j"/> joined by single hyphens ("Müller-Lüdenscheidt"), as a range of word indexes; <paramref name="j"/> ends on the last.</summary>
    private static Range HyphenGroup(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, ref int j)
    {
        var first = j;
        while (j + 1 < words.Length && words[j + 1].Start == words[j].Start + words[j].Length + 1 && text[words[j].Start + words[j].Length] == '-')
        {
            j++;
        }

        return first..(j + 1);
    }

    private static void Register(ScrubContext context, ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, Range parts, Range owner)
    {
        // Every part of a name (double names, first names) shares the owner's token; the first part keys it.
        var (ownerStart, ownerLength) = words[owner.Start.Value];
        var token = context.PersonToken(text.Slice(ownerStart, ownerLength));
        for (var i = parts.Start.Value; i < parts.End.Value; i++)
        {
            context.AddPersonAlias(text.Slice(words[i].Start, words[i].Length), token);
        }
    }

    /// <summary>Adjacent, and a dot between only after an abbreviation ("Hr. Meier", "Koll. Roth"), not after a full word ("Vater. Änderung").</summary>
    private static bool Follows(ReadOnlySpan<char> text, (int Start, int Length) left, (int Start, int Length) right) =>
        Adjacent(text, left, right) &&
        (text.Slice(left.Start + left.Length, right.Start - left.Start - left.Length).IndexOf('.') < 0 || left.Length <= 1 ||
         AbbreviationLookup.Contains(text.Slice(left.Start, left.Length)));

    private static readonly FrozenSet<string> Abbreviations = new[] { "hr", "fr", "dr", "prof", "koll", "inh", "ansprechp", "kolleg", "med", "sb" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AcademicTitleLookup =
        DomainWords.AcademicTitles.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool Adjacent(ReadOnlySpan<char> text, (int Start, int Length) left, (int Start, int Length) right)
    {
        var gap = text.Slice(left.Start + left.Length, right.Start - left.Start - left.Length);
        return gap.Length is >= 1 and <= 3 && gap.Trim().Length <= 1 && (gap.Trim().Length == 0 || gap.Trim()[0] == '.') && gap[^1] is ' ' or '.';
    }

    /// <summary>
    /// Whether the word after an introducer can be a name: two letters or more, no stop word, function word or
    /// domain term ("Nachbar ohne Vollmacht", "von Kd."), and capitalised unless the note has no case ("der Mutter
    /// erschwert").
    /// </summary>
    private static bool IsName(ReadOnlySpan<char> text, (int Start, int Length) word, bool caseless)
    {
        if (word.Length < 2 || Words.IsPlaceholder(text[word.Start]))
        {
            return false;
        }

        var span = text.Slice(word.Start, word.Length);
        return (caseless || char.IsUpper(span[0])) && !StopWordLookup.Contains(span) && !DomainWords.IsFunctionWordOrTerm(span);
    }

    private static bool IsCompanySuffix(ReadOnlySpan<char> text, (int Start, int Length) word) =>
        text.Slice(word.Start, word.Length) is "GmbH" or "AG" or "KG" or "OHG" or "UG" or "eK" or "GbR" or "Co";
}
