using System.Globalization;
using System.Text;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>Folds names for matching: case-insensitive, transliteration-insensitive (ü = ue = u, ß = ss).</summary>
internal static class NameFolding
{
    /// <summary>
    /// The longest word folded in a stack buffer (twice its length); a longer one, which no name is, is folded on
    /// the heap, since a stack buffer as long as note text can overflow the stack.
    /// </summary>
    public const int MaxStackWord = 64;

    /// <summary>The keys of a word: umlauts as digraphs (ue), and umlauts stripped (u); both lower-case.</summary>
    public static IEnumerable<string> Keys(ReadOnlySpan<char> word)
    {
        var (digraphs, stripped) = KeysOf(word);
        return stripped is null ? [digraphs] : [digraphs, stripped];
    }

    /// <summary>The same keys as <see cref="Keys"/> without a collection: the stripped key is null where it equals the digraph key.</summary>
    public static (string Digraphs, string? Stripped) KeysOf(ReadOnlySpan<char> word)
    {
        var digraphs = Fold(word, digraphs: true);
        var stripped = Fold(word, digraphs: false);
        return (digraphs, string.Equals(stripped, digraphs, StringComparison.Ordinal) ? null : stripped);
    }

    /// <summary>Folds ASCII letters and German umlauts into <paramref name="destination"/>; -1 if another character needs the slow path.</summary>
    public static int TryFold(ReadOnlySpan<char> word, Span<char> destination, bool digraphs)
    {
        var length = 0;
        foreach (var raw in word)
        {
            if (raw < 128)
            {
                destination[length++] = char.ToLowerInvariant(raw);
                continue;
            }

            char second;
            switch (raw)
            {
                case 'ä' or 'Ä':
                    destination[length++] = 'a';
                    second = 'e';
                    break;
                case 'ö' or 'Ö':
                    destination[length++] = 'o';
                    second = 'e';
                    break;
                case 'ü' or 'Ü':
                    destination[length++] = 'u';
                    second = 'e';
                    break;
                case 'ß':
                    destination[length++] = 's';
                    destination[length++] = 's';
                    continue;
                default:
                    return -1;
            }

            if (digraphs)
            {
                destination[length++] = second;
            }
        }

        return length;
    }

    /// <summary>
    /// Looks up the fold of a word (see <see cref="Fold"/>) in a dictionary keyed by folds, folding on the stack
    /// where <see cref="TryFold"/> can, so a lookup makes no string.
    /// </summary>
    public static bool TryGetFolded<T>(Dictionary<string, T> map, ReadOnlySpan<char> word, bool digraphs, out T value)
    {
        if (word.Length <= MaxStackWord)
        {
            Span<char> folded = stackalloc char[word.Length * 2];
            var length = TryFold(word, folded, digraphs);
            if (length >= 0)
            {
                return map.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(folded[..length], out value!);
            }
        }

        return map.TryGetValue(Fold(word, digraphs), out value!);
    }

    /// <summary>Folds a word to lower case ASCII where possible.</summary>
    public static string Fold(ReadOnlySpan<char> word, bool digraphs)
    {
        if (word.Length <= MaxStackWord)
        {
            // ASCII and German umlauts (nearly every name) fold on the stack, exactly as below.
            Span<char> folded = stackalloc char[word.Length * 2];
            var length = TryFold(word, folded, digraphs);
            if (length >= 0)
            {
                return new string(folded[..length]);
            }
        }

        var builder = new StringBuilder(word.Length + 4);
        foreach (var raw in word)
        {
            var c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case 'ä':
                    builder.Append(digraphs ? "ae" : "a");
                    break;
                case 'ö':
                    builder.Append(digraphs ? "oe" : "o");
                    break;
                case 'ü':
                    builder.Append(digraphs ? "ue" : "u");
                    break;
                case 'ß':
                    builder.Append("ss");
                    break;
                default:
                    if (c < 128)
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
                        {
                            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                            {
                                builder.Append(d);
                            }
                        }
                    }

                    break;
            }
        }

        return builder.ToString();
    }
}
