namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Session 24 (docs/scrubbing.md, "heldout19's addresses and dates: read (session 24)"): classes of addresses and dates read from
/// heldout19's misses and tested here on sentences written for these tests in other words and for other countries: a day with its
/// ordinal dot before a month of another language and a year; a German town's abbreviated connector; a flat of a Nordic address; a
/// house's designation and number before a street abroad; the quarters and lanes of South Asian and Malay addresses; a slash inside
/// a house number abroad. Every address and date here is invented.
/// </summary>
public class AddressDateSession24Tests
{
    [Theory]
    [InlineData("Arbeitsvertrag endete am 12. desember 2024 laut Bescheinigung.", "Arbeitsvertrag endete am [Datum] laut Bescheinigung.")] // Norwegian
    [InlineData("Kündigung zum 1. marts 2024 (dänisch).", "Kündigung zum [Datum] (dänisch).")] // Danish
    [InlineData("Zeugnis vom 14. června 2023 aus Brno.", "Zeugnis vom [Datum] aus Brno.")] // Czech
    [InlineData("Die Bescheinigung vom 3. ožujka 2022 liegt vor.", "Die Bescheinigung vom [Datum] liegt vor.")] // Croatian
    [InlineData("Das Zeugnis vom 9. syyskuuta 2021 wurde übersetzt.", "Das Zeugnis vom [Datum] wurde übersetzt.")] // Finnish
    [InlineData("Das Schreiben vom 5 Mac 2024 liegt vor.", "Das Schreiben vom [Datum] liegt vor.")] // Malay, without the dot
    [InlineData("Reference dated 17 February 2025, signed.", "Reference dated [Datum], signed.")] // English
    [InlineData("Die Bescheinigung vom 2. ágúst 2020 kam per Post.", "Die Bescheinigung vom [Datum] kam per Post.")] // Icelandic
    [Trait("Rule", "P2")]
    public void Scrub_ADayWithItsDotAMonthOfAnotherLanguageAndAYear_IsADate(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Er las Kapitel 3. mars und Venus.")] // no year: "mars" may be the planet
    [InlineData("Version 1.3. mars 2025 ist alt.")] // a dotted number is no day
    [InlineData("Die Marke Mac 2025 kostet viel.")] // no day
    [Trait("Rule", "P2")]
    public void Scrub_AMonthOfAnotherLanguageWithoutItsDayOrYear_IsNoDate(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Datum]");

    [Theory]
    [InlineData("Post an Lindenweg 7, 93142 Maxhütte-Haidhof i.d.OPf. wegen Termin.", "Post an [Adresse] wegen Termin.")]
    [InlineData("Umzug nach Gartenstraße 12, 97199 Ochsenfurt a. M. geplant.", "Umzug nach [Adresse] geplant.")]
    [InlineData("Neue Anschrift: Mühlgasse 4, 91448 Emskirchen a.d. Aurach.", "Neue Anschrift: [Adresse].")]
    [InlineData("Brief an Kirchplatz 3, 61348 Bad Homburg v. d. Höhe kam zurück.", "Brief an [Adresse] kam zurück.")]
    [InlineData("Wohnt Ahornweg 9, 96450 Neustadt b. Coburg seit Mai.", "Wohnt [Adresse] seit Mai.")]
    [Trait("Rule", "P2")]
    public void Scrub_AGermanTownsAbbreviatedConnectorAndItsRiverOrRegion_JoinTheAddress(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Post an Ahornweg 9, 96450 Coburg u. Umgebung verteilt.", "Post an [Adresse] u. Umgebung verteilt.")] // "u." is "und"
    [InlineData("Post an Ahornweg 9, 96450 Coburg o. Ä. verteilt.", "Post an [Adresse] o. Ä. verteilt.")] // "o." alone is "oder"
    [Trait("Rule", "P2")]
    public void Scrub_AnAbbreviationAfterATownThatIsNoConnector_Stays(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Vorher wohnhaft Storgata 15, leil. U0102, 9008 Tromsø.", "Vorher wohnhaft [Adresse].")] // Norwegian
    [InlineData("Adresse in Dänemark: Vesterbrogade 40, lejl. 12, 1620 København V.", "Adresse in Dänemark: [Adresse].")] // Danish
    [InlineData("Wohnung Drottninggatan 8, lägenhet 1104, 11151 Stockholm.", "Wohnung [Adresse].")] // Swedish
    [Trait("Rule", "P2")]
    public void Scrub_TheFlatOfANordicAddress_JoinsTheAddress(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Anschrift: House No. 4, Liberation Road, Tamale.", "Anschrift: [Adresse].")] // Ghana
    [InlineData("Eltern wohnen Plot 17, Kampala Road, Jinja.", "Eltern wohnen [Adresse].")] // Uganda
    [InlineData("Zustellung an H.No. 5-9-22, Abids Road, Hyderabad 500001.", "Zustellung an [Adresse].")] // India
    [InlineData("Sie zieht zurück nach 27, Jalan Mawar 4, 81200 Johor Bahru.", "Sie zieht zurück nach [Adresse].")] // the number alone
    [InlineData("Absender: No. 14, Marktstraße 3.", "Absender: [Adresse].")] // "No." without a house word
    [Trait("Rule", "P2")]
    public void Scrub_AHousesDesignationBeforeAStreetAbroad_JoinsTheAddress(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Raum 12, Lindenstraße 4 ist das Büro.", "Raum 12, [Adresse] ist das Büro.")] // a room: a capitalised word before the number
    [InlineData("Umzug 2019, Lindenstraße 4 war die alte Wohnung.", "Umzug 2019, [Adresse] war die alte Wohnung.")] // a year
    [InlineData("Zimmer in 2er-WG, Lindenstraße 4 gefunden.", "Zimmer in 2er-WG, [Adresse] gefunden.")] // a word with a digit
    [InlineData("Gemeldet seit 2019, Lindenstraße 4 als Hauptwohnsitz.", "Gemeldet seit 2019, [Adresse] als Hauptwohnsitz.")] // a year after a word in lower case
    [Trait("Rule", "P2")]
    public void Scrub_ANumberBeforeAStreetThatIsNoHouse_Stays(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Familie lebt in Mohalla Qazi, Sopore 193201.", "Familie lebt in [Adresse].")] // a quarter of a town in Kashmir
    [InlineData("Anschrift: Flat 2A, Rose Apartments, Lajpat Nagar, Ludhiana 141001.", "Anschrift: [Adresse].")] // a quarter after its name
    [InlineData("Der Bruder wohnt Kampung Baru Jeram, 42600 Jenjarom, Selangor.", "Der Bruder wohnt [Adresse].")] // a Malay village
    [InlineData("Adresse: 8, Lorong Cempaka 2, Taman Bukit Indah, 81200 Johor Bahru.", "Adresse: [Adresse].")] // a Malay housing estate
    [Trait("Rule", "P2")]
    public void Scrub_TheQuartersAndLanesOfSouthAsianAndMalayAddresses_AreAnAddress(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Anschrift: Unit 3, Block C, Jalan SS 15/4, 47500 Subang Jaya.", "Anschrift: [Adresse].")]
    [InlineData("Vater: No. 61/3, Galle Road, Colombo 3.", "Vater: [Adresse].")]
    [Trait("Rule", "P2")]
    public void Scrub_ASlashInsideAHouseNumberAbroad_KeepsTheAddressWhole(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Wohnungsangebot 01979 Lauchhammer, Spatzenrain 24-34, 2 Zimmer.", "Wohnungsangebot [Ort], [Adresse], 2 Zimmer.")] // glued
    [InlineData("Post an 55765 Birkenfeld, Amselhag 6 - 8, App. 14.", "Post an [Ort], [Adresse], App. 14.")] // between blanks
    [Trait("Rule", "P2")]
    public void Scrub_AHouseNumberRangesSecondNumberAfterAStreet_JoinsTheAddress(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Post an 55765 Birkenfeld, Amselhag 6 - 40210 Euro.", "Post an [Ort], [Adresse] - 40210 Euro.")] // five digits are no range
    [Trait("Rule", "P2")]
    public void Scrub_FiveDigitsAfterADash_AreNoRange(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Im Melderegister stand noch Wolfhagen, Lindenstraße 4.", "Im Melderegister stand noch [Adresse].")] // after a word in lower case
    [InlineData("Besichtigung Ortsteil Kleinwelka, Amselweg 7 am Freitag.", "Besichtigung [Adresse] am Freitag.")] // a town's part after "Ortsteil"
    [InlineData("Absender: Schmallenberg, Rosenstraße 12", "Absender: [Adresse]")] // after a colon
    [InlineData("Geboren 03.04.1990, Wolfhagen, Lindenstraße 4.", "Geboren [Geburtsdatum], [Adresse].")] // after a replaced value and a comma
    [Trait("Rule", "P2")]
    public void Scrub_ATownAndACommaBeforeItsStreet_JoinTheAddress(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Ansprechpartner Herr Jobcenter, Lindenstraße 4 ist gemeint.", "Ansprechpartner Herr Jobcenter, [Adresse] ist gemeint.")] // a word of the lists
    [InlineData("Wir fahren Montag, Lindenstraße 4 ist das Ziel.", "Wir fahren Montag, [Adresse] ist das Ziel.")] // a weekday is a term
    [InlineData("Kein Name am Briefkasten, Lindenstraße 4.", "Kein Name am Briefkasten, [Adresse].")] // a word of the lists
    [InlineData("Kein Name am Gartentürchen, Lindenstraße 4.", "Kein Name am [Person 1], [Adresse].")] // a noun after its article (the name detector's then)
    [InlineData("Teilnehmende: Wendtland, Irmelin, Lindenstraße 4.", "Teilnehmende: [Person 1], [Person 2], [Adresse].")] // a surname, a comma and a given name
    [InlineData("Familie: Mutter lebt, Anschrift Ward No. 7, Main Chowk, Baramulla.", "Familie: Mutter lebt, Anschrift [Adresse].")] // the sentence's word stays
    [Trait("Rule", "P2")]
    public void Scrub_AWordBeforeAStreetThatIsNoTown_Stays(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Anschrift Onkel: Kranichfeld 43 – 46359 Heiden; Nummer folgt.", "Anschrift Onkel: [Adresse] – [Ort]; Nummer folgt.")] // a dash
    [InlineData("Post an Kranichfeld 16 a, OT Wellen, 34549 Edertal.", "Post an [Adresse], [Ort], [Ort].")] // a letter apart, a town's part
    [InlineData("Büro: Hohe Kranichfeld Nr. 19; 59494 Soest.", "Büro: [Adresse]; [Ort].")] // an adjective and "Nr."
    [Trait("Rule", "P2")]
    public void Scrub_AStreetOfUnknownShapeBeforeAReplacedPostcodeAndTown_IsAnAddress(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Treffpunkt Raum 12 - 35510 Butzbach.", "Treffpunkt Raum 12 - [Ort].")] // a word of the lists
    [InlineData("Siehe Kapitel 3 – 35510 Butzbach.", "Siehe Kapitel 3 – [Ort].")]
    [Trait("Rule", "P2")]
    public void Scrub_AWordAndANumberBeforeAPostcodeAndTownThatAreNoStreet_Stay(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Beerdigung in Plot No. 17, Road No. 4, Banjara Hills.", "Beerdigung in [Adresse].")] // "No." inside a part
    [InlineData("Eltern: Résidence Bellevue, bât. C, appt 4, 35000 Rennes.", "Eltern: [Person 1], [Adresse].")] // French building and flat
    [InlineData("Tante: Edif. 7 Apto 2, Zona 4, Mixco.", "Tante: [Adresse].")] // Spanish building and flat
    [Trait("Rule", "P2")]
    public void Scrub_APlotABuildingOrAFlatAbroadWithItsSign_AreAnAddress(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);
}
