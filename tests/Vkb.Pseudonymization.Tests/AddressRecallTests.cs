namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Street addresses in the shapes the second and third independent splits used and the scrubber missed (session 6):
/// street words apart from their name, "Beim"/"Unterm"/"Hinterm" streets, -anger and -grund compounds, details in
/// brackets, a town after a middle dot or a dash, "Halle (Saale)"; and the phrases around them that must stay.
/// </summary>
public class AddressRecallTests
{
    [Theory]
    [InlineData("Neue Adresse: Torf Steig 71, 38100 Braunschweig.", "Neue Adresse: [Adresse].")]
    [InlineData("NEUE ADRESSE TORF STEIG 71, 38100 BRAUNSCHWEIG.", "NEUE ADRESSE [Adresse].")]
    [InlineData("Whg. Wieland Straße 29/30 · 84028 Landshut, 54 qm.", "Whg. [Adresse], 54 qm.")]
    [InlineData("Post an Leuchtturm Weg 18 kommt zurück.", "Post an [Adresse] kommt zurück.")]
    [InlineData("Postadresse: Beim Zollhaus 8 · 94032 Passau", "Postadresse: [Adresse]")]
    [InlineData("UMZUG: NEUE ADRESSE UNTERM KIRCHBERG 16 (SOUTERRAIN). MIETANGEBOT LIEGT VOR.", "UMZUG: NEUE ADRESSE [Adresse]. MIETANGEBOT LIEGT VOR.")]
    [InlineData("Kd. wohnt in der Hinterm Bahnhof 38 zur Untermiete.", "Kd. wohnt in der [Adresse] zur Untermiete.")]
    [InlineData("Postadresse: Küferanger 86, Coburg", "Postadresse: [Adresse]")]
    [InlineData("Neue Anschrift: Stieglitzgrund 93.", "Neue Anschrift: [Adresse].")]
    [InlineData("Kdn. wohnt Flößer-Anger 17 seit Mai.", "Kdn. wohnt [Adresse] seit Mai.")]
    [InlineData("Hausbesuch Glaserweg 84 (Zi. 3) durch Außendienst.", "Hausbesuch [Adresse] durch Außendienst.")]
    [InlineData("Whg. Küferallee 3 (1. OG rechts), 54 qm.", "Whg. [Adresse], 54 qm.")]
    [InlineData("Whg. Küferallee 3, 1. OG links, 54 qm.", "Whg. [Adresse], 54 qm.")]
    [InlineData("Neue Anschrift: Neue Reihe 154 (Hinterhof)).", "Neue Anschrift: [Adresse]).")]
    [InlineData("Whg. Planckstr. 79 (bei Tiedemann), 54 qm.", "Whg. [Adresse], 54 qm.")]
    [InlineData("Kind wohnt Drosselweg 50, 06108 Halle (Saale) bei der Mutter.", "Kind wohnt [Adresse] bei der Mutter.")]
    [Trait("Rule", "P2")]
    public void Scrub_AddressesInTheShapesOfTheIndependentSplits_AreReplacedWhole(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Aus diesem Grund 3 Termine abgesagt.")]
    [InlineData("Kd. kam beim Termin 3 Minuten zu spät.")]
    [InlineData("Der Weg 2 mal die Woche ist zu weit.")]
    [InlineData("Die Brücke 2 mal gesperrt.")]
    public void Scrub_StreetWordsInOrdinaryPhrases_StayWithTheirNumber(string note) => PatternRecallTests.ShouldScrubTo(note, note);

    [Fact]
    public void Scrub_ABracketAfterAnAddressWithAPersonInIt_KeepsTheKinshipWordForTheNameDetectors()
    {
        // "(bei Name)" is part of the address; "(bei Cousine Name)" is a cue and a name, which the name detectors replace.
        var scrubbed = PatternRecallTests.ScrubVocabulary("Wohnadresse: Eichendorffstraße 31 (bei Cousine Kanaan)");
        scrubbed.ShouldStartWith("Wohnadresse: [Adresse] (bei Cousine ");
        scrubbed.ShouldNotContain("Kanaan");
    }
}
