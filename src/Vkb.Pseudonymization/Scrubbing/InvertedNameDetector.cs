namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// The surname of a name written surname first ("Stollberg, Wiebke:", "(Wunderlich, Talea, App. 412)", "mit Haberl, Sepp, Inhaber
/// …"), as lists, signatures and exports write names: a word before ", " and a given name the name detectors replaced by a
/// person token, which a colon, comma or closing bracket ends. The surname may be a German word or a place as well
/// ("Wunderlich", "Dürr", "Stollberg"), which is why the name-shape detector, reading it alone, kept it. A function word or
/// domain term before the comma is no surname, nor a relation or role word ("mit der Tochter, Anna, …"), nor a word in lower
/// case in a note that has case. It runs after the name detectors; the surname gets the record's person token of it.
/// </summary>
internal sealed class InvertedNameDetector : SpanDetector
{
    public override string Name => "invertedName";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        if (replacements.Count == 0 || !HasPersonAfterComma(text, replacements))
        {
            return; // most notes: the word table (carried over the name detectors' replacements) is not read
        }

        var table = workspace.WordTable;
        var words = table.All(text);
        var caseless = table.Caseless(text);
        for (var index = 1; index < words.Length; index++)
        {
            // A person token right after ", " and before a colon, comma or closing bracket, and a word right before the comma.
            var (at, _) = words[index];
            if (!IsPersonToken(text[at], replacements) || at < 3 || text[at - 1] != ' ' || text[at - 2] != ',' || !EndsName(text, at + 1))
            {
                continue;
            }

            var (start, length) = words[index - 1];
            if (start + length != at - 2 || length < 2 || Words.IsPlaceholder(text[start]))
            {
                continue;
            }

            var word = text.Slice(start, length);
            if ((!caseless && !char.IsUpper(word[0])) || (table.Class(text, index - 1) & (WordClass.FunctionOrTerm | WordClass.Introducer)) != 0)
            {
                continue;
            }

            matches.Add(new TextMatch(start, length, context.PersonToken(word)));
        }
    }

    /// <summary>Whether a person token follows ", " somewhere.</summary>
    private static bool HasPersonAfterComma(ReadOnlySpan<char> text, List<string> replacements)
    {
        for (var i = text.IndexOf(", ", StringComparison.Ordinal); i >= 0 && i + 2 < text.Length; i = Words.NextIndexOf(text, i, ", "))
        {
            if (IsPersonToken(text[i + 2], replacements))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPersonToken(char c, List<string> replacements)
    {
        var index = c - TextScrubber.FirstPlaceholder;
        return index >= 0 && index < replacements.Count && replacements[index].StartsWith("[Person ", StringComparison.Ordinal);
    }

    /// <summary>Whether a colon, comma or closing bracket (after blanks) follows the given name, or the text ends.</summary>
    private static bool EndsName(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i == text.Length || text[i] is ':' or ',' or ')';
    }
}
