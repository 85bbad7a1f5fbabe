using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shared word classes (session 10) change no output: each bit of <see cref="WordClass.Compute"/> holds exactly when
/// the test it stands for holds, written here by its definition (the set lookups and suffix searches the detectors made
/// before), on the words of generated notes and the independent corpora and on every key of the sets, each in five
/// spellings; the memo answers as the computation; and the word table's classes, carried over replacements, are those
/// of a fresh classification of the new text.
/// </summary>
public class WordClassEquivalenceTests
{
    /// <summary>The distinct words of 300 generated records' notes and of the independent corpora, as they stand.</summary>
    private static readonly Lazy<string[]> CorpusWords = new(() =>
    {
        var notes = new Vkb.Synthetic.ExtractGenerator(Vkb.Synthetic.ExtractShape.Small.WithRecords(300), seed: 13).Generate()
            .SelectMany(r => System.Text.Json.JsonDocument.Parse(r.Json).RootElement.GetProperty("events").EnumerateArray())
            .Select(e => e.GetProperty("note").GetString() ?? string.Empty);
        var root = Path.Combine(AppContext.BaseDirectory, "Corpora");
        var corpora = Directory.Exists(root) ? Directory.EnumerateFiles(root, "*.jsonl", SearchOption.AllDirectories).SelectMany(File.ReadLines) : [];
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in notes.Concat(corpora))
        {
            foreach (var (start, length) in Words.Of(text))
            {
                words.Add(text.Substring(start, length));
            }
        }

        return [.. words.Order(StringComparer.Ordinal)];
    });

    private static readonly string[] Missions = ["botschaft", "konsulat", "generalkonsulat", "honorarkonsulat"];
    private static readonly string[] Honorifics = ["herr", "herrn", "frau", "hr", "fr", "dr", "prof"];

    /// <summary>Every key of the sets the bits stand for, the words of each key of several words, and a few look-alikes.</summary>
    private static IEnumerable<string> SetWords() =>
        NameShapeDetector.Particles.Concat(ThirdPersonDetector.Introducers).Concat(Honorifics).Concat(InstitutionDetector.FirstWordSet)
            .Concat(Missions).Concat(InstitutionDetector.CompoundEnds).Concat(InstitutionDetector.CompoundEnds.Select(e => "Kreis" + e))
            .Concat(InstitutionDetector.CompoundEnds.Select(e => "ab" + e)).Concat(CompanyDetector.LegalFormStarts)
            .Concat(CompanyDetector.TradeWords.SelectMany(t => new[] { t, "Neu" + t, "ab" + t, "x" + t }))
            .Concat(CompanyDetector.EmployerFirstWords).Concat(["Gebr", "Gebrüder", "GEBRÜDER", "Gebrs", "PA", "eAT", "AVGS", "Kd", "kD", "ÄÖ", "\u212Ag"])
            .Concat(SpokenNumberDetector.NumberWordList).Concat(Prefilters.MonthNames).Concat(["\u212Aäse", "Mä\u212A", "Oktoberfest"])
            .Concat(Prefilters.ForeignStreetStemList.SelectMany(w => new[] { w, w + "No", w + "no", w + "NO", w + "Nr", "x" + w }))
            .SelectMany(LetterRuns);

    private static List<string> LetterRuns(string text)
    {
        var runs = new List<(int Start, int Length)>();
        Words.ScanInto(text, runs);
        return [.. runs.Select(r => text.Substring(r.Start, r.Length))];
    }

    /// <summary>Each word as it stands, in upper and lower case, capitalised, and with the last letter changed.</summary>
    private static IEnumerable<string> Spellings(string word)
    {
        yield return word;
        yield return word.ToUpperInvariant();
        yield return word.ToLowerInvariant();
        yield return char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
        yield return word[..^1] + (word[^1] == 'e' ? 'n' : 'e');
    }

    private static bool In(IEnumerable<string> set, string word) => set.Any(k => word.Equals(k, StringComparison.OrdinalIgnoreCase));

    /// <summary>A character the date regex (IgnoreCase, CultureInvariant) takes for an ASCII letter: the Kelvin sign for k.</summary>
    private static readonly System.Text.RegularExpressions.Regex AsciiLetterUnderIgnoreCase =
        new("^[a-z]$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Each bit's test by its definition, as the detectors made it before the classes.</summary>
    private static readonly (string Name, uint Bit, Func<string, bool> Holds)[] Definitions =
    [
        ("particle", WordClass.Particle, w => In(NameShapeDetector.Particles, w)),
        ("introducer", WordClass.Introducer, w => In(ThirdPersonDetector.Introducers, w)),
        ("honorific", WordClass.Honorific, w => In(Honorifics, w)),
        ("function word or term", WordClass.FunctionOrTerm, w => DomainWords.IsFunctionWordOrTerm(w)),
        ("short abbreviation", WordClass.ShortAbbreviation, w => w.Length <= 4 && w.Count(char.IsUpper) is var capitals && (capitals >= 2 || (capitals == 1 && !char.IsUpper(w[0])))),
        ("institution head", WordClass.InstitutionHead, w => In(InstitutionDetector.FirstWordSet, w)),
        ("mission", WordClass.Mission, w => In(Missions, w)),
        ("compound kind", WordClass.CompoundKind, w => w.Length >= 6 && InstitutionDetector.CompoundEnds.Any(k => w.Length >= k.Length + 3 && w.EndsWith(k, StringComparison.OrdinalIgnoreCase))),
        ("compound end", WordClass.CompoundEnd, w => In(InstitutionDetector.CompoundEnds, w)),
        // Session 18: "Limited" is the one longer legal form; a craftsman's business in "-erbetrieb" is a trade word.
        ("legal form start", WordClass.LegalFormStart, w => (w.Length <= 5 && (w.Any(c => c >= 128) || In(CompanyDetector.LegalFormStarts, w))) || w.Equals("limited", StringComparison.OrdinalIgnoreCase)),
        ("trade", WordClass.Trade, w => w.Length >= 3 && (CompanyDetector.TradeWords.Any(t => (w.Length == t.Length || (w.Length > t.Length + 2 && t != "reisen")) && w.EndsWith(t, StringComparison.OrdinalIgnoreCase)) ||
                                                         (w.Length >= 13 && w.EndsWith("erbetrieb", StringComparison.OrdinalIgnoreCase)))),
        // Session 18: weekdays, given-name elements and the street heads of StreetSuffixDetector (with the Low German "de").
        ("romance month", WordClass.RomanceMonth, w => w.Length is >= 3 and <= 12 && (w.Any(c => c is '\u017F' or '\u212A' or '\u0130' or '\u0131') ||
            BuiltInDetectors.RomanceMonthNames.Split('|').Any(m => w.Equals(m, StringComparison.OrdinalIgnoreCase)))),
        ("month ordinal", WordClass.MonthOrdinal, w => In(DateGapDetector.MonthOrdinalWords, w)), // session 21
        ("weekday", WordClass.Weekday, w => w is "Mo" or "Di" or "Mi" or "Do" or "Fr" or "Sa" or "So" || WeekdayDetector.Names.Any(n => w.Equals(n, StringComparison.OrdinalIgnoreCase))),
        ("given-name element", WordClass.GivenNameElement, w => GivenNameElementDetector.Elements.Any(e => w.Length >= e.Length + 2 && w.EndsWith(e, StringComparison.OrdinalIgnoreCase))),
        ("street head", WordClass.StreetHead, w => w.Equals("de", StringComparison.OrdinalIgnoreCase) || (w.Length <= NameFolding.MaxStackWord &&
            StreetSuffixDetector.Heads.Any(h => w.Length >= h.Length + 3 && w.ToLowerInvariant().EndsWith(h, StringComparison.Ordinal) && char.IsLetter(w.ToLowerInvariant()[^(h.Length + 1)])) &&
            !StreetSuffixDetector.NotStreets.Any(n => w.ToLowerInvariant().EndsWith(n, StringComparison.Ordinal)) &&
            !(new[] { "stich", "steige", "bogen", "reihe", "feld", "gang", "tief" }.Any(h => w.ToLowerInvariant().EndsWith(h, StringComparison.Ordinal)) && WordLists.IsWord(w)))), // session 20: guarded heads; session 23: the heads only in a word of none of the lists ("Mittelgang", "Sitzreihe")
        ("employer", WordClass.EmployerFirst, w => In(CompanyDetector.EmployerFirstWords, w)),
        ("brothers", WordClass.Brothers, w => In(["gebr", "gebrüder"], w)),
        ("number word", WordClass.NumberWord, w => w.Length >= 3 && In(SpokenNumberDetector.NumberWordList, w)),
        ("month name", WordClass.MonthName, w => w.Length is >= 3 and <= 9 && (w[0] >= 128 || "jfmasondJFMASOND".Contains(w[0])) &&
                                                 (w.Any(c => c >= 128 && AsciiLetterUnderIgnoreCase.IsMatch(c.ToString())) || Prefilters.IsMonthName(w))),
        ("foreign street word", WordClass.ForeignStreet, w => w.Length <= 12 && (Prefilters.ForeignStreetStemList.Contains(w) ||
                                                              (w.Length > 2 && w[^2..] is "no" or "No" or "NO" && Prefilters.ForeignStreetStemList.Contains(w[..^2])))),
    ];


    [Fact]
    [Trait("Rule", "P2")]
    public void Class_OfEveryWordInFiveSpellings_HasEachBitExactlyWhereItsTestHolds()
    {
        var probes = CorpusWords.Value.Concat(SetWords()).SelectMany(Spellings).Distinct(StringComparer.Ordinal).ToArray();
        probes.Length.ShouldBeGreaterThan(20_000);
        var mismatches = new List<string>();
        var held = new int[Definitions.Length];
        foreach (var word in probes)
        {
            var found = WordClass.Compute(word, memo: null);
            if ((found & WordClass.Classified) == 0 || (byte)found != WordLists.Flags(word))
            {
                mismatches.Add($"{word}: lexicon flags");
            }

            for (var d = 0; d < Definitions.Length; d++)
            {
                var (name, bit, holds) = Definitions[d];
                var expected = holds(word);
                held[d] += expected ? 1 : 0;
                if (((found & bit) != 0) != expected)
                {
                    mismatches.Add($"{word}: {name}");
                }
            }
        }

        mismatches.ShouldBeEmpty();
        for (var d = 0; d < Definitions.Length; d++)
        {
            held[d].ShouldBeGreaterThan(0, Definitions[d].Name); // every bit is exercised both ways
        }
    }

    private static readonly Pseudonymizer Pseudonymizer = new(TestKeys.Key());

    /// <summary>
    /// Notes where each bit decides in a detector: a compound end after names and a hyphen, a compound kind, a mission, an
    /// employer, a trade word, a firm of brothers, a legal form, an introducer, a particle (as the scrubber wrote them before
    /// the classes: the pins and corpora hold most, not the first).
    /// </summary>
    [Theory]
    [InlineData("Anmeldung an der Friedrich-Fröbel-Schule erfolgt.", "Anmeldung an der [Institution] erfolgt.")]
    [InlineData("Entlassung aus dem Kreiskrankenhaus Einbeck am Montag.", "Entlassung aus dem [Institution] am Montag.")]
    [InlineData("Termin beim Konsulat der Ukraine in Frankfurt am Main.", "Termin beim [Institution].")]
    [InlineData("Bewerbung bei Lidl Nord und Tischlerei Kranz, Gebr. Zubizarreta und Schmitz GmbH.", "Bewerbung bei [Firma] und [Firma], [Firma] und [Firma].")]
    [InlineData("Herr von der Leyen und Frau Dr. Bruder kamen mit Anna.", "Herr [Person 2] und Frau Dr. [Person 3] kamen mit [Person 1].")]
    [Trait("Rule", "P2")]
    public void Scrubber_WhereEachBitDecides_WritesWhatItWroteBeforeTheClasses(string note, string expected) =>
        new TextScrubber().Scrub(note, new ScrubContext(Pseudonymizer, "P1", -21, null, null)).ShouldBe(expected);

    [Fact]
    [Trait("Rule", "P2")]
    public void Memo_AnswersAsTheComputation_FirstTimeAndRemembered()
    {
        // One memo for every probe, twice over: the first pass fills and overwrites slots, the second is answered from them
        // where a word holds its slot (words longer than a slot are computed each time).
        var memo = new WordClassMemo();
        var lexicon = new LexiconMemo();
        var probes = CorpusWords.Value.Concat(SetWords()).SelectMany(Spellings).Append(new string('a', 30)).Append("Bewerbungsunterlagenvereinbarung").ToArray();
        var mismatches = new List<string>();
        foreach (var word in probes.Concat(probes))
        {
            if (memo.Get(word, lexicon) != WordClass.Compute(word, memo: null))
            {
                mismatches.Add(word);
            }
        }

        mismatches.ShouldBeEmpty();
    }

    private static readonly string[] Pieces =
    [
        " ", " ", " ", "  ", "-", ".", ",", "'", "(", ")", ":", "1", "42", "\n", "&",
        "Anna", "anna", "ANNA", "Meier", "von", "der", "Van", "al", "Herr", "Frau", "Dr", "Kollegen", "Schwester", "Gebr", "GmbH", "e", "V",
        "Bewerbungsunterlagen", "Termin", "Jobcenter", "Kreiskrankenhaus", "Schule", "Botschaft", "Tischlerei", "Lidl", "Deutsche", "Post", "AOK",
        "Müller", "MÜLLER", "straße", "Ärztin", "ß", "\u212A", "x", "A", "PA", "\uE001", "\uE002", "\uE000",
    ];

    [Property(MaxTest = 1500)]
    [Trait("Rule", "P2")]
    public Property CarriedClasses_AfterReplacements_AreThoseOfAFreshClassification()
    {
        // Up to three rounds of random spans replaced by one placeholder each, with some classes asked before each round
        // (a class kept for a word the replacement did not touch, found anew for a cut one): the carried table's classes
        // of all words and of the letter words are the classes of the new text's words.
        var input = (from parts in Gen.Elements(Pieces).ListOf()
                     from cuts in Gen.Choose(0, 1000).ListOf()
                     from looks in Gen.Choose(0, 7)
                     select (Text: string.Concat(parts), Cuts: cuts, Looks: looks)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var table = new WordTable();
            var text = x.Text;
            var cuts = new Queue<int>(x.Cuts);
            for (var round = 0; round < 3; round++)
            {
                var words = table.All(text);
                for (var i = x.Looks % 3; i < words.Length; i += 1 + x.Looks)
                {
                    _ = table.Class(text, i);
                }

                if (x.Looks % 2 == 0)
                {
                    _ = table.LetterClasses(text);
                }

                var spans = WordTableTests.Spans(text, cuts);
                text = WordTableTests.Replaced(text, spans);
                table.Carry(spans);
                if (x.Looks > 4)
                {
                    spans = WordTableTests.Spans(text, cuts);
                    text = WordTableTests.Replaced(text, spans);
                    table.Carry(spans);
                }

                if (Mismatch(table, text) is { } mismatch)
                {
                    return false.Label($"round {round}: {mismatch}");
                }
            }

            return true.ToProperty();
        });
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void LatinLetters_ForEveryCharacterBelowU0100_IsTheLetterTest()
    {
        var wrong = new List<int>();
        for (var c = 0; c < 0x100; c++)
        {
            var bits = WordTable.LatinLetters(System.Runtime.Intrinsics.Vector128.Create((ushort)c));
            var wide = WordTable.LatinLetters(System.Runtime.Intrinsics.Vector256.Create((ushort)c));
            if (bits != (Words.IsLetter((char)c) ? 0xFFu : 0u) || wide != (Words.IsLetter((char)c) ? 0xFFFFu : 0u))
            {
                wrong.Add(c);
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Scan_ForEveryCodeUnitInEveryPlaceOfABlock_FindsTheWordsOfTheCharacterScan()
    {
        // Every UTF-16 code unit at each place of the blocks the scan reads at once (and in the tail after them), between letters,
        // spaces, umlauts and placeholders: the table's words are those of the one-by-one scan. The first text has a placeholder
        // in its first block (read character by character); the second (session 13) has ASCII and Latin-1 characters only, so
        // that sixteen-character blocks run one after another through the vector path with words open across the 16th and 32nd.
        var mismatches = new List<string>();
        mismatches.AddRange(ScanMismatches("Ab cdé\uE001fgh ijklmnöp qr-stuv wxyzÄÖÜß 12 Tür", [0, 2, 7, 8, 15, 16, 23, 40, 42]));
        mismatches.AddRange(ScanMismatches("Abcdefgh ijklmnopqrstuv wxyzäöü Tür-Straße okay 12 abcdefghijklmnop", [0, 15, 16, 17, 31, 32, 33, 47, 48]));
        mismatches.ShouldBeEmpty();
    }

    /// <summary>Each code unit at each of <paramref name="places"/> of <paramref name="text"/>: where the table's words differ from the character scan's.</summary>
    private static List<string> ScanMismatches(string text, int[] places)
    {
        var table = new WordTable();
        var mismatches = new List<string>();
        var buffer = text.ToCharArray();
        var expected = new List<(int Start, int Length)>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var place in places)
            {
                var original = buffer[place];
                buffer[place] = (char)c;
                var probe = new string(buffer);
                buffer[place] = original;
                expected.Clear();
                Words.ScanInto(probe, expected, includePlaceholders: true);
                table.Invalidate();
                if (!table.All(probe).SequenceEqual(CollectionsMarshal(expected)))
                {
                    mismatches.Add($"U+{c:X4} at {place} of \"{text[..8]}…\"");
                }
            }
        }

        return mismatches;
    }

    private static ReadOnlySpan<(int Start, int Length)> CollectionsMarshal(List<(int Start, int Length)> list) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list);

    private static readonly string Alphabet = "aZz ä.ÄßÿÀ×÷ªµº-1\n\uE000\uE123\u0100\u0391\u212A\uD835\uDC00\u00A0";

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property Scan_OfAnyText_FindsTheWordsOfTheCharacterScan() =>
        Prop.ForAll(Gen.Elements(Alphabet.ToCharArray()).ListOf().Select(cs => new string([.. cs])).ToArbitrary(), text =>
        {
            var expected = new List<(int Start, int Length)>();
            Words.ScanInto(text, expected, includePlaceholders: true);
            var table = new WordTable();
            return table.All(text).SequenceEqual(CollectionsMarshal(expected));
        });

    /// <summary>The first difference between the table's classes and a fresh classification of <paramref name="text"/>, or null.</summary>
    private static string? Mismatch(WordTable table, string text)
    {
        var all = new List<(int Start, int Length)>();
        Words.ScanInto(text, all, includePlaceholders: true);
        var expected = all.Select(w => WordClass.Compute(text.AsSpan(w.Start, w.Length), memo: null)).ToArray();
        if (!table.Classes(text).SequenceEqual(expected))
        {
            return "classes differ";
        }

        var letters = all.Select((w, i) => (Word: w, Class: expected[i])).Where(p => !Words.IsPlaceholder(text[p.Word.Start])).ToArray();
        if (!table.LetterClasses(text).SequenceEqual(letters.Select(p => p.Class).ToArray()) ||
            !table.Letters(text).SequenceEqual(letters.Select(p => p.Word).ToArray()))
        {
            return "letter classes differ";
        }

        for (var i = 0; i < all.Count; i++)
        {
            if (table.Class(text, i) != expected[i] || table.LexiconFlags(text, i) != (byte)expected[i])
            {
                return $"class of word {i} differs";
            }
        }

        return null;
    }
}
