using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The retention and recall shapes of session 14 (docs/scrubbing.md, "… (session 14)"): German words the vocabulary lacks
/// but forms by rule (the feminine of a person noun, nouns of action in "-ung" and "-ation", compounds with a linking
/// element, a verb's stem or a short head), the English and French words of quoted messages, abbreviations of laws, BA
/// procedures and languages, "RAin" before a name, the dative "Stadtwerken" before a place, and a firm's name in quotation
/// marks after its trade. The notes are written for these tests, not taken from a corpus; beside them stand names that must
/// still go.
/// </summary>
public class RetentionSession14Tests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Die Halterin des Wagens ist die Schwester.")] // feminine of "Halter"
    [InlineData("Die Kursanleiterin hat angerufen.")] // feminine of a compound in "-leiter"
    [InlineData("Die Sortiererin arbeitet im Lager.")] // agent of "sortieren"
    [InlineData("Die Terminbuchungen klappen nicht.")] // "-ungen" from "buchen"
    [InlineData("Eine Hospitation im Betrieb ist geplant.")] // "-ation" from "hospitieren"
    [InlineData("Das Vierergespräch fand im Betrieb statt.")] // linking "-er-"
    [InlineData("Das Tassenregal fehlt.")] // linking "-n-" after a word the lists have
    [InlineData("Der Drohbrief kam gestern.")] // a verb's stem as modifier ("drohen", "droht")
    [InlineData("Der Ausbildungstag ist am Montag.")] // a short head ("Tag")
    [InlineData("Der Qualifizierungsabbruch ist dokumentiert.")] // a surname's head after an abstract noun's modifier
    [Trait("Rule", "P2")]
    public void Scrub_AWordFormedByRuleFromWordsOfTheLists_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Rückruf von Kaltenbach erbeten.", "Rückruf von [Person 1] erbeten.")] // a surname's head, no abstract modifier
    [InlineData("Termin mit Frieda Sonnleitner vereinbart.", "Termin mit [Person 1] vereinbart.")] // short words stay names
    [InlineData("Gespräch mit Hannerose Wiegand geführt.", "Gespräch mit [Person 1] geführt.")]
    [InlineData("Rückruf von Konstantin erbeten.", "Rückruf von [Person 1] erbeten.")] // a registered given name the feminine rule would form ("konstant-in")
    [InlineData("Termin mit Erbkranz vereinbart.", "Termin mit [Person 1] vereinbart.")]
    [Trait("Rule", "P2")]
    public void Scrub_ANameThatLooksLikeAFormedWord_IsStillReplaced(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Rückruf von Wolfgard erbeten.", "Rückruf von [Person 1] erbeten.")] // "wolf" + "gard": a given name's element, no compound
    [InlineData("Gespräch mit Seebrecht Kahl geführt.", "Gespräch mit [Person 1] geführt.")]
    [InlineData("Der Gerätewart kommt morgen.", "Der [Person 1] kommt morgen.")] // the price: an unknown compound in "-wart" goes too
    [Trait("Rule", "P2")]
    public void Scrub_AGivenNameEndingInAnOldGermanElement_IsNoCompound(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Mail der Kundin: \"Dear Sir or Madam, the employer has signed the contract. Kind regards\"")]
    [InlineData("Nachricht: « Bonjour, je suis malade, je ne peux pas venir demain. Merci »")]
    [InlineData("Auskunft nach Art. 15 DSGVO erteilt.")]
    [InlineData("Dolmetscher für Tamil und Dari angefragt.")]
    [InlineData("Ticket erstellt, Upload danach über die Hotline gemeldet.")]
    [Trait("Rule", "P2")]
    public void Scrub_QuotedEnglishOrFrenchAndNoteAbbreviations_Stay(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Insolvenzverwalterin RAin Gisela Obermeier hat geschrieben.", "Insolvenzverwalterin RAin [Person 1] hat geschrieben.")]
    [InlineData("Message: « mon fils Kwamivi est malade »", "Message: « mon fils [Person 1] est malade »")]
    [InlineData("Mail: \"my husband Rajesh works now\"", "Mail: \"my husband [Person 1] works now\"")]
    [Trait("Rule", "P2")]
    public void Scrub_ANameAfterAnAbbreviatedTitleOrAForeignRelationWord_IsReplacedWithoutIt(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected); // both modes: in the detectors mode the relation word is the name's only cue

    [Theory]
    [InlineData("Mahnung von den Stadtwerken Kleinhausen liegt vor.", "Mahnung von den [Institution] liegt vor.")]
    [InlineData("Aushilfe im Imbiss „Zur Linde“, Lohn bar.", "Aushilfe im [Firma], Lohn bar.")]
    [InlineData("Minijob beim Asia-Markt \"Lotusblüte\" seit Mai.", "Minijob beim [Firma] seit Mai.")]
    [Trait("Rule", "P2")]
    public void Scrub_AnUtilityInTheDativeOrAFirmNamedInQuotes_IsReplacedWhole(string note, string expected) => Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Der Imbiss „sagt nein“ zu uns.")] // lower case inside the marks: no name
    [InlineData("Die Stadtwerken-Frage ist offen.")]
    [Trait("Rule", "P2")]
    public void Scrub_QuotesOrUtilitiesWithoutAName_Stay(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Drohanruf", true)]
    [InlineData("Praxisanleiterinnen", true)]
    [InlineData("Kaltenbach", false)]
    [InlineData("Hannelies", false)] // a head of four letters is too often a name's fragment
    [InlineData("Friedgard", false)] // "frieden" is a word, "friedt" none: no verb's stem
    [InlineData("Nasgarten", false)] // "nasen" is a word, "nast" none: a plural noun, no verb's stem
    [InlineData("Erbkranz", false)] // "erb-" is a verb's stem, but eight letters are a name's length more often
    [Trait("Rule", "P2")]
    public void IsFormed_TellsWordsFormedByRuleFromNames(string word, bool formed) => WordFormation.IsFormed(word).ShouldBe(formed);
}
