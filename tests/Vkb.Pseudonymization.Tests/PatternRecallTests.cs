using NodaTime;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Dates, IBANs, phone numbers, identity documents and licence plates in the shapes the second and third independent
/// splits used and the scrubber missed (session 6), and the ordinary text next to them that must stay.
/// </summary>
public class PatternRecallTests
{
    private static readonly Pseudonymizer Pseudonymizer = new(TestKeys.Key());
    private static readonly TextScrubber Vocabulary = new();
    private static readonly TextScrubber Detectors = new(null, ScrubMode.Detectors);

    private static ScrubContext Context() =>
        new(Pseudonymizer, "P1", null, new LocalDate(1984, 7, 12), new LocalDate(2025, 4, 1));

    /// <summary>The note scrubbed by the default scrubber (vocabulary mode), dates replaced, not shifted.</summary>
    internal static string ScrubVocabulary(string note) => Vocabulary.Scrub(note, Context());

    /// <summary>The note scrubbed in <see cref="ScrubMode.Detectors"/>, dates replaced, not shifted.</summary>
    internal static string ScrubDetectors(string note) => Detectors.Scrub(note, Context());

    /// <summary>Both modes scrub the note to <paramref name="expected"/>.</summary>
    internal static void ShouldScrubTo(string note, string expected)
    {
        Vocabulary.Scrub(note, Context()).ShouldBe(expected);
        Detectors.Scrub(note, Context()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Antrag für das Kind * 4 August 2009 gestellt.", "Antrag für das Kind * [Geburtsdatum] gestellt.")] // a birth date after '*' since session 11 ([Datum] before)
    [InlineData("Termin am 29 August 2023 und am 2 JANUAR 2024, dann 19 august 2024.", "Termin am [Datum] und am [Datum], dann [Datum].")]
    [InlineData("EGV erlassen am 13.07, gültig bis 31.07.", "EGV erlassen am [Datum], gültig bis [Datum]")]
    [InlineData("Das Kind besucht die Kita seit 13.07 ganztags.", "Das Kind besucht die Kita seit [Datum] ganztags.")]
    [InlineData("Termin verschoben auf 30.11 wegen Krankheit.", "Termin verschoben auf [Datum] wegen Krankheit.")]
    [InlineData("Praktikum vereinbart (28. April – 02.06), Betreuer vor Ort.", "Praktikum vereinbart ([Datum] – [Datum]), Betreuer vor Ort.")]
    [Trait("Rule", "P7")]
    public void Scrub_DatesWithoutTheirDots_AreReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Termin ab 10.10 Uhr, Betrag bis 12.50 €, Fahrt ab 10.30 EUR, am 11.11 h.")]
    [InlineData("Version 2.10 installiert, seit 3 Mai-Terminen kein Kontakt, am 3 Mai kommt sie.")]
    [InlineData("Seit 12.5 Std gewartet, Ankunft am 1.10 h.")]
    public void Scrub_NumbersWithADotBeforeATimeOrAnAmount_AreNoDates(string note) => ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Konto: de 61 1698 2339 2426 4612 11 notiert.", "Konto: [IBAN] notiert.")]
    [InlineData("konto ch 29 2051 6806 3613 0041 3 angegeben", "konto [IBAN] angegeben")]
    [Trait("Rule", "P2")]
    public void Scrub_IbansWithTheCountryInLowerCaseApart_AreReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Fact]
    public void Scrub_LowerCaseLettersApartBeforeDigitGroups_WithoutValidCheckDigits_AreNoIban() =>
        // Wrong check digits: the digits are a long number, not an IBAN; "de" stays.
        ShouldScrubTo("nicht de 12 3456 7890 1234 5678 90 gemeint", "nicht de [Nummer] gemeint");

    [Theory]
    [InlineData("Tel. 0 4721 / 82 18 19 oder 0 175 / 35 91 3765.", "Tel. [Telefon] oder [Telefon].")]
    [Trait("Rule", "P2")]
    public void Scrub_PhoneNumbersWithTheTrunkZeroApart_AreReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Ausweis ZG9T 240P88 vorgelegt.", "Ausweis [Ausweisnummer] vorgelegt.")]
    [InlineData("Pass Z20Z72FZ5 4 vorgelegt.", "Pass [Ausweisnummer] vorgelegt.")]
    [InlineData("ausweis l974 309zt5 vorgelegt.", "ausweis [Ausweisnummer] vorgelegt.")]
    [InlineData("Ausweis HVYW 9VTV37 vorgelegt.", "Ausweis [Ausweisnummer] vorgelegt.")]
    [Trait("Rule", "P2")]
    public void Scrub_IdentityDocumentNumbersWrittenApart_AreReplacedWhole(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Kennzeichen sm - fz - 9351 notiert.", "Kennzeichen [Kennzeichen] notiert.")]
    [InlineData("Kennzeichen tut - au - 7 notiert.", "Kennzeichen [Kennzeichen] notiert.")]
    [InlineData("Kennzeichen ol cn-2990 notiert.", "Kennzeichen [Kennzeichen] notiert.")]
    [InlineData("Kennzeichen SHL - DG - 2H notiert.", "Kennzeichen [Kennzeichen] notiert.")]
    [InlineData("Kennzeichen BAR - ZV - 7 notiert.", "Kennzeichen [Kennzeichen] notiert.")]
    [Trait("Rule", "P2")]
    public void Scrub_LicencePlatesWithSpacedHyphens_AreReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("unfall mit pkw dn xn 7839h, kd. ohne führerschein gefahren?", "unfall mit pkw [Kennzeichen], kd. ohne führerschein gefahren?")]
    [InlineData("parkverstoß mit fzg. pb jf6600, bußgeld offen.", "parkverstoß mit fzg. [Kennzeichen], bußgeld offen.")]
    [InlineData("kfz-kennz. s fg 1484e im fahrtkostenantrag.", "kfz-kennz. [Kennzeichen] im fahrtkostenantrag.")]
    [InlineData("kennz. rs t6116 – fahrzeug gehört der großmutter", "kennz. [Kennzeichen] – fahrzeug gehört der großmutter")]
    [InlineData("meldung über kfz fr-a 6506 und pa hu 622 liegt vor", "meldung über kfz [Kennzeichen] und [Kennzeichen] liegt vor")]
    [InlineData("meldung über kfz ol - l 7544 und os-yg317h liegt vor", "meldung über kfz [Kennzeichen] und [Kennzeichen] liegt vor")]
    [InlineData("Fahrzeug sn - f 6701 auf die Mutter zugelassen.", "Fahrzeug [Kennzeichen] auf die Mutter zugelassen.")]
    [InlineData("Laut Zulassungsstelle sind auf den Bruder zugelassen: fr-a 6506 und pa hu 622.", "Laut Zulassungsstelle sind auf den Bruder zugelassen: [Kennzeichen] und [Kennzeichen].")] // after a replaced plate
    [InlineData("KFZ-Kennz. lö xy6468 und fü kv5305 (zwei Autos in der BG!)", "KFZ-Kennz. [Kennzeichen] und [Kennzeichen] (zwei Autos in der BG!)")]
    [Trait("Rule", "P2")]
    public void Scrub_LicencePlatesInLowerCaseAfterAVehicleWord_AreReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("pkw ab 1200 eur angeboten, auto bj 2012, kfz ca 30 km entfernt")]
    [InlineData("Auto seit kw 12 in der Werkstatt, pkw um 12 Uhr abgeholt, Fahrzeug Typ A 4")]
    [InlineData("Der Pkw ist 12 Jahre alt, Fahrzeug zu 50 % finanziert. Auto mit 3 Türen.")]
    [InlineData("Wagen im 2. Stock, Kfz-Steuer 120 EUR, Firmenwagen ab 2023 geplant.")]
    [InlineData("Kurs ab kw 12 beginnt, dann nr 5 und bj 2012.")]
    [InlineData("Lernmodul rot b 12 bestanden, Gruppe A - B 1 beginnt.")] // the shape, but no vehicle word
    [InlineData("Mit dem Auto von Ort A nach Ort B 25 min.")] // a unit after the number
    [InlineData("Pkw VW Bj 2012, Wert ca. 3.000 EUR.")] // a note abbreviation as the letter group
    [InlineData("Auto: TÜV am 12 fällig.")] // a function word as the letter group
    public void Scrub_VehicleWordsBeforeNumbersThatAreNoPlates_KeepTheNumbers(string note) => ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Post bitte an c/o Basnet, Zinngießerpl. 35, da Briefkasten defekt.", "Post bitte an [Adresse], da Briefkasten defekt.")]
    [InlineData("Kdn. ist wohnhaft c/o Aafiya Aamil, Dachsbauallee 44, 07381 Pößneck und seit Mai dort gemeldet.", "Kdn. ist wohnhaft [Adresse] und seit Mai dort gemeldet.")]
    [InlineData("Ehefrau lebt in Polen: ul. Ogrodowa 71/19, 11-291 Opole.", "Ehefrau lebt in Polen: [Adresse].")]
    [InlineData("Onkel in Rumänien (str. Florilor nr. 74, 157475 Craiova) schickt Geld.", "Onkel in Rumänien ([Adresse]) schickt Geld.")]
    [InlineData("Eltern wohnen in Frankreich (Rue de la Gare 29, 78068 Nancy).", "Eltern wohnen in Frankreich ([Adresse]).")]
    [InlineData("Bruder wohnt Atatürk Cad. 44, 48635 Kayseri.", "Bruder wohnt [Adresse].")]
    [InlineData("Tante: Cumhuriyet Mah. Gül Sok. 32, 62374 Konya.", "Tante: [Adresse].")]
    [InlineData("Sohn studiert in Österreich, Anschrift Linzer Gasse 4, A-7661 Wels.", "Sohn studiert in Österreich, Anschrift [Adresse].")]
    [InlineData("Eltern: Baghdad Street 29, Aleppo.", "Eltern: [Adresse].")]
    [InlineData("wohnhaft Lupinenallee 45a, Whg 1, EG – läuft.", "wohnhaft [Adresse] – läuft.")]
    [InlineData("kd wohnt ab sofort untere bachgasse 5", "kd wohnt ab sofort [Adresse]")]
    [InlineData("Zieht in die Hauptstr. 5, 15711 Königs Wusterhausen.", "Zieht in die [Adresse].")]
    [InlineData("Praxis Hauptstr. 5, 16303 Schwedt/Oder, AU bis Mai.", "Praxis [Adresse], AU bis Mai.")]
    [InlineData("Kündigung der Wohnung Zur Alten Ziegelei 15, Mölln zum Monatsende.", "Kündigung der Wohnung [Adresse] zum Monatsende.")]
    [InlineData("Vermieterin wohnt Unter der Burg 31.", "Vermieterin wohnt [Adresse].")]
    [InlineData("Kiosk in der Lange Reihe 72.", "Kiosk in der [Adresse].")]
    [InlineData("wohnhaft Untere Bachgasse 69 15711 Königs Wusterhausen – Unterhalt läuft.", "wohnhaft [Adresse] – Unterhalt läuft.")]
    [InlineData("Obdachlos, Post über Pottascheg. 69 a.", "Obdachlos, Post über [Adresse].")]
    [Trait("Rule", "P2")]
    public void Scrub_AddressesWithCareOfAbroadOrAbbreviated_AreReplacedWhole(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Umzug nach Hauptstr. 5, Köln Bescheid folgt.", "Umzug nach [Adresse] Bescheid folgt.")]
    [InlineData("Umzug nach Hauptstr. 5, Köln Schlüssel abgegeben.", "Umzug nach [Adresse] Schlüssel abgegeben.")] // a German word after the town, no clause end
    [InlineData("Zurück aus Hamburg. 3 Termine stehen an.", "Zurück aus Hamburg. 3 Termine stehen an.")] // "-g." and a number, but the address does not end there
    [InlineData("Am Montag. 3 Termine, die Anmeldung. 2 Kinder, in Hamburg. 3 Wochen.", "Am Montag. 3 Termine, die Anmeldung. 2 Kinder, in Hamburg. 3 Wochen.")]
    public void Scrub_WordsBesideAddressShapes_StayWhereTheyAreNoAddress(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Termin via Zoom 2 mal, Rue ohne Nummer.")] // "via" in lower case is German, and a unit follows the number
    [InlineData("Treffen Via Appia 2 mal im Jahr.")]
    public void Scrub_StreetWordsAbroadBeforeAQuantity_AreNoAddress(string note) => ScrubVocabulary(note).ShouldNotContain("[Adresse]");

    [Theory]
    [InlineData("nächster Kontakt am 30. d.M. per Telefon", "nächster Kontakt am [Datum] d.M. per Telefon")]
    [InlineData("termin ärztl. dienst 29.9., kd informiert", "termin ärztl. dienst [Datum], kd informiert")]
    [InlineData("Passnummer liegt vor, Ausstellungsdatum 9.5.", "Passnummer liegt vor, Ausstellungsdatum [Datum]")]
    [InlineData("Zentrale +49 (4541) 172429, Fax folgt.", "Zentrale [Telefon], Fax folgt.")]
    [InlineData("PA kontrolliert, Nr. V6M N2R MP77, gültig.", "PA kontrolliert, Nr. [Ausweisnummer], gültig.")]
    [InlineData("Passnummer kpg w4n hpv5 notiert.", "Passnummer [Ausweisnummer] notiert.")]
    [InlineData("Identität geprüft anhand Reisepass C5W4 GCTG33.", "Identität geprüft anhand Reisepass [Ausweisnummer].")]
    [InlineData("NL-Kennzeichen 99-NRK-1.", "NL-Kennzeichen [Kennzeichen].")]
    [InlineData("PKW mit poln. Kennzeichen MV-947-TP steht vor dem Haus.", "PKW mit poln. Kennzeichen [Kennzeichen] steht vor dem Haus.")]
    [InlineData("Kd. hat Auto aus Rumänien mitgebracht (DJ 86 KBY).", "Kd. hat Auto aus Rumänien mitgebracht ([Kennzeichen]).")]
    [Trait("Rule", "P2")]
    public void Scrub_DatesPhonesDocumentsAndForeignPlatesInTheShapesOfHeldout5_AreReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Fahrzeug VW 2012, Kfz-Steuer 120 EUR.")] // a make and a year, a number and a unit
    [InlineData("Fahrzeug: BMW 320, gebraucht.")] // a make and a model
    [InlineData("Leistungen nach SGB II 12 Monate bezogen, ALG II 3 Jahre.")] // a book of the code before a number
    [InlineData("Version 2.1. und Note 3.5. bleiben, Abschnitt 4.2. auch.")]
    public void Scrub_ShapesWithoutTheirCue_StayText(string note) => ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Gruppe KLM NPR TV12 startet.", false)] // three groups of the document alphabet, but no word for a document
    [InlineData("Pass KLM NPR TV12 vorgelegt.", true)]
    [InlineData("Pass KLM NPR TVX vorgelegt am 3.5.", false)] // no check digit last
    [Trait("Rule", "P2")]
    public void CuedDocumentDetector_TakesThreeGroupsOnlyAfterAWordForADocument(string note, bool found)
    {
        var matches = new List<TextMatch>();
        new CuedDocumentDetector().Detect(note, new ScrubContext(Pseudonymizer, "P1", null, null, null), matches);
        (matches.Count == 1).ShouldBe(found);
    }

    [Theory]
    [InlineData("Gesendet: 18.04", "Gesendet: [Datum]")]
    [InlineData("Eingangsstempel 1.1., Brief ungeöffnet zurück.", "Eingangsstempel [Datum], Brief ungeöffnet zurück.")]
    [Trait("Rule", "P2")]
    public void Scrub_DatesWithoutAYearAfterAMailOrStampWord_AreReplaced(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("bis zu 1000 euro, es ist 2000 so, ab - zu 3 mal.")]
    [InlineData("Gruppe A - B 1 beginnt.")]
    public void Scrub_LowerCaseWordsAndHyphensBeforeANumber_AreNoPlates(string note) => ShouldScrubTo(note, note);
}

/// <summary>
/// Institutions and note abbreviations in the shapes the second and third independent splits used (session 6): a kind
/// in lower case in a note with case, kinds the detector did not know, nation-wide insurers and unions by name, a joiner
/// right after the kind, a direction after the place; and the abbreviations of case notes that stay.
/// </summary>
public class InstitutionRecallTests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Kd. hat mit dem hauptzollamt jena gesprochen.", "Kd. hat mit dem [Institution] gesprochen.")]
    [InlineData("kd. war beim gymnasium am stadtwall.", "kd. war beim [Institution].")]
    [InlineData("Bescheinigung der Kinderkrippe Zwergenland Hanau liegt vor.", "Bescheinigung der [Institution] liegt vor.")] // "Hanau" since session 9 (a town the vocabulary has)
    [InlineData("Bescheinigung Hort Löwenzahn liegt vor.", "Bescheinigung [Institution] liegt vor.")]
    [InlineData("Kontakt zur JVA Braunschweig hergestellt.", "Kontakt zur [Institution] hergestellt.")]
    [InlineData("Kind besucht das Gymnasium am Lindenplatz.", "Kind besucht das [Institution].")]
    [InlineData("Bescheid der Familienkasse Bayern Nord liegt vor.", "Bescheid der [Institution] liegt vor.")]
    [InlineData("Kd. ist bei der KKH versichert, vorher Techniker Krankenkasse.", "Kd. ist bei der [Institution] versichert, vorher [Institution].")]
    [InlineData("Mitglied der IG Metall, Beratung durch die Bundespolizei.", "Mitglied der [Institution], Beratung durch die [Institution].")]
    [InlineData("Versichert bei der DAK-Gesundheit, Hilfe von der Johanniter-Unfall-Hilfe.", "Versichert bei der [Institution], Hilfe von der [Institution].")]
    [Trait("Rule", "P2")]
    public void Scrub_InstitutionsInTheShapesOfTheIndependentSplits_AreReplaced(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Tochter hat einen Kita-Platz, die kita platz ist bestätigt, der VHS-Kurs läuft.")]
    [InlineData("Kind geht in die Kita im Ort.")]
    [InlineData("Termin beim Jobcenter am Montag.")]
    [InlineData("Betreff: Perso abgelaufen, gez. Kd., 12 Mon. befristet, Az. unbekannt, Ident-Nr. fehlt.")]
    public void Scrub_KindsWithoutAPlaceAndNoteAbbreviations_Stay(string note) => Scrub(note).ShouldBe(note);
}
