namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shapes of session 17 (docs/scrubbing.md, "… heldout13 read (session 17)"), each a general rule rather than a phrase of
/// heldout13. The notes are written for these tests (invented names, places and values), not taken from a corpus; beside them
/// stand notes that must stay.
/// </summary>
public class RecallSession17Tests
{
    [Theory]
    [InlineData("Urlaub 4.8.–19.08.2025, danach Termin.", "Urlaub [Datum]–[Datum], danach Termin.")] // the first date of a range
    [InlineData("AU 2.3. - 15.3. liegt vor.", "AU [Datum] - [Datum] liegt vor.")]
    [InlineData("Akte an SB, WV 4.9.", "Akte an SB, WV [Datum]")] // Wiedervorlage
    [InlineData("Lohnabrechnung 1.7. fehlt, Mietbescheid 3.2. liegt vor.", "Lohnabrechnung [Datum] fehlt, Mietbescheid [Datum] liegt vor.")]
    [InlineData("Vorlage Schulnachweis 8.9. erbeten.", "Vorlage Schulnachweis [Datum] erbeten.")]
    [InlineData("| 5.4. | Beratung | erschienen |", "| [Datum] | Beratung | erschienen |")] // a table's cell
    [InlineData("Rückruf vereinbart: 2.9.\nDanke.", "Rückruf vereinbart: [Datum]\nDanke.")] // a colon, the date ends the line
    [Trait("Rule", "P2")]
    public void Scrub_ADayAndAOneDigitMonthWhereNoVersionOrParagraphStands_IsADate(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Version 2.1. und Note 3.5. bleiben, Abschnitt 4.2. auch.")]
    [InlineData("Gliederung: 2.1. Ziele, 2.2. Mittel.")] // a colon, but the line goes on
    [InlineData("| 1.2 | Ziel |")] // no second dot in the cell
    [InlineData("Kapitel 3.4. - siehe Anlage.")] // a dash, but no date after it
    [Trait("Rule", "P2")]
    public void Scrub_NumbersWithDotsThatAreNoDates_Stay(string note) => PatternRecallTests.ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Handy null eins fünf neun, drei, zwei acht null, sieben, eins vier, bitte anrufen.", "Handy [Nummer], bitte anrufen.")] // blocks of one word
    [InlineData("Festnetz null sechs zwei, eins, vier vier acht.", "Festnetz [Nummer].")]
    [Trait("Rule", "P2")]
    public void Scrub_ANumberDictatedInBlocksOfAnySize_IsReplacedWhole(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Er hat zwei, drei Termine verpasst und eins, zwei Kinder.")]
    [InlineData("Sie kam am ersten, zweiten und dritten Tag, vier, fünf Stunden.")]
    [InlineData("Zwei drei, vier Kinder.")] // two words before the comma are no number yet
    [InlineData("Er kam zwei drei, vier, fünf Mal zu spät.")] // nor do blocks of one join them
    [Trait("Rule", "P2")]
    public void Scrub_CountsApartByCommas_Stay(string note) => PatternRecallTests.ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Diktat: Rückruf bei Herrn Obenauf Punkt Er bittet um Termin", "Diktat: Rückruf bei Herrn [Person 1] Punkt Er bittet um Termin")]
    [InlineData("Gespräch mit Frau Lindqvist Komma sie bringt die Belege", "Gespräch mit Frau [Person 1] Komma sie bringt die Belege")]
    [InlineData("Tochter Brunnhuber Doppelpunkt Termin am Montag", "Tochter [Person 1] Doppelpunkt Termin am Montag")]
    [InlineData("Nachbar Wiesemann Absatz Neue Anschrift folgt", "Nachbar [Person 1] Absatz Neue Anschrift folgt")]
    [Trait("Rule", "P2")]
    public void Scrub_PunctuationThatDictationWritesOut_IsNoSurname(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Kd. pünktl. ersch., Unterlagen vollst. eingereicht, Antrag bewill., Bescheid verschickt.")] // ersch(ienen), bewill(igt)
    [InlineData("Nachweise teilw. vorgel., Rest angef., Kd. einverst.")]
    [InlineData("Gespräch: Beschw. besprochen, Nachw. bis Freitag.")] // capitalised, a lower-case word after the dot
    [Trait("Rule", "P2")]
    public void Scrub_WordsCutShortBeforeADotAsNotesAbbreviate_Stay(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(note);

    [Theory]
    [InlineData("Herkunftsort: deh. Kalinovka, Distrikt Varzob.", "deh.")] // three letters: as often an abbreviation of an address abroad
    [Trait("Rule", "P2")]
    public void Scrub_AWordOfThreeLettersBeforeADot_IsNoWordCutShort(string note, string replaced) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain(replaced);

    [Theory]
    [InlineData("Termin mit Herrn Kowalczyk. Danach Pause.", "Termin mit Herrn [Person 1]. Danach Pause.")]
    [InlineData("Rückruf an Frau Ersch.", "Rückruf an Frau [Person 1].")] // the note's end: a surname may end a sentence
    [InlineData("Die Vermieterin heißt Verst. Sie ruft an.", "Die Vermieterin heißt [Person 1]. Sie ruft an.")] // a capital after the dot
    [Trait("Rule", "P2")]
    public void Scrub_ACapitalisedWordBeforeADotWhereASentenceMayEnd_IsNoAbbreviation(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Bisher betreut durch Wendrowski R., ab Mai durch mich.", "Bisher betreut durch [Person 1], ab Mai durch mich.")]
    [InlineData("Eingang Hauspost von Oyelaran F. (Außendienst): Bericht.", "Eingang Hauspost von [Person 1] (Außendienst): Bericht.")]
    [InlineData("Verteiler: Kaczmarczyk U.; Wendrowski T.", "Verteiler: [Person 1]; [Person 2].")]
    [InlineData("Kundin Nakashima M. stellt Antrag.", "Kundin [Person 1] stellt Antrag.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnInitialAfterASurnameAndABlank_IsRemovedWithTheName(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Vitamin D. fehlt, Anlage K. liegt bei, Plan B. gilt, SGB X. beachten.")] // words and terms before the letter
    [InlineData("Termin mit Vater Ahmet Y. Demir.", "Termin mit Vater [Person 1] [Person 2].")] // a middle initial: a capital follows
    [InlineData("Gespräch mit Wendrowski K. Danach Pause.", "Gespräch mit [Person 1] K. Danach Pause.")] // a sentence may end at the dot
    [Trait("Rule", "P2")]
    public void Scrub_ALetterAndADotAfterAWordOrBeforeACapital_StaysALetter(string note, string? expected = null) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected ?? note);

    [Theory]
    [InlineData("Mail lautet obenauf_k71@ mailbox. de Punkt bitte bestätigen", "Mail lautet [E-Mail] Punkt bitte bestätigen")]
    [InlineData("Antwort an wiese@firma. com, Kopie an lind@amt. org.", "Antwort an [E-Mail], Kopie an [E-Mail].")]
    [InlineData("Mail an x@web.de. dann Termin.", "Mail an [E-Mail]. dann Termin.")] // no common domain after the blank
    [Trait("Rule", "P2")]
    public void Scrub_AnEmailWithABlankAfterTheDotOfItsDomain_IsReplacedWhole(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("[Scan] Bescheid vom 12.O3.2O23, Eingang 2l.06.2024.", "[Scan] Bescheid vom [Datum], Eingang [Datum].")] // O for 0, l for 1
    [InlineData("Zahlung am 1S.08.2025 erfolgt, Frist 09.1I.2025", "Zahlung am [Datum] erfolgt, Frist [Datum]")] // S for 5, I for 1
    [InlineData("Kind geb. O4.B.2019 laut Scan", "Kind geb. [Geburtsdatum] laut Scan")] // B for 8
    [Trait("Rule", "P2")]
    public void Scrub_ADateWithLettersInThePlaceOfDigitsAsTextRecognitionReadsScans_IsReplaced(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Version 1.0.lO und Kapitel 3.1O.2O24x bleiben.")] // no year of four, glued to a letter
    [InlineData("Termin 12.13.2O24 und 31.02.2O24 gibt es nicht.")] // no valid date
    [InlineData("Seite 1O.SOS.2024 bleibt.")] // three letters
    [Trait("Rule", "P2")]
    public void Scrub_StretchesOfDigitsAndLettersThatAreNoDate_Stay(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Datum]");

    [Theory]
    [InlineData("Befund vom MVZ Kleinhausen liegt vor.", "Befund vom [Institution] liegt vor.")]
    [InlineData("Kd. arbeitet bei der Straßenmeisterei Obertal.", "Kd. arbeitet bei der [Institution].")]
    [InlineData("Sohn besucht die Berufsbildende Schule Nordheim.", "Sohn besucht die [Institution].")]
    [InlineData("Bescheinigung vom Pfarrbüro Sankt Anna Waldhof.", "Bescheinigung vom [Institution].")]
    [InlineData("Einsatz beim Technischen Hilfswerk, Meldung an die Landwirtschaftliche Alterskasse.", "Einsatz beim [Institution], Meldung an die [Institution].")]
    [Trait("Rule", "P2")]
    public void Scrub_MoreKindsOfInstitutionsByTheirPlaceAndFederalBodies_AreInstitutions(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Das MVZ hat geschlossen, die Straßenmeisterei auch.")] // a kind without a place
    [Trait("Rule", "P2")]
    public void Scrub_AKindWithoutAPlace_Stays(string note) => PatternRecallTests.ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Arbeit bei Tischlerei Lindenhof-Nord seit Mai.", "Arbeit bei [Firma] seit Mai.")] // a hyphen continues the name
    [InlineData("Vorstellung bei Sonnenhang Personal-Partner am Montag.", "Vorstellung bei [Firma] am Montag.")]
    [InlineData("Bauunternehmen Talblick Sanitär und Heizung GmbH stellt ein.", "[Firma] stellt ein.")] // "und" after a trade word
    [InlineData("Fahrer bei Obrazcov Transporte S.r.l. gewesen.", "Fahrer bei [Firma] gewesen.")] // the Italian and Romanian form in lower case
    [Trait("Rule", "P2")]
    public void Scrub_FirmsContinuedByAHyphenOrAndOrWithTheFormSrl_AreReplacedWhole(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Schulden bei Lindenhof Baumarkt und Abendstern-Reifenservice OHG; Termin folgt.", "und")] // the next firm after "und"
    [InlineData("Schulden bei einem Baumarkt und Abendstern OHG; Termin folgt.", "und")] // a function word before the trade word
    [InlineData("Stellen bei Kloß Personaldienst GmbH und Gebäudereinigung Volmar GmbH frei.", "und")] // two firms
    [Trait("Rule", "P2")]
    public void Scrub_AndBetweenTwoFirms_Stays(string note, string kept) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldContain(" " + kept + " ");
}
