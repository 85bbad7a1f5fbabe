using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The speed shortcuts of session 9 change no output. The IBAN and street-abroad detectors try their regex anchored at
/// the indexes a match can start at (a window's <c>[From, Last]</c>) instead of scanning each window to its end, and the
/// spelled e-mail's prefilter finds its "at" among the word table's words: each is compared with its bare regex from the
/// start of the text, for every UTF-16 code unit in the places that decide, on text
/// built from the pieces of the pattern, on generated notes and on the independent corpora. The address tail is not
/// searched after a street whose next character (after white space) ends the text or is one of ". ; : ! ? )": the tail
/// regex is run there and must match only the empty string.
/// </summary>
public class StartWindowEquivalenceTests
{
    private static readonly PseudonymizationKey Key = TestKeys.Key();
    private static readonly Pseudonymizer Pseudonymizer = new(Key);

    private static ScrubContext Context() =>
        new(Pseudonymizer, "P1", -21, new NodaTime.LocalDate(1984, 7, 12), new NodaTime.LocalDate(2025, 4, 1));

    private static readonly TextScrubber Scrubber = new();

    private static RegexDetector ForeignStreets => Scrubber.Detectors.OfType<RegexDetector>().Single(d => d.AnchoredRegex is not null && d.Name == "streetAddress");

    private static RegexDetector Ibans => Scrubber.Detectors.OfType<RegexDetector>().Single(d => d.Name == "iban");

    /// <summary>The plain e-mail detector, tried at one window per mark since session 17.</summary>
    private static RegexDetector Emails => Scrubber.Detectors.OfType<RegexDetector>().Single(d => d.Name == "email" && d.AnchoredRegex is not null);

    /// <summary>Every code unit in turn in the places of the street word, the name before it, the number and the unit after it.</summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void ForeignStreets_ForEveryCharacterInEveryPlace_FindAsTheirRegex()
    {
        string[] shapes =
        [
            "ul{0} Ogrodowa 71/19", "u{0}. Ogrodowa 71/19", "x{0}ul. Ogrodowa 7", "str. Florilor n{0}. 74", "Str{0} Florilor nr 7", "{0}Str. Florilor Nr. 7",
            "Atatürk Ca{0}. 44", "Atatürk{0}Cad. 44", "{0}Atatürk Cad. 44", "Cumhuriyet Mah. Gül So{0}. 32", "12 ru{0} Victor Hugo", "1{0} rue Victor Hugo",
            "Rue de l{0} Gare 29", "Via Rom{0} 5", "Via Roma 5{0}Minuten", "Baghdad Stree{0} 29", "al-nasr stree{0} 70", "Wohnt{0}Baghdad Street 29",
            "Anschrift: Bag{0}dad Road 5", "in Ata{0}ürk Sok. 3", "İnönü Bulvar{0} 42", "Rua das Flores 1{0}",
        ];
        ShouldFindAsTheRegex(ForeignStreets, shapes);
    }

    /// <summary>Every code unit in turn in the places of the country, the check digits and the first groups (the shapes of <see cref="ShortcutEquivalenceTests"/> and more).</summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void Ibans_ForEveryCharacterInEveryPlace_FindAsTheirRegex()
    {
        string[] shapes =
        [
            "{0}E89 3704 0044 0532 0130 00", "DE{0}9 3704 0044 0532", "de{0}89 3704 0044 0532", "x{0}DE89 3704 0044", "DE89 3704 0044 0532 0130 00{0}",
            "DE89 3704 0044{0}DE12 3456 7890 1234", "DE8937040044053201300012{0}45", "IBAN:{0}DE893704004405", "AT61 1904 3002 345{0} 3201",
            "IT79.C046.5668{0}7825.6319", "DE84{0}7901.3085.5569.9664.61", "DE84.7901.3085.5569.9664.61{0}", // dots between groups (session 9)

            // The longest match (52 characters: a spaced country, seven groups after two separators each, a last group of three)
            // and the character its closing \b reads (check digits that fail, so that the extent does not cut the match first).
            "DE 12  3704  0044  0532  0130  0012  3456  7890  123{0}",

            // Session 12's shapes: " - " between the groups, up to the longest such match of a country of no known length (66
            // characters; the extent keeps it whole), the country apart before a group of four, groups of five.
            "QQ12 - 3704 - 0044 - 0532 - 0130 - 0012 - 3456 - 7890 - 1234 - 123{0}", "DE89 -{0}3704 - 0044 - 0532",
            "de 8937{0}0400 4405 3201 3000", "DE 89{0}7 0400 4405 3201 3000", "DE893 7040{0} 44053 20130 00", "DE893 70400 44053 20130 00{0}",
        ];
        ShouldFindAsTheRegex(Ibans, shapes);
    }

    /// <summary>
    /// The spelled e-mail's prefilter reads its "at" from the word table: every code unit in turn in the places of the "at",
    /// the white space around it and the local part before it, beside the bare regex's matches.
    /// </summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void SpelledEmails_ForEveryCharacterInEveryPlace_FindAsTheirRegex()
    {
        string[] shapes =
        [
            "max {0}t example dot de", "max a{0} example dot de", "max{0}at example.de", "max at{0}example.de", "{0} at b.de", "max {0}T web punkt de",
            "x punkt y {0}t web punkt de", "max \u00E4{0} gmx.de", "Kopie an a.b{0}at c.de", "an at at{0}b.de",
            // Session 15: the "@" by its German name, and the local part's separators said.
            "max {0}lammeraffe web punkt de", "max Klammeraff{0} web punkt de", "a {0}indestrich b at c.de", "a Unterstric{0} b Klammeraffe c.de",
            "a minus b{0}Klammeraffe c.de",
        ];
        ShouldFindAsTheRegex(Scrubber.Detectors.OfType<RegexDetector>().Single(d => d.Regex.ToString().Contains(@"\s+(?:at|ät|", StringComparison.Ordinal)), shapes);
    }

    /// <summary>Every code unit in turn in the places of the local part, the mark, the white space around it and the domain (session 17's start windows).</summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void Emails_ForEveryCharacterInEveryPlace_FindAsTheirRegex()
    {
        string[] shapes =
        [
            "max{0}muster@web.de", "max.muster{0}web.de", "max @{0}web.de", "x@web{0}de", "x@web .d{0}", "{0}@web.de", "a@b.de {0} c@d.de",
            "a(at{0}b.de", "a{0}at) b.de", "a [at]{0}b [dot] de", "a{0}[a] b.de", "a{0}b(at)c(dot)de", "a@b.de{0}c(at)d.de", "a@b{0}@c.de",
            "Mail an x.y(ät){0}ex.org, Kopie an z@{0}.de",
        ];
        ShouldFindAsTheRegex(Emails, shapes);
    }

    private static readonly string[] Pieces =
    [
        "ul.", "Ul.", "al.", "AL.", "os.", "pl.", "str.", "Str", "STR.", "bd.", "sos.", "aleea", "Strada", "calea", "nr.", "Nr", "NR.", "nr", "No.", "no:", "NO",
        "Cad.", "caddesi", "Sok.", "sokak", "Sokağı", "sk.", "Blv.", "bulvarı", "Mah.", "mahallesi", "rue", "Rue", "avenue", "Boulevard", "chemin", "Allée",
        "impasse", "quai", "Via", "via", "VIA", "viale", "Piazza", "corso", "calle", "avenida", "paseo", "carrer", "rua", "travessa", "largo", "street", "Street",
        "ROAD", "lane", "Drive", "st.", "St.", "St", "rd.", "Rd.", "de", "la", "del", "della", "d'", "l'", "bis", "Anschrift", "adresse", "wohnt", "in", "der", "Kd",
        "Ogrodowa", "Florilor", "Atatürk", "Gül", "Victor", "Hugo", "Gare", "Roma", "Baghdad", "al-nasr", "O'Neil", "x", "Ä", "\u212A", "İnönü",
        "@", " @ ", "(at)", "[at]", "{at}", "(ät)", "(a)", "[a]", "(dot)", " . ", " .", ")", "]", "web", "_", "+",
        " ", " ", "  ", "\n", "\u00A0", ",", ".", "-", "/", " / ", "'", "’", "1", "5", "29", "71/19", "123", "2024", "12345", "7a", "Minuten", " Uhr", "€", "%",
    ];

    [Property(MaxTest = 5000)]
    [Trait("Rule", "P2")]
    public Property StartWindows_OnStreetAndIbanLikeText_FindAsTheirRegexes() =>
        Prop.ForAll(
            Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            text => Mismatch(text) is not { } mismatch ? true.ToProperty() : false.Label(mismatch));

    /// <summary>Counterexamples the random texts found (the street word glued to the "No" of its number was no window).</summary>
    [Theory]
    [InlineData("deSoka\u011f\u0131\nbulvar\u0131No.571/19")]
    [InlineData("Blv.ruabis,Mah.\u2019 STR.\u20acBlv.viale/deSoka\u011f\u0131\nbulvar\u0131No.571/19largo5corso quaidellaal-nasrde-aleeaNR.bulvar\u0131%29Blv.NrVictor123455os.no:st.corsocalleNo.Rd.sokakvia")]
    [InlineData("Atat\u00fcrk BulvarıNO: 42")]
    // Session 13's review: a street word glued into its token opens a window whose From lies after the next word's (the windows
    // out of order of From), and Arabic-Indic digits in a note without an ASCII one.
    [InlineData("Wohnt jetzt in Al-Amin Abu-Street Road 5.")]
    [InlineData("Adresse: Al-Farouk Bin-Street Road 14, Kairo")]
    [InlineData("No1.Soka\u011f\u0131\u2019 NO\u2019Rue caddesi2971/19-")]
    [InlineData("- .,_UlNr SokHugo\u2019str Soka\u011f\u013129")]
    [InlineData("Atat\u00fcrk Caddesi\u0664\u0664")]
    [Trait("Rule", "P2")]
    public void StartWindows_OnFoundCounterexamples_FindAsTheirRegexes(string text) => Mismatch(text).ShouldBeNull();

    [Fact]
    [Trait("Rule", "P2")]
    public void StartWindows_OnGeneratedNotesAndTheIndependentCorpora_FindAsTheirRegexes()
    {
        var notes = GeneratedNotes(300, seed: 13).Concat(CorpusTexts()).ToList();
        notes.Count.ShouldBeGreaterThan(1000);
        foreach (var note in notes)
        {
            Mismatch(note).ShouldBeNull();
        }
    }

    /// <summary>
    /// The address tail after a street: wherever the first character after white space ends the text or is one of the
    /// characters the detector skips at (every code unit that <see cref="AddressTailDetector.NoTailAfter"/> accepts, after
    /// every kind of white space the regex reads, before what a tail holds), the tail regex's match there is empty.
    /// </summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void AddressTail_WhereTheDetectorSkips_TheRegexMatchesNothing()
    {
        string[] spaces = ["", " ", "  ", "\n", "\r\n", " \t", "\u00A0", "\u2009", "\u2028", "\u0085", "\v", "\f"];
        string[] rests = ["", " 40210 Düsseldorf", "40210 Düsseldorf", ", 40210 Düsseldorf", " in 40210 Köln", "in Köln", "\n40210 Köln", " (Souterrain)", "-155",
            " · 84028 Landshut", "2. OG", " App. 4", " c/o Meier", "Köln", " ", ".", "\u212Aöln"];
        var tail = AddressTailDetector.Tail;
        var skipped = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var space in spaces)
            {
                foreach (var rest in rests)
                {
                    var text = "Weg 5\uE000" + space + (char)c + rest;
                    if (!AddressTailDetector.NoTailAfter(text, 6))
                    {
                        continue;
                    }

                    skipped++;
                    var match = tail.Match(text, 6);
                    if (!match.Success || match.Length != 0)
                    {
                        throw new Xunit.Sdk.XunitException($"the tail regex matches {match.Length} characters after white space {Escape(space)} before U+{c:X4} and \"{Escape(rest)}\"");
                    }
                }
            }
        }

        // The end of the text, after each kind of white space.
        foreach (var space in spaces)
        {
            var text = "Weg 5\uE000" + space;
            AddressTailDetector.NoTailAfter(text, 6).ShouldBeTrue();
            tail.Match(text, 6).Length.ShouldBe(0);
        }

        skipped.ShouldBeGreaterThan(6 * spaces.Length * rests.Length - 1);
    }

    /// <summary>The whole scrubber with the address tail's skip beside the tail regex tried at every street: the same text on generated notes and the corpora.</summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void AddressTail_OnGeneratedNotesAndTheIndependentCorpora_SkipsOnlyEmptyTails()
    {
        var tail = AddressTailDetector.Tail;
        var checkedTails = 0;
        foreach (var note in GeneratedNotes(300, seed: 17).Concat(CorpusTexts()))
        {
            // Wherever the note has a place the detector would skip (a street's number before it, here any character), the regex agrees.
            var text = "\uE000" + note;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is not ('\uE000' or ' ' or '.' or '\n') || !AddressTailDetector.NoTailAfter(text, i + 1))
                {
                    continue;
                }

                checkedTails++;
                tail.Match(text, i + 1).Length.ShouldBe(0);
            }
        }

        checkedTails.ShouldBeGreaterThan(1000);
    }

    private static string Escape(string text) => string.Concat(text.Select(ch => ch is >= ' ' and < '\u007F' ? ch.ToString() : $"\\u{(int)ch:X4}"));

    /// <summary>Every code unit in the place of "{0}" in every shape: the detector finds what its bare regex finds.</summary>
    private static void ShouldFindAsTheRegex(RegexDetector detector, string[] shapes)
    {
        var context = Context();
        var found = new List<TextMatch>();
        var bare = new List<TextMatch>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var shape in shapes)
            {
                var text = shape.Replace("{0}", ((char)c).ToString(), StringComparison.Ordinal);
                found.Clear();
                bare.Clear();
                detector.Detect(text, context, found);
                detector.DetectUnfiltered(text, context, bare);
                if (!found.SequenceEqual(bare))
                {
                    throw new Xunit.Sdk.XunitException($"{detector.Name} differs from its regex for U+{c:X4} in \"{shape}\"");
                }
            }
        }
    }

    private static string? Mismatch(string text)
    {
        foreach (var detector in new[] { ForeignStreets, Ibans, Emails })
        {
            var found = new List<TextMatch>();
            var bare = new List<TextMatch>();
            detector.Detect(text, Context(), found);
            detector.DetectUnfiltered(text, Context(), bare);
            if (!found.SequenceEqual(bare))
            {
                return detector.Name + ": " + string.Join(", ", found) + " | " + string.Join(", ", bare);
            }
        }

        return null;
    }

    private static IEnumerable<string> GeneratedNotes(int records, ulong seed) =>
        new Vkb.Synthetic.ExtractGenerator(Vkb.Synthetic.ExtractShape.Small.WithRecords(records), seed).Generate()
            .SelectMany(r => System.Text.Json.JsonDocument.Parse(r.Json).RootElement.GetProperty("events").EnumerateArray())
            .Select(e => e.GetProperty("note").GetString() ?? string.Empty);

    /// <summary>Every text file of the independent corpora in the test project (their notes and sentences, line by line).</summary>
    private static IEnumerable<string> CorpusTexts()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Corpora");
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.jsonl", SearchOption.AllDirectories).SelectMany(File.ReadLines)
            : [];
    }
}
