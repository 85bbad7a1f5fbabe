using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The entry points of <see cref="Sampler"/> (S5, S7, S9): each argument check names its parameter, each refusal
/// says why, and the second stage's order of freeze and commitment holds to the tick. Written for the Stryker
/// run of session 7 (docs/mutation/stryker-2026-12-06-sampling-session7.md): before it, no test passed a null
/// to the sampler and the refusals were asserted by their exception type alone.
/// </summary>
public class SamplerKillTests
{
    private static readonly Seed TestSeed = Seed.Parse("16180339887498948482");
    private static readonly Instant CommittedAt = Instant.FromUtc(2025, 4, 21, 8, 0);
    private static readonly SeedCommitment Commitment = SeedCommitment.Create(TestSeed, CommittedAt);
    private static readonly SampleParameters Parameters = SampleParameters.Create("RD-2025-04", 4, 1, 1, level: DrawLevel.RegionalDirectorate);

    private static readonly PopulationItem[] Population =
        [.. Enumerable.Range(0, 20).Select(i => new PopulationItem($"K{i:D2}", i < 10 ? "A" : "B", i % 2 == 0 ? "s1" : "s2"))];

    private static SampleProtocol Draw() => Sampler.Draw(Population, PopulationItem.Frame, Parameters, TestSeed, Commitment);

    [Fact]
    [Trait("Rule", "S9")]
    public async Task NullArguments_RefusedWithTheirNames()
    {
        var frame = PopulationItem.Frame;
        var p = Draw();
        Should.Throw<ArgumentNullException>(() => Sampler.Draw(null!, frame, Parameters, TestSeed, Commitment)).ParamName.ShouldBe("population");
        Should.Throw<ArgumentNullException>(() => Sampler.Draw(Population, null!, Parameters, TestSeed, Commitment)).ParamName.ShouldBe("frame");
        Should.Throw<ArgumentNullException>(() => Sampler.Draw(Population, frame, null!, TestSeed, Commitment)).ParamName.ShouldBe("parameters");
        Should.Throw<ArgumentNullException>(() => Sampler.Draw(Population, frame, Parameters, null!, Commitment)).ParamName.ShouldBe("seed");
        Should.Throw<ArgumentNullException>(() => Sampler.Draw(Population, frame, Parameters, TestSeed, null!)).ParamName.ShouldBe("commitment");
        (await Should.ThrowAsync<ArgumentNullException>(() => Sampler.DrawAsync<PopulationItem>(null!, frame, Parameters, TestSeed, Commitment))).ParamName.ShouldBe("population");
        (await Should.ThrowAsync<ArgumentNullException>(() => Sampler.DrawAsync(Population.ToAsyncEnumerable(), null!, Parameters, TestSeed, Commitment))).ParamName.ShouldBe("frame");

        Should.Throw<ArgumentNullException>(() => Sampler.Verify(null!, Population, frame)).ParamName.ShouldBe("protocol");
        Should.Throw<ArgumentNullException>(() => Sampler.Verify<PopulationItem>(p, null!, frame)).ParamName.ShouldBe("population");
        Should.Throw<ArgumentNullException>(() => Sampler.Verify(p, Population, null!)).ParamName.ShouldBe("frame");
        (await Should.ThrowAsync<ArgumentNullException>(() => Sampler.VerifyAsync(null!, Population.ToAsyncEnumerable(), frame))).ParamName.ShouldBe("protocol");
        (await Should.ThrowAsync<ArgumentNullException>(() => Sampler.VerifyAsync<PopulationItem>(p, null!, frame))).ParamName.ShouldBe("population");
        (await Should.ThrowAsync<ArgumentNullException>(() => Sampler.VerifyAsync(p, Population.ToAsyncEnumerable(), null!))).ParamName.ShouldBe("frame");

        var key = p.Units[0].Strata[0].Selected[0].Key;
        Should.Throw<ArgumentNullException>(() => Sampler.Replace(null!, "A", key, "ill")).ParamName.ShouldBe("protocol");
        Should.Throw<ArgumentNullException>(() => Sampler.Replace(p, null!, key, "ill")).ParamName.ShouldBe("unit");
        Should.Throw<ArgumentNullException>(() => Sampler.Replace(p, "A", null!, "ill")).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => Sampler.Replace(p, "A", key, null!)).ParamName.ShouldBe("reason");
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Refusals_SayWhy()
    {
        var other = SeedCommitment.Create(Seed.Parse("16180339887498948483"), CommittedAt);
        var mismatch = Should.Throw<ArgumentException>(() => Sampler.Draw(Population, PopulationItem.Frame, Parameters, TestSeed, other));
        (mismatch.ParamName, mismatch.Message).ShouldBe(("commitment", "The seed commitment does not match the seed. (Parameter 'commitment')"));

        var silent = SampleFrame.Create<PopulationItem>(i => i.Key, i => i.Unit);
        var undeclared = Should.Throw<ArgumentException>(() => Sampler.Draw(Population, silent, Parameters, TestSeed, Commitment));
        undeclared.ParamName.ShouldBe("frame");
        undeclared.Message.ShouldStartWith("The frame does not say how § 16a cases are handled (S7)");

        var p = Draw();
        var notSelected = Should.Throw<ArgumentException>(() => Sampler.Replace(p, "A", "K99", "ill"));
        notSelected.Message.ShouldBe("The key is not selected in the unit. (Parameter 'key')");
        notSelected.Message.ShouldNotContain("K99");
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void SecondStage_CommitmentAtTheFreezeInstantRefused_OneTickLaterAccepted_ChangedPopulationRefused()
    {
        var snapshot = PopulationSnapshot.Freeze(Population.Select(i => i.Key), new NodaTime.Testing.FakeClock(CommittedAt));
        var atFreeze = Should.Throw<ArgumentException>(() => Sampler.Draw(Population, PopulationItem.Frame, Parameters, TestSeed, Commitment, snapshot));
        (atFreeze.ParamName, atFreeze.Message).ShouldBe(("commitment", "A second-stage seed must be committed after the population of the previous stage was frozen (S5). (Parameter 'commitment')"));

        var later = SeedCommitment.Create(TestSeed, CommittedAt + Duration.FromTicks(1));
        var drawn = Sampler.Draw(Population, PopulationItem.Frame, Parameters, TestSeed, later, snapshot);
        drawn.PopulationFrozenAt.ShouldBe(CommittedAt);
        drawn.ToJson().ShouldBe((Sampler.Draw(Population, PopulationItem.Frame, Parameters, TestSeed, later) with { PopulationFrozenAt = CommittedAt }).ToJson());

        var changed = Should.Throw<InvalidOperationException>(() => Sampler.Draw(Population.Skip(1), PopulationItem.Frame, Parameters, TestSeed, later, snapshot));
        changed.Message.ShouldBe("The population differs from the frozen snapshot of the previous stage (digest mismatch).");
    }
}
