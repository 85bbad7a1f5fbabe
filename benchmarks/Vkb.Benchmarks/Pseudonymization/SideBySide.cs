using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>
/// Two builds' benchmark in one process: each build's Vkb.Benchmarks.dll (with its own Vkb.Pseudonymization and the
/// rest) is loaded into a load context of its own, and their passes alternate round after round (A then B, B then A).
/// On a shared machine the load changes from second to second; two passes milliseconds apart see nearly the same load,
/// two processes minutes apart do not, so the ratio of each round's pair is the measurement and the median of those
/// ratios the result. <see cref="Scrub"/> times <see cref="ScrubBenchmark.ScrubAllDetectors"/> by the thread's CPU
/// clock; <see cref="Pipeline"/> times a <see cref="PipelineBenchmark"/> method by the wall clock (its work may hop
/// between pool threads).
/// </summary>
internal static class SideBySide
{
    /// <summary>ScrubAllDetectors of two builds, 1,000 records, CPU time per pass.</summary>
    public static void Scrub(string before, string after, int rounds, TextWriter output) =>
        Run(Load(before, "ScrubBenchmark", 1000, "ScrubAllDetectors", setupArgs: null),
            Load(after, "ScrubBenchmark", 1000, "ScrubAllDetectors", setupArgs: null), InterleavedScrub.CpuTime, rounds, output, "CPU");

    /// <summary>A PipelineBenchmark method of two builds (e.g. PipelineSingleThreaded, PipelineFlaggedOnly), 2,000 records, wall time per run.</summary>
    public static void Pipeline(string before, string after, string method, int rounds, TextWriter output)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PipelineBenchmark.{method}, two builds side by side"));
        Run(Load(before, "PipelineBenchmark", 2000, method, setupArgs: [false]),
            Load(after, "PipelineBenchmark", 2000, method, setupArgs: [false]), WallTime, rounds, output, "wall");
    }

    private static void Run(Func<long> a, Func<long> b, Func<Func<long>, double> time, int rounds, TextWriter output, string clock)
    {
        for (var i = 0; i < 5; i++)
        {
            a();
            b();
        }

        var ta = new List<double>();
        var tb = new List<double>();
        var ratios = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            double x, y;
            if (round % 2 == 0)
            {
                x = time(a);
                y = time(b);
            }
            else
            {
                y = time(b);
                x = time(a);
            }

            ta.Add(x);
            tb.Add(y);
            ratios.Add(y / x);
        }

        var c = CultureInfo.InvariantCulture;
        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        output.WriteLine(string.Create(c, $"Side by side, {rounds} rounds, load average {InterleavedPipeline.LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        output.WriteLine(string.Create(c, $"before {clock} ms/op: min {ta.Min():F2} median {Median(ta):F2}"));
        output.WriteLine(string.Create(c, $"after  {clock} ms/op: min {tb.Min():F2} median {Median(tb):F2}"));
        output.WriteLine(string.Create(c, $"after / before: median of round ratios {Median(ratios):F3} (p25 {ratios.Order().ElementAt(rounds / 4):F3}, p75 {ratios.Order().ElementAt(rounds * 3 / 4):F3}); min / min {tb.Min() / ta.Min():F3}; median / median {Median(tb) / Median(ta):F3}"));
    }

    private static double WallTime(Func<long> method)
    {
        var start = Stopwatch.GetTimestamp();
        method();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    /// <summary>A build's benchmark method, set up for <paramref name="records"/> records, from the Vkb.Benchmarks.dll in <paramref name="directory"/>.</summary>
    private static Func<long> Load(string directory, string benchmark, int records, string method, object[]? setupArgs)
    {
        var path = Path.GetFullPath(Path.Combine(directory, "Vkb.Benchmarks.dll"));
        var context = new BuildContext(path);
        var type = context.LoadFromAssemblyPath(path).GetType("Vkb.Benchmarks.Pseudonymization." + benchmark, throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;
        type.GetProperty("Records")!.SetValue(instance, records);
        var setup = setupArgs is null
            ? type.GetMethod("Setup", Type.EmptyTypes)!
            : type.GetMethod("Setup", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, [typeof(bool)])!;
        setup.Invoke(instance, setupArgs);
        return type.GetMethod(method)!.CreateDelegate<Func<long>>(instance);
    }

    /// <summary>A load context that resolves a build's own assemblies from its directory (the framework's are shared).</summary>
    private sealed class BuildContext(string mainAssembly) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
