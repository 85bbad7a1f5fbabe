using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Pseudonymization.Diagnostics;
using Vkb.Pseudonymization.Json;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Synthetic;
using Vkb.Testing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>What a host needs: every option from configuration, key sources, logs without personal data, progress, JSON.</summary>
public class HostIntegrationTests
{
    [Fact]
    public void Configuration_EveryOptionReachesTheDiPipeline()
    {
        Environment.SetEnvironmentVariable("VKB_TEST_KEY_BINDING", Convert.ToBase64String(TestKeys.Bytes()));
        var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.pseudonymization.json").Build();
        var services = new ServiceCollection();
        services.AddVkbPseudonymization(configuration.GetSection("Vkb:Pseudonymization"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<PseudonymizationPipeline>().Options;
        options.Phase.ShouldBe("2025-Q2");
        options.OnlyFlagged.ShouldBeFalse();
        options.PhaseMonths.ShouldBe([new YearMonth(2025, 4), new YearMonth(2025, 5), new YearMonth(2025, 6)]);
        options.SpoolDirectory.ShouldBe("spool");
        options.ReferenceMonth.ShouldBe(new YearMonth(2025, 6));
        options.DateShift.MaxDays.ShouldBe(91);
        options.DateShift.PreserveWeekday.ShouldBeFalse();
        options.KAnonymity.K.ShouldBe(7);
        options.KAnonymity.Enforce.ShouldBeFalse();
        options.MaxLineBytes.ShouldBe(65536);
        options.DegreeOfParallelism.ShouldBe(3);
        options.BatchSize.ShouldBe(64);
        options.FailOnInvalidRecord.ShouldBeFalse();
        options.CollectReidentification.ShouldBeTrue();
        provider.GetRequiredService<PseudonymizationKey>().Fingerprint.ShouldBe(TestKeys.Key().Fingerprint);
    }

    [Fact]
    public void KeySource_HostProvider_NeedsNoFile()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IPseudonymizationKeyProvider>(new VaultKeys());
        services.AddVkbPseudonymization(o => { o.Phase = "2025-1"; o.ReferenceMonth = new YearMonth(2025, 4); });
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IOptions<VkbPseudonymizationOptions>>().Value.KeyFile.ShouldBeNull();
        provider.GetRequiredService<PseudonymizationKey>().Fingerprint.ShouldBe(TestKeys.Key(1).Fingerprint);
    }

    [Fact]
    public void KeySource_MissingFile_NamesThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "vkb-no-such-key-" + Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        services.AddVkbPseudonymization(o => { o.Phase = "2025-1"; o.KeyFile = path; });
        using var provider = services.BuildServiceProvider();
        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<VkbPseudonymizationOptions>>().Value)
            .Message.ShouldContain(path);
    }

    [Fact]
    public void KeySource_None_SaysWhichSourcesThereAre()
    {
        var services = new ServiceCollection();
        services.AddVkbPseudonymization(o => o.Phase = "2025-1");
        using var provider = services.BuildServiceProvider();
        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<VkbPseudonymizationOptions>>().Value)
            .Message.ShouldContain("IPseudonymizationKeyProvider");
    }

    [Fact]
    [Trait("Rule", "P2")]
    public async Task Logging_LeakCorpusThroughThePipeline_NoPlantedValueInAnyLogLine()
    {
        var shape = ExtractShape.Small.WithRecords(1500);
        var records = new ExtractGenerator(shape, seed: 4711).Generate().ToList();
        var collector = new FakeLogCollector();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        var progress = new List<PipelineProgress>();
        var services = new ServiceCollection();
        services.AddSingleton(factory);
        services.AddLogging();
        services.AddSingleton<ILoggerFactory>(factory);
        services.AddSingleton<IPseudonymizationKeyProvider>(new VaultKeys());
        services.AddSingleton<IProgress<PipelineProgress>>(new SyncProgress(progress));
        services.AddVkbPseudonymization(o =>
        {
            o.Phase = shape.PhaseId;
            o.ReferenceMonth = shape.ReviewMonth;
            o.FailOnInvalidRecord = false;
            o.OnlyFlagged = false;
        });
        using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<PseudonymizationPipeline>();

        // A normal run with suppression, then one with a broken record in the middle of real ones.
        var dir = Directory.CreateTempSubdirectory("vkb-logleak-").FullName;
        var lines = records.Select(r => r.Json).ToList();
        lines.Insert(100, records[5].Json.Replace("\"birthDate\":\"", "\"birthDate\":\"x", StringComparison.Ordinal));
        try
        {
            var input = Path.Combine(dir, "in.jsonl");
            await File.WriteAllLinesAsync(input, lines);
            var result = await pipeline.RunFileAsync(input, Path.Combine(dir, "out.jsonl"));
            result.Report.RecordsRejected.ShouldBeGreaterThan(0);
            var strict = new PseudonymizationPipeline(TestKeys.Key(), RecordPolicy.VkbDefault,
                new PseudonymizationOptions { Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, OnlyFlagged = false }, factory.CreateLogger<PseudonymizationPipeline>());
            Should.Throw<RecordRejectedException>(() => strict.PseudonymizeLines(lines));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        var logs = collector.GetSnapshot();
        logs.ShouldContain(l => l.Message.Contains("started", StringComparison.Ordinal));
        logs.ShouldContain(l => l.Message.Contains("finished", StringComparison.Ordinal) && l.Message.Contains("rejected", StringComparison.Ordinal));
        logs.ShouldContain(l => l.Level == LogLevel.Error && l.Message.Contains("RecordRejectedException", StringComparison.Ordinal));
        var text = new StringBuilder();
        foreach (var log in logs)
        {
            text.AppendLine(log.Message);
            foreach (var pair in log.StructuredState ?? [])
            {
                text.Append(pair.Key).Append('=').AppendLine(pair.Value);
            }

            text.AppendLine(log.Exception?.ToString());
        }

        PersonalDataLeakScanner.Scan(text.ToString(), records.Select(r => r.Planted)).ShouldBeEmpty();
        progress.ShouldContain(p => p.Completed && p.RecordsRead == lines.Count);
        progress.ShouldContain(p => !p.Completed && p.RecordsRead == 1024);
    }

    [Fact]
    public void Metrics_CountPseudonymisedRecords()
    {
        using var written = new MetricCollector<long>(null, VkbPseudonymizationDiagnostics.SourceName, VkbPseudonymizationDiagnostics.RecordsPseudonymized);
        var shape = ExtractShape.Small.WithRecords(50);
        var records = new ExtractGenerator(shape, seed: 1).Generate().Select(r => r.Json).ToList();
        var pipeline = new PseudonymizationPipeline(TestKeys.Key(), RecordPolicy.VkbDefault,
            new PseudonymizationOptions { Phase = "metrics-test", ReferenceMonth = shape.ReviewMonth, OnlyFlagged = false, KAnonymity = { Enforce = false } }, logger: null);
        pipeline.PseudonymizeLines(records);
        written.GetMeasurementSnapshot().ShouldContain(m => m.Value == records.Count && (string?)m.Tags["vkb.phase"] == "metrics-test");
    }

    [Fact]
    public void Json_PseudonymAndFingerprint_RoundTripAsStrings()
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web).AddVkbPseudonymizationConverters();
        var pseudonym = new Pseudonymizer(TestKeys.Key()).Pseudonymize(PseudonymDomain.Customer, "2025-1", "123A456789");
        var text = JsonSerializer.Serialize(pseudonym, json);
        text.ShouldBe("\"" + pseudonym.Value + "\"");
        JsonSerializer.Deserialize<Pseudonym>(text, json).ShouldBe(pseudonym);
        var fingerprint = TestKeys.Key().Fingerprint;
        JsonSerializer.Deserialize<KeyFingerprint>(JsonSerializer.Serialize(fingerprint, json), json).ShouldBe(fingerprint);
        JsonSerializer.Serialize(NameRole.Customer, json).ShouldBe("\"customer\"");
        JsonSerializer.Deserialize<YearMonth>("\"2025-06\"", json).ShouldBe(new YearMonth(2025, 6));
        new PipelineProgress(10, 9, 1, true).ToString().ShouldBe("10 read, 9 written, 1 rejected, done");
    }

    private sealed class VaultKeys : IPseudonymizationKeyProvider
    {
        public PseudonymizationKey GetKey() => TestKeys.Key(1);
    }

    private sealed class SyncProgress(List<PipelineProgress> sink) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value)
        {
            lock (sink)
            {
                sink.Add(value);
            }
        }
    }
}

public class AsyncFileOperationTests
{
    [Fact]
    public async Task KeyAndPolicy_LoadAsync_MatchTheSyncLoad_AndHonourCancellation()
    {
        var dir = Directory.CreateTempSubdirectory("vkb-async-").FullName;
        try
        {
            var keyFile = Path.Combine(dir, "vkb.key");
            await File.WriteAllTextAsync(keyFile, Convert.ToBase64String(TestKeys.Bytes()));
            (await PseudonymizationKey.FromFileAsync(keyFile)).Fingerprint.ShouldBe(PseudonymizationKey.FromFile(keyFile).Fingerprint);
            var policyFile = Path.Combine(dir, "policy.json");
            await File.WriteAllTextAsync(policyFile, RecordPolicy.VkbDefault.ToJson());
            (await RecordPolicy.LoadAsync(policyFile)).Hash.ShouldBe(RecordPolicy.Load(policyFile).Hash);
            using var cancelled = new CancellationTokenSource();
            await cancelled.CancelAsync();
            await Should.ThrowAsync<OperationCanceledException>(() => PseudonymizationKey.FromFileAsync(keyFile, cancelled.Token));
            await Should.ThrowAsync<FileNotFoundException>(() => RecordPolicy.LoadAsync(Path.Combine(dir, "missing.json")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void PseudonymizeLines_Cancelled_Stops()
    {
        var shape = ExtractShape.Small.WithRecords(200);
        var lines = new ExtractGenerator(shape, seed: 3).Generate().Select(r => r.Json).ToList();
        var pipeline = new PseudonymizationPipeline(TestKeys.Key(), RecordPolicy.VkbDefault, new PseudonymizationOptions { Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, OnlyFlagged = false, KAnonymity = { Enforce = false } });
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Should.Throw<OperationCanceledException>(() => pipeline.PseudonymizeLines(lines, cancelled.Token));
        pipeline.PseudonymizeLines(lines, CancellationToken.None).Lines.Count.ShouldBe(lines.Count);
    }
}
