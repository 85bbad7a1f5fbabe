namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Session 22 (docs/scrubbing.md, "Addresses abroad and identity documents (session 22)"): identity card, passport and residence
/// permit numbers in the machine-readable zone's three groups of three and the check digit without a cue, after more names for the
/// document, and with the check digit apart before a bracket. The numbers are invented for these tests.
/// </summary>
public class DocumentSession22AddressTests
{
    [Theory]
    [InlineData("Für die Meldung an die Behörde notiert: K4T M7W ZRP 3.", "Für die Meldung an die Behörde notiert: [Ausweisnummer].")]
    [InlineData("abgeglichen mit gxm 7h2 p9c 4, passt", "abgeglichen mit [Ausweisnummer], passt")] // lower case
    [InlineData("Daten: NRT 5F9 CWX 8 (Ehemann).", "Daten: [Ausweisnummer] (Ehemann).")] // the mixed group in the middle
    [Trait("Rule", "P2")]
    public void Scrub_ADocumentNumberInThreeGroupsOfThreeAndACheckDigit_IsReplacedWithoutACue(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Rechtsgrundlage SGB BGB ZPO 3 geprüft.")] // abbreviations, no digit in a group
    [InlineData("Gezählt: KFZ PKW LKW 2 auf dem Hof.")] // three groups of the document alphabet, none mixed
    [InlineData("Zimmer 123 456 789 0 belegt.")] // numbers, no letter first
    [InlineData("Kürzel XYZ ABC 123 4 notiert.")] // a vowel: no group of the document alphabet
    [InlineData("Gruppen KLM N2P RST 45 gebildet.")] // two digits last: no check digit
    [Trait("Rule", "P2")]
    public void Scrub_ThreeGroupsThatAreNoDocumentNumber_Stay(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Ausweisnummer]");

    [Theory]
    [InlineData("Kopie des Titels: Dokumentennr. HW-TNCM-MZ47, gültig.", "Kopie des Titels: Dokumentennr. [Ausweisnummer], gültig.")] // groups only a cue makes a number
    [InlineData("Passkopie FJ-Y3Y8-9K42 in der Akte.", "Passkopie [Ausweisnummer] in der Akte.")]
    [InlineData("Reiseausweis vorgelegt (R0T1 3WK 1N3), gültig.", "Reiseausweis vorgelegt ([Ausweisnummer]), gültig.")]
    [Trait("Rule", "P2")]
    public void Scrub_ADocumentNumberAfterAnotherNameForTheDocument_IsReplaced(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Laut Pasaporte PX-K77Z-MW15 stimmt das.")] // groups only a cue makes a number: the word of another language
    [InlineData("Kimlik CV-7TK-NM94 geprüft.")]
    [Trait("Rule", "P2")]
    public void Scrub_GroupsAfterAForeignWordForTheDocument_AreReplaced(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldContain("[Ausweisnummer]");

    [Theory]
    [InlineData("Ausweis ZZY1 CMC3V 3 (Ehepartnerin) ebenfalls kopiert.", "Ausweis [Ausweisnummer] (Ehepartnerin) ebenfalls kopiert.")]
    [Trait("Rule", "P2")]
    public void Scrub_ACheckDigitApartBeforeABracket_JoinsTheDocumentNumber(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);
}
