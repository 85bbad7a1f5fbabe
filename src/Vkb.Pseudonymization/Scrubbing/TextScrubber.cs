using System.Text;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Scrubs free text: decodes encoded leftovers (HTML references, UTF-8 read as Windows-1252, quoted-printable,
/// invisible characters; the result carries the decoded text), then runs the detectors in order, each over the text with earlier findings replaced by
/// placeholders, then writes the replacements. Adjacent identical tokens separated only by spaces
/// collapse ("Anna Müller" → <c>[Kunde]</c>).
/// </summary>
/// <remarks>Thread safety: immutable; safe to share across threads (one <see cref="ScrubContext"/> per record, one <see cref="ScrubWorkspace"/> per thread).</remarks>
public sealed class TextScrubber
{
    /// <summary>The first of the placeholder characters (Unicode private use) that stand for replaced spans.</summary>
    internal const char FirstPlaceholder = '\uE000';

    /// <summary>The last placeholder character.</summary>
    internal const char LastPlaceholder = '\uF8FF';

    /// <summary>The index of the first placeholder at or after <paramref name="from"/>, or -1 (for detectors that read what was replaced before them).</summary>
    internal static int NextPlaceholder(ReadOnlySpan<char> text, int from)
    {
        var next = from < text.Length ? text[from..].IndexOfAnyInRange(FirstPlaceholder, LastPlaceholder) : -1;
        return next < 0 ? -1 : from + next;
    }

    private const int MaxPlaceholders = LastPlaceholder - FirstPlaceholder;


    /// <summary>Creates a scrubber with the built-in detectors, <paramref name="additionalDetectors"/> before the name detectors, in <see cref="ScrubMode.Vocabulary"/>.</summary>
    /// <param name="additionalDetectors">A host's own detectors; they run after the identifier and date detectors and before the name detectors.</param>
    public TextScrubber(IEnumerable<ITextDetector>? additionalDetectors = null)
        : this(additionalDetectors, ScrubMode.Vocabulary)
    {
    }

    /// <summary>Creates a scrubber with the built-in detectors followed by <paramref name="additionalDetectors"/> and the name detectors.</summary>
    /// <param name="additionalDetectors">A host's own detectors; they run after the identifier and date detectors and before the name detectors.</param>
    /// <param name="mode">Whether words the scrubber cannot place are kept or replaced (see <see cref="ScrubMode"/>).</param>
    public TextScrubber(IEnumerable<ITextDetector>? additionalDetectors, ScrubMode mode)
    {
        Mode = mode;
        var detectors = new List<ITextDetector>(BuiltInDetectors.Identifiers());
        detectors.AddRange(additionalDetectors ?? []);
        detectors.AddRange(BuiltInDetectors.Names(mode));
        _detectors = [.. detectors];
        _builtIn = [.. _detectors.Select(d => d as SpanDetector)];
        Detectors = Array.AsReadOnly(_detectors);
    }

    private readonly ITextDetector[] _detectors;

    /// <summary>Each detector as a built-in one (null for a host's), found once rather than by a type test per note.</summary>
    private readonly SpanDetector?[] _builtIn;

    /// <summary>Whether words the scrubber cannot place are kept or replaced.</summary>
    public ScrubMode Mode { get; }

    /// <summary>The detectors in the order they run.</summary>
    public IReadOnlyList<ITextDetector> Detectors { get; }

    /// <summary>Scrubs one note, in a workspace of a small shared pool.</summary>
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

        var workspace = WorkspacePool.Rent();
        try
        {
            return Scrub(text, context, workspace);
        }
        finally
        {
            WorkspacePool.Return(workspace);
        }
    }

    /// <summary>Scrubs one note in the caller's workspace (one per thread; see <see cref="ScrubWorkspace"/>).</summary>
    /// <param name="text">The note.</param>
    /// <param name="context">The record's context.</param>
    /// <param name="workspace">The workspace, not used by another thread meanwhile.</param>
    /// <returns>The scrubbed note (the same instance if nothing was replaced, decoded or neutralised).</returns>
    public string Scrub(string text, ScrubContext context, ScrubWorkspace workspace)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(context);
        Preconditions.CheckNotNull(workspace);
        var scrubbed = Scrub(text.AsSpan(), context, workspace);
        return workspace.Unchanged ? text : new string(scrubbed);
    }

    /// <summary>
    /// Scrubs one note into <paramref name="workspace"/> and returns the result, valid until the workspace is used
    /// again: no string is made for the note, for any step, or for the result.
    /// </summary>
    internal ReadOnlySpan<char> Scrub(ReadOnlySpan<char> text, ScrubContext context, ScrubWorkspace workspace)
    {
        // Input characters in the placeholder range cannot be told apart from placeholders: Load neutralises them.
        // Encoded leftovers ("M&uuml;ller", "MÃ¼ller", "M=C3=BCller") are decoded before any detector reads the note.
        workspace.Load(text);
        workspace.Decode();
        context.BeginNote();
        if (workspace.Text.IsEmpty)
        {
            return workspace.Text;
        }

        var matches = workspace.Matches;
        try
        {
            var detectors = _detectors;
            var builtIns = _builtIn;
            for (var d = 0; d < detectors.Length; d++)
            {
                matches.Clear();
                if (builtIns[d] is { } builtIn)
                {
                    builtIn.Find(workspace, context, matches);
                }
                else
                {
                    detectors[d].Detect(workspace.Text, context, workspace, matches);
                }

                if (matches.Count == 0)
                {
                    continue;
                }

                context.Count(detectors[d].Name, Apply(workspace));
            }

            return workspace.Replacements.Count == 0 ? workspace.Text : Expand(workspace);
        }
        finally
        {
            matches.Clear();
        }
    }

    /// <summary>Replaces the matches (leftmost-longest, never across a placeholder) by placeholders, from the working text into the spare buffer, and swaps them.</summary>
    internal static int Apply(ScrubWorkspace buffers)
    {
        var inline = false;
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
        var origins = buffers.Origins is null ? null : buffers.SpareOrigins(capacity);
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
            if (origins is not null)
            {
                buffers.Origins.AsSpan(position, match.Start - position).CopyTo(origins.AsSpan(length));
                var origin = (buffers.Origins![match.Start].Start, buffers.Origins[match.Start + match.Length - 1].End, true);
                origins.AsSpan(match.Start - position + length, Math.Max(1, match.Replacement.Length)).Fill(origin);
            }

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
        if (origins is not null)
        {
            buffers.Origins.AsSpan(position, working.Length - position).CopyTo(origins.AsSpan(length));
        }

        length += working.Length - position;
        buffers.SwapIn(length, inline);
        return applied;
    }

    private static ReadOnlySpan<char> Expand(ScrubWorkspace buffers)
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
