namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The classes of heldout17's missed institutions, firms and persons that session 22 covers (docs/scrubbing.md, "heldout17's
/// institutions, firms and persons: read (session 22)"): a body's kind formed with a word the lists lacked ("-station",
/// "-gemeinde", "-gilde", "-zunft", "-kloster", "-zentrum", "-seminar"), a bare kind after an adjective formed as a body's name,
/// a place after "Groß"/"Klein"/"Neu"/"Alt", a body's abbreviation the lists lack before its place, clubs' abbreviations, a
/// division after a comma, a club's year of founding, the trades of "-erei" crafts, shipyards, furnishing, two-wheelers and tours,
/// a trade after "&amp; Partner", a name joined to a business word by a hyphen, given names in "-bold", and what is left of a
/// person's name after its token (the letters after an apostrophe, an initial). The notes are written for these tests: invented places, firms and names of each class, not a corpus's phrases;
/// beside them stand words of the same shapes that must stay.
/// </summary>
public class InstitutionsFirmsPersonsSession22NamesTests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Kontakt zur Diakoniestation Obermoorhausen hergestellt.", "Kontakt zur [Institution] hergestellt.")]
    [InlineData("Er singt bei der Kirchengemeinde Wendelsbrück.", "Er singt bei der [Institution].")]
    [InlineData("Sie ist in der Schützengilde Hinterwaldau aktiv.", "Sie ist in der [Institution] aktiv.")]
    [InlineData("Fastnacht mit der Narrenzunft Ellerbachtal.", "Fastnacht mit der [Institution].")]
    [InlineData("Anmeldung beim Oberstufenzentrum Lindenhügel erfolgt.", "Anmeldung beim [Institution] erfolgt.")]
    [InlineData("Aufnahme im Priesterseminar Hohenbrünn.", "Aufnahme im [Institution].")]
    [Trait("Rule", "P2")]
    public void Scrub_ABodyOfAKindFormedWithAWordTheListsLackedAndItsPlace_IsAnInstitution(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AWordInStationThatIsNoCompoundOfAWordOfTheLists_Stays() =>
        Scrub("Attestation de travail liegt vor.").ShouldBe("Attestation de travail liegt vor.");

    [Theory]
    [InlineData("Termin bei der Gewerblichen Schule Obertal vereinbart.", "Termin bei der [Institution] vereinbart.")]
    [InlineData("Die Gewerbliche Schule Obertal meldet Fehlzeiten.", "Die [Institution] meldet Fehlzeiten.")]
    [InlineData("Kontakt: Koptisches Kloster Brenkendorf, Pater Tadros.", "Kontakt: [Institution], Pater [Person 1].")]
    [InlineData("Aktiv im Koptisch-Orthodoxen Kloster Brenkendorf.", "Aktiv im [Institution].")] // a pair of adjectives by a hyphen
    [InlineData("Psychosoziale Beratungsstelle Tannwald hat angerufen.", "[Institution] hat angerufen.")] // before a kind of the lists
    [Trait("Rule", "P2")]
    public void Scrub_AnAdjectiveFormedAsABodysNameBeforeItsKindAndPlace_IsPartOfTheInstitution(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Honorar zahlt das Statistische Landesamt.")] // no place after the kind
    [InlineData("Die Berufliche Schule ist weit weg.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnAdjectiveAndAKindWithoutAPlace_Stay(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Sie besucht die Regionalschule Groß Wiesendorf.", "Sie besucht die [Institution].")]
    [InlineData("Die Grundschule Klein Quassow hat geschrieben.", "Die [Institution] hat geschrieben.")]
    [Trait("Rule", "P2")]
    public void Scrub_APlaceAfterGrossOrKlein_IsTakenWhole(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Termin beim IFD Lauenbrück wahrgenommen.", "Termin beim [Institution] wahrgenommen.")]
    [InlineData("Kd. hat Termin bei OSZ Bad Freienhagen wahrgenommen.", "Kd. hat Termin bei [Institution] wahrgenommen.")]
    [InlineData("Früher bei OOO Baikal-Stroi in Mirny gearbeitet.", "Früher bei [Institution] in [Person 1] gearbeitet.")] // no joiner after it
    [Trait("Rule", "P2")]
    public void Scrub_ABodysAbbreviationTheListsLackBeforeItsPlace_IsAnInstitution(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Die AVGS Maßnahme läuft, die EGV Müller ist unterschrieben.", "Die AVGS Maßnahme läuft, die EGV Müller ist unterschrieben.")] // terms
    [InlineData("OCR Lohnabrechnung liegt vor.", "OCR Lohnabrechnung liegt vor.")] // a word of the lists, a compound after it
    [InlineData("Die QXZ Lohnabrechnung liegt vor.", "Die QXZ Lohnabrechnung liegt vor.")] // a compound of words of the lists after it
    [InlineData("Sachbearbeiter KHK Rathnayake ruft an.", "Sachbearbeiter KHK [Person 1] ruft an.")] // a rank the lists have
    [InlineData("Nur Name YAPO KASSI und Datum lesbar.", "Nur [Person 1] und Datum lesbar.")] // a name in capitals
    [Trait("Rule", "P2")]
    public void Scrub_AnAbbreviationOfTheListsOrANameInCapitals_IsNoInstitution(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Mitglied im SV Hohenwiesen seit Jahren.", "Mitglied im [Institution] seit Jahren.")]
    [InlineData("SC-Ticket 4711 angelegt, TV Gerät defekt.", "SC-Ticket 4711 angelegt, TV Gerät defekt.")]
    [InlineData("Anerkennung beim Regierungspräsidium Tübingen beantragt.", "Anerkennung beim [Institution] beantragt.")]
    [InlineData("Meldung an die Ortsverwaltung Wiesental.", "Meldung an die [Institution].")]
    [Trait("Rule", "P2")]
    public void Scrub_AClubsAbbreviationARegionalGovernmentOrALocalOfficeWithItsPlace_IsAnInstitution(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Termin beim SKM Betreuungsverein Obertal.", "Termin beim [Institution].")] // an abbreviation before the body
    [InlineData("Antrag beim Landratsamt Kleinbreisach, Versorgungsamt gestellt.", "Antrag beim [Institution] gestellt.")] // a division after a comma
    [InlineData("Anerkennung beim Regierungspräsidium Tübingen, Landesprüfungsamt.", "Anerkennung beim [Institution].")]
    [InlineData("Er rudert im Ruderverein Wasserfeld von 1911 seit Jahren.", "Er rudert im [Institution] seit Jahren.")] // a year of founding
    [InlineData("Mitglied im SV Hohenwiesen 1948 e.V. und im TSV Obertal.", "Mitglied im [Institution] und im [Institution].")]
    [Trait("Rule", "P2")]
    public void Scrub_TheWordsAroundAnInstitutionThatBelongToIt_AreTakenWithIt(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Gespräch mit Jobcenter Obertal, Sozialamt und Jugendamt.", "Gespräch mit [Institution], Sozialamt und Jugendamt.")] // a list's item
    [InlineData("Er war beim Jobcenter Essen von 2019 bis 2021 gemeldet.", "Er war beim [Institution] von 2019 bis 2021 gemeldet.")] // a period
    [InlineData("Ausbildung: Priesterseminar Flensburg (C-Kurs) begonnen.", "Ausbildung: [Institution] (C-Kurs) begonnen.")] // no place in brackets
    [Trait("Rule", "P2")]
    public void Scrub_AKindInAListAPeriodOrALetterAndAHyphenInBrackets_StayAfterTheInstitution(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Die Fischräucherei Lüttjohann sucht Aushilfen.", "Die [Firma] sucht Aushilfen.")]
    [InlineData("Arbeit bei der Bootswerft Krienke und bei der Molkerei Wettenbrink.", "Arbeit bei der [Firma] und bei der [Firma].")]
    [InlineData("Angebot von Raumausstattung Wendula Krienke eingeholt.", "Angebot von [Firma] eingeholt.")]
    [InlineData("Fahrrad gekauft bei Zweirad Angeliter.", "Fahrrad gekauft bei [Firma].")]
    [InlineData("Kopie an Reederei Kahnfahrten Wisserbrink gemailt.", "Kopie an Reederei [Firma] gemailt.")] // no "-erei" noun before a named trade
    [InlineData("Beim Änderungsschneiderei Brückenbau gearbeitet.", "Beim [Firma] gearbeitet.")] // a trade without a name after it takes it
    [Trait("Rule", "P2")]
    public void Scrub_AFirmNamedByItsTradeAndItsOwnerOrName_IsAFirm(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_ATradeAfterAndPartner_IsPartOfTheFirm() =>
        Scrub("Vermieter ist Krienke & Partner Immobilien.").ShouldBe("Vermieter ist [Firma].");

    [Theory]
    [InlineData("Arbeitgeber ist Wagrien-Druck seit Mai.", "Arbeitgeber ist [Firma] seit Mai.")]
    [InlineData("Bewerbung bei Oderaue-Montagen und Fließgrund-Frische.", "Bewerbung bei [Firma] und [Firma].")]
    [InlineData("Termin bei Müller-Pflege am Montag.", "Termin bei [Firma] am Montag.")] // a registered name
    [Trait("Rule", "P2")]
    public void Scrub_ANameJoinedToABusinessWordByAHyphen_IsAFirm(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Die Kinder-Pflege ist geregelt, Haus-Druck auch.")] // words of the lists before the hyphen
    [InlineData("Die Pflege-Druck-Frage bleibt offen.")] // a compound of the note
    [Trait("Rule", "P2")]
    public void Scrub_AWordOfTheListsJoinedToABusinessWord_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Laut Reinbold Duffner (Hausmeister) ist die Wohnung leer.", "Laut [Person 1] (Hausmeister) ist die Wohnung leer.")]
    [Trait("Rule", "P2")]
    public void Scrub_AGivenNameInBoldBeforeAReplacedSurname_GoesWithIt(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_SobaldBeforeAName_Stays() => Scrub("Sobald Meier anruft.").ShouldBe("Sobald [Person 1] anruft.");

    [Theory]
    [InlineData("Übergabe an Fañch Floc’h (Reha-Team).", "Übergabe an [Person 1] (Reha-Team).")]
    [InlineData("Rückruf von Herrn O'Dwyerbrook erbeten.", "Rückruf von Herrn [Person 1] erbeten.")]
    [Trait("Rule", "P2")]
    public void Scrub_TheLettersAfterAnApostropheInAName_GoWithTheName(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Liste: Kerbrat M. – Schlüssel vergessen.", "Liste: [Person 1] – Schlüssel vergessen.")]
    [InlineData("Vorlage an Treppschuh M. z. K. und Entscheidung.", "Vorlage an [Person 1] z. K. und Entscheidung.")]
    [InlineData("[Kommentar von Lagessoux L.]: bitte prüfen.", "[Kommentar von [Person 1]]: bitte prüfen.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnInitialAfterAPersonsSurname_GoesWithTheName(string note, string expected) => Scrub(note).ShouldBe(expected);
}
