using NodaTime;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>Institutions named by kind and place, or by name alone, become [Institution]; a kind alone and the words after a place stay.</summary>
public class InstitutionDetectorTests
{
    private static readonly Pseudonymizer Pseudonymizer = new(TestKeys.Key());

    private static string Scrub(string note) =>
        new TextScrubber().Scrub(note, new ScrubContext(Pseudonymizer, "P1", -21, new LocalDate(1984, 7, 12), new LocalDate(2025, 4, 1)));

    [Theory]
    [InlineData("Kd. hat Termin bei der Agentur für Arbeit Neuss, Bescheid folgt.", "Kd. hat Termin bei der [Institution], Bescheid folgt.")]
    [InlineData("Bescheinigung der Sozialamt Mülheim an der Ruhr liegt vor.", "Bescheinigung der [Institution] liegt vor.")]
    [InlineData("Schreiben vom Jobcenter Köln Bescheid erhalten.", "Schreiben vom [Institution] Bescheid erhalten.")]
    [InlineData("Zuständigkeit Gymnasium Mettmann-Nord prüfen.", "Zuständigkeit [Institution] prüfen.")]
    [InlineData("Klärung mit AOK Rheinland.", "Klärung mit [Institution].")]
    [InlineData("PSB-Termin bei Bundesamt für Migration und Flüchtlinge vereinbart.", "PSB-Termin bei [Institution] vereinbart.")]
    [InlineData("Kd. war heute beim Jobcenter und beim Sozialamt.", "Kd. war heute beim Jobcenter und beim Sozialamt.")]
    [InlineData("kd. an schuldnerberatung verwiesen.", "kd. an schuldnerberatung verwiesen.")]
    [Trait("Rule", "P2")]
    public void Institution_ByKindAndPlaceOrByName_IsReplaced(string note, string expected) => Scrub(note).ShouldBe(expected);
}
