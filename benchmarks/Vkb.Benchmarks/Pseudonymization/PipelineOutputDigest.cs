using System.Globalization;
using System.Security.Cryptography;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>
/// The SHA-256 of the output of <see cref="PipelineBenchmark"/>'s 2,000 records, single-threaded and on all cores
/// (the two must agree): the pin that a refactoring keeps and only a deliberate behaviour change moves.
/// </summary>
internal static class PipelineOutputDigest
{
    public static void Run(TextWriter output)
    {
        var benchmark = new PipelineBenchmark { Records = 2000 };
        benchmark.Setup(warmUp: false);
        try
        {
            var single = SHA256.HashData(benchmark.PipelineOutput(singleThreaded: true));
            var parallel = SHA256.HashData(benchmark.PipelineOutput(singleThreaded: false));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"single-threaded {Convert.ToHexStringLower(single)}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all cores       {Convert.ToHexStringLower(parallel)}"));
        }
        finally
        {
            benchmark.Cleanup();
        }
    }
}
