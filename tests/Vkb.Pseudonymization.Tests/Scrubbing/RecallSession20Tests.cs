using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shapes of session 20 (docs/scrubbing.md, "… heldout16 read (session 20)"), each a general rule rather than a phrase of
/// heldout16. The notes are written for these tests (invented names, places and values), not taken from a corpus; beside them
/// stand notes that must stay.
/// </summary>
public class RecallSession20Tests
{
    [Theory]
    [InlineData("Ansprechpartner: Hr. Quandel, +49 34567 123456, Mail folgt.", "Ansprechpartner: Hr. [Person 1], [Telefon], Mail folgt.")] // eleven digits 5+6 after +49
    [InlineData("Rückruf unter 0049 27182 818284 erbeten.", "Rückruf unter [Telefon] erbeten.")] // 0049
    [InlineData("Erreichbar +49 (0) 27182 818284 ab 9.", "Erreichbar [Telefon] ab 9.")] // "(0)" after the country code
    [Trait("Rule", "P2")]
    public void Scrub_ElevenDigitsAfterACountryCode_AreAPhoneNotATaxId(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Steuer-ID 34901 909121 liegt vor.", "Steuer-ID [Steuer-ID] liegt vor.")] // without a country code still a tax id
    [Trait("Rule", "P2")]
    public void Scrub_ElevenDigitsWithoutACountryCode_StayATaxId(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Vertrag vom 14 februari 2024 liegt vor.", "Vertrag vom [Datum] liegt vor.")] // Dutch
    [InlineData("Eingeschrieben am 3 Desember 2023.", "Eingeschrieben am [Datum].")] // Afrikaans
    [InlineData("Bescheinigung vom 12 października 2023.", "Bescheinigung vom [Datum].")] // Polish genitive
    [InlineData("Zeugnis vom 7 Ağustos 2022 liegt vor.", "Zeugnis vom [Datum] liegt vor.")] // Turkish
    [InlineData("Nachweis vom 2 martie 2024.", "Nachweis vom [Datum].")] // Romanian
    [InlineData("Schreiben vom 14 augusti 2021.", "Schreiben vom [Datum].")] // Swedish
    [InlineData("Urkunde vom 17 Agustus 2022.", "Urkunde vom [Datum].")] // Indonesian
    [Trait("Rule", "P2")]
    public void Scrub_ADayAMonthOfAnotherLanguageAndAYear_IsADate(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Die Gruppe maart 12 Teilnehmer.")] // a month word without the day before it
    [InlineData("Ein Kind mei 3 Jahre.")]
    [Trait("Rule", "P2")]
    public void Scrub_AForeignMonthWithoutDayAndYear_IsNoDate(string note) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldNotContain("[Datum]");
}
