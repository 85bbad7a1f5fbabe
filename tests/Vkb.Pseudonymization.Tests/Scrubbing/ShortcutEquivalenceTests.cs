using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The speed shortcuts of session 7 change no output: each is compared with the slow form it stands for, for every
/// UTF-16 code unit where a character decides, and on generated input.
/// </summary>
public class ShortcutEquivalenceTests
{
    private static readonly PseudonymizationKey Key = TestKeys.Key();
    private static readonly Pseudonymizer Pseudonymizer = new(Key);

    private static ScrubContext Context() =>
        new(Pseudonymizer, "P1", -21, new NodaTime.LocalDate(1984, 7, 12), new NodaTime.LocalDate(2025, 4, 1));

    /// <summary>
    /// The dates-in-words windows open only at words that are month names or hold a character the regex takes for an
    /// ASCII letter: every code unit in turn in every place of month names that together hold every letter of the
    /// month names (and in the day before them), beside the bare regex's matches.
    /// </summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void DatesInWords_ForEveryCharacterInEveryPlaceOfAMonth_FindAsTheirRegex()
    {
        var detector = new TextScrubber().Detectors.OfType<RegexDetector>().Single(d => d.Name == "date" && d.Regex.ToString().Contains("zwölft", StringComparison.Ordinal));
        var context = Context();
        string[] months = ["Januar", "Februar", "März", "April", "August", "Oktober", "Dezember", "November", "Maerz", "Sept", "Mrz"];
        var shapes = months.SelectMany(month => Enumerable.Range(0, month.Length).Select(i => "am 16. " + month[..i] + "{0}" + month[(i + 1)..] + " 2024"))
            .Append("am 1{0}. Mai 2024").Append("{0}16. Mai").ToArray();
        ShouldFindAsTheRegex(detector, context, shapes);
    }

    /// <summary>
    /// The IBAN windows open only where eight group characters follow the check digits: every code unit in turn in the
    /// places of the groups, the separators and the country, beside the bare regex's matches.
    /// </summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void Iban_ForEveryCharacterInEveryPlace_FindsAsItsRegex()
    {
        var detector = new TextScrubber().Detectors.OfType<RegexDetector>().Single(d => d.Name == "iban");
        var context = Context();
        string[] shapes =
        [
            "DE89{0}3704 0044 0532 0130 00", "DE89 3{0}04 0044 0532 0130 00", "DE89 370{0} 0044", "DE89 3704{0}0044 0532", "DE89 3704 004{0}",
            "de 89 37{0}4 0044 0532", "D{0}89 3704 0044 0532 0130 00", "am 12{0}03.2024", "DE8937040044053201300{0}", "DE8937040044{0}", "DE893704004{0}",
        ];
        ShouldFindAsTheRegex(detector, context, shapes);
    }

    /// <summary>Every UTF-16 code unit in the place of "{0}" in every shape: the prefiltered search finds what the bare regex finds.</summary>
    private static void ShouldFindAsTheRegex(RegexDetector detector, ScrubContext context, string[] shapes)
    {
        var byHand = new List<TextMatch>();
        var bare = new List<TextMatch>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var shape in shapes)
            {
                var text = shape.Replace("{0}", ((char)c).ToString(), StringComparison.Ordinal);
                byHand.Clear();
                bare.Clear();
                detector.Detect(text, context, byHand);
                detector.DetectUnfiltered(text, context, bare);
                if (!byHand.SequenceEqual(bare))
                {
                    throw new Xunit.Sdk.XunitException($"{detector.Name} differs from its regex for U+{c:X4} in \"{shape}\"");
                }
            }
        }
    }

    private static readonly RegexDetector Street = new TextScrubber().Detectors.OfType<RegexDetector>().First(d => d.Name == "streetAddress"); // the German street pattern with its hand matcher (the streets abroad and the abbreviated ones follow it)

    /// <summary>Every match of the street matcher from the start, each search after the last match, as the regex enumerates them.</summary>
    internal static string? StreetMismatch(string text)
    {
        var byHand = new List<(int, int)>();
        for (var (index, length) = StreetMatcher.Match(text, 0); index >= 0; (index, length) = StreetMatcher.Match(text, index + length))
        {
            byHand.Add((index, length));
        }

        var bare = new List<(int, int)>();
        foreach (var match in Street.Regex.EnumerateMatches(text))
        {
            bare.Add((match.Index, match.Length));
        }

        return byHand.SequenceEqual(bare) ? null : $"by hand [{string.Join(", ", byHand)}], regex [{string.Join(", ", bare)}]";
    }

    /// <summary>
    /// The street matcher reads every character as the regex does: each UTF-16 code unit in turn in every place of address
    /// shapes that pass through every alternative of the regex (prefix, street word with article, name and street word,
    /// adjective, title and suffix, compound suffix, number pair, letter, unit, year), beside the regex's matches.
    /// </summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void StreetMatcher_ForEveryCharacterInEveryPlace_MatchesAsItsRegex()
    {
        string[] shapes =
        [
            "An der Mühle 5a", "Straße des Sieges 4", "Torf Steig 71/9", "Kleine Fischerstr. 7 b", "Dr.-Külz-Ring 12", "Lindenpark 3 / 4", "Beim Zollhaus 8",
            "Am Tag 3", "Hofweg 45 Min", "Markt 1990", "Alter Kamp-Grund 2", "x Allee 1 %",
        ];
        foreach (var shape in shapes)
        {
            for (var i = 0; i <= shape.Length; i++)
            {
                for (var c = 0; c <= char.MaxValue; c++)
                {
                    var text = string.Concat(shape.AsSpan(0, i), ((char)c).ToString(), shape.AsSpan(Math.Min(shape.Length, i + 1)));
                    if (StreetMismatch(text) is { } mismatch)
                    {
                        throw new Xunit.Sdk.XunitException($"street matcher differs from its regex for U+{c:X4} at {i} in \"{shape}\": {mismatch}");
                    }
                }
            }
        }
    }

    private static readonly string[] StreetPieces =
    [
        " ", "  ", "\t", "\u00A0", "-", ".", "/", ",", "%", "€", "1", "12", "123", "1234", "12345", "1990", "2024", "19", "20", "\u0663", "a", "B", "k", "\u212A", "\u017F", "ß", "\u1E9E",
        "Am", "am", "AM", "An der", "an den", "Auf dem", "Im", "In der", "Unter den", "Hinter der", "Vor dem", "Zum", "Zur", "Alte", "Alter", "Neue", "Große", "GROSSE", "Kleine", "Beim", "beim", "ÜBERM",
        "Montag", "Tag", "Tage", "Ende", "Jahr", "Straße", "STRASSE", "Strasse", "Platz", "Ring", "der", "des", "Der", "Jugend", "Weg", "WEG", "weg", "Steig", "Anger", "Markt",
        "str.", "Str.", "straße", "gasse", "hof", "Hof", "Berg", "Linden", "park", "zeile", "grund", "brücke", "Obere", "Neuen", "Adresse", "anschrift", "ihre", "Dr.-", "St.-",
        "Minuten", "Min", "Uhr", "km", "\u212Am", "Euro", "mal", "a", "b", "x", "Ä", "ü", "\u200C", "\u200D", "_", "\u0301", "\uE001",
    ];

    [Property(MaxTest = 5000)]
    [Trait("Rule", "P2")]
    public Property StreetMatcher_OnAddressLikeText_MatchesAsItsRegex() =>
        Prop.ForAll(
            Gen.Elements(StreetPieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            text => StreetMismatch(text) is not { } mismatch ? true.ToProperty() : false.Label(mismatch));

    [Fact]
    [Trait("Rule", "P2")]
    public void StreetMatcher_OnGeneratedNotesAndTheIndependentCorpora_MatchesAsItsRegex()
    {
        var notes = new Vkb.Synthetic.ExtractGenerator(Vkb.Synthetic.ExtractShape.Small.WithRecords(300), seed: 11).Generate()
            .SelectMany(r => System.Text.Json.JsonDocument.Parse(r.Json).RootElement.GetProperty("events").EnumerateArray())
            .Select(e => e.GetProperty("note").GetString() ?? string.Empty)
            .Concat(CorpusTexts())
            .ToList();
        notes.Count.ShouldBeGreaterThan(1000);
        foreach (var note in notes)
        {
            StreetMismatch(note).ShouldBeNull();
        }
    }

    /// <summary>Every text file of the independent corpora in the test project (their notes and sentences, line by line).</summary>
    private static IEnumerable<string> CorpusTexts()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Corpora");
        return Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*.jsonl", SearchOption.AllDirectories).SelectMany(File.ReadLines)
            : [];
    }
}
