using System.Diagnostics;
using System.Globalization;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>
/// The methods of <see cref="PipelineBenchmark"/> timed in alternation: baseline, pipeline, baseline, round after
/// round, each pipeline run set against the mean of the two baseline runs beside it. BenchmarkDotNet measures
/// the baseline and the subject one after the other, minutes apart; on a shared machine whose speed drifts
/// between them the ratio of two separately measured means moves with the drift (the baseline alone has moved
/// between 13 and 36 ms here from run to run). Paired rounds see the same machine, so their ratios do not.
/// This is a companion to the BenchmarkDotNet figures, not a replacement: the same setup (including its
/// warm-up), the same methods, a Stopwatch instead of BenchmarkDotNet's engine.
/// </summary>
internal static class InterleavedPipeline
{
    public static void Run(TimeSpan duration, TextWriter output)
    {
        var benchmark = new PipelineBenchmark { Records = 2000 };
        benchmark.Setup(); // generates the records and runs every method for seconds, as before a BenchmarkDotNet run
        try
        {
            var baseline = new List<double>();
            var pipeline = new List<double>();
            var ratios = new List<double>();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < duration)
            {
                var before = Time(benchmark.ParseAndReserialize);
                var subject = Time(benchmark.Pipeline);
                var after = Time(benchmark.ParseAndReserialize);
                baseline.Add(before);
                baseline.Add(after);
                pipeline.Add(subject);
                ratios.Add(subject / ((before + after) / 2));
            }

            baseline.Sort();
            pipeline.Sort();
            ratios.Sort();
            var atMost3 = ratios.Count(r => r <= 3.0);
            var c = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(c, $"Interleaved PipelineBenchmark, {pipeline.Count} rounds in {clock.Elapsed.TotalSeconds:F0} s, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
            output.WriteLine();
            output.WriteLine("| | p10 | median | p90 | best |");
            output.WriteLine("|---|---:|---:|---:|---:|");
            output.WriteLine(string.Create(c, $"| ParseAndReserialize (ms) | {P(baseline, 0.1):F2} | {P(baseline, 0.5):F2} | {P(baseline, 0.9):F2} | {baseline[0]:F2} |"));
            output.WriteLine(string.Create(c, $"| Pipeline (ms) | {P(pipeline, 0.1):F2} | {P(pipeline, 0.5):F2} | {P(pipeline, 0.9):F2} | {pipeline[0]:F2} |"));
            output.WriteLine(string.Create(c, $"| Pipeline / baseline beside it | {P(ratios, 0.1):F2} | **{P(ratios, 0.5):F2}** | {P(ratios, 0.9):F2} | {ratios[0]:F2} |"));
            output.WriteLine();
            output.WriteLine(string.Create(c, $"Rounds with a ratio of at most 3: {atMost3} of {ratios.Count} ({100.0 * atMost3 / ratios.Count:F0} %)."));
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    private static double Time(Func<long> method)
    {
        var start = Stopwatch.GetTimestamp();
        method();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>The value at quantile <paramref name="q"/> of sorted values (nearest rank).</summary>
    private static double P(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
}
