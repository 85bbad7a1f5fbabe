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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [Trait("Rule", "P1")]
    [Trait("Rule", "P9")]
    public async Task PendingMonths_ArePseudonymisedOnceEach_AndTheirUnionIsKAnonymous(bool phaseMonthsConfigured)
    {
        // Two months of one synthetic population (the same customers; each month's team leads flag a fresh sample, some
        // customers again). Each month is its own load, its flags of that month; May's search takes April's export, so
        // what the recipient holds together singles no one out.
        var inbox = Directory.CreateDirectory(Path.Combine(_directory, "inbox")).FullName;
        var outbox = Path.Combine(_directory, "outbox");
        var shape = ExtractShape.Small.WithRecords(3_000);
        foreach (var month in new[] { new NodaTime.YearMonth(2025, 4), new NodaTime.YearMonth(2025, 5) })
        {
            await File.WriteAllLinesAsync(Path.Combine(inbox, $"extract-{month:yyyy-MM}.jsonl"), new ExtractGenerator(shape.WithReviewMonth(month), 7).Generate().Select(r => r.Json));
        }

        Environment.SetEnvironmentVariable("VKB_SAMPLE_TEST_KEY", Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()));
        // The phase's months, or only a month (the worker loads each file as its own month: May's flags are not April's).
        var months = phaseMonthsConfigured
            ? new Dictionary<string, string?> { ["Vkb:Pseudonymization:PhaseMonths:0"] = "2025-04", ["Vkb:Pseudonymization:PhaseMonths:1"] = "2025-05" }
            : new Dictionary<string, string?> { ["Vkb:Pseudonymization:ReferenceMonth"] = "2025-04" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(months).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vkb:Pseudonymization:KeyEnvironmentVariable"] = "VKB_SAMPLE_TEST_KEY",
            ["Vkb:Pseudonymization:Phase"] = shape.PhaseId,
            ["Vkb:Pseudonymization:DegreeOfParallelism"] = "2",
            ["Vkb:MonthlyExport:InputFolder"] = inbox,
            ["Vkb:MonthlyExport:OutputFolder"] = outbox,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVkbPseudonymization(configuration.GetSection("Vkb:Pseudonymization"));
        services.AddOptions<MonthlyExportOptions>().Bind(configuration.GetSection("Vkb:MonthlyExport"));
        await using var provider = services.BuildServiceProvider();
        var worker = new MonthlyExportWorker(provider, provider.GetRequiredService<IOptionsMonitor<MonthlyExportOptions>>(), NullLogger<MonthlyExportWorker>.Instance);

        (await worker.ProcessPendingAsync(CancellationToken.None)).ShouldBe(2);
        (await worker.ProcessPendingAsync(CancellationToken.None)).ShouldBe(0);
        var april = Path.Combine(outbox, "pseudonymized-2025-04.jsonl");
        var may = Path.Combine(outbox, "pseudonymized-2025-05.jsonl");
        File.ReadLines(april).Count().ShouldBeGreaterThan(0);
        File.ReadLines(may).Count().ShouldBeGreaterThan(0);
        File.ReadAllText(april + ".report.json").ShouldNotContain("earlierExports");
        var mayReport = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(may + ".report.json"))!;
        mayReport["kAnonymity"]!["earlierExports"]!["exports"]!.GetValue<int>().ShouldBe(1);
        mayReport["kAnonymity"]!["earlierExports"]!["subjectsInThisLoad"]!.GetValue<long>().ShouldBeGreaterThan(0, "some customers are flagged in both months");

        await using var aprilStream = File.OpenRead(april);
        await using var mayStream = File.OpenRead(may);
        var union = await Vkb.Pseudonymization.Anonymity.ExportAnonymity.MeasureAsync([aprilStream, mayStream], Vkb.Pseudonymization.Policies.RecordPolicy.VkbDefault, 5);
        union.IsKAnonymous.ShouldBeTrue($"{union.SubjectsSingledOut} customers singled out by the two months together");
    }
}
