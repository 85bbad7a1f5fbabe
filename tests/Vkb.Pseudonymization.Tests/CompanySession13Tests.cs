namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The company shapes of session 13 (docs/scrubbing.md, "… (session 13)"): legal forms of Denmark, Hungary and the Balkans,
/// "i. Gr." and "i. L." after a form, "KG" and "eG" after any capitalised words, a trade word before a firm of brothers, more
/// trade words, and what a note says a firm is to the customer before its name. The notes are written for these tests, not
/// taken from a corpus; beside them stand notes that must stay.
/// </summary>
public class CompanySession13Tests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Vermittlung an Umzüge Nordlicht ApS erfolgt.", "Vermittlung an [Firma] erfolgt.")]
    [InlineData("Vermittlung an Abendstern Kft. erfolgt.", "Vermittlung an [Firma] erfolgt.")]
    [InlineData("Vermittlung an Bauhof Sturmvogel d.o.o. erfolgt.", "Vermittlung an [Firma] erfolgt.")]
    [InlineData("Vermittlung an Reinigung Eisvogel s.r.o. erfolgt.", "Vermittlung an [Firma] erfolgt.")]
    [InlineData("Arbeitgeber: Kornblume GmbH i.L., Lohn fehlt.", "Arbeitgeber: [Firma], Lohn fehlt.")]
    [InlineData("Arbeitgeber: Kornblume GmbH i. Gr., Lohn fehlt.", "Arbeitgeber: [Firma], Lohn fehlt.")]
    [InlineData("Vertrag mit Sturmvogel mbH & Co. KG unterschrieben.", "Vertrag mit [Firma] unterschrieben.")]
    [Trait("Rule", "P2")]
    public void Scrub_AFirmWithALegalFormOfSession13_IsReplacedWhole(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Ratenzahlung mit Leuchtturm eG vereinbart.", "Ratenzahlung mit [Firma] vereinbart.")]
    [InlineData("Tätigkeit als Fahrerin bei Wanderfalke KG.", "Tätigkeit als Fahrerin bei [Firma].")]
    [InlineData("Gläubiger Feldhase Immobilien KG, Forderung offen.", "Gläubiger [Firma], Forderung offen.")]
    [InlineData("Versicherung Eisvogel Kft. hat gezahlt.", "Versicherung [Firma] hat gezahlt.")]
    [InlineData("Abtretung zugunsten des Stromanbieters Lerche GmbH erklärt.", "Abtretung zugunsten des Stromanbieters [Firma] erklärt.")]
    [Trait("Rule", "P2")]
    public void Scrub_AFirmNamedByCommonNouns_IsReplacedWithoutWhatTheNoteSaysItIs(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Kd. arbeitet bei Spedition Gebr. Wiesner als Fahrer.", "Kd. arbeitet bei [Firma] als Fahrer.")]
    [InlineData("Minijob bei Wäscherei Ondracek seit Mai.", "Minijob bei [Firma] seit Mai.")]
    [InlineData("Minijob bei Fliesenleger Kowalczyk seit Mai.", "Minijob bei [Firma] seit Mai.")]
    [InlineData("Aushilfe im Döner-Grill Anatolia seit Mai.", "Aushilfe im [Firma] seit Mai.")]
    [InlineData("Aushilfe im Asia Shop Nguyen seit Mai.", "Aushilfe im [Firma] seit Mai.")]
    [InlineData("Einsatz bei Talblick Foods in Erfurt.", "Einsatz bei [Firma] in Erfurt.")]
    [Trait("Rule", "P2")]
    public void Scrub_AFirmByItsTrade_IsReplacedWhole(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Paket wiegt 12 KG, Versand folgt.")] // a weight after a number
    [InlineData("Der Betrieb hat Insolvenz angemeldet.")]
    [InlineData("Die Versicherung hat gezahlt.")]
    [InlineData("Kd. war im Shop einkaufen.")]
    [Trait("Rule", "P2")]
    public void Scrub_WordsLikeAFirmsWithoutAName_Stay(string note) => Scrub(note).ShouldBe(note);
}
