using Vkb.Pseudonymization.Scrubbing;
using Xunit.Abstractions;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Recall per kind and ordinary-word retention on the independent corpus (Corpora/independent, SOURCE.md says who
/// wrote it and how): written by someone who had not read the detectors, with names from another source than
/// the gazetteer. Set VKB_CORPUS_REPORT to a folder to have the tables written there.
/// </summary>
public class IndependentCorpusTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dev", ScrubMode.Vocabulary)]
    [InlineData("heldout", ScrubMode.Vocabulary)]
    [InlineData("dev", ScrubMode.Detectors)]
    [InlineData("heldout", ScrubMode.Detectors)]
    public void Scrubber_OnTheIndependentCorpus_ReachesTheRecallAndRetentionBars(string split, ScrubMode mode)
    {
        var result = CorpusEvaluation.Run(split, new TextScrubber(null, mode));
        var table = result.Table($"{split}, {mode}");
        output.WriteLine(table);
        output.WriteLine(string.Join(", ", result.ReplacedWords.OrderByDescending(w => w.Value).Take(60).Select(w => $"{w.Key} {w.Value}")));
        if (Environment.GetEnvironmentVariable("VKB_CORPUS_REPORT") is { Length: > 0 } folder)
        {
            File.WriteAllText(Path.Combine(folder, $"corpus-{split}-{mode}.md"), table);
            File.WriteAllText(Path.Combine(folder, $"corpus-{split}-{mode}-replaced-words.txt"),
                string.Join("\n", result.ReplacedWords.OrderByDescending(w => w.Value).Select(w => $"{w.Value}\t{w.Key}\t{(split == "dev" ? result.Examples[w.Key] : string.Empty)}")));
            if (split == "dev")
            {
                File.WriteAllText(Path.Combine(folder, $"corpus-{split}-{mode}-misses.txt"), string.Join("\n", result.Misses));
            }
        }
    }
}
