using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Synthetic;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>
/// The whole-record pipeline on generated records against parse + re-serialise of the same JSONL with System.Text.Json
/// (single-threaded). <see cref="PipelineSingleThreaded"/> against the baseline is the headline (one core against one
/// core); <see cref="Pipeline"/> runs the same on all cores. Both transform every record (<c>OnlyFlagged = false</c>,
/// the same work as the baseline, which parses every record) with k-anonymity enforced (spool, lattice search,
/// second pass); <see cref="PipelineFlaggedOnly"/> is the default run, which transforms only the flagged records
/// (about 12 % here) after reading every record's flag, on one core (<see cref="PipelineFlaggedOnlyAllCores"/>: on all).
/// </summary>
/// <remarks>
/// The pipeline runs through many methods (JSON, NodaTime, a dozen generated regexes, the detectors) that tiered
/// JIT compilation takes tens of thousands of records to bring to their final code; a short job's three warm-up
/// invocations measured mostly that. <see cref="Setup"/> therefore runs every method of this class for a few
/// seconds first, the baseline as well, so the figures are the steady state a long extract run sees.
/// </remarks>
[MemoryDiagnoser]
public class PipelineBenchmark
{
    private byte[] _input = [];
    private byte[][] _lines = [];
    private PseudonymizationKey? _key;
    private PseudonymizationPipeline? _pipeline;
    private PseudonymizationPipeline? _singleThreaded;
    private PseudonymizationPipeline? _flaggedOnly;
    private PseudonymizationPipeline? _flaggedOnlyAllCores;

    [Params(2000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup() => Setup(warmUp: true);

    /// <summary>Generates the records and builds the pipelines; with <paramref name="warmUp"/>, runs every method for seconds.</summary>
    internal void Setup(bool warmUp)
    {
        var shape = ExtractShape.Small.WithRecords(Records);
        using var stream = new MemoryStream();
        new ExtractGenerator(shape, 42).WriteJsonLines(stream);
        _input = stream.ToArray();
        _lines = Encoding.UTF8.GetString(_input).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Encoding.UTF8.GetBytes).ToArray();
        _key = PseudonymizationKey.FromBytes(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        _pipeline = new PseudonymizationPipeline(_key, RecordPolicy.VkbDefault,
            new PseudonymizationOptions { Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, OnlyFlagged = false });
        _singleThreaded = new PseudonymizationPipeline(_key, RecordPolicy.VkbDefault,
            new PseudonymizationOptions { Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, OnlyFlagged = false, DegreeOfParallelism = 1 });
        _flaggedOnly = new PseudonymizationPipeline(_key, RecordPolicy.VkbDefault,
            new PseudonymizationOptions { Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, DegreeOfParallelism = 1 });
        _flaggedOnlyAllCores = new PseudonymizationPipeline(_key, RecordPolicy.VkbDefault,
            new PseudonymizationOptions { Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth });
        foreach (var method in warmUp ? new Func<long>[] { ParseAndReserialize, Pipeline, PipelineSingleThreaded, PipelineFlaggedOnly, PipelineFlaggedOnlyAllCores } : [])
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.Elapsed < TimeSpan.FromSeconds(4))
            {
                method();
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _key?.Dispose();

    /// <summary>
    /// The output buffer of the runs on this thread, reused (emptied, its capacity kept): a new input-sized buffer per run
    /// allocated and zeroed 5 MiB on the large-object heap before every run, baseline and pipeline alike, which is the
    /// harness's serial work, not theirs (a host writes to a file). One per thread: the pair harness runs two at once.
    /// </summary>
    [ThreadStatic]
    private static MemoryStream? t_output;

    private MemoryStream EmptyOutput()
    {
        var output = t_output ??= new MemoryStream(_input.Length);
        output.SetLength(0);
        return output;
    }

    [Benchmark(Baseline = true)]
    public long ParseAndReserialize()
    {
        var output = EmptyOutput();
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var line in _lines)
        {
            using var document = JsonDocument.Parse(line);
            document.RootElement.WriteTo(writer);
            writer.Flush();
            output.WriteByte((byte)'\n');
            writer.Reset();
        }

        return output.Length;
    }

    [Benchmark]
    public long Pipeline()
    {
        return Length(_pipeline!);
    }

    /// <summary>The output of one run, for <see cref="PipelineOutputDigest"/>.</summary>
    internal byte[] PipelineOutput(bool singleThreaded, bool flaggedOnly = false) =>
        Run((flaggedOnly ? _flaggedOnly : singleThreaded ? _singleThreaded : _pipeline)!).ToArray();

    [Benchmark]
    public long PipelineSingleThreaded()
    {
        return Length(_singleThreaded!);
    }

    [Benchmark]
    public long PipelineFlaggedOnly()
    {
        return Length(_flaggedOnly!);
    }

    /// <summary>The default run (flagged only) on all cores.</summary>
    [Benchmark]
    public long PipelineFlaggedOnlyAllCores()
    {
        return Length(_flaggedOnlyAllCores!);
    }

    /// <summary>One every-record run (or the default run) on one core or all, its phases handed to <paramref name="phases"/>.</summary>
    internal long ObservedRun(bool allCores, Action<RunPhases> phases, bool flaggedOnly = false)
    {
        var pipeline = flaggedOnly ? (allCores ? _flaggedOnlyAllCores! : _flaggedOnly!) : allCores ? _pipeline! : _singleThreaded!;
        pipeline.PhaseObserver = phases;
        try
        {
            return Length(pipeline);
        }
        finally
        {
            pipeline.PhaseObserver = null;
        }
    }

    /// <summary>A run of the every-record pipeline with other options (for A/B comparisons of a setting), returning a runner.</summary>
    internal Func<long> Variant(Action<PseudonymizationOptions> configure)
    {
        var shape = ExtractShape.Small.WithRecords(Records);
        var options = new PseudonymizationOptions { Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, OnlyFlagged = false };
        configure(options);
        var pipeline = new PseudonymizationPipeline(_key!, RecordPolicy.VkbDefault, options);
        return () => Length(pipeline);
    }

    /// <summary>The output's length of one run of <paramref name="pipeline"/>.</summary>
    private long Length(PseudonymizationPipeline pipeline) => Run(pipeline).Length;

    /// <summary>One run of <paramref name="pipeline"/> over the generated records into a new stream of the input's size.</summary>
    private MemoryStream Run(PseudonymizationPipeline pipeline)
    {
        var output = EmptyOutput();
        pipeline.RunAsync(new MemoryStream(_input, writable: false), output).GetAwaiter().GetResult();
        return output;
    }
}
