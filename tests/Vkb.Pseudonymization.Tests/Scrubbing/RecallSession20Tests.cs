using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shapes of session 20 (docs/scrubbing.md, "… heldout16 read (session 20)"), each a general rule rather than a phrase of
/// heldout16. The notes are written for these tests (invented names, places and values), not taken from a corpus; beside them
/// stand notes that must stay.
/// </summary>
public class RecallSession20Tests
{
    [Theory]
    [InlineData("Ansprechpartner: Hr. Quandel, +49 34567 123450, Mail folgt.", "Ansprechpartner: Hr. [Person 1], [Telefon], Mail folgt.")] // eleven digits 5+6 after +49 that pass the tax id's check digit
    [InlineData("Rückruf unter 0049 27182 818283 erbeten.", "Rückruf unter [Telefon] erbeten.")] // 0049
    [InlineData("Erreichbar +49 (0) 27182 818283 ab 9.", "Erreichbar [Telefon] ab 9.")] // "(0)" after the country code
    [Trait("Rule", "P2")]
    public void Scrub_ElevenDigitsAfterACountryCode_AreAPhoneNotATaxId(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Steuer-ID 34567 123450 liegt vor.", "Steuer-ID [Steuer-ID] liegt vor.")] // without a country code still a tax id
    [Trait("Rule", "P2")]
    public void Scrub_ElevenDigitsWithoutACountryCode_StayATaxId(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Vertrag vom 14 februari 2024 liegt vor.", "Vertrag vom [Datum] liegt vor.")] // Dutch
    [InlineData("Eingeschrieben am 3 Desember 2023.", "Eingeschrieben am [Datum].")] // Afrikaans
    [InlineData("Bescheinigung vom 12 października 2023.", "Bescheinigung vom [Datum].")] // Polish genitive
    [InlineData("Zeugnis vom 7 Ağustos 2022 liegt vor.", "Zeugnis vom [Datum] liegt vor.")] // Turkish
    [InlineData("Nachweis vom 2 martie 2024.", "Nachweis vom [Datum].")] // Romanian
    [InlineData("Schreiben vom 14 augusti 2021.", "Schreiben vom [Datum].")] // Swedish
    [InlineData("Urkunde vom 17 Agustus 2022.", "Urkunde vom [Datum].")] // Indonesian
    [Trait("Rule", "P2")]
    public void Scrub_ADayAMonthOfAnotherLanguageAndAYear_IsADate(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Die Gruppe maart 12 Teilnehmer.")] // a month word without the day before it
    [InlineData("Ein Kind mei 3 Jahre.")]
    [Trait("Rule", "P2")]
    public void Scrub_AForeignMonthWithoutDayAndYear_IsNoDate(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Datum]");

    [Theory]
    [InlineData("Brief an Quittenweg 7 b, 39104 Magdeburg ging raus.", "Brief an [Adresse] ging raus.")] // a letter apart from the number
    [InlineData("Post an Quittengarten 7 b (Hinterhaus) geschickt.", "Post an [Adresse] geschickt.")] // the letter before a detail, no postcode
    [InlineData("Neue Wohnung Birkenallee 12, EG links, 04109 Leipzig.", "Neue Wohnung [Adresse].")] // a floor and its side
    [InlineData("Wohnung Talstraße 3, 2. OG rechts, 01067 Dresden gemietet.", "Wohnung [Adresse] gemietet.")]
    [InlineData("Anschrift Molenstraat 44 hs, 3011 BN Rotterdam. Tel folgt.", "Anschrift [Adresse]. Tel folgt.")] // Dutch "huis"
    [InlineData("Zuletzt gemeldet Rue des Lilas 9-bis, 75011 Paris.", "Zuletzt gemeldet [Adresse].")] // "bis" after the number
    [InlineData("Umzug nach Kastanienweg 4, 06886 Lutherstadt Wittenberg erfolgt.", "Umzug nach [Adresse] erfolgt.")] // a town's prefix and name
    [InlineData("Umzug nach Kastanienweg 4, 49152 Bad Essen erfolgt.", "Umzug nach [Adresse] erfolgt.")] // the name a word of the lists
    [InlineData("Post an Am krummen Acker 5, 37073 Göttingen.", "Post an [Adresse].")] // a preposition and an adjective before the street
    [InlineData("Wohnt jetzt Hinter den hohen Linden 8, 99084 Erfurt.", "Wohnt jetzt [Adresse].")]
    [Trait("Rule", "P2")]
    public void Scrub_AnAddressWithItsLetterFloorTownPrefixOrAdjective_IsReplacedWhole(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Am alten Standort 3 Mitarbeiter, danach Lindenweg 4 a und b.")] // no address before the adjective
    [InlineData("Wohnung Kirschweg 16 b, Arbeit bei der Post.")] // a word of the lists after a letter and comma is no town
    [InlineData("ER IST AM 3. MAI AUS BIRKENWEG 4, EG RECHTS IN 08412 WERDAU GEKOMMEN.")] // in capitals the sentence's word
    [Trait("Rule", "P2")]
    public void Scrub_WordsAroundAnAddressThatAreNoPartOfIt_Stay(string note)
    {
        var scrubbed = PatternRecallTests.ScrubVocabulary(note);
        foreach (var word in new[] { "Am alten Standort", "Arbeit", "GEKOMMEN", "und b" })
        {
            if (note.Contains(word, StringComparison.Ordinal))
            {
                scrubbed.ShouldContain(word);
            }
        }
    }

    [Theory]
    [InlineData("Umzug (39104 Magdeburg, Seifensiederstich 14). Prüfung folgt.", "Umzug ([Ort], [Adresse]). Prüfung folgt.")] // the town first
    [InlineData("Neu: 04109 Leipzig, Kaiser-Otto-Linden-Garten 7b ab Mai.", "Neu: [Ort], [Adresse] ab Mai.")]
    [InlineData("Post an Tuchmachersteige 3a mit Rückumschlag.", "Post an [Adresse] mit Rückumschlag.")] // a climb
    [InlineData("Besuch in Drahtzieherbogen 12b am Montag.", "Besuch in [Adresse] am Montag.")] // a bend
    [Trait("Rule", "P2")]
    public void Scrub_AStreetAfterItsTownOrOnAClimbOrBend_IsAnAddress(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Fragebogen 2 ausgefüllt, Mückenstich 3 Tage alt.")] // common nouns on the guarded heads
    [InlineData("Für den Geigenbogen 2 Termine, für die Wäschesteige 3 Anrufe.")] // words of the lists on them
    [InlineData("Umzug nach 39104 Magdeburg, Termin 3 Wochen später.")] // a word of the lists before a number after the town
    [InlineData("Unfall bei 39104 Magdeburg, Fahrzeug MD-AB 123 beschädigt.")] // a plate after the town
    [InlineData("Lager in 39104 Magdeburg, ZRNK 12 gesperrt.")] // an abbreviation in capitals before a number
    [Trait("Rule", "P2")]
    public void Scrub_ACommonNounOrPlateBeforeANumber_IsNoStreet(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Adresse]");

    [Theory]
    [InlineData("Bewerbungen an Staedtler und Rügenwalder verschickt.", "Bewerbungen an [Firma] und [Firma] verschickt.")] // makers named alone
    [InlineData("Vorschlag: Aushilfe bei Fresenius.", "Vorschlag: Aushilfe bei [Firma].")]
    [InlineData("Früher bei Opel, jetzt arbeitslos.", "Früher bei [Firma], jetzt arbeitslos.")]
    [InlineData("Zusage von Rewe Südwest liegt vor.", "Zusage von [Firma] liegt vor.")] // a chain's region
    [InlineData("Aushilfe im DHL Hub Magdeburg seit Mai.", "Aushilfe im [Firma] seit Mai.")] // a site's town
    [Trait("Rule", "P2")]
    public void Scrub_AWellKnownMakerOrChainNamedAlone_IsAFirm(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Fahrzeug: Opel Corsa, Baujahr 2012, und ein BMW 320d.")] // a car maker before a model is the car
    [Trait("Rule", "P2")]
    public void Scrub_ACarMakerBeforeAModel_Stays(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Firma]");

    [Theory]
    [InlineData("Praktikum bei Hufbeschlag Quernheim ab Mai.", "Praktikum bei [Firma] ab Mai.")] // a craft named by its owner
    [InlineData("Bewerbung an Lindhorst Fleischwaren AG geschickt.", "Bewerbung an [Firma] geschickt.")] // a kind of goods before the form
    [InlineData("Absage von Sonnentaler-Reisen per Post.", "Absage von [Firma] per Post.")] // a name joined to its trade
    [InlineData("Minijob bei Tannroda-Kfz-Aufbereitung seit Juni.", "Minijob bei [Firma] seit Juni.")]
    [Trait("Rule", "P2")]
    public void Scrub_AFirmByItsTradeOrGoods_IsReplaced(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Antrag auf Kinder-Tagespflege gestellt, Reisen nicht geplant.")] // a word of the lists before the trade
    [InlineData("Hinweis Feiereisen: Vermerke sachlich halten.")] // a surname ending in a trade word
    [Trait("Rule", "P2")]
    public void Scrub_ATradeWordBesideOrdinaryWords_IsNoFirm(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Firma]");

    [Theory]
    [InlineData("Termin bei der Schuldner- und Insolvenzberatung Tannroda wahrgenommen.", "Termin bei der [Institution] wahrgenommen.")] // a pair cut short
    [InlineData("Die Jugendberufsagentur Ilmtal meldet sich.", "Die [Institution] meldet sich.")]
    [InlineData("Übergang aus den Werkstätten Tannroda: Budget für Arbeit.", "Übergang aus den [Institution]: Budget für Arbeit.")]
    [InlineData("Übungsleiter beim TuS Tannroda seit 2019.", "Übungsleiter beim [Institution] seit 2019.")] // a sports club's abbreviation
    [InlineData("Diplom der Universidad Nacional de Asunción vorgelegt.", "Diplom der [Institution] vorgelegt.")] // a university abroad
    [InlineData("Zeugnis vom Lycée Tannroda liegt vor.", "Zeugnis vom [Institution] liegt vor.")]
    [Trait("Rule", "P2")]
    public void Scrub_ACounsellingServiceWorkshopClubOrSchoolAbroadByItsName_IsAnInstitution(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Die Werkstätten sind voll, Insolvenzberatung empfohlen.")] // the kind alone names no body
    [Trait("Rule", "P2")]
    public void Scrub_AKindAlone_IsNoInstitution(string note) =>
        PatternRecallTests.ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Weitergegeben an Stanislaus Quernheim vom Empfang.", "Stanislaus")] // Latinised Slavic element
    [InlineData("Weitergegeben an Wenzeslaus Quernheim vom Empfang.", "Wenzeslaus")] // a given name the vocabulary has as a word
    [InlineData("Rückruf von Jaroslav Quernheim erbeten.", "Jaroslav")]
    [InlineData("Gespräch mit Kasimir Quernheim geführt.", "Kasimir")]
    [Trait("Rule", "P2")]
    public void Scrub_ASlavicGivenNameBeforeAReplacedSurname_IsReplacedWithIt(string note, string givenName)
    {
        var scrubbed = PatternRecallTests.ScrubVocabulary(note);
        scrubbed.ShouldNotContain(givenName);
        scrubbed.ShouldNotContain("Quernheim");
    }

    [Theory]
    [InlineData("Er sagte mir Bescheid, danach Klausur.")] // "mir", "Klausur": no person beside them
    [Trait("Rule", "P2")]
    public void Scrub_AWordEndingInAnElementBesideNoPerson_Stays(string note) =>
        PatternRecallTests.ShouldScrubTo(note, note);
}
