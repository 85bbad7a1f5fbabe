using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Identity card, passport and residence card numbers written in groups ("PA kontrolliert, Nr. V6M N2R MP77", "Passnummer
/// kpg w4n hpv5", "Reisepass JLV 678 RR31", "alte Nr. H6WLJ-F38M5"; since session 11 also "Ausweis TP2 YCF KZL 5", "Pass
/// G9VZ1 2H1X5", "PA NH71-H6Z5-L4", "Pass C7J.L8M.86H.8", "nr t3z.0w8.xk8.0", "Reisepass JH6HY7K6P/1"), in any case, found
/// only after a word for a document within <see cref="CuedPlateDetector.CueReach"/> characters: two to four groups of the
/// document alphabet (no vowels) apart by one blank, hyphen, dot or slash, a letter first, nine characters and a check
/// digit or nine with a digit last. Written whole or in the two-group shapes they are the regex detector's
/// (<see cref="BuiltInDetectors"/>); groups of letters are ordinary text too often to be taken without the cue.
/// </summary>
internal sealed partial class CuedDocumentDetector : SpanDetector
{
    /// <summary>Words that say a document number follows (any case).</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Cues = new[]
    {
        "pa", "pass", "reisepass", "passnummer", "passnr", "personalausweis", "ausweis", "ausweisnr", "ausweisnummer", "perso",
        "kartennr", "kartennummer", "eat", "aufenthaltstitel", "aufenthaltskarte", "dokument", "dokumentennummer", "seriennummer",
        "ausweiskopie", "ausweisdaten", "passport", "permit", "nr", "nummer",
        // Session 22: the document's own compounds and other names for it ("Dokumentennr.", "Passkopie", "Reiseausweis"), and the
        // words for a passport or an identity card in the languages customers' papers are written in.
        "dokumentennr", "dokumentnr", "dokumentnummer", "passkopie", "reiseausweis", "reisepassnummer", "reisepassnr", "personalausweisnummer",
        "personalausweisnr", "ausweisdokument", "identitätskarte", "identitätsnachweis", "aufenthaltserlaubnis", "niederlassungserlaubnis",
        "fiktionsbescheinigung", "ankunftsnachweis", "passeport", "pasaporte", "passaporto", "paszport", "pasport", "kimlik", "pasaport",
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
        SpeltOut(workspace.Text, matches);
        InThreeGroupsOfThree(workspace.Text, workspace.DigitRuns, matches);
        if (CuedPlateDetector.AnyCue(workspace, DocumentCues, Replacement) || AddressShapeDetector.StandsBefore(workspace.Text, "nr", char.IsLetter))
        {
            CuedPlateDetector.AddCued(workspace, Slot, IsDocumentNumber, Cues, Replacement, matches, retryInside: true);
        }
    }

    private const string Replacement = "[Ausweisnummer]";

    /// <summary>
    /// The check digit after a hyphen or a slash that the regex detector leaves beside a number it replaced ("X21KGHV3H-6" →
    /// "[Ausweisnummer]-6", "JH6HY7K6P/1" → "[Ausweisnummer]/1"): it joins the replacement.
    /// </summary>
    private static void CheckDigitsAfter(ScrubWorkspace workspace, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var replacements = workspace.Replacements;
        if (!replacements.Contains(Replacement))
        {
            return; // session 20: no document number replaced, so no placeholder is one
        }

        // Session 20: from placeholder to placeholder (a vectorised search) rather than character by character; the test below
        // skipped every other character, so the matches are the same.
        for (var i = TextScrubber.NextPlaceholder(text, 0); i >= 0 && i + 2 < text.Length; i = TextScrubber.NextPlaceholder(text, i + 1))
        {
            var index = text[i] - TextScrubber.FirstPlaceholder;
            if (index >= 0 && index < replacements.Count && replacements[index] == Replacement && text[i + 1] is '-' or '/' or ' ' && char.IsAsciiDigit(text[i + 2]) &&
                (i + 3 == text.Length || !char.IsLetterOrDigit(text[i + 3])) && (text[i + 1] != ' ' || CheckDigitEndsHere(text, i + 3)))
            {
                matches.Add(new TextMatch(i + 1, 2, Replacement));
            }
        }
    }

    /// <summary>
    /// Session 13 (session 22: also before a bracket, "Ausweis XXY1 CMC3V 3 (Ehepartnerin)"): whether a check digit after a blank ends at <paramref name="end"/>, as the card prints it apart from the groups
    /// ("Karte Nr. P21F W0G6G 9", "Ausweis T28K 2JPPR 9, gültig …", "M8H6 531MF 3 vorgelegt"): the text ends there, or a bracket, comma,
    /// full stop or semicolon follows, or a blank and a word in lower case ("… 2 Kopien" is a count of something).
    /// </summary>
    private static bool CheckDigitEndsHere(ReadOnlySpan<char> text, int end) =>
        end == text.Length || text[end] is ')' or ',' or ';' or '\n' or '\r' || (text[end] == '.' && (end + 1 == text.Length || !char.IsAsciiDigit(text[end + 1]))) ||
        (text[end] == ' ' && end + 1 < text.Length && (char.IsLower(text[end + 1]) || text[end + 1] == '('));

    /// <summary>
    /// A document number spelt character by character with hyphens, as dictated on the phone (session 12): nine to twelve single
    /// letters or digits, a letter first and a digit among them, each joined by one hyphen ("T-4-K-9-W-2-M-7-X-3"); no word of
    /// letters is that long a chain of single characters.
    /// </summary>
    private static void SpeltOut(ReadOnlySpan<char> text, List<TextMatch> matches)
    {
        for (var dash = text.IndexOf('-'); dash > 0 && dash + 1 < text.Length; dash = Words.NextIndexOf(text, dash, '-'))
        {
            var start = dash - 1;
            if (!char.IsAsciiLetter(text[start]) || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '-')))
            {
                continue;
            }

            var end = start + 1;
            var count = 1;
            var digits = 0;
            while (end + 1 < text.Length && text[end] == '-' && char.IsAsciiLetterOrDigit(text[end + 1]) && (end + 2 == text.Length || !char.IsLetterOrDigit(text[end + 2])))
            {
                digits += char.IsAsciiDigit(text[end + 1]) ? 1 : 0;
                end += 2;
                count++;
            }

            if (count is >= 9 and <= 12 && digits > 0 && (end == text.Length || text[end] != '-'))
            {
                matches.Add(new TextMatch(start, end - start, Replacement));
                dash = end;
            }
        }
    }

    /// <summary>
    /// Session 22: a document number as the machine-readable zone's nine characters in three groups of three and the check digit
    /// apart ("J7H P4Z RVF 0", "gjy 3y0 9j4 0"), without a cue: each group of the document alphabet (no vowels), a letter first,
    /// and a group that mixes letters and digits (three abbreviations and a count, "SGB BGB ZPO 3", or three numbers stay).
    /// Found from the check digit, a digit run of one after a blank.
    /// </summary>
    private static void InThreeGroupsOfThree(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> runs, List<TextMatch> matches)
    {
        foreach (var (check, length) in runs)
        {
            var start = check - 12;
            if (length != 1 || start < 0 || (start > 0 && char.IsLetterOrDigit(text[start - 1])) ||
                (check + 1 < text.Length && char.IsLetterOrDigit(text[check + 1])) || !DocumentLetters.Contains(text[start]))
            {
                continue;
            }

            var mixed = false;
            var shape = true;
            var separator = text[start + 3];
            var (letterGroups, digitGroups) = (0, 0);
            for (var group = 0; group < 3 && shape; group++)
            {
                var at = start + (group * 4);
                var letters = 0;
                for (var k = 0; k < 3; k++)
                {
                    var c = text[at + k];
                    shape &= char.IsAsciiDigit(c) || DocumentLetters.Contains(c);
                    letters += char.IsAsciiDigit(c) ? 0 : 1;
                }

                // Session 23: the groups apart by hyphens as well ("RR6-322-8PC-8"), the same separator throughout.
                shape &= text[at + 3] == separator && separator is ' ' or '-';
                mixed |= letters is 1 or 2;
                letterGroups += letters == 3 ? 1 : 0;
                digitGroups += letters == 0 ? 1 : 0;
            }

            // Session 23: letters and digits mixed across the groups too ("MPJ 820 GHT 2"): a group of letters and a group of digits.
            if (shape && (mixed || (letterGroups > 0 && digitGroups > 0)))
            {
                matches.Add(new TextMatch(start, 13, Replacement));
            }
        }
    }

    /// <summary>The letters of the document alphabet, either case (no vowels, no B, D, Q, S).</summary>
    private static readonly System.Buffers.SearchValues<char> DocumentLetters = System.Buffers.SearchValues.Create("CFGHJKLMNPRTVWXYZcfghjklmnprtvwxyz");

    /// <summary>Whether the groups hold nine characters and a check digit (ten), or nine with a digit last.</summary>
    internal static bool IsDocumentNumber(ReadOnlySpan<char> match) =>
        match.Length - match.Count(' ') - match.Count('-') - match.Count('.') - match.Count('/') is 9 or 10 && char.IsAsciiDigit(match[^1]);

    // Two to four groups of the document alphabet apart by one blank, hyphen, dot or slash, a letter first: "NKV Y9G GGZ8",
    // "H6WLJ-F38M5", "TP2 YCF KZL 5", "L15.757.5K2.3", "JH6HY7K6P/1" (the count is IsDocumentNumber's).
    [GeneratedRegex(@"(?<![\p{L}\d])[CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{0,8}(?:[ .\-/][CFGHJKLMNPRTVWXYZ0-9]{1,5}){1,3}(?![\p{L}\d])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex GroupedRegex();
}
