using System.Diagnostics;
using System.Globalization;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>
/// The methods of <see cref="PipelineBenchmark"/> timed in alternation: baseline, pipeline on one core, on all cores,
/// the default flagged-only run on one core and on all cores, baseline, round after round; each single-threaded run is set against the mean of the
/// two baseline runs beside it (the headline; the default flagged-only run likewise), and against the all-cores run of the same round (the speed-up). BenchmarkDotNet measures
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
            var single = new List<double>();
            var both = new List<double>();
            var flagged = new List<double>();
            var ratios = new List<double>();
            var flaggedRatios = new List<double>();
            var speedups = new List<double>();
            var flaggedBoth = new List<double>();
            var flaggedSpeedups = new List<double>();
            var clock = Stopwatch.StartNew();
            while (clock.Elapsed < duration)
            {
                // One round: baseline, the pipeline on one core, on all cores, the default flagged-only run on one core and
                // on all cores, baseline.
                var before = Time(benchmark.ParseAndReserialize);
                var one = Time(benchmark.PipelineSingleThreaded);
                var all = Time(benchmark.Pipeline);
                var onlyFlagged = Time(benchmark.PipelineFlaggedOnly);
                var onlyFlaggedAll = Time(benchmark.PipelineFlaggedOnlyAllCores);
                var after = Time(benchmark.ParseAndReserialize);
                baseline.Add(before);
                baseline.Add(after);
                single.Add(one);
                both.Add(all);
                flagged.Add(onlyFlagged);
                ratios.Add(one / ((before + after) / 2));
                flaggedRatios.Add(onlyFlagged / ((before + after) / 2));
                speedups.Add(one / all);
                flaggedBoth.Add(onlyFlaggedAll);
                flaggedSpeedups.Add(onlyFlagged / onlyFlaggedAll);
            }

            foreach (var list in new[] { baseline, single, both, flagged, ratios, flaggedRatios, speedups, flaggedBoth, flaggedSpeedups })
            {
                list.Sort();
            }

            var atMost4 = ratios.Count(r => r <= 4.0);
            var c = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(c, $"Interleaved PipelineBenchmark, {single.Count} rounds in {clock.Elapsed.TotalSeconds:F0} s, {Environment.ProcessorCount} cores, load average {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
            output.WriteLine();
            output.WriteLine("| | p10 | median | p90 | best |");
            output.WriteLine("|---|---:|---:|---:|---:|");
            output.WriteLine(string.Create(c, $"| ParseAndReserialize, one core (ms) | {P(baseline, 0.1):F2} | {P(baseline, 0.5):F2} | {P(baseline, 0.9):F2} | {baseline[0]:F2} |"));
            output.WriteLine(string.Create(c, $"| PipelineSingleThreaded, every record (ms) | {P(single, 0.1):F2} | {P(single, 0.5):F2} | {P(single, 0.9):F2} | {single[0]:F2} |"));
            output.WriteLine(string.Create(c, $"| Pipeline, all cores, every record (ms) | {P(both, 0.1):F2} | {P(both, 0.5):F2} | {P(both, 0.9):F2} | {both[0]:F2} |"));
            output.WriteLine(string.Create(c, $"| PipelineFlaggedOnly, one core, the default run (ms) | {P(flagged, 0.1):F2} | {P(flagged, 0.5):F2} | {P(flagged, 0.9):F2} | {flagged[0]:F2} |"));
            output.WriteLine(string.Create(c, $"| PipelineFlaggedOnlyAllCores, the default run on all cores (ms) | {P(flaggedBoth, 0.1):F2} | {P(flaggedBoth, 0.5):F2} | {P(flaggedBoth, 0.9):F2} | {flaggedBoth[0]:F2} |"));
            output.WriteLine(string.Create(c, $"| **single-threaded / baseline beside it** | {P(ratios, 0.1):F2} | **{P(ratios, 0.5):F2}** | {P(ratios, 0.9):F2} | {ratios[0]:F2} |"));
            output.WriteLine(string.Create(c, $"| **default run (flagged only), one core / baseline beside it** | {P(flaggedRatios, 0.1):F2} | **{P(flaggedRatios, 0.5):F2}** | {P(flaggedRatios, 0.9):F2} | {flaggedRatios[0]:F2} |"));
            output.WriteLine(string.Create(c, $"| **all cores throughput / single-threaded** (same round) | {P(speedups, 0.1):F2} | **{P(speedups, 0.5):F2}** | {P(speedups, 0.9):F2} | {speedups[^1]:F2} (max) |"));
            output.WriteLine(string.Create(c, $"| **default run, all cores throughput / one core** (same round) | {P(flaggedSpeedups, 0.1):F2} | **{P(flaggedSpeedups, 0.5):F2}** | {P(flaggedSpeedups, 0.9):F2} | {flaggedSpeedups[^1]:F2} (max) |"));
            output.WriteLine();
            output.WriteLine(string.Create(c, $"Rounds with a single-threaded ratio of at most 4: {atMost4} of {ratios.Count} ({100.0 * atMost4 / ratios.Count:F0} %). Best against best: {single[0] / baseline[0]:F2}; all cores best against single-threaded best: {single[0] / both[0]:F2}."));
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    /// <summary>The first three fields of /proc/loadavg ("n/a" where there is none), for the result headers of both probes.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Runs one method of <see cref="PipelineBenchmark"/> (by name) again and again for <paramref name="duration"/>, for a profiler; prints the median.</summary>
    public static void Repeat(string method, TimeSpan duration, TextWriter output)
    {
        var benchmark = new PipelineBenchmark { Records = 2000 };
        benchmark.Setup(warmUp: true);
        var run = (Func<long>)Delegate.CreateDelegate(typeof(Func<long>), benchmark,
            typeof(PipelineBenchmark).GetMethod(method) ?? throw new ArgumentException("No such method: " + method, nameof(method)));
        var times = new List<double>();
        using var sampler = Environment.GetEnvironmentVariable("VKB_ALLOCATIONS") == "1" ? new AllocationSampler() : null;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            times.Add(Time(run));
        }

        var cpuPerRun = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / times.Count;
        var allocatedPerRun = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / times.Count;
        var gcPerRun = (double)(GC.CollectionCount(0) - collections) / times.Count;
        var pausePerRun = (GC.GetTotalPauseDuration() - paused).TotalMilliseconds / times.Count;
        times.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{method}: {times.Count} runs, median {P(times, 0.5):F2} ms, best {times[0]:F2} ms, CPU {cpuPerRun:F2} ms per run, {allocatedPerRun / 1024.0:F0} KiB allocated, {gcPerRun:F2} gen-0 collections and {pausePerRun:F2} ms GC pause per run"));
        sampler?.WriteTop(output, times.Count);
    }

    /// <summary>
    /// The every-record pipeline with two settings of one option, alternating run by run for <paramref name="duration"/>:
    /// the paired median of B / A. A shared machine's drift hits both alike. <paramref name="option"/>: batch, threads,
    /// spool (memory limit in bytes).
    /// </summary>
    public static void AB(string option, long a, long b, TimeSpan duration, TextWriter output)
    {
        var benchmark = new PipelineBenchmark { Records = 2000 };
        benchmark.Setup(warmUp: false);
        Func<long> Build(long value) => benchmark.Variant(o =>
        {
            switch (option)
            {
                case "batch": o.BatchSize = (int)value; break;
                case "threads": o.DegreeOfParallelism = (int)value; break;
                case "spool": o.SpoolMemoryLimit = value; break;
                default: throw new ArgumentException("batch, threads or spool", nameof(option));
            }
        });
        var (runA, runB) = (Build(a), Build(b));
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(6))
        {
            runA();
            runB();
        }

        var ta = new List<double>();
        var tb = new List<double>();
        var ratios = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var x = Time(runA);
            var y = Time(runB);
            var x2 = Time(runA);
            ta.Add(x);
            ta.Add(x2);
            tb.Add(y);
            ratios.Add(y / ((x + x2) / 2));
        }

        ta.Sort();
        tb.Sort();
        ratios.Sort();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{option} {a} vs {b}: {ratios.Count} rounds, load {LoadAverage()}; A median {P(ta, 0.5):F2} ms (best {ta[0]:F2}), B median {P(tb, 0.5):F2} ms (best {tb[0]:F2}); B / A paired median {P(ratios, 0.5):F3} (p25 {P(ratios, 0.25):F3}, p75 {P(ratios, 0.75):F3})"));
    }

    /// <summary>
    /// What two cores can give this work in one process: per round one single-threaded run alone, two single-threaded runs
    /// at once (two threads; they share the pipeline's settings and the process, nothing of a run), and the every-record
    /// pipeline on all cores; the paired medians of their throughput against the runs alone beside them, and the CPU time
    /// each spends per run. The middle two swap places every round, so a drift favours neither.
    /// </summary>
    /// <param name="duration">How long to run.</param>
    /// <param name="output">Where the figures go.</param>
    /// <param name="flaggedOnly">The default run (flagged only) instead of the every-record run, on one core and on all.</param>
    /// <param name="records">The extract's size: the fixed cost of a run (the first and last batch, waking the workers) weighs less in a larger one.</param>
    public static void Pair(TimeSpan duration, TextWriter output, bool flaggedOnly = false, int records = 2000)
    {
        var benchmark = new PipelineBenchmark { Records = records };
        benchmark.Setup(warmUp: true);
        Func<long> single = flaggedOnly ? benchmark.PipelineFlaggedOnly : benchmark.PipelineSingleThreaded;
        Func<long> allCores = flaggedOnly ? benchmark.PipelineFlaggedOnlyAllCores : benchmark.Pipeline;
        static Func<long> Twice(Func<long> run) => () =>
        {
            var other = Task.Factory.StartNew(run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            return run() + other.GetAwaiter().GetResult();
        };

        var twice = Twice(single);

        // The floor's own scaling: the baseline (parse and re-serialise, no pipeline) alone and two at once. Its runs are
        // short (about 14 ms): the second thread's start and the shared garbage collector weigh more there than in the
        // pipeline's runs, so it is a lower figure with a wide spread, not the pipeline's ceiling; that is the pair of
        // independent single-threaded pipeline runs (which share nothing but the machine and the process).
        var baselineTwice = Twice(benchmark.ParseAndReserialize);
        var (alone, pair, all) = (new List<double>(), new List<double>(), new List<double>());
        var (pairRatios, allRatios, baselineRatios) = (new List<double>(), new List<double>(), new List<double>());
        var cpu = new double[3];
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var b1 = Time(benchmark.ParseAndReserialize);
            var b2 = Time(baselineTwice);
            var b3 = Time(benchmark.ParseAndReserialize);
            baselineRatios.Add(2 * ((b1 + b3) / 2) / b2);
            var a = TimeCpu(single, ref cpu[0]);
            double p, b;
            if (alone.Count % 4 == 0)
            {
                p = TimeCpu(twice, ref cpu[1]);
                b = TimeCpu(allCores, ref cpu[2]);
            }
            else
            {
                b = TimeCpu(allCores, ref cpu[2]);
                p = TimeCpu(twice, ref cpu[1]);
            }

            var a2 = TimeCpu(single, ref cpu[0]);
            alone.Add(a);
            alone.Add(a2);
            pair.Add(p);
            all.Add(b);
            pairRatios.Add(2 * ((a + a2) / 2) / p);
            allRatios.Add((a + a2) / 2 / b);
        }

        foreach (var list in new[] { alone, pair, all, pairRatios, allRatios, baselineRatios })
        {
            list.Sort();
        }

        benchmark.Cleanup();
        var c = CultureInfo.InvariantCulture;
        var rounds = pair.Count;
        output.WriteLine(string.Create(c, $"{(flaggedOnly ? "The default run (flagged only)" : "Every record")}, {records:N0} records, {Environment.ProcessorCount} cores in one process, {rounds} rounds in {clock.Elapsed.TotalSeconds:F0} s, load average {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        output.WriteLine(string.Create(c, $"one single-threaded run alone: median {P(alone, 0.5):F2} ms, CPU {cpu[0] / (2 * rounds):F2} ms per run"));
        output.WriteLine(string.Create(c, $"two independent single-threaded runs at once: median {P(pair, 0.5):F2} ms, CPU {cpu[1] / (2 * rounds):F2} ms per run; throughput / alone paired median {P(pairRatios, 0.5):F3} (p25 {P(pairRatios, 0.25):F3}, p75 {P(pairRatios, 0.75):F3})"));
        output.WriteLine(string.Create(c, $"the baseline (ParseAndReserialize), two independent copies at once: throughput / alone paired median {P(baselineRatios, 0.5):F3} (p25 {P(baselineRatios, 0.25):F3}, p75 {P(baselineRatios, 0.75):F3}) (short runs: a wide spread; the pipeline's ceiling is the pair of independent runs above)"));
        output.WriteLine(string.Create(c, $"the pipeline on all cores: median {P(all, 0.5):F2} ms, CPU {cpu[2] / rounds:F2} ms per run; throughput / alone paired median {P(allRatios, 0.5):F3} (p25 {P(allRatios, 0.25):F3}, p75 {P(allRatios, 0.75):F3})"));
    }

    private static double TimeCpu(Func<long> method, ref double cpuMilliseconds)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var time = Time(method);
        process.Refresh();
        cpuMilliseconds += (process.TotalProcessorTime - cpu).TotalMilliseconds;
        return time;
    }

    /// <summary>
    /// Where a run's time goes, one core against all: per run the first pass (reading, transforming, accepting), the
    /// workers' transforming time summed, the serial lattice search with the replacements and the second pass; medians
    /// over alternating runs. The first pass's use of the cores is the workers' time over cores × its length.
    /// </summary>
    public static void Phases(TimeSpan duration, TextWriter output, bool flaggedOnly = false, int records = 2000)
    {
        var benchmark = new PipelineBenchmark { Records = records };
        benchmark.Setup(warmUp: true);
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"Phases of PipelineBenchmark's {(flaggedOnly ? "default (flagged-only)" : "every-record")} runs of {records:N0} records, {Environment.ProcessorCount} cores, load average {LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        output.WriteLine();
        output.WriteLine("| run | runs | total (ms) | first pass (ms) | workers busy (ms) | cores used in the first pass | batches | search + replacements (ms) | second pass (ms) | allocated (KiB) | gen-0 collections per 100 runs |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var seen = new Dictionary<bool, List<(double Total, RunPhases Phases, long Allocated, int Collections)>> { [false] = [], [true] = [] };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            foreach (var all in new[] { false, true })
            {
                RunPhases phases = default;
                var allocated = GC.GetTotalAllocatedBytes(precise: false);
                var collections = GC.CollectionCount(0);
                var time = Time(() => benchmark.ObservedRun(all, p => phases = p, flaggedOnly));
                seen[all].Add((time, phases, GC.GetTotalAllocatedBytes(precise: false) - allocated, GC.CollectionCount(0) - collections));
            }
        }

        foreach (var (all, runs) in seen)
        {
            double Median(Func<(double Total, RunPhases Phases, long Allocated, int Collections), double> pick)
            {
                var values = runs.Select(pick).Order().ToList();
                return P(values, 0.5);
            }

            var cores = all ? Environment.ProcessorCount : 1;
            output.WriteLine(string.Create(c, $"| {(all ? "all cores" : "one core")} | {runs.Count} | {Median(r => r.Total):F2} | {Median(r => r.Phases.FirstPass.TotalMilliseconds):F2} | {Median(r => r.Phases.WorkersBusy.TotalMilliseconds):F2} | {Median(r => r.Phases.WorkersBusy / r.Phases.FirstPass) :F2} of {cores} | {Median(r => r.Phases.Batches):F0} | {Median(r => r.Phases.Search.TotalMilliseconds):F2} | {Median(r => r.Phases.SecondPass.TotalMilliseconds):F2} | {Median(r => r.Allocated / 1024.0):F0} | {100.0 * runs.Sum(r => r.Collections) / runs.Count:F0} |"));
        }

        benchmark.Cleanup();
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
