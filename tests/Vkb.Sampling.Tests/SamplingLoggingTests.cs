using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Vkb.Testing;

namespace Vkb.Sampling.Tests;

/// <summary>The sampling service's log: the events of the README's table, and never a key, unit or stratum.</summary>
public class SamplingLoggingTests
{
    private static readonly Instant CommittedAt = Instant.FromUtc(2025, 4, 1, 8, 0);

    private static (SamplingService Service, FakeLogCollector Collector) Service()
    {
        var logger = new FakeLogger<SamplingService>();
        return (new SamplingService(new FakeClock(CommittedAt), Options.Create(new SamplingOptions()), logger), logger.Collector);
    }

    [Property(MaxTest = 150)]
    public Property Draw_AnyPopulation_LogsCountsButNoKeyUnitOrStratum() =>
        Prop.ForAll(
            SamplingArbitraries.MarkedPopulationGen.ToArbitrary(),
            Gen.Choose(1, 14).ToArbitrary(),
            Gen.Choose(0, 4).ToArbitrary(),
            (population, perUnit, floor) =>
            {
                var (service, collector) = Service();
                var seed = Seed.Parse(((long)population.Length * 7919L).ToString("D20", CultureInfo.InvariantCulture));
                var excludedKeys = population.Where((_, i) => i % 5 == 0).Select(p => p.Key).ToList();
                var frame = PopulationItem.Frame.ExcludeKeys("host-excluded", excludedKeys);
                var parameters = SampleParameters.Create("D-LOG", perUnit, floor, reserve: 1, level: DrawLevel.RegionalDirectorate);
                var protocol = service.Draw(population, frame, parameters, seed, SeedCommitment.Create(seed, CommittedAt));
                service.Verify(protocol, population, frame);
                service.Verify(protocol, population.Take(population.Length / 2), frame);
                if (protocol.Units.SelectMany(u => u.Strata).FirstOrDefault(s => s.Selected.Count > 0 && s.Reserve.Count > 0) is { } stratum)
                {
                    var unit = protocol.Units.First(u => u.Strata.Contains(stratum)).Unit;
                    service.Replace(protocol, unit, stratum.Selected[0].Key, "not-assessable");
                }

                var records = collector.GetSnapshot();
                var texts = records.SelectMany(r => (r.StructuredState ?? []).Select(kv => kv.Value ?? string.Empty).Append(r.Message)).ToList();
                var leaked = texts.Where(t => t.Contains('Q', StringComparison.Ordinal)).ToList();
                return (leaked.Count == 0).Label("leaked: " + string.Join(" | ", leaked))
                    .And(records.Any(r => r.Id.Id == 1001)).Label("the draw was logged");
            });

    [Fact]
    public void Draw_WithExclusionsAndShortfall_LogsTheEventsOfTheTable()
    {
        var (service, collector) = Service();
        // A: 25 keys, 4 excluded, no shortfall; B: 5 keys, short by 5, stratum s1 (1 key) below the floor of 3;
        // C: 13 keys, stratum s1 with exactly the floor (3 selected: not below it).
        var population = Enumerable.Range(0, 30).Select(i => new PopulationItem($"K{i:D2}", i < 25 ? "A" : "B", i % 3 == 0 ? "s1" : "s2"))
            .Concat(Enumerable.Range(30, 13).Select(i => new PopulationItem($"K{i:D2}", "C", i < 33 ? "s1" : "s2"))).ToList();
        var frame = PopulationItem.Frame.ExcludeKeys("recently-sampled", ["K01", "K02", "K03"]).ExcludeKeys("host-rule", ["K04"]);
        var seed = Seed.Parse("31415926535897932384");
        var protocol = service.Draw(population, frame, SampleParameters.Create("TL-2025-04", perUnit: 10, minPerStratum: 3, reserve: 1), seed, SeedCommitment.Create(seed, CommittedAt));

        var records = collector.GetSnapshot();
        var drawn = records.Single(r => r.Id.Id == 1001);
        drawn.Level.ShouldBe(LogLevel.Information);
        drawn.Message.ShouldContain("TL-2025-04");
        drawn.Message.ShouldContain("population 43");
        drawn.Message.ShouldContain($"{protocol.Units.Sum(u => u.Selected)} selected");
        drawn.Message.ShouldContain(protocol.SeedCommitment[..16]);
        records.Where(r => r.Id.Id == 1002).Select(r => r.Message).ShouldBe(
            ["Draw TL-2025-04 excluded 1 keys for reason host-rule", "Draw TL-2025-04 excluded 3 keys for reason recently-sampled"]);
        var shortfall = records.Single(r => r.Id.Id == 1003);
        shortfall.Level.ShouldBe(LogLevel.Warning);
        shortfall.Message.ShouldBe("Draw TL-2025-04: 1 of 3 units fell short of the request by 5 in total (fewer-eligible-than-requested)");
        protocol.Units.Single(u => u.Unit == "C").Strata.Single(st => st.Stratum == "s1").Selected.Count.ShouldBe(3);
        var floor = records.Single(r => r.Id.Id == 1004);
        floor.Message.ShouldBe("Draw TL-2025-04: 1 strata have fewer selected than the floor of 3 per stratum");
    }

    [Fact]
    public void Verify_AgainstAnotherPopulation_WarnsWithTheDiscrepancyKinds()
    {
        var (service, collector) = Service();
        var population = Enumerable.Range(0, 20).Select(i => new PopulationItem($"K{i:D2}", "A", "s")).ToList();
        var seed = Seed.Parse("31415926535897932384");
        var protocol = service.Draw(population, PopulationItem.Frame, SampleParameters.Create("TL-2025-05", perUnit: 10), seed, SeedCommitment.Create(seed, CommittedAt));

        service.Verify(protocol, population, PopulationItem.Frame).IsValid.ShouldBeTrue();
        collector.LatestRecord.Id.Id.ShouldBe(1005);
        service.Verify(protocol, population.Skip(1), PopulationItem.Frame).IsValid.ShouldBeFalse();
        var failed = collector.LatestRecord;
        failed.Id.Id.ShouldBe(1006);
        failed.Level.ShouldBe(LogLevel.Warning);
        failed.Message.ShouldContain("Population");
        failed.Message.ShouldNotContain("K00");
    }

    [Fact]
    public void AddVkbSampling_WithLogging_TheServiceLogsThroughTheHostsLogger()
    {
        var collector = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        services.AddSingleton<IClock>(new FakeClock(CommittedAt));
        services.AddVkbSampling();
        using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<SamplingService>();
        var seed = Seed.Parse("31415926535897932384");
        service.Draw([new PopulationItem("K1", "A", "s")], PopulationItem.Frame, SampleParameters.Create("D", 10), seed, service.Commit(seed));

        collector.GetSnapshot().ShouldContain(r => r.Id.Id == 1001 && r.Category == typeof(SamplingService).FullName);
    }

    [Fact]
    public void AddVkbSampling_WithoutLogging_StillResolvesAndDraws()
    {
        var services = new ServiceCollection();
        services.AddVkbSampling();
        using var provider = services.BuildServiceProvider();
        var seed = Seed.Parse("31415926535897932384");
        var service = provider.GetRequiredService<SamplingService>();
        service.Draw([new PopulationItem("K1", "A", "s")], PopulationItem.Frame, SampleParameters.Create("D", 10), seed, service.Commit(seed)).Units.ShouldHaveSingleItem();
    }
}
