namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Session 22 (docs/scrubbing.md, "Addresses abroad and identity documents (session 22)"): streets abroad by the street word of
/// their country (<c>ForeignStreetDetector</c>), first or last, or as the end of a compound; the flat, floor and block after them and
/// the postcode after the town (<c>AddressTailDetector</c>). Every address here is invented for these tests (no corpus holds it);
/// beside them stand ordinary sentences with the same words that must stay.
/// </summary>
public class ForeignStreetSession22AddressTests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Die Mutter lebt in vul. Lisova 17 und ist krank.", "Die Mutter lebt in [Adresse] und ist krank.")] // Ukrainian
    [InlineData("Anschrift dort: prospekt Mira 104, danach unbekannt.", "Anschrift dort: [Adresse], danach unbekannt.")] // Russian
    [InlineData("Bruder wohnt bul. Vitosha 61/3-2 mit Familie.", "Bruder wohnt [Adresse] mit Familie.")] // Bulgarian, a range after the slash
    [InlineData("Herkunft: Rruga Skënderbeu 14 bei der Moschee.", "Herkunft: [Adresse] bei der Moschee.")] // Albanian
    [InlineData("Vater in Ulica Matice hrvatske 9 gemeldet.", "Vater in [Adresse] gemeldet.")] // Croatian, a name of two words
    [InlineData("Familie in Av. Independencia 880 gemeldet.", "Familie in [Adresse] gemeldet.")] // Spanish, abbreviated
    [InlineData("Tante in Calle 12 # 40-21 seit Jahren.", "Tante in [Adresse] seit Jahren.")] // Colombian: a number for a name and the sign
    [InlineData("Firma in Carrera 15 No. 88-64 eingetragen.", "Firma in [Adresse] eingetragen.")]
    [InlineData("Onkel wohnt jr. ucayali 312 allein.", "Onkel wohnt [Adresse] allein.")] // Peruvian, lower case
    [InlineData("ehefrau lebt in via delle rose 4 allein.", "ehefrau lebt in [Adresse] allein.")] // Italian in lower case, an article after "via"
    [InlineData("Besuch Impasse Colbert #9 geplant.", "Besuch [Adresse] geplant.")] // French (Haiti) with "#"
    [InlineData("Neue Adresse Rehov Bialik 21 ab Mai.", "Neue Adresse [Adresse] ab Mai.")] // Hebrew
    [InlineData("Schwester in Odos Ermou 52 gemeldet.", "Schwester in [Adresse] gemeldet.")] // Greek
    [InlineData("Cousin in Şeqama Azadî 7 gemeldet.", "Cousin in [Adresse] gemeldet.")] // Kurdish
    [InlineData("Bruder in Soi Ari 9 gemeldet.", "Bruder in [Adresse] gemeldet.")] // Thai
    [InlineData("Schule in 6a. Avenida 9-12 besucht.", "Schule in [Adresse] besucht.")] // Guatemalan: the avenue's ordinal is its name
    [Trait("Rule", "P2")]
    public void Scrub_AStreetAbroadByItsFirstStreetWord_IsReplaced(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Mutter wohnt Andrássy út 23 seit Jahren.", "Mutter wohnt [Adresse] seit Jahren.")] // Hungarian
    [InlineData("Arbeit in Tērbatas iela 14 seit Mai.", "Arbeit in [Adresse] seit Mai.")] // Latvian
    [InlineData("Schwester wohnt Thorvald Meyers gate 7 mit Kind.", "Schwester wohnt [Adresse] mit Kind.")] // Norwegian, apart
    [InlineData("Onkel lebt Jóannesar Patursonar gøta 12 allein.", "Onkel lebt [Adresse] allein.")] // Faroese
    [InlineData("Zertifikat aus Navoiy ko‘chasi 8-uy, gültig.", "Zertifikat aus [Adresse], gültig.")] // Uzbek, the house after a hyphen
    [Trait("Rule", "P2")]
    public void Scrub_AStreetAbroadByItsLastStreetWord_IsReplaced(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Tochter wohnt Nørrebrogade 88 mit Freund.", "Tochter wohnt [Adresse] mit Freund.")] // Danish
    [InlineData("Cousine in Gammel Strandvej 31 gemeldet.", "Cousine in [Adresse] gemeldet.")] // with an old-town adjective
    [InlineData("Arbeit in Drottninggatan 40 seit März.", "Arbeit in [Adresse] seit März.")] // Swedish
    [InlineData("Praktikum Oudegracht 112 bei Utrecht.", "Praktikum [Adresse] bei Utrecht.")] // Dutch
    [InlineData("Wohnung Hämeenkatu 5 gekündigt.", "Wohnung [Adresse] gekündigt.")] // Finnish
    [Trait("Rule", "P2")]
    public void Scrub_AStreetAbroadAsACompoundOnItsStreetWord_IsReplaced(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Termin via Teams 2 mal pro Woche.")] // "via" and a count
    [InlineData("Die Route über Kassel 3 Stunden.")] // a function word is no name, a unit no number
    [InlineData("Die Brigade 4 war im Einsatz.")] // a German word on "-gade"
    [InlineData("Seine Plaza 3 Tage geschlossen.")] // a unit after the number
    [InlineData("Fahrt per Bahn 2 Stunden.")] // "per" without a dot is no abbreviation
    [InlineData("Dort Calle 2 8 Leute gesehen.")] // a number for a name without a sign
    [InlineData("Kontakt via Signal 3 gescheitert.")] // "via" in lower case before no Italian article
    [Trait("Rule", "P2")]
    public void Scrub_TheseWordsInOrdinarySentences_AreNoAddress(string note) => Scrub(note).ShouldNotContain("[Adresse]");

    [Theory]
    [InlineData("Bruder in ul. Sadowaja 5, kv. 12, Omsk, bittet um Geld.", "Bruder in [Adresse], bittet um Geld.")] // a flat, the town
    [InlineData("Vater: bul. Slivnitsa 3, bl. 4, vh. B, ap. 9, Varna.", "Vater: [Adresse].")] // block, entrance, flat
    [InlineData("Besuch Av. Sucre 45, piso 2, apto 7, Quito.", "Besuch [Adresse].")] // floor, flat
    [InlineData("Mutter in Nørrebrogade 88, 3. tv., 2200 København N.", "Mutter in [Adresse].")] // a Danish floor and side
    [InlineData("Bruder: Atatürk Cad. No: 7 D: 4, 06590 Ankara.", "Bruder: [Adresse].")] // a Turkish flat without a comma
    [InlineData("Anschrift Lindenweg 4, Wohnung 7, Musterdorf.", "Anschrift [Adresse].")] // German "Wohnung" with a number
    [InlineData("Onkel in Maple Road 5, Unit 2.", "Onkel in [Adresse].")] // English
    [Trait("Rule", "P2")]
    public void Scrub_TheFlatFloorOrBlockAfterAStreet_JoinsTheAddress(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Ort: ul. Mira 21, Ufa 450076.", "Ort: [Adresse].")] // Russian: the postcode after the town
    [InlineData("Anschrift Jalan Merdeka 5, Bandung 40111 laut Pass.", "Anschrift [Adresse] laut Pass.")] // Indonesian
    [Trait("Rule", "P2")]
    public void Scrub_APostcodeAfterTheTown_JoinsTheAddress(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Anschrift Lindenweg 4, Raum 2.12 im Haus.", "Anschrift [Adresse], Raum 2.12 im Haus.")] // a room number, no postcode
    [InlineData("Anschrift Lindenweg 4, Heide 123456 Fälle.", "Anschrift [Adresse], Heide [Nummer] Fälle.")] // digits before a capitalised word are no postcode after the town
    [Trait("Rule", "P2")]
    public void Scrub_ANumberAfterAWordThatIsNoPostcodeOfATown_StaysOutOfTheTail(string note, string expected) => Scrub(note).ShouldBe(expected);
}
