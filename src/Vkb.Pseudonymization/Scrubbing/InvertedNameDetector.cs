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
        if (replacements.Count == 0)
        {
            return;
        }

        if (HasInitialRemoved(replacements))
        {
            FindSurnamesBeforeInitials(text, replacements, context, matches);
        }

        FindGivenNamesAfterSurnames(text, replacements, matches);
        if (!HasPersonAfterComma(text, replacements))
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

    /// <summary>
    /// Session 16: the surname before an initial that <see cref="InitialDetector"/> removed ("Bittencourt, C. (Reha-Team)"), where no
    /// name detector took it (a word of the vocabulary or a known word's compound), and the first part of a double surname before a
    /// hyphen and the person token of its second ("Ladurner-[Person 2], B."): both get the person token. Only as a list entry or
    /// heading writes it (the note's or a line's start, or after ": ", "; ", "(", and before ";", ",", ")", ":", " (" or the end): in
    /// running text a word before an initial may be a common noun.
    /// </summary>
    private static void FindSurnamesBeforeInitials(ReadOnlySpan<char> text, List<string> replacements, ScrubContext context,
        List<TextMatch> matches)
    {
        for (var at = text.IndexOfAnyInRange(TextScrubber.FirstPlaceholder, TextScrubber.LastPlaceholder); at >= 0;
             at = text[(at + 1)..].IndexOfAnyInRange(TextScrubber.FirstPlaceholder, TextScrubber.LastPlaceholder) is var next and >= 0 ? at + 1 + next : -1)
        {
            var index = text[at] - TextScrubber.FirstPlaceholder;
            if (index >= replacements.Count || replacements[index].Length != 0 || at == 0)
            {
                continue;
            }

            var end = at;
            string? token = null;
            if (IsPersonToken(text[end - 1], replacements))
            {
                token = replacements[text[end - 1] - TextScrubber.FirstPlaceholder];
                end--;
                if (end < 2 || text[end - 1] != '-')
                {
                    continue;
                }

                end--; // "Ladurner-[Person 2]"
            }

            var start = end;
            while (start > 0 && (Words.IsLetter(text[start - 1]) || (text[start - 1] == '-' && start >= 2 && Words.IsLetter(text[start - 2]) && start < end)))
            {
                start--; // a double surname's parts ("Lange-Ostendorp")
            }

            if (end - start < 2 || !char.IsUpper(text[start]) || !StartsEntry(text, start) || !EndsEntry(text, at + 1))
            {
                continue;
            }

            var word = text[start..end];
            if (DomainWords.IsFunctionWordOrTerm(word) || ThirdPersonDetector.IsIntroducer(word))
            {
                continue;
            }

            matches.Add(new TextMatch(start, end - start, token ?? context.PersonToken(word)));
        }
    }

    /// <summary>
    /// Session 19: the given name after a surname the name detectors replaced, written surname first ("Kontakt [Person 1], Mirlande,
    /// Tel. …", "Verteiler: [Person 1], Wolfhelm; …"), where no name detector took it (the vocabulary reads it as a compound,
    /// "Mir-lande", "Wolf-helm"): a capitalised word of at most <see cref="MaxGivenName"/> letters after ", " that ends a list entry
    /// (";", ",", ")", ":", " (" or the end), no word of the lists, function word, term, relation or role, and without the ending of
    /// an abstract or common noun ("…, Arbeitsvermittlung,", "…, Geburtstag:", "…, Telefonanbieter," stay: a department, a field or
    /// a list's next item). It gets the surname's person token.
    /// </summary>
    private static void FindGivenNamesAfterSurnames(ReadOnlySpan<char> text, List<string> replacements, List<TextMatch> matches)
    {
        for (var i = text.IndexOf(", ", StringComparison.Ordinal); i >= 1 && i + 2 < text.Length; i = Words.NextIndexOf(text, i, ", "))
        {
            if (!IsPersonToken(text[i - 1], replacements) || !char.IsUpper(text[i + 2]))
            {
                continue;
            }

            var start = i + 2;
            var end = start;
            while (end < text.Length && (Words.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && Words.IsLetter(text[end + 1]))))
            {
                end++;
            }

            if (end - start < 3 || !EndsEntry(text, end) || (end < text.Length && text[end] == '.'))
            {
                continue;
            }

            var word = text[start..end];
            if (word.Length > MaxGivenName || WordLists.IsWord(word) || DomainWords.IsFunctionWordOrTerm(word) || ThirdPersonDetector.IsIntroducer(word) ||
                ThirdPersonDetector.IsHonorific(word) || EndsLikeACommonNoun(word))
            {
                continue;
            }

            matches.Add(new TextMatch(start, end - start, replacements[text[i - 1] - TextScrubber.FirstPlaceholder]));
        }
    }

    /// <summary>The longest given name <see cref="FindGivenNamesAfterSurnames"/> takes (longer unknown words are compounds far more often).</summary>
    internal const int MaxGivenName = 10;

    /// <summary>Endings of abstract and common nouns that no given name has.</summary>
    private static readonly string[] CommonNounEndings = ["ung", "heit", "keit", "schaft", "tion", "tät", "tag", "nis", "ment", "ismus"];

    private static bool EndsLikeACommonNoun(ReadOnlySpan<char> word)
    {
        foreach (var ending in CommonNounEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <see cref="InitialDetector"/> removed an initial in the note (its replacement is empty).</summary>
    private static bool HasInitialRemoved(List<string> replacements)
    {
        foreach (var replacement in replacements)
        {
            if (replacement.Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a list entry or the note starts at <paramref name="start"/>: the note's or a line's start, or ": ", "; ", "(".</summary>
    private static bool StartsEntry(ReadOnlySpan<char> text, int start) =>
        start == 0 || text[start - 1] is '\n' or '(' || (start >= 2 && text[start - 1] == ' ' && text[start - 2] is ':' or ';');

    /// <summary>Whether a list entry ends at <paramref name="from"/>: the note's end, a line's, ";", ",", ")", ":", " (" or a dot before a blank.</summary>
    private static bool EndsEntry(ReadOnlySpan<char> text, int from) =>
        from == text.Length || text[from] is ';' or ',' or ')' or ':' or '\n' or '\r' ||
        (text[from] == ' ' && from + 1 < text.Length && text[from + 1] == '(') ||
        (text[from] == '.' && (from + 1 == text.Length || text[from + 1] is ' ' or '\n' or '\r')); // the initial's dot, kept as a sentence's end

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
