namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shapes of session 18 (docs/scrubbing.md, "… heldout14 read (session 18)"), each a general rule rather than a phrase of
/// heldout14. The notes are written for these tests (invented names, places and values), not taken from a corpus; beside them
/// stand notes that must stay.
/// </summary>
public class RecallSession18Tests
{
    [Theory]
    [InlineData("Kd. hat Rueckfrage zur Bestaetigung, Gespraech naechste Woche, Buero geschlossen, muessen Unterlagen pruefen.")]
    [InlineData("Fahrtkosten fuer Massnahme, Kd. moechte Weiterbildung, Fuehrerschein fehlt, Pruefung im Maerz.")] // "ss" as "ß" too
    [InlineData("Aerztin hat Attest ausgestellt, Tuer war zu, Schluessel beim Hausmeister.")] // a capital "Ae"
    [Trait("Rule", "P2")]
    public void Scrub_WordsTypedWithoutUmlauts_Stay(string note) => PatternRecallTests.ScrubVocabulary(note).ShouldBe(note);

    [Theory]
    [InlineData("Termin mit Herrn Baecker und Frau Jaeger, Rueckruf folgt.", "Termin mit Herrn [Person 2] und Frau [Person 1], Rueckruf folgt.")] // a name after a cue stays a name
    [InlineData("Kd. heisst Gruenwaldt und wohnt bei Roesler.", "Kd. heisst [Person 1] und wohnt bei [Person 2].")] // no word with umlauts either
    [Trait("Rule", "P2")]
    public void Scrub_NamesTypedWithoutUmlauts_AreStillNames(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);
}
