using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Diagnostics;

/// <summary>
/// Names of the pseudonymisation package's telemetry. Logs, metrics and traces carry counts,
/// the phase id, policy id, key fingerprint and exception types, never a record's content, a
/// field value or an exception message.
/// </summary>
public static class VkbPseudonymizationDiagnostics
{
    /// <summary>The <see cref="Meter"/> and <see cref="ActivitySource"/> name: <c>Vkb.Pseudonymization</c>.</summary>
    public const string SourceName = "Vkb.Pseudonymization";

    /// <summary>Counter of records written pseudonymised (tag <c>vkb.phase</c>).</summary>
    public const string RecordsPseudonymized = "vkb.pseudonymization.records.pseudonymized";

    /// <summary>Counter of records rejected as invalid (tag <c>vkb.phase</c>).</summary>
    public const string RecordsRejected = "vkb.pseudonymization.records.rejected";

    /// <summary>Counter of records left out by k-anonymity suppression (tag <c>vkb.phase</c>).</summary>
    public const string RecordsSuppressed = "vkb.pseudonymization.records.suppressed";

    /// <summary>Histogram of run durations in seconds (tag <c>vkb.outcome</c>: <c>ok</c> or <c>failed</c>).</summary>
    public const string RunDuration = "vkb.pseudonymization.run.duration";
}

/// <summary>Logger, instruments and activity source of one pipeline.</summary>
internal sealed partial class PseudonymizationTelemetry
{
    private static readonly ActivitySource Source = new(VkbPseudonymizationDiagnostics.SourceName);
    private static readonly Meter SharedMeter = new(VkbPseudonymizationDiagnostics.SourceName);

    private readonly ILogger _logger;
    private readonly Counter<long> _written;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _suppressed;
    private readonly Histogram<double> _duration;

    public PseudonymizationTelemetry(ILogger? logger, IMeterFactory? meterFactory)
    {
        _logger = logger ?? NullLogger.Instance;
        var meter = meterFactory?.Create(VkbPseudonymizationDiagnostics.SourceName) ?? SharedMeter;
        _written = meter.CreateCounter<long>(VkbPseudonymizationDiagnostics.RecordsPseudonymized, "{record}", "Records written pseudonymised.");
        _rejected = meter.CreateCounter<long>(VkbPseudonymizationDiagnostics.RecordsRejected, "{record}", "Records rejected as invalid.");
        _suppressed = meter.CreateCounter<long>(VkbPseudonymizationDiagnostics.RecordsSuppressed, "{record}", "Records suppressed for k-anonymity.");
        _duration = meter.CreateHistogram<double>(VkbPseudonymizationDiagnostics.RunDuration, "s", "Pseudonymisation run duration.");
    }

    public static PseudonymizationTelemetry None { get; } = new(null, null);

    /// <summary>Traces, logs and counts one run: start, finish with counts, suppression, failure (type only).</summary>
    public async Task<PseudonymizationResult> ObserveAsync(string kind, string phase, Func<Task<PseudonymizationResult>> run)
    {
        using var activity = Source.StartActivity("vkb.pseudonymization.run");
        activity?.SetTag("vkb.phase", phase);
        activity?.SetTag("vkb.run_kind", kind);
        LogStarted(_logger, kind, phase);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var result = await run().ConfigureAwait(false);
            Finished(phase, result.Report, Stopwatch.GetElapsedTime(started));
            return result;
        }
        catch (Exception ex)
        {
            _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("vkb.outcome", "failed"));
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            var line = ex is RecordRejectedException { Error: { } error } ? error.Line : 0;
            LogFailed(_logger, phase, ex.GetType().Name, line);
            throw;
        }
    }

    /// <summary>The synchronous variant for <see cref="PseudonymizationPipeline.PseudonymizeLines(IEnumerable{string})"/>.</summary>
    public PseudonymizedLines Observe(string phase, Func<PseudonymizedLines> run)
    {
        PseudonymizedLines? lines = null;
        ObserveAsync("lines", phase, () =>
        {
            lines = run();
            return Task.FromResult(lines.Result);
        }).GetAwaiter().GetResult();
        return lines!;
    }

    private void Finished(string phase, RunReport report, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("vkb.phase", phase);
        _written.Add(report.RecordsWritten - report.RecordsSuppressed, tag);
        _rejected.Add(report.RecordsRejected, tag);
        _suppressed.Add(report.RecordsSuppressed, tag);
        _duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("vkb.outcome", "ok"));
        LogFinished(_logger, phase, report.RecordsRead, report.RecordsWritten - report.RecordsSuppressed, report.RecordsRejected, report.RecordsNotFlagged, elapsed.TotalSeconds);
        if (report.RecordsSuppressed > 0)
        {
            LogSuppressed(_logger, phase, report.RecordsSuppressed, report.KAnonymity.K);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Pseudonymisation ({Kind}) of phase {Phase} started")]
    private static partial void LogStarted(ILogger logger, string kind, string phase);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Pseudonymisation of phase {Phase} finished: {RecordsRead} read, {RecordsWritten} written, {RecordsRejected} rejected, {RecordsNotFlagged} not flagged in {Seconds:F1} s")]
    private static partial void LogFinished(ILogger logger, string phase, long recordsRead, long recordsWritten, long recordsRejected, long recordsNotFlagged, double seconds);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Pseudonymisation of phase {Phase} suppressed {RecordsSuppressed} records in classes smaller than k = {K}")]
    private static partial void LogSuppressed(ILogger logger, string phase, long recordsSuppressed, int k);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Pseudonymisation of phase {Phase} failed with {ExceptionType} (input line {Line}; no output written)")]
    private static partial void LogFailed(ILogger logger, string phase, string exceptionType, long line);
}
