using NodaTime;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shapes of session 15 (docs/scrubbing.md, "… (session 15)"), each a general rule rather than a phrase of heldout11: numbers
/// dictated in blocks and letters in a spelling alphabet, e-mail addresses dictated with "Klammeraffe" and said separators or typed
/// with a blank before the last dot, an e-mail's local part naming its owner, a plate's kind letter apart, a river or region in
/// brackets after a town, committees and offices as kinds of bodies, and more Germanic name elements. The notes are written for
/// these tests (invented names and places), not taken from a corpus; beside them stand notes that must stay.
/// </summary>
public class RecallSession15Tests
{
    private static readonly Pseudonymizer Pseudonymizer = new(TestKeys.Key());
    private static readonly TextScrubber Detectors = new(null, ScrubMode.Detectors);

    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    private static string ScrubDetectors(string note) =>
        Detectors.Scrub(note, new ScrubContext(Pseudonymizer, "P1", null, new LocalDate(1984, 7, 12), new LocalDate(2025, 4, 1)));

    [Theory]
    [InlineData("Kundennummer am Telefon: vier eins sieben, K wie Konrad, zwei zwei null, neun eins sechs. Danach aufgelegt.", "Kundennummer am Telefon: [Nummer]. Danach aufgelegt.")]
    [InlineData("kundennummer: vier eins sieben, k wie kaufmann, zwei zwei null, neun eins sechs.", "kundennummer: [Nummer].")]
    [InlineData("Rufnummer genannt: null eins sieben sechs, drei zwei eins, vier vier, null neun zwei. Bitte zurückrufen.", "Rufnummer genannt: [Nummer]. Bitte zurückrufen.")]
    [InlineData("Ausweisnummer: L wie Ludwig, acht acht zwei, T wie Theodor, null null vier eins.", "Ausweisnummer: [Nummer].")]
    [Trait("Rule", "P2")]
    public void Scrub_ANumberDictatedInBlocksOrWithASpellingAlphabet_IsReplacedWhole(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Er hat zwei, drei Termine verpasst, vier Kinder, fünf Enkel.")] // a single number word after a comma is a count
    [InlineData("Drei oder vier, fünf Wochen Wartezeit.")]
    [InlineData("Plan A wie Anfang, dann B.")] // a spelt letter alone is no number
    [InlineData("Sie zählte eins, zwei, drei, vier und lachte.")] // single number words apart by commas are no blocks
    [Trait("Rule", "P2")]
    public void Scrub_NumberWordsOrASpeltLetterThatAreNoNumber_Stay(string note) => PatternRecallTests.ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Neue Adresse diktiert: marlene Bindestrich obermaier at gmx Punkt de, bitte notieren.", "Neue Adresse diktiert: [E-Mail], bitte notieren.")]
    [InlineData("Mail: t Unterstrich kowalczyk Klammeraffe web Punkt de. Danke.", "Mail: [E-Mail]. Danke.")]
    [InlineData("Mail: tkowalczyk Klammeraffe web Punkt de. Danke.", "Mail: [E-Mail]. Danke.")]
    [InlineData("Mail an r.obermaier@posteo .de geschickt.", "Mail an [E-Mail] geschickt.")]
    [InlineData("Mail an r.obermaier@posteo .de.", "Mail an [E-Mail].")]
    [Trait("Rule", "P2")]
    public void Scrub_AnEmailDictatedOrWithABlankBeforeItsLastDot_IsReplacedWhole(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Mail an info@firma.de .Dann kam keine Antwort.", "Mail an [E-Mail] .Dann kam keine Antwort.")] // a capital after the blank and the dot is the next sentence
    [InlineData("Der Klammeraffe fehlt in der Adresse.", "Der Klammeraffe fehlt in der Adresse.")]
    [InlineData("Antwort an bewerbung@firma.de, die Bewerbung folgt.", "Antwort an [E-Mail], die Bewerbung folgt.")] // words of the local part name nobody
    [InlineData("Kopie an van.kwembe@web.de, Haus van der Linde besichtigt.", "Kopie an [E-Mail], Haus van der Linde besichtigt.")] // nor do particles
    [Trait("Rule", "P2")]
    public void Scrub_WhatStandsBesideAnEmailThatIsNoPartOfIt_Stays(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Rückruf an KWEMBE Tadeyo, tadeyo.kwembe@web.de, wegen Termin.", "Rückruf an [Person 1], [E-Mail], wegen Termin.")]
    [InlineData("Rückruf an Kwembe wegen Termin, Mail kwembe77@web.de.", "Rückruf an [Person 1] wegen Termin, Mail [E-Mail].")]
    [Trait("Rule", "P2")]
    public void Scrub_ANameThatAnEmailsLocalPartHolds_IsReplacedInTheDetectorsMode(string note, string expected) =>
        ScrubDetectors(note).ShouldBe(expected);

    [Theory]
    [InlineData("Fahrzeug K-XY 345 H verkauft.", "Fahrzeug [Kennzeichen] verkauft.")]
    [InlineData("Transporter KL:Q 77 E, Halter unbekannt.", "Transporter [Kennzeichen], Halter unbekannt.")]
    [InlineData("Kfz hb xy 212 e steht vor der Tür.", "Kfz [Kennzeichen] steht vor der Tür.")]
    [Trait("Rule", "P2")]
    public void Scrub_APlatesKindLetterWrittenApart_JoinsThePlate(string note, string expected) => PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Fahrzeug B-AB 123 E-Auto gekauft.", "Fahrzeug [Kennzeichen] E-Auto gekauft.")]
    [InlineData("Kfz B-AB 12 h lang geparkt.", "Kfz [Kennzeichen] h lang geparkt.")] // a lone "h" in lower case is hours
    [Trait("Rule", "P2")]
    public void Scrub_ALetterAfterAPlateThatIsNoKindLetter_Stays(string note, string expected) => PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Umzug nach Teichweg 4, 54321 Kleinhausen (Westf.) gemeldet.", "Umzug nach [Adresse] gemeldet.")]
    [InlineData("Wohnt jetzt in 54321 Kleinhausen (Ilmenau), Meldung folgt.", "Wohnt jetzt in [Ort], Meldung folgt.")]
    [InlineData("Probearbeit bei Zeitarbeit Obermaier Kleinhausen (Sieg) vereinbart.", "Probearbeit bei [Firma] vereinbart.")]
    [InlineData("Antrag beim Jobcenter Kleinhausen (Ilmenau) gestellt.", "Antrag beim [Institution] gestellt.")]
    [Trait("Rule", "P2")]
    public void Scrub_ARiverOrRegionInBracketsAfterATown_IsPartOfIt(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Umzug nach Teichweg 4, 54321 Kleinhausen (Bescheid folgt) gemeldet.", "Umzug nach [Adresse] (Bescheid folgt) gemeldet.")]
    [InlineData("Probearbeit bei Zeitarbeit Obermaier (Schicht) abgelehnt.", "Probearbeit bei [Firma] (Schicht) abgelehnt.")]
    [Trait("Rule", "P2")]
    public void Scrub_ACommonNounInBracketsAfterATownOrAFirm_Stays(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Gutachten vom Gutachterausschuss Kleinhausen angefordert.", "Gutachten vom [Institution] angefordert.")]
    [InlineData("Antrag bei der Zulassungsstelle Kleinhausen gestellt.", "Antrag bei der [Institution] gestellt.")]
    [Trait("Rule", "P2")]
    public void Scrub_ACommitteeOrAnOfficeWithItsPlace_IsAnInstitution(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Kleidung über die Kleiderkammer Berg-Quendorf bekommen.", "Kleidung über die [Institution] bekommen.")] // a common noun before a hyphen and a name
    [InlineData("Abholung über die Möbelbörse Kleinhausen am Montag.", "Abholung über die [Institution] am Montag.")]
    [InlineData("Eintragung bei der HWK Kleinhausen beantragt.", "Eintragung bei der [Institution] beantragt.")]
    [Trait("Rule", "P2")]
    public void Scrub_AWelfareServiceOrAChamberWithItsPlaceOrAHyphenatedPlace_IsAnInstitution(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Der Kita-Platz beim Jugendamt ist frei.")] // a compound of the note, no place
    [InlineData("Die Möbelbörse hat am Montag zu.")]
    [Trait("Rule", "P2")]
    public void Scrub_AKindWithoutAPlaceOrAHyphenatedCompound_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Transporter gemietet bei Autovermietung Obermaier, Kennzeichen folgt.", "Transporter gemietet bei [Firma], Kennzeichen folgt.")]
    [InlineData("Überweisung an Brennstoffe Obermaier vom Konto.", "Überweisung an [Firma] vom Konto.")]
    [InlineData("Geräteverleih Kleinhausen hat geliefert.", "[Firma] hat geliefert.")]
    [Trait("Rule", "P2")]
    public void Scrub_AFirmThatRentsLendsOrSellsFuel_IsReplacedWhole(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Verdacht Untervermietung geprüft.")] // letting rooms is no firm
    [Trait("Rule", "P2")]
    public void Scrub_AnActOfLettingBesideANoun_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Der Ausschuss hat getagt, die Stelle ist besetzt.")]
    [InlineData("Seine Arbeitsstelle Montag wieder angetreten.")]
    [InlineData("Der Prüfungsausschuss hat getagt.")]
    [Trait("Rule", "P2")]
    public void Scrub_ACommitteeOrAnOfficeWithoutAPlace_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Gespräch mit Frau Obermaier, Walfriede am Montag.", "Gespräch mit Frau [Person 1], [Person 2] am Montag.")]
    [InlineData("Termin mit Hartmund Obermaier vereinbart.", "Termin mit [Person 1] vereinbart.")]
    [InlineData("Brief von Gottliebe Kleinschmidt erhalten.", "Brief von [Person 1] erhalten.")]
    [Trait("Rule", "P2")]
    public void Scrub_AGivenNameEndingInAGermanicElementOfSession15_IsNoCompound(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Kontakt: alwine gutwetter, Tel. folgt.", "Kontakt: [Person 1], Tel. folgt.")] // "gut" + "wetter": a compound the lists lack
    [InlineData("Kd. hat mit jessika brotwind telefoniert.", "Kd. hat mit [Person 1] telefoniert.")]
    [Trait("Rule", "P2")]
    public void Scrub_ASurnameReadOnlyAsACompoundAfterAGivenNameInTheSameCase_IsPartOfTheName(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Vertrag bei Obermaier Kleinhausen beitragsfrei gestellt.", "Vertrag bei [Person 1] beitragsfrei gestellt.")] // another case
    [InlineData("Die kundin ist seit mai bei jessika arbeitslos gemeldet.", "Die kundin ist seit mai bei [Person 1] arbeitslos gemeldet.")] // a word of the lists
    [Trait("Rule", "P2")]
    public void Scrub_ACompoundInAnotherCaseOrAWordOfTheListsAfterAName_Stays(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Der Vormund hat unterschrieben, viel Kinderliebe gezeigt.")]
    [Trait("Rule", "P2")]
    public void Scrub_AWordOfTheListsEndingInSuchAnElement_Stays(string note) => Scrub(note).ShouldBe(note);
}
