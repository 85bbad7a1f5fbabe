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

    /// <summary>Both modes scrub the note to <paramref name="expected"/>.</summary>
    internal static void ShouldScrubTo(string note, string expected)
    {
        Vocabulary.Scrub(note, Context()).ShouldBe(expected);
        Detectors.Scrub(note, Context()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Antrag für das Kind * 4 August 2009 gestellt.", "Antrag für das Kind * [Datum] gestellt.")]
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
    [InlineData("Bescheinigung der Kinderkrippe Zwergenland Hanau liegt vor.", "Bescheinigung der [Institution] Hanau liegt vor.")]
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
