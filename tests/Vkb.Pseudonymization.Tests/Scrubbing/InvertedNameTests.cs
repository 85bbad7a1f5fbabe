using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Names written surname first (session 12, <see cref="InvertedNameDetector"/>): a surname that is also a German word or a
/// place goes with the given name after it; a relation word, a function word or a lower-case word before a given name stays.
/// The notes are written for these tests.
/// </summary>
public class InvertedNameTests
{
    [Theory]
    [InlineData("Vermerk der Praktikantin Stollberg, Wiebke: Anruf erhalten.", "Vermerk der Praktikantin [Person 2], [Person 1]: Anruf erhalten.")]
    [InlineData("Rückfrage Team Leistung (Wunderlich, Talea, App. 12) zur Bankverbindung.", "Rückfrage Team Leistung ([Person 2], [Person 1], App. 12) zur Bankverbindung.")]
    [InlineData("Zuschuss besprochen mit Dürr, Wastl, Inhaber einer Schreinerei.", "Zuschuss besprochen mit [Person 2], [Person 1], Inhaber einer Schreinerei.")]
    [Trait("Rule", "P2")]
    public void Scrub_ASurnameThatIsAWord_BeforeAGivenName_IsReplaced(string note, string expected) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldBe(expected);

    [Theory]
    [InlineData("Gespräch mit der Tochter, Wiebke, über die Kita.", "Tochter")] // a relation word
    [InlineData("Termin war gut, Wiebke: kommt wieder.", "gut")] // lower case in a note with case
    [InlineData("Heute, Wiebke: Unterlagen vollständig.", "Heute")] // a function word
    [Trait("Rule", "P2")]
    public void Scrub_AnOrdinaryWordBeforeAGivenName_Stays(string note, string kept) =>
        PatternRecallTests.ScrubVocabulary(note).ShouldContain(kept);
}
