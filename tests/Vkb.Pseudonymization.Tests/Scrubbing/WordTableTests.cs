using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The word table the word-level detectors share gives the answers each detector used to find for itself: the
/// words with and without placeholders of a fresh scan (<see cref="Words"/>), the lexicon flags of
/// <see cref="WordLists.Flags"/> and <see cref="NameShapeDetector.Caseless"/>, also after replacements carried
/// over instead of scanning again.
/// </summary>
public class WordTableTests
{
    private static readonly string[] Pieces =
    [
        " ", " ", " ", "  ", "-", ".", ",", "'", "\u2019", "(", ")", ":", "1", "42", "\n", "\u00A0",
        "Anna", "anna", "ANNA", "Meier", "von", "der", "Van", "al", "Herr", "Frau", "Dr", "Kollegen", "Schwester",
        "Bewerbungsunterlagen", "Termin", "termin", "Jobcenter", "Kd", "erschwert", "Müller", "MÜLLER", "straße", "Ärztin",
        "ß", "\u1E9E", "\u212A", "\u01C5", "İ", "é", "Ωmega", "\uD835\uDC00", "x", "A", "o", "\uE001", "\uE002", "\uE000",
    ];

    private static Arbitrary<string> Texts() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 2000)]
    [Trait("Rule", "P2")]
    public Property FreshTable_GivesTheWordsFlagsAndCaseOfTheOldLookups() =>
        Prop.ForAll(Texts(), text => Mismatch(new WordTable(), text) is null);

    [Property(MaxTest = 2000)]
    [Trait("Rule", "P2")]
    public Property CarriedTable_AfterReplacements_EqualsAFreshScan()
    {
        // Up to three rounds of random spans replaced by one placeholder each (never across a placeholder, as the
        // scrubber applies them), one to five replacements a round, with some flags looked up before each round: the
        // carried table, its flags and its caselessness must be those of the new text.
        var input = (from text in Texts().Generator
                     from cuts in Gen.Choose(0, 1000).ListOf()
                     from looks in Gen.Choose(0, 7)
                     select (Text: text, Cuts: cuts, Looks: looks)).ToArbitrary();
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
                    _ = table.LexiconFlags(text, i);
                }

                _ = x.Looks % 2 == 0 && table.Caseless(text);
                var spans = Spans(text, cuts);
                text = Replaced(text, spans);
                table.Carry(spans);
                for (var more = 0; more < x.Looks % 3 * (1 + (x.Looks / 3)); more++)
                {
                    // Up to four more replacements before anyone reads the table (carried in turn, or the table forgotten).
                    spans = Spans(text, cuts);
                    text = Replaced(text, spans);
                    table.Carry(spans);
                }

                if (Mismatch(table, text) is { } mismatch)
                {
                    return false.Label($"round {round}, {spans.Count} spans: {mismatch}");
                }
            }

            return true.ToProperty();
        });
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void CarriedTable_CutsTheReplacedWordAndShiftsTheRest()
    {
        var table = new WordTable();
        const string text = "Frau Anna Meier-Schulz ruft an";
        table.All(text).Length.ShouldBe(6);
        _ = table.LexiconFlags(text, 5); // "an": kept across the carry
        table.Carry([(5, 4), (10, 8)]); // "Anna", "Meier-Sc"
        var after = Replaced(text, [(5, 4), (10, 8)]);
        after.ShouldBe("Frau \uE000 \uE000hulz ruft an");
        Mismatch(table, after).ShouldBeNull();
        table.Letters(after).ToArray().ShouldBe([(0, 4), (8, 4), (13, 4), (18, 2)]);
    }

    private static readonly string[] CompoundPieces =
    [
        "bewerbung", "s", "unterlagen", "Termin", "VEREINBARUNG", "haus", "mann", "arzt", "ärztin", "Straße", "STRASSE", "berg",
        "kunde", "gespräch", "nachweis", "x", "qq", "\u212A", "İ", "ß",
    ];

    [Property(MaxTest = 300)]
    [Trait("Rule", "P2")]
    public Property CompoundMemo_AnswersAsTheSearch()
    {
        // One memo across many words, as a workspace keeps it across notes: each answer equals the search's.
        var words = Gen.Elements(CompoundPieces).NonEmptyListOf().Select(parts => string.Concat(parts)).ListOf();
        return Prop.ForAll(words.ToArbitrary(), list =>
        {
            var memo = new Dictionary<string, bool>(StringComparer.Ordinal);
            // Each word, its neighbour with another last letter, again, and in capitals.
            var variants = list.SelectMany(w => new[] { w, w[..^1] + "x", w[..^1] + "n" }).ToList();
            return variants.Concat(variants).Concat(variants.Select(w => w.ToUpperInvariant())).All(word =>
                NameShapeDetector.IsCompound(word, memo) == NameShapeDetector.IsCompound(word));
        });
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void CompoundMemo_KeepsEachWordsOwnAnswer()
    {
        var memo = new Dictionary<string, bool>(StringComparer.Ordinal);
        NameShapeDetector.IsCompound("Bewerbungsunterlagen", memo).ShouldBeTrue();
        NameShapeDetector.IsCompound("Bewerbungsunterlagex", memo).ShouldBeFalse();
        NameShapeDetector.IsCompound("BEWERBUNGSUNTERLAGEN", memo).ShouldBeTrue();
        memo.Count.ShouldBe(2);
    }

    /// <summary>The first difference between the table and a fresh scan of <paramref name="text"/>, or null.</summary>
    private static string? Mismatch(WordTable table, string text)
    {
        var all = new List<(int Start, int Length)>();
        Words.ScanInto(text, all, includePlaceholders: true);
        if (!table.All(text).SequenceEqual(all.ToArray()))
        {
            return "words with placeholders differ";
        }

        var letters = new List<(int Start, int Length)>();
        foreach (var word in Words.Of(text))
        {
            letters.Add(word);
        }

        if (!table.Letters(text).SequenceEqual(letters.ToArray()))
        {
            return "letter words differ";
        }

        for (var i = 0; i < all.Count; i++)
        {
            if (table.LexiconFlags(text, i) != WordLists.Flags(text.AsSpan(all[i].Start, all[i].Length)))
            {
                return $"flags of word {i} differ";
            }
        }

        return table.Caseless(text) != NameShapeDetector.Caseless(text) ? "caselessness differs" : null;
    }

    /// <summary>Spans of <paramref name="text"/> in order, not overlapping, none containing a placeholder.</summary>
    internal static List<(int Start, int Length)> Spans(string text, Queue<int> cuts)
    {
        var spans = new List<(int Start, int Length)>();
        var position = 0;
        while (cuts.Count > 0 && spans.Count < 5 && position < text.Length)
        {
            var cut = cuts.Dequeue();
            var start = position + (cut % (text.Length - position));
            var length = Math.Min(1 + (cut / 7 % 12), text.Length - start);
            if (text.AsSpan(start, length).IndexOfAnyInRange(TextScrubber.FirstPlaceholder, TextScrubber.LastPlaceholder) < 0)
            {
                spans.Add((start, length));
            }

            position = start + length + (cut % 3);
        }

        return spans;
    }

    internal static string Replaced(string text, List<(int Start, int Length)> spans)
    {
        var replaced = new System.Text.StringBuilder();
        var at = 0;
        foreach (var (start, length) in spans)
        {
            replaced.Append(text, at, start - at).Append('\uE000');
            at = start + length;
        }

        return replaced.Append(text, at, text.Length - at).ToString();
    }
}
