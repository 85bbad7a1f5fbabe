using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The union of a note's word classes (session 13) lets a detector skip a note without a word it needs; these notes, written
/// for these tests, are the cases where the skip must not happen: a person introduced in an earlier note of the record and
/// named in a later one without an introducer, a number said word by word, a date in words, a street abroad, an institution,
/// and, beside them, notes where the skip is right.
/// </summary>
public class ClassUnionTests
{
    private static readonly Pseudonymizer Pseudonymizer = new(TestKeys.Key());

    private static string[] ScrubRecord(params string[] notes)
    {
        var scrubber = new TextScrubber();
        var context = new ScrubContext(Pseudonymizer, "P1", -21, null, null);
        return [.. notes.Select(n => scrubber.Scrub(n, context))];
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void APersonIntroducedInAnEarlierNote_InALaterNoteWithoutIntroducer_IsReplaced()
    {
        // "Fuchs" is a German word too: only the person's token, not its shape, replaces it in the later note.
        var scrubbed = ScrubRecord("Vermieter Fuchs hat angerufen.", "Fuchs bestätigt den Eingang der Kaution.");
        scrubbed[0].ShouldBe("Vermieter [Person 1] hat angerufen.");
        scrubbed[1].ShouldBe("[Person 1] bestätigt den Eingang der Kaution.");
    }

    [Theory]
    [InlineData("Rückruf erbeten unter null eins sieben drei vier.", "null eins sieben")]
    [InlineData("Nächster Termin am 14. Oktober 2025 im Haus.", "14. Oktober")] // shifted by the record's offset
    [InlineData("Vorsprache war am ersten Juni, Nachweise fehlen.", "ersten Juni")] // a date in words: only its regex finds it
    [InlineData("Die Familie wohnt noch in Polen, ul. Ogrodowa 71/19.", "ul. Ogrodowa")] // the name detectors would take "Ogrodowa" alone
    [InlineData("Bescheid an das Jobcenter Gelsenkirchen geschickt.", "Gelsenkirchen")]
    [Trait("Rule", "P2")]
    public void ANoteWithTheWordADetectorNeeds_IsScrubbedByIt(string note, string removed) =>
        ScrubRecord(note)[0].ShouldNotContain(removed);

    [Theory]
    [InlineData("Wohnt jetzt in Al-Amin Abu-Street Road 5.", "Wohnt jetzt in [Adresse].")] // a street word glued into its token, then another
    [InlineData("Adresse: Al-Farouk Bin-Street Road 14, Kairo", "Adresse: [Adresse]")]
    [Trait("Rule", "P2")]
    public void AStreetAbroad_FromItsFirstWord_IsOneAddress(string note, string expected) => ScrubRecord(note)[0].ShouldBe(expected);

    /// <summary>A skip only removes matches: these notes pin that the scrubber keeps what has no such word (they cannot show a wrong skip).</summary>
    [Theory]
    [InlineData("St-IdNr: liegt vor, Rückmeldung folgt.")]
    [InlineData("Kundin war pünktlich, Unterlagen vollständig.")]
    [Trait("Rule", "P2")]
    public void ANoteWithoutSuchWords_IsKept(string note) => ScrubRecord(note)[0].ShouldBe(note);
}
