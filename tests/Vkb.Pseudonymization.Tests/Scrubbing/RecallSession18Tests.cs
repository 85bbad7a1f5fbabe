using NodaTime;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shapes of session 18 (docs/scrubbing.md, "… heldout14 read (session 18)"), each a general rule rather than a phrase of
/// heldout14. The notes are written for these tests (invented names, places and values), not taken from a corpus; beside them
/// stand notes that must stay.
/// </summary>
public class RecallSession18Tests
{
    private static readonly Pseudonymizer Pseudonymizer = new(TestKeys.Key());
    private static readonly TextScrubber Detectors = new(null, ScrubMode.Detectors);

    /// <summary>The note scrubbed in detectors mode, dates shifted by 23 days (so a shifted date is no "[Datum]").</summary>
    private static string ScrubDetectors(string note) =>
        Detectors.Scrub(note, new ScrubContext(Pseudonymizer, "P1", 23, new LocalDate(1984, 7, 12), new LocalDate(2025, 4, 1)));

    [Theory]
    [InlineData("Kd. hat Rueckfrage zur Bestaetigung, Gespraech naechste Woche, Buero geschlossen, muessen Unterlagen pruefen.")]
    [InlineData("Fahrtkosten fuer Massnahme, Kd. moechte Weiterbildung, Fuehrerschein fehlt, Pruefung im Maerz.")] // "ss" as "ß" too
    [InlineData("Aerztin hat Attest ausgestellt, Tuer war zu, Schluessel beim Hausmeister.")] // a capital "Ae"
    [InlineData("Kd. meldet Parkverstoss und Verkehrsverstoss.")] // "ss" as "ß" in a compound
    [Trait("Rule", "P2")]
    public void Scrub_WordsTypedWithoutUmlauts_Stay(string note) => PatternRecallTests.ScrubVocabulary(note).ShouldBe(note);

    [Theory]
    [InlineData("Termin mit Herrn Baecker und Frau Jaeger, Rueckruf folgt.", "Termin mit Herrn [Person 2] und Frau [Person 1], Rueckruf folgt.")] // a name after a cue stays a name
    [InlineData("Kd. heisst Gruenwaldt und wohnt bei Roesler.", "Kd. heisst [Person 1] und wohnt bei [Person 2].")] // no word with umlauts either
    [InlineData("Unterlagen liegen bei Mueller und Schaefer, Kopie an Jaeger.", "Unterlagen liegen bei [Person 1] und [Person 2], Kopie an [Person 3].")] // words, but registered surnames
    [Trait("Rule", "P2")]
    public void Scrub_NamesTypedWithoutUmlauts_AreStillNames(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Brief vom 22 de junio de 2025 liegt vor.", "Brief vom [Datum] liegt vor.")] // Spanish
    [InlineData("Vertrag ab 5 de março de 2024 und bis 30 de marzo del 2025.", "Vertrag ab [Datum] und bis [Datum].")] // Portuguese, "del"
    [InlineData("Bescheinigung vom 3 juin 2025, Kopie folgt.", "Bescheinigung vom [Datum], Kopie folgt.")] // French, the year without "de"
    [InlineData("Attest vom 12 giugno 2025.", "Attest vom [Datum].")] // Italian
    [InlineData("Geburt am 1º de mayo, Kopie folgt.", "Geburt am [Datum], Kopie folgt.")] // "º" for the first, no year after "de"
    [Trait("Rule", "P2")]
    public void Scrub_ADateInSpanishPortugueseFrenchOrItalian_IsADate(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Er hat 3 juin-Termine verpasst.")] // no year, no "de"
    [InlineData("Zimmer 12 giugno ist frei.")]
    [Trait("Rule", "P2")]
    public void Scrub_ADayAndAForeignMonthWithoutDeOrYear_IsNoDate(string note) =>
        ScrubDetectors(note).ShouldNotContain("[Datum]");

    [Theory]
    [InlineData("Termin Di. 22.04.2025 bestätigt.", "Di.")]
    [InlineData("Rückruf am Fr. 4.7. zugesagt.", "Fr.")]
    [InlineData("Hausbesuch Montag 06.10.2025 geplant.", "Montag")]
    [InlineData("Gespräch am Mittwoch den 3.9.2025.", "Mittwoch")]
    [InlineData("Eingang So. 14. September 2025 im Briefkasten.", "So.")] // a date in words
    [Trait("Rule", "P2")]
    public void Scrub_AWeekdayBeforeADate_IsReplacedWithIt(string note, string weekday)
    {
        foreach (var scrubbed in new[] { PatternRecallTests.ScrubVocabulary(note), ScrubDetectors(note) })
        {
            scrubbed.ShouldNotContain(weekday);
            scrubbed.ShouldContain("[Wochentag]");
        }
    }

    [Theory]
    [InlineData("Termine:\nMo 12.06.2025 Bewerbungswerkstatt")] // no dot: a list's column
    [InlineData("Di, 25.9.25, 10:15 Folgetermin")] // a comma between them
    [InlineData("Montag, 06.10.2025: Folgetermin")]
    [InlineData("Gespräch mit Fr. Obenauf am 3.4.2025.")] // "Fr." before a name
    [InlineData("So 3 Kinder, do 12.05. alles gut.")] // "So" before a count, "do" in lower case
    [Trait("Rule", "P2")]
    public void Scrub_AWeekdayNotWrittenBeforeADate_Stays(string note) =>
        ScrubDetectors(note).ShouldNotContain("[Wochentag]");

    [Theory]
    [InlineData("Neue Anschrift: Holunderhang 17b, 31134 Hildesheim.", "Neue Anschrift: [Adresse].")]
    [InlineData("Post an Holunderhang 17b kam zurück.", "Post an [Adresse] kam zurück.")] // no postcode after it
    [InlineData("Kd. wohnt Distelacker 4 | 04109 Leipzig.", "Kd. wohnt [Adresse] | [Ort].")] // a pipe before the postcode
    [InlineData("Treffpunkt Schäfertrift 22-24, dann weiter.", "Treffpunkt [Adresse], dann weiter.")]
    [InlineData("Umzug nach Lindenecke 9 / 99084 Erfurt geplant.", "Umzug nach [Adresse] / [Ort] geplant.")]
    [InlineData("Post an Sonnenleite 3a kam zurück.", "Post an [Adresse] kam zurück.")]
    [InlineData("Wohnung Am Kirchgarten 12 gekündigt.", "Wohnung [Adresse] gekündigt.")]
    [InlineData("Neue Adresse: Up de Wurth 7, 26506 Norden.", "Neue Adresse: [Adresse].")] // Low German
    [Trait("Rule", "P2")]
    public void Scrub_AStreetWithALessCommonHeadWordOrALowGermanArticle_IsAnAddress(string note, string expected) =>
        ScrubDetectors(note).ShouldBe(expected);

    [Theory]
    [InlineData("Siehe Anhang 2 und Aushang 3 im Flur.")]
    [InlineData("Die Strecke 3 ist gesperrt, Kindergarten 1 hat zu.")]
    [InlineData("Wegen Zusammenhang 2 Termine verschoben.")]
    [InlineData("Treffen Holunderhang 12:30 Uhr, Distelacker 2025 verkauft, Lindenecke 40 € Miete.")] // a time, a year, an amount
    [InlineData("Bis Distelacker 3 km, bis Sonnenhang 2 Stunden.")] // a unit after the number
    [InlineData("Er sagte: op de 3 Kinder achten.")] // no capitalised name after the article
    [Trait("Rule", "P2")]
    public void Scrub_NounsEndingLikeAStreetWordBeforeANumber_Stay(string note) =>
        ScrubDetectors(note).ShouldNotContain("[Adresse]");

    [Theory]
    [InlineData("Kd. arbeitete bei Jiangmen Ruixing Textiles Co., Ltd. in China.", "Kd. arbeitete bei [Firma] in China.")] // "Co." before the form
    [InlineData("Lieferant Dongguan Meilong Toys Co. Ltd., Zahlung offen.", "Lieferant [Firma], Zahlung offen.")]
    [InlineData("Arbeitgeber Asante Kofi Company Limited zahlt bar.", "Arbeitgeber [Firma] zahlt bar.")] // "Limited"
    [InlineData("Stoffe von Beira Têxteis, Lda. geliefert.", "Stoffe von [Firma] geliefert.")] // a comma before "Lda."
    [InlineData("Minijob bei Wendlinger und Obsieger GbR ab Mai.", "Minijob bei [Firma] ab Mai.")] // partners joined by "und"
    [InlineData("Vorstellung bei Trautwein & Kolbeck am Montag.", "Vorstellung bei [Firma] am Montag.")] // partners without a form
    [InlineData("Probearbeit im Pub Donnelly, Aushilfe im Circus „Sternenzelt“.", "Probearbeit im [Firma], Aushilfe im [Firma].")]
    [InlineData("Praktikum im Schlosserbetrieb Anselmeier.", "Praktikum im [Firma].")] // a craftsman's business in "-erbetrieb"
    [InlineData("Auftrag an Ostwind Fliesenfachbetrieb vergeben.", "Auftrag an [Firma] vergeben.")] // "-fachbetrieb"
    [InlineData("Bewerbung über Jobwerk24.de und Stellenblick.com.", "Bewerbung über [Firma] und [Firma].")] // a firm written as its address
    [Trait("Rule", "P2")]
    public void Scrub_FirmsByForeignFormsPartnersTradesAndAddresses_AreReplacedWhole(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Abteilung Forschung & Entwicklung, Lehrgang Schweißen & Schneiden.")] // words of the lists on both sides
    [InlineData("Info auf arbeitsagentur.de gelesen, Seite jobboerse.arbeitsagentur.de offen.")] // an address in lower case
    [InlineData("Kd. arbeitet im Schichtbetrieb und im Regelbetrieb.")] // no craftsman in "-er"
    [InlineData("Mutter und Tochter gründen eine GbR.")] // no name before "und"
    [Trait("Rule", "P2")]
    public void Scrub_WordsBesideAnAmpersandOrAnAddressThatNameNoFirm_Stay(string note) =>
        PatternRecallTests.ShouldScrubTo(note, note);

    [Theory]
    [InlineData("Artikel über Heimatverein Obertal, Foto anbei.", "Artikel über [Institution], Foto anbei.")] // "-verein"
    [InlineData("Ausleihe in der Stadtbücherei Kleinhausen.", "Ausleihe in der [Institution].")] // "-bücherei"
    [InlineData("Termin im Kulturzentrum in Kleinhausen, Messe in der Stadthalle Obertal.", "Termin im [Institution], Messe in der [Institution].")]
    [InlineData("Ersatz über Kulturzentrum Nordheim, Termin beim Sozialwerk St. Anna.", "Ersatz über [Institution], Termin beim [Institution].")]
    [InlineData("Schreiben von Zentrale Ausländerbehörde Kleinhausen.", "Schreiben von [Institution].")] // a rank adjective
    [InlineData("Kontakt über Usbekisches Kulturzentrum Nordheim.", "Kontakt über [Institution].")] // an adjective of origin
    [InlineData("Vorgang bei Auskunfts- und Beratungsstelle der Rentenversicherung in Obertal.", "Vorgang bei [Institution].")] // a pair cut short
    [InlineData("Auskunft Versichertenberatung der Rentenversicherung in Obertal zeigt Lücken.", "Auskunft [Institution] zeigt Lücken.")] // a unit before "der"
    [InlineData("Bescheid vom Landesamt für Soziale Dienste Saarland liegt vor.", "Bescheid vom [Institution] liegt vor.")] // a state after it
    [Trait("Rule", "P2")]
    public void Scrub_InstitutionsOfMoreKindsAndTheWordsAroundThemThatNameThem_AreReplacedWhole(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Sozialdienst Kreiskrankenhaus Obertal meldet Entlassung.", "Sozialdienst [Institution] meldet Entlassung.")] // a unit right before stays
    [InlineData("Der Verein hat zentrale Aufgaben, Chinesische Küche im Saarland.", "Der Verein hat zentrale Aufgaben, Chinesische Küche im Saarland.")] // no institution beside them
    [InlineData("Im Kulturzentrum ist es ruhig, die Stadthalle ist zu.", "Im Kulturzentrum ist es ruhig, die Stadthalle ist zu.")] // a kind alone
    [Trait("Rule", "P2")]
    public void Scrub_WordsBesideNoInstitutionOrAUnitRightBeforeIt_Stay(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Rückruf von Godehard Wenzlitschke erbeten.", "Rückruf von [Person 1] erbeten.")] // a given name the vocabulary has, before a surname
    [InlineData("Übergabe an Dietrich Obenauf, dann an Reichard Paschke.", "Übergabe an [Person 1], dann an [Person 2].")]
    [Trait("Rule", "P2")]
    public void Scrub_AGivenNameTheVocabularyHasBeforeASurname_IsPartOfTheName(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Geschwister: Sieglinde, Gotthilf.", "Sieglinde")] // no compound ends in "-linde" or "-hilf"
    [InlineData("Geschwister: Sieglinde, Gotthilf.", "Gotthilf")]
    [Trait("Rule", "P2")]
    public void Scrub_AGivenNameEndingInAnOldHighGermanElement_IsNoCompound(string note, string name) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain(name);

    [Theory]
    [InlineData("Torwart Kowalczyk hält, die Gegenwart zählt.", "Torwart")] // "-wart" is no element here
    [InlineData("Die Linde blüht, Albert kommt.", "Linde")] // no surname after it
    [Trait("Rule", "P2")]
    public void Scrub_AWordEndingLikeAGivenNameBesideNoSurname_Stays(string note, string kept) =>
        ScrubDetectors(note).ShouldContain(kept);
}
