using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Vkb.Pseudonymization.Anonymity;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Pipeline;

/// <summary>
/// The streaming pseudonymisation pipeline: JSON lines in, JSON lines out (batches of up to
/// <see cref="PseudonymizationOptions.BatchSize"/> records, several transformed in parallel while the next is read; the
/// transformed records go to a spool, memory up to <see cref="PseudonymizationOptions.SpoolMemoryLimit"/>, then a
/// temporary file). Each output record carries the policy id and hash, the key fingerprint and the phase. Errors name
/// the line and field path, never a value.
/// </summary>
/// <remarks>
/// <para>The output is in export order, by the subject's pseudonym, never in the extract's order: an extract grouped by
/// team lead or case worker would otherwise publish each employee's cases one after the other (P2, R1). The order is
/// deterministic: the same extract, key and phase give the same bytes.</para>
/// <para>Thread safety: a pipeline may run several inputs concurrently; each run has its own state.</para>
/// </remarks>
public sealed class PseudonymizationPipeline
{
    private const int MaxReportedErrors = 100;
    private readonly PipelineSettings _settings;
    private readonly PseudonymizationOptions _options;
    private readonly Diagnostics.PseudonymizationTelemetry _telemetry = Diagnostics.PseudonymizationTelemetry.None;
    private int _spoolFilesOpened;

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
        Preconditions.CheckArgument(options.PhaseCustomerProcesses.Count == 0 || policy.CustomerProcess is not null,
            "The phase names its customer processes (PhaseCustomerProcesses), but the policy names no customerProcess path to check them against.", nameof(options));
        _settings = new PipelineSettings(key, policy, options);
        if (options.KAnonymity.EarlierExports is { Records: > 0 } earlier)
        {
            // Pseudonyms of another phase or key, or classes of another policy, link nothing: the union would be judged wrong.
            Preconditions.CheckArgument(earlier.Phase == options.Phase,
                "The earlier exports (KAnonymity.EarlierExports) are of another phase than this run's.", nameof(KAnonymityOptions.EarlierExports));
            Preconditions.CheckArgument(earlier.PolicyHash == policy.Hash,
                "The earlier exports (KAnonymity.EarlierExports) were written by another policy than this run's.", nameof(KAnonymityOptions.EarlierExports));
            Preconditions.CheckArgument(earlier.KeyFingerprint == _settings.Pseudonymizer.KeyFingerprint.Value,
                "The earlier exports (KAnonymity.EarlierExports) were written with another key than this run's.", nameof(KAnonymityOptions.EarlierExports));
        }
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
    /// Pseudonymises a stream of JSON lines into <paramref name="output"/> (UTF-8, '\n'). The first pass goes to a spool
    /// (pseudonymised only; pooled memory up to <see cref="PseudonymizationOptions.SpoolMemoryLimit"/>, beyond it a file,
    /// 0600, whose name is removed on Unix at once) and nothing reaches <paramref name="output"/> until the
    /// generalisation is found (with k-anonymity enforced, the default when the policy declares quasi-identifiers) and the
    /// export order is known; the output stream may hold partial content if the second pass fails; use
    /// <see cref="RunFileAsync"/> for atomic files.
    /// </summary>
    /// <param name="input">The input stream.</param>
    /// <param name="output">The output stream.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The result.</returns>
    /// <exception cref="RecordRejectedException">A record is invalid (with <see cref="PseudonymizationOptions.FailOnInvalidRecord"/>), or the input is empty.</exception>
    /// <exception cref="KAnonymityException">No generalisation reaches k within the suppression budget (nothing is written).</exception>
    public Task<PseudonymizationResult> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default) =>
        _telemetry.ObserveAsync("stream", _options.Phase, () => RunStreamObservedAsync(input, output, cancellationToken));

    private async Task<PseudonymizationResult> RunStreamObservedAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(output);
        var (run, node) = await RunCoreAsync(new StreamLineSource(input, _options.MaxLineBytes), output, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return run.ToResult(this, node);
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
    /// <exception cref="KAnonymityException">No generalisation reaches k within the suppression budget.</exception>
    public Task<PseudonymizationResult> RunFileAsync(string inputPath, string outputPath, CancellationToken cancellationToken = default) =>
        _telemetry.ObserveAsync("file", _options.Phase, () => RunFileObservedAsync(inputPath, outputPath, cancellationToken));

    private async Task<PseudonymizationResult> RunFileObservedAsync(string inputPath, string outputPath, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(inputPath);
        Preconditions.CheckNotNull(outputPath);
        if (!File.Exists(inputPath))
        {
            throw new FileNotFoundException("The input file does not exist.", inputPath);
        }

        // The temporary file has a random name, is created exclusively with mode 0600 beside the target (never
        // through a planted link) and is renamed over it only when the run succeeded (SafeFile; issue 17, class 6).
        var full = Path.GetFullPath(outputPath);
        var output = SafeFile.CreateTemp(full, out var temp, useAsync: true);
        try
        {
            RunState run;
            LatticeNode? node;
            var input = new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            await using (input.ConfigureAwait(false))
            {
                await using (output.ConfigureAwait(false))
                {
                    (run, node) = await RunCoreAsync(new StreamLineSource(input, _options.MaxLineBytes), output, cancellationToken).ConfigureAwait(false);
                    await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            // The result (report, kits) first: nothing that can fail comes after the output is in place.
            var result = run.ToResult(this, node);
            SafeFile.Commit(temp, full);
            return result;
        }
        finally
        {
            await output.DisposeAsync().ConfigureAwait(false);
            SafeFile.DeleteQuietly(temp);
        }
    }

    /// <summary>Pseudonymises a sequence of JSON lines in memory (for tests, demos and small hosts).</summary>
    /// <param name="lines">The input lines.</param>
    /// <returns>The output lines and the result.</returns>
    /// <exception cref="RecordRejectedException">A record is invalid, or there are no records.</exception>
    /// <exception cref="KAnonymityException">No generalisation reaches k within the suppression budget.</exception>
    public PseudonymizedLines PseudonymizeLines(IEnumerable<string> lines) => PseudonymizeLines(lines, CancellationToken.None);

    /// <summary>Pseudonymises a sequence of JSON lines in memory; <paramref name="cancellationToken"/> stops it between records.</summary>
    /// <param name="lines">The input lines.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>The output lines and the result.</returns>
    /// <exception cref="RecordRejectedException">A record is invalid, or there are no records.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public PseudonymizedLines PseudonymizeLines(IEnumerable<string> lines, CancellationToken cancellationToken) =>
        _telemetry.Observe(_options.Phase, () => PseudonymizeLinesObserved(lines, cancellationToken));

    private PseudonymizedLines PseudonymizeLinesObserved(IEnumerable<string> lines, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(lines);
        using var output = new MemoryStream();
        var (run, node) = RunCoreAsync(new StringLineSource(lines, _options.MaxLineBytes), output, cancellationToken).AsTask().GetAwaiter().GetResult();
        var text = Encoding.UTF8.GetString(output.GetBuffer(), 0, (int)output.Length);
        return new PseudonymizedLines(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), run.ToResult(this, node));
    }

    /// <summary>
    /// One run: the first pass to a spool (memory, then a file beyond <see cref="PseudonymizationOptions.SpoolMemoryLimit"/>),
    /// enforcing k-anonymity the lattice search over the distinct quasi-identifier tuples, and the second pass from the
    /// spool in export order (<see cref="ExportOrder"/>: never the extract's, which would group an employee's cases).
    /// </summary>
    private async ValueTask<(RunState Run, LatticeNode? Node)> RunCoreAsync(ILineSource source, Stream output, CancellationToken cancellationToken)
    {
        // The spool file is opened only when the first pass outgrows memory: a spool folder that is not there fails the
        // run now, not minutes into a large extract.
        if (_options.SpoolDirectory is { } folder && !Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException("The spool directory (SpoolDirectory) does not exist.");
        }

        var spool = new Spool(_options.SpoolMemoryLimit, OpenSpool);
        await using (spool.ConfigureAwait(false))
        {
            // The spool is memory up to a limit, then a local temporary file: written and read synchronously (on Unix
            // an asynchronous file write is a thread-pool work item, a hop per 64 KiB that costs more than the write
            // into the page cache). Both passes around the search run on one thread: the less they cost, the more of
            // a run the cores share.
            var run = await ProcessAsync(source, (bytes, _) => { spool.Write(bytes.Span); return ValueTask.CompletedTask; }, cancellationToken).ConfigureAwait(false);
            spool.Flush();
            var searched = Stopwatch.GetTimestamp();
            // The records sorted by subject first: that gives each tuple's people and the people of several tuples
            // (P9 counts people); the export order then leaves out the suppressed records.
            run.SortBySubject();
            var node = _settings.EnforceK ? run.Search(_settings) : null;
            var replacements = node is null ? null : run.Replacements(node);
            var order = run.ExportOrder(spool, _settings.SpoolHeaderBytes, node);
            var written = Stopwatch.GetTimestamp();
            await KAnonymityPass.WriteAsync(spool, output, _settings.SpoolHeaderBytes, replacements, order, cancellationToken).ConfigureAwait(false);
            run.Phases = run.Phases with { Search = Stopwatch.GetElapsedTime(searched, written), SecondPass = Stopwatch.GetElapsedTime(written) };
            PhaseObserver?.Invoke(run.Phases);
            return (run, node);
        }
    }

    /// <summary>Receives each run's phase times (for the benchmarks' <c>--pipeline-phases</c>); null for none.</summary>
    internal Action<RunPhases>? PhaseObserver { get; set; }

    /// <summary>How many spool files this pipeline's runs opened (a run below the memory limit opens none).</summary>
    internal int SpoolFilesOpened => _spoolFilesOpened;

    /// <summary>
    /// A new spool file: random name, created exclusively, owner-only. On Unix its name is removed at once (the open
    /// handle keeps the data), so a run that is killed leaves nothing behind: the spool holds records before
    /// generalisation and suppression. On Windows it is deleted when closed, which the system also does for a killed
    /// process's handle.
    /// </summary>
    private FileStream OpenSpool()
    {
        Interlocked.Increment(ref _spoolFilesOpened);
        var directory = _options.SpoolDirectory ?? Path.GetTempPath();
        var path = Path.Combine(directory, "vkb-spool-" + Guid.NewGuid().ToString("N") + ".tmp");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            Options = OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None, // read back in export order, not in sequence
            BufferSize = 1 << 16,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var file = new FileStream(path, options);
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                File.Delete(path);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        return file;
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
        var started = Stopwatch.GetTimestamp();

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
                await source.FillAsync(batch.Lines, GuidedBatchSize(_options.BatchSize, _options.DegreeOfParallelism, source.EstimateRemainingLines()), cancellationToken).ConfigureAwait(false);
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

        run.Phases = new RunPhases(Stopwatch.GetElapsedTime(started), transformers.Busy, transformers.Batches, default, default);
        if (run.RecordsRead == 0)
        {
            throw new RecordRejectedException(new RecordError(0, "$", "The input holds no records."));
        }

        _options.Progress?.Report(new(run.RecordsRead, run.RecordsWritten, run.RecordsRejected, Completed: true));
        return run;
    }

    /// <summary>
    /// The size of the next batch: <see cref="PseudonymizationOptions.BatchSize"/>, but towards the end of an input that can
    /// tell how much is left, half of each worker's share of the rest (guided self-scheduling), down to
    /// <see cref="MinGuidedBatch"/>. The last batches are small, so no core idles through most of a batch while another
    /// finishes its last one. Batch boundaries change neither the output nor its order.
    /// </summary>
    /// <param name="batchSize">The configured batch size.</param>
    /// <param name="parallelism">The degree of parallelism.</param>
    /// <param name="remaining">About how many lines are left; null where the source cannot tell.</param>
    internal static int GuidedBatchSize(int batchSize, int parallelism, long? remaining) =>
        parallelism == 1 || batchSize <= MinGuidedBatch || remaining is not { } left
            ? batchSize
            : (int)Math.Clamp(left / (2L * parallelism), MinGuidedBatch, batchSize);

    /// <summary>The smallest guided batch (a batch's hand-over to a worker and back costs about as much as a record).</summary>
    internal const int MinGuidedBatch = 16;

    private Batch TransformBatch(Batch batch, TransformerPool transformers, CancellationToken cancellationToken)
    {
        var lines = batch.Lines;
        var transformer = transformers.Rent();
        var started = Stopwatch.GetTimestamp();
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
            transformers.AddBusy(Stopwatch.GetElapsedTime(started));
        }

        return batch;
    }

    private static async ValueTask<Batch> AcceptAsync(Batch batch, RunState run, Func<ReadOnlyMemory<byte>, CancellationToken, ValueTask> sink, CancellationToken cancellationToken)
    {
        for (var i = 0; i < batch.Lines.Count; i++)
        {
            run.Accept(batch.Outcomes[i], batch.Output, batch.Lines.LineNumber(i));
            batch.Outcomes[i] = default;
        }

        // The batch's written records follow each other in its output, in input order.
        if (batch.Output.Length > 0)
        {
            await sink(batch.Output.WrittenMemory, cancellationToken).ConfigureAwait(false);
            run.SpoolBase += batch.Output.Length;
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
        private int _batches;
        private long _busyTicks;

        /// <summary>The time spent transforming batches, summed over the workers.</summary>
        public TimeSpan Busy => TimeSpan.FromTicks(Interlocked.Read(ref _busyTicks));

        /// <summary>The batches transformed.</summary>
        public int Batches => Volatile.Read(ref _batches);

        public void AddBusy(TimeSpan busy)
        {
            Interlocked.Add(ref _busyTicks, busy.Ticks);
            Interlocked.Increment(ref _batches);
        }

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

    /// <summary>The mutable state of one run (accepted on one thread, in input order).</summary>
    private sealed class RunState
    {
        private readonly PseudonymizationOptions _options;
        private readonly Stopwatch _watch = Stopwatch.StartNew();

        // One entry per distinct quasi-identifier tuple (its key and record count): memory is bounded by the
        // distinct tuples, not the records; the spool header of each record names its tuple.
        private readonly Dictionary<string, int> _tupleIds = new(StringComparer.Ordinal);
        private readonly List<string> _tupleKeys = [];
        private readonly List<long> _tupleCounts = [];
        private readonly List<(string JobCentre, ReidentificationEntry Entry, int Tuple, long Line, ulong Key)> _kitEntries = [];
        private readonly List<RecordError> _errors = [];
        private LatticeSearch? _search;
        private List<string?[]>? _tuples;

        private readonly List<(ulong Key, long Position, int Tuple)> _order = [];

        // Per tuple its distinct subjects, and the subjects with records in several tuples (each with its tuples and
        // records in each) by order key; made from the records sorted by subject (see Subjects).
        private List<long>? _tupleSubjects;
        private List<(int[] Tuples, long[] Records)>? _spanning;
        private Dictionary<ulong, int>? _spanningIndex;
        private List<int>? _priorOf;

        public RunState(PseudonymizationOptions options) => _options = options;

        /// <summary>The spool's length before the batch being accepted (its records' headers stand at this plus their offsets).</summary>
        public long SpoolBase { get; set; }

        public RunCounters Counters { get; } = new();

        /// <summary>The run's phase times (see <see cref="PhaseObserver"/>).</summary>
        public RunPhases Phases { get; set; }

        public long RecordsRead { get; private set; }

        public long RecordsWritten { get; private set; }

        public long RecordsRejected { get; private set; }

        public long RecordsNotFlagged { get; private set; }

        public long RecordsFlaggedOutsidePhase { get; private set; }

        /// <summary>Counts one outcome, writes a written record's tuple id into its spool header and notes its place in the export order; throws for a rejected record if invalid records fail the run.</summary>
        public void Accept(in RecordOutcome outcome, ByteBuffer output, long line)
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
                case OutcomeKind.FlaggedOutsidePhase:
                    RecordsFlaggedOutsidePhase++;
                    return;
                default:
                    break;
            }

            RecordsWritten++;
            var tuple = -1;
            if (outcome.QuasiIdentifier is { } key)
            {
                if (!_tupleIds.TryGetValue(key, out tuple))
                {
                    _tupleIds.Add(key, tuple = _tupleKeys.Count);
                    _tupleKeys.Add(key);
                    _tupleCounts.Add(0);
                }

                _tupleCounts[tuple]++;
            }

            BinaryPrimitives.WriteInt32LittleEndian(output.WrittenSpan(outcome.OutputOffset, 4), tuple);
            _order.Add((outcome.OrderKey, SpoolBase + outcome.OutputOffset, tuple));

            if (outcome.Pseudonym is { } pseudonym && outcome.Identifier is { } identifier)
            {
                _kitEntries.Add((outcome.JobCentre ?? string.Empty, new ReidentificationEntry(pseudonym, identifier), tuple, line, outcome.OrderKey));
            }
        }

        /// <summary>Sorts the written records by order key (the subject's pseudonym) and counts the people per tuple (<see cref="Subjects"/>).</summary>
        public void SortBySubject()
        {
            var entries = CollectionsMarshal.AsSpan(_order);
            entries.Sort(static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Position.CompareTo(b.Position));
            Subjects(entries);
        }

        /// <summary>
        /// The spool positions of the published records in export order: by order key (the subject's pseudonym); a
        /// subject's several records (several months) by a hash of their own bytes, so that nothing of the extract's order
        /// remains. With <paramref name="node"/>, the suppressed records are left out: all of a spanning person's records
        /// if their signature group is below k, else a record whose tuple's one-tuple group is below k.
        /// </summary>
        public long[] ExportOrder(Spool spool, int headerBytes, LatticeNode? node)
        {
            var entries = CollectionsMarshal.AsSpan(_order);
            var positions = new List<long>(entries.Length);
            for (var i = 0; i < entries.Length;)
            {
                var end = i + 1;
                while (end < entries.Length && entries[end].Key == entries[i].Key)
                {
                    end++;
                }

                var first = positions.Count;
                for (var j = i; j < end; j++)
                {
                    if (!IsSuppressed(node, entries[j].Key, entries[j].Tuple))
                    {
                        positions.Add(entries[j].Position);
                    }
                }

                if (positions.Count - first > 1)
                {
                    ByContent(spool, headerBytes, CollectionsMarshal.AsSpan(positions)[first..]);
                }

                i = end;
            }

            return [.. positions];
        }

        /// <summary>
        /// Whether <paramref name="node"/> suppresses a record of the subject with order key <paramref name="key"/> in
        /// <paramref name="tuple"/>: a spanning person's records all or none (their signature group), another's by its
        /// tuple's one-tuple group. A record without quasi-identifiers is never suppressed (it joins no class). The export
        /// order and the kits ask the same question.
        /// </summary>
        private bool IsSuppressed(LatticeNode? node, ulong key, int tuple) =>
            node is not null && tuple >= 0 &&
            (_spanningIndex!.TryGetValue(key, out var person) ? node.SuppressedSubjects[person] : node.SuppressedTuples[tuple]);

        /// <summary>
        /// Counts, from the entries sorted by subject, each tuple's distinct subjects and lists the subjects whose
        /// records stand in more than one tuple, with their records per tuple (a subject is its pseudonym's order key: 60 bits, so two subjects
        /// share one only by a collision, which makes a class smaller, never larger). A record without a subject
        /// has a key of its own (see <see cref="Pipeline.ExportOrder"/>): it counts as one subject.
        /// </summary>
        private void Subjects(ReadOnlySpan<(ulong Key, long Position, int Tuple)> entries)
        {
            var counts = new List<long>(_tupleCounts.Count);
            counts.AddRange(Enumerable.Repeat(0L, _tupleCounts.Count));
            var spanning = new List<(int[] Tuples, long[] Records)>();
            var priorOf = new List<int>();
            var earlier = _options.KAnonymity.Enforce ? _options.KAnonymity.EarlierExports is { Records: > 0 } e ? e : null : null;
            var index = new Dictionary<ulong, int>();
            var tuples = new List<int>();
            var records = new List<long>();
            for (var i = 0; i < entries.Length;)
            {
                var end = i + 1;
                while (end < entries.Length && entries[end].Key == entries[i].Key)
                {
                    end++;
                }

                tuples.Clear();
                records.Clear();
                for (var j = i; j < end; j++)
                {
                    if (entries[j].Tuple < 0)
                    {
                        continue;
                    }

                    var at = tuples.IndexOf(entries[j].Tuple);
                    if (at < 0)
                    {
                        tuples.Add(entries[j].Tuple);
                        records.Add(1);
                        counts[entries[j].Tuple]++;
                    }
                    else
                    {
                        records[at]++;
                    }
                }

                // Judged one by one: a person of several tuples, and one whom the phase's earlier exports published.
                var prior = tuples.Count == 0 || earlier is null ? -1 : earlier.SignatureOf.GetValueOrDefault(entries[i].Key, -1);
                if (tuples.Count > 1 || prior >= 0)
                {
                    index[entries[i].Key] = spanning.Count;
                    spanning.Add(([.. tuples], [.. records]));
                    priorOf.Add(prior);
                }

                i = end;
            }

            _tupleSubjects = counts;
            _spanning = spanning;
            _priorOf = priorOf;
            _spanningIndex = index;
        }

        /// <summary>Orders one subject's records by an FNV-1a hash of their spooled bytes (ties, identical records, by position).</summary>
        private static void ByContent(Spool spool, int headerBytes, Span<long> positions)
        {
            var keyed = new (ulong Hash, long Position)[positions.Length];
            var header = new byte[headerBytes];
            for (var i = 0; i < positions.Length; i++)
            {
                spool.ReadExactlyAt(positions[i], header);
                var record = new byte[BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4))];
                spool.ReadExactlyAt(positions[i] + headerBytes, record);
                var hash = 14695981039346656037UL;
                foreach (var b in record)
                {
                    hash = (hash ^ b) * 1099511628211UL;
                }

                keyed[i] = (hash, positions[i]);
            }

            Array.Sort(keyed);
            for (var i = 0; i < positions.Length; i++)
            {
                positions[i] = keyed[i].Position;
            }
        }

        /// <summary>The distinct tuples' values (a missing value is null), split once for the search and the replacements.</summary>
        private List<string?[]> Tuples() =>
            _tuples ??= [.. _tupleKeys.Select(k => k.Split('\u001F').Select(v => v == "\u2205" ? null : v).ToArray())];

        /// <summary>The lattice search over the distinct tuples; throws <see cref="KAnonymityException"/> when no node works.</summary>
        public LatticeNode Search(PipelineSettings settings)
        {
            var policy = settings.Policy;
            var hierarchies = policy.KAnonymity.QuasiIdentifiers
                .Select(q => q.Pinned ? null : policy.Rules.First(r => r.Path == q.Path).Operation.Hierarchy)
                .ToArray();
            var budget = (long)Math.Floor(policy.KAnonymity.SuppressionBudget * RecordsWritten);
            _search = new LatticeSearch(Tuples(), _tupleCounts, hierarchies, settings.K, budget, SubjectsPerTuple, _spanning,
                _options.KAnonymity.EarlierExports, _priorOf, settings.LossMetric);
            return _search.Run() ?? throw new KAnonymityException(string.Create(CultureInfo.InvariantCulture,
                $"No generalisation of the {hierarchies.Length} quasi-identifiers makes every class hold at least {settings.K} distinct subjects with at most {budget} of {RecordsWritten} records suppressed (budget {policy.KAnonymity.SuppressionBudget:P1}); even the most general node leaves {_search.Evaluate(_search.Heights).Suppressed} records in classes below k. Nothing was written."));
        }

        /// <summary>
        /// The records the search would suppress at the node as written (every tuple its own class): those of the people
        /// whose every record is in one tuple that fewer than k such people share, and those of the people of several
        /// tuples whose set of tuples fewer than k people share. Counted here, not by a <see cref="LatticeSearch"/>, which
        /// refuses a quasi-identifier of more than 65,535 values that a measured-only run must still report on.
        /// </summary>
        private long SingledOutAsWritten(int k)
        {
            var spanning = _spanning ?? [];
            var (single, singleRecords) = LatticeSearch.OneTupleGroups(SubjectsPerTuple, _tupleCounts, spanning);
            var groups = new Dictionary<string, (long People, long Records)>(StringComparer.Ordinal);
            foreach (var (tuples, records) in spanning)
            {
                ref var group = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, string.Join(',', tuples.Order()), out _);
                group = (group.People + 1, group.Records + records.Sum());
            }

            long singledOut = 0;
            for (var t = 0; t < single.Length; t++)
            {
                singledOut += single[t] < k ? singleRecords[t] : 0;
            }

            return singledOut + groups.Values.Where(g => g.People < k).Sum(g => g.Records);
        }

        /// <summary>Per tuple its distinct subjects (known once the records are sorted by subject).</summary>
        private List<long> SubjectsPerTuple => _tupleSubjects ?? throw new InvalidOperationException("The subjects are counted when the records are sorted by subject; sort them first.");

        /// <summary>Per tuple, the JSON bytes that replace each quasi-identifier's value at <paramref name="node"/> (null: unchanged).</summary>
        public byte[]?[][] Replacements(LatticeNode node)
        {
            var tuples = Tuples();
            var result = new byte[]?[tuples.Count][];

            // Many tuples share a value of a dimension: each distinct value is generalised and encoded once.
            var encoded = new Dictionary<string, byte[]?>[node.Levels.Length];
            for (var t = 0; t < tuples.Count; t++)
            {
                result[t] = new byte[]?[node.Levels.Length];
                for (var d = 0; d < node.Levels.Length; d++)
                {
                    var value = tuples[t][d];
                    if (node.Levels[d] > 0 && value is not null)
                    {
                        ref var bytes = ref CollectionsMarshal.GetValueRefOrAddDefault(encoded[d] ??= new(StringComparer.Ordinal), value, out var known);
                        if (!known)
                        {
                            var general = _search!.Generalise(d, value, node.Levels[d]);
                            bytes = general == value ? null : JsonSerializer.SerializeToUtf8Bytes(general, KAnonymityPass.JsonOptions);
                        }

                        result[t][d] = bytes;
                    }
                }
            }

            return result;
        }

        public PseudonymizationResult ToResult(PseudonymizationPipeline pipeline, LatticeNode? node)
        {
            var settings = pipeline._settings;
            var k = settings.K;
            var quasi = settings.QuasiIdentifiers;
            KAnonymityReport kReport;
            long suppressed = 0;
            if (node is not null)
            {
                suppressed = node.Suppressed;
                var hierarchies = settings.Policy.KAnonymity.QuasiIdentifiers
                    .Select(q => q.Pinned ? null : settings.Policy.Rules.First(r => r.Path == q.Path).Operation.Hierarchy).ToArray();
                var names = quasi.Select((q, d) => q + ": " + (hierarchies[d] is { } h ? h.LevelNames[node.Levels[d]] : "pinned")).ToList();
                kReport = new KAnonymityReport(k, [.. quasi], true, settings.Policy.KAnonymity.SuppressionBudget, node.Classes, node.SmallestClass, 0, 0,
                    node.Levels, names, node.Height, node.Discernibility, node.Precision, _search!.NodesChecked, _search.NodeCount)
                {
                    LossMetric = settings.LossMetric,
                    PrecisionLossWithSuppression = _search.PrecisionWithSuppression(node),
                    EarlierExports = _options.KAnonymity.EarlierExports is { Exports: > 0 } earlier
                        ? new EarlierExportsReport(earlier.Exports, earlier.Records, earlier.Subjects, _priorOf!.Count(p => p >= 0), earlier.SubjectsSingledOut(k))
                        {
                            Sha256 = earlier.Sha256,
                        }
                        : null,
                };
            }
            else
            {
                // Not enforced: every tuple is a class; its size is its distinct subjects. The records singled out are what
                // the search would suppress at the node as written (level 0 everywhere): small classes and rare sets of classes.
                var sizes = SubjectsPerTuple;
                var singledOut = quasi.Count == 0 ? 0 : SingledOutAsWritten(k);
                kReport = new KAnonymityReport(k, [.. quasi], false, 0, sizes.Count, sizes.Count == 0 ? 0 : sizes.Min(), sizes.Count(c => c < k),
                    _tupleCounts.Where((_, t) => sizes[t] < k).Sum(), [], [], 0, 0, 0, 0, 0) { RecordsSingledOut = singledOut, LossMetric = settings.LossMetric };
            }

            var report = new RunReport(
                settings.Policy.Id,
                settings.Policy.Hash,
                settings.Pseudonymizer.KeyFingerprint,
                settings.Phase,
                RecordsRead,
                RecordsWritten - suppressed,
                RecordsRejected,
                RecordsNotFlagged,
                RecordsFlaggedOutsidePhase,
                !_options.OnlyFlagged,
                settings.AgeBandMonth,
                suppressed,
                Counters.DroppedByPolicy,
                Counters.DroppedUnlisted,
                Counters.Replacements,
                kReport,
                _errors,
                _watch.Elapsed);

            // Kits list only published records: an entry whose tuple was suppressed is left out (P6, P9).
            var kits = new Dictionary<string, List<ReidentificationEntry>>(StringComparer.Ordinal);
            var firstLines = new Dictionary<string, long>(StringComparer.Ordinal);
            // One entry per job centre and pseudonym: a customer number known to two job centres is in both kits (each
            // re-identifies its own published record), a customer's records of several months once per kit.
            var seen = new HashSet<(string JobCentre, string Pseudonym)>();
            foreach (var (jobCentre, entry, tuple, line, key) in _kitEntries)
            {
                if (IsSuppressed(node, key, tuple))
                {
                    continue;
                }

                if (seen.Add((jobCentre, entry.Pseudonym)))
                {
                    if (!kits.TryGetValue(jobCentre, out var list))
                    {
                        kits[jobCentre] = list = [];
                        firstLines[jobCentre] = line;
                    }

                    list.Add(entry);
                }
            }

            var map = kits.Count == 0
                ? ReidentificationMap.Empty
                : new ReidentificationMap(kits.ToDictionary(p => p.Key, p => (IReadOnlyList<ReidentificationEntry>)p.Value, StringComparer.Ordinal), firstLines);
            return new PseudonymizationResult(report, map);
        }
    }
}

/// <summary>The output of <see cref="PseudonymizationPipeline.PseudonymizeLines(IEnumerable{string})"/>.</summary>
/// <param name="Lines">The output lines, in export order (by the subject's pseudonym, see the pipeline's remarks).</param>
/// <param name="Result">The report and re-identification map.</param>
public sealed record PseudonymizedLines(IReadOnlyList<string> Lines, PseudonymizationResult Result);

/// <summary>
/// The phases of one run, for the benchmarks: the first pass (reading, transforming, accepting; all cores), the time the
/// workers spent transforming summed over them, the batches, the lattice search with the replacements (zero without
/// k-anonymity enforced) and the second pass in export order (both serial).
/// </summary>
internal readonly record struct RunPhases(TimeSpan FirstPass, TimeSpan WorkersBusy, int Batches, TimeSpan Search, TimeSpan SecondPass);
