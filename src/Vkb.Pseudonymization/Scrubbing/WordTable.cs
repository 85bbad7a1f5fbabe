using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// The words of a <see cref="ScrubWorkspace"/>'s text, found once per note and shared by every word-level detector
/// (institutions, known names, names by shape, third persons) instead of each scanning the note again: the maximal
/// letter runs and each placeholder as a word of its own (as <see cref="Words.ScanInto"/> with placeholders), the
/// letter runs alone (as <see cref="Words.Of"/>), each word's <see cref="WordClass"/> (its lexicon flags and the word
/// lists the name detectors test, found once per word, on first use, through a memo kept from note to note), and
/// whether the text has no case (<see cref="NameShapeDetector.Caseless"/>). A replacement does not throw the table
/// away: <see cref="Carry"/> cuts the words a replaced span covered and shifts the rest, keeping the classes of the
/// words it did not touch (property tests compare the carried table and its classes with a fresh scan).
/// </summary>
internal sealed class WordTable
{
    private const uint Unknown = 0; // a class not yet found (every found class has WordClass.Classified)

    // Arrays with counts rather than lists: the scan and the carry write each word once, without a list's checks.
    private (int Start, int Length)[] _all = new (int, int)[64];
    private (int Start, int Length)[] _spare = new (int, int)[64];
    private uint[] _classes = new uint[64]; // each word's WordClass, Unknown until asked
    private uint[] _spareClasses = new uint[64];
    private (int Start, int Length)[] _letters = new (int, int)[64];
    private uint[] _letterClasses = new uint[64];
    private bool _letterClassesValid;
    private bool _unionValid; // session 18: every word's class is known and _union is their union (reset where the letter classes are)
    private uint _union;
    private int _count;
    private int _letterCount;
    private bool _valid;
    private readonly List<List<(int Start, int Length)>> _pending = []; // the spans of each replacement since the table was last read
    private int _pendingCount;

    /// <summary>The most replacements carried at the next read; one more forgets the table (finding it again costs about as much).</summary>
    private const int MaxPending = 4;
    private bool _lettersValid;
    private bool _placeholders; // whether the table holds a placeholder word
    private int _caseless = -1; // -1 not known, 0 false, 1 true
    private readonly LexiconMemo _memo = new(); // kept from note to note: notes repeat their words
    private readonly WordClassMemo _classMemo = new(); // the same for the words' classes

    /// <summary>Forgets the table (a new note, or text that changed other than by placeholders).</summary>
    public void Invalidate()
    {
        _valid = false;
        _pendingCount = 0;
        _lettersValid = false;
        _letterClassesValid = false;
        _unionValid = false;
        _caseless = -1;
    }

    /// <summary>The words and placeholders of <paramref name="text"/> (the workspace's current text), in order.</summary>
    public ReadOnlySpan<(int Start, int Length)> All(ReadOnlySpan<char> text)
    {
        if (_pendingCount > 0)
        {
            for (var i = 0; i < _pendingCount; i++)
            {
                CarryNow(_pending[i]);
            }

            _pendingCount = 0;
        }

        if (!_valid)
        {
            Scan(text);
            _valid = true;
            _lettersValid = false;
            _letterClassesValid = false;
        _unionValid = false;
        }

        return _all.AsSpan(0, _count);
    }

    /// <summary>The words and placeholders of the text into the table, as <see cref="Words.ScanInto"/> finds them; no classes yet.</summary>
    private void Scan(ReadOnlySpan<char> text)
    {
        // A text of n characters has at most n words.
        Grow(ref _all, text.Length);
        Grow(ref _classes, text.Length);
        var scan = new Scanner(_all);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Sixteen characters at a time, as the eight below.
            var units = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + Vector256<ushort>.Count <= units.Length; i += Vector256<ushort>.Count)
            {
                var block = Vector256.Create(units.Slice(i, Vector256<ushort>.Count));
                if (!Vector256.LessThanAll(block, Vector256.Create((ushort)0x100)))
                {
                    for (var k = i; k < i + Vector256<ushort>.Count; k++)
                    {
                        scan.Character(text[k], k);
                    }

                    continue;
                }

                scan.Letters(LatinLetters(block), i, Vector256<ushort>.Count);
            }
        }

        if (Vector128.IsHardwareAccelerated)
        {
            // Eight characters at a time where all are below U+0100 (a letter there is an ASCII letter or one of Latin-1's);
            // a block with any other character (a placeholder, another script) is read character by character.
            var units = MemoryMarshal.Cast<char, ushort>(text);
            for (; i + Vector128<ushort>.Count <= units.Length; i += Vector128<ushort>.Count)
            {
                var block = Vector128.Create(units.Slice(i, Vector128<ushort>.Count));
                if (!Vector128.LessThanAll(block, Vector128.Create((ushort)0x100)))
                {
                    for (var k = i; k < i + Vector128<ushort>.Count; k++)
                    {
                        scan.Character(text[k], k);
                    }

                    continue;
                }

                scan.Letters(LatinLetters(block), i, Vector128<ushort>.Count);
            }
        }

        for (; i < text.Length; i++)
        {
            scan.Character(text[i], i);
        }

        scan.End(text.Length);
        _count = scan.Count;
        _placeholders = scan.Placeholders;
        _classes.AsSpan(0, _count).Clear(); // Unknown
    }

    /// <summary>
    /// A bit for each of eight characters below U+0100 that is a letter (<see cref="Words.IsLetter"/>): an ASCII letter,
    /// U+00C0–U+00FF but × and ÷, or ª, µ, º (a test compares it with <see cref="char.IsLetter(char)"/> for each of them).
    /// </summary>
    internal static uint LatinLetters(Vector256<ushort> block)
    {
        var ascii = Vector256.LessThanOrEqual((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
        var latin = Vector256.GreaterThanOrEqual(block, Vector256.Create((ushort)0xC0)) &
                    ~Vector256.Equals(block, Vector256.Create((ushort)0xD7)) & ~Vector256.Equals(block, Vector256.Create((ushort)0xF7));
        var signs = Vector256.Equals(block, Vector256.Create((ushort)0xAA)) | Vector256.Equals(block, Vector256.Create((ushort)0xB5)) |
                    Vector256.Equals(block, Vector256.Create((ushort)0xBA));
        return (ascii | latin | signs).ExtractMostSignificantBits();
    }

    /// <summary>The same as <see cref="LatinLetters(Vector256{ushort})"/> for eight characters.</summary>
    internal static uint LatinLetters(Vector128<ushort> block)
    {
        var ascii = Vector128.LessThanOrEqual((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
        var latin = Vector128.GreaterThanOrEqual(block, Vector128.Create((ushort)0xC0)) &
                    ~Vector128.Equals(block, Vector128.Create((ushort)0xD7)) & ~Vector128.Equals(block, Vector128.Create((ushort)0xF7));
        var signs = Vector128.Equals(block, Vector128.Create((ushort)0xAA)) | Vector128.Equals(block, Vector128.Create((ushort)0xB5)) |
                    Vector128.Equals(block, Vector128.Create((ushort)0xBA));
        return (ascii | latin | signs).ExtractMostSignificantBits();
    }

    /// <summary>The scan's state: the words written so far and the start of the word that is open (-1: none).</summary>
    private ref struct Scanner((int Start, int Length)[] words)
    {
        private readonly (int Start, int Length)[] _words = words;
        private int _open = -1;

        public int Count { get; private set; }

        public bool Placeholders { get; private set; }

        /// <summary>One character at <paramref name="at"/>: a letter opens or continues a word, anything else ends it; a placeholder is a word.</summary>
        public void Character(char c, int at)
        {
            if (Words.IsLetter(c))
            {
                if (_open < 0)
                {
                    _open = at;
                }

                return;
            }

            if (_open >= 0)
            {
                _words[Count++] = (_open, at - _open);
                _open = -1;
            }

            if (Words.IsPlaceholder(c))
            {
                _words[Count++] = (at, 1);
                Placeholders = true;
            }
        }

        /// <summary><paramref name="width"/> (8 or 16) characters from <paramref name="at"/>, none a placeholder, whose letters are the bits of <paramref name="letters"/>.</summary>
        public void Letters(uint letters, int at, int width)
        {
            // A word starts where a letter follows a non-letter and ends where a non-letter follows a letter; the bit before
            // the first is whether a word is open. Starts and ends alternate, so they are taken in turn.
            var mask = (1u << width) - 1;
            var before = (letters << 1) | (_open >= 0 ? 1u : 0u);
            var starts = letters & ~before & mask;
            var ends = ~letters & before & mask;
            while (true)
            {
                if (_open >= 0)
                {
                    if (ends == 0)
                    {
                        return;
                    }

                    var end = at + BitOperations.TrailingZeroCount(ends);
                    ends &= ends - 1;
                    _words[Count++] = (_open, end - _open);
                    _open = -1;
                }
                else
                {
                    if (starts == 0)
                    {
                        return;
                    }

                    _open = at + BitOperations.TrailingZeroCount(starts);
                    starts &= starts - 1;
                }
            }
        }

        /// <summary>The end of the text at <paramref name="at"/>: an open word ends there.</summary>
        public void End(int at)
        {
            if (_open >= 0)
            {
                _words[Count++] = (_open, at - _open);
                _open = -1;
            }
        }
    }

    private static void Grow<T>(ref T[] array, int capacity)
    {
        if (array.Length < capacity)
        {
            array = new T[Math.Max(capacity, array.Length * 2)];
        }
    }

    /// <summary>The words (letter runs) of <paramref name="text"/> without the placeholders, in order.</summary>
    public ReadOnlySpan<(int Start, int Length)> Letters(ReadOnlySpan<char> text)
    {
        var all = All(text);
        if (!_placeholders)
        {
            return all; // a text without placeholders: its words are its letter runs
        }

        if (!_lettersValid)
        {
            Grow(ref _letters, all.Length);
            var count = 0;
            foreach (var word in all)
            {
                if (!Words.IsPlaceholder(text[word.Start]))
                {
                    _letters[count++] = word;
                }
            }

            _letterCount = count;
            _lettersValid = true;
        }

        return _letters.AsSpan(0, _letterCount);
    }

    /// <summary>The <see cref="WordLists.Flags"/> of word <paramref name="index"/> of <see cref="All"/>, looked up once per word.</summary>
    public byte LexiconFlags(ReadOnlySpan<char> text, int index) => (byte)Class(text, index);

    /// <summary>The <see cref="WordClass"/> of word <paramref name="index"/> of <see cref="All"/>, found once per word.</summary>
    public uint Class(ReadOnlySpan<char> text, int index)
    {
        if (_pendingCount > 0 || !_valid)
        {
            All(text);
        }

        var found = _classes[index];
        if (found == Unknown)
        {
            var (start, length) = _all[index];
            found = _classMemo.Get(text.Slice(start, length), _memo);
            _classes[index] = found;
        }

        return found;
    }

    /// <summary>The <see cref="WordClass"/> of each word of <see cref="All"/>, in the same order.</summary>
    public ReadOnlySpan<uint> Classes(ReadOnlySpan<char> text) => Classes(text, out _);

    /// <summary>
    /// The <see cref="WordClass"/> of each word of <see cref="All"/>, in the same order, and the union of their bits: a note whose
    /// union lacks a bit has no word of it, and the detector that needs one is done without a look at its words.
    /// </summary>
    public ReadOnlySpan<uint> Classes(ReadOnlySpan<char> text, out uint union)
    {
        var all = All(text);
        var classes = _classes;
        if (_unionValid)
        {
            // Session 18: asked again with no change since (most detectors ask): every class is known, the union as it was.
            union = _union;
            return classes.AsSpan(0, all.Length);
        }

        var bits = 0u;
        for (var i = 0; i < all.Length; i++)
        {
            if (classes[i] == Unknown)
            {
                classes[i] = _classMemo.Get(text.Slice(all[i].Start, all[i].Length), _memo);
            }

            bits |= classes[i];
        }

        union = bits;
        _union = bits;
        _unionValid = true;
        return classes.AsSpan(0, all.Length);
    }

    /// <summary>The <see cref="WordClass"/> of each word of <see cref="Letters"/>, in the same order.</summary>
    public ReadOnlySpan<uint> LetterClasses(ReadOnlySpan<char> text) => LetterClasses(text, out _);

    /// <summary>The <see cref="WordClass"/> of each word of <see cref="Letters"/>, in the same order, and the union of the bits of all words (as <see cref="Classes(ReadOnlySpan{char}, out uint)"/>).</summary>
    public ReadOnlySpan<uint> LetterClasses(ReadOnlySpan<char> text, out uint union)
    {
        var classes = Classes(text, out union);
        if (!_placeholders)
        {
            return classes; // the letter words are all the words
        }

        if (!_letterClassesValid)
        {
            // The letter words with their classes in one pass (the detectors that ask for one ask for the other).
            var all = _all;
            Grow(ref _letterClasses, classes.Length);
            Grow(ref _letters, classes.Length);
            var count = 0;
            for (var i = 0; i < classes.Length; i++)
            {
                if (!Words.IsPlaceholder(text[all[i].Start]))
                {
                    _letters[count] = all[i];
                    _letterClasses[count++] = classes[i];
                }
            }

            _letterCount = count;
            _lettersValid = true;
            _letterClassesValid = true;
            return _letterClasses.AsSpan(0, count);
        }

        return _letterClasses.AsSpan(0, _letterCount);
    }

    /// <summary>
    /// <see cref="NameShapeDetector.IsCompound(ReadOnlySpan{char}, Dictionary{string, bool})"/> of word <paramref name="index"/>
    /// of <see cref="All"/>, answered from the lexicon memo's raw slot when the word was asked lately in the same spelling
    /// (the answer depends on the word alone).
    /// </summary>
    public bool IsCompound(ReadOnlySpan<char> text, int index, Dictionary<string, bool> compoundWords)
    {
        if (_pendingCount > 0 || !_valid)
        {
            All(text);
        }

        var (start, length) = _all[index];
        var word = text.Slice(start, length);
        if (length < 7 || length > NameFolding.MaxStackWord)
        {
            return false; // as NameShapeDetector.IsCompound: too short or too long for a compound
        }

        if (_memo.TryGetCompound(word, out var slot, out var compound))
        {
            return compound;
        }

        compound = NameShapeDetector.IsCompound(word, compoundWords);
        if (slot >= 0)
        {
            _memo.SetCompound(slot, compound);
        }

        return compound;
    }

    /// <summary>Whether the text's letters are all upper case or all lower case (<see cref="NameShapeDetector.Caseless"/>), found once per text.</summary>
    public bool Caseless(ReadOnlySpan<char> text)
    {
        if (_caseless < 0)
        {
            _caseless = NameShapeDetector.Caseless(text) ? 1 : 0;
        }

        return _caseless == 1;
    }

    /// <summary>
    /// The text changed by replacing <paramref name="spans"/> (in order, not overlapping, none containing a
    /// placeholder) with one placeholder character each: the words a span covered are cut to what lies outside
    /// it, each span becomes a placeholder word, the other words shift and keep their flags.
    /// </summary>
    /// <remarks>
    /// The carry itself waits for the next reader (the last detector's replacements are never read), which carries the
    /// table over each replacement since in turn; more than <see cref="MaxPending"/> of them forget the table, which the next
    /// reader then finds again.
    /// </remarks>
    public void Carry(List<(int Start, int Length)> spans)
    {
        // A case-mixed text can turn caseless when letters are replaced; a caseless one stays caseless.
        if (_caseless == 0)
        {
            _caseless = -1;
        }

        _lettersValid = false;
        _letterClassesValid = false;
        _unionValid = false;
        if (!_valid || spans.Count == 0)
        {
            return;
        }

        if (_pendingCount == MaxPending)
        {
            _pendingCount = 0;
            _valid = false;
            return;
        }

        if (_pendingCount == _pending.Count)
        {
            _pending.Add([]);
        }

        var pending = _pending[_pendingCount++];
        pending.Clear();
        pending.AddRange(spans);
    }

    private void CarryNow(List<(int Start, int Length)> pending)
    {
        var spans = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(pending); // read many times below: no list indexer
        // Each span becomes one placeholder word and cuts at most one word in two: the carried table is at most that much longer.
        var capacity = _count + (2 * spans.Length);
        Grow(ref _spare, capacity);
        Grow(ref _spareClasses, capacity);
        var updated = _spare;
        var flags = _spareClasses;
        var count = 0;
        int k = 0, shift = 0;
        var all = _all;
        var classes = _classes;
        for (var w = 0; w < _count; w++)
        {
            // The words that end before the next span are untouched (most words): shifted, their classes kept, as the
            // loop below would write them, without its tests.
            var next = k < spans.Length ? spans[k].Start : int.MaxValue;
            while (w < _count && all[w].Start + all[w].Length <= next)
            {
                updated[count] = (all[w].Start + shift, all[w].Length);
                flags[count++] = classes[w];
                w++;
            }

            if (w == _count)
            {
                break;
            }

            var (start, length) = all[w];
            var from = start;
            var end = start + length;
            while (from < end)
            {
                // Spans that end before this piece become their placeholder words first.
                while (k < spans.Length && spans[k].Start + spans[k].Length <= from)
                {
                    updated[count] = (spans[k].Start + shift, 1);
                    flags[count++] = Unknown;
                    shift += 1 - spans[k].Length;
                    k++;
                }

                if (k == spans.Length || spans[k].Start >= end)
                {
                    updated[count] = (from + shift, end - from);
                    flags[count++] = from == start ? classes[w] : Unknown;
                    break;
                }

                if (spans[k].Start > from)
                {
                    updated[count] = (from + shift, spans[k].Start - from);
                    flags[count++] = Unknown;
                }

                from = spans[k].Start + spans[k].Length;
            }
        }

        for (; k < spans.Length; k++)
        {
            updated[count] = (spans[k].Start + shift, 1);
            flags[count++] = Unknown;
            shift += 1 - spans[k].Length;
        }

        _placeholders |= spans.Length > 0;
        (_all, _spare) = (updated, _all);
        (_classes, _spareClasses) = (flags, _classes);
        _count = count;
    }
}
