using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Pipeline;

/// <summary>
/// The streaming pseudonymisation pipeline: JSON lines in, JSON lines out, in input order, with bounded
/// memory (batches of <see cref="PseudonymizationOptions.BatchSize"/> records transformed in parallel).
/// Each output record carries the policy id and hash, the key fingerprint and the phase. Errors name the
/// line and field path, never a value.
/// </summary>
/// <remarks>Thread safety: a pipeline may run several inputs concurrently; each run has its own state.</remarks>
public sealed class PseudonymizationPipeline
{
    private const int MaxReportedErrors = 100;
    private readonly PipelineSettings _settings;
    private readonly PseudonymizationOptions _options;

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
    public async Task<PseudonymizationResult> RunAsync(Stream input, Stream output, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(input);
        Preconditions.CheckNotNull(output);
        Preconditions.CheckState(!_options.KAnonymity.Suppress, "Suppression needs a second pass; use RunFileAsync or PseudonymizeLines.");
        var run = await ProcessAsync(new StreamLineSource(input, _options.MaxLineBytes), (bytes, ct) => WriteLineAsync(output, bytes, ct), cancellationToken)
            .ConfigureAwait(false);
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
    public async Task<PseudonymizationResult> RunFileAsync(string inputPath, string outputPath, CancellationToken cancellationToken = default)
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
                    run = await ProcessAsync(new StreamLineSource(input, _options.MaxLineBytes), (bytes, ct) => WriteLineAsync(output, bytes, ct), cancellationToken)
                        .ConfigureAwait(false);
                    await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            long suppressed = 0;
            if (_options.KAnonymity.Suppress && run.SmallClassRecords() > 0)
            {
                suppressed = await SuppressAsync(run, temp, second, cancellationToken).ConfigureAwait(false);
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
    public PseudonymizedLines PseudonymizeLines(IEnumerable<string> lines)
    {
        Preconditions.CheckNotNull(lines);
        var output = new List<string>();
        var run = ProcessAsync(new StringLineSource(lines, _options.MaxLineBytes), (bytes, _) =>
        {
            output.Add(Encoding.UTF8.GetString(bytes));
            return ValueTask.CompletedTask;
        }, CancellationToken.None).AsTask().GetAwaiter().GetResult();
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

    private static async ValueTask WriteLineAsync(Stream output, byte[] bytes, CancellationToken cancellationToken)
    {
        await output.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        output.WriteByte((byte)'\n');
    }

    private static async Task<long> SuppressAsync(RunState run, string from, string to, CancellationToken cancellationToken)
    {
        long suppressed = 0;
        var input = new FileStream(from, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using (input.ConfigureAwait(false))
        {
            var output = new FileStream(to, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using (output.ConfigureAwait(false))
            {
                var source = new StreamLineSource(input, int.MaxValue / 4);
                var index = 0;
                while (await source.NextAsync(cancellationToken).ConfigureAwait(false) is { } item)
                {
                    if (run.Keep(index++))
                    {
                        await WriteLineAsync(output, item.Bytes!, cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        suppressed++;
                    }
                }
            }
        }

        return suppressed;
    }

    private async ValueTask<RunState> ProcessAsync(ILineSource source, Func<byte[], CancellationToken, ValueTask> sink, CancellationToken cancellationToken)
    {
        var run = new RunState(_settings, _options);
        var batch = new List<LineItem>(_options.BatchSize);
        var outcomes = new RecordOutcome[_options.BatchSize];
        using var sequential = new RecordTransformer(_settings, run.Counters);
        while (true)
        {
            batch.Clear();
            while (batch.Count < _options.BatchSize && await source.NextAsync(cancellationToken).ConfigureAwait(false) is { } item)
            {
                batch.Add(item);
            }

            if (batch.Count == 0)
            {
                break;
            }

            Transform(batch, outcomes, sequential, run, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                await run.AcceptAsync(outcomes[i], sink, cancellationToken).ConfigureAwait(false);
                outcomes[i] = null!;
            }
        }

        if (run.RecordsRead == 0)
        {
            throw new RecordRejectedException(new RecordError(0, "$", "The input holds no records."));
        }

        return run;
    }

    private void Transform(List<LineItem> batch, RecordOutcome[] outcomes, RecordTransformer sequential, RunState run, CancellationToken cancellationToken)
    {
        if (_options.DegreeOfParallelism == 1 || batch.Count < 16)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                outcomes[i] = TransformOne(sequential, batch[i]);
            }

            return;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.DegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(
            0,
            batch.Count,
            parallel,
            () => (Counters: new RunCounters(), Transformer: (RecordTransformer?)null),
            (i, _, local) =>
            {
                local.Transformer ??= new RecordTransformer(_settings, local.Counters);
                outcomes[i] = TransformOne(local.Transformer, batch[i]);
                return local;
            },
            local =>
            {
                local.Transformer?.Dispose();
                lock (run.Counters)
                {
                    local.Counters.MergeInto(run.Counters);
                }
            });
    }

    private RecordOutcome TransformOne(RecordTransformer transformer, LineItem item) =>
        item.Bytes is null
            ? new RecordOutcome
            {
                Kind = OutcomeKind.Rejected,
                Error = new RecordError(item.Line, "$", string.Create(CultureInfo.InvariantCulture, $"The line is longer than {_options.MaxLineBytes} bytes.")),
            }
            : transformer.Transform(item.Bytes, item.Line);

    /// <summary>The mutable state of one run.</summary>
    private sealed class RunState
    {
        private readonly PseudonymizationOptions _options;
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private readonly List<string?> _quasi = [];
        private readonly Dictionary<string, int> _classes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<ReidentificationEntry>> _kits = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seenPseudonyms = new(StringComparer.Ordinal);
        private readonly List<RecordError> _errors = [];

        public RunState(PipelineSettings settings, PseudonymizationOptions options)
        {
            _options = options;
            _ = settings;
        }

        public RunCounters Counters { get; } = new();

        public long RecordsRead { get; private set; }

        public long RecordsWritten { get; private set; }

        public long RecordsRejected { get; private set; }

        public long RecordsNotFlagged { get; private set; }

        public async ValueTask AcceptAsync(RecordOutcome outcome, Func<byte[], CancellationToken, ValueTask> sink, CancellationToken cancellationToken)
        {
            RecordsRead++;
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
                _quasi.Add(key);
                _classes[key] = _classes.GetValueOrDefault(key) + 1;
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

            await sink(outcome.Output!, cancellationToken).ConfigureAwait(false);
        }

        public bool Keep(int index) =>
            _quasi.Count == 0 || _classes[_quasi[index] ?? string.Empty] >= _options.KAnonymity.K;

        public long SmallClassRecords() => _classes.Values.Where(c => c < _options.KAnonymity.K).Sum(c => (long)c);

        public PseudonymizationResult ToResult(PseudonymizationPipeline pipeline, long suppressed, bool suppressionApplied)
        {
            var k = _options.KAnonymity.K;
            var kReport = new KAnonymityReport(
                k,
                [.. _options.KAnonymity.QuasiIdentifiers],
                _classes.Count,
                _classes.Count == 0 ? 0 : _classes.Values.Min(),
                _classes.Values.Count(c => c < k),
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

/// <summary>The output of <see cref="PseudonymizationPipeline.PseudonymizeLines"/>.</summary>
/// <param name="Lines">The output lines, in input order.</param>
/// <param name="Result">The report and re-identification map.</param>
public sealed record PseudonymizedLines(IReadOnlyList<string> Lines, PseudonymizationResult Result);
