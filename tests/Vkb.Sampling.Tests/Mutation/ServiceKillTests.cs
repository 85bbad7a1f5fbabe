using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The sampling service and its options: what the Stryker run of session 4 found not covered or
/// unpinned (docs/mutation/stryker-2026-12-05-sampling-session4.md).
/// </summary>
public class ServiceKillTests
{
    private static readonly Instant Now = Instant.FromUtc(2025, 4, 1, 8, 0);
    private static readonly YearMonth April = new(2025, 4);

    private static SamplingService Service(SamplingOptions? options = null) => new(new FakeClock(Now), Options.Create(options ?? new SamplingOptions()));

    private static List<PopulationItem> Population(int count) =>
        Enumerable.Range(0, count).Select(i => new PopulationItem($"K{i:D3}", i % 2 == 0 ? "A" : "B", i % 3 == 0 ? "s1" : "s2")).ToList();

    [Theory]
    [InlineData(9, 2, 2, 0, "TeamLeadPerUnit")]
    [InlineData(1_000_001, 2, 2, 0, "TeamLeadPerUnit")]
    [InlineData(10, -1, 2, 0, "Reserve")]
    [InlineData(10, 1001, 2, 0, "Reserve")]
    [InlineData(10, 2, -1, 0, "ExcludePreviousMonths")]
    [InlineData(10, 2, 121, 0, "ExcludePreviousMonths")]
    [InlineData(10, 2, 2, -1, "MinPerStratum")]
    [InlineData(10, 2, 2, 1001, "MinPerStratum")]
    public void Options_OneValueOutOfRange_OneProblemNamingIt(int perUnit, int reserve, int months, int min, string name)
    {
        using var provider = new ServiceCollection().AddVkbSampling(o =>
        {
            o.TeamLeadPerUnit = perUnit;
            o.Reserve = reserve;
            o.ExcludePreviousMonths = months;
            o.MinPerStratum = min;
        }).BuildServiceProvider();
        var ex = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SamplingOptions>>().Value);
        ex.Failures.ShouldHaveSingleItem().ShouldStartWith("SamplingOptions." + name + " must be");
    }

    [Theory]
    [InlineData(10, 0, 0, 0)]
    [InlineData(1_000_000, 1000, 120, 1000)]
    public void Options_AtTheirLimits_Valid(int perUnit, int reserve, int months, int min)
    {
        using var provider = new ServiceCollection().AddVkbSampling(o =>
        {
            o.TeamLeadPerUnit = perUnit;
            o.Reserve = reserve;
            o.ExcludePreviousMonths = months;
            o.MinPerStratum = min;
        }).BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<SamplingOptions>>().Value;
        (options.TeamLeadPerUnit, options.Reserve, options.ExcludePreviousMonths, options.MinPerStratum).ShouldBe((perUnit, reserve, months, min));
    }

    [Fact]
    public void Options_Defaults_TenPerTeamLead_TwoInReserve_TwoMonthsExcluded_NoMinimum()
    {
        var options = new SamplingOptions();
        (options.TeamLeadPerUnit, options.Reserve, options.ExcludePreviousMonths, options.MinPerStratum).ShouldBe((10, 2, 2, 0));
    }

    [Fact]
    public void AddVkbSampling_NullArguments_Refused()
    {
        Should.Throw<ArgumentNullException>(() => ((IServiceCollection)null!).AddVkbSampling());
        Should.Throw<ArgumentNullException>(() => new ServiceCollection().AddVkbSampling((Action<SamplingOptions>)null!));
        Should.Throw<ArgumentNullException>(() => new ServiceCollection().AddVkbSampling((Microsoft.Extensions.Configuration.IConfiguration)null!));
        Should.Throw<ArgumentNullException>(() => ((IServiceCollection)null!).AddVkbSampling(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build()));
    }

    [Fact]
    public void AddVkbSampling_Twice_OneValidatorAndOneService()
    {
        var services = new ServiceCollection().AddVkbSampling().AddVkbSampling(o => o.Reserve = 5);
        services.Count(d => d.ServiceType == typeof(IValidateOptions<SamplingOptions>)).ShouldBe(1);
        services.Count(d => d.ServiceType == typeof(SamplingService)).ShouldBe(1);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<SamplingService>().Options.Reserve.ShouldBe(5);
    }

    [Fact]
    public void Constructors_NullClockOrOptions_Refused_TimeProviderDatesTheCommitment()
    {
        Should.Throw<ArgumentNullException>(() => new SamplingService((IClock)null!, Options.Create(new SamplingOptions())));
        Should.Throw<ArgumentNullException>(() => new SamplingService(new FakeClock(Now), null!));
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2031, 1, 2, 3, 4, 5, TimeSpan.Zero));
        new SamplingService(time, Options.Create(new SamplingOptions())).Commit(Seed.Parse("31415926535897932384")).CommittedAt.ShouldBe(Instant.FromUtc(2031, 1, 2, 3, 4, 5));
        new SamplingService(time, Options.Create(new SamplingOptions()), null).Freeze(["b", "a"]).FrozenAt.ShouldBe(Instant.FromUtc(2031, 1, 2, 3, 4, 5));
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void NewSeed_CommitmentDatedByTheClockAndMatchingTheSeed()
    {
        using var rng = RandomNumberGenerator.Create();
        var (seed, commitment) = Service().NewSeed(rng);
        seed.Value.Length.ShouldBe(64);
        commitment.Matches(seed).ShouldBeTrue();
        commitment.CommittedAt.ShouldBe(Now);
    }

    [Fact]
    public void Freeze_DatedByTheClock_CountsDistinctKeys()
    {
        var snapshot = Service().Freeze(["b", "a", "b"]);
        snapshot.FrozenAt.ShouldBe(Now);
        snapshot.DistinctKeys.ShouldBe(2);
        snapshot.ShouldBe(PopulationSnapshot.Freeze(["a", "b"], new FakeClock(Now)));
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void TeamLeadParameters_TakeTheOptions_AndTheWeights()
    {
        var p = Service(new SamplingOptions { TeamLeadPerUnit = 12, MinPerStratum = 2, Reserve = 3 })
            .TeamLeadParameters(new YearMonth(987, 1), new Dictionary<string, decimal> { ["young"] = 2m });
        (p.DrawId, p.PerUnit, p.MinPerStratum, p.Reserve, p.Level).ShouldBe(("TL-0987-01", 12, 2, 3, DrawLevel.TeamLead));
        p.WeightOf("young").ShouldBe(2m);
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void WithRecentExclusion_ExcludesTheConfiguredMonths_ZeroLeavesTheFrameAlone()
    {
        var history = new SampleHistory();
        history.Add(April.PlusMonths(-1), ["K000"]);
        history.Add(April.PlusMonths(-3), ["K001"]);
        var population = Population(30);
        var seed = Seed.Parse("31415926535897932384");
        var commitment = SeedCommitment.Create(seed, Now);
        var parameters = SampleParameters.Create("D", 10);

        var zero = Service(new SamplingOptions { ExcludePreviousMonths = 0 });
        zero.WithRecentExclusion(PopulationItem.Frame, history, April).ShouldBeSameAs(PopulationItem.Frame);

        var two = Service(new SamplingOptions { ExcludePreviousMonths = 2 });
        var frame = two.WithRecentExclusion(PopulationItem.Frame, history, April);
        two.Draw(population, frame, parameters, seed, commitment).Excluded.Select(e => e.Key).ShouldBe(["K000"]);

        var three = Service(new SamplingOptions { ExcludePreviousMonths = 3 });
        three.Draw(population, three.WithRecentExclusion(PopulationItem.Frame, history, April), parameters, seed, commitment).Excluded.Select(e => e.Key).Order(StringComparer.Ordinal).ShouldBe(["K000", "K001"]);
        Should.Throw<ArgumentNullException>(() => two.WithRecentExclusion<PopulationItem>(null!, history, April));
    }

    [Fact]
    [Trait("Rule", "S9")]
    public async Task DrawVerifyReplace_SameAsTheSampler_SyncAndAsync()
    {
        var service = Service();
        var population = Population(60);
        var seed = Seed.Parse("31415926535897932384");
        var commitment = SeedCommitment.Create(seed, Now);
        var parameters = SampleParameters.Create("D", 10, 1, 2);
        var expected = Sampler.Draw(population, PopulationItem.Frame, parameters, seed, commitment);

        var drawn = service.Draw(population, PopulationItem.Frame, parameters, seed, commitment);
        drawn.ToJson().ShouldBe(expected.ToJson());
        var sorted = population.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        service.Draw(sorted, PopulationItem.Frame, parameters, seed, commitment, order: PopulationOrder.SortedByKey).ToJson().ShouldBe(expected.ToJson());
        (await service.DrawAsync(population.ToAsyncEnumerable(), PopulationItem.Frame, parameters, seed, commitment)).ToJson().ShouldBe(expected.ToJson());

        service.Verify(drawn, population, PopulationItem.Frame).IsValid.ShouldBeTrue();
        service.Verify(drawn, sorted, PopulationItem.Frame, order: PopulationOrder.SortedByKey).IsValid.ShouldBeTrue();
        service.Verify(drawn, population.Skip(1), PopulationItem.Frame).IsValid.ShouldBeFalse();
        (await service.VerifyAsync(drawn, population.ToAsyncEnumerable(), PopulationItem.Frame)).IsValid.ShouldBeTrue();
        (await service.VerifyAsync(drawn, population.Skip(1).ToAsyncEnumerable(), PopulationItem.Frame)).IsValid.ShouldBeFalse();

        var unit = drawn.Units[0];
        var key = unit.Strata.First(s => s.Selected.Count > 0 && s.Reserve.Count > 0).Selected[0].Key;
        var replaced = service.Replace(drawn, unit.Unit, key, "not-assessable");
        replaced.ToJson().ShouldBe(Sampler.Replace(drawn, unit.Unit, key, "not-assessable").ToJson());
        replaced.Replacements.ShouldHaveSingleItem().Reason.ShouldBe("not-assessable");
    }
}
