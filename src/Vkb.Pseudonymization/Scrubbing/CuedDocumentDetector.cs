using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Identity card, passport and residence card numbers written in groups of three and four ("PA kontrolliert, Nr. V6M N2R
/// MP77", "Passnummer kpg w4n hpv5", "Reisepass JLV 678 RR31", "alte Nr. H6WLJ-F38M5"), in any case, found only after a word for a document
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
        "ausweiskopie", "ausweisdaten", "nr", "nummer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cues without "nr" and "nummer", which notes use for every kind of number: only these make the regex run on their own.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentCues = Cues.Set
        .Where(c => c is not ("nr" or "nummer")).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int Slot = RegexSlots.Register(GroupedRegex());

    public override string Name => "identityDocument";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        if (workspace.DigitRuns.Length == 0)
        {
            return;
        }

        CheckDigitsAfter(workspace, matches);
        if (CuedPlateDetector.AnyCue(workspace, DocumentCues, Replacement) || AddressShapeDetector.StandsBefore(workspace.Text, "nr", char.IsLetter))
        {
            CuedPlateDetector.AddCued(workspace, Slot, IsDocumentNumber, Cues, Replacement, matches);
        }
    }

    private const string Replacement = "[Ausweisnummer]";

    /// <summary>
    /// The check digit after a hyphen that the regex detector leaves beside a number it replaced ("X21KGHV3H-6" →
    /// "[Ausweisnummer]-6"): it joins the replacement.
    /// </summary>
    private static void CheckDigitsAfter(ScrubWorkspace workspace, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        for (var i = text.IndexOfAnyInRange(TextScrubber.FirstPlaceholder, TextScrubber.LastPlaceholder); i >= 0 && i + 2 < text.Length; i++)
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index >= 0 && index < replacements.Count && replacements[index] == Replacement && text[i + 1] == '-' && char.IsAsciiDigit(text[i + 2]) &&
                (i + 3 == text.Length || !char.IsLetterOrDigit(text[i + 3])))
            {
                matches.Add(new TextMatch(i + 1, 2, Replacement));
            }
        }
    }

    /// <summary>Whether the groups hold nine characters and a check digit (ten), or nine with a digit last.</summary>
    private static bool IsDocumentNumber(ReadOnlySpan<char> match) => match.Length - match.Count(' ') - match.Count('-') is 9 or 10 && char.IsAsciiDigit(match[^1]);

    // Three groups of the document alphabet parted by single spaces or hyphens, a letter first, three to four long each
    // ("NKV Y9G GGZ8"), or two of five parted by a hyphen ("H6WLJ-F38M5").
    [GeneratedRegex(@"(?<![\p{L}\d])[CFGHJKLMNPRTVWXYZ](?:[CFGHJKLMNPRTVWXYZ0-9]{2,3}[ -][CFGHJKLMNPRTVWXYZ0-9]{3,4}[ -][CFGHJKLMNPRTVWXYZ0-9]{3,4}|[CFGHJKLMNPRTVWXYZ0-9]{4}-[CFGHJKLMNPRTVWXYZ0-9]{5})(?![\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupedRegex();
}
