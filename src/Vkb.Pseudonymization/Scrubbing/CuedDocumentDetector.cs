using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Identity card, passport and residence card numbers written in groups of three and four ("PA kontrolliert, Nr. V6M N2R
/// MP77", "Passnummer kpg w4n hpv5", "Reisepass JLV 678 RR31"), in any case, found only after a word for a document
/// within <see cref="CuedPlateDetector.CueReach"/> characters: nine characters of the document alphabet (no vowels) and a
/// check digit, with a digit among them. Written whole or in the two-group shapes they are the regex detector's
/// (<see cref="BuiltInDetectors"/>); three groups of letters are ordinary text too often to be taken without the cue.
/// </summary>
internal sealed partial class CuedDocumentDetector : SpanDetector
{
    /// <summary>Words that say a document number follows (any case).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cues = new[]
    {
        "pa", "pass", "reisepass", "passnummer", "passnr", "personalausweis", "ausweis", "ausweisnr", "ausweisnummer", "perso",
        "kartennr", "kartennummer", "eat", "aufenthaltstitel", "aufenthaltskarte", "dokument", "dokumentennummer", "seriennummer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int Slot = RegexSlots.Register(GroupedRegex());

    public override string Name => "identityDocument";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        if (workspace.DigitRuns.Length > 0 && CuedPlateDetector.AnyCue(workspace, Cues, "[Ausweisnummer]"))
        {
            CuedPlateDetector.AddCued(workspace, Slot, IsDocumentNumber, Cues, "[Ausweisnummer]", matches);
        }
    }

    /// <summary>Whether three groups hold nine characters and a check digit (ten), or nine with a digit last.</summary>
    private static bool IsDocumentNumber(ReadOnlySpan<char> match) => match.Length - match.Count(' ') is 9 or 10 && char.IsAsciiDigit(match[^1]);

    // Three groups of the document alphabet parted by single spaces, a letter first, three to four long each.
    [GeneratedRegex(@"(?<![\p{L}\d])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{2,3} [CFGHJKLMNPRTVWXYZ0-9]{3,4} [CFGHJKLMNPRTVWXYZ0-9]{3,4}(?![\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupedRegex();
}
