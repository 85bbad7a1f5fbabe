using System.Collections.Frozen;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Institutions by pattern: an office, court, school, welfare association or health insurer named by its kind and
/// its place or name ("Jobcenter Solingen", "Agentur für Arbeit Neuss", "Sozialamt Mülheim an der Ruhr", "AOK
/// Rheinland", "IKK classic", "Gymnasium Mettmann-Nord"), and the few institutions whose name alone is one
/// ("Bundesamt für Migration und Flüchtlinge", "Arbeiterwohlfahrt"): <c>[Institution]</c>. A kind alone ("beim
/// Jobcenter") is kept: it names no place.
/// </summary>
internal sealed class InstitutionDetector : SpanDetector
{
    public const string Institution = "[Institution]";

    /// <summary>The kinds, as words (lower-case); each needs a place or name after it.</summary>
    private static readonly string[][] Kinds = Split(
        "jobcenter", "agentur für arbeit", "arbeitsagentur", "sozialamt", "jugendamt", "bürgeramt", "bürgerbüro", "ordnungsamt", "standesamt",
        "einwohnermeldeamt", "ausländerbehörde", "ausländeramt", "wohnungsamt", "gesundheitsamt", "finanzamt", "familienkasse", "landratsamt",
        "kreisverwaltung", "stadtverwaltung", "gemeindeverwaltung", "rathaus", "amtsgericht", "arbeitsgericht", "sozialgericht", "landgericht",
        "familiengericht", "verwaltungsgericht", "landschaftsverband", "caritasverband", "caritas", "diakonie", "diakonisches werk",
        "awo", "drk", "volkshochschule", "vhs", "gymnasium", "gesamtschule", "realschule", "hauptschule", "grundschule", "förderschule",
        "berufsschule", "berufskolleg", "sekundarschule", "kita", "kindergarten", "hochschule", "universität", "klinikum", "krankenhaus",
        "aok", "bkk", "ikk", "barmer", "dak", "deutsche rentenversicherung", "rentenversicherung",
        "schuldnerberatung", "suchtberatung", "migrationsberatung", "tafel", "verbraucherzentrale", "drv", "wohngeldstelle", "wohngeldbehörde",
        "elterngeldstelle", "bafög-amt", "versorgungsamt", "sozialverband", "vdk", "johanniter", "malteser", "handwerkskammer", "ihk", "polizeiinspektion", "polizeipräsidium",
        "hauptzollamt", "zollamt", "frauenhaus", "kinderkrippe", "krippe", "hort", "mittelschule", "oberschule", "gemeinschaftsschule",
        "stadtteilschule", "werkrealschule", "fachoberschule", "berufsfachschule", "universitätsklinikum", "uniklinik", "uniklinikum",
        "studierendenwerk", "studentenwerk", "integrationsfachdienst", "jva", "justizvollzugsanstalt", "bewährungshilfe", "landesamt",
        "kreisjugendamt", "bezirksamt", "schuldnerhilfe", "kinderheim", "notunterkunft", "berufsbildungswerk", "berufsförderungswerk",
        "polizeirevier", "polizeidienststelle", "staatsanwaltschaft", "sparkasse", "kreissparkasse", "stadtsparkasse", "volksbank",
        "raiffeisenbank", "rotes kreuz", "kreisverband", "lebenshilfe");

    /// <summary>Institutions named by their name alone.</summary>
    private static readonly string[][] Names = Split(
        "bundesamt für migration und flüchtlinge", "bamf", "arbeiterwohlfahrt", "deutsche rentenversicherung bund", "bundesagentur für arbeit", "malteser hilfsdienst",
        "deutsches rotes kreuz", "lwl", "lvr", "johanniter-unfall-hilfe",
        // Nation-wide health insurers, accident insurers, unions and federal services: a name each, with no place after it.
        "techniker krankenkasse", "dak-gesundheit", "knappschaft", "kkh", "hkk", "hek", "sbk", "big direkt gesund", "mobil krankenkasse", "audi bkk",
        "bosch bkk", "pronova bkk", "novitas bkk", "bkk firmus", "salus bkk", "debeka bkk", "ikk classic", "ikk gesund plus", "ikk südwest",
        "viactiv", "mhplus", "bgw", "ig metall", "ig bce", "ig bau", "verdi", "gew", "ngg", "dgb", "bundespolizei",
        "bundeswehr", "unfallkasse");

    /// <summary>The first words of the kinds and names (the tests compare the shape filter with the lookup).</summary>
    internal static readonly FrozenSet<string> FirstWordSet = Kinds.Concat(Names).Select(k => k[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The names and kinds by their first word (in any case), in their order: <see cref="LongestHead"/> tries only the heads
    /// that can match, as every other head fails at its first word.
    /// </summary>
    private static readonly FrozenDictionary<string, (string[][] Names, string[][] Kinds)>.AlternateLookup<ReadOnlySpan<char>> HeadsByFirstWord =
        FirstWordSet.ToFrozenDictionary(
            first => first,
            first => (Names.Where(h => h[0].Equals(first, StringComparison.OrdinalIgnoreCase)).ToArray(),
                      Kinds.Where(h => h[0].Equals(first, StringComparison.OrdinalIgnoreCase)).ToArray()),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The names and kinds <see cref="Find"/> tries at a word (none if it starts none; the tests compare them with all heads).</summary>
    internal static (string[][] Names, string[][] Kinds) HeadsStartingWith(ReadOnlySpan<char> word) =>
        HeadsByFirstWord.TryGetValue(word, out var heads) ? heads : ([], []);

    /// <summary>All names and kinds, in their order.</summary>
    internal static (string[][] Names, string[][] Kinds) AllHeads => (Names, Kinds);

    /// <summary>The first two letters and lengths of the first words, so most words need no lookup.</summary>
    private static readonly PairShapes FirstWordShapes = new(FirstWordSet);

    /// <summary>Words joining a place's parts ("Mülheim an der Ruhr", "Frankfurt am Main").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Joiners =
        new[] { "am", "an", "der", "im", "in", "ob", "bei", "vor", "auf", "unter" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Parts of a place that are German words but continue it after a space ("Familienkasse Bayern Nord").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Directions =
        new[] { "nord", "süd", "ost", "west", "mitte", "nordost", "nordwest", "südost", "südwest", "land", "stadt" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public override string Name => "institution";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var table = workspace.WordTable;
        var words = table.Letters(text);
        var caseless = table.Caseless(text);
        for (var i = 0; i < words.Length; i++)
        {
            var (start, length) = words[i];
            if (length < 2 || !FirstWordShapes.MayEqual(text.Slice(start, length)) || !HeadsByFirstWord.TryGetValue(text.Slice(start, length), out var heads))
            {
                continue;
            }

            // A kind may be in lower case in a note with case ("hauptzollamt jena"): a place in lower case is then a word that is
            // no German word (IsPlaceWord), so "die kita platz" stays.

            var end = LongestHead(text, words, i, heads.Names, out var last);
            var named = end >= 0;
            if (!named)
            {
                end = LongestHead(text, words, i, heads.Kinds, out last);
            }

            if (end < 0)
            {
                continue;
            }

            // The place or name after the kind: words joined by single spaces or hyphens that are capitalised and no
            // function word or term, or that are no German word at all ("IKK classic", any place in a note without
            // case); joiners only between two of them ("an der Ruhr").
            var j = last + 1;
            var taken = 0;
            while (j < words.Length && taken < 4 && Joined(text, words[j - 1], words[j]))
            {
                var k = j;
                while (k < words.Length && Joiners.Contains(Slice(text, words[k])) && Joined(text, words[k - 1], words[k]))
                {
                    k++;
                }

                // Right after the kind a joiner or a hyphen leads only to a name that is no German word ("Gymnasium am
                // Lindenplatz", not "Kita im Ort" or "Kita-Platz"); after the first word a German word continues the place only after a joiner, a hyphen
                // ("Mettmann-Nord") or as a direction ("Bayern Nord"), not after a space ("Jobcenter Köln Bescheid erhalten").
                var afterHyphen = k < words.Length && text[words[k].Start - 1] == '-';
                var linked = taken == 0
                    ? k == j && !afterHyphen // "Kita-Platz", "VHS-Kurs" are compounds, no place
                    : k > j || afterHyphen || (k < words.Length && Directions.Contains(Slice(text, words[k])));
                if (k >= words.Length || !Joined(text, words[k - 1], words[k]) || !IsPlaceWord(text, words[k], caseless) ||
                    (!linked && WordLists.IsWord(Slice(text, words[k]))))
                {
                    break;
                }

                end = words[k].Start + words[k].Length;
                taken++;
                j = k + 1;
            }

            if (named || taken > 0)
            {
                matches.Add(new TextMatch(start, end - start, Institution));
                i = j - 1;
            }
        }
    }

    /// <summary>The end of the longest of <paramref name="heads"/> that starts at word <paramref name="i"/> (its words joined by single spaces or hyphens), or -1.</summary>
    private static int LongestHead(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, int i, string[][] heads, out int last)
    {
        var end = -1;
        last = -1;
        foreach (var head in heads)
        {
            if (i + head.Length > words.Length || (head.Length > 1 && last >= i + head.Length - 1))
            {
                continue;
            }

            var matched = true;
            for (var w = 0; w < head.Length && matched; w++)
            {
                matched = Slice(text, words[i + w]).Equals(head[w], StringComparison.OrdinalIgnoreCase) &&
                          (w == 0 || text.Slice(words[i + w - 1].Start + words[i + w - 1].Length, words[i + w].Start - words[i + w - 1].Start - words[i + w - 1].Length) is " " or "-");
            }

            if (matched && i + head.Length - 1 > last)
            {
                last = i + head.Length - 1;
                end = words[last].Start + words[last].Length;
            }
        }

        return end;
    }

    private static bool IsPlaceWord(ReadOnlySpan<char> text, (int Start, int Length) word, bool caseless)
    {
        var span = Slice(text, word);
        if (span.Length < 2 || DomainWords.IsFunctionWordOrTerm(span))
        {
            return false;
        }

        // In a note without case only a word that is no German word can be a place ("schuldnerberatung ruft zurück").
        return !caseless && char.IsUpper(span[0]) ? !ThirdPersonDetector.IsIntroducer(span) : !WordLists.IsWord(span);
    }

    private static bool Joined(ReadOnlySpan<char> text, (int Start, int Length) left, (int Start, int Length) right) =>
        text.Slice(left.Start + left.Length, right.Start - left.Start - left.Length) is " " or "-";

    private static ReadOnlySpan<char> Slice(ReadOnlySpan<char> text, (int Start, int Length) word) => text.Slice(word.Start, word.Length);

    /// <summary>The heads as words: a space or a hyphen parts them, as the text's runs of letters are parted ("johanniter-unfall-hilfe", "dak-gesundheit").</summary>
    private static string[][] Split(params string[] heads) => [.. heads.Select(h => h.Split(' ', '-'))];

    /// <summary>The shapes of lower-case keys without ß (see <see cref="KeyShapes.MayMatch"/>, which counts ß as two letters): a filter that never rules out a word equal to a key in any case.</summary>
    internal static KeyShapes ShapesOf(IEnumerable<string> keys)
    {
        var shapes = new KeyShapes();
        foreach (var key in keys)
        {
            shapes.Add(key);
        }

        return shapes;
    }
}
