namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Session 18: dates in Spanish, Portuguese, French and Italian (<c>BuiltInDetectors.RomanceDateRegex</c>: "22 de junio de 2025",
/// "3 juin 2025"), as <c>[Datum]</c>. The regex is asked only in a note with a word that may be such a month
/// (<see cref="WordClass.RomanceMonth"/>), from the first day before a month (<see cref="Prefilters.RomanceDate"/>).
/// </summary>
internal sealed class RomanceDateDetector : SpanDetector
{
    private static readonly int Slot = RegexSlots.Register(BuiltInDetectors.RomanceDateRegex());

    public override string Name => "date";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        workspace.WordTable.Classes(text, out var union);
        if ((union & WordClass.RomanceMonth) == 0)
        {
            return;
        }

        var from = Prefilters.RomanceDate(text, workspace.DigitRuns);
        if (from < 0)
        {
            return;
        }

        foreach (var m in workspace.Regex(Slot).EnumerateMatches(text, from))
        {
            matches.Add(new TextMatch(m.Index, m.Length, "[Datum]"));
        }
    }
}
