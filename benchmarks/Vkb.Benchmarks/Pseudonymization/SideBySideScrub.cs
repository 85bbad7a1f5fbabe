using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>
/// Two builds' <see cref="ScrubBenchmark"/> in one process: each build's Vkb.Benchmarks.dll (with its own
/// Vkb.Pseudonymization and the rest) is loaded into a load context of its own, and their passes alternate round after
/// round (A then B, B then A), each timed by the thread's CPU time. On a shared machine the load changes from second to
/// second; two passes 40 ms apart see nearly the same load, two processes minutes apart do not, so the ratio of each
/// round's pair is the measurement and the median of those ratios the result.
/// </summary>
internal static class SideBySideScrub
{
    public static void Run(string before, string after, int rounds, TextWriter output)
    {
        var a = Load(before);
        var b = Load(after);
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
                x = InterleavedScrub.CpuTime(a);
                y = InterleavedScrub.CpuTime(b);
            }
            else
            {
                y = InterleavedScrub.CpuTime(b);
                x = InterleavedScrub.CpuTime(a);
            }

            ta.Add(x);
            tb.Add(y);
            ratios.Add(y / x);
        }

        var c = CultureInfo.InvariantCulture;
        static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
        output.WriteLine(string.Create(c, $"Side by side, {rounds} rounds, load average {InterleavedPipeline.LoadAverage()}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC"));
        output.WriteLine(string.Create(c, $"before CPU ms/op: min {ta.Min():F2} median {Median(ta):F2}"));
        output.WriteLine(string.Create(c, $"after  CPU ms/op: min {tb.Min():F2} median {Median(tb):F2}"));
        output.WriteLine(string.Create(c, $"after / before: median of round ratios {Median(ratios):F3} (p25 {ratios.Order().ElementAt(rounds / 4):F3}, p75 {ratios.Order().ElementAt(rounds * 3 / 4):F3}); min / min {tb.Min() / ta.Min():F3}; median / median {Median(tb) / Median(ta):F3}"));
    }

    /// <summary>A build's ScrubAllDetectors pass, set up for 1,000 records, from the Vkb.Benchmarks.dll in <paramref name="directory"/>.</summary>
    private static Func<long> Load(string directory)
    {
        var path = Path.GetFullPath(Path.Combine(directory, "Vkb.Benchmarks.dll"));
        var context = new BuildContext(path);
        var type = context.LoadFromAssemblyPath(path).GetType("Vkb.Benchmarks.Pseudonymization.ScrubBenchmark", throwOnError: true)!;
        var benchmark = Activator.CreateInstance(type)!;
        type.GetProperty("Records")!.SetValue(benchmark, 1000);
        type.GetMethod("Setup")!.Invoke(benchmark, null);
        return type.GetMethod("ScrubAllDetectors")!.CreateDelegate<Func<long>>(benchmark);
    }

    /// <summary>A load context that resolves a build's own assemblies from its directory (the framework's are shared).</summary>
    private sealed class BuildContext(string mainAssembly) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(mainAssembly);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
    }
}
