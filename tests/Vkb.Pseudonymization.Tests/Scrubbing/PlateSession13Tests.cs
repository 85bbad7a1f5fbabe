namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The plates of session 13 (docs/scrubbing.md, "… (session 13)"): the query for a vehicle's keeper as a cue ("Halteranfrage für
/// …"), a plate from abroad of three or four digits and three capitals, and a function word before a plate from abroad that the
/// lower-case shape took as its first group. The notes are written for these tests, not taken from a corpus.
/// </summary>
public class PlateSession13Tests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Halteranfrage für 482 KZT 03 über die Polizei gelaufen.", "Halteranfrage für [Kennzeichen] über die Polizei gelaufen.")]
    [InlineData("Halteranfrage für 5821 RNX gestellt, Ergebnis negativ.", "Halteranfrage für [Kennzeichen] gestellt, Ergebnis negativ.")]
    [InlineData("Halterauskunft zu VTR-281 angefordert.", "Halterauskunft zu [Kennzeichen] angefordert.")]
    [InlineData("Kennzeichen 5821 RNX notiert.", "Kennzeichen [Kennzeichen] notiert.")]
    [Trait("Rule", "P2")]
    public void Scrub_APlateFromAbroadAfterAKeeperQuery_IsReplaced(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Auto gekauft für 2500 EUR.")]
    [InlineData("Kd. fährt mit dem Auto 120 EUR pro Monat.")]
    [InlineData("Halteranfrage läuft seit 2023 ohne Ergebnis.")]
    [InlineData("Pkw für 4500 CHF gekauft.")] // an amount in a currency
    [InlineData("Auto verkauft für 3000 USD.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnAmountOrAYearAfterAVehicleWord_Stays(string note) => Scrub(note).ShouldBe(note);
}
