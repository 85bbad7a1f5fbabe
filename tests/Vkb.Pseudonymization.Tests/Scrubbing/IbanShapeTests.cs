using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The IBAN shapes of session 12 (docs/scrubbing.md, "Speed, IBANs, dictated e-mail and names spelt or surname first (session 12)"): " - " between the groups,
/// the country apart before a group of four that begins with the check digits, and groups of five from the country on (which
/// count only with valid check digits). The IBANs are made here from random account numbers, not taken from a corpus.
/// </summary>
public class IbanShapeTests
{
    /// <summary>A German IBAN with valid check digits for the 18 digits of <paramref name="bban"/>.</summary>
    internal static string GermanIban(string bban)
    {
        var numeric = BigInteger.Parse(bban + "131400", System.Globalization.CultureInfo.InvariantCulture); // "DE00" moved to the end, D = 13, E = 14
        var check = 98 - (int)(numeric % 97);
        return "DE" + check.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + bban;
    }

    private static string Grouped(string iban, int size, string separator) =>
        string.Join(separator, iban.Chunk(size).Select(c => new string(c)));

    private static readonly Arbitrary<string> Bbans =
        Gen.Choose(0, 9).ArrayOf(18).Select(digits => string.Concat(digits)).ToArbitrary();

    /// <summary>The shapes a person writes an IBAN in that the pattern did not read before session 12.</summary>
    private static IEnumerable<string> Shapes(string iban) =>
    [
        Grouped(iban, 4, " - "), // "DE89 - 3704 - …"
        Grouped(iban, 4, " -"),
        iban[..2] + " " + Grouped(iban[2..], 4, " "), // "DE 8937 0400 …"
        iban[..2].ToLowerInvariant() + " " + Grouped(iban[2..], 4, " "), // "de 8937 0400 …"
        Grouped(iban, 5, " "), // "DE893 70400 …"
        Grouped(iban, 5, "."),
    ];

    [Property(MaxTest = 200)]
    [Trait("Rule", "P2")]
    public Property Scrub_AnIbanInTheShapesOfSession12_LeavesNoDigitOfIt() =>
        Prop.ForAll(Bbans, bban =>
        {
            var iban = GermanIban(bban);
            return Shapes(iban).All(shape =>
            {
                var scrubbed = PatternRecallTests.ScrubVocabulary($"Bitte Überweisung auf das Konto {shape} veranlassen.");
                return scrubbed == "Bitte Überweisung auf das Konto [IBAN] veranlassen.";
            });
        });

    [Theory]
    [InlineData("Zahlung an DE89 - 3704 - 0044 - 0532 - 0130 - 00 erfolgt.", "Zahlung an [IBAN] erfolgt.")]
    [InlineData("Konto (DE 8937 0400 4405 3201 3000) ist gesperrt.", "Konto ([IBAN]) ist gesperrt.")]
    [InlineData("konto de 8937 0400 4405 3201 3000 gepfändet", "konto [IBAN] gepfändet")]
    [InlineData("IBAN: DE893 70400 44053 20130 00.", "IBAN: [IBAN].")]
    [Trait("Rule", "P2")]
    public void Scrub_ThePublishedExampleIbanInNewShapes_IsReplaced(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    /// <summary>Groups of five are no IBAN without valid check digits: order and file numbers are written so too.</summary>
    [Theory]
    [InlineData("Auftrag AB12 34567 89012 34567 liegt vor.")]
    [InlineData("IBAN DE893 70400 44053 20130 01 ist falsch notiert.")] // the last digit changed: its check digits fail
    [Trait("Rule", "P2")]
    public void Scrub_GroupsOfFiveWithWrongCheckDigits_AreNoIban(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[IBAN]");
}

/// <summary>E-mail addresses dictated with the hyphen said (session 12): "minus" or "Bindestrich" between two labels of the domain.</summary>
public class DictatedEmailTests
{
    [Theory]
    [InlineData("diktat: die adresse lautet kaya77 at t minus online punkt de, bitte dorthin", "diktat: die adresse lautet [E-Mail], bitte dorthin")]
    [InlineData("Mail an m.roth at mein Bindestrich postfach dot org schicken.", "Mail an [E-Mail] schicken.")]
    [InlineData("Kontakt: info at stadt minus werke minus nord punkt de.", "Kontakt: [E-Mail].")]
    [Trait("Rule", "P2")]
    public void Scrub_AnEmailWithASaidHyphen_IsReplacedWhole(string note, string expected) => PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Kosten 40 minus 10 Euro, Rest at home.")] // "minus" without a spelled "at" before a domain
    [InlineData("Wir treffen uns at 10 minus 5 Minuten.")] // no dot and no last label after the hyphen
    [Trait("Rule", "P2")]
    public void Scrub_MinusInOrdinaryText_StaysWithoutAnEmail(string note) => PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[E-Mail]");
}
