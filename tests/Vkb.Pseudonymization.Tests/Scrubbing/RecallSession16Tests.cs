using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shapes of session 16 (docs/scrubbing.md, "… (session 16)"), each a general rule rather than a phrase of heldout12. The notes
/// are written for these tests (invented names and places), not taken from a corpus; beside them stand notes that must stay.
/// </summary>
public class RecallSession16Tests
{
    [Theory]
    [InlineData("Verteiler: Albrecht, T.; Kruse, U.; Lindqvist, A. Inhalt: Fall Obenauf in der Teamrunde.",
        "Verteiler: [Person 1]; [Person 2]; [Person 3]. Inhalt: Fall Obenauf in der Teamrunde.")]
    [InlineData("Brunnhuber, K. (Reha-Team) übernimmt die Beratung ab Montag.", "[Person 1] (Reha-Team) übernimmt die Beratung ab Montag.")]
    [InlineData("Rückruf: Wiese-Obenauf, H.-J.; Akte liegt vor.", "Rückruf: [Person 1]; Akte liegt vor.")]
    [Trait("Rule", "P2")]
    public void Scrub_ASurnameAndAnInitialAsListsAndSignaturesWriteThem_IsReplacedWhole(string note, string expected) =>
        PatternRecallTests.ShouldScrubTo(note, expected);

    [Theory]
    [InlineData("Siehe Anlage, S. 4 und Merkblatt, S. 12.")] // a page after the letter
    [InlineData("SECHS BEWERBUNGEN, U. A. BEI EINER SPEDITION.")] // an abbreviation of two letters
    [InlineData("Termin verschoben, Z. B. wegen Krankheit.")]
    [InlineData("Der Antrag, S. 2, fehlt noch.")]
    [Trait("Rule", "P2")]
    public void Scrub_ALetterAndADotAfterACommaThatIsNoInitial_Stays(string note) => PatternRecallTests.ShouldScrubTo(note, note);
}
