using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The sampling service's log lines, word for word: totals summed over units, notes and
/// discrepancy kinds sorted and joined, events only when there is something to report, the
/// replacement event and the shortened seed commitment; found unpinned by the Stryker run of
/// session 4 (docs/mutation/stryker-2026-12-05-sampling-session4.md).
/// </summary>
public class LoggingKillTests
{
    private static readonly Instant CommittedAt = Instant.FromUtc(2025, 4, 1, 8, 0);
    private static readonly Seed TestSeed = Seed.Parse("31415926535897932384");

    private static (SamplingService Service, FakeLogCollector Collector) Service()
    {
        var logger = new FakeLogger<SamplingService>();
        return (new SamplingService(new FakeClock(CommittedAt), Options.Create(new SamplingOptions()), logger), logger.Collector);
    }

    [Fact]
    public void Draw_TotalsOverUnits_NotesSortedAndJoined_SeedCommitmentShortened()
    {
        var (service, collector) = Service();

        // A: 3 strata of 2 keys, the minimums (2 each) exceed the request of 4: selected 2+1+1, reserve 0+1+1;
        // B: 2 keys, short by 2; C: 1 key, short by 3; D: 6 keys, selected 4, reserve 1.
        // A unit short of its request never has minimums exceeding it, so the shortfall event names one note.
        var population = Enumerable.Range(0, 6).Select(i => new PopulationItem($"A{i}", "A", "s" + (i % 3)))
            .Concat([new PopulationItem("B0", "B", "s0"), new PopulationItem("B1", "B", "s0"), new PopulationItem("C0", "C", "s0")])
            .Concat(Enumerable.Range(0, 6).Select(i => new PopulationItem($"D{i}", "D", "s0"))).ToList();
        var protocol = service.Draw(population, PopulationItem.Frame, SampleParameters.Create("RD-LOG", 4, 2, 1, level: DrawLevel.RegionalDirectorate), TestSeed, SeedCommitment.Create(TestSeed, CommittedAt));
        var reserve = protocol.Units.Sum(u => u.Strata.Sum(s => s.Reserve.Count));
        reserve.ShouldBeGreaterThan(protocol.Units.Max(u => u.Strata.Sum(s => s.Reserve.Count)));

        var records = collector.GetSnapshot();
        records.Single(r => r.Id.Id == 1001).Message.ShouldBe(
            $"Draw RD-LOG completed: population 15, 4 units, 11 selected, {reserve} in reserve, 0 excluded, 0 duplicate keys (seed commitment {protocol.SeedCommitment[..16]})");
        records.Single(r => r.Id.Id == 1003).Message.ShouldBe(
            "Draw RD-LOG: 2 of 4 units fell short of the request by 5 in total (fewer-eligible-than-requested)");
        records.Single(r => r.Id.Id == 1004).Message.ShouldBe("Draw RD-LOG: 3 strata have fewer selected than the floor of 2 per stratum");
        reserve.ShouldBe(3);
    }

    [Fact]
    public void Draw_NoShortfallNoStratumBelowTheFloor_NoWarnings()
    {
        var (service, collector) = Service();
        service.Draw(Enumerable.Range(0, 20).Select(i => new PopulationItem($"K{i:D2}", "A", "s")), PopulationItem.Frame, SampleParameters.Create("TL-LOG", 10, 1), TestSeed, SeedCommitment.Create(TestSeed, CommittedAt));
        collector.GetSnapshot().Select(r => r.Id.Id).ShouldBe([1001]);
    }

    [Fact]
    public void Verify_KindsSortedAndJoined_Replace_Logged()
    {
        var (service, collector) = Service();
        var population = Enumerable.Range(0, 20).Select(i => new PopulationItem($"K{i:D2}", "A", "s")).ToList();
        var protocol = service.Draw(population, PopulationItem.Frame, SampleParameters.Create("TL-LOG", 10, reserve: 2), TestSeed, SeedCommitment.Create(TestSeed, CommittedAt));
        var forged = protocol with { PopulationSize = 99, Algorithm = protocol.Algorithm, Duplicates = [new DuplicateKey { Key = "K00", Unit = "A", Occurrences = 2 }] };
        service.Verify(forged, population, PopulationItem.Frame).Discrepancies.Select(d => d.Kind).Distinct().Count().ShouldBe(2);
        collector.LatestRecord.Message.ShouldBe("Protocol of draw TL-LOG failed verification: 2 discrepancies (Population,Duplicate)");

        service.Replace(protocol, "A", protocol.Units[0].Strata[0].Selected[0].Key, "not-assessable");
        var replaced = collector.LatestRecord;
        replaced.Id.Id.ShouldBe(1007);
        replaced.Message.ShouldBe("Draw TL-LOG: a selected key was replaced from the reserve for reason not-assessable (1 replacements in total)");
    }
}
