namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The date classes of session 21 (<c>DateGapDetector</c>; docs/scrubbing.md, "Retention and dates (session 21)"): a day and a
/// one-digit month without a year where the text says it is a date, a comma typed for a date's first dot, and a date said as
/// two ordinals. The notes are written for these tests (invented dates and words), not taken from a corpus; beside them stand
/// numbers with dots that are no dates.
/// </summary>
public class DateGapSession21Tests
{
    [Theory]
    [InlineData("Die Sprechstunde ist erst am Freitag, Stichtag 4.6..", "Die Sprechstunde ist erst am Freitag, Stichtag [Datum].")] // the sentence's dot after the date's
    [InlineData("Urlaub 3.8. bis 6. September genehmigt.", "Urlaub [Datum] bis [Datum] genehmigt.")] // a range's first date (days from 13 are the loose-date regex's)
    [InlineData("Kursende 4.3., danach Prüfung.", "Kursende [Datum], danach Prüfung.")] // a compound on "-ende"
    [InlineData("Hausbesichtigung 2.5. mit Vermieterin.", "Hausbesichtigung [Datum] mit Vermieterin.")] // on "-besichtigung"
    [InlineData("Errechneter Termin (ET 9.4.) steht fest.", "Errechneter Termin (ET [Datum]) steht fest.")] // "ET", the expected birth
    [InlineData("Rückruf? Wann? 3.6. ist offen.", "Rückruf? Wann? [Datum] ist offen.")] // after "Wann?"
    [InlineData("Rückruf 3.6., 14:15 Uhr bestätigt.", "Rückruf [Datum], 14:15 Uhr bestätigt.")] // before a time of day
    [InlineData("Beratungen: 11.02. Start, 18.2. Bewerbungen, 4.3. Abschluss.", "Beratungen: [Datum] Start, [Datum] Bewerbungen, [Datum] Abschluss.")] // a list of dates
    [InlineData("Stand (gespräch 21.09), Rückmeldung offen.", "Stand (gespräch [Datum]), Rückmeldung offen.")] // without the last dot after a word of dates
    [Trait("Rule", "P2")]
    public void Scrub_ADayAndMonthWithoutAYearWhereTheTextSaysItIsADate_IsADate(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Siehe Punkt 3.2.. Danach weiter.")] // a section at a sentence's end
    [InlineData("Geprüft nach Anlage 2.1..")] // a section's word before
    [InlineData("Geprüft nach § 4.1..")]
    [InlineData("Kursende siehe Modul 3.1 – Teil B.")] // without the last dot before no date
    [InlineData("Dauer 1.5 Std., Kosten 2.50 €.")] // units and amounts
    [InlineData("Gespräch 10.30 Uhr bestätigt.")] // a time of day after a word of dates
    [Trait("Rule", "P2")]
    public void Scrub_ANumberWithDotsThatIsNoDate_Stays(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Datum]");

    [Theory]
    [InlineData("Bescheid vom 14,11.2024 liegt vor.", "Bescheid vom [Datum] liegt vor.")] // a comma for the first dot
    [InlineData("Eingang 3,7.2025, Frist läuft.", "Eingang [Datum], Frist läuft.")]
    [Trait("Rule", "P2")]
    public void Scrub_ADateWithACommaForItsFirstDot_IsADate(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Betrag 14,50 EUR am Montag.")] // an amount
    [InlineData("Werte 12,13.5 gemessen.")] // no year
    [Trait("Rule", "P2")]
    public void Scrub_ACommaInANumberThatIsNoDate_Stays(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Datum]");

    [Theory]
    [InlineData("termin verschoben auf den dritten neunten, bitte notieren", "termin verschoben auf den [Datum], bitte notieren")]
    [InlineData("sie kommt am einundzwanzigsten zweiten wieder", "sie kommt am [Datum] wieder")]
    [Trait("Rule", "P2")]
    public void Scrub_ADateSaidAsTwoOrdinals_IsADate(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Den ersten Termin am dritten Tag wahrnehmen.")] // ordinals before nouns
    [InlineData("Er ist am zweiten ersten Versuch gescheitert.")]
    [Trait("Rule", "P2")]
    public void Scrub_OrdinalsBeforeANoun_AreNoDate(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Datum]");
}
