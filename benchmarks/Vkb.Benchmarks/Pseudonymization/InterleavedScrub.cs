using System.Diagnostics;
using System.Globalization;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>
/// <see cref="ScrubBenchmark"/>'s two methods in alternation, timed by the thread's CPU time per pass (not wall
/// time, so the slices other processes take on a shared machine do not count): baseline, scrubber, baseline, round
/// after round. Prints each method's minimum and median CPU time per pass and the scrubber's MB/s of CPU time; run
/// it for two builds alternately and compare each build's scrubber against its own baseline and against the other.
/// </summary>
internal static class InterleavedScrub
{
    public static void Run(int rounds, TextWriter output)
    {
        var benchmark = new ScrubBenchmark { Records = 1000 };
        benchmark.Setup();
        try
        {
            // Warm-up: tiered compilation settles after some passes.
            for (var i = 0; i < 5; i++)
            {
                benchmark.EmailRegexOnly();
                benchmark.ScrubAllDetectors();
            }

            var baseline = new List<double>();
            var scrub = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                baseline.Add(CpuMilliseconds(benchmark.EmailRegexOnly));
                scrub.Add(CpuMilliseconds(benchmark.ScrubAllDetectors));
            }

            baseline.Sort();
            scrub.Sort();
            var c = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(c, $"Interleaved ScrubBenchmark, {rounds} rounds, {benchmark.NoteChars} note chars, load average {InterleavedPipeline.LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
            output.WriteLine(string.Create(c, $"EmailRegexOnly    CPU ms/op: min {baseline[0]:F2} median {baseline[baseline.Count / 2]:F2} mean {baseline.Average():F2}"));
            output.WriteLine(string.Create(c, $"ScrubAllDetectors CPU ms/op: min {scrub[0]:F2} median {scrub[scrub.Count / 2]:F2} mean {scrub.Average():F2}  => {benchmark.NoteChars / scrub[0] / 1000:F1} MB/s (min), {benchmark.NoteChars / scrub[scrub.Count / 2] / 1000:F1} MB/s (median)"));
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    /// <summary>
    /// Where the scrubbing time goes, by detector (the regex detectors by name, which a profile shows as one class):
    /// the scrubber's loop over the detectors, each call timed, for <paramref name="passes"/> passes over the notes.
    /// A profile's companion, not a benchmark: the shares, not the absolute times, are the result.
    /// </summary>
    public static void Breakdown(int passes, TextWriter output)
    {
        var benchmark = new ScrubBenchmark { Records = 1000 };
        benchmark.Setup();
        try
        {
            var scrubber = new Vkb.Pseudonymization.Scrubbing.TextScrubber();
            var detectors = scrubber.Detectors;
            var ticks = new long[detectors.Count + 2];
            var workspace = new Vkb.Pseudonymization.Scrubbing.ScrubWorkspace();
            for (var pass = -2; pass < passes; pass++)
            {
                if (pass == 0)
                {
                    Array.Clear(ticks); // two passes of warm-up: the word lists load, the code is compiled
                }

                foreach (var (notes, context) in benchmark.Contexts())
                {
                    foreach (var note in notes)
                    {
                        var start = Stopwatch.GetTimestamp();
                        workspace.Load(note);
                        workspace.Decode();
                        ticks[^2] += Stopwatch.GetTimestamp() - start;
                        for (var d = 0; d < detectors.Count; d++)
                        {
                            workspace.Matches.Clear();
                            start = Stopwatch.GetTimestamp();
                            ((Vkb.Pseudonymization.Scrubbing.SpanDetector)detectors[d]).Find(workspace, context, workspace.Matches);
                            var found = Stopwatch.GetTimestamp();
                            ticks[d] += found - start;
                            if (workspace.Matches.Count > 0)
                            {
                                Vkb.Pseudonymization.Scrubbing.TextScrubber.Apply(workspace);
                                ticks[^1] += Stopwatch.GetTimestamp() - found;
                            }
                        }

                        workspace.Matches.Clear();
                    }
                }
            }

            var total = (double)ticks.Sum();
            var c = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(c, $"Scrub breakdown, {passes} passes, {total / Stopwatch.Frequency * 1000 / passes:F1} ms per pass (wall), load average {InterleavedPipeline.LoadAverage()}"));
            var rows = detectors.Select((d, i) => (Name: $"{i,2} {d.GetType().Name} {d.Name}", Ticks: ticks[i]))
                .Append((Name: "   Load (copy, neutralise, decode)", Ticks: ticks[^2])).Append((Name: "   Apply (replace, carry runs and words)", Ticks: ticks[^1]))
                .OrderByDescending(r => r.Ticks);
            foreach (var (name, t) in rows)
            {
                output.WriteLine(string.Create(c, $"{100 * t / total,6:F1} %  {name}"));
            }
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    /// <summary>
    /// The steady cost of each detector on the text it meets: every note is scrubbed as usual, but before each detector's
    /// real call it is called <paramref name="repeats"/> more times on the same text (its matches dropped), and only those
    /// extra calls are timed (the first call also carries the word table over earlier replacements, which is not counted).
    /// A tool for comparing changes to one detector, not a benchmark: a detector that registers persons sees them again.
    /// </summary>
    public static void Repeats(int passes, int repeats, TextWriter output)
    {
        var benchmark = new ScrubBenchmark { Records = 1000 };
        benchmark.Setup();
        try
        {
            var scrubber = new Vkb.Pseudonymization.Scrubbing.TextScrubber();
            var detectors = scrubber.Detectors;
            var ticks = new long[detectors.Count];
            var workspace = new Vkb.Pseudonymization.Scrubbing.ScrubWorkspace();
            var best = new double[detectors.Count];
            Array.Fill(best, double.MaxValue);
            var firstTicks = new long[detectors.Count];
            var bestFirst = new double[detectors.Count];
            Array.Fill(bestFirst, double.MaxValue);
            for (var pass = -2; pass < passes; pass++)
            {
                Array.Clear(ticks);
                Array.Clear(firstTicks);
                foreach (var (notes, context) in benchmark.Contexts())
                {
                    foreach (var note in notes)
                    {
                        workspace.Load(note);
                        workspace.Decode();
                        for (var d = 0; d < detectors.Count; d++)
                        {
                            var detector = (Vkb.Pseudonymization.Scrubbing.SpanDetector)detectors[d];
                            workspace.Matches.Clear();
                            var first = Stopwatch.GetTimestamp();
                            detector.Find(workspace, context, workspace.Matches);
                            var start = Stopwatch.GetTimestamp();
                            firstTicks[d] += start - first;
                            for (var r = 0; r < repeats; r++)
                            {
                                workspace.Matches.Clear();
                                detector.Find(workspace, context, workspace.Matches);
                            }

                            ticks[d] += Stopwatch.GetTimestamp() - start;
                            if (workspace.Matches.Count > 0)
                            {
                                Vkb.Pseudonymization.Scrubbing.TextScrubber.Apply(workspace);
                            }
                        }

                        workspace.Matches.Clear();
                    }
                }

                for (var d = 0; pass >= 0 && d < detectors.Count; d++)
                {
                    best[d] = Math.Min(best[d], ticks[d] * 1000.0 / Stopwatch.Frequency / repeats);
                    bestFirst[d] = Math.Min(bestFirst[d], firstTicks[d] * 1000.0 / Stopwatch.Frequency);
                }
            }

            var c = CultureInfo.InvariantCulture;
            output.WriteLine(string.Create(c, $"Detector repeats, {passes} passes x {repeats}, best ms per pass (wall), total {best.Sum():F2} (first calls {bestFirst.Sum():F2}), load average {InterleavedPipeline.LoadAverage()}"));
            foreach (var (name, ms, firstMs) in detectors.Select((d, i) => ($"{i,2} {d.GetType().Name} {d.Name}", best[i], bestFirst[i])).OrderByDescending(r => r.Item2))
            {
                output.WriteLine(string.Create(c, $"{ms,8:F3} ms  (first call {firstMs,7:F3})  {name}"));
            }
        }
        finally
        {
            benchmark.Cleanup();
        }
    }

    /// <summary>
    /// The CPU time of this thread while <paramref name="method"/> runs: on Linux the thread's CPU clock (nanoseconds;
    /// the process's total there counts in 10 ms ticks, too coarse for a 50 ms pass), elsewhere the process's time.
    /// </summary>
    internal static double CpuTime(Func<long> method) => CpuMilliseconds(method);

    private static double CpuMilliseconds(Func<long> method)
    {
        if (OperatingSystem.IsLinux())
        {
            var before = ThreadCpuMilliseconds();
            method();
            return ThreadCpuMilliseconds() - before;
        }

        var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        method();
        process.Refresh();
        return (process.TotalProcessorTime - start).TotalMilliseconds;
    }

    private const int ClockThreadCpuTimeId = 3;

    private static double ThreadCpuMilliseconds() =>
        ClockGetTime(ClockThreadCpuTimeId, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6) : throw new InvalidOperationException("clock_gettime failed");

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
