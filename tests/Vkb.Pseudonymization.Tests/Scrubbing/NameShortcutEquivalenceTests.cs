using System.Collections.Frozen;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The speed shortcuts of the name detectors (session 8) change no output: the lexicon memo by the word as it stands
/// and its compound answers against the lexicon and <see cref="NameShapeDetector.IsCompound(ReadOnlySpan{char})"/>
/// without a memo, the first-and-last-letter filter of <see cref="PairShapes"/> against the case-insensitive sets it
/// stands in front of, and the trade words' filters of three and four letters against the suffix search over all
/// trade words; for every UTF-16 code unit where a character decides, and on the words of generated notes and the
/// independent corpora.
/// </summary>
public class NameShortcutEquivalenceTests
{
    /// <summary>The distinct words of 300 generated records' notes and of the independent corpora, as they stand.</summary>
    private static readonly Lazy<string[]> CorpusWords = new(() =>
    {
        var notes = new Vkb.Synthetic.ExtractGenerator(Vkb.Synthetic.ExtractShape.Small.WithRecords(300), seed: 11).Generate()
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

    /// <summary>Each word as it stands, in upper and lower case, capitalised, and with a letter changed (another word of the same length).</summary>
    private static IEnumerable<string> Spellings(string word)
    {
        yield return word;
        yield return word.ToUpperInvariant();
        yield return word.ToLowerInvariant();
        yield return char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
        yield return word[..^1] + (word[^1] == 'e' ? 'n' : 'e');
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void LexiconMemo_ByTheWordAsItStands_AnswersAsTheLexiconWithoutMemo()
    {
        // One memo for every word of the corpora in five spellings, twice over: the first pass fills and overwrites the
        // slots, the second is answered from them where the word holds its slot.
        var memo = new LexiconMemo();
        var lexicon = WordLists.Lexicon;
        var probes = CorpusWords.Value.SelectMany(Spellings).ToArray();
        probes.Length.ShouldBeGreaterThan(20_000);
        var mismatches = new List<string>();
        foreach (var word in probes.Concat(probes))
        {
            if (lexicon.Flags(word, memo) != lexicon.Flags(word))
            {
                mismatches.Add(word);
            }
        }

        mismatches.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void CompoundAnswer_FromTheMemo_IsTheCompoundTestWithoutMemo()
    {
        // The word table asks the memo for the words of each text in turn; every answer, first or remembered, is the
        // pure test's. Words of seven letters or more in five spellings, twice over, twenty to a text.
        var table = new WordTable();
        var compounds = new Dictionary<string, bool>(StringComparer.Ordinal);
        var probes = CorpusWords.Value.Where(w => w.Length >= 5).SelectMany(Spellings).ToArray();
        var found = 0;
        var mismatches = new List<string>();
        foreach (var chunk in probes.Concat(probes).Chunk(20))
        {
            var text = string.Join(" ", chunk);
            table.Invalidate();
            var words = table.All(text).ToArray();
            for (var i = 0; i < words.Length; i++)
            {
                var word = text.Substring(words[i].Start, words[i].Length);
                table.LexiconFlags(text, i); // the slot is taken by the lexicon's answer first, as the detector asks
                var compound = table.IsCompound(text, i, compounds);
                found += compound ? 1 : 0;
                if (compound != NameShapeDetector.IsCompound(word))
                {
                    mismatches.Add(word);
                }
            }
        }

        mismatches.ShouldBeEmpty();
        found.ShouldBeGreaterThan(1000); // the corpora hold compounds, so both answers are exercised
    }

    /// <summary>The case-insensitive sets a <see cref="PairShapes"/> filter stands in front of.</summary>
    public static TheoryData<string> FilteredSets() => new(["particles", "introducers", "institutions", "employers", "legalForms"]);

    private static FrozenSet<string> Keys(string set) => set switch
    {
        "particles" => NameShapeDetector.Particles,
        "introducers" => ThirdPersonDetector.Introducers,
        "institutions" => InstitutionDetector.FirstWordSet,
        "employers" => CompanyDetector.EmployerFirstWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        _ => CompanyDetector.LegalFormStarts,
    };

    [Theory]
    [MemberData(nameof(FilteredSets))]
    [Trait("Rule", "P2")]
    public void PairShapes_ForEveryCharacterInEveryPlaceTheFilterReads_PassesEveryWordInTheSet(string set)
    {
        // The filter reads the first two and the last character and the length: every UTF-16 code unit in each of
        // those places of every key (in three casings) gives a word the filter must pass whenever the set holds it.
        var keys = Keys(set);
        var shapes = new PairShapes(keys);
        var lookup = keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var missed = new List<string>();
        foreach (var key in keys.SelectMany(k => new[] { k, k.ToUpperInvariant(), char.ToUpperInvariant(k[0]) + k[1..] }))
        {
            var word = key.ToCharArray();
            foreach (var place in new[] { 0, 1, key.Length - 1 }.Where(p => p >= 0 && p < key.Length).Distinct())
            {
                var original = word[place];
                for (var c = 0; c <= char.MaxValue; c++)
                {
                    word[place] = (char)c;
                    if (!shapes.MayEqual(word) && lookup.Contains(word))
                    {
                        missed.Add(new string(word));
                    }
                }

                word[place] = original;
            }
        }

        missed.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(FilteredSets))]
    [Trait("Rule", "P2")]
    public void PairShapes_OnTheCorpusWords_RulesOutOnlyWordsOutsideTheSet(string set)
    {
        var keys = Keys(set);
        var shapes = new PairShapes(keys);
        var lookup = keys.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        var words = CorpusWords.Value.SelectMany(Spellings).Concat(keys.SelectMany(Spellings)).ToArray();
        words.Where(w => !shapes.MayEqual(w) && lookup.Contains(w)).ShouldBeEmpty();
        words.Count(w => !shapes.MayEqual(w)).ShouldBeGreaterThan(words.Length / 2); // it does rule out most words
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void NoCharacterOutsideAscii_EqualsAnAsciiLetter_UnderOrdinalIgnoreCase()
    {
        // What the letter filters rely on (PairShapes, the trade words' triples and quadruples): every code unit beside
        // every ASCII letter, in both orders of the comparison.
        var equal = new List<int>();
        Span<char> left = stackalloc char[1];
        Span<char> right = stackalloc char[1];
        for (var c = 128; c <= char.MaxValue; c++)
        {
            left[0] = (char)c;
            foreach (var letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
            {
                right[0] = letter;
                if (left.Equals(right, StringComparison.OrdinalIgnoreCase) || right.Equals(left, StringComparison.OrdinalIgnoreCase))
                {
                    equal.Add(c);
                }
            }
        }

        equal.ShouldBeEmpty();
    }

    /// <summary>The trade-word test by its definition: the word is a trade word or ends in one after at least three letters.</summary>
    private static bool IsTradeWordSlow(string word) =>
        word.Length >= 3 && (CompanyDetector.TradeWords.Any(t => (word.Length == t.Length || (word.Length > t.Length + 2 && t != "reisen")) && word.EndsWith(t, StringComparison.OrdinalIgnoreCase)) ||
                             (word.Length >= 13 && word.EndsWith("erbetrieb", StringComparison.OrdinalIgnoreCase))); // session 18: a craftsman's business; session 20: "Reisen" ends no compound

    [Fact]
    [Trait("Rule", "P2")]
    public void TradeWord_ForEveryLetterInEachOfTheLastFourPlaces_IsTheSuffixSearch()
    {
        // Every trade word after a few modifiers, each of its last four characters replaced by every ASCII character and
        // the non-ASCII look-alikes: the filters of three and four letters decide there.
        var modifiers = new[] { "", "x", "Neu", "Möbel", "AUTO" };
        var characters = Enumerable.Range(0, 128).Select(c => (char)c).Concat("äöüÄÖÜßéÉ\u212A\u017F\u0130\u0131").ToArray();
        var mismatches = new List<string>();
        foreach (var trade in CompanyDetector.TradeWords)
        {
            foreach (var modifier in modifiers)
            {
                var word = (modifier + trade).ToCharArray();
                for (var place = Math.Max(0, word.Length - 4); place < word.Length; place++)
                {
                    var original = word[place];
                    foreach (var c in characters)
                    {
                        word[place] = c;
                        var probe = new string(word);
                        if (CompanyDetector.IsTradeWord(probe) != IsTradeWordSlow(probe))
                        {
                            mismatches.Add(probe);
                        }
                    }

                    word[place] = original;
                }
            }
        }

        mismatches.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void TradeWord_OnTheCorpusWords_IsTheSuffixSearch()
    {
        var words = CorpusWords.Value.SelectMany(Spellings).Where(w => w.Length >= 3).ToArray();
        words.Where(w => CompanyDetector.IsTradeWord(w) != IsTradeWordSlow(w)).ShouldBeEmpty();
        words.Count(w => CompanyDetector.IsTradeWord(w)).ShouldBeGreaterThan(10);
    }

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property TradeWord_OnWordsEndingLikeTradeWords_IsTheSuffixSearch() =>
        Prop.ForAll(
            (from stem in Gen.Elements("", "a", "Neu", "Groß", "KFZ", "Bewerbungs", "x\u212A")
             from trade in Gen.Elements(CompanyDetector.TradeWords.ToArray())
             from cut in Gen.Choose(0, 5)
             from tail in Gen.Elements("", "e", "n", "s", "ung", "ion", "en", "er", "ei", "au", "\u017F", "É")
             from casing in Gen.Elements(0, 1, 2)
             let word = stem + trade[Math.Min(cut, trade.Length - 1)..] + tail
             select casing == 1 ? word.ToUpperInvariant() : casing == 2 ? word.ToLowerInvariant() : word).ToArbitrary(),
            word => CompanyDetector.IsTradeWord(word) == IsTradeWordSlow(word));

    [Fact]
    [Trait("Rule", "P2")]
    public void InstitutionHeads_ByFirstWord_AreEveryHeadThatCanMatchThere_InTheirOrder()
    {
        // The detector tries at a word only the heads filed under it: they must be exactly the heads (names, kinds) whose
        // first word equals the word in any case, in the order of all heads (the longest match wins; ties by order).
        var (allNames, allKinds) = InstitutionDetector.AllHeads;
        var words = CorpusWords.Value.Concat(InstitutionDetector.FirstWordSet).SelectMany(Spellings).Distinct(StringComparer.Ordinal).ToArray();
        var mismatches = new List<string>();
        foreach (var word in words)
        {
            var (names, kinds) = InstitutionDetector.HeadsStartingWith(word);
            if (!names.SequenceEqual(allNames.Where(h => h[0].Equals(word, StringComparison.OrdinalIgnoreCase))) ||
                !kinds.SequenceEqual(allKinds.Where(h => h[0].Equals(word, StringComparison.OrdinalIgnoreCase))))
            {
                mismatches.Add(word);
            }
        }

        mismatches.ShouldBeEmpty();
        words.Count(w => InstitutionDetector.HeadsStartingWith(w).Kinds.Length > 0).ShouldBeGreaterThan(100);
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void KeyShapes_ForEveryCharacterAtTheEndOrBeforeAnInflection_PassesEveryWordWithAKey()
    {
        // Keys of four capitalised corpus words at a time (both foldings, as a record's names are kept), 300 words in all;
        // probes are those words with their last character, or the one before an appended inflection "s", replaced by
        // every code unit up to U+024F and the look-alikes: whenever a folding of the probe (or of the probe without its
        // "s") is a key, the filter passes it.
        var names = CorpusWords.Value.Where(w => w.Length >= 3 && char.IsUpper(w[0])).Take(300).ToArray();
        var characters = Enumerable.Range(0, 0x250).Select(c => (char)c).Concat("\u212A\u017F\u1E9E\u0130\u0131").ToArray();
        var missed = new List<string>();
        var ruledOut = 0;
        foreach (var record in names.Chunk(4))
        {
            var keys = record.SelectMany(n => NameFolding.Keys(n)).ToHashSet(StringComparer.Ordinal);
            var shapes = new KeyShapes();
            foreach (var key in keys)
            {
                shapes.Add(key);
            }

            bool HasKey(string word) =>
                NameFolding.Keys(word).Any(keys.Contains) ||
                (word.Length > 3 && word[^1] is 's' or 'S' && NameFolding.Keys(word.AsSpan(0, word.Length - 1)).Any(keys.Contains));

            foreach (var name in record)
            {
                foreach (var (stem, place) in new[] { (name, name.Length - 1), (name + "s", name.Length - 1) })
                {
                    var word = stem.ToCharArray();
                    foreach (var c in characters)
                    {
                        word[place] = c;
                        var probe = new string(word);
                        if (!shapes.MayMatch(probe))
                        {
                            ruledOut++;
                            if (HasKey(probe))
                            {
                                missed.Add(probe);
                            }
                        }
                    }
                }
            }
        }

        missed.ShouldBeEmpty();
        ruledOut.ShouldBeGreaterThan(names.Length * 20); // the last letter does rule words out
    }
}
