namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The address shapes of session 12 (docs/scrubbing.md, "… (session 12)"): addresses abroad without a postcode, written as
/// parts apart by commas (the family's address in Afghanistan, Iraq, Iran, Korea, Egypt …); a German postcode after spaces
/// alone, a dash, a middle dot or a semicolon; a quarter of the compass after a street; a street named by a preposition and an
/// article. The notes are written for these tests, not taken from a corpus; beside each shape stands a note that must stay.
/// </summary>
public class AddressShapeSession12Tests
{
    private static void ShouldScrubTo(string note, string expected) => PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Familie lebt in Kart-e Naw, Jada-e Maiwand, House 7, Kabul.", "Familie lebt in [Adresse].")]
    [InlineData("Letzte Anschrift im Irak: Mahalla 905, Zuqaq 14, Dar 7, Mossul; Nachweis fehlt.", "Letzte Anschrift im Irak: [Adresse]; Nachweis fehlt.")]
    [InlineData("Bruder wohnt in Songpa-gu, Olympic-ro 300, Seoul 05551; Besuch geplant.", "Bruder wohnt in [Adresse]; Besuch geplant.")]
    [InlineData("eltern wohnhaft kuche 12, pelak 5, mazar-e sharif; kommen nächste woche.", "eltern wohnhaft [Adresse]; kommen nächste woche.")]
    [InlineData("Onkel lebt in 22 Shari' El Nil, Zamalek, Kairo (laut Pass).", "Onkel lebt in [Adresse] (laut Pass).")]
    [InlineData("Schwester: Sector 4, Block 9, House 21, Peshawar. Kontakt über die Tante.", "Schwester: [Adresse]. Kontakt über die Tante.")]
    [InlineData("Zuletzt wohnhaft Hay Al-Salam, Street 9, House 30, Basra, Telefon folgt.", "Zuletzt wohnhaft [Adresse], Telefon folgt.")]
    [InlineData("Mutter wohnt noch in Olaya Street, Bldg. Nour, 2nd floor, Riad, Mutter krank.", "Mutter wohnt noch in [Adresse], Mutter krank.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnAddressAbroadInPartsApartByCommas_IsReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Treffen in Haus 3, Raum 12, Etage 2, dann Gespräch.")] // German parts: no word of an address abroad
    [InlineData("Wohnheim Lindenhof, Haus 3, Zimmer 12, Block 2.")]
    [InlineData("Streetwork-Team, Haus 2, Termin am Montag.")]
    [InlineData("Kd. war in Haus 5, danach beim Arzt.")]
    [Trait("Rule", "P2")]
    public void Scrub_PartsApartByCommasWithoutAnAddress_Stay(string note) => ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Neue Anschrift: Dohlenfeld 12 06484 Quedlinburg.", "Neue Anschrift: [Adresse].")]
    [InlineData("Brief an Ginsterhöhe 9 – 98693 Ilmenau kam zurück.", "Brief an [Adresse] kam zurück.")]
    [InlineData("Umzug nach Lindenallee Nord 4 · 19370 Parchim.", "Umzug nach [Adresse].")]
    [InlineData("Wohnt jetzt Über der Mühle 7, 07743 Jena.", "Wohnt jetzt [Adresse].")]
    [InlineData("Neue Anschrift: Hinter der Schmiede 12a, 36037 Fulda", "Neue Anschrift: [Adresse]")]
    [InlineData("Sie wohnt bei der Lindenstraße 4, 36037 Fulda.", "Sie wohnt bei der [Adresse].")] // "bei" in lower case is the sentence's
    [InlineData("Bei der Lindenstraße 4, 36037 Fulda war niemand da.", "Bei der [Adresse] war niemand da.")] // and at a sentence's start
    [Trait("Rule", "P2")]
    public void Scrub_AGermanAddressInMoreShapes_IsReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Gruppe 3 – 12000 Euro Zuschuss bewilligt.")] // a German word before the number and no town after the digits
    [InlineData("Kurs 2 10 Teilnehmer, Raum 12 10 Plätze.")]
    [Trait("Rule", "P2")]
    public void Scrub_NumbersApartBySpacesOrDashes_Stay(string note) => ShouldScrubTo(note, note);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AGermanWordBeforeANumberAndFiveDigits_IsNoStreet() =>
        // Five digits and a word are the postcode detector's (an over-replacement of its own); "Kurs 4" is no street.
        ShouldScrubTo("Kurs 4 - 12345 Teilnehmer gesamt.", "Kurs 4 - [Ort] gesamt.");
}
