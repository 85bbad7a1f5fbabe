using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shapes of session 16 (docs/scrubbing.md, "… (session 16)"), each a general rule rather than a phrase of heldout12. The notes
/// are written for these tests (invented names and places), not taken from a corpus; beside them stand notes that must stay.
/// </summary>
public class RecallSession16Tests
{
    [Theory]
    [InlineData("Verteiler: Albrecht, T.; Kruse, U.; Lindqvist, A. Inhalt: Fall Obenauf in der Teamrunde.",
        "Verteiler: [Person 1]; [Person 2]; [Person 3]. Inhalt: Fall Obenauf in der Teamrunde.")]
    [InlineData("Brunnhuber, K. (Reha-Team) übernimmt die Beratung ab Montag.", "[Person 1] (Reha-Team) übernimmt die Beratung ab Montag.")]
    [InlineData("Rückruf: Wiese-Obenauf, H.-J.; Akte liegt vor.", "Rückruf: [Person 1]; Akte liegt vor.")]
    [InlineData("Die Unterlagen kamen mit der Post, K. prüft sie morgen.", "Die Unterlagen kamen mit der Post prüft sie morgen.")] // in running text the word before stays
    [Trait("Rule", "P2")]
    public void Scrub_ASurnameAndAnInitialAsListsAndSignaturesWriteThem_IsReplacedWhole(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Siehe Anlage, S. 4 und Merkblatt, S. 12.")] // a page after the letter
    [InlineData("SECHS BEWERBUNGEN, U. A. BEI EINER SPEDITION.")] // an abbreviation of two letters
    [InlineData("Termin verschoben, Z. B. wegen Krankheit.")]
    [InlineData("Der Antrag, S. 2, fehlt noch.")]
    [Trait("Rule", "P2")]
    public void Scrub_ALetterAndADotAfterACommaThatIsNoInitial_Stays(string note) => PatternRecallTests.ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Kd. legt Geburtsnachweis aus Quartier Tanvè, Porto-Sèkou vor.", "Kd. legt Geburtsnachweis aus [Adresse] vor.")] // a quarter needs no number
    [InlineData("Heimatadresse laut Kd.: Caixa Postal 41, Itapuã. Keine Unterlagen.", "Heimatadresse laut Kd.: [Adresse]. Keine Unterlagen.")]
    [InlineData("Kd. erwähnt Kloster in BP 318, Dapaong, Togo, möchte dort hin.", "Kd. erwähnt Kloster in [Adresse], möchte dort hin.")]
    [InlineData("Heimatadresse: Secteur 22, Tenkodogo (Burkina Faso). Keine Unterlagen.", "Heimatadresse: [Adresse]. Keine Unterlagen.")]
    [InlineData("Kloster in Qaraqosh, Bakhdida (Irak), möchte dort hin.", "Kloster in [Adresse], möchte dort hin.")] // a country ends it, no number
    [InlineData("Geld an Familie in Rua do Sol 14, Olinda - PE, Brasilien; Empfänger unbekannt.", "Geld an Familie in [Adresse]; Empfänger unbekannt.")]
    [InlineData("Notfallkontakt: Rue 7.12, Parakou, Bénin, bitte anrufen.", "Notfallkontakt: [Adresse], bitte anrufen.")]
    [InlineData("Kd. besucht Verwandte in Alqosh, Erbil (Irak), Rückkehr offen.", "Kd. besucht Verwandte in [Adresse], Rückkehr offen.")] // no town after the country
    [Trait("Rule", "P2")]
    public void Scrub_AnAddressAbroadOfQuartersPostBoxesOrEndedByACountry_IsReplacedWhole(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Kd. stammt aus Aleppo, Syrien und lebt seit 2015 hier.")] // a town and a country alone
    [InlineData("Beschäftigung in Frankreich, danach Rückkehr.")]
    [InlineData("Urlaub in Italien, Spanien und Portugal geplant.")]
    [InlineData("Arbeit in Polen, Tschechien, Ungarn gesucht.")] // countries are no parts before a country
    [InlineData("Reise nach Lissabon, Porto, Portugal geplant.")] // words of the vocabulary that are no names there
    [InlineData("Das Quartier ist gut, Miete bezahlt.")]
    [Trait("Rule", "P2")]
    public void Scrub_CountriesAndQuartersThatAreNoAddress_Stay(string note) => PatternRecallTests.ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Die Verbandsgemeinde Kirchwald bestätigt Ratenzahlung.", "Die [Institution] bestätigt Ratenzahlung.")]
    [InlineData("Bescheinigung Freiwillige Feuerwehr Oberlauken: Kd. ist Mitglied.", "Bescheinigung [Institution]: Kd. ist Mitglied.")]
    [InlineData("Mitglied der Kreisjägerschaft Hunsrück-Mitte seit 2019.", "Mitglied der [Institution] seit 2019.")]
    [InlineData("Weiterleitung an Sozialversicherung für Landwirtschaft, Forsten und Gartenbau.", "Weiterleitung an [Institution].")]
    [InlineData("Beratung bei der Verbraucherzentrale des Landes Brandenburg vereinbart.", "Beratung bei der [Institution] vereinbart.")]
    [Trait("Rule", "P2")]
    public void Scrub_AMunicipalityAFireBrigadeOrAnInsurerByItsFieldOrState_IsAnInstitution(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Die Feuerwehr kam schnell, der Einsatz dauerte.")]
    [InlineData("Die Ortsgemeinde hat zugestimmt.")]
    [InlineData("Die Sozialversicherung für Selbstständige ist freiwillig.")] // a field of one noun after an insurer
    [Trait("Rule", "P2")]
    public void Scrub_AKindOfInstitutionWithoutItsPlace_Stays(string note) => PatternRecallTests.ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Kd. stammt aus Kobanê, Syrien.")] // a town and a country alone
    [InlineData("Reise nach Lissabon, Porto, Portugal.")] // towns the vocabulary knows
    [InlineData("Arbeit gesucht in Polen, Tschechien, Ungarn.")] // countries are no places before a country
    [Trait("Rule", "P2")]
    public void Scrub_ATownAndACountryAloneOrPlacesTheVocabularyKnows_AreNoAddress(string note)
    {
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Adresse]");
        new TextScrubber(null, ScrubMode.Detectors).Scrub(note, new ScrubContext(new Pseudonymizer(TestKeys.Key()), "P1", null, null, new NodaTime.LocalDate(2025, 4, 1)))
            .ShouldNotContain("[Adresse]");
    }
}
