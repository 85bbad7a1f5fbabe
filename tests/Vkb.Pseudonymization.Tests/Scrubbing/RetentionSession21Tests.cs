using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The retention classes of session 21 (docs/scrubbing.md, "Retention and dates (session 21)"): words German forms by rule
/// that the vocabulary lacks (a number's abbreviation on "-nr", a modifier with its linking "s" before a hyphen, participles
/// with or without a separable prefix or "un-", adjectives on "-bar", nouns on "-keit", declined superlatives, adjectives on
/// "-isch" where German writes them small, a day or job after a short word), and the words of the field, office
/// abbreviations, foreign and dialect words the lists lack. The notes are written for these tests (invented words of each
/// class, not taken from a corpus); beside them stand names that must still go.
/// </summary>
public class RetentionSession21Tests
{
    private static string Scrub(string note) => PatternRecallTests.ScrubVocabulary(note);

    [Theory]
    [InlineData("Die Rechnungsnr und die Mitgliedsnr fehlen, Vertragsnr folgt.")] // a word with its linking "s" before "nr"
    [InlineData("Bitte Zählernr und Kassennr nachreichen.")] // a word before "nr"
    [Trait("Rule", "P2")]
    public void Scrub_ANumbersAbbreviationOnNrAfterAWord_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Beratungs- und Vermittlungsgespräch geführt.")]
    [InlineData("Erziehungs- und Pflegezeiten sind geklärt.")]
    [InlineData("Die Zuständigkeits- und Kostenfrage ist offen.")]
    [Trait("Rule", "P2")]
    public void Scrub_AModifierWithItsLinkingSBeforeAHyphen_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Belege eingescannt, Bescheid gescannt, Nachweise unbearbeitet zurück.")] // "ge" + a verb's stem + "t", a separable prefix, "un-"
    [InlineData("Die eingescannten Belege sind ungeprüft.")] // declined
    [InlineData("Die Kopie wurde abfotografiert und anonymisiert.")] // "-iert" from a word of the lists ("Fotograf", "anonym")
    [InlineData("Der Antrag ist unvollständig und unleserlich.")]
    [Trait("Rule", "P2")]
    public void Scrub_APastParticipleWithOrWithoutAPrefix_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Der Betrag ist zahlbar bis Freitag, der Kurs ist buchbar.")] // "-bar" from a verb
    [InlineData("Die Vermittelbarkeit ist eingeschränkt.")] // "-keit" of such an adjective
    [InlineData("Das ist das preisgünstigstes Angebot.")] // a superlative declined as its "-ste" form is a word
    [InlineData("Der Kurstag fällt aus, der Testtag ist Montag.")] // a day after a word of four letters
    [Trait("Rule", "P2")]
    public void Scrub_AnAdjectiveOrNounFormedFromAWordOfTheLists_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Ein eritreisches Zeugnis liegt vor.")] // declined, in lower case
    [InlineData("Bhutanische Papiere liegen vor.")] // a sentence's first word
    [Trait("Rule", "P2")]
    public void Scrub_AnAdjectiveOfACountryInLowerCaseOrFirst_Stays(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Termin beim Bhutanischen Kulturverein Lohsa vereinbart.", "Termin beim [Institution] vereinbart.")] // capitalised inside a sentence: a club's name
    [InlineData("Er hilft beim Eritreischen Kulturverein aus.", "Er hilft beim [Person 1] aus.")] // without a place after the kind: the name of unknown words
    [Trait("Rule", "P2")]
    public void Scrub_ACapitalisedAdjectiveOfACountryInsideASentence_StaysPartOfAName(string note, string expected) =>
        Scrub(note).ShouldBe(expected);

    [Theory]
    [InlineData("Genogramm und Ecomap besprochen, Apostille fehlt.")] // words of the field
    [InlineData("Sie arbeitet als Lageristin, er als Kommissionierer.")]
    [InlineData("Unterl. vollst., Bespr. am Montag, Änd. folgt.")] // office abbreviations
    [InlineData("SMS: \"hola, muy bien, gracias\"")] // Spanish
    [InlineData("Nachricht: \"mwen vini, mèsi anpil\"")] // Haitian Creole
    [InlineData("Zitat: \"awwer des isch scho gut\"")] // dialect
    [Trait("Rule", "P2")]
    public void Scrub_WordsOfTheFieldAbbreviationsForeignAndDialectWords_Stay(string note) => Scrub(note).ShouldBe(note);

    [Theory]
    [InlineData("Kd. arbeitet bei Bäckerei Kornfeld, Inhaberin Gesine Wollny, ab Mai.", "Kd. arbeitet bei [Firma], Inhaberin [Person 1], ab Mai.")] // the owner is a person
    [InlineData("Blumen Schmitz, Inh. Karl Schmitz, hat angerufen.", "[Firma], hat angerufen.")] // "Inh." is part of the firm's name
    [Trait("Rule", "P2")]
    public void Scrub_AnOwnerIntroducedByInhaberAfterAFirm_IsAPersonAndTheWordStays(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Schreiben vom Notariat Kleinwalde eingegangen.", "Schreiben vom [Institution] eingegangen.")] // "Notariat", a word of the lists since session 21, is a kind
    [InlineData("Bestatter ist Bestattungen Morgenrot, Rechnung folgt.", "Bestatter ist [Firma], Rechnung folgt.")] // undertakers are a trade; "Bestatter" stays
    [Trait("Rule", "P2")]
    public void Scrub_ANotarysOfficeOrAnUndertakerByItsName_IsReplacedAndTheKindWordStays(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Termin mit Unverzagt vereinbart.", "Termin mit [Person 1] vereinbart.")] // "un-" before a short participle: a surname
    [InlineData("Termin mit Unverricht vereinbart.", "Termin mit [Person 1] vereinbart.")]
    [InlineData("Rückruf von Gelle erbeten.", "Rückruf von [Person 1] erbeten.")] // no dialect word that is a surname
    [InlineData("Gespräch mit Schadin Orlowa geführt.", "Gespräch mit [Person 1] geführt.")] // no feminine of a word in "-e" ("schade")
    [Trait("Rule", "P2")]
    public void Scrub_ANameThatLooksLikeAWordOfTheseClasses_IsStillReplaced(string note, string expected) => Scrub(note).ShouldBe(expected);
}
