namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The institution shapes of session 13 (docs/scrubbing.md, "… (session 13)"): more kinds of offices, police, clinics and welfare
/// services; the dative of kinds of two words; adjectives of a body's name and a state's adjective before an authority; a court's
/// division between dashes; a river or region after a slash or in brackets; the municipal unions as an area; another body's
/// kind ending a place. The notes are written for these tests, not taken from a corpus; beside them stand notes that must stay.
/// </summary>
public class InstitutionSession13Tests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Das Amt Lübow hat den Antrag weitergeleitet.", "Das [Institution] hat den Antrag weitergeleitet.")]
    [InlineData("Rückmeldung von der Einbürgerungsstelle Friedland liegt vor.", "Rückmeldung von der [Institution] liegt vor.")]
    [InlineData("Termin beim Migrationsdienst Kerpen am Montag.", "Termin beim [Institution] am Montag.")]
    [InlineData("Vorladung durch die Kriminalinspektion Rheine.", "Vorladung durch die [Institution].")]
    [InlineData("Platz in der Kindertagesstätte Sonnenhügel Lohmar zugesagt.", "Platz in der [Institution] zugesagt.")]
    [InlineData("Anfrage an die Samtgemeindeverwaltung Hesel gestellt.", "Anfrage an die [Institution] gestellt.")]
    [InlineData("Rechnung der Helios-Kliniken Schwerin liegt vor.", "Rechnung der [Institution] liegt vor.")]
    [InlineData("Antrag bei der Deutschen Rentenversicherung Nordbayern gestellt.", "Antrag bei der [Institution] gestellt.")]
    [InlineData("antrag bei der deutschen rentenversicherung nordbayern gestellt.", "antrag bei der [Institution] gestellt.")]
    [InlineData("Beratung beim Diakonischen Werk Gütersloh begonnen.", "Beratung beim [Institution] begonnen.")]
    [InlineData("Hilfe durch die Sozialpädagogische Familienhilfe Mettmann.", "Hilfe durch die [Institution].")]
    [InlineData("Kd. wohnt im Seniorenzentrum Haslach.", "Kd. wohnt im [Institution].")]
    [InlineData("Kurs beim Christlichen Jugenddorfwerk begonnen.", "Kurs beim [Institution] begonnen.")]
    [Trait("Rule", "P2")]
    public void Scrub_AKindOfSession13_IsReplaced(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Kostenzusage vom Bayerischen Landesamt liegt vor.", "Kostenzusage vom [Institution] liegt vor.")]
    [InlineData("Brief an das Sächsische Landesamt ging raus.", "Brief an das [Institution] ging raus.")]
    [InlineData("Tochter geht in die Integrative Kita Vellmar.", "Tochter geht in die [Institution].")]
    [InlineData("Aufnahme im Ökumenischen Hospital Rotenburg.", "Aufnahme im [Institution].")]
    [InlineData("Befund vom Ökumenischen Elbtal Klinikum liegt vor.", "Befund vom [Institution] liegt vor.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnAdjectiveOfTheBodysName_IsReplacedWithIt(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Ladung vom Amtsgericht – Familiengericht – Meppen erhalten.", "Ladung vom [Institution] erhalten.")]
    [InlineData("Ladung vom Landgericht Verden – Strafkammer wegen Zeugenaussage.", "Ladung vom [Institution] wegen Zeugenaussage.")]
    [InlineData("Ladung vom Amtsgericht Celle - Betreuungsgericht erhalten.", "Ladung vom [Institution] erhalten.")]
    [InlineData("Beschluss vom Amtsgericht Halle/Saale liegt vor.", "Beschluss vom [Institution] liegt vor.")]
    [InlineData("Beschluss vom Amtsgericht Wusterhausen/Dosse liegt vor.", "Beschluss vom [Institution] liegt vor.")]
    [InlineData("Post vom Finanzamt Clausthal (Harz) eingegangen.", "Post vom [Institution] eingegangen.")]
    [InlineData("Antrag beim Caritasverband für den Landkreis Emsland gestellt.", "Antrag beim [Institution] gestellt.")]
    [InlineData("Termin beim Sozialamt der Samtgemeinde Uelsen vereinbart.", "Termin beim [Institution] vereinbart.")]
    [InlineData("Antrag an die Stadtwerke Celle auf Kostenübernahme gestellt.", "Antrag an die [Institution] auf Kostenübernahme gestellt.")]
    [InlineData("Schuldnerberatung Diakonisches Werk Hameln hat geantwortet.", "Schuldnerberatung [Institution] hat geantwortet.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnInstitutionWithItsDivisionOrRegion_IsReplacedWhole(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Das Ordnungsamt der Stadt hat angerufen.")] // "der Stadt" without a place: no institution
    [InlineData("Das Jobcenter der Stadt rief an.")]
    [InlineData("Vom Amt Bescheid erhalten, Widerspruch folgt.")] // "Amt" is a common noun: only a word that is none is its place
    [InlineData("Vom Amt Geld erhalten, Kd. zufrieden.")]
    [InlineData("Vom Amt Post bekommen.")]
    [InlineData("Beratung beim Amt für Soziales vereinbart.")]
    [InlineData("Antrag beim Amt wegen Kostenübernahme.")]
    [InlineData("Termin beim Migrationsdienst wegen Beratung.")]
    [InlineData("Das Amtsgericht – Familiengericht hat geschrieben.")] // a division without a place
    [InlineData("Die Stadtwerke auf Kostenübernahme angesprochen.")]
    [Trait("Rule", "P2")]
    public void Scrub_AKindWithoutAPlace_Stays(string note) => Scrub(note).ShouldBe(note);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AWordOfTheVocabularyAfterASlash_IsNoPartOfThePlace() =>
        Scrub("Jobcenter Köln/Termin verschoben.").ShouldBe("[Institution]/Termin verschoben.");

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AWordInBracketsAfterAPlace_StaysUnlessARegion() =>
        Scrub("Jobcenter Köln (Bescheid) angefordert.").ShouldBe("[Institution] (Bescheid) angefordert.");
}
