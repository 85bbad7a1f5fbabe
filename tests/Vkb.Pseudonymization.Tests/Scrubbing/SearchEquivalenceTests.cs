using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shortcuts of the scrubber's hot paths find exactly what the slow forms find: the lexicon's in-place folding
/// and hashing against a set of lower-cased strings, and the legal-form search at candidate positions against a scan
/// of the whole text, on text mixed from the pieces that matter and Unicode look-alikes (Kelvin sign, long s, dotted
/// capital I, capital sharp s, a surrogate pair).
/// </summary>
public class SearchEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        "GmbH", "gmbh", "GMBH", "gGmbH", "mbH", "AG", "ag", "KG", "KGaA", "OHG", "UG", "UG (haftungsbeschränkt)", "GbR", "e.", "e. K.",
        "e.Kfm.", "e. V.", "eG", "SE", "se", "Ltd", "Ltd.", "& Söhne", "&Sohn", "& Co. KG", "Co.", "&", " ", "  ", "-", ".", ",", "(", ")",
        "\u212AG", "\u017FE", "\u0130", "\u1E9E", "ß", "Müller", "Bäckerei", "Anna", "anna", "ANNA", "der", "DER", "Straße", "STRASSE",
        "Öztürk", "İlkay", "\uD83D\uDE00", "1", "42", "x", "Ä", "ä", "ǅ", "ǆ", "\u00B5", "\u03BC", "\u0149", "Ärger", "Übergang",
        "& Co.", "&Co", "AG & Co. OHG", "UG & Co. KGaA", "PartG mbB", "PartG", "gUG", "Inc.", "LLC", "Corp.", "B.V.", "N. V.", "S.A.", "s.a.",
        "B", "N", "S", "s", "V.", "A.",
    ];

    private static Arbitrary<string> Texts() => Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property LegalFormSearch_AtCandidatePositions_FindsWhatAScanFinds() =>
        Prop.ForAll(Texts(), text => CandidateMatches(text) == ScanMatches(text));

    /// <summary>Words made of month names, trade words and their pieces in changed case, with look-alikes (Kelvin sign, long s, é, ä).</summary>
    private static Arbitrary<string> WordShapes() =>
        Gen.Elements(Prefilters.MonthNames.Concat(CompanyDetector.TradeWords).Concat(["a", "e", "ei", "er", "ng", "\u212A", "\u017F", "é", "É", "ä", "Ä", "x", "Q", "z", "-"]).ToArray())
            .ListOf().Where(parts => parts.Count is > 0 and < 4)
            .SelectMany(parts => Gen.Elements(0, 1, 2).Select(casing => string.Concat(parts) is var word && casing == 1 ? word.ToUpperInvariant() : casing == 2 ? word.ToLowerInvariant() : word))
            .ToArbitrary();

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P7")]
    public Property MonthName_ByInitialAndLength_IsTheCaseInsensitiveLookup() =>
        Prop.ForAll(WordShapes(), word =>
            word.Any(c => c >= 128 && c is not ('ä' or 'Ä')) || !word.All(char.IsLetter) ||
            Prefilters.IsMonthName(word) == Prefilters.MonthNames.Contains(word, StringComparer.OrdinalIgnoreCase));

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property TradeWord_ByLastLetters_IsTheSuffixSearchOverAllTradeWords() =>
        Prop.ForAll(WordShapes(), word =>
            CompanyDetector.IsTradeWord(word) ==
            (word.Length >= 3 && (CompanyDetector.TradeWords.Any(t => (word.Length == t.Length || (word.Length > t.Length + 2 && t != "reisen")) && word.EndsWith(t, StringComparison.OrdinalIgnoreCase)) ||
                                  (word.Length >= 13 && word.EndsWith("erbetrieb", StringComparison.OrdinalIgnoreCase))))); // session 18: a craftsman's business; session 20: "Reisen" ends no compound

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property Lexicon_LooksUpAnyCasing_AsASetOfLowerCasedStringsDoes() =>
        Prop.ForAll(Texts(), text =>
        {
            var keys = Pieces.Select(p => p.ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToDictionary(k => k, k => (byte)(k.Length % 7 + 1), StringComparer.Ordinal);
            var lexicon = new Lexicon(keys);
            var word = text.Length > 40 ? text[..40] : text;
            var expected = keys.GetValueOrDefault(word.ToLowerInvariant());
            return lexicon.Flags(word) == expected && Pieces.All(p => lexicon.Flags(p) == keys[p.ToLowerInvariant()]);
        });

    /// <summary>One memo for all runs, as a workspace keeps it from note to note: its slots fill, collide and are overwritten.</summary>
    private static readonly LexiconMemo SharedMemo = new();

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property LexiconMemo_AnswersAsTheLexiconDoes_WhateverWasMetBefore() =>
        Prop.ForAll(Texts(), text =>
        {
            // The embedded lexicon: the words of the text, its pieces and the text itself, each twice (the second from the memo).
            var words = new List<(int Start, int Length)>();
            Words.ScanInto(text, words);
            var probes = words.Select(w => text.Substring(w.Start, w.Length)).Concat(Pieces).Append(text).ToList();
            lock (SharedMemo)
            {
                return probes.Concat(probes).All(word => WordLists.Lexicon.Flags(word, SharedMemo) == WordLists.Lexicon.Flags(word));
            }
        });

    [Fact]
    [Trait("Rule", "P2")]
    public void LexiconMemo_AfterAWordTookItsSlot_StillAnswersForTheOtherWord()
    {
        var memo = new LexiconMemo();
        var words = new[] { "Müller", "und", "Bewerbung", "Xqzvbnk", "ANNA", "anna", "der", "Straße" }
            .Concat(Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        foreach (var word in words.Concat(words.Reverse()))
        {
            WordLists.Lexicon.Flags(word, memo).ShouldBe(WordLists.Lexicon.Flags(word), word);
        }
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Lexicon_OnTheEmbeddedLists_AgreesWithLowerCasedLookup()
    {
        // A word found in one casing is found in all, and a word's upper-case form folds back to it.
        foreach (var word in new[] { "Müller", "MÜLLER", "müller", "Straße", "STRASSE", "Anna", "ANNA", "Bewerbung", "BEWERBUNG", "İlkay" })
        {
            WordLists.Flags(word).ShouldBe(WordLists.Flags(word.ToLowerInvariant()), word);
        }

        WordLists.IsWord("Bewerbung").ShouldBeTrue();
        WordLists.IsGivenName("ANNA").ShouldBeTrue();
        WordLists.IsWord("Xqzvbnk").ShouldBeFalse();
    }

    private static string CandidateMatches(string text)
    {
        var found = new List<(int From, int End)>();
        var words = new List<(int Start, int Length)>();
        Words.ScanInto(text, words);
        CompanyDetector.LegalFormMatches(text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words), CompanyDetector.AnchoredLegalForms, found);
        return string.Join(",", found.Select(m => $"{m.From}+{m.End - m.From}"));
    }

    private static string ScanMatches(string text) =>
        string.Join(",", CompanyDetector.LegalForms.Matches(text).Select(m => $"{m.Index}+{m.Length}"));
}
