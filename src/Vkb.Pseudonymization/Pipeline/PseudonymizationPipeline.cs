using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Pipeline;

/// <summary>
/// The streaming pseudonymisation pipeline: JSON lines in, JSON lines out, in input order, with bounded
/// memory (batches of <see cref="PseudonymizationOptions.BatchSize"/> records, several transformed in parallel
/// while the next is read and the finished ones are written).
/// Each output record carries the policy id and hash, the key fingerprint and the phase. Errors name the
/// line and field path, never a value.
/// </summary>
/// <remarks>Thread safety: a pipeline may run several inputs concurrently; each run has its own state.</remarks>
public sealed class PseudonymizationPipeline
{
    private const int MaxReportedErrors = 100;
    private readonly PipelineSettings _settings;
    private readonly PseudonymizationOptions _options;
    private readonly Diagnostics.PseudonymizationTelemetry _telemetry = Diagnostics.PseudonymizationTelemetry.None;

    /// <summary>Creates a pipeline.</summary>
    /// <param name="key">The master key (not owned).</param>
    /// <param name="policy">The record policy, e.g. <see cref="RecordPolicy.VkbDefault"/>.</param>
    /// <param name="options">The options; <see cref="PseudonymizationOptions.Phase"/> is required.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public PseudonymizationPipeline(PseudonymizationKey key, RecordPolicy policy, PseudonymizationOptions options)
    {
        Preconditions.CheckNotNull(key);
        Preconditions.CheckNotNull(policy);
        _options = Preconditions.CheckNotNull(options);
        options.Validate();
        _settings = new PipelineSettings(key, policy, options);
    }

    /// <summary>Creates a pipeline that logs, counts and traces its runs (see <see cref="Diagnostics.VkbPseudonymizationDiagnostics"/>).</summary>
    /// <param name="key">The master key (not owned).</param>
    /// <param name="policy">The record policy.</param>
    /// <param name="options">The options; <see cref="PseudonymizationOptions.Phase"/> is required.</param>
    /// <param name="logger">Receives start, finish with counts, suppression and failures (never a value); null for none.</param>
    /// <param name="meterFactory">Creates the <c>Vkb.Pseudonymization</c> meter; null for a shared one.</param>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public PseudonymizationPipeline(PseudonymizationKey key, RecordPolicy policy, PseudonymizationOptions options,
        Microsoft.Extensions.Logging.ILogger<PseudonymizationPipeline>? logger, System.Diagnostics.Metrics.IMeterFactory? meterFactory = null)
        : this(key, policy, options) => _telemetry = new(logger, meterFactory);

    /// <summary>The options this pipeline runs with.</summary>
    internal PseudonymizationOptions Options => _options;

    /// <summary>The policy in use.</summary>
    public RecordPolicy Policy => _settings.Policy;

    /// <summary>
    /// Pseudonymises a stream of JSON lines into <paramref name="output"/> (UTF-8, '\n'). The output stream
    /// may hold partial content if the run fails; use <see cref="RunFileAsync"/> for atomic files.
    /// </summary>
    /// <param name="input">The input stream.</param>
    /// <param name="output">The output stream.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result.</returns>
    /// <exception cref="RecordRejectedException">A record is invalid (with <see cref="PseudonymizationOptions.FailOnInvalidRecord"/>), or the input is empty.</exception>
    /// <exception cref="InvalidOperationException">k-anonymity suppression is on; a stream cannot be rewritten, use the file or lines variant.</exception>
    public Task<PseudonymizationResult> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default) =>
        _telemetry.ObserveAsync("stream", _options.Phase, () => RunCoreAsync(input, output, cancellationToken));

    private async Task<PseudonymizationResult> RunCoreAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(output);
        Preconditions.CheckState(!_options.KAnonymity.Suppress, "Suppression needs a second pass; use RunFileAsync or PseudonymizeLines.");
        var run = await ProcessAsync(new StreamLineSource(input, _options.MaxLineBytes), output.WriteAsync, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return run.ToResult(this, suppressed: 0, suppressionApplied: false);
    }

    /// <summary>
    /// Pseudonymises a file into another, atomically: the output is written to a temporary file beside the
    /// target and moved into place only when the whole run succeeded; on any failure no output file remains.
    /// </summary>
    /// <param name="inputPath">The input JSONL file.</param>
    /// <param name="outputPath">The output JSONL file (replaced if it exists, only on success).</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result.</returns>
    /// <exception cref="FileNotFoundException">The input file does not exist.</exception>
    /// <exception cref="RecordRejectedException">A record is invalid, or the input is empty.</exception>
    public Task<PseudonymizationResult> RunFileAsync(string inputPath, string outputPath, CancellationToken cancellationToken = default) =>
        _telemetry.ObserveAsync("file", _options.Phase, () => RunFileCoreAsync(inputPath, outputPath, cancellationToken));

    private async Task<PseudonymizationResult> RunFileCoreAsync(string inputPath, string outputPath, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(inputPath);
        Preconditions.CheckNotNull(outputPath);
        if (!File.Exists(inputPath))
        {
            throw new FileNotFoundException("The input file does not exist.", inputPath);
        }

        var full = Path.GetFullPath(outputPath);
        var temp = full + string.Create(CultureInfo.InvariantCulture, $".{Environment.ProcessId}.tmp");
        var second = temp + "2";
        try
        {
            RunState run;
            var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            await using (input.ConfigureAwait(false))
            {
                var output = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await using (output.ConfigureAwait(false))
                {
                    run = await ProcessAsync(new StreamLineSource(input, _options.MaxLineBytes), output.WriteAsync, cancellationToken).ConfigureAwait(false);
                    await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            long suppressed = 0;
            if (_options.KAnonymity.Suppress && run.SmallClassRecords() > 0)
            {
                suppressed = await SuppressAsync(run, temp, second, _options.BatchSize, cancellationToken).ConfigureAwait(false);
                File.Move(second, temp, overwrite: true);
            }

            File.Move(temp, full, overwrite: true);
            return run.ToResult(this, suppressed, _options.KAnonymity.Suppress);
        }
        finally
        {
            File.Delete(temp);
            File.Delete(second);
        }
    }

    /// <summary>Pseudonymises a sequence of JSON lines in memory (for tests, demos and small hosts).</summary>
    /// <param name="lines">The input lines.</param>
    /// <returns>The output lines and the result.</returns>
    /// <exception cref="RecordRejectedException">A record is invalid, or there are no records.</exception>
    public PseudonymizedLines PseudonymizeLines(IEnumerable<string> lines) => PseudonymizeLines(lines, CancellationToken.None);

    /// <summary>Pseudonymises a sequence of JSON lines in memory; <paramref name="cancellationToken"/> stops it between records.</summary>
    /// <param name="lines">The input lines.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The output lines and the result.</returns>
    /// <exception cref="RecordRejectedException">A record is invalid, or there are no records.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public PseudonymizedLines PseudonymizeLines(IEnumerable<string> lines, CancellationToken cancellationToken) =>
        _telemetry.Observe(_options.Phase, () => PseudonymizeLinesCore(lines, cancellationToken));

    private PseudonymizedLines PseudonymizeLinesCore(IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(lines);
        var output = new List<string>();
        var run = ProcessAsync(new StringLineSource(lines, _options.MaxLineBytes), (bytes, _) =>
        {
            // The written records of one batch, each ending in '\n' (which JSON output never holds otherwise).
            var rest = bytes.Span;
            for (var end = rest.IndexOf((byte)'\n'); end >= 0; end = rest.IndexOf((byte)'\n'))
            {
                output.Add(Encoding.UTF8.GetString(rest[..end]));
                rest = rest[(end + 1)..];
            }

            return ValueTask.CompletedTask;
        }, cancellationToken).AsTask().GetAwaiter().GetResult();
        long suppressed = 0;
        if (_options.KAnonymity.Suppress && run.SmallClassRecords() > 0)
        {
            var kept = new List<string>(output.Count);
            for (var i = 0; i < output.Count; i++)
            {
                if (run.Keep(i))
                {
                    kept.Add(output[i]);
                }
            }

            suppressed = output.Count - kept.Count;
            output = kept;
        }

        return new PseudonymizedLines(output, run.ToResult(this, suppressed, _options.KAnonymity.Suppress));
    }

    private static async Task<long> SuppressAsync(RunState run, string from, string to, int batchSize, CancellationToken cancellationToken)
    {
        long suppressed = 0;
        var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (input.ConfigureAwait(false))
        {
            var output = new FileStream(to, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (output.ConfigureAwait(false))
            {
                var source = new StreamLineSource(input, int.MaxValue / 4);
                using var batch = new LineBatch();
                using var kept = new ByteBuffer();
                var index = 0;
                while (true)
                {
                    batch.Clear();
                    kept.Clear();
                    await source.FillAsync(batch, batchSize, cancellationToken).ConfigureAwait(false);
                    if (batch.Count == 0)
                    {
                        break;
                    }

                    for (var i = 0; i < batch.Count; i++)
                    {
                        if (run.Keep(index++))
                        {
                            var line = batch.Bytes(i).Span;
                            line.CopyTo(kept.GetSpan(line.Length + 1));
                            kept.Advance(line.Length);
                            kept.Write((byte)'\n');
                        }
                        else
                        {
                            suppressed++;
                        }
                    }

                    await output.WriteAsync(kept.WrittenMemory, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return suppressed;
    }

    /// <summary>
    /// Reads batches of lines, transforms each batch on the thread pool (up to <see cref="PseudonymizationOptions.DegreeOfParallelism"/>
    /// batches at once, each by one transformer, up to twice as many handed out) while the next batch is read, and accepts and writes the
    /// batches in input order as they complete. Memory is bounded by the batches in flight.
    /// </summary>
    private async ValueTask<RunState> ProcessAsync(ILineSource source, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> sink, CancellationToken cancellationToken)
    {
        var run = new RunState(_options);
        var transformers = new TransformerPool(_settings);

        // At most DegreeOfParallelism batches are transformed at once, but up to twice as many are handed out:
        // batches finish out of order, and a worker that finishes one ahead of an older batch takes the next one
        // at once instead of idling until the older one is accepted. The scheduler is hidden from the work (a
        // host detector starting tasks gets the default one), so nothing a detector queues can wait for a slot.
        var workers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, _options.DegreeOfParallelism).ConcurrentScheduler;
        var maxInFlight = 2 * _options.DegreeOfParallelism;
        var spare = new Stack<Batch>();
        var inFlight = new Queue<Task<Batch>>();
        var batches = new List<Batch>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var completed = false;
        try
        {
            while (true)
            {
                if (spare.Count == 0)
                {
                    batches.Add(new Batch());
                    spare.Push(batches[^1]);
                }

                var batch = spare.Pop();
                batch.Clear();
                await source.FillAsync(batch.Lines, _options.BatchSize, cancellationToken).ConfigureAwait(false);
                if (batch.Lines.Count == 0)
                {
                    break;
                }

                if (_options.DegreeOfParallelism == 1)
                {
                    spare.Push(await AcceptAsync(TransformBatch(batch, transformers, stop.Token), run, sink, cancellationToken).ConfigureAwait(false));
                    continue;
                }

                inFlight.Enqueue(Task.Factory.StartNew(() => TransformBatch(batch, transformers, stop.Token), stop.Token, TaskCreationOptions.DenyChildAttach | TaskCreationOptions.HideScheduler, workers));
                while (inFlight.Count >= maxInFlight)
                {
                    spare.Push(await AcceptAsync(await inFlight.Dequeue().ConfigureAwait(false), run, sink, cancellationToken).ConfigureAwait(false));
                }
            }

            while (inFlight.Count > 0)
            {
                await AcceptAsync(await inFlight.Dequeue().ConfigureAwait(false), run, sink, cancellationToken).ConfigureAwait(false);
            }

            completed = true;
        }
        finally
        {
            if (!completed)
            {
                // A failure or cancellation: stop the batches still running and wait for them before their
                // transformers are disposed; their own outcome no longer matters.
                await stop.CancelAsync().ConfigureAwait(false);
                foreach (var task in inFlight)
                {
                    await ((Task)task).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                }
            }

            transformers.DisposeInto(run.Counters);
            foreach (var batch in batches)
            {
                batch.Dispose();
            }
        }

        if (run.RecordsRead == 0)
        {
            throw new RecordRejectedException(new RecordError(0, "$", "The input holds no records."));
        }

        _options.Progress?.Report(new(run.RecordsRead, run.RecordsWritten, run.RecordsRejected, Completed: true));
        return run;
    }

    private Batch TransformBatch(Batch batch, TransformerPool transformers, CancellationToken cancellationToken)
    {
        var lines = batch.Lines;
        var transformer = transformers.Rent();
        try
        {
            batch.Outcomes = batch.Outcomes.Length >= lines.Count ? batch.Outcomes : new RecordOutcome[lines.Count];
            for (var i = 0; i < lines.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                batch.Outcomes[i] = lines.IsTooLong(i)
                    ? new RecordOutcome
                    {
                        Kind = OutcomeKind.Rejected,
                        Error = new RecordError(lines.LineNumber(i), "$", string.Create(CultureInfo.InvariantCulture, $"The line is longer than {_options.MaxLineBytes} bytes.")),
                    }
                    : transformer.Transform(lines.Bytes(i), lines.LineNumber(i), batch.Output);
            }
        }
        finally
        {
            transformers.Return(transformer);
        }

        return batch;
    }

    private static async ValueTask<Batch> AcceptAsync(Batch batch, RunState run, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> sink, CancellationToken cancellationToken)
    {
        for (var i = 0; i < batch.Lines.Count; i++)
        {
            run.Accept(batch.Outcomes[i]);
            batch.Outcomes[i] = default;
        }

        // The batch's written records follow each other in its output, in input order.
        if (batch.Output.Length > 0)
        {
            await sink(batch.Output.WrittenMemory, cancellationToken).ConfigureAwait(false);
        }

        return batch;
    }

    /// <summary>Input lines, their outcomes and the written records of one batch; reused within a run.</summary>
    private sealed class Batch : IDisposable
    {
        public LineBatch Lines { get; } = new();

        public ByteBuffer Output { get; } = new();

        public RecordOutcome[] Outcomes { get; set; } = [];

        public void Clear()
        {
            Lines.Clear();
            Output.Clear();
        }

        public void Dispose()
        {
            Lines.Dispose();
            Output.Dispose();
        }
    }

    /// <summary>The transformers of one run: one per batch being transformed, reused, with their counts merged at the end.</summary>
    private sealed class TransformerPool(PipelineSettings settings)
    {
        private readonly ConcurrentBag<RecordTransformer> _idle = [];
        private readonly List<RecordTransformer> _all = [];

        public RecordTransformer Rent()
        {
            if (_idle.TryTake(out var transformer))
            {
                return transformer;
            }

            transformer = new RecordTransformer(settings);
            lock (_all)
            {
                _all.Add(transformer);
            }

            return transformer;
        }

        public void Return(RecordTransformer transformer) => _idle.Add(transformer);

        public void DisposeInto(RunCounters counters)
        {
            foreach (var transformer in _all)
            {
                transformer.MergeCountsInto(counters);
                transformer.Dispose();
            }
        }
    }

    /// <summary>The mutable state of one run.</summary>
    private sealed class RunState
    {
        private readonly PseudonymizationOptions _options;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        // The class of every written record, in output order, as an index into _sizes: only one string per
        // class lives through the run, not one per record.
        private readonly List<int> _quasi = [];
        private readonly Dictionary<string, int> _classIds = new(StringComparer.Ordinal);
        private readonly List<int> _sizes = [];
        private readonly Dictionary<string, List<ReidentificationEntry>> _kits = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seenPseudonyms = new(StringComparer.Ordinal);
        private readonly List<RecordError> _errors = [];

        public RunState(PseudonymizationOptions options) => _options = options;

        public RunCounters Counters { get; } = new();

        public long RecordsRead { get; private set; }

        public long RecordsWritten { get; private set; }

        public long RecordsRejected { get; private set; }

        public long RecordsNotFlagged { get; private set; }

        /// <summary>Counts one outcome; throws for a rejected record if invalid records fail the run.</summary>
        public void Accept(in RecordOutcome outcome)
        {
            RecordsRead++;
            if ((RecordsRead & 1023) == 0)
            {
                _options.Progress?.Report(new(RecordsRead, RecordsWritten, RecordsRejected, Completed: false));
            }

            switch (outcome.Kind)
            {
                case OutcomeKind.Rejected:
                    if (_options.FailOnInvalidRecord)
                    {
                        throw new RecordRejectedException(outcome.Error!);
                    }

                    RecordsRejected++;
                    if (_errors.Count < MaxReportedErrors)
                    {
                        _errors.Add(outcome.Error!);
                    }

                    return;
                case OutcomeKind.NotFlagged:
                    RecordsNotFlagged++;
                    return;
                default:
                    break;
            }

            RecordsWritten++;
            if (_options.KAnonymity.QuasiIdentifiers.Count > 0)
            {
                var key = outcome.QuasiIdentifier ?? string.Empty;
                if (!_classIds.TryGetValue(key, out var id))
                {
                    _classIds.Add(key, id = _sizes.Count);
                    _sizes.Add(0);
                }

                _quasi.Add(id);
                _sizes[id]++;
            }

            if (outcome.Pseudonym is { } pseudonym && outcome.Identifier is { } identifier && _seenPseudonyms.Add(pseudonym))
            {
                var jobCentre = outcome.JobCentre ?? string.Empty;
                if (!_kits.TryGetValue(jobCentre, out var list))
                {
                    _kits[jobCentre] = list = [];
                }

                list.Add(new ReidentificationEntry(pseudonym, identifier));
            }
        }

        public bool Keep(int index) =>
            _quasi.Count == 0 || _sizes[_quasi[index]] >= _options.KAnonymity.K;

        public long SmallClassRecords() => _sizes.Where(c => c < _options.KAnonymity.K).Sum(c => (long)c);

        public PseudonymizationResult ToResult(PseudonymizationPipeline pipeline, long suppressed, bool suppressionApplied)
        {
            var k = _options.KAnonymity.K;
            var kReport = new KAnonymityReport(
                k,
                [.. _options.KAnonymity.QuasiIdentifiers],
                _sizes.Count,
                _sizes.Count == 0 ? 0 : _sizes.Min(),
                _sizes.Count(c => c < k),
                SmallClassRecords(),
                suppressionApplied);
            var settings = pipeline._settings;
            var report = new RunReport(
                settings.Policy.Id,
                settings.Policy.Hash,
                settings.Pseudonymizer.KeyFingerprint,
                settings.Phase,
                RecordsRead,
                RecordsWritten - suppressed,
                RecordsRejected,
                RecordsNotFlagged,
                suppressed,
                Counters.DroppedByPolicy,
                Counters.DroppedUnlisted,
                Counters.Replacements,
                kReport,
                _errors,
                _watch.Elapsed);
            var map = _kits.Count == 0
                ? ReidentificationMap.Empty
                : new ReidentificationMap(_kits.ToDictionary(p => p.Key, p => (IReadOnlyList<ReidentificationEntry>)p.Value, StringComparer.Ordinal));
            return new PseudonymizationResult(report, map);
        }
    }
}

/// <summary>The output of <see cref="PseudonymizationPipeline.PseudonymizeLines(IEnumerable{string})"/>.</summary>
/// <param name="Lines">The output lines, in input order.</param>
/// <param name="Result">The report and re-identification map.</param>
public sealed record PseudonymizedLines(IReadOnlyList<string> Lines, PseudonymizationResult Result);
