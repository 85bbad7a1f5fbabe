namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The institution shapes of session 12 (docs/scrubbing.md, "… (session 12)"): the place after a phrase for the area an office
/// serves ("des Landkreises", "der Stadt", "im Landkreis", "für", "in"), and kinds and named bodies of the welfare field that
/// were missing (police posts, rehabilitation and family centres, help for the homeless, social-psychiatric services, the Blue
/// Cross). The notes are written for these tests, not taken from a corpus; beside them stand notes that must stay.
/// </summary>
public class InstitutionSession12Tests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Rückruf vom Sozialamt des Landkreises Uckermark wegen Antrag.", "Rückruf vom [Institution] wegen Antrag.")]
    [InlineData("Schreiben vom Ordnungsamt der Stadt Zeitz liegt vor.", "Schreiben vom [Institution] liegt vor.")]
    [InlineData("Möbel von der Wohnungslosenhilfe im Landkreis Leer erhalten.", "Möbel von der [Institution] erhalten.")]
    [InlineData("Termin bei der Beratungsstelle für Bad Soden am Montag.", "Termin bei der [Institution] am Montag.")]
    [InlineData("Anzeige beim Polizeiposten in Rottweil erstattet.", "Anzeige beim [Institution] erstattet.")]
    [InlineData("Termin im Jobcenter in Berlin vereinbart.", "Termin im [Institution] vereinbart.")]
    [InlineData("Sie besucht das Familienzentrum Am Lindenhof Wetzlar.", "Sie besucht das [Institution].")]
    [InlineData("Kontakt über das Blaue Kreuz hergestellt.", "Kontakt über das [Institution] hergestellt.")]
    [InlineData("Anbindung an die Psychiatrische Institutsambulanz Husum.", "Anbindung an die [Institution].")]
    [InlineData("Schreiben an den Sozialpsychiatrischer Dienst Emden.", "Schreiben an den [Institution].")]
    [InlineData("Kind geht auf die Realschule plus Montabaur.", "Kind geht auf die [Institution].")]
    [InlineData("Bescheinigung vom Bildungswerk der Wirtschaft für Eisleben.", "Bescheinigung vom [Institution].")]
    [InlineData("Aufnahme im Reha-Zentrum Bad Kissingen.", "Aufnahme im [Institution].")]
    [Trait("Rule", "P2")]
    public void Scrub_AnInstitutionInTheShapesOfSession12_IsReplaced(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Integrationsfachdienst für Menschen mit Behinderung eingeschaltet.")] // after "für" a common noun is no place
    [InlineData("Antrag beim Jugendamt für Kinder gestellt.")]
    [InlineData("Die Beratungsstelle für Frauen hat geantwortet.")]
    [InlineData("Die Beratungsstelle für Familienfragen hat geantwortet.")] // a compound the vocabulary lacks is no place either
    [InlineData("Die Beratungsstelle für Mietrecht hat geantwortet.")]
    [InlineData("Polizeiposten in der Nähe angerufen.")] // "in" before a function word
    [Trait("Rule", "P2")]
    public void Scrub_AKindBeforeAnAreaPhraseWithoutAPlace_Stays(string note) => Scrub(note).ShouldBe(note);
}
