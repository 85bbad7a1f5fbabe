namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The address heads of session 13 (docs/scrubbing.md, "… (session 13)"): the town written before the street ("wohnhaft Wittlich,
/// Holunderallee 12"), with its postcode or "Bad", and an adjective in "-er" that begins a street's name ("Alter Markt 7, …"). The
/// notes are written for these tests, not taken from a corpus; beside each shape stands a note that must stay.
/// </summary>
public class AddressHeadSession13Tests
{
    private static void ShouldScrubTo(string note, string expected) => PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Kd. war bis Mai in Wittlich, Am Kastanienhang 11 bei der Familie.", "Kd. war bis Mai in [Adresse] bei der Familie.")]
    [InlineData("Laut System wohnhaft Wittlich, Holunderallee 12.", "Laut System wohnhaft [Adresse].")]
    [InlineData("Kd. wohnt in Bad Ems, Lindenstraße 4.", "Kd. wohnt in [Adresse].")]
    [InlineData("Brief an 54516 Wittlich, Kastanienweg 3 geschickt.", "Brief an [Adresse] geschickt.")]
    [InlineData("Büro jetzt Alter Markt 7, 54290 Trier, zweiter Stock.", "Büro jetzt [Adresse], zweiter Stock.")]
    [Trait("Rule", "P2")]
    public void Scrub_ATownBeforeTheStreetOrAnAdjectiveOfIt_IsPartOfTheAddress(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Vater, Lindenstraße 4, hat angerufen.", "Vater, [Adresse], hat angerufen.")] // a German word is no town
    [InlineData("Montag, Lindenstraße 4: Termin.", "Montag, [Adresse]: Termin.")]
    [InlineData("Name fehlt am Briefkasten, Lindenstraße 4.", "Name fehlt am Briefkasten, [Adresse].")]
    [InlineData("Übergabe Briefkasten, Lindenstraße 4.", "Übergabe Briefkasten, [Adresse].")] // a word of the vocabulary without "in"
    [InlineData("Name fehlt auf dem Klingelschild, Lindenstraße 4.", "Name fehlt auf dem Klingelschild, [Adresse].")] // no place's ending
    [Trait("Rule", "P2")]
    public void Scrub_AWordBeforeAnAddressThatIsNoTown_Stays(string note, string expected) => ShouldScrubTo(note, expected);

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_ANameAfterAnHonorificBeforeAnAddress_StaysAName() =>
        PatternRecallTests.ScrubVocabulary("Frau Kowalski, Lindenstraße 4, hat angerufen.").ShouldBe("Frau [Person 1], [Adresse], hat angerufen.");

    [Fact]
    [Trait("Rule", "P2")]
    public void Scrub_AGivenNameAfterASurnameBeforeAnAddress_IsNoTown() =>
        PatternRecallTests.ScrubVocabulary("Absender Kaya, Tesfalem, Lindenstraße 4; Inhalt: Mahnung.").ShouldStartWith("Absender [Person 1], [Person");
}
