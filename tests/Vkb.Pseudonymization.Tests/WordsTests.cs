using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>The name detectors' word scan: maximal runs of letters (any script), placeholders as words of their own when asked.</summary>
public class WordsTests
{
    private static readonly string[] Pieces =
        ["a", "Z", "ä", "ß", "É", "\u0141", "\u03A9", "\u4E2D", "\u212A", "1", "\u0663", " ", "-", ".", "\u00A0", "\uE000", "\uE001", "\uF8FF", "\uFFFD", "\uD83D\uDE00", "Müller", "A. "];

    [Property(MaxTest = 2000)]
    [Trait("Rule", "P2")]
    public Property ScanInto_FindsTheLetterRunsAndPlaceholders()
    {
        var texts = Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p)).ToArbitrary();
        return Prop.ForAll(texts, text =>
            new[] { false, true }.All(placeholders =>
            {
                var words = new List<(int Start, int Length)>();
                Words.ScanInto(text, words, placeholders);
                return words.SequenceEqual(Reference(text, placeholders));
            }));
    }

    /// <summary>The definition, character by character.</summary>
    private static List<(int Start, int Length)> Reference(string text, bool placeholders)
    {
        var words = new List<(int Start, int Length)>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsLetter(text[i]))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                words.Add((start, i - start));
                continue;
            }

            if (placeholders && text[i] is >= '\uE000' and <= '\uF8FF')
            {
                words.Add((i, 1));
            }

            i++;
        }

        return words;
    }
}
