using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Vkb.Pseudonymization;
using Vkb.Samples.MonthlyExport;
using Vkb.Synthetic;

namespace Vkb.Samples.Tests;

/// <summary>The worker pseudonymises each month's extract from the inbox once, with options and key from configuration.</summary>
public sealed class MonthlyExportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vkb-monthly-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task PendingMonth_IsPseudonymisedOnce()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_directory, "inbox")).FullName;
        var outbox = Path.Combine(_directory, "outbox");
        var shape = ExtractShape.Small.WithRecords(300);
        await File.WriteAllLinesAsync(Path.Combine(inbox, "extract-2025-04.jsonl"), new ExtractGenerator(shape, 7).Generate().Select(r => r.Json));
        Environment.SetEnvironmentVariable("VKB_SAMPLE_TEST_KEY", Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vkb:Pseudonymization:KeyEnvironmentVariable"] = "VKB_SAMPLE_TEST_KEY",
            ["Vkb:Pseudonymization:Phase"] = shape.PhaseId,
            ["Vkb:Pseudonymization:ReferenceMonth"] = "2025-04",
            ["Vkb:Pseudonymization:DegreeOfParallelism"] = "2",
            // A month of 300 synthetic records is too small for k = 5 on the flagged cases; the
            // sample's appsettings.json enforces it, as a real month does.
            ["Vkb:Pseudonymization:KAnonymity:Enforce"] = "false",
            ["Vkb:MonthlyExport:InputFolder"] = inbox,
            ["Vkb:MonthlyExport:OutputFolder"] = outbox,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVkbPseudonymization(configuration.GetSection("Vkb:Pseudonymization"));
        services.AddOptions<MonthlyExportOptions>().Bind(configuration.GetSection("Vkb:MonthlyExport"));
        await using var provider = services.BuildServiceProvider();
        var worker = new MonthlyExportWorker(provider, provider.GetRequiredService<IOptionsMonitor<MonthlyExportOptions>>(), NullLogger<MonthlyExportWorker>.Instance);

        (await worker.ProcessPendingAsync(CancellationToken.None)).ShouldBe(1);
        var output = Path.Combine(outbox, "pseudonymized-2025-04.jsonl");
        File.ReadLines(output).Count().ShouldBeGreaterThan(0);
        File.Exists(output + ".report.json").ShouldBeTrue();
        (await worker.ProcessPendingAsync(CancellationToken.None)).ShouldBe(0);
    }
}
