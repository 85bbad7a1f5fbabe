namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 21 (from heldout17's misses): licence plates of France's system since 2009 (and Italy's, written with hyphens), two
/// capitals, three digits and two capitals joined by hyphens ("GK-407-TM"), as <c>[Kennzeichen]</c> without a cue. The German
/// plate regex reads letters before digits only, and the cued foreign plates want a vehicle's word close before. Looked for only
/// at a run of exactly three digits with a hyphen on both sides, so a note costs a look at its digit runs. Not a plate: groups of
/// other lengths ("ABC-123-DE", "A-123-BC"), small letters, a group glued to a letter or digit ("XAB-123-CD", "AB-123-CD4").
/// </summary>
internal sealed class FrenchPlateDetector : SpanDetector
{
    public override string Name => "licencePlate";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        foreach (var (start, run) in workspace.DigitRuns)
        {
            if (run == 3 && IsPlateAt(text, start))
            {
                matches.Add(new TextMatch(start - 3, 9, "[Kennzeichen]"));
            }
        }
    }

    /// <summary>Whether "AB-" stands before the three digits at <paramref name="digits"/> and "-CD" after them, alone.</summary>
    internal static bool IsPlateAt(ReadOnlySpan<char> text, int digits)
    {
        var from = digits - 3;
        var to = digits + 6;
        return from >= 0 && to <= text.Length &&
               char.IsAsciiLetterUpper(text[from]) && char.IsAsciiLetterUpper(text[from + 1]) && text[digits - 1] == '-' &&
               text[digits + 3] == '-' && char.IsAsciiLetterUpper(text[digits + 4]) && char.IsAsciiLetterUpper(text[digits + 5]) &&
               (from == 0 || !(char.IsLetterOrDigit(text[from - 1]) || text[from - 1] == '-')) &&
               (to == text.Length || !(char.IsLetterOrDigit(text[to]) || (text[to] == '-' && to + 1 < text.Length && char.IsLetterOrDigit(text[to + 1]))));
    }
}
