using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shapes of institutions and companies that session 9 added (docs/scrubbing.md, "Institutions and companies (session 9)"):
/// compounds that end in a kind, names joined before a kind by hyphens, towns the vocabulary knows, places in brackets, parts of a
/// body, authorities "für" a field, missions of states, abbreviations of offices; firms "&amp; Tochter", "&amp; Partner", of brothers,
/// with a compound cut short, and more employers. The notes are written for these tests, not taken from a corpus; each case
/// beside a shape is one that must stay.
/// </summary>
public class InstitutionShapeTests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Zuweisung über das Kreiskrankenhaus Lauterbach erfolgt.", "Zuweisung über das [Institution] erfolgt.")]
    [InlineData("Anfrage an das Landesamt für Soziales und Versorgung gestellt.", "Anfrage an das [Institution] gestellt.")]
    [InlineData("Die Tochter besucht die Astrid-Lindgren-Grundschule Hilden.", "Die Tochter besucht die [Institution].")]
    [InlineData("Die Tochter besucht die Astrid-Lindgren-Grundschule.", "Die Tochter besucht die [Institution].")]
    [InlineData("Termin im St.-Josef-Krankenhaus Olpe.", "Termin im [Institution].")]
    [InlineData("Termin im St. Vinzenz-Hospital am Montag.", "Termin im [Institution] am Montag.")]
    [InlineData("Kd. ist bei der Heimat BKK versichert, früher R+V BKK.", "Kd. ist bei der [Institution] versichert, früher [Institution].")]
    [InlineData("Reha über die Asklepios Klinik Bad Tölz.", "Reha über die [Institution].")]
    [InlineData("Ladung zum Landgericht Halle (Saale) liegt vor.", "Ladung zum [Institution] liegt vor.")]
    [InlineData("Sprachkurs bei der AWO Kreisverband Minden-Lübbecke.", "Sprachkurs bei der [Institution].")]
    [InlineData("Die Schuldnerberatung der Caritas Paderborn hat sich gemeldet.", "Die [Institution] hat sich gemeldet.")]
    [InlineData("Kd. war bis Mai beim JC Pinneberg gemeldet.", "Kd. war bis Mai beim [Institution] gemeldet.")]
    [InlineData("Termin beim Konsulat der Republik Kosovo in Düsseldorf zur Passverlängerung.", "Termin beim [Institution] zur Passverlängerung.")]
    [InlineData("Die Evangelische Hochschule hat zugesagt.", "Die [Institution] hat zugesagt.")]
    [InlineData("Bildungsträger ist das Bildungswerk Weserbergland gGmbH.", "Bildungsträger ist das [Institution].")]
    [InlineData("Rückmeldung der Berufsgenossenschaft Holz und Metall liegt vor.", "Rückmeldung der [Institution] liegt vor.")]
    [InlineData("Kontakt zur Polizeiwache Lingen aufgenommen.", "Kontakt zur [Institution] aufgenommen.")]
    [InlineData("Kd. bringt den Bescheid vom Jobcenter Köln Bescheid mit.", "Kd. bringt den Bescheid vom [Institution] Bescheid mit.")]
    [InlineData("Schreiben der IHK Lippe und Detmold.", "Schreiben der [Institution].")]
    [InlineData("Die IHK Lippe und Lehrer prüfen.", "Die [Institution] und Lehrer prüfen.")] // after "und" only a name
    [InlineData("Mitteilung der Lebenshilfe liegt vor, Kontakt über das Kolpingwerk.", "Mitteilung der [Institution] liegt vor, Kontakt über das [Institution].")]
    [InlineData("die dak-gesundheit raus aus der liste.", "die [Institution] raus aus der liste.")] // not "raus" after a named body
    [InlineData("kd. war beim ausländeramt bielefeld, termin steht.", "kd. war beim [Institution], termin steht.")]
    [InlineData("kd. meldet sich bei der bewährungshilfe castrop-rauxel.", "kd. meldet sich bei der [Institution].")]
    [InlineData("Zuweisung durch das Jobcenter Kreis Steinfurt.", "Zuweisung durch das [Institution].")]
    [InlineData("kd. meldet sich bei der bewährungshilfe sankt wendel.", "kd. meldet sich bei der [Institution].")] // a place prefix in a note without case
    [InlineData("kd. meldet sich bei der bewährungshilfe bad kreuznach.", "kd. meldet sich bei der [Institution].")]
    [InlineData("Kd. meldet sich bei der Bewährungshilfe St. Ingbert, Termin steht.", "Kd. meldet sich bei der [Institution], Termin steht.")]
    [InlineData("Sachstand bei der AOK Rheinland/Hamburg erfragt.", "Sachstand bei der [Institution] erfragt.")]
    [Trait("Rule", "P2")]
    public void Scrub_InstitutionsOfSession9Shapes_AreReplacedWhole(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Rückmeldung vom AG liegt vor, SG Bescheid folgt.")]
    [InlineData("Die JC Kantine ist zu, die SG Kammer tagt.")]
    [InlineData("anfrage ans einwohnermeldeamt raus, post kam zurück.")]
    [InlineData("die schuldnerberatung ruft zurück.")]
    [InlineData("Die Reha-Klinik hat den Bericht geschickt.")]
    [InlineData("Die Musikschule Unterricht fällt aus.")]
    [InlineData("Das Jobcenter Geschäftsstelle hat angerufen.")]
    [Trait("Rule", "P2")]
    public void Scrub_OrdinaryWordsBesideKinds_Stay(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Arbeitsvertrag mit Jansen & Tochter liegt vor.", "Arbeitsvertrag mit [Firma] liegt vor.")]
    [InlineData("Bewerbung bei Kowalski & Partner abgelehnt.", "Bewerbung bei [Firma] abgelehnt.")]
    [InlineData("Praktikum bei Gebr. Wiesner vereinbart.", "Praktikum bei [Firma] vereinbart.")]
    [InlineData("Kündigung durch Sonnenhof Garten- und Landschaftsbau GmbH.", "Kündigung durch [Firma].")]
    [InlineData("Einstellung bei Nordlicht UG bestätigt.", "Einstellung bei [Firma] bestätigt.")]
    [InlineData("Aushilfe bei Selgros und bei Domino's.", "Aushilfe bei [Firma] und bei [Firma].")]
    [InlineData("Arbeitsbescheinigung von reinigung kovacevic gmbh angefordert.", "Arbeitsbescheinigung von [Firma] angefordert.")]
    [InlineData("Vorstellung bei Metro in Kassel.", "Vorstellung bei [Firma] in Kassel.")]
    [InlineData("Kd. lieferte Pakete aus (Subunternehmer Metzgerei Weserblick mbH).", "Kd. lieferte Pakete aus (Subunternehmer [Firma]).")]
    [InlineData("Das Unternehmen Imbiss Kupferkanne e. K. sucht Fahrer.", "Das Unternehmen [Firma] sucht Fahrer.")]
    [Trait("Rule", "P2")]
    public void Scrub_CompaniesOfSession9Shapes_AreReplacedWhole(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Kd. kommt mit dem roller zur Arbeit.")]
    [InlineData("Eltern & Partner kommen mit.")]
    [InlineData("Bewerbung bei Adecco Filiale abgelehnt.", "Bewerbung bei [Firma] Filiale abgelehnt.")]
    [Trait("Rule", "P2")]
    public void Scrub_OrdinaryWordsBesideCompanies_Stay(string note, string? expected = null) => Scrub(note).ShouldBe(expected ?? note);

    [Theory]
    [InlineData("Mutter geb. am Januar 2, 1963, Pflegegeld.", "Mutter geb. am [Datum], Pflegegeld.")]
    [InlineData("Termin Oktober 12, 2024 vereinbart.", "Termin [Datum] vereinbart.")]
    [InlineData("Konto IT79.C046.5668.7825.6319.6769.859 und DE84.7901.3085.5569.9664.61.", "Konto [IBAN] und [IBAN].")]
    [InlineData("konto de 84.7901.3085.5569.9664.61 bitte", "konto [IBAN] bitte")] // the country apart in lower case: the check digits decide
    [Trait("Rule", "P2")]
    public void Scrub_MonthFirstDatesAndDottedIbans_AreReplaced(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Neue Wohnung: Krähentwete 12a+b, 29221 Celle.", "Neue Wohnung: [Adresse].")]
    [InlineData("Zimmer im Haus Am Teich 7½ (Hinterhaus) bezogen.", "Zimmer im Haus [Adresse] bezogen.")]
    [InlineData("Wohnt jetzt Lindenweg 9 1/2 bei der Mutter.", "Wohnt jetzt [Adresse] bei der Mutter.")]
    [InlineData("Ab Montag Birkenstieg 40 a-c als Lager.", "Ab Montag [Adresse] als Lager.")]
    [Trait("Rule", "P2")]
    public void Scrub_HouseNumberContinuationsAndTwete_AreReplacedWhole(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Seit März 12 Stunden pro Woche, 2024 waren es mehr.")]
    [InlineData("Ab Mai 3 Termine, 2025 weniger, Version 2.1.")]
    [Trait("Rule", "P2")]
    public void Scrub_MonthBeforeNumbersWithoutTheCommaAndYear_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Einbeck", true)]
    [InlineData("Wusterhausen", true)]
    [InlineData("Bescheid", false)]
    [InlineData("Unterlagen", false)]
    [InlineData("Termin", false)]
    [InlineData("Stelle", false)]
    public void IsBareProperNoun_TellsTownsOfTheVocabularyFromCommonNouns(string word, bool expected) =>
        InstitutionDetector.IsBareProperNoun(word).ShouldBe(expected);

    [Theory]
    [InlineData("ruft", true)]
    [InlineData("meldet", true)]
    [InlineData("kommt", true)]
    [InlineData("würzburg", false)]
    [InlineData("einbeck", false)]
    public void LooksLikeVerbForm_TellsFiniteVerbsFromTowns(string word, bool expected) =>
        InstitutionDetector.LooksLikeVerbForm(word).ShouldBe(expected);
}
