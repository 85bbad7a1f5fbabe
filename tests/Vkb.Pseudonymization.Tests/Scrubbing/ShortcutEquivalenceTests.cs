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
                    throw new Xunit.Sdk.XunitException($"dates in words differ from their regex for U+{c:X4} in \"{shape}\"");
                }
            }
        }
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
                    throw new Xunit.Sdk.XunitException($"iban differs from its regex for U+{c:X4} in \"{shape}\"");
                }
            }
        }
    }
}
