namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// The words of a <see cref="ScrubWorkspace"/>'s text, found once per note and shared by every word-level detector
/// (institutions, known names, names by shape, third persons) instead of each scanning the note again: the maximal
/// letter runs and each placeholder as a word of its own (as <see cref="Words.ScanInto"/> with placeholders), the
/// letter runs alone (as <see cref="Words.Of"/>), each word's lexicon flags (looked up once, on first use), and
/// whether the text has no case (<see cref="NameShapeDetector.Caseless"/>). A replacement does not throw the table
/// away: <see cref="Carry"/> cuts the words a replaced span covered and shifts the rest, keeping the flags of the
/// words it did not touch (a property test compares the carried table with a fresh scan).
/// </summary>
internal sealed class WordTable
{
    private const byte Unknown = 0xFF;

    // Arrays with counts rather than lists: the scan and the carry write each word once, without a list's checks.
    private (int Start, int Length)[] _all = new (int, int)[64];
    private (int Start, int Length)[] _spare = new (int, int)[64];
    private byte[] _flags = new byte[64];
    private byte[] _spareFlags = new byte[64];
    private (int Start, int Length)[] _letters = new (int, int)[64];
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

    /// <summary>Forgets the table (a new note, or text that changed other than by placeholders).</summary>
    public void Invalidate()
    {
        _valid = false;
        _pendingCount = 0;
        _lettersValid = false;
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
        }

        return _all.AsSpan(0, _count);
    }

    /// <summary>The words and placeholders of the text into the table, as <see cref="Words.ScanInto"/> finds them; no flags yet.</summary>
    private void Scan(ReadOnlySpan<char> text)
    {
        // A text of n characters has at most n words.
        Grow(ref _all, text.Length);
        Grow(ref _flags, text.Length);
        var words = _all;
        var count = 0;
        var placeholders = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (Words.IsLetter(c))
            {
                var start = i++;
                while (i < text.Length && Words.IsLetter(text[i]))
                {
                    i++;
                }

                words[count++] = (start, i - start);
            }
            else
            {
                if (Words.IsPlaceholder(c))
                {
                    words[count++] = (i, 1);
                    placeholders = true;
                }

                i++;
            }
        }

        _count = count;
        _placeholders = placeholders;
        _flags.AsSpan(0, count).Fill(Unknown);
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
    public byte LexiconFlags(ReadOnlySpan<char> text, int index)
    {
        if (_pendingCount > 0 || !_valid)
        {
            All(text);
        }

        var flags = _flags[index];
        if (flags == Unknown)
        {
            var (start, length) = _all[index];
            flags = WordLists.Lexicon.Flags(text.Slice(start, length), _memo);
            _flags[index] = flags;
        }

        return flags;
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
        Grow(ref _spareFlags, capacity);
        var updated = _spare;
        var flags = _spareFlags;
        var count = 0;
        int k = 0, shift = 0;
        for (var w = 0; w < _count; w++)
        {
            var (start, length) = _all[w];
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
                    flags[count++] = from == start ? _flags[w] : Unknown;
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
        (_flags, _spareFlags) = (flags, _flags);
        _count = count;
    }
}
