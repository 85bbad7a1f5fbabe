namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Session 23 (docs/scrubbing.md, "heldout18's addresses and documents: read (session 23)"): the rest of a town that an address
/// replaced before it leaves (a province's code, the town's further words and connectors, "OT", a postcode after the town), a street
/// word abroad or a German street's preposition left before a replaced street, streets on "-reihe", "-feld", "-gang" and "-tief",
/// the IBAN countries of the whole registry, and document numbers in three groups of three apart by hyphens or mixed across the groups.
/// Every address, account and number here is invented for these tests.
/// </summary>
public class TownRestSession23AddressTests
{
    [Theory]
    [InlineData("Ferienwohnung: Via Garibaldi 12, 98039 Taormina ME, ab Juli.", "Ferienwohnung: [Adresse], ab Juli.")] // a province's code
    [InlineData("Der Vater lebt in Viale Europa 21, 87036 Rende Cosenza CS.", "Der Vater lebt in [Adresse].")] // a second word and the code
    [InlineData("Post an Via Nazionale 7, 39046 San Pietro in Gröden BZ", "Post an [Adresse]")] // a connector of a place name
    [InlineData("Brief an Via Dante 4, 33100 Campoformido del Friuli UD.", "Brief an [Adresse].")]
    [InlineData("Vorher «Strada Col de Mesdì 9, 39046 Ortisei / Urtijëi BZ»", "Vorher «[Adresse]»")] // the town's second name after a slash
    [InlineData("Anschrift dort «Str. Plan de Gralba 3, 39048 Selva di Val Gardena (BZ)».", "Anschrift dort «[Adresse]».")] // the code in brackets
    [InlineData("Postrücklauf aus Kilwa Street 4, Mji Town, Zanzibar: Brief kam zurück.", "Postrücklauf aus [Adresse]: Brief kam zurück.")] // the region after a comma
    [Trait("Rule", "P2")]
    public void Scrub_TheRestOfATownAfterAnAddress_JoinsTheAddress(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Mieteinnahmen aus «Rehov Bialik 33, Apt. 2, Ramat Gan 5251108».", "Mieteinnahmen aus «[Adresse]».")] // the postcode after the town
    [InlineData("Neue Anschrift Sderot Yerushalayim 12, Be’er Sheva 8410501.", "Neue Anschrift [Adresse].")] // the word's rest after an apostrophe
    [InlineData("Wohnung in Rehov Bialik 33, Apt. 2, Tel Aviv-Yafo 6433220.", "Wohnung in [Adresse].")] // a town whose first word is a term
    [Trait("Rule", "P2")]
    public void Scrub_ATownAndItsPostcodeAfterAStreetAbroad_JoinTheAddress(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Zimmer «Am Ostener Deich 7, 21756 Osten OT Isensee».", "Zimmer «[Adresse] [Ort]».")] // the street's preposition
    [InlineData("Wohnt jetzt 94315 Straubing in Hafnerreihe 7.", "Wohnt jetzt [Ort][Adresse].")] // "in" between the town and the street
    [Trait("Rule", "P2")]
    public void Scrub_APrepositionLeftBesideAReplacedStreet_JoinsIt(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Post an Gartenweg 3, 12345 Neustadt OK?", "Post an [Adresse] OK?")] // "OK" is no province
    [InlineData("Umzug nach Gartenweg 3, 12345 Neustadt Termin folgt.", "Umzug nach [Adresse] Termin folgt.")] // a word of the lists
    [InlineData("Er wohnt Blumenstraße 4, 90402 Nürnberg AG Nürnberg ist zuständig.", "Er wohnt [Adresse] AG Nürnberg ist zuständig.")] // a court, no code
    [InlineData("Praktikum Oudegracht 112 bei Utrecht.", "Praktikum [Adresse] bei Utrecht.")] // "bei" joins no town
    [Trait("Rule", "P2")]
    public void Scrub_WordsAfterAnAddressThatAreNoTown_Stay(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Kajenreihe 14, Wohnung wird gekündigt.", "[Adresse] wird gekündigt.")]
    [InlineData("Treffpunkt Ostergang 5 b um 9 Uhr.", "Treffpunkt [Adresse] um 9 Uhr.")] // the letter apart
    [InlineData("Neue Adresse: Möwentief 9.", "Neue Adresse: [Adresse].")]
    [Trait("Rule", "P2")]
    public void Scrub_AStreetOnARowAFieldAPassageOrAFenCanal_IsReplaced(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Sie sitzt in Sitzreihe 3, Lehrgang 2 beginnt.")]
    [InlineData("Die Veranstaltungsreihe 3 fällt aus.")]
    [InlineData("Das Handlungsfeld 2 und der Studiengang 4 haben Plätze.")]
    [InlineData("Lernfeld 5 ist erledigt, Ausgang 3 benutzen.")]
    [Trait("Rule", "P2")]
    public void Scrub_ACommonNounOnThoseHeadsBeforeANumber_Stays(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Adresse]");

    [Theory]
    [InlineData("Konto auf den Färöern: FO 79 6460 0001 6311 34, bitte prüfen.", "Konto auf den Färöern: [IBAN], bitte prüfen.")]
    [InlineData("Grönländisches Konto GL 89 6471 0001 0002 06 liegt vor.", "Grönländisches Konto [IBAN] liegt vor.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnIbanOfACountryOfTheRestOfTheRegistry_WithTheCountryApart_IsReplaced(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Kontrolle: PLN-7K2-M9C-4 vorgelegt.", "Kontrolle: [Ausweisnummer] vorgelegt.")] // apart by hyphens
    [InlineData("Gruppe: WXR 471 KHT 3 anwesend", "Gruppe: [Ausweisnummer] anwesend")] // letters and digits mixed across the groups
    [InlineData("Liste: Holm;KTR-4M9-P2X-7;anwesend", "Liste: [Person 1];[Ausweisnummer];anwesend")]
    [Trait("Rule", "P2")]
    public void Scrub_ADocumentNumberInThreeGroupsApartByHyphensOrMixedAcrossThem_IsReplaced(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Raum 123-456-789-1 reserviert")] // numbers, no letter first
    [InlineData("Gezählt: KFZ PKW LKW 2 auf dem Hof.")] // letters only
    [InlineData("Gruppe WXR-471 KHT-3 notiert.")] // separators mixed
    [Trait("Rule", "P2")]
    public void Scrub_ThreeGroupsThatAreNoDocumentNumber_Stay(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Ausweisnummer]");

    [Theory]
    [InlineData("Die Tochter wohnt Via Mazzini 8, 90133 Palermo PA seit Mai.", "Die Tochter wohnt [Adresse] seit Mai.")] // the code before a word in lower case
    [InlineData("Wohnung in Rehov Bialik 33, Apt. 2, Ramat Gan 5251108 vermietet.", "Wohnung in [Adresse] vermietet.")] // five digits or more: no end of the clause needed
    [Trait("Rule", "P2")]
    public void Scrub_ACodeOrALongPostcodeAfterTheTown_JoinsTheAddressInTheSentence(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Verkäufer: P.O.B. 7781, Haifa 3303321.", "Verkäufer: [Adresse].")]
    [InlineData("Postanschrift P.O. Box 77, Gaborone.", "Postanschrift [Adresse].")]
    [InlineData("Schreiben an PO Box 6012-00200, Nairobi geschickt.", "Schreiben an [Adresse] geschickt.")] // the box and the postcode
    [InlineData("Adresse: BP 512 Lomé.", "Adresse: [Adresse].")]
    [Trait("Rule", "P2")]
    public void Scrub_APostOfficeBoxAbroad_IsReplaced(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Die Box 3 im Archiv, BP 2 mal getankt.")] // "Box" alone, a count after the cue
    [Trait("Rule", "P2")]
    public void Scrub_ABoxOrACueBeforeACount_Stays(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Adresse]");

    [Theory]
    [InlineData("Anschrift (Am Wilster Deich 9) liegt vor.", "Anschrift ([Adresse]) liegt vor.")]
    [InlineData("Er wohnt jetzt Rastenburger Winkel 68.", "Er wohnt jetzt [Adresse].")]
    [Trait("Rule", "P2")]
    public void Scrub_AStreetOfAPlacesAdjectiveAndAHeadWordApart_IsReplaced(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Ein Rechter Winkel 90 Grad.")] // an adjective of the lists
    [InlineData("Der Kieler Hafen 3 mal besucht.")] // no head word
    [Trait("Rule", "P2")]
    public void Scrub_AnAdjectiveAndAHeadWordThatAreNoStreet_Stay(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Adresse]");

    [Theory]
    [InlineData("Kennz. PF–CE 576 zur Arbeit", "Kennz. [Kennzeichen] zur Arbeit")] // an en dash after the district
    [InlineData("Er fährt mit WND – FK 7980, Treffpunkt Bahnhof.", "Er fährt mit [Kennzeichen], Treffpunkt Bahnhof.")]
    [InlineData("Kennzeichen NR-FK 440 (Firmenwagen).", "Kennzeichen [Kennzeichen] (Firmenwagen).")] // no staff number after a district
    [Trait("Rule", "P2")]
    public void Scrub_APlateWithAnEnDashOrLettersOfAStaffNumber_IsOnePlate(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Geblitzt auf der B 96, Fahrzeug SPN ED 304, Bescheid offen.", "auf der B 96, Fahrzeug [Kennzeichen], Bescheid")]
    [InlineData("Stau an der A 7, Kunde kam später.", "Stau an der A 7, Kunde kam später.")]
    [Trait("Rule", "P2")]
    public void Scrub_ARoadsNumberAfterAPrefix_IsNoStreet(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldContain(expected);
}
