using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The gate in front of the street-before-a-postcode regex (<see cref="AddressShapeDetector.PostcodeAfterNumber"/>) only
/// skips work: wherever the regex finds a match, the gate is open, on text built from the pieces the regex reads.
/// </summary>
public class AddressShapeGateTests
{
    private static readonly string[] Pieces =
    [
        "0", "7", "12", "35", "147", "2024", "4050", "56812", "602", "00", "262", "10000", " ", "   ", "\t", ",", ", ", " in ", "in", "\n", "\r\n",
        "-", "–", "/", "a", "B", "º", "3º B", "SC", "D-", "CH-", "11-291", "12.03.2024", ".", "IN", "Cochem", "szeged", "Rosenhöhe ", "u. ", "Nr. ", "x", "\u0663", "\uFF11",
    ];

    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property BeforePostcodeRegex_WhereItMatches_TheGateIsOpen() =>
        Prop.ForAll(
            Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var runs = new List<(int Start, int Length)>();
                Prefilters.FindDigitRuns(text, runs);
                return !AddressShapeDetector.BeforePostcode.IsMatch(text) || AddressShapeDetector.PostcodeAfterNumber(text, runs.ToArray());
            });

    private static readonly string[] AbroadPieces =
    [
        "Kuche", "kuche-ye", "Kuche-ye ", "Shari' ", "Shari’ ", "SHARIA", "Rd.", "rd", "Street", "STREET", "Sokağı", "SOKAĞI", "ſok", "Sok", "Bldg.", "Flat",
        "Seocho", "-gu", "-GU", "-daero", "-si", "Olympic-ro", "Mazar-e", "Sharif", "Pelak", "Haus", "Dar", "al", "Hay", "Kabul", "Seoul", "Wird", "Ordnung",
        "Hauptstraße", "12", "4", "45-gil", "171-5", " ", ", ", ",", ".", "-", "'", "\n", ":", "x", "Ä",
    ];

    /// <summary>
    /// The gate in front of the addresses abroad (<see cref="AddressShapeDetector.MayHoldAbroadAnchor"/>, a lookup of the note's
    /// runs of letters) is open wherever they find an address, on text built from their words, suffixes and look-alikes.
    /// </summary>
    [Property(MaxTest = 3000)]
    [Trait("Rule", "P2")]
    public Property AddressesAbroad_WhereTheyMatch_TheGateIsOpen() =>
        Prop.ForAll(
            Gen.Elements(AbroadPieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            text =>
            {
                var found = new List<TextMatch>();
                AddressShapeDetector.AddAbroad(text, caseless: false, found);
                AddressShapeDetector.AddAbroad(text, caseless: true, found);
                var letters = new List<(int Start, int Length)>();
                Words.ScanInto(text, letters);
                return found.Count == 0 || AddressShapeDetector.MayHoldAbroadAnchor(text, [.. letters]);
            });

    [Theory]
    [InlineData("Kuche 14, Pelak 3, Mazar-e Sharif")]
    [InlineData("Shari' Baghdad 12, Dar 4, Mosul")]
    [InlineData("Seocho-gu, Banpo-daero 58, Seoul")]
    [InlineData("kuche-ye golha 7, pelak 2, herat")]
    [Trait("Rule", "P2")]
    public void AddressesAbroad_OnAddresses_MatchAndTheGateIsOpen(string text)
    {
        var found = new List<TextMatch>();
        AddressShapeDetector.AddAbroad(text, caseless: !text.Any(char.IsUpper), found);
        found.ShouldNotBeEmpty();
        var letters = new List<(int Start, int Length)>();
        Words.ScanInto(text, letters);
        AddressShapeDetector.MayHoldAbroadAnchor(text, [.. letters]).ShouldBeTrue();
    }

    [Theory]
    [InlineData("Rosenhöhe 7, 56812 Cochem")]
    [InlineData("Unterdorf 147 - 151 in 56154 Boppard")]
    [InlineData("C/ Mayor 83,   3º B,   30001 Murcia")]
    [InlineData("Kerkstraat 71 ,\t7377 SC Utrecht")]
    [InlineData("Neutannenried 41   \r\n   56626 Andernach")]
    [InlineData("Hauptweg 5, CH-8001 Zürich")]
    [InlineData("ul. Ogrodowa 7, 11-291 Kraków")]
    [Trait("Rule", "P2")]
    public void BeforePostcodeRegex_OnAddresses_MatchesAndTheGateIsOpen(string text)
    {
        var runs = new List<(int Start, int Length)>();
        Prefilters.FindDigitRuns(text, runs);
        AddressShapeDetector.BeforePostcode.IsMatch(text).ShouldBeTrue();
        AddressShapeDetector.PostcodeAfterNumber(text, runs.ToArray()).ShouldBeTrue();
    }
}
