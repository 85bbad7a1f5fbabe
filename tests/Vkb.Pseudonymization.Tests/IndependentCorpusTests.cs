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
    [InlineData("dev")]
    [InlineData("heldout")]
    public void Scrubber_OnTheIndependentCorpus_ReachesTheRecallAndRetentionBars(string split)
    {
        var result = CorpusEvaluation.Run(split, new TextScrubber());
        var table = result.Table(split);
        output.WriteLine(table);
        output.WriteLine(string.Join(", ", result.ReplacedWords.OrderByDescending(w => w.Value).Take(60).Select(w => $"{w.Key} {w.Value}")));
        if (Environment.GetEnvironmentVariable("VKB_CORPUS_REPORT") is { Length: > 0 } folder)
        {
            File.WriteAllText(Path.Combine(folder, $"corpus-{split}.md"), table);
            File.WriteAllText(Path.Combine(folder, $"corpus-{split}-replaced-words.txt"),
                string.Join("\n", result.ReplacedWords.OrderByDescending(w => w.Value).Select(w => $"{w.Value}\t{w.Key}")));
        }
    }
}
