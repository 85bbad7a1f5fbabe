using System.Buffers;
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
    private const char FirstPlaceholder = '\uE000';
    private const int MaxPlaceholders = 0xF8FF - 0xE000;

    [ThreadStatic]
    private static (List<string> Replacements, List<TextMatch> Matches)? t_lists;

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

        // Input characters in the placeholder range cannot be told apart from placeholders: neutralise them.
        var working = text.AsSpan().IndexOfAnyInRange(FirstPlaceholder, (char)0xF8FF) >= 0 ? Neutralise(text) : text;
        // The two lists are the thread's own, taken out while in use (a host detector may scrub again inside).
        var lists = t_lists ?? (new List<string>(), new List<TextMatch>());
        t_lists = null;
        var (replacements, matches) = lists;
        replacements.Clear();
        try
        {
            foreach (var detector in _detectors)
            {
                matches.Clear();
                detector.Detect(working, context, matches);
                if (matches.Count == 0)
                {
                    continue;
                }

                var applied = Apply(ref working, matches, replacements);
                context.Count(detector.Name, applied);
            }

            return replacements.Count == 0 ? working : Expand(working, replacements);
        }
        finally
        {
            matches.Clear();
            replacements.Clear();
            t_lists = lists;
            Prefilters.Forget();
        }
    }

    private static string Neutralise(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= FirstPlaceholder and <= (char)0xF8FF)
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    private static int Apply(ref string working, List<TextMatch> matches, List<string> replacements)
    {
        matches.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));

        // A match shrinks to one placeholder, or (past the placeholder range) grows to its replacement at most.
        var capacity = working.Length;
        foreach (var match in matches)
        {
            capacity += match.Replacement.Length;
        }

        var buffer = ArrayPool<char>.Shared.Rent(capacity);
        var length = 0;
        var position = 0;
        var applied = 0;
        foreach (var match in matches)
        {
            if (match.Start < position || match.Length <= 0 || match.Start + match.Length > working.Length ||
                working.AsSpan(match.Start, match.Length).IndexOfAnyInRange(FirstPlaceholder, (char)0xF8FF) >= 0)
            {
                continue;
            }

            working.AsSpan(position, match.Start - position).CopyTo(buffer.AsSpan(length));
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
            }

            position = match.Start + match.Length;
            applied++;
        }

        working.AsSpan(position).CopyTo(buffer.AsSpan(length));
        length += working.Length - position;
        working = new string(buffer, 0, length);
        ArrayPool<char>.Shared.Return(buffer);
        return applied;
    }

    private static string Expand(string working, List<string> replacements)
    {
        var capacity = working.Length;
        foreach (var replacement in replacements)
        {
            capacity += replacement.Length;
        }

        var builder = new CharBuffer(ArrayPool<char>.Shared.Rent(capacity));
        string? lastToken = null;
        var pendingSpaces = 0;
        for (var i = 0; i < working.Length; i++)
        {
            if (lastToken is null)
            {
                // Plain text up to the next placeholder is copied as it is (pendingSpaces is 0 here).
                var next = working.AsSpan(i).IndexOfAnyInRange(FirstPlaceholder, (char)0xF8FF);
                var end = next < 0 ? working.Length : i + next;
                builder.Append(working.AsSpan(i, end - i));
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
        return builder.ToStringAndReturn();
    }

    /// <summary>The few appends of <see cref="Expand"/> into a pooled array that holds the longest possible result.</summary>
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

        public readonly string ToStringAndReturn()
        {
            var text = new string(chars, 0, _length);
            ArrayPool<char>.Shared.Return(chars);
            return text;
        }
    }
}
