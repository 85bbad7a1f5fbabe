namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The date classes read from heldout17's misses in session 21 (docs/scrubbing.md, "heldout17's dates: read (session 21)"): the
/// month's name or abbreviation between hyphens or slashes, as spreadsheets and databases write a date (<c>DateShapeDetector</c>),
/// and dates in Romansh, a day, "da" and the month (<c>RomanshDateDetector</c>). The notes are written for these tests (invented
/// dates and words), not taken from a corpus; beside them stand writings of the same shape that are no dates. With time left, the
/// French plates heldout17 lost (<c>FrenchPlateDetector</c>, "GK-407-TM").
/// </summary>
public class DatesHeldout17Session21Tests
{
    [Theory]
    [InlineData("Vorsprache am 03-Okt-24 verschoben.", "Vorsprache am [Datum] verschoben.")] // German abbreviation, two-digit year
    [InlineData("Export: Eintritt 9-Dec-2025, Austritt offen.", "Export: Eintritt [Datum], Austritt offen.")] // English, one-digit day, four-digit year
    [InlineData("Meldung 17/Mär/26 eingegangen.", "Meldung [Datum] eingegangen.")] // slashes
    [InlineData("Nachweis vom 1-Juli-2025 fehlt.", "Nachweis vom [Datum] fehlt.")] // the month's full name
    [InlineData("Frist bis 30-Sept verlängert.", "Frist bis [Datum] verlängert.")] // without a year
    [InlineData("27-NOV-23: Rückruf erbeten.", "[Datum]: Rückruf erbeten.")] // capitals, first in the note
    [InlineData("Sohn Timo (geb. 04-Aug-2011) wohnt im Haushalt.", "Sohn [Person 1] (geb. [Geburtsdatum]) wohnt im Haushalt.")] // a birth date
    [Trait("Rule", "P2")]
    public void Scrub_AMonthBetweenHyphensOrSlashes_IsADate(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Die 2-Mai-Feier im Stadtteil fällt aus.")] // glued to a word after
    [InlineData("Tarifgruppe 45-Nov-22 gilt weiter.")] // no day
    [InlineData("Schicht 3-Ost ab Montag.")] // no month after the hyphen
    [InlineData("Kurs 12-Jugend startet bald.")]
    [Trait("Rule", "P2")]
    public void Scrub_AHyphenatedNumberThatIsNoDate_Stays(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Datum]");

    [Theory]
    [InlineData("Bestätigung der Gemeinde vom 3 da favrer 2024 liegt vor.", "Bestätigung der Gemeinde vom [Datum] liegt vor.")] // Rumantsch Grischun
    [InlineData("Arbeitsvertrag ab 1. da settember, Lohn folgt.", "Arbeitsvertrag ab [Datum], Lohn folgt.")] // a dot after the day, no year
    [InlineData("Zeugnis vom 22 d'avust 2023 beigefügt.", "Zeugnis vom [Datum] beigefügt.")] // "d'" before a vowel
    [InlineData("Einreise 9 da lügl 2025 laut Stempel.", "Einreise [Datum] laut Stempel.")] // Vallader
    [InlineData("Kündigung zum 31 da fenadur 2024.", "Kündigung zum [Datum].")] // Sursilvan
    [InlineData("Tochter Ursina, geb. 5 da marz 2012.", "Tochter [Person 1], geb. [Geburtsdatum].")] // a birth date
    [Trait("Rule", "P2")]
    public void Scrub_ARomanshDate_IsADate(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Takt 12 da capo wiederholen.")] // "da" before no month
    [InlineData("Seit 2 da mars-Riegel im Automat fehlen.")] // a month's word glued to a word after
    [InlineData("Gruppe 40 da settember startet.")] // no day
    [Trait("Rule", "P2")]
    public void Scrub_ADaAfterANumberThatIsNoRomanshDate_Stays(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Datum]");

    [Theory]
    [InlineData("Wagen mit Kennzeichen GK-407-TM aus Frankreich abgemeldet.", "Wagen mit Kennzeichen [Kennzeichen] aus Frankreich abgemeldet.")] // after a cue
    [InlineData("Unfallgegner: BT-918-ZR.", "Unfallgegner: [Kennzeichen].")] // before a sentence's dot
    [InlineData("Parkverstoß FH-230-LN in Straßburg.", "Parkverstoß [Kennzeichen] in Straßburg.")] // without a vehicle's word
    [Trait("Rule", "P2")]
    public void Scrub_AFrenchPlateWithHyphens_IsAPlate(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Artikel ABC-123-DE bestellt.")] // three letters first
    [InlineData("Formular A-123-BC ausfüllen.")] // one letter first
    [InlineData("Teil AB-123-CD4 geliefert.")] // glued to a digit
    [InlineData("Code AB-123-CD-X notiert.")] // glued to a hyphen and a word
    [InlineData("Vorgang ab-123-cd offen.")] // small letters
    [InlineData("Vorgang ab-123-CD offen.")] // small letters first
    [InlineData("Vorgang AB-123-cd offen.")] // small letters last
    [Trait("Rule", "P2")]
    public void Scrub_LettersAndDigitsWithHyphensThatAreNoFrenchPlate_Stay(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Kennzeichen]");
}
