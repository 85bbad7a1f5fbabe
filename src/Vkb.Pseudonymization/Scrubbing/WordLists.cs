using System.IO.Compression;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// The embedded word lists (see docs/gazetteer.md): given names (Berlin's newborn registrations 2012-2023,
/// CC BY 3.0 DE), German word forms with inflections (german-pos-dict via RosaeNLG, CC BY-SA 4.0, and the German
/// frequency lists of zxcvbn-ts, MIT), frequent German surnames (zxcvbn-ts, MIT), and this project's own lists of
/// function words and domain terms. Loaded once, on first use, into one <see cref="Lexicon"/> that answers all
/// three questions about a word with one lookup.
/// </summary>
internal static class WordLists
{
    /// <summary>A German word form, function word or domain term.</summary>
    public const byte WordFlag = 1;

    /// <summary>A given name of the gazetteer (never a function word or domain term).</summary>
    public const byte GivenNameFlag = 2;

    /// <summary>One of the frequent German surnames.</summary>
    public const byte SurnameFlag = 4;

    private static readonly Lazy<Lexicon> LazyLexicon = new(Build);

    /// <summary>The lexicon of all lists.</summary>
    public static Lexicon Lexicon => LazyLexicon.Value;

    /// <summary>What the word (any case) is: <see cref="WordFlag"/>, <see cref="GivenNameFlag"/>, <see cref="SurnameFlag"/> combined, 0 if none.</summary>
    public static byte Flags(ReadOnlySpan<char> word) => LazyLexicon.Value.Flags(word);

    /// <summary>Whether the word (any case) is one of the frequent German surnames.</summary>
    public static bool IsSurname(ReadOnlySpan<char> word) => (Flags(word) & SurnameFlag) != 0;

    /// <summary>Whether the word (any case) is a given name of the gazetteer.</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) => (Flags(word) & GivenNameFlag) != 0;

    /// <summary>Whether the word (any case) is a German word form, a function word or a domain term.</summary>
    public static bool IsWord(ReadOnlySpan<char> word) => (Flags(word) & WordFlag) != 0;

    private static Lexicon Build()
    {
        // Registered given names that are function words or domain terms ("An", "Per", "Die") never count as names.
        var names = Load("given-names.txt.gz");
        names.ExceptWith(DomainWords.FunctionWords);
        names.ExceptWith(DomainWords.Terms);

        var words = Load("vocabulary.txt.gz");
        words.UnionWith(DomainWords.FunctionWords);
        words.UnionWith(DomainWords.Terms);
        words.UnionWith(DomainWords.Vocabulary); // session 21: words of job-centre notes, words only (no terms)
        words.UnionWith(ThirdPersonDetector.Introducers); // relation and role words are words ("dem Schwager, X")
        words.ExceptWith(DomainWords.NotWords);

        var surnames = Load("surnames.txt.gz");
        var flags = new Dictionary<string, byte>(words.Count + names.Count, StringComparer.Ordinal);
        foreach (var (set, flag) in new[] { (words, WordFlag), (names, GivenNameFlag), (surnames, SurnameFlag) })
        {
            foreach (var word in set)
            {
                flags[word] = (byte)(flags.GetValueOrDefault(word) | flag);
            }
        }

        return new Lexicon(flags);
    }

    private static HashSet<string> Load(string name)
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream("Vkb.Pseudonymization.Scrubbing." + name)
            ?? throw new InvalidOperationException("The embedded word list " + name + " is missing from the assembly.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.ToLowerInvariant());
            }
        }

        return set;
    }
}

/// <summary>
/// A read-only map from lower-case words to a byte of flags, looked up by a span in any case without lower-casing it
/// first: the word is folded character by character (ASCII by arithmetic, the rest by a table of
/// <see cref="char.ToLowerInvariant"/>) while its hash is computed, and compared in place with the keys, which lie
/// in one character array (open addressing, at most half full). Finds exactly what a set of
/// <see cref="string.ToLowerInvariant()"/> keys finds for the <see cref="string.ToLowerInvariant()"/> of the word
/// (a property test compares them); a word with a surrogate pair takes that slow path.
/// </summary>
internal sealed class Lexicon
{
    private const int TableChars = 0x3000;
    private static readonly char[] LowerTable = MakeLowerTable();

    private readonly char[] _chars;
    private readonly Slot[] _slots; // one cache line holds eight: a miss costs one read, a hit one more for the characters
    private readonly int _mask;
    private readonly Dictionary<string, byte> _long = new(StringComparer.Ordinal);

    /// <summary>Builds the lexicon of lower-case keys and their flags.</summary>
    public Lexicon(Dictionary<string, byte> flags)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, flags.Count * 2));
        _mask = size - 1;
        _slots = new Slot[size];
        Array.Fill(_slots, new Slot(-1, 0, 0, 0));
        var chars = new StringBuilder();
        foreach (var (key, flag) in flags)
        {
            if (key.Length > byte.MaxValue || HasSurrogate(key))
            {
                _long[key] = flag;
                continue;
            }

            var hash = Hash(key);
            var slot = (int)hash & _mask;
            while (_slots[slot].Start >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(chars.Length, (byte)key.Length, flag, Tag(hash));
            chars.Append(key);
        }

        _chars = chars.ToString().ToCharArray();
        Count = flags.Count;
    }

    /// <summary>The number of keys.</summary>
    public int Count { get; }

    /// <summary>The flags of the word in any case, 0 if it is no key.</summary>
    public byte Flags(ReadOnlySpan<char> word) => Flags(word, memo: null);

    /// <summary>
    /// <see cref="Flags(ReadOnlySpan{char})"/>, answered from <paramref name="memo"/> for a word met lately: the table is
    /// tens of megabytes, so a lookup is one or two cache misses, while the words of notes repeat.
    /// </summary>
    public byte Flags(ReadOnlySpan<char> word, LexiconMemo? memo)
    {
        if (word.Length > NameFolding.MaxStackWord)
        {
            return SlowFlags(word);
        }

        // A word met lately in the same spelling: answered by its raw characters, without folding it (notes repeat their
        // words in the same case; the flags depend on the word alone).
        var raw = -1;
        if (memo is not null)
        {
            raw = LexiconMemo.RawSlot(word);
            if (memo.TryGetRaw(raw, word, out var known))
            {
                return known;
            }
        }

        var flags = FoldedFlags(word, memo);
        if (raw >= 0)
        {
            memo!.SetRaw(raw, word, flags);
        }

        return flags;
    }

    /// <summary><see cref="Flags(ReadOnlySpan{char}, LexiconMemo?)"/> by the folded word (the lower-case memo, then the table).</summary>
    private byte FoldedFlags(ReadOnlySpan<char> word, LexiconMemo? memo)
    {
        Span<char> folded = stackalloc char[word.Length];
        var hash = 2166136261u;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 128)
            {
                c = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }
            else if (c < TableChars)
            {
                c = LowerTable[c];
            }
            else if (char.IsSurrogate(c))
            {
                return SlowFlags(word);
            }
            else
            {
                c = char.ToLowerInvariant(c);
            }

            folded[i] = c;
            hash = (hash ^ c) * 16777619u;
        }

        hash = Mix(hash);
        if (memo is null)
        {
            return Find(folded, hash);
        }

        if (memo.TryGet(folded, hash, out var flags))
        {
            return flags;
        }

        flags = Find(folded, hash);
        memo.Set(folded, hash, flags);
        return flags;
    }

    /// <summary>Writes <see cref="MemoryExtensions.ToLowerInvariant"/> of <paramref name="word"/> into <paramref name="lower"/> (as long), by the table.</summary>
    public static void ToLowerInvariant(ReadOnlySpan<char> word, Span<char> lower)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 128)
            {
                lower[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
            }
            else if (c < TableChars)
            {
                lower[i] = LowerTable[c];
            }
            else if (char.IsSurrogate(c))
            {
                word.ToLowerInvariant(lower);
                return;
            }
            else
            {
                lower[i] = char.ToLowerInvariant(c);
            }
        }
    }

    private byte Find(ReadOnlySpan<char> folded, uint hash)
    {
        if (folded.Length > byte.MaxValue)
        {
            return 0;
        }

        var tag = Tag(hash);
        var slot = (int)hash & _mask;
        while (true)
        {
            var entry = _slots[slot];
            if (entry.Start < 0)
            {
                return 0;
            }

            if (entry.Tag == tag && entry.Length == folded.Length && _chars.AsSpan(entry.Start, folded.Length).SequenceEqual(folded))
            {
                return entry.Flags;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int[]? _sortedWords;

    /// <summary>
    /// Session 17: whether some word of the lists (flag <see cref="WordLists.WordFlag"/>) begins with <paramref name="lowerPrefix"/>
    /// (lower case) and is longer, as the abbreviations of notes cut a word ("ersch." of "erschienen", "gepr." of "geprüft").
    /// The words' starts in <c>_chars</c>, sorted, are built at the first question (a binary search then).
    /// </summary>
    public bool HasLongerWordStartingWith(ReadOnlySpan<char> lowerPrefix)
    {
        var sorted = _sortedWords ?? BuildSortedWords();
        int low = 0, high = sorted.Length - 1;
        while (low <= high)
        {
            var mid = (int)((uint)(low + high) >> 1);
            var slot = _slots[sorted[mid]];
            var key = _chars.AsSpan(slot.Start, slot.Length);
            var order = key.SequenceCompareTo(lowerPrefix);
            if (order < 0)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        // low is the first key not below the prefix: the prefix itself (then the next key) or the first key after it.
        for (var i = low; i < sorted.Length && i <= low + 1; i++)
        {
            var slot = _slots[sorted[i]];
            var key = _chars.AsSpan(slot.Start, slot.Length);
            if (key.Length > lowerPrefix.Length && key.StartsWith(lowerPrefix))
            {
                return true;
            }
        }

        return false;
    }

    private int[] BuildSortedWords()
    {
        var slots = new List<int>(Count);
        for (var i = 0; i < _slots.Length; i++)
        {
            if (_slots[i].Start >= 0 && (_slots[i].Flags & WordLists.WordFlag) != 0)
            {
                slots.Add(i);
            }
        }

        var sorted = slots.ToArray();
        Array.Sort(sorted, (a, b) => _chars.AsSpan(_slots[a].Start, _slots[a].Length).SequenceCompareTo(_chars.AsSpan(_slots[b].Start, _slots[b].Length)));
        Interlocked.CompareExchange(ref _sortedWords, sorted, null);
        return _sortedWords!;
    }

    /// <summary>High bits of the hash (the slot comes from the low bits), compared before the characters.</summary>
    private static ushort Tag(uint hash) => (ushort)(hash >> 16);

    private readonly record struct Slot(int Start, byte Length, byte Flags, ushort Tag);

    private byte SlowFlags(ReadOnlySpan<char> word)
    {
        var lower = word.ToString().ToLowerInvariant();
        return _long.TryGetValue(lower, out var flag) ? flag : HasSurrogate(lower) ? (byte)0 : Find(lower, Hash(lower));
    }

    private static uint Hash(ReadOnlySpan<char> lower)
    {
        var hash = 2166136261u;
        foreach (var c in lower)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return Mix(hash);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint hash)
    {
        hash ^= hash >> 16;
        hash *= 0x7feb352d;
        hash ^= hash >> 15;
        return hash;
    }

    private static bool HasSurrogate(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static char[] MakeLowerTable()
    {
        var table = new char[TableChars];
        for (var c = 0; c < TableChars; c++)
        {
            table[c] = char.IsSurrogate((char)c) ? (char)c : char.ToLowerInvariant((char)c);
        }

        return table;
    }
}

/// <summary>
/// The lexicon flags of the words met lately (direct-mapped by the lexicon's hash of the lower-case word, the last one
/// wins a slot), in front of <see cref="Lexicon"/>: one per <see cref="WordTable"/>, so per workspace (no thread-static).
/// A slot holds the whole lower-case word, so an answer is the lexicon's answer for that word, never another's.
/// </summary>
internal sealed class LexiconMemo
{
    private const int Slots = 2048; // a power of two
    private const int MaxLength = 24;
    private readonly char[] _words = new char[Slots * MaxLength];
    private readonly byte[] _lengths = new byte[Slots]; // 0: empty
    private readonly byte[] _flags = new byte[Slots];

    public bool TryGet(ReadOnlySpan<char> lower, uint hash, out byte flags)
    {
        var slot = (int)(hash & (Slots - 1));
        if (_lengths[slot] == lower.Length && _words.AsSpan(slot * MaxLength, lower.Length).SequenceEqual(lower))
        {
            flags = _flags[slot];
            return true;
        }

        flags = 0;
        return false;
    }

    public void Set(ReadOnlySpan<char> lower, uint hash, byte flags)
    {
        if (lower.Length is 0 or > MaxLength)
        {
            return;
        }

        var slot = (int)(hash & (Slots - 1));
        lower.CopyTo(_words.AsSpan(slot * MaxLength));
        _lengths[slot] = (byte)lower.Length;
        _flags[slot] = flags;
    }

    // In front of the lower-case slots: the words as they stand (case and all), so a word met before in the same
    // spelling is answered without folding it. Each slot also keeps whether the word is a compound, once asked.
    private readonly char[] _raw = new char[Slots * MaxLength];
    private readonly byte[] _rawLengths = new byte[Slots]; // 0: empty
    private readonly byte[] _rawFlags = new byte[Slots];
    private readonly byte[] _rawCompound = new byte[Slots]; // 0: not asked, 1: no compound, 2: a compound

    /// <summary>The raw slot of a word (by a hash of its characters as they stand), -1 for a word too long to keep.</summary>
    public static int RawSlot(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxLength)
        {
            return -1;
        }

        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 15;
        return (int)(hash & (Slots - 1));
    }

    /// <summary>Whether <paramref name="slot"/> holds exactly <paramref name="word"/> (ordinal): its flags then.</summary>
    public bool TryGetRaw(int slot, ReadOnlySpan<char> word, out byte flags)
    {
        if (slot >= 0 && HoldsRaw(slot, word))
        {
            flags = _rawFlags[slot];
            return true;
        }

        flags = 0;
        return false;
    }

    /// <summary>Keeps <paramref name="word"/> with its flags in <paramref name="slot"/> (the last one wins), compound not yet asked.</summary>
    public void SetRaw(int slot, ReadOnlySpan<char> word, byte flags)
    {
        word.CopyTo(_raw.AsSpan(slot * MaxLength));
        _rawLengths[slot] = (byte)word.Length;
        _rawFlags[slot] = flags;
        _rawCompound[slot] = 0;
    }

    /// <summary>
    /// Whether the compound answer for <paramref name="word"/> is kept: the word holds its raw slot and was asked before.
    /// <paramref name="slot"/> is the slot to keep an answer in (<see cref="SetCompound"/>), -1 if the word does not hold it.
    /// </summary>
    public bool TryGetCompound(ReadOnlySpan<char> word, out int slot, out bool compound)
    {
        slot = RawSlot(word);
        if (slot < 0 || !HoldsRaw(slot, word))
        {
            slot = -1;
            compound = false;
            return false;
        }

        compound = _rawCompound[slot] == 2;
        return _rawCompound[slot] != 0;
    }

    /// <summary>Keeps whether the word in <paramref name="slot"/> (from <see cref="TryGetCompound"/>) is a compound.</summary>
    public void SetCompound(int slot, bool compound) => _rawCompound[slot] = compound ? (byte)2 : (byte)1;

    private bool HoldsRaw(int slot, ReadOnlySpan<char> word) =>
        _rawLengths[slot] == word.Length && _raw.AsSpan(slot * MaxLength, word.Length).SequenceEqual(word);
}
