using System.Globalization;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Samples.MonthlyExport;

/// <summary>
/// Pseudonymises each month's extract once: on start and then every <see cref="MonthlyExportOptions.Interval"/>
/// it looks for <c>extract-yyyy-MM.jsonl</c> files without a <c>pseudonymized-yyyy-MM.jsonl</c> and runs
/// the DI-registered pipeline on them (options and key from configuration; the output appears
/// atomically, only when the whole month succeeded).
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

            var pipeline = services.GetRequiredService<PseudonymizationPipeline>();
            var result = await pipeline.RunFileAsync(input, output, cancellationToken);
            await File.WriteAllTextAsync(output + ".report.json", result.Report.ToJson(), cancellationToken);
            LogMonth(logger, month, result.Report.RecordsWritten);
            written++;
        }

        return written;
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Monthly export failed with {ExceptionType}; retrying at the next interval")]
    private static partial void LogRetry(ILogger logger, string exceptionType);
}
