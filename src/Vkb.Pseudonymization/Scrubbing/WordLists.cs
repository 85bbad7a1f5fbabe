using System.IO.Compression;
using System.Text;

namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// The embedded word lists (see docs/gazetteer.md): given names (Berlin's newborn registrations 2012-2023,
/// CC BY 3.0 DE), German word forms with inflections (german-pos-dict via RosaeNLG, CC BY-SA 4.0, and the German
/// frequency lists of zxcvbn-ts, MIT), frequent German surnames (zxcvbn-ts, MIT), and this project's own lists of
/// function words and domain terms. Loaded once, on first use, into lower-case sets
/// looked up by span.
/// </summary>
internal static class WordLists
{
    private static readonly Lazy<HashSet<string>> LazyGivenNames = new(LoadGivenNames);
    private static readonly Lazy<HashSet<string>> LazyVocabulary = new(LoadVocabulary);
    private static readonly Lazy<HashSet<string>> LazySurnames = new(() => Load("surnames.txt.gz"));

    /// <summary>Whether the word (any case) is one of the frequent German surnames that are no German word.</summary>
    public static bool IsSurname(ReadOnlySpan<char> word) => Contains(LazySurnames.Value, word);

    /// <summary>The given names, lower-case.</summary>
    public static HashSet<string> GivenNames => LazyGivenNames.Value;

    /// <summary>German word forms, function words and domain terms, lower-case.</summary>
    public static HashSet<string> Vocabulary => LazyVocabulary.Value;

    /// <summary>Whether the word (any case) is a given name of the gazetteer.</summary>
    public static bool IsGivenName(ReadOnlySpan<char> word) => Contains(GivenNames, word);

    /// <summary>Whether the word (any case) is a German word form, a function word or a domain term.</summary>
    public static bool IsWord(ReadOnlySpan<char> word) => Contains(Vocabulary, word);

    private static bool Contains(HashSet<string> set, ReadOnlySpan<char> word)
    {
        if (word.Length > NameFolding.MaxStackWord)
        {
            return set.Contains(word.ToString().ToLowerInvariant());
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static HashSet<string> LoadGivenNames()
    {
        // Registered given names that are function words or domain terms ("An", "Per", "Die") never count as names.
        var names = Load("given-names.txt.gz");
        names.ExceptWith(DomainWords.FunctionWords);
        names.ExceptWith(DomainWords.Terms);
        return names;
    }

    private static HashSet<string> LoadVocabulary()
    {
        var words = Load("vocabulary.txt.gz");
        foreach (var word in DomainWords.FunctionWords)
        {
            words.Add(word);
        }

        foreach (var word in DomainWords.Terms)
        {
            words.Add(word);
        }

        foreach (var word in ThirdPersonDetector.Introducers)
        {
            words.Add(word); // relation and role words are words ("dem Schwager, X")
        }

        foreach (var word in DomainWords.NotWords)
        {
            words.Remove(word);
        }

        return words;
    }

    private static HashSet<string> Load(string name)
    {
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream("Vkb.Pseudonymization.Scrubbing." + name)
            ?? throw new InvalidOperationException("The embedded word list " + name + " is missing from the assembly.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line.ToLowerInvariant());
            }
        }

        return set;
    }
}
