namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// A given name's initial after a surname and a comma ("Verteiler: Albers, T.; Kruse, U.", "Meiser, K. (Reha-Team) übernimmt",
/// "Kd. Furtado, M. kümmert sich", "Lange, H.-J.:"), as distribution lists, signatures, minutes and exports write staff and other
/// people: a capital letter and a dot (or several joined by hyphens) after ", " and a capitalised word that is no function word or
/// domain term. It runs before the name detectors, so that the initial is not read as the given name of the next word ("Albers,
/// A. Inhalt: …" kept "A. Inhalt" as a name) and the surname still gets its role's token or a person's; the initial and its comma
/// are removed (the replacement is empty). The dot stays where a sentence may end at it (a blank and a capital or the note's end
/// follow). A number after the initial is a page or a paragraph ("Anlage, S. 4"), a letter and a dot an abbreviation ("U. A.",
/// "Z. B." in a note in capitals): no initial. Session 16 (docs/scrubbing.md).
/// </summary>
internal sealed class InitialDetector : SpanDetector
{
    /// <summary>The replacement of an initial and the comma before it: nothing (the surname's token stands for the name).</summary>
    internal const string Removed = "";

    public override string Name => "initial";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        for (var comma = text.IndexOf(", ", StringComparison.Ordinal); comma >= 0; comma = Words.NextIndexOf(text, comma, ", "))
        {
            var end = InitialEnd(text, comma + 2);
            if (end < 0 || !SurnameBefore(text, comma))
            {
                continue;
            }

            // The dot stays where a sentence may end at it; a list's ";", ",", ")" or a word in lower case after it shows it is the initial's.
            var keepDot = end == text.Length || (text[end] == ' ' && end + 1 < text.Length && char.IsUpper(text[end + 1])) ||
                          (text[end] is '\n' or '\r');
            var to = keepDot ? end - 1 : end;
            matches.Add(new TextMatch(comma, to - comma, Removed));
        }

        FindAfterABlank(text, matches);
    }

    /// <summary>
    /// Session 17: the initial after a surname and a blank, without a comma ("Bisher betreut durch Obenauf K., ab Mai", "Hauspost
    /// von Lindqvist F. (Außendienst)", "Kd. Brunnhuber L. stellt Antrag"), as handover notes, mail headers and lists write a
    /// colleague. The word before is capitalised, has a lower-case letter and is no word of the lists (a surname the vocabulary
    /// lacks), so "Vitamin D.", "Anlage K.", "Plan B.", "SGB X." stay; the initial and its blank are removed as after a comma.
    /// </summary>
    private static void FindAfterABlank(ReadOnlySpan<char> text, List<TextMatch> matches)
    {
        for (var dot = text.IndexOf('.'); dot >= 0; dot = Words.NextIndexOf(text, dot, '.'))
        {
            var at = dot - 1;
            if (at < 3 || text[at - 1] != ' ' || !char.IsUpper(text[at]) || !Words.IsLetter(text[at - 2]))
            {
                continue;
            }

            var end = InitialEnd(text, at);
            if (end < 0 || !UnknownSurnameBefore(text, at - 1))
            {
                continue;
            }

            // A capitalised word after it makes it a middle initial ("Vater Ahmet Y. Demir") as often as a sentence's end: left.
            if (end < text.Length && text[end] == ' ' && end + 1 < text.Length && !char.IsLower(text[end + 1]) && text[end + 1] != '(')
            {
                continue;
            }

            var keepDot = end == text.Length || text[end] is '\n' or '\r';
            var to = keepDot ? end - 1 : end;
            matches.Add(new TextMatch(at - 1, to - (at - 1), Removed));
        }
    }

    /// <summary>Whether a capitalised word with a lower-case letter that the lists lack (or have only as a name) ends at <paramref name="blank"/>.</summary>
    private static bool UnknownSurnameBefore(ReadOnlySpan<char> text, int blank)
    {
        var start = blank;
        var lower = false;
        while (start > 0 && Words.IsLetter(text[start - 1]))
        {
            start--;
            lower |= char.IsLower(text[start]);
        }

        if (blank - start < 2 || !lower || !char.IsUpper(text[start]) || (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] is '.' or '-')))
        {
            return false;
        }

        var word = text[start..blank];
        return !DomainWords.IsFunctionWordOrTerm(word) && (WordLists.Flags(word) & WordLists.WordFlag) == 0;
    }

    /// <summary>
    /// The end (after the last dot) of one or more initials ("T.", "H.-J.") at <paramref name="at"/>, when what follows is no
    /// letter, digit or number after a blank; otherwise -1.
    /// </summary>
    internal static int InitialEnd(ReadOnlySpan<char> text, int at)
    {
        var i = at;
        while (true)
        {
            if (i + 1 >= text.Length || !char.IsUpper(text[i]) || text[i + 1] != '.')
            {
                return -1;
            }

            i += 2;
            if (i + 2 < text.Length && text[i] == '-' && char.IsUpper(text[i + 1]) && text[i + 2] == '.')
            {
                i++;
                continue;
            }

            break;
        }

        if (i == text.Length)
        {
            return i;
        }

        var next = text[i];
        if (char.IsLetterOrDigit(next) || Words.IsPlaceholder(next) || next is '.' or '-' or '/' or '§')
        {
            return -1;
        }

        if (next == ' ' && i + 1 < text.Length && (char.IsDigit(text[i + 1]) || Words.IsPlaceholder(text[i + 1])))
        {
            return -1; // "Anlage, S. 4", "Band, S. [Datum]"
        }

        if (next == ' ' && i + 2 < text.Length && Words.IsLetter(text[i + 1]) && text[i + 2] == '.')
        {
            return -1; // an abbreviation of two letters in capitals: "BEWERBUNGEN, U. A. BEI …", "Z. B."
        }

        return i;
    }

    /// <summary>Whether a capitalised word of two letters or more that is no function word or term ends at <paramref name="comma"/>.</summary>
    private static bool SurnameBefore(ReadOnlySpan<char> text, int comma)
    {
        var start = comma;
        while (start > 0 && Words.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (comma - start < 2 || !char.IsUpper(text[start]) || (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] == '.')))
        {
            return false;
        }

        return !DomainWords.IsFunctionWordOrTerm(text[start..comma]);
    }
}
