using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Running;

// Run all:      dotnet run -c Release --project benchmarks/Vkb.Benchmarks -- --filter '*'
// Dry smoke:    dotnet run -c Release --project benchmarks/Vkb.Benchmarks -- --filter '*' --job Dry
// Interleaved:  dotnet run -c Release --project benchmarks/Vkb.Benchmarks -- --interleaved-pipeline [seconds]
//               (PipelineBenchmark's baseline and pipeline in alternation; see InterleavedPipeline)
if (args is ["--interleaved-pipeline", ..])
{
    var seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60;
    Vkb.Benchmarks.Pseudonymization.InterleavedPipeline.Run(TimeSpan.FromSeconds(seconds), Console.Out);
    return;
}

// Output pin:   dotnet run -c Release --project benchmarks/Vkb.Benchmarks -- --output-sha256
//               (SHA-256 of PipelineBenchmark's output: a refactoring keeps it; see the pseudonymization README)
if (args is ["--output-sha256"])
{
    Vkb.Benchmarks.Pseudonymization.PipelineOutputDigest.Run(Console.Out);
    return;
}

// Scrub CPU:    dotnet run -c Release --project benchmarks/Vkb.Benchmarks -- --interleaved-scrub [rounds]
//               (ScrubBenchmark's baseline and scrubber in alternation, CPU time per pass; see InterleavedScrub)
if (args is ["--interleaved-scrub", ..])
{
    Vkb.Benchmarks.Pseudonymization.InterleavedScrub.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 40, Console.Out);
    return;
}

// Breakdown:    dotnet run -c Release --project benchmarks/Vkb.Benchmarks -- --scrub-breakdown [passes]
//               (the share of each detector in ScrubBenchmark's time, the regex detectors by name)
if (args is ["--scrub-breakdown", ..])
{
    Vkb.Benchmarks.Pseudonymization.InterleavedScrub.Breakdown(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20, Console.Out);
    return;
}

var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
