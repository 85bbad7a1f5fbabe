namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 22: what is left of a person's name right after its replacement, replaced with the same token:
/// <list type="bullet">
/// <item>the letters after an apostrophe inside a name ("Guivarc’h", "Floc’h", "O’Neill"): the word breaks at the apostrophe, so
/// the name detectors took only its first part and "’h" stayed;</item>
/// <item>an initial after the surname, as lists, visitor books and signatures write a person ("Wassef E.", "Treppschuh M. z. K."):
/// one capital and a period, after one space, and no letter after the period, nor a blank and a capital (a sentence may end there);</item>
/// <item>since session 24 a patronymic connector with a slash between two persons' tokens ("a/l", "a/p", "s/o", "d/o").</item>
/// </list>
/// Only after a person's token ("[Person n]", "[Kunde]", "[Fachkraft]", "[Teamleitung]"); a word beside anything else stays.
/// Run by <see cref="GivenNameElementDetector"/>, the last name detector, in its pass (a detector of its own cost a pass per note).
/// </summary>
internal static class NameTailDetector
{
    /// <summary>Adds the tails after the person tokens of the workspace's text to <paramref name="matches"/>.</summary>
    public static void Find(ScrubWorkspace workspace, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        for (var i = TextScrubber.NextPlaceholder(text, 0); i >= 0; i = TextScrubber.NextPlaceholder(text, i + 1))
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index < 0 || index >= replacements.Count || i + 2 >= text.Length || !IsPersonToken(replacements[index]))
            {
                continue;
            }

            var end = ApostropheTailEnd(text, i + 1);
            if (end < 0)
            {
                end = InitialEnd(text, i + 1);
            }

            if (end < 0)
            {
                end = ConnectorEnd(text, i + 1, replacements);
            }

            if (end > 0)
            {
                matches.Add(new TextMatch(i + 1, end - i - 1, replacements[index]));
            }
        }
    }

    /// <summary>
    /// Session 24: the end of a patronymic connector written with a slash between two persons' tokens at <paramref name="at"/>
    /// (" a/l", " a/p" of Malaysian Indian names, "son of" / "daughter of"; " s/o", " d/o" as Singapore and India write them; any
    /// case), or -1: one space, the connector, one space and another person's token. Beside anything else it stays ("Preis a/l").
    /// </summary>
    private static int ConnectorEnd(ReadOnlySpan<char> text, int at, List<string> replacements)
    {
        if (at + 5 >= text.Length || text[at] != ' ' || text[at + 2] != '/' || text[at + 4] != ' ' ||
            ((text[at + 1] | 0x20), (text[at + 3] | 0x20)) is not (('a', 'l') or ('a', 'p') or ('s', 'o') or ('d', 'o')))
        {
            return -1;
        }

        var next = text[at + 5] - TextScrubber.FirstPlaceholder;
        return next >= 0 && next < replacements.Count && IsPersonToken(replacements[next]) ? at + 4 : -1;
    }

    /// <summary>Whether a replacement stands for a person.</summary>
    internal static bool IsPersonToken(string replacement) =>
        replacement.StartsWith("[Person ", StringComparison.Ordinal) || replacement is "[Kunde]" or "[Fachkraft]" or "[Teamleitung]";

    /// <summary>The end of an apostrophe and the letters of the name after it at <paramref name="at"/> ("’h", "'Neill"), or -1.</summary>
    private static int ApostropheTailEnd(ReadOnlySpan<char> text, int at)
    {
        if (at + 1 >= text.Length || text[at] is not ('’' or '\'') || !char.IsLetter(text[at + 1]))
        {
            return -1;
        }

        var end = at + 1;
        while (end < text.Length && Words.IsLetter(text[end]))
        {
            end++;
        }

        // Not a quotation closed by the apostrophe ("'[Person 1]'s"), and not the text's own apostrophe before a word of it.
        return end - at - 1 <= 12 ? end : -1;
    }

    /// <summary>
    /// The end of an initial after one space at <paramref name="at"/> (" E."), or -1: a capital, a period, then no letter or digit,
    /// and not a blank and a capital (a sentence may end at the period: "Gespräch mit X K. Danach Pause." keeps its "K.").
    /// </summary>
    private static int InitialEnd(ReadOnlySpan<char> text, int at)
    {
        if (at + 2 >= text.Length || text[at] != ' ' || !char.IsUpper(text[at + 1]) || text[at + 2] != '.')
        {
            return -1;
        }

        var end = at + 3;
        return end == text.Length || (!char.IsLetterOrDigit(text[end]) && !(text[end] == ' ' && end + 1 < text.Length && char.IsUpper(text[end + 1])))
            ? end
            : -1;
    }
}
