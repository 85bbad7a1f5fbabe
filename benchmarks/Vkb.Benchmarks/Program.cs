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

// Corpus pin:   dotnet Vkb.Benchmarks.dll --corpus-scrub-sha256 <folder of *.jsonl>
//               (one SHA-256 per file over its scrubbed notes; see CorpusScrubDigest)
if (args is ["--corpus-scrub-sha256", _])
{
    Vkb.Benchmarks.Pseudonymization.CorpusScrubDigest.Run(args[1], Console.Out);
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

// Side by side: dotnet Vkb.Benchmarks.dll --side-by-side-scrub <before build dir> <after build dir> [rounds]
//               (two builds' ScrubAllDetectors in one process, alternating pass by pass; see SideBySide)
if (args is ["--side-by-side-scrub", _, _, ..])
{
    Vkb.Benchmarks.Pseudonymization.SideBySide.Scrub(
        args[1], args[2], args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 60, Console.Out);
    return;
}

//               dotnet Vkb.Benchmarks.dll --side-by-side-pipeline <before build dir> <after build dir> [rounds] [method]
//               (two builds' PipelineBenchmark method, PipelineSingleThreaded unless named, alternating run by run)
if (args is ["--side-by-side-pipeline", _, _, ..])
{
    Vkb.Benchmarks.Pseudonymization.SideBySide.Pipeline(
        args[1], args[2], args.Length > 4 ? args[4] : "PipelineSingleThreaded",
        args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 60, Console.Out);
    return;
}

// Repeats:      dotnet run -c Release --project benchmarks/Vkb.Benchmarks -- --scrub-repeats [passes] [repeats]
if (args is ["--scrub-repeats", ..])
{
    Vkb.Benchmarks.Pseudonymization.InterleavedScrub.Repeats(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 4, Console.Out);
    return;
}

// Profile:      dotnet Vkb.Benchmarks.dll --pipeline-repeats <method> [seconds]
//               (one PipelineBenchmark method, e.g. Pipeline, run again and again after set-up, for a profiler)
if (args is ["--pipeline-repeats", _, ..])
{
    Vkb.Benchmarks.Pseudonymization.InterleavedPipeline.Repeat(
        args[1], TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20), Console.Out);
    return;
}

// A/B:          dotnet Vkb.Benchmarks.dll --pipeline-ab <batch|threads|spool> <A> <B> [seconds]
//               (the every-record pipeline with two values of one option, alternating; paired median B / A)
if (args is ["--pipeline-ab", _, _, _, ..])
{
    var c = System.Globalization.CultureInfo.InvariantCulture;
    Vkb.Benchmarks.Pseudonymization.InterleavedPipeline.AB(args[1], long.Parse(args[2], c), long.Parse(args[3], c),
        TimeSpan.FromSeconds(args.Length > 4 ? double.Parse(args[4], c) : 60), Console.Out);
    return;
}

// Two cores:    dotnet Vkb.Benchmarks.dll --pipeline-pair [seconds] [flagged|every] [records]
//               (one single-threaded run alone, two at once in one process, the pipeline on all cores; paired throughput;
//               with "flagged" the default run; records: the extract's size, 2,000 unless given)
if (args is ["--pipeline-pair", ..])
{
    Vkb.Benchmarks.Pseudonymization.InterleavedPipeline.Pair(
        TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60), Console.Out,
        flaggedOnly: FlaggedOnly(args), records: RecordsOf(args));
    return;
}

// Phases:       dotnet Vkb.Benchmarks.dll --pipeline-phases [seconds] [flagged|every] [records]
//               (first pass, workers' time, search and second pass of a run, one core against all; with "flagged"
//               the default run, which transforms only the flagged records, instead of every record; records: the
//               extract's size, 2,000 unless given)
if (args is ["--pipeline-phases", ..])
{
    Vkb.Benchmarks.Pseudonymization.InterleavedPipeline.Phases(
        TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 60), Console.Out,
        flaggedOnly: FlaggedOnly(args), records: RecordsOf(args));
    return;
}

var config = DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);

// The run ("flagged": the default run; "every": every record) and the extract's size of --pipeline-pair and
// --pipeline-phases; anything else is refused, not read as the every-record run.
static bool FlaggedOnly(string[] args) => args.Length <= 2 ? false : args[2] switch
{
    "flagged" => true,
    "every" => false,
    _ => throw new ArgumentException("The third argument is the run: 'flagged' (the default run) or 'every' (every record)."),
};

static int RecordsOf(string[] args) =>
    args.Length <= 3 ? 2000
    : int.TryParse(args[3], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var records) && records is >= 100 and <= 1_000_000 ? records
    : throw new ArgumentException("The fourth argument is the extract's size: 100 to 1,000,000 records.");
