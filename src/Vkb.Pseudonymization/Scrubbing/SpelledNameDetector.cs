namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// A name spelt out letter by letter, as notes of phone calls write it down ("buchstabiert: Q-U-A-S-T", "h-a-d-a-y-i-t"): at
/// least <see cref="MinLetters"/> single letters, each joined to the next by one hyphen or en dash. It runs after the other name
/// detectors, so the name it spells has its replacement already where the note names it: a name known from the record gets
/// its role's token (<c>[Kunde]</c>, <c>[Fachkraft]</c>, <c>[Teamleitung]</c>), any other the record's person token of that
/// surname (<c>[Person 2]</c> for "Frau Quast (buchstabiert Q-U-A-S-T)"), or a new one. Ordinary text has no run of four
/// single letters joined by hyphens: abbreviations join words ("U-Bahn", "E-Mail"), and "A-Z" has two.
/// </summary>
internal sealed class SpelledNameDetector : SpanDetector
{
    /// <summary>The fewest letters of a spelt name: three could be an abbreviation spelt out ("A-B-C").</summary>
    internal const int MinLetters = 4;

    public override string Name => "spelledName";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        if (!HasJoinedLetter(text))
        {
            return; // most notes: the word table (carried over the name detectors' replacements) is not read
        }

        var words = workspace.WordTable.All(text);
        for (var index = 0; index < words.Length; index++)
        {
            var count = LettersFrom(text, words, index);
            if (count < MinLetters)
            {
                continue;
            }

            var (start, _) = words[index];
            var (last, _) = words[index + count - 1];
            matches.Add(new TextMatch(start, last + 1 - start, Token(text, words.Slice(index, count), context)));
            index += count - 1;
        }
    }

    /// <summary>Whether a single letter stands between two hyphens or en dashes somewhere ("-U-"): every spelt name has one.</summary>
    private static bool HasJoinedLetter(ReadOnlySpan<char> text)
    {
        for (var i = text.IndexOfAny('-', '–'); i >= 0 && i + 2 < text.Length; i = Words.NextIndexOfAny(text, i, '-', '–'))
        {
            if (text[i + 2] is '-' or '–' && Words.IsLetter(text[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many single letters, each joined to the next by one hyphen or en dash, start at word <paramref name="index"/> (0 if it is no single letter or not the first of such a run).</summary>
    private static int LettersFrom(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, int index)
    {
        var count = 0;
        for (var i = index; i < words.Length && IsLetter(text, words[i]); i++)
        {
            count++;
            if (i + 1 == words.Length || words[i + 1].Start != words[i].Start + 2 || text[words[i].Start + 1] is not ('-' or '–'))
            {
                break; // the next word is not joined to this one by a single hyphen
            }
        }

        // The run must start at its first letter and end at its last: no letter joined by a hyphen before or after it (in
        // "Ost-A-B-C-D" or "A-B-C-D-Netz" the letters belong to a word).
        var (start, _) = words[index];
        var end = words[index + Math.Max(count, 1) - 1].Start + 1;
        return (start >= 2 && text[start - 1] is '-' or '–' && Words.IsLetter(text[start - 2])) ||
               (end + 1 < text.Length && text[end] is '-' or '–' && Words.IsLetter(text[end + 1])) ? 0 : count;
    }

    private static bool IsLetter(ReadOnlySpan<char> text, (int Start, int Length) word) =>
        word.Length == 1 && !Words.IsPlaceholder(text[word.Start]);

    /// <summary>The replacement of the spelt name: its role's token if the record knows it, else the record's person token of it.</summary>
    private static string Token(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> letters, ScrubContext context)
    {
        Span<char> name = letters.Length <= 64 ? stackalloc char[letters.Length] : new char[letters.Length];
        for (var i = 0; i < letters.Length; i++)
        {
            name[i] = text[letters[i].Start];
        }

        return Words.TryFind(name, context.KnownNames, context.KnownNameShapes, out var role)
            ? KnownNameDetector.Token(role)
            : context.PersonToken(name);
    }
}
