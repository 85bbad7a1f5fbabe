namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The company shapes of session 12 (docs/scrubbing.md, "… (session 12)"): "Inh. e.K." after a firm (the mark of a registered
/// sole trader in the owner's place), and a trade word after "&amp; Söhne", "&amp; Sohn", "&amp; Töchter". The notes are written for these
/// tests, not taken from a corpus; beside them stand notes that must stay.
/// </summary>
public class CompanySession12Tests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Probezeit bei Lindholz Personalservice Inh. e.K. bis Mai verlängert.", "Probezeit bei [Firma] bis Mai verlängert.")]
    [InlineData("Bewerbung bei Bäckerei Sonnenkorn Inh. e. K. ist raus.", "Bewerbung bei [Firma] ist raus.")]
    [InlineData("Arbeitgeber Malerbetrieb Krusewitz, Inh. Jörg Krusewitz, meldet Aufnahme.", "Arbeitgeber [Firma], meldet Aufnahme.")]
    [InlineData("Vorstellung bei Ohlsen & Söhne Pflegedienst am Montag.", "Vorstellung bei [Firma] am Montag.")]
    [InlineData("Umzug durch Brandt & Sohn Umzüge erledigt.", "Umzug durch [Firma] erledigt.")]
    [Trait("Rule", "P2")]
    public void Scrub_AFirmInTheShapesOfSession12_IsReplacedWhole(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Kd. arbeitet bei Meier & Söhne. Pflegedienst folgt.", "Kd. arbeitet bei [Firma]. Pflegedienst folgt.")] // a full stop ends the firm
    [InlineData("Rückmeldung Inhaberin: passt.", "Rückmeldung Inhaberin: passt.")]
    [InlineData("Rechnung von Meier & Söhne Anfang Mai bezahlt.", "Rechnung von [Firma] Anfang Mai bezahlt.")] // only a trade word continues the firm
    [Trait("Rule", "P2")]
    public void Scrub_WordsBesideAFirm_Stay(string note, string expected) => Scrub(note).ShouldBe(expected);
}

/// <summary>A document number spelt character by character with hyphens (session 12); the notes are written for these tests.</summary>
public class SpeltDocumentSession12Tests
{
    [Theory]
    [InlineData("Passnummer am Telefon buchstabiert: T-4-K-9-W-2-M-7-X-3, passt.", "Passnummer am Telefon buchstabiert: [Ausweisnummer], passt.")]
    [InlineData("Nummer diktiert: C-H-7-7-L-2-K-0-9 ok", "Nummer diktiert: [Ausweisnummer] ok")]
    [InlineData("Vor-Ort-Termin mit A-B-C-Analyse vereinbart.", "Vor-Ort-Termin mit A-B-C-Analyse vereinbart.")] // short chains, no digit
    [InlineData("Im Kurs Variante A-1-B-2 gewählt.", "Im Kurs Variante A-1-B-2 gewählt.")] // four characters are no document
    [Trait("Rule", "P2")]
    public void Scrub_ADocumentNumberSpeltWithHyphens_IsReplaced(string note, string expected) => PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);
}
