using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Session 22 (docs/scrubbing.md, "Addresses abroad and identity documents (session 22)"): a preposition and article in lower case
/// (two words) before a street named by its suffix are the sentence's, not the street's ("wohnt in der Lindenstraße 5"): they stay, and the
/// street regex (<c>BuiltInDetectors.LowerPrefixBeforeStreet</c>) and its hand matcher (<see cref="StreetMatcher"/>) agree on it. The
/// streets are invented for these tests.
/// </summary>
public class StreetPrefixSession22AddressTests
{
    [Theory]
    [InlineData("Kd. wohnt in der Quittenstraße 14 zur Untermiete.", "Kd. wohnt in der [Adresse] zur Untermiete.")]
    [InlineData("Hausbesuch hinter der Holunderweg 3a? Nein.", "Hausbesuch hinter der [Adresse]? Nein.")]
    [InlineData("Büro jetzt in der Talstr. 9, 2. OG.", "Büro jetzt in der [Adresse].")]
    [InlineData("Treffpunkt an der Mühlenallee 12.", "Treffpunkt an der [Adresse].")]
    [InlineData("Umzug in den Kastanienring 8 geplant.", "Umzug in den [Adresse] geplant.")]
    [InlineData("Die Tochter lebt auf dem Sonnenkamp 4.", "Die Tochter lebt auf dem [Adresse].")]
    [Trait("Rule", "P2")]
    public void Scrub_ALowerCasePrepositionBeforeAStreetNamedByItsSuffix_Stays(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Neue Anschrift: Am Lindenplatz 7.", "Neue Anschrift: [Adresse].")] // a capitalised prefix is the street's
    [InlineData("Er wohnt in der Au 5.", "Er wohnt [Adresse].")] // no street suffix: the prefix names the street
    [InlineData("Kd. wohnt am Birkenweg 3.", "Kd. wohnt [Adresse].")] // "am" may name the street ("Am Birkenweg") in any case
    [InlineData("Kd. wohnt an der Mark 3.", "Kd. wohnt [Adresse].")] // no street suffix
    [InlineData("Adresse: In der Quittenstraße 14.", "Adresse: [Adresse].")] // a capitalised "In der" stays in (a sentence may begin so)
    [Trait("Rule", "P2")]
    public void Scrub_APrefixThatNamesTheStreet_StaysInTheAddress(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    private static string? StreetMismatch(string text) => ShortcutEquivalenceTests.StreetMismatch(text);

    /// <summary>The hand matcher reads the lower-case prefix as the regex does: each UTF-16 code unit in every place of these shapes.</summary>
    [Fact]
    [Trait("Rule", "P2")]
    public void StreetMatcher_WithALowerCasePrefixForEveryCharacterInEveryPlace_MatchesAsItsRegex()
    {
        foreach (var shape in (string[])["in der Talstr. 9", "an der Holunderweg 3", "vor dem Ab-Cdstraße 1"])
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

    private static readonly string[] Pieces =
    [
        " ", "  ", "\t", "-", ".", "/", ",", "1", "12", "2024", "a", "B", "k", "\u212A", "\u017F", "ß", "\u1E9E", "Ä",
        "am", "Am", "im", "zum", "zur", "in der", "in den", "In der", "an der", "auf dem", "auf der", "unter den", "hinter der", "vor dem", "in  der",
        "Linden", "ab", "x", "straße", "STRASSE", "strasse", "str.", "str", "weg", "Weg", "allee", "platz", "ring", "kamp", "markt", "Markt", "hof", "park",
    ];

    [Property(MaxTest = 5000)]
    [Trait("Rule", "P2")]
    public Property StreetMatcher_OnTextWithLowerCasePrefixes_MatchesAsItsRegex() =>
        Prop.ForAll(
            Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            text => StreetMismatch(text) is not { } mismatch ? true.ToProperty() : false.Label(mismatch));
}
