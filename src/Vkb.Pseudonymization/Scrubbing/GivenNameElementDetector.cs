namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 18: a German given name that the vocabulary has as a word ("Everhard", "Gotthelf", "Dietrich": its word list takes
/// proper nouns in), right before a person's surname replaced before: the given name of that person, replaced with the same
/// token. It is told by the Old High German elements that end given names ("-hard", "-bert", "-brecht", "-fried", "-helf",
/// "-linde", "-rich" …), capitalised, of five letters or more, and no function word, term, cue or title ("Torwart", "Gegenwart"
/// end in "-wart", which is therefore not one of them). A word so ending beside no person stays. Since session 24 also a given name
/// the lists read only as a compound ("Oltmanna", "Harmine") before a person's token (<see cref="IsCompoundOnlyGivenName"/>).
/// </summary>
internal sealed class GivenNameElementDetector : SpanDetector
{
    internal static readonly string[] Elements =
        ["hard", "gard", "bert", "brecht", "fried", "helf", "hilf", "linde", "lind", "mund", "wig", "gund", "trud", "traud", "rich",
         // Session 20: the Slavic and Latinised elements of given names the vocabulary has as words ("Wenzeslaus", "Stanislaus",
         // "Ladislaus", "Jaroslav", "Bogusław", "Kasimir", "Vladimir").
         "slaus", "slav", "slaw", "sław", "mir",
         // Session 22: the element "bold" ("bald", bold) as given names end in it ("Reinbold", "Humbold", "Leupold"; "-bald" ends
         // "sobald" and "alsbald", capitalised before no person).
         "bold", "pold",
         // Session 23: the Latin ending of saints' given names the vocabulary has as words ("Ägidius", "Laurentius", "Pankratius"); a
         // word so ending beside no person stays ("Radius", "Genius").
         "ius"];

    public override string Name => "givenName";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        // Session 22: what is left of a person's name after its token ("’h", " E."), in the same pass.
        NameTailDetector.Find(workspace, matches);

        var text = workspace.Text;
        var replacements = workspace.Replacements;
        if (!HasPerson(replacements))
        {
            return; // no person was replaced
        }

        // Session 24: without a word that ends in an element only a compound-only word before a token can be one (CompoundOnlyGivenName).
        workspace.WordTable.Classes(text, out var union);
        var elements = (union & WordClass.GivenNameElement) != 0;

        for (var i = TextScrubber.NextPlaceholder(text, 0); i >= 0; i = TextScrubber.NextPlaceholder(text, i + 1))
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index < 0 || index >= replacements.Count || !replacements[index].StartsWith("[Person ", StringComparison.Ordinal) || i < 6 || text[i - 1] != ' ')
            {
                continue;
            }

            var end = i - 1;
            var start = end;
            while (start > 0 && Words.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (end - start < 5 || !char.IsUpper(text[start]) || (start > 0 && (Words.IsLetter(text[start - 1]) || char.IsDigit(text[start - 1]) || text[start - 1] is '-' or '.')))
            {
                continue;
            }

            var word = text[start..end];
            if (((elements && MayEndElement(text[end - 1]) && EndsInElement(word)) || IsCompoundOnlyGivenName(word, workspace)) &&
                !DomainWords.IsFunctionWordOrTerm(word) && !ThirdPersonDetector.IsIntroducer(word) && !ThirdPersonDetector.IsHonorific(word))
            {
                matches.Add(new TextMatch(start, end - start, replacements[index]));
            }
        }
    }

    /// <summary>
    /// Session 24: a given name the lists lack that they read only as a compound of two words ("Oltmanna" as "Olt" + "manna",
    /// "Harmine" as "Harm" + "ine", as Frisian and other regional given names are): right before a person's token it is that
    /// person's given name, the weakest reading of a word losing to the name beside it (as session 15 reads such a word after a
    /// given name as the surname). Seven letters or more, no word, given name or surname of the lists, not formed by the rules of
    /// <see cref="WordFormation"/> (the feminine of a person noun, "Fallmanagerin"), and not ending as the compounds of roles,
    /// teams, offices, relations and papers end ("Kitaleiterin", "Hausmeister", "Teamleitung", "Fachkraft", "Jobcoach", "Landlord",
    /// "Stationsarzt", "Gutschrift", "Zugticket": the read splits lost these in first versions).
    /// </summary>
    private static bool IsCompoundOnlyGivenName(ReadOnlySpan<char> word, ScrubWorkspace workspace)
    {
        if (word.Length < 7 || WordLists.Flags(word) != 0)
        {
            return false;
        }

        foreach (var end in RoleEnds)
        {
            if (word.EndsWith(end, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return NameShapeDetector.IsCompound(word, workspace.CompoundWords) && !WordFormation.IsFormed(word, workspace.FormedWords);
    }

    /// <summary>The ends of compounds that name a role, a team, an office or a thing, not a person ("-in", "-er", "-ung", "-kraft" …).</summary>
    private static readonly string[] RoleEnds =
        ["in", "innen", "er", "ung", "heit", "keit", "schaft", "kraft", "stelle", "amt", "team", "dienst", "zentrum", "büro", "haus", "gruppe",
         "meister", "chef", "chefin", "person", "partner", "kollege", "kollegin", "mitglied", "vertreter", "vertretung", "ort", "straße", "weg",
         // the heads of roles and relations, English ones too ("Jobcoach", "Landlord", "Hausmann", "Schwiegersohn")
         "coach", "lord", "boss", "lady", "mann", "frau", "sohn", "tochter", "vater", "mutter", "kind", "wart", "vogt", "arzt", "koch", "dame",
         // and of papers and tickets a note names before a person ("Gutschrift X", "Lastschrift Y", "Zugticket Z")
         "schrift", "ticket", "zettel", "brief", "bogen", "liste", "karte", "nummer"];

    private static bool HasPerson(List<string> replacements)
    {
        foreach (var replacement in replacements)
        {
            if (replacement.StartsWith("[Person ", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word's last letter may end an element (d, t, f, e, g, h, s, v, w, r in any case): many words are ruled out by it.</summary>
    private static bool MayEndElement(char last) => (last | 0x20) is 'd' or 't' or 'f' or 'e' or 'g' or 'h' or 's' or 'v' or 'w' or 'r';

    /// <summary>Whether the word (any case) ends in an element after two letters or more (<see cref="WordClass.GivenNameElement"/>).</summary>
    internal static bool EndsInElement(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !MayEndElement(word[^1]))
        {
            return false;
        }

        // Session 20: only the elements that end in the word's last letter (in any case) are compared.
        if (!ElementsByLastLetter.TryGetValue((char)(word[^1] | 0x20), out var elements))
        {
            return false;
        }

        foreach (var element in elements)
        {
            if (word.Length >= element.Length + 2 && word.EndsWith(element, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The elements by their last letter (ASCII lower case; <see cref="MayEndElement"/> lets only such letters through).</summary>
    private static readonly System.Collections.Frozen.FrozenDictionary<char, string[]> ElementsByLastLetter =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Elements.GroupBy(e => e[^1]), g => g.Key, g => g.ToArray());
}
