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
        var chain = new Chain();
        var group = new Chain();
        for (var i = 0; i < words.Length; i++)
        {
            var (start, length) = words[i];
            var isNumber = (classes[i] & WordClass.NumberWord) != 0;
            var isLetter = length == 1 && char.IsLetter(text[start]);
            var end = start + length;
            if (isLetter && SpeltLetterEnd(text, words, i) is > 0 and var speltEnd)
            {
                end = speltEnd; // "D wie Dora" is one letter
                i += 2;
            }

            var isToken = isNumber || isLetter;
            if (!(group.Start >= 0 && isToken && OnlyBlanks(text, group.End, start)))
            {
                CloseGroup(text, ref chain, ref group, matches);
                group.Start = isToken ? start : -1;
            }

            if (isToken)
            {
                group.End = end;
                group.Numbers += isNumber ? 1 : 0;
                group.Strong |= end != start + length;
            }
        }

        CloseGroup(text, ref chain, ref group, matches);
        Close(chain, matches);
    }

    /// <summary>
    /// A run of number words and letters apart by blanks (a group), or (session 15) groups apart by commas, as a number is dictated
    /// in its blocks ("null eins fünf zwei, null acht vier, fünf zwei, acht neun neun"; "zwei neun drei, D wie Dora, null sechs
    /// drei"): a group joins the one before it after a comma and one or two blanks when both are a block, two number words or
    /// more or a letter spelt by a word ("D wie Dora"); a single number word after a comma is a count of its own ("zwei, drei
    /// Termine").
    /// </summary>
    private struct Chain
    {
        public int Start;
        public int End;
        public int Numbers;
        public bool Strong;

        public Chain()
        {
            Start = -1;
        }

        public readonly bool IsBlock => Numbers >= 2 || Strong;
    }

    /// <summary>
    /// Session 17: the number words a chain must hold for a block of one word to join it ("null eins sieben, vier, eins vier zwei,
    /// vier eins eins, acht"): a number dictated in blocks of any size, once three words are said; "zwei, drei Termine" stays.
    /// </summary>
    private const int LongChain = 3;

    private static void CloseGroup(ReadOnlySpan<char> text, ref Chain chain, ref Chain group, List<TextMatch> matches)
    {
        if (group.Start < 0)
        {
            return;
        }

        if (chain.Start >= 0 && ((chain.IsBlock && group.IsBlock) || (chain.Numbers >= LongChain && group.Numbers + (group.Strong ? 1 : 0) > 0)) &&
            CommaBetween(text, chain.End, group.Start))
        {
            chain.End = group.End;
            chain.Numbers += group.Numbers;
            chain.Strong = group.IsBlock; // the last group decides whether the next may join
        }
        else
        {
            Close(chain, matches);
            chain = group;
        }

        group = new Chain();
    }

    /// <summary>Whether a comma and one or two blanks are all that lies between <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool CommaBetween(ReadOnlySpan<char> text, int from, int to) =>
        to - from is 2 or 3 && text[from] == ',' && OnlyBlanks(text, from + 1, to);

    /// <summary>
    /// Session 15: the end of a letter spelt by a word of a spelling alphabet, the German ("D wie Dora", "S wie Siegfried"), the
    /// international ("D wie Delta") or one made up on the spot ("D wie Dieter"): the letter at word <paramref name="i"/>, "wie"
    /// and a word of three letters or more that begins with that letter, each apart by a blank; 0 if none.
    /// </summary>
    private static int SpeltLetterEnd(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, int i)
    {
        if (i + 2 >= words.Length)
        {
            return 0;
        }

        var (wie, wieLength) = words[i + 1];
        var (word, wordLength) = words[i + 2];
        return wieLength == 3 && wie == words[i].Start + 2 && text[wie - 1] == ' ' && text.Slice(wie, 3).Equals("wie", StringComparison.OrdinalIgnoreCase) &&
               word == wie + 4 && text[word - 1] == ' ' && wordLength >= 3 && char.ToUpperInvariant(text[word]) == char.ToUpperInvariant(text[words[i].Start])
            ? word + wordLength
            : 0;
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

    private static void Close(Chain chain, List<TextMatch> matches)
    {
        if (chain.Start >= 0 && chain.Numbers >= MinNumberWords)
        {
            matches.Add(new TextMatch(chain.Start, chain.End - chain.Start, "[Nummer]"));
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
