namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The check digit a card prints apart from the groups of its number (session 13, docs/scrubbing.md): "Karte Nr. K31F W0H6G 7" is
/// one number, the regex detector takes the groups and the digit joins them. A count after a number ("… 2 Kopien") stays. The notes
/// are written for these tests, not taken from a corpus.
/// </summary>
public class DocumentCheckDigitSession13Tests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Aufenthaltstitel verlängert (Karte Nr. K31F W0H6G 7), ausgestellt von der ABH.", "Aufenthaltstitel verlängert (Karte Nr. [Ausweisnummer]), ausgestellt von der ABH.")]
    [InlineData("Personalausweis L8H6 531MF 4 vorgelegt, Foto passt.", "Personalausweis [Ausweisnummer] vorgelegt, Foto passt.")]
    [InlineData("Ersatzausweis Nr. T39K 2JPPR 5, gültig bis Mai.", "Ersatzausweis Nr. [Ausweisnummer], gültig bis Mai.")]
    [InlineData("Ausweis geprüft: L8H6 531MF 4.", "Ausweis geprüft: [Ausweisnummer].")]
    [Trait("Rule", "P2")]
    public void Scrub_ACheckDigitAfterABlank_JoinsTheDocumentNumber(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Ausweis L8H6 531MF 2 Kopien angefertigt.", "Ausweis [Ausweisnummer] 2 Kopien angefertigt.")]
    [InlineData("Ausweis L8H6 531MF 2.5 cm eingerissen.", "Ausweis [Ausweisnummer] 2.5 cm eingerissen.")]
    [Trait("Rule", "P2")]
    public void Scrub_ACountAfterADocumentNumber_Stays(string note, string expected) => Scrub(note).ShouldBe(expected);
}
