using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

public class SamplerTests
{
    private static readonly Seed TestSeed = Seed.FromDice("27182818284590452353");
    private static readonly Instant Committed = Instant.FromUtc(2025, 4, 1, 8, 0);
    private static readonly SeedCommitment Commitment = SeedCommitment.Create(TestSeed, Committed);

    private static PopulationItem[] Team(string unit, int count, string stratum = "all") =>
        Enumerable.Range(0, count).Select(i => new PopulationItem($"{unit}-C{i:D3}", unit, stratum)).ToArray();

    [Fact]
    [Trait("Rule", "S1")]
    public void Draw_TeamWithFewerThanTenEligible_TakesAllAndReportsShortfall()
    {
        var protocol = Sampler.Draw(Team("TL-1", 7), PopulationItem.Frame, SampleParameters.Create("d", 10), TestSeed, Commitment);
        var unit = protocol.Units.ShouldHaveSingleItem();
        unit.Selected.ShouldBe(7);
        unit.Shortfall.ShouldBe(3);
        unit.Notes.ShouldBe(["fewer-eligible-than-requested"]);
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void Draw_DuplicateKeys_CountedOnceAndReported()
    {
        var population = Team("TL-1", 12).Concat([new PopulationItem("TL-1-C001", "TL-1", "all"), new PopulationItem("TL-1-C001", "TL-1", "zzz")]).ToArray();
        var protocol = Sampler.Draw(population, PopulationItem.Frame, SampleParameters.Create("d", 12), TestSeed, Commitment);
        protocol.Duplicates.ShouldHaveSingleItem().ShouldBe(new DuplicateKey { Key = "TL-1-C001", Unit = "TL-1", Occurrences = 3 });
        protocol.PopulationSize.ShouldBe(14);
        protocol.Units.Single().Strata.Sum(s => s.Eligible).ShouldBe(12);
        protocol.SelectedKeys("TL-1").Distinct().Count().ShouldBe(12);
    }

    [Fact]
    public void Draw_EmptyPopulation_NoUnitsAndDigestOfNothing()
    {
        var protocol = Sampler.Draw(Array.Empty<PopulationItem>(), PopulationItem.Frame, SampleParameters.Create("d", 10), TestSeed, Commitment);
        protocol.Units.ShouldBeEmpty();
        protocol.PopulationSize.ShouldBe(0);
        protocol.PopulationDigest.ShouldBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Draw_AllExcluded_UnitListedWithFullShortfall()
    {
        var frame = PopulationItem.Frame.ExcludeWhen("s16a-without-consent", _ => true);
        var protocol = Sampler.Draw(Team("TL-1", 3), frame, SampleParameters.Create("d", 10), TestSeed, Commitment);
        protocol.Units.Single().Shortfall.ShouldBe(10);
        protocol.Excluded.Count.ShouldBe(3);
        protocol.Excluded.ShouldAllBe(e => e.Reason == "s16a-without-consent");
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void Draw_SampledInPreviousTwoMonths_Excluded()
    {
        var team = Team("TL-1", 30);
        var history = new SampleHistory();
        var month = new YearMonth(2025, 4);
        var march = Sampler.Draw(team, PopulationItem.Frame, SampleParameters.Create("TL-2025-03", 10), TestSeed, Commitment);
        var february = Sampler.Draw(team, PopulationItem.Frame, SampleParameters.Create("TL-2025-02", 10), TestSeed, Commitment);
        var january = Sampler.Draw(team, PopulationItem.Frame, SampleParameters.Create("TL-2025-01", 10), TestSeed, Commitment);
        history.Add(month.PlusMonths(-1), march);
        history.Add(month.PlusMonths(-2), february);
        history.Add(month.PlusMonths(-3), january);

        var frame = PopulationItem.Frame.ExcludeSampledInPreviousMonths(history, month, 2);
        var april = Sampler.Draw(team, frame, SampleParameters.Create("TL-2025-04", 10), TestSeed, Commitment);

        var recent = march.SelectedKeys("TL-1").Concat(february.SelectedKeys("TL-1")).ToHashSet();
        april.SelectedKeys("TL-1").ShouldAllBe(k => !recent.Contains(k));
        april.Excluded.Select(e => e.Key).ToHashSet().SetEquals(recent).ShouldBeTrue();
        april.Excluded.ShouldAllBe(e => e.Reason == "sampled-in-previous-2-months");
        Sampler.Verify(april, team, frame).IsValid.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Replace_SelectedKey_TakesNextReserveAndVerifies()
    {
        var team = Team("TL-1", 20);
        var protocol = Sampler.Draw(team, PopulationItem.Frame, SampleParameters.Create("d", 10, reserve: 2), TestSeed, Commitment);
        var stratum = protocol.Units[0].Strata[0];
        var victim = stratum.Selected[3].Key;

        var replaced = Sampler.Replace(protocol, "TL-1", victim, "record-not-assessable");

        var r = replaced.Replacements.ShouldHaveSingleItem();
        r.By.ShouldBe(stratum.Reserve[0].Key);
        replaced.SelectedKeys("TL-1").ShouldNotContain(victim);
        replaced.SelectedKeys("TL-1").ShouldContain(stratum.Reserve[0].Key);
        replaced.Units[0].Strata[0].Reserve.ShouldBe([stratum.Reserve[1]]);
        Sampler.Verify(SampleProtocol.FromJson(replaced.ToJson()), team, PopulationItem.Frame).IsValid.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Verify_ReplacementNotFromReserve_Reported()
    {
        var team = Team("TL-1", 20);
        var protocol = Sampler.Replace(
            Sampler.Draw(team, PopulationItem.Frame, SampleParameters.Create("d", 10, reserve: 2), TestSeed, Commitment),
            "TL-1",
            Sampler.Draw(team, PopulationItem.Frame, SampleParameters.Create("d", 10, reserve: 2), TestSeed, Commitment).Units[0].Strata[0].Selected[0].Key,
            "x");
        var forged = protocol with { Replacements = [protocol.Replacements[0] with { By = "TL-1-C019" }] };

        var verification = Sampler.Verify(forged, team, PopulationItem.Frame);

        verification.Discrepancies.ShouldContain(d => d.Kind == DiscrepancyKind.Replacement && d.Path == "replacements[0].by");
    }

    [Fact]
    public void Replace_ReserveExhausted_Throws()
    {
        var protocol = Sampler.Draw(Team("TL-1", 20), PopulationItem.Frame, SampleParameters.Create("d", 10), TestSeed, Commitment);
        Should.Throw<InvalidOperationException>(() => Sampler.Replace(protocol, "TL-1", protocol.SelectedKeys("TL-1")[0], "x"));
        Should.Throw<ArgumentException>(() => Sampler.Replace(protocol, "TL-2", protocol.SelectedKeys("TL-1")[0], "x"));
    }

    [Fact]
    public void Draw_CommitmentOfAnotherSeed_Refused() =>
        Should.Throw<ArgumentException>(() => Sampler.Draw(Team("TL-1", 3), PopulationItem.Frame, SampleParameters.Create("d", 10), TestSeed,
            SeedCommitment.Create(Seed.FromDice("11111111111111111111"), Committed)));

    [Fact]
    public void Draw_SelectorReturnsNothing_ErrorNamesItemNotValue()
    {
        var frame = SampleFrame.Create<PopulationItem>(i => i.Key == "TL-1-C002" ? null! : i.Key, i => i.Unit).WithoutSection16a("test");
        var ex = Should.Throw<InvalidOperationException>(() => Sampler.Draw(Team("TL-1", 5), frame, SampleParameters.Create("d", 10), TestSeed, Commitment, order: PopulationOrder.SortedByKey));
        ex.Message.ShouldBe("Population item 3: the key selector returned no value.");
    }

    [Fact]
    public void Draw_DeclaredSortedButNot_ErrorNamesItemNotValue()
    {
        var items = Team("TL-1", 5).Reverse().ToArray();
        var ex = Should.Throw<InvalidOperationException>(() => Sampler.Draw(items, PopulationItem.Frame, SampleParameters.Create("d", 10), TestSeed, Commitment, order: PopulationOrder.SortedByKey));
        ex.Message.ShouldStartWith("Population item 2:");
        ex.Message.ShouldNotContain("TL-1-C");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Parameters_RequestBelowOne_Throws(int n) => Should.Throw<ArgumentOutOfRangeException>(() => SampleParameters.Create("d", n));

    [Fact]
    public void Parameters_BadWeightsAndIds_Throw()
    {
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 1, weights: new Dictionary<string, decimal> { ["a"] = 0m }));
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 1, weights: new Dictionary<string, decimal> { ["a"] = 0.0000001m }));
        Should.Throw<ArgumentException>(() => SampleParameters.Create(string.Empty, 1));
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 1, extensions: new Dictionary<string, System.Text.Json.JsonElement> { ["perUnit"] = default }));
    }

    [Fact]
    [Trait("Rule", "S9")]
    public async Task DrawAsync_SameAsSynchronous()
    {
        var team = Team("TL-1", 40).Concat(Team("TL-2", 15, "young")).ToArray();
        var parameters = SampleParameters.Create("d", 10, 1, 2);
        var expected = Sampler.Draw(team, PopulationItem.Frame, parameters, TestSeed, Commitment).ToJson();

        (await Sampler.DrawAsync(team.ToAsyncEnumerable(), PopulationItem.Frame, parameters, TestSeed, Commitment)).ToJson().ShouldBe(expected);
        (await Sampler.DrawAsync(team.OrderBy(t => t.Key, StringComparer.Ordinal).ToAsyncEnumerable(), PopulationItem.Frame, parameters, TestSeed, Commitment, order: PopulationOrder.SortedByKey))
            .ToJson().ShouldBe(expected);
    }

    [Fact]
    [Trait("Rule", "S9")]
    public async Task VerifyAsync_SameVerdictAsSynchronous()
    {
        var team = Team("TL-1", 30);
        var protocol = Sampler.Draw(team, PopulationItem.Frame, SampleParameters.Create("d", 10), TestSeed, Commitment);
        (await Sampler.VerifyAsync(protocol, team.ToAsyncEnumerable(), PopulationItem.Frame)).IsValid.ShouldBeTrue();
        (await Sampler.VerifyAsync(protocol with { DrawId = string.Empty }, team.ToAsyncEnumerable(), PopulationItem.Frame)).Discrepancies
            .ShouldHaveSingleItem().Path.ShouldBe("drawId");
        (await Sampler.VerifyAsync(protocol, team.Skip(1).ToAsyncEnumerable(), PopulationItem.Frame)).IsValid.ShouldBeFalse();
    }

    [Fact]
    public void FromJson_Malformed_FormatExceptionWithoutValues()
    {
        Should.Throw<FormatException>(() => SampleProtocol.FromJson("{ \"algorithm\": 5 }"));
        Should.Throw<FormatException>(() => SampleProtocol.FromJson("not json"));
        Should.Throw<FormatException>(() => SampleProtocol.FromJson("null"));
    }
}
