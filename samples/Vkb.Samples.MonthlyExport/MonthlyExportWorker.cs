using System.Globalization;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Anonymity;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Samples.MonthlyExport;

/// <summary>
/// Pseudonymises each month's extract of the phase once: on start and then every <see cref="MonthlyExportOptions.Interval"/>
/// it looks for <c>extract-yyyy-MM.jsonl</c> files without a <c>pseudonymized-yyyy-MM.jsonl</c> and runs a pipeline for
/// that month (options, key and policy from configuration; the output appears atomically, only when the whole month
/// succeeded). Each month is its own load: its flags must be of that month (or of the phase's months, if configured),
/// and, with k-anonymity enforced, its search takes every export of the configured phase already in the output folder
/// (sent before it, whatever their months) as <see cref="KAnonymityOptions.EarlierExports"/>, so the union the recipient
/// holds stays k-anonymous (P9); exports of other phases there are not part of it. A month that cannot be written (no
/// anonymous generalisation, an unreadable export) is logged and retried at the next interval; the months after it go on.
/// </summary>
public sealed partial class MonthlyExportWorker(
    IServiceProvider services, IOptionsMonitor<MonthlyExportOptions> options, ILogger<MonthlyExportWorker> logger) : BackgroundService
{
    /// <summary>Processes every pending month once; returns how many months were written.</summary>
    /// <param name="cancellationToken">Stops between and inside runs.</param>
    /// <returns>The number of months written.</returns>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        Directory.CreateDirectory(settings.OutputFolder);
        var written = 0;
        foreach (var input in Directory.EnumerateFiles(settings.InputFolder, "extract-*.jsonl").Order(StringComparer.Ordinal))
        {
            var month = Path.GetFileNameWithoutExtension(input)["extract-".Length..];
            if (!YearMonthPattern.Iso.Parse(month).Success)
            {
                LogSkipped(logger, Path.GetFileName(input));
                continue;
            }

            var output = Path.Combine(settings.OutputFolder, $"pseudonymized-{month}.jsonl");
            if (File.Exists(output))
            {
                continue;
            }

            PseudonymizationResult result;
            try
            {
                var pipeline = await PipelineForAsync(YearMonthPattern.Iso.Parse(month).Value, settings.OutputFolder, cancellationToken);
                result = await pipeline.RunFileAsync(input, output, cancellationToken);
            }
            catch (Exception ex) when (ex is KAnonymityException or FormatException or ArgumentException)
            {
                // This month only: no node within the budget, an export of the outbox that cannot be read, options the
                // pipeline refuses. The type is logged, never a value; the month is tried again at the next interval.
                LogMonthFailed(logger, month, ex.GetType().Name);
                continue;
            }

            await File.WriteAllTextAsync(output + ".report.json", result.Report.ToJson(), cancellationToken);
            LogMonth(logger, month, result.Report.RecordsWritten);
            written++;
        }

        return written;
    }

    /// <summary>A pipeline for one month's load: the configured options with that month, and the earlier months' exports.</summary>
    private async Task<PseudonymizationPipeline> PipelineForAsync(YearMonth month, string outputFolder, CancellationToken cancellationToken)
    {
        var configured = services.GetRequiredService<IOptions<VkbPseudonymizationOptions>>().Value;
        var policy = services.GetRequiredService<RecordPolicy>();
        var pipelineOptions = configured.ToPipelineOptions(services.GetServices<Vkb.Pseudonymization.Scrubbing.ITextDetector>());
        pipelineOptions.ReferenceMonth = month;
        if (pipelineOptions.KAnonymity.Enforce && policy.Subject is not null && policy.KAnonymity.QuasiIdentifiers.Count > 0)
        {
            // Every export of this phase sent so far, whatever its month (a month re-run, or one whose extract came late,
            // is searched against the months sent before it too).
            var earlier = Directory.EnumerateFiles(outputFolder, "pseudonymized-*.jsonl")
                .Where(f => YearMonthPattern.Iso.Parse(Path.GetFileNameWithoutExtension(f)["pseudonymized-".Length..]) is { Success: true } m && m.Value != month)
                .Where(f => PhaseOf(f) == configured.Phase)
                .Order(StringComparer.Ordinal)
                .ToList();
            var streams = earlier.Select(f => (Stream)File.OpenRead(f)).ToList();
            try
            {
                pipelineOptions.KAnonymity.EarlierExports = await EarlierExports.ReadAsync(streams, policy, pipelineOptions.MaxLineBytes, cancellationToken);
            }
            finally
            {
                foreach (var stream in streams)
                {
                    await stream.DisposeAsync();
                }
            }
        }

        return new PseudonymizationPipeline(
            services.GetRequiredService<PseudonymizationKey>(), policy, pipelineOptions,
            services.GetService<ILogger<PseudonymizationPipeline>>(), services.GetService<System.Diagnostics.Metrics.IMeterFactory>());
    }

    /// <summary>The phase of an export's first record (null for an empty file or one that is no export).</summary>
    private static string? PhaseOf(string export)
    {
        var first = File.ReadLines(export).FirstOrDefault();
        try
        {
            using var document = first is null ? null : System.Text.Json.JsonDocument.Parse(first);
            return document is not null && document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object &&
                document.RootElement.TryGetProperty("pseudonymization", out var metadata) && metadata.ValueKind == System.Text.Json.JsonValueKind.Object &&
                metadata.TryGetProperty("phase", out var phase) && phase.ValueKind == System.Text.Json.JsonValueKind.String
                ? phase.GetString()
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ProcessPendingAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is RecordRejectedException or IOException)
            {
                // The pipeline has logged the failure (type and line, never a value); retry next time.
                LogRetry(logger, ex.GetType().Name);
            }

            await Task.Delay(options.CurrentValue.Interval, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped {File}: not named extract-yyyy-MM.jsonl")]
    private static partial void LogSkipped(ILogger logger, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Month {Month} pseudonymised: {Records} records")]
    private static partial void LogMonth(ILogger logger, string month, long records);

    [LoggerMessage(Level = LogLevel.Error, Message = "Month {Month} not written: {ExceptionType}; retrying at the next interval")]
    private static partial void LogMonthFailed(ILogger logger, string month, string exceptionType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Monthly export failed with {ExceptionType}; retrying at the next interval")]
    private static partial void LogRetry(ILogger logger, string exceptionType);
}
