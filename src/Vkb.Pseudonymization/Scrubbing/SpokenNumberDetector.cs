using System.Collections.Frozen;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// Numbers dictated in words (session 11, from heldout7's misses): a tax id, a customer number, a phone number or a document
/// number said digit by digit or in pairs, as speech recognition writes it ("steuer id vierzehn neunundfünfzig sieben null
/// achtzehn dreizehn zwei", "handynummer null eins sieben fünf eins siebenundsechzig", "kundennummer vierzig zwei D drei null
/// sechsunddreißig", "AUSWEIS NUMMER W H M VIER P F NULL ZWEI N VIER"). A run of words apart by blanks only, each a number
/// word from "null" to "neunundneunzig" ("zwo" too) or a single letter, becomes <c>[Nummer]</c> when it holds at least
/// <see cref="MinNumberWords"/> number words: ordinary text does not say four numbers in a row ("zwei oder drei Termine").
/// </summary>
internal sealed class SpokenNumberDetector : SpanDetector
{
    /// <summary>The fewest number words a run must hold.</summary>
    internal const int MinNumberWords = 4;

    private static readonly string[] Units = ["ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"];

    private static readonly string[] Tens = ["zwanzig", "dreißig", "dreissig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"];

    /// <summary>
    /// Every number word from "null" to "neunundneunzig", "eins" and "zwo" too; "ein" alone is an article. Ordinary words:
    /// the vocabulary keeps them (<see cref="DomainWords.Terms"/>), the vocabulary mode replaced the compounds before.
    /// </summary>
    internal static readonly string[] NumberWordList = [.. Units.Skip(1)
        .Concat(["null", "eins", "zwo", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn"])
        .Concat(Tens)
        .Concat(Units.SelectMany(unit => Tens.Select(ten => unit + "und" + ten)))];

    /// <summary><see cref="NumberWordList"/> in any case.</summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberWords =
        NumberWordList.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public override string Name => "number";

    public override void Find(ScrubWorkspace workspace, ScrubContext context, List<TextMatch> matches)
    {
        var text = workspace.Text;
        var table = workspace.WordTable;
        var classes = table.Classes(text, out var union);
        if ((union & WordClass.NumberWord) == 0)
        {
            return; // a run needs number words (MinNumberWords of them)
        }

        var words = table.All(text);
        var runStart = -1;
        var runEnd = -1;
        var numbers = 0;
        var previousEnd = -1;
        for (var i = 0; i < words.Length; i++)
        {
            var (start, length) = words[i];
            var isNumber = (classes[i] & WordClass.NumberWord) != 0;
            var isLetter = length == 1 && char.IsLetter(text[start]);
            var joins = runStart >= 0 && (isNumber || isLetter) && OnlyBlanks(text, previousEnd, start);
            if (!joins)
            {
                Close(runStart, runEnd, numbers, matches);
                runStart = isNumber || isLetter ? start : -1;
                numbers = 0;
            }

            if (isNumber || isLetter)
            {
                runEnd = start + length;
                numbers += isNumber ? 1 : 0;
            }

            previousEnd = start + length;
        }

        Close(runStart, runEnd, numbers, matches);
    }

    /// <summary>
    /// The lengths of the number words by their first letter (a bit per length, 'a'..'z'): a word whose first letter is ASCII
    /// equals one in any case only if it has that initial and length; a word starting outside ASCII is let through (the long
    /// s or the dotless i equal 'S' and 'I' under OrdinalIgnoreCase).
    /// </summary>
    private static readonly uint[] LengthsByInitial = BuildLengths();

    private static uint[] BuildLengths()
    {
        var lengths = new uint[26];
        foreach (var w in NumberWordList)
        {
            lengths[(w[0] | 0x20) - 'a'] |= 1u << Math.Min(w.Length, 31);
        }

        return lengths;
    }

    /// <summary>Whether <paramref name="word"/> (a run of letters) is a number word, as <see cref="WordClass.NumberWord"/> keeps it for the word table's words.</summary>
    internal static bool IsNumberWord(ReadOnlySpan<char> word) => word.Length >= 3 && MayBeNumberWord(word) && NumberWords.Contains(word);

    /// <summary>Whether <paramref name="word"/> can be in <see cref="NumberWords"/> (no hash of most words).</summary>
    internal static bool MayBeNumberWord(ReadOnlySpan<char> word) =>
        word[0] >= 128 || (char.IsAsciiLetter(word[0]) && (LengthsByInitial[(word[0] | 0x20) - 'a'] & (1u << Math.Min(word.Length, 31))) != 0);

    private static void Close(int start, int end, int numbers, List<TextMatch> matches)
    {
        if (start >= 0 && numbers >= MinNumberWords)
        {
            matches.Add(new TextMatch(start, end - start, "[Nummer]"));
        }
    }

    private static bool OnlyBlanks(ReadOnlySpan<char> text, int from, int to)
    {
        if (from < 0 || to <= from || to - from > 2)
        {
            return false;
        }

        foreach (var c in text[from..to])
        {
            if (c != ' ')
            {
                return false;
            }
        }

        return true;
    }
}
