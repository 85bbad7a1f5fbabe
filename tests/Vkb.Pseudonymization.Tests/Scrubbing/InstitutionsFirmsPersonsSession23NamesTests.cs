namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The classes of heldout18's missed institutions, firms and persons that session 23 covers (docs/scrubbing.md, "heldout18's
/// institutions, firms and persons: read (session 23)"): the legal forms abroad written with a slash or with dots ("A/S", "P/F",
/// "S.p.A.", "S.a.s.", "B.M."), a consignment's parties before a firm, and a body's abbreviation before its place in more shapes
/// (two syllables' capitals, capitals the lists have as a word, a place that starts as places do, a river after "am"). The notes are
/// written for these tests: invented places, firms and names of each class, not a corpus's phrases; beside them stand words of the
/// same shapes that must stay.
/// </summary>
public class InstitutionsFirmsPersonsSession23NamesTests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Früher bei Nordkap Trawl A/S in Klaksvík beschäftigt.", "Früher bei [Firma] in Klaksvík beschäftigt.")]
    [InlineData("Vertrag mit Havbrún Fisk P/F liegt vor.", "Vertrag mit [Firma] liegt vor.")]
    [InlineData("Zuletzt bei Ferrovie Alpine S.p.A. in Bozen.", "Zuletzt bei [Firma] in Bozen.")]
    [InlineData("Saisonarbeit bei Albergo Sassolungo S.a.s. gefunden.", "Saisonarbeit bei [Firma] gefunden.")]
    [InlineData("Er war Laborant bei Migdal Tech B.M. beschäftigt.", "Er war Laborant bei [Firma] beschäftigt.")]
    [Trait("Rule", "P2")]
    public void Scrub_AFirmWithALegalFormAbroadWrittenWithASlashOrDots_IsAFirm(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Die A/S-Nummer fehlt noch.")]
    [InlineData("Bitte s. p. A. beachten.")]
    [Trait("Rule", "P2")]
    public void Scrub_ASlashOrDotsThatAreNoLegalForm_Stay(string note) => Scrub(note).ShouldBe(note);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AConsignmentsPartiesBeforeFirms_AreWordsOfTheNote() =>
        Scrub("Frachtbrief: Empfänger Ferrovie Alpine S.p.A., Absender Nordkap Trawl A/S.")
            .ShouldBe("Frachtbrief: Empfänger [Firma], Absender [Firma].");

    [Theory]
    [InlineData("Kooperation mit SpDi Hinterwaldau vereinbart.", "Kooperation mit [Institution] vereinbart.")] // two syllables' capitals
    [InlineData("Schwimmkurs bei DLRG Brunnhausen ab Juni.", "Schwimmkurs bei [Institution] ab Juni.")] // capitals the lists have
    [InlineData("Jugendtrainer beim MTV Ellerbachtal.", "Jugendtrainer beim [Institution].")]
    [InlineData("Kurs bei der KVHS Oberkirchaula gebucht.", "Kurs bei der [Institution] gebucht.")] // a place that ends in a word
    [InlineData("Umschulung beim BFW Lindenau am Main.", "Umschulung beim [Institution].")] // a river after "am"
    [InlineData("Gespräch mit dem ASD Rüdenhausen am Rhein.", "Gespräch mit dem [Institution].")]
    [Trait("Rule", "P2")]
    public void Scrub_ABodysAbbreviationInMoreShapesBeforeItsPlace_IsAnInstitution(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Sachbearbeiter KHK Hasitha Perera meldet sich.", "Sachbearbeiter KHK [Person 1] meldet sich.")] // a rank before a person
    [InlineData("Antrag WBA Wilkerson liegt vor.", "Antrag WBA [Person 1] liegt vor.")]
    [InlineData("Das MTV Programm läuft am Abend.", "Das MTV Programm läuft am Abend.")]
    [InlineData("Termin beim IFD Lauenbrück am Montag.", "Termin beim [Institution] am Montag.")] // no river after "am"
    [Trait("Rule", "P2")]
    public void Scrub_CapitalsTheListsHaveBeforeAWordThatIsNoPlace_AreNoInstitution(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Praktikum beim Wildpark Hinterwaldau ab Juni.", "Praktikum beim [Institution] ab Juni.")]
    [InlineData("Zusage vom Tiergehege Lindenbrunn liegt vor.", "Zusage vom [Institution] liegt vor.")]
    [InlineData("Lehrgang bei der Erwachsenenbildung Hinterwaldau gebucht.", "Lehrgang bei der [Institution] gebucht.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnAnimalParkOrAdultEducationByItsPlace_IsAnInstitution(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AZooOfATownWithoutItsName_Stays() =>
        Scrub("Der Zoo der Kreisstadt hat abgelehnt.").ShouldBe("Der Zoo der Kreisstadt hat abgelehnt.");

    [Theory]
    [InlineData("Er singt im Chor der Ev. Kirchengemeinde Hinterwaldau.", "Er singt im Chor der [Institution].")]
    [InlineData("Sie ist in der Ev.-luth. Kirchengemeinde Lindenbrunn aktiv.", "Sie ist in der [Institution] aktiv.")]
    [InlineData("Kontakt zur Kath. Kirchengemeinde Hinterwaldau aufgenommen.", "Kontakt zur [Institution] aufgenommen.")]
    [InlineData("Ggf. Kirchengemeinde Hinterwaldau anfragen.", "Ggf. [Institution] anfragen.")] // no denomination
    [Trait("Rule", "P2")]
    public void Scrub_ADenominationAbbreviatedBeforeAChurchsBody_IsPartOfTheInstitution(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_TwoFormedAdjectivesBeforeAKindAndItsPlace_ArePartOfTheInstitution() =>
        Scrub("Stellenangebot der Liberalen Jüdischen Gemeinde Hinterwaldau: Küchenhilfe.").ShouldBe("Stellenangebot der [Institution]: Küchenhilfe.");

    [Theory]
    [InlineData("Anmeldung bei der Kita „Kleine Möwe“ Hinterwaldau erfolgt.", "Anmeldung bei der [Institution] erfolgt.")]
    [InlineData("Das Jugendzentrum \"Oase\" hat angerufen.", "Das [Institution] hat angerufen.")]
    [Trait("Rule", "P2")]
    public void Scrub_AKindWithItsNameInQuotationMarks_IsAnInstitution(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AKindBeforeQuotedSmallLetters_Stays() => Scrub("Die Kita „ist“ voll.").ShouldBe("Die Kita „ist“ voll.");

    [Theory]
    [InlineData("Bewerbung bei Kessenich Fischverarbeitung abgeschickt.", "Bewerbung bei [Firma] abgeschickt.")]
    [InlineData("Saisonarbeit bei Krabbenfischerei Kessenich.", "Saisonarbeit bei [Firma].")]
    [InlineData("Kontakt über Kessenich Baumschule.", "Kontakt über [Firma].")]
    [InlineData("Lieferant Lindenau-Fischverarbeitung, Kundennummer 55.", "Lieferant [Firma], Kundennummer 55.")] // any trade after a hyphen
    [InlineData("Einladung zu Nordlicht-Kessenich-Bühnentechnik.", "Einladung zu [Firma].")] // the second of two parts the name
    [Trait("Rule", "P2")]
    public void Scrub_AFirmByItsNameAndATradeFormedAsTheseAre_IsAFirm(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_ATradeWordWithoutAName_Stays() => Scrub("Die Fischverarbeitung lief gut.").ShouldBe("Die Fischverarbeitung lief gut.");

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_ASaintsGivenNameInIusBeforeAReplacedSurname_IsTheSamePerson() =>
        Scrub("Rohfassung von Pankratius Gombertzki.").ShouldBe("Rohfassung von [Person 1].");

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AWordInIusBesideNoPerson_Stays() => Scrub("Der Radius beträgt 5 km.").ShouldBe("Der Radius beträgt 5 km.");

    [Theory]
    [InlineData("Die ABH Land Wursterbrück bittet um Auskunft.", "Die [Institution] bittet um Auskunft.")]
    [InlineData("Kurs bei der KVHS Land Obertal gebucht.", "Kurs bei der [Institution] gebucht.")]
    [Trait("Rule", "P2")]
    public void Scrub_ADistrictNamedLandAfterABodysAbbreviation_IsItsPlace(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Für die Rente hilft das Patronato ACLI Obertal.", "Für die Rente hilft das [Institution].")]
    [InlineData("Stellenangebot der Missione Cattolica Italiana Obertal.", "Stellenangebot der [Institution].")]
    [InlineData("Kontakt über die Mission Catholique Lusophone Obertal.", "Kontakt über die [Institution].")]
    [Trait("Rule", "P2")]
    public void Scrub_AnItalianOrFrenchMissionOrWelfareOfficeByItsPlace_IsAnInstitution(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AMissionInGerman_Stays() => Scrub("Die Mission ist klar.").ShouldBe("Die Mission ist klar.");
}
