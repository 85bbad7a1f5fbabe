using System.Text;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Scrubs free text: runs the detectors in order, each over the text with earlier findings replaced by
/// placeholders, then writes the replacements. Adjacent identical tokens separated only by spaces
/// collapse ("Anna Müller" → <c>[Kunde]</c>).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads (one <see cref="ScrubContext"/> per record).</remarks>
public sealed class TextScrubber
{
    /// <summary>The first of the placeholder characters (Unicode private use) that stand for replaced spans.</summary>
    internal const char FirstPlaceholder = '\uE000';

    /// <summary>The last placeholder character.</summary>
    internal const char LastPlaceholder = '\uF8FF';

    private const int MaxPlaceholders = LastPlaceholder - FirstPlaceholder;

    [ThreadStatic]
    private static ScrubBuffers? t_buffers;

    /// <summary>Creates a scrubber with the built-in detectors followed by <paramref name="additionalDetectors"/>.</summary>
    /// <param name="additionalDetectors">A host's own detectors; they run after the identifier and date detectors and before the name detectors.</param>
    public TextScrubber(IEnumerable<ITextDetector>? additionalDetectors = null)
    {
        var detectors = new List<ITextDetector>(BuiltInDetectors.Identifiers());
        detectors.AddRange(additionalDetectors ?? []);
        detectors.AddRange(BuiltInDetectors.Names());
        _detectors = [.. detectors];
        Detectors = Array.AsReadOnly(_detectors);
    }

    private readonly ITextDetector[] _detectors;

    /// <summary>The detectors in the order they run.</summary>
    public IReadOnlyList<ITextDetector> Detectors { get; }

    /// <summary>Scrubs one note.</summary>
    /// <param name="text">The note.</param>
    /// <param name="context">The record's context.</param>
    /// <returns>The scrubbed note.</returns>
    public string Scrub(string text, ScrubContext context)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(context);
        if (text.Length == 0)
        {
            return text;
        }

        // The buffers are the thread's own, taken out while in use (a host detector may scrub again inside).
        var buffers = t_buffers ?? new ScrubBuffers();
        t_buffers = null;
        try
        {
            var scrubbed = Scrub(text, context, buffers);
            return buffers.Unchanged ? text : new string(scrubbed);
        }
        finally
        {
            t_buffers = buffers;
        }
    }

    /// <summary>
    /// Scrubs one note into <paramref name="buffers"/> (the pipeline's own, one per thread) and returns the
    /// result, valid until the buffers are used again: no string is made for the note, for any step, or for the result.
    /// </summary>
    internal ReadOnlySpan<char> Scrub(ReadOnlySpan<char> text, ScrubContext context, ScrubBuffers buffers)
    {
        // Input characters in the placeholder range cannot be told apart from placeholders: Load neutralises them.
        buffers.Load(text);
        if (text.IsEmpty)
        {
            return text;
        }

        var matches = buffers.Matches;
        Prefilters.BeginText();
        try
        {
            foreach (var detector in _detectors)
            {
                matches.Clear();
                if (detector is SpanDetector builtIn)
                {
                    builtIn.Find(buffers.Text, context, matches);
                }
                else
                {
                    // A host's detector sees a string of the text as it stands (and may itself scrub).
                    detector.Detect(new string(buffers.Text), context, matches);
                    Prefilters.Forget();
                }

                if (matches.Count == 0)
                {
                    continue;
                }

                var applied = Apply(buffers, out var inline);
                if (inline)
                {
                    Prefilters.Forget(); // a replacement written out (past the placeholder range) may hold digits
                }
                else
                {
                    Prefilters.Replaced(buffers.Applied);
                }

                context.Count(detector.Name, applied);
            }

            return buffers.Replacements.Count == 0 ? buffers.Text : Expand(buffers);
        }
        finally
        {
            matches.Clear();
            Prefilters.EndText();
        }
    }

    /// <summary>Replaces the matches (leftmost-longest, never across a placeholder) by placeholders, from the working text into the spare buffer, and swaps them.</summary>
    private static int Apply(ScrubBuffers buffers, out bool inline)
    {
        inline = false;
        buffers.Applied.Clear();
        var matches = buffers.Matches;
        var replacements = buffers.Replacements;
        matches.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));

        // A match shrinks to one placeholder, or (past the placeholder range) grows to its replacement at most.
        var working = buffers.Text;
        var capacity = working.Length;
        foreach (var match in matches)
        {
            capacity += match.Replacement.Length;
        }

        var buffer = buffers.Spare(capacity);
        var length = 0;
        var position = 0;
        var applied = 0;
        foreach (var match in matches)
        {
            if (match.Start < position || match.Length <= 0 || match.Start + match.Length > working.Length ||
                working.Slice(match.Start, match.Length).IndexOfAnyInRange(FirstPlaceholder, LastPlaceholder) >= 0)
            {
                continue;
            }

            working[position..match.Start].CopyTo(buffer.AsSpan(length));
            length += match.Start - position;
            if (replacements.Count < MaxPlaceholders)
            {
                buffer[length++] = (char)(FirstPlaceholder + replacements.Count);
                replacements.Add(match.Replacement);
            }
            else
            {
                match.Replacement.CopyTo(buffer.AsSpan(length));
                length += match.Replacement.Length;
                inline = true;
            }

            buffers.Applied.Add((match.Start, match.Length));
            position = match.Start + match.Length;
            applied++;
        }

        working[position..].CopyTo(buffer.AsSpan(length));
        length += working.Length - position;
        buffers.SwapIn(length);
        return applied;
    }

    private static ReadOnlySpan<char> Expand(ScrubBuffers buffers)
    {
        var working = buffers.Text;
        var replacements = buffers.Replacements;
        var capacity = working.Length;
        foreach (var replacement in replacements)
        {
            capacity += replacement.Length;
        }

        var builder = new CharBuffer(buffers.Output(capacity));
        string? lastToken = null;
        var pendingSpaces = 0;
        for (var i = 0; i < working.Length; i++)
        {
            if (lastToken is null)
            {
                // Plain text up to the next placeholder is copied as it is (pendingSpaces is 0 here).
                var next = working[i..].IndexOfAnyInRange(FirstPlaceholder, LastPlaceholder);
                var end = next < 0 ? working.Length : i + next;
                builder.Append(working[i..end]);
                i = end;
                if (i == working.Length)
                {
                    break;
                }
            }

            var c = working[i];
            var index = c - FirstPlaceholder;
            if (index >= 0 && index < replacements.Count)
            {
                var token = replacements[index];
                if (lastToken is not null && string.Equals(token, lastToken, StringComparison.Ordinal) && token.StartsWith('['))
                {
                    pendingSpaces = 0; // collapse "[Kunde] [Kunde]"
                    continue;
                }

                builder.Append(' ', pendingSpaces);
                pendingSpaces = 0;
                builder.Append(token);
                lastToken = token;
            }
            else if ((c == ' ' || c == '-') && lastToken is not null && pendingSpaces == 0 && i + 1 < working.Length &&
                     working[i + 1] - FirstPlaceholder is var next && next >= 0 && next < replacements.Count &&
                     string.Equals(replacements[next], lastToken, StringComparison.Ordinal) && lastToken.StartsWith('['))
            {
                // "[Person 1]-[Person 1]" (double name) and "[Kunde] [Kunde]" (first and last name) collapse.
                continue;
            }
            else if (c == ' ' && lastToken is not null)
            {
                pendingSpaces++;
            }
            else
            {
                builder.Append(' ', pendingSpaces);
                pendingSpaces = 0;
                builder.Append(c);
                lastToken = null;
            }
        }

        builder.Append(' ', pendingSpaces);
        return builder.Written;
    }

    /// <summary>The few appends of <see cref="Expand"/> into an array that holds the longest possible result.</summary>
    private struct CharBuffer(char[] chars)
    {
        private int _length;

        public void Append(char c) => chars[_length++] = c;

        public void Append(char c, int count)
        {
            chars.AsSpan(_length, count).Fill(c);
            _length += count;
        }

        public void Append(ReadOnlySpan<char> text)
        {
            text.CopyTo(chars.AsSpan(_length));
            _length += text.Length;
        }

        public readonly ReadOnlySpan<char> Written => chars.AsSpan(0, _length);
    }
}

/// <summary>
/// The working memory of scrubbing one note at a time: the text as the detectors see it, a spare buffer the next
/// step is written into, the output, the matches and the replacements. One per thread; reused for every note.
/// </summary>
internal sealed class ScrubBuffers
{
    private char[] _working = new char[256];
    private char[] _spare = new char[256];
    private char[] _output = new char[256];
    private int _length;

    /// <summary>The text as it stands.</summary>
    public ReadOnlySpan<char> Text => _working.AsSpan(0, _length);

    /// <summary>Whether the note went through as it came (nothing replaced, nothing neutralised).</summary>
    public bool Unchanged => Replacements.Count == 0 && !Neutralised;

    public List<TextMatch> Matches { get; } = [];

    public List<string> Replacements { get; } = [];

    /// <summary>The spans the last step replaced, in order.</summary>
    public List<(int Start, int Length)> Applied { get; } = [];

    private bool Neutralised { get; set; }

    /// <summary>Takes a new note: characters in the placeholder range become U+FFFD, so only placeholders are in it.</summary>
    public void Load(ReadOnlySpan<char> text)
    {
        Replacements.Clear();
        Matches.Clear();
        Grow(ref _working, text.Length);
        text.CopyTo(_working);
        _length = text.Length;
        var span = _working.AsSpan(0, _length);
        Neutralised = span.IndexOfAnyInRange(TextScrubber.FirstPlaceholder, TextScrubber.LastPlaceholder) >= 0;
        if (Neutralised)
        {
            foreach (ref var c in span)
            {
                if (c is >= TextScrubber.FirstPlaceholder and <= TextScrubber.LastPlaceholder)
                {
                    c = '\uFFFD';
                }
            }
        }
    }

    /// <summary>The spare buffer, at least <paramref name="capacity"/> long, to write the next text into.</summary>
    public char[] Spare(int capacity)
    {
        Grow(ref _spare, capacity);
        return _spare;
    }

    /// <summary>The spare buffer's first <paramref name="length"/> characters become the text.</summary>
    public void SwapIn(int length)
    {
        (_working, _spare) = (_spare, _working);
        _length = length;
    }

    /// <summary>The output buffer, at least <paramref name="capacity"/> long.</summary>
    public char[] Output(int capacity)
    {
        Grow(ref _output, capacity);
        return _output;
    }

    private static void Grow(ref char[] buffer, int capacity)
    {
        if (buffer.Length < capacity)
        {
            buffer = new char[Math.Max(capacity, buffer.Length * 2)];
        }
    }
}
