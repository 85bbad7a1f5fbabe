namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The company and institution shapes of session 14 (docs/scrubbing.md, "… (session 14)"): more trades and craft businesses,
/// a trade's hyphenated modifier, an inflected adjective of a firm's name with the noun after it, what a note says a firm is
/// for a traineeship, and more kinds of institutions named by their place. The notes are written for these tests, not taken
/// from a corpus; beside them stand notes that must stay.
/// </summary>
public class CompanyInstitutionSession14Tests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Minijob bei Gartenpflege Obermeier seit Mai.", "Minijob bei [Firma] seit Mai.")]
    [InlineData("Aushilfe bei Lebensmittel Nguyen seit Mai.", "Aushilfe bei [Firma] seit Mai.")]
    [InlineData("Anstellung im Dachdeckerbetrieb Obermeier.", "Anstellung im [Firma].")]
    [InlineData("Pflegehelferin in der Seniorenresidenz Lindenhof.", "Pflegehelferin in der [Firma].")]
    [Trait("Rule", "P2")]
    public void Scrub_AFirmByATradeOfSession14_IsReplacedWhole(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Kurs beim Nachhilfe-Institut Obermeier gebucht.", "Kurs beim [Firma] gebucht.")]
    [InlineData("Praktikum in der Kfz-Werkstatt Obermeier vereinbart.", "Praktikum in der [Firma] vereinbart.")] // "Kfz" is a term: only the hyphen joins it
    [InlineData("Kurs bei der Sprachschule Grüne Aue gebucht.", "Kurs bei der [Firma] gebucht.")]
    [InlineData("Aushilfe im Kiosk Blaue Lagune seit Mai.", "Aushilfe im [Firma] seit Mai.")]
    [Trait("Rule", "P2")]
    public void Scrub_AFirmWithAHyphenatedTradeOrAnAdjectiveInItsName_IsReplacedWhole(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Praktikumsbetrieb Gartenpflege Obermeier, Tel. folgt.", "Praktikumsbetrieb [Firma], Tel. folgt.")]
    [InlineData("Ausbildungsbetrieb Lebensmittel Nguyen hat zugesagt.", "Ausbildungsbetrieb [Firma] hat zugesagt.")]
    [Trait("Rule", "P2")]
    public void Scrub_AFirmAfterWhatItIsForATraineeship_IsReplacedWithoutIt(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Schreiben der Bezirksregierung Kleinhausen liegt vor.", "Schreiben der [Institution] liegt vor.")]
    [InlineData("Platz in der Obdachlosenunterkunft Kleinhausen.", "Platz in der [Institution].")]
    [InlineData("Reha in der Reha-Klinik Bad Kleinhausen.", "Reha in der [Institution].")]
    [InlineData("Kind lebt im SOS-Kinderdorf Kleinhausen.", "Kind lebt im [Institution].")]
    [InlineData("Anfrage an die IKK Südwest-Regional gestellt.", "Anfrage an die [Institution] gestellt.")] // a name of two words continued by a hyphen
    [Trait("Rule", "P2")]
    public void Scrub_AnInstitutionOfAKindOfSession14_IsReplacedWhole(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Die Gartenpflege ist Sache des Vermieters.")]
    [InlineData("Lebensmittel sind teuer geworden.")]
    [InlineData("Die Bezirksregierung hat noch nicht entschieden.")]
    [Trait("Rule", "P2")]
    public void Scrub_ATradeOrAKindWithoutAName_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Rückzahlung an BA-Service-Haus veranlasst.", "Rückzahlung an BA-[Firma] veranlasst.")]
    [InlineData("Sie ist TK-Versicherte seit Mai.", "Sie ist [Institution]-Versicherte seit Mai.")] // a one-word name: the hyphen makes a compound
    [Trait("Rule", "P2")]
    public void Scrub_AModifierBeforeATradeThatAHyphenContinues_StaysOutsideTheFirm(string note, string expected) => Scrub(note).ShouldBe(expected);
}
