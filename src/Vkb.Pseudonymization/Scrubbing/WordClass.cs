using System.Runtime.InteropServices;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// What a word is, as the word-level detectors ask it, found once per word of a note instead of once per detector:
/// the lexicon flags (<see cref="WordLists.Flags"/>, the low byte) and a bit for each fixed word list a name detector
/// tests its words against (particles, introducers, honorifics, function words and terms, the first words of
/// institutions, legal forms, trade words, employers …). Every bit is a function of the word's characters alone, so
/// the <see cref="WordTable"/> keeps it for the words a replacement does not touch, and <see cref="WordClassMemo"/>
/// keeps it from note to note. Each bit is exactly its predicate (a property test compares them on the words of the
/// corpora in several spellings); a detector reads the bit where it used to call the predicate.
/// </summary>
internal static class WordClass
{
    /// <summary>Set in every computed class, so 0 means "not yet classified".</summary>
    public const uint Classified = 1u << 31;

    /// <summary><see cref="NameShapeDetector.IsParticle"/>.</summary>
    public const uint Particle = 1u << 8;

    /// <summary><see cref="ThirdPersonDetector.IsIntroducer"/>.</summary>
    public const uint Introducer = 1u << 9;

    /// <summary><see cref="ThirdPersonDetector.IsHonorific"/>.</summary>
    public const uint Honorific = 1u << 10;

    /// <summary><see cref="DomainWords.IsFunctionWordOrTerm"/>.</summary>
    public const uint FunctionOrTerm = 1u << 11;

    /// <summary>Four letters at most and <see cref="NameShapeDetector.IsAbbreviation"/> (capitals inside: "PA", "eAT").</summary>
    public const uint ShortAbbreviation = 1u << 12;

    /// <summary><see cref="InstitutionDetector.IsHeadFirstWord"/>: the first word of an institution's kind or name.</summary>
    public const uint InstitutionHead = 1u << 13;

    /// <summary><see cref="InstitutionDetector.IsMission"/> ("Botschaft", "Konsulat").</summary>
    public const uint Mission = 1u << 14;

    /// <summary><see cref="InstitutionDetector.IsCompoundKind"/> with no case required ("Kreiskrankenhaus" in any case).</summary>
    public const uint CompoundKind = 1u << 15;

    /// <summary><see cref="InstitutionDetector.IsCompoundEnd"/> ("Schule", "Klinikum").</summary>
    public const uint CompoundEnd = 1u << 16;

    /// <summary><see cref="CompanyDetector.MayStartLegalForm"/>.</summary>
    public const uint LegalFormStart = 1u << 17;

    /// <summary><see cref="CompanyDetector.IsTradeWord"/> ("Tischlerei", "Möbelwerkstatt").</summary>
    public const uint Trade = 1u << 18;

    /// <summary><see cref="CompanyDetector.IsEmployerFirstWord"/>: a word an employer's name starts with.</summary>
    public const uint EmployerFirst = 1u << 19;

    /// <summary><see cref="CompanyDetector.IsBrothersWord"/> ("Gebr", "Gebrüder").</summary>
    public const uint Brothers = 1u << 20;

    /// <summary><see cref="SpokenNumberDetector.IsNumberWord"/> ("vier", "Null"): a word of a number said digit by digit.</summary>
    public const uint NumberWord = 1u << 21;

    /// <summary><see cref="Prefilters.OpensMonthWindow"/>: a month name, or a word the date regex may take for one (the Kelvin sign).</summary>
    public const uint MonthName = 1u << 22;

    /// <summary><see cref="Prefilters.IsForeignStreetWord"/>: a street word abroad ("ul", "Sok", "rue", "Street"), alone or glued to "No".</summary>
    public const uint ForeignStreet = 1u << 23;

    /// <summary>Session 18: <see cref="WeekdayDetector.IsWeekday"/> ("Di", "Montag"): a note without one has no weekday before a date.</summary>
    public const uint Weekday = 1u << 24;

    /// <summary>Session 18: <see cref="GivenNameElementDetector.EndsInElement"/> ("Everhard", "Gotthelf").</summary>
    public const uint GivenNameElement = 1u << 25;

    /// <summary>Session 18: <see cref="StreetSuffixDetector.MayStartOrEndStreet"/>: a street's head word ("…hang", "…acker") or "de".</summary>
    public const uint StreetHead = 1u << 26;

    /// <summary>Session 18: <see cref="Prefilters.IsRomanceMonth"/> ("junio", "juin"): a note without one has no Romance date.</summary>
    public const uint RomanceMonth = 1u << 27;

    /// <summary>Session 21: <see cref="DateGapDetector.IsMonthOrdinal"/> ("elften"): a note without one has no date said as two ordinals.</summary>
    public const uint MonthOrdinal = 1u << 28;

    /// <summary>The bits the institution detector starts at: a word without them starts no institution.</summary>
    public const uint InstitutionStart = InstitutionHead | Mission | CompoundKind | CompoundEnd;

    /// <summary>The class of <paramref name="word"/> (a run of letters), from its predicates; <paramref name="memo"/> serves the lexicon.</summary>
    public static uint Compute(ReadOnlySpan<char> word, LexiconMemo? memo)
    {
        var c = Classified | WordLists.Lexicon.Flags(word, memo);
        c |= NameShapeDetector.IsParticle(word) ? Particle : 0;
        c |= ThirdPersonDetector.IsIntroducer(word) ? Introducer : 0;
        c |= ThirdPersonDetector.IsHonorific(word) ? Honorific : 0;
        c |= DomainWords.IsFunctionWordOrTerm(word) ? FunctionOrTerm : 0;
        c |= word.Length <= 4 && NameShapeDetector.IsAbbreviation(word) ? ShortAbbreviation : 0;
        c |= InstitutionDetector.IsHeadFirstWord(word) ? InstitutionHead : 0;
        c |= InstitutionDetector.IsMission(word) ? Mission : 0;
        c |= InstitutionDetector.IsCompoundKind(word, caseless: true) ? CompoundKind : 0;
        c |= InstitutionDetector.IsCompoundEnd(word) ? CompoundEnd : 0;
        c |= CompanyDetector.MayStartLegalForm(word) ? LegalFormStart : 0;
        c |= CompanyDetector.IsTradeWord(word) ? Trade : 0;
        c |= CompanyDetector.IsEmployerFirstWord(word) ? EmployerFirst : 0;
        c |= CompanyDetector.IsBrothersWord(word) ? Brothers : 0;
        c |= SpokenNumberDetector.IsNumberWord(word) ? NumberWord : 0;
        c |= Prefilters.OpensMonthWindow(word) ? MonthName : 0;
        c |= Prefilters.IsForeignStreetWord(word) ? ForeignStreet : 0;
        c |= WeekdayDetector.IsWeekday(word) ? Weekday : 0;
        c |= GivenNameElementDetector.EndsInElement(word) ? GivenNameElement : 0;
        c |= StreetSuffixDetector.MayStartOrEndStreet(word) ? StreetHead : 0;
        c |= Prefilters.IsRomanceMonth(word) ? RomanceMonth : 0;
        c |= DateGapDetector.IsMonthOrdinal(word) ? MonthOrdinal : 0;
        return c;
    }
}

/// <summary>
/// The classes of the words met lately (<see cref="WordClass.Compute"/>), in sets of two slots chosen by a hash of the
/// word as it stands (its length and its first and last four characters: no loop over the word), the newer word first:
/// notes repeat their words, so most words of a note are classified by that hash and one or two comparisons. A slot
/// holds the whole word, so an answer is that word's class, never another's. One per <see cref="WordTable"/>, so per workspace.
/// </summary>
internal sealed class WordClassMemo
{
    private const int SetBits = 11; // 2,048 sets of two slots
    private const int MaxLength = 24;
    private readonly char[] _words = new char[(2 << SetBits) * MaxLength];
    private readonly byte[] _lengths = new byte[2 << SetBits]; // 0: empty
    private readonly uint[] _classes = new uint[2 << SetBits];

    /// <summary>The set of a word of 1 to <see cref="MaxLength"/> characters: a multiplicative hash of its ends and length (top bits).</summary>
    internal static int Set(ReadOnlySpan<char> word)
    {
        ulong head, tail;
        if (word.Length >= 4)
        {
            var bytes = MemoryMarshal.AsBytes(word);
            head = MemoryMarshal.Read<ulong>(bytes);
            tail = MemoryMarshal.Read<ulong>(bytes[^8..]);
        }
        else
        {
            head = word[0] | ((ulong)word[^1] << 16) | ((ulong)word[word.Length / 2] << 32);
            tail = 0;
        }

        var hash = (head * 0x9E3779B97F4A7C15UL) + (tail * 0xC2B2AE3D27D4EB4FUL) + ((ulong)word.Length * 0x165667B19E3779F9UL);
        return (int)(hash >> (64 - SetBits));
    }

    /// <summary>The class of <paramref name="word"/>, remembered or computed (and then remembered if it is short enough).</summary>
    public uint Get(ReadOnlySpan<char> word, LexiconMemo lexicon)
    {
        if (word.Length is 0 or > MaxLength)
        {
            return WordClass.Compute(word, lexicon);
        }

        var first = Set(word) * 2;
        if (Holds(first, word))
        {
            return _classes[first];
        }

        var second = first + 1;
        if (Holds(second, word))
        {
            return _classes[second];
        }

        // The newer word takes the first slot, the older moves to the second (the one there before is forgotten).
        var computed = WordClass.Compute(word, lexicon);
        _words.AsSpan(first * MaxLength, MaxLength).CopyTo(_words.AsSpan(second * MaxLength, MaxLength));
        _lengths[second] = _lengths[first];
        _classes[second] = _classes[first];
        word.CopyTo(_words.AsSpan(first * MaxLength, MaxLength));
        _lengths[first] = (byte)word.Length;
        _classes[first] = computed;
        return computed;
    }

    private bool Holds(int slot, ReadOnlySpan<char> word) =>
        _lengths[slot] == word.Length && _words.AsSpan(slot * MaxLength, word.Length).SequenceEqual(word);
}
