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

    private static readonly ExtractShape Shape = ExtractShape.Small.WithRecords(3_000);

    /// <summary>Writes a month's synthetic extract (one population: the same customers every month) into the inbox.</summary>
    private async Task<string> ExtractAsync(int month)
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_directory, "inbox")).FullName;
        var file = Path.Combine(inbox, $"extract-2025-{month:00}.jsonl");
        await File.WriteAllLinesAsync(file, new ExtractGenerator(Shape.WithReviewMonth(new NodaTime.YearMonth(2025, month)), 7).Generate().Select(r => r.Json));
        return file;
    }

    /// <summary>The worker as a host configures it: the phase's months (April and May), or only a month.</summary>
    private (MonthlyExportWorker Worker, ServiceProvider Provider) Worker(bool phaseMonthsConfigured)
    {
        Environment.SetEnvironmentVariable("VKB_SAMPLE_TEST_KEY", Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()));
        // The phase's months, or only a month (the worker loads each file as its own month: May's flags are not April's).
        var months = phaseMonthsConfigured
            ? new Dictionary<string, string?> { ["Vkb:Pseudonymization:PhaseMonths:0"] = "2025-04", ["Vkb:Pseudonymization:PhaseMonths:1"] = "2025-05" }
            : new Dictionary<string, string?> { ["Vkb:Pseudonymization:ReferenceMonth"] = "2025-04" };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(months).AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vkb:Pseudonymization:KeyEnvironmentVariable"] = "VKB_SAMPLE_TEST_KEY",
            ["Vkb:Pseudonymization:Phase"] = Shape.PhaseId,
            ["Vkb:Pseudonymization:DegreeOfParallelism"] = "2",
            ["Vkb:MonthlyExport:InputFolder"] = Path.Combine(_directory, "inbox"),
            ["Vkb:MonthlyExport:OutputFolder"] = Outbox,
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddVkbPseudonymization(configuration.GetSection("Vkb:Pseudonymization"));
        services.AddOptions<MonthlyExportOptions>().Bind(configuration.GetSection("Vkb:MonthlyExport"));
        var provider = services.BuildServiceProvider();
        return (new MonthlyExportWorker(provider, provider.GetRequiredService<IOptionsMonitor<MonthlyExportOptions>>(), NullLogger<MonthlyExportWorker>.Instance), provider);
    }

    private string Outbox => Path.Combine(_directory, "outbox");

    private string Output(int month) => Path.Combine(Outbox, $"pseudonymized-2025-{month:00}.jsonl");

    private static async Task<Vkb.Pseudonymization.Anonymity.ExportAnonymityReport> UnionAsync(params string[] exports)
    {
        var streams = exports.Select(e => (Stream)File.OpenRead(e)).ToList();
        try
        {
            return await Vkb.Pseudonymization.Anonymity.ExportAnonymity.MeasureAsync(streams, Vkb.Pseudonymization.Policies.RecordPolicy.VkbDefault, 5);
        }
        finally
        {
            streams.ForEach(s => s.Dispose());
        }
    }

    private static System.Text.Json.Nodes.JsonNode? EarlierExportsOf(string output) =>
        System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(output + ".report.json"))!["kAnonymity"]!["earlierExports"];

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
        await ExtractAsync(4);
        await ExtractAsync(5);
        var (worker, provider) = Worker(phaseMonthsConfigured);
        await using var _ = provider;

        (await worker.ProcessPendingAsync(CancellationToken.None)).ShouldBe(2);
        (await worker.ProcessPendingAsync(CancellationToken.None)).ShouldBe(0);
        File.ReadLines(Output(4)).Count().ShouldBeGreaterThan(0);
        File.ReadLines(Output(5)).Count().ShouldBeGreaterThan(0);
        EarlierExportsOf(Output(4)).ShouldBeNull();
        EarlierExportsOf(Output(5))!["exports"]!.GetValue<int>().ShouldBe(1);
        EarlierExportsOf(Output(5))!["subjectsInThisLoad"]!.GetValue<long>().ShouldBeGreaterThan(0, "some customers are flagged in both months");
        var union = await UnionAsync(Output(4), Output(5));
        union.IsKAnonymous.ShouldBeTrue($"{union.SubjectsSingledOut} customers singled out by the two months together");
    }

    [Fact]
    [Trait("Rule", "P9")]
    public async Task AMonthThatArrivesLate_IsSearchedAgainstTheMonthsSentBeforeIt_NotAgainstAnotherPhase()
    {
        // Session 19's review (M2, M3): May's extract came first and was sent; April's comes a poll later. April is searched
        // against May (sent before it), not only against earlier calendar months; an export of another phase lying in the
        // outbox is not part of this phase's union and stops nothing.
        await ExtractAsync(5);
        var (worker, provider) = Worker(phaseMonthsConfigured: true);
        await using var _ = provider;
        (await worker.ProcessPendingAsync(CancellationToken.None)).ShouldBe(1);
        var otherPhase = Path.Combine(Outbox, "pseudonymized-2025-03.jsonl");
        await File.WriteAllLinesAsync(otherPhase, File.ReadLines(Output(5)).Take(20).Select(l => l.Replace($"\"phase\":\"{Shape.PhaseId}\"", "\"phase\":\"2024-Q4\"", StringComparison.Ordinal)));

        await ExtractAsync(4);
        (await worker.ProcessPendingAsync(CancellationToken.None)).ShouldBe(1);

        EarlierExportsOf(Output(4))!["exports"]!.GetValue<int>().ShouldBe(1, "May's export, not the other phase's");
        var union = await UnionAsync(Output(4), Output(5));
        union.IsKAnonymous.ShouldBeTrue($"{union.SubjectsSingledOut} customers singled out by the two months together");
    }
}
