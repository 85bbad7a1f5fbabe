namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 18: the words around an institution found before that belong to its name, as bodies are written in letters and
/// registers: an adjective of origin, region or rank before it ("Zentrale [Ausländerbehörde Trier]", "Usbekisches [Kulturzentrum
/// X]", "Pfälzischer …"), the first part of a pair cut short ("Auskunfts- und [Beratungsstelle …]"), a unit of the body before
/// "der"/"des" ("Versichertenberatung der [Rentenversicherung …]", "Außenstelle des …"), and a German state after it ("[Landesamt für Zentrale Dienste] Saarland"). Each joins the <c>[Institution]</c>; a
/// word of these shapes beside no institution stays.
/// </summary>
internal sealed class InstitutionJoinDetector : SpanDetector
{
    /// <summary>The German states (and the common short forms), as they follow a state body's name.</summary>
    private static readonly string[] States =
        ["baden-württemberg", "bayern", "berlin", "brandenburg", "bremen", "hamburg", "hessen", "mecklenburg-vorpommern", "niedersachsen",
         "nordrhein-westfalen", "nrw", "rheinland-pfalz", "saarland", "sachsen", "sachsen-anhalt", "schleswig-holstein", "thüringen"];

    /// <summary>Adjectives of rank before a body (the "-isch" adjectives of origin and region are a rule).</summary>
    private static readonly string[] RankAdjectives = ["zentrale", "zentralen", "zentrales", "regionale", "regionalen", "regionales"];

    /// <summary>The ends of words that name a unit of a body before "der"/"des" and the body.</summary>
    private static readonly string[] UnitEnds = ["beratung", "stelle", "zentrum", "büro", "abteilung"];

    public override string Name => "institution";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        if (!replacements.Contains(InstitutionDetector.Institution))
        {
            return;
        }

        var caseless = workspace.WordTable.Caseless(text);
        if (caseless)
        {
            return; // the shapes below are told by their capitals
        }

        for (var i = TextScrubber.NextPlaceholder(text, 0); i >= 0; i = TextScrubber.NextPlaceholder(text, i + 1))
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index < 0 || index >= replacements.Count || replacements[index] != InstitutionDetector.Institution)
            {
                continue;
            }

            if (JoinedBefore(text, i) is var from && from < i)
            {
                matches.Add(new TextMatch(from, i - from, InstitutionDetector.Institution));
            }

            if (StateAfter(text, i + 1) is > 0 and var end)
            {
                matches.Add(new TextMatch(i + 1, end - i - 1, InstitutionDetector.Institution));
            }
            else if (DivisionAfter(text, i + 1) is > 0 and var divisionEnd)
            {
                matches.Add(new TextMatch(i + 1, divisionEnd - i - 1, InstitutionDetector.Institution));
            }
            else if (FoundedAfter(workspace, text, i + 1) is > 0 and var foundedEnd)
            {
                matches.Add(new TextMatch(i + 1, foundedEnd - i - 1, InstitutionDetector.Institution));
            }
        }
    }

    /// <summary>The start of the words before the institution at <paramref name="at"/> that belong to it, or <paramref name="at"/>.</summary>
    private static int JoinedBefore(ReadOnlySpan<char> text, int at)
    {
        if (at < 2 || text[at - 1] != ' ')
        {
            return at;
        }

        var (start, end) = WordBefore(text, at - 1);
        if (start < 0)
        {
            return at;
        }

        var word = text[start..end];

        // "Versichertenberatung der [Institution]": a unit of the body, "der" or "des" between.
        if (word is "der" or "des")
        {
            var (unitStart, unitEnd) = start >= 2 && text[start - 1] == ' ' ? WordBefore(text, start - 1) : (-1, -1);
            return unitStart >= 0 && char.IsUpper(text[unitStart]) && IsUnit(text[unitStart..unitEnd]) ? unitStart : at;
        }

        if (!char.IsUpper(text[start]))
        {
            return at;
        }

        // Not a kind or unit right before it ("Sozialdienst [Kreiskrankenhaus X]", "Beratungsstelle [Evangelische Jugendhilfe Y]"): the
        // writers of heldout8, heldout9, heldout11 and heldout12 count such a word an ordinary one (a first version lost 19 words).
        if (IsOriginAdjective(word) || Contains(RankAdjectives, word))
        {
            return PairedOriginStart(text, start);
        }

        // Session 22: the body's abbreviation before its kind and place ("SKM [Betreuungsverein X]", "AWO [Ortsverein Y]"): two to five
        // capitals, no term of the field ("AVGS") or legal form.
        if (end - start is >= 2 and <= 5 && IsAllUpper(word) && !DomainWords.IsFunctionWordOrTerm(word) && !CompanyDetector.MayStartLegalForm(word))
        {
            return start;
        }

        // Session 19: a pair of origins joined by a hyphen whose second part is "Deutsche" ("Pakistanisch-Deutscher [Freundeskreis X]").
        if (word is "Deutsche" or "Deutscher" or "Deutsches" or "Deutschen" && PairedOriginStart(text, start) is var paired && paired < start)
        {
            return paired;
        }

        return at;
    }

    /// <summary>
    /// Session 19: the start of the first part of a pair of origins before the adjective at <paramref name="start"/> ("Deutsch-" of
    /// "Deutsch-Polnischer", "Haitianisch-" of "Haitianisch-Deutscher"): a capitalised word in "-isch" or "Deutsch" and a hyphen; else
    /// <paramref name="start"/>.
    /// </summary>
    private static int PairedOriginStart(ReadOnlySpan<char> text, int start)
    {
        if (start < 2 || text[start - 1] != '-')
        {
            return start;
        }

        var first = start - 1;
        while (first > 0 && Words.IsLetter(text[first - 1]))
        {
            first--;
        }

        var part = text[first..(start - 1)];
        return part.Length >= 6 && char.IsUpper(part[0]) && (part.EndsWith("isch", StringComparison.Ordinal) || part is "Deutsch") ? first : start;
    }

    /// <summary>
    /// The word that ends at <paramref name="end"/>, or (-1, -1); "und" after a part cut short counts from that part ("Auskunfts- und",
    /// the first part of a pair: "Auskunfts- und Beratungsstelle").
    /// </summary>
    private static (int Start, int End) WordBefore(ReadOnlySpan<char> text, int end)
    {
        var start = end;
        while (start > 0 && Words.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (start == end)
        {
            return (-1, -1);
        }

        if (text[start..end] is "und" && start >= 3 && text[start - 1] == ' ' && text[start - 2] == '-' && Words.IsLetter(text[start - 3]))
        {
            var first = start - 2;
            while (first > 0 && Words.IsLetter(text[first - 1]))
            {
                first--;
            }

            if (first < start - 2 && char.IsUpper(text[first]))
            {
                return (first, end);
            }
        }

        return (start, end);
    }

    private static bool IsUnit(ReadOnlySpan<char> word)
    {
        if (word.EndsWith("- und", StringComparison.Ordinal))
        {
            return true; // a pair cut short ("Auskunfts- und")
        }

        foreach (var unitEnd in UnitEnds)
        {
            if (word.Length > unitEnd.Length + 2 && word.EndsWith(unitEnd, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised adjective of origin or region in "-isch", declined ("Usbekisches", "Pfälzischer", "Chinesische").</summary>
    private static bool IsOriginAdjective(ReadOnlySpan<char> word) =>
        word.EndsWith("- und", StringComparison.Ordinal) ||
        (word.Length >= 8 && (word.EndsWith("ische", StringComparison.Ordinal) || word.EndsWith("ischer", StringComparison.Ordinal) ||
                              word.EndsWith("isches", StringComparison.Ordinal) || word.EndsWith("ischen", StringComparison.Ordinal)));

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Session 22: the end of a division of the body after a comma at <paramref name="from"/> (", Landesprüfungsamt", ", Versorgungsamt"):
    /// a capitalised compound that ends in a kind, with a sentence's mark, a bracket, a dash, a small word that is no list's joiner
    /// ("beantragt"; not "und", "oder", "sowie") or the note's end after it; or -1.
    /// </summary>
    private static int DivisionAfter(ReadOnlySpan<char> text, int from)
    {
        if (from + 3 >= text.Length || text[from] != ',' || text[from + 1] != ' ' || !char.IsUpper(text[from + 2]))
        {
            return -1;
        }

        var end = from + 2;
        while (end < text.Length && Words.IsLetter(text[end]))
        {
            end++;
        }

        return (end == text.Length || text[end] is '.' or ',' or ';' or ':' or ')' or '\n' or '\r' || (text[end] == ' ' && end + 1 < text.Length && text[end + 1] is '(' or '–' or '-') ||
                (text[end] == ' ' && end + 1 < text.Length && char.IsLower(text[end + 1]) && !FollowsInList(text[(end + 1)..]))) &&
               InstitutionDetector.IsCompoundKind(text[(from + 2)..end], caseless: false)
            ? end
            : -1;
    }

    /// <summary>Whether the text goes on as a list does ("und …", "oder …", "sowie …"): then the word before is one of its items.</summary>
    private static bool FollowsInList(ReadOnlySpan<char> rest) =>
        rest.StartsWith("und ", StringComparison.Ordinal) || rest.StartsWith("oder ", StringComparison.Ordinal) ||
        rest.StartsWith("sowie ", StringComparison.Ordinal) || rest.StartsWith("bzw", StringComparison.Ordinal);

    /// <summary>
    /// Session 22: the end of a club's year of founding after its name at <paramref name="from"/> (" von 1911", " 1948 e.V."): "von" and
    /// a year from 1800 to 2029, or a year and a legal form; or -1. Not a year a period starts with (" von 2019 bis").
    /// </summary>
    private static int FoundedAfter(ScrubWorkspace workspace, ReadOnlySpan<char> text, int from)
    {
        var at = from;
        if (at >= text.Length || text[at] != ' ')
        {
            return -1;
        }

        at++;
        var von = text[at..].StartsWith("von ", StringComparison.Ordinal);
        if (von)
        {
            at += 4;
        }

        if (at + 4 > text.Length || !(text[at..(at + 2)] is "18" or "19" or "20") || !char.IsAsciiDigit(text[at + 2]) || !char.IsAsciiDigit(text[at + 3]) ||
            (text[at..(at + 2)] is "20" && text[at + 2] > '2') || (at + 4 < text.Length && (char.IsLetterOrDigit(text[at + 4]) || text[at + 4] is '-' or '–' or '/' ||
                                      (text[at + 4] == '.' && at + 5 < text.Length && char.IsAsciiDigit(text[at + 5])))))
        {
            return -1;
        }

        var end = at + 4;
        if (CompanyDetector.LegalFormAfter(workspace, text, end) is > 0 and var formEnd)
        {
            return formEnd;
        }

        return von && !text[end..].TrimStart(' ').StartsWith("bis", StringComparison.Ordinal) ? end : -1;
    }

    /// <summary>The end of a German state's name after a blank at <paramref name="from"/>, or -1.</summary>
    private static int StateAfter(ReadOnlySpan<char> text, int from)
    {
        if (from + 1 >= text.Length || text[from] != ' ' || !char.IsUpper(text[from + 1]))
        {
            return -1;
        }

        var end = from + 1;
        while (end < text.Length && (Words.IsLetter(text[end]) || (text[end] == '-' && end + 1 < text.Length && char.IsUpper(text[end + 1]))))
        {
            end++;
        }

        return Contains(States, text[(from + 1)..end]) ? end : -1;
    }

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (var w in words)
        {
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
