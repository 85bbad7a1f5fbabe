using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Names spelt out letter by letter (session 12, <see cref="SpelledNameDetector"/>): the record's own names get their role's
/// token, a third person the token the note gave that person where it names them, and hyphenated words and short letter runs
/// stay. The notes are written for these tests.
/// </summary>
public class SpelledNameTests
{
    private static readonly Pseudonymizer Pseudonymizer = new(TestKeys.Key());
    private static readonly TextScrubber Vocabulary = new();
    private static readonly TextScrubber Detectors = new(null, ScrubMode.Detectors);

    private static ScrubContext Context()
    {
        var context = new ScrubContext(Pseudonymizer, "P1", null, new LocalDate(1984, 7, 12), new LocalDate(2025, 4, 1));
        context.AddKnownName("Selin Okafor", NameRole.Customer);
        context.AddKnownName("Jörg Brandtner", NameRole.CaseWorker);
        return context;
    }

    private static void ShouldScrubTo(string note, string expected)
    {
        Vocabulary.Scrub(note, Context()).ShouldBe(expected);
        Detectors.Scrub(note, Context()).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Kundin buchstabiert ihren Namen: O-K-A-F-O-R, Unterlagen folgen.", "Kundin buchstabiert ihren Namen: [Kunde], Unterlagen folgen.")]
    [InlineData("Rückruf an Frau Pfitzner (buchstabiert P-F-I-T-Z-N-E-R) zugesagt.", "Rückruf an Frau [Person 1] (buchstabiert [Person 1]) zugesagt.")]
    [InlineData("Vermerk: Ansprechpartner b-r-a-n-d-t-n-e-r informiert.", "Vermerk: Ansprechpartner [Fachkraft] informiert.")]
    [InlineData("Name am Telefon: W–E–S–T–E–R–M–A–Y–E–R, Rückruf morgen.", "Name am Telefon: [Person 1], Rückruf morgen.")]
    [InlineData("Herr Oezdemir, buchstabiert Ö-Z-D-E-M-I-R, meldet sich.", "Herr [Person 1], buchstabiert [Person 1], meldet sich.")]
    [InlineData("Antwort per E-Mail, Nachname buchstabiert O-K-A-F-O-R.", "Antwort per E-Mail, Nachname buchstabiert [Kunde].")] // a hyphen before the spelt name (session 13)
    [Trait("Rule", "P2")]
    public void Scrub_ASpeltName_GetsTheTokenOfItsName(string note, string expected) => ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Fahrt mit der U-Bahn, Unterlagen per E-Mail.")]
    [InlineData("Liste A-Z vollständig, Kategorie A-B-C geprüft.")] // three letters: no name
    [InlineData("Im Ost-A-B-C-D-Bereich und im A-B-C-D-Netz nichts gefunden.")] // letters of a word
    [Trait("Rule", "P2")]
    public void Scrub_HyphenatedWordsAndShortRuns_Stay(string note) => ShouldScrubTo(note, note);

    private static readonly Arbitrary<string> Surnames =
        Gen.Elements("Quast", "Lachini", "Gscheidle", "Klindworth", "Badschila", "Tesfaye", "Nguyen", "Okonkwo").ToArbitrary();

    /// <summary>For every surname, spelt in capitals after it was named: nothing of it is left, and it shares the person's token.</summary>
    [Property(MaxTest = 50)]
    [Trait("Rule", "P2")]
    public Property Scrub_ASurnameSpeltAfterItWasNamed_SharesItsToken() =>
        Prop.ForAll(Surnames, surname =>
        {
            var spelt = string.Join("-", surname.ToUpperInvariant().ToCharArray());
            var scrubbed = Vocabulary.Scrub($"Anruf von Frau {surname}, Name buchstabiert: {spelt}. Rückruf zugesagt.", Context());
            return scrubbed == "Anruf von Frau [Person 1], Name buchstabiert: [Person 1]. Rückruf zugesagt.";
        });
}
