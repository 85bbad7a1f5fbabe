using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

/// <summary>Floors that cannot be forgotten (S1, S5), district draws (S6) and the content digest.</summary>
public class FloorAndDistrictTests
{
    private static readonly Seed TestSeed = Seed.FromDice("31415926535897932384");
    private static readonly SeedCommitment Commitment = SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 1, 8, 0));

    [Theory]
    [Trait("Rule", "S1")]
    [Trait("Rule", "S5")]
    [InlineData(DrawLevel.TeamLead)]
    [InlineData(DrawLevel.HeadOffice)]
    public void Parameters_NinePerUnit_RefusedWithoutReason(DrawLevel level)
    {
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 9, level: level)).Message.ShouldContain(level == DrawLevel.TeamLead ? "(S1)" : "(S5)");
        SampleParameters.Create("d", 10, level: level).IsBelowFloor.ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Parameters_DefaultLevelIsTeamLead_SoTheFloorHoldsForHostsThatSayNothing() =>
        Should.Throw<ArgumentException>(() => SampleParameters.Create("TL-2025-04", 1));

    [Fact]
    [Trait("Rule", "S1")]
    public void Parameters_BelowFloorWithReason_RecordedInTheProtocolAndReadBack()
    {
        var parameters = SampleParameters.Create("TL-2025-04", 6, belowFloorReason: "team of 6 customers this month");
        var population = Enumerable.Range(0, 20).Select(i => new PopulationItem($"K{i:D2}", "TL-1", "all"));

        var protocol = Sampler.Draw(population, PopulationItem.Frame, parameters, TestSeed, Commitment);

        var json = protocol.ToJson();
        json.ShouldContain("\"level\": \"teamLead\"");
        json.ShouldContain("\"belowFloorReason\": \"team of 6 customers this month\"");
        SampleProtocol.FromJson(json).Parameters.BelowFloorReason.ShouldBe("team of 6 customers this month");
        Should.Throw<FormatException>(() => SampleProtocol.FromJson(json.Replace("\"belowFloorReason\": \"team of 6 customers this month\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"belowFloorReason\": \"team of 6 customers this month\"", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Parameters_ReasonWithoutBeingBelowTheFloor_Refused() =>
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 10, belowFloorReason: "why not"));

    [Fact]
    [Trait("Rule", "S6")]
    public void Parameters_RdDrawHasNoFloor() =>
        SampleParameters.Create("RD", 3, level: DrawLevel.RegionalDirectorate).IsBelowFloor.ShouldBeFalse();

    [Fact]
    [Trait("Rule", "S6")]
    public void Draw_RestrictedToOneDistrict_PopulationWithAnotherDistrictsCase_Refused()
    {
        var frame = PopulationItem.Frame.RestrictToUnit("NRW");
        var own = Enumerable.Range(0, 20).Select(i => new PopulationItem($"P{i:D2}", "NRW", "all")).ToList();
        var parameters = SampleParameters.Create("RD-NRW-2025-04", 10, level: DrawLevel.RegionalDirectorate);

        Sampler.Draw(own, frame, parameters, TestSeed, Commitment).Units.ShouldHaveSingleItem().Unit.ShouldBe("NRW");
        var ex = Should.Throw<InvalidOperationException>(() => Sampler.Draw([.. own, new PopulationItem("P99", "BY", "all")], frame, parameters, TestSeed, Commitment));
        ex.Message.ShouldBe("Population item 21 belongs to another unit than the one this draw is restricted to; a district's draw is refused for a population holding another district's cases (S6).");
    }

    public static TheoryData<string> Changes => ["unit", "stratum", "exclusion attribute", "16a mark", "job centre"];

    [Theory]
    [MemberData(nameof(Changes))]
    [Trait("Rule", "S9")]
    public void ContentDigest_ChangesWithEveryFieldTheDrawReads_KeyDigestDoesNot(string change)
    {
        var population = Enumerable.Range(0, 30).Select(i => new PopulationItem($"K{i:D2}", i % 2 == 0 ? "TL-1" : "TL-2", i % 3 == 0 ? "a" : "b") { JobCentre = "J1" }).ToArray();
        var changed = population.ToArray();
        changed[4] = change switch
        {
            "unit" => changed[4] with { Unit = "TL-2" },
            "stratum" => changed[4] with { Stratum = "c" },
            "exclusion attribute" => changed[4] with { Stratum = "excluded" },
            "16a mark" => changed[4] with { Section16a = true },
            _ => changed[4] with { JobCentre = "J2" },
        };
        var frame = PopulationItem.Frame.ExcludeWhen("host-rule", i => i.Stratum == "excluded");
        var parameters = SampleParameters.Create("TL-2025-04", 10);

        var before = Sampler.Draw(population, frame, parameters, TestSeed, Commitment);
        var after = Sampler.Draw(changed, frame, parameters, TestSeed, Commitment);

        after.PopulationDigest.ShouldBe(before.PopulationDigest);
        after.PopulationContentDigest.ShouldNotBe(before.PopulationContentDigest);
        Sampler.Verify(before, changed, frame).Discrepancies.ShouldContain(d => d.Path == "populationContentDigest");
        Sampler.Draw(population.Reverse(), frame, parameters, TestSeed, Commitment).PopulationContentDigest.ShouldBe(before.PopulationContentDigest);
    }

    private sealed record FlaggedCase(string Key, string Unit, bool Flag);

    [Fact]
    [Trait("Rule", "S9")]
    public void ContentDigest_ExclusionAttributeAloneChanges_DigestChanges()
    {
        // The flag is read only by the exclusion rule: the mask is the one place the digest sees it.
        var frame = SampleFrame.Create<FlaggedCase>(c => c.Key, c => c.Unit).WithoutSection16a("test").ExcludeWhen("flagged", c => c.Flag);
        var population = Enumerable.Range(0, 20).Select(i => new FlaggedCase($"K{i:D2}", "TL-1", false)).ToArray();
        var changed = population.ToArray();
        changed[3] = changed[3] with { Flag = true };
        var parameters = SampleParameters.Create("TL-2025-04", 10);

        Sampler.Draw(changed, frame, parameters, TestSeed, Commitment).PopulationContentDigest
            .ShouldNotBe(Sampler.Draw(population, frame, parameters, TestSeed, Commitment).PopulationContentDigest);
    }

    [Theory]
    [InlineData("\"units\": [", "\"units\": null, \"x\": [", "units")]
    [InlineData("\"seed\": \"", "\"seed\": null, \"y\": \"", "seed")]
    public void FromJson_NullMember_FormatExceptionNotNullReference(string from, string to, string member)
    {
        var json = Sampler.Draw(Enumerable.Range(0, 12).Select(i => new PopulationItem($"K{i:D2}", "TL-1", "all")), PopulationItem.Frame, SampleParameters.Create("d", 10), TestSeed, Commitment).ToJson();
        var broken = json.Replace(from, to, StringComparison.Ordinal);
        broken.ShouldNotBe(json);

        Should.Throw<FormatException>(() => SampleProtocol.FromJson(broken)).Message.ShouldContain(member == "units" ? "units" : "seed");
    }

    [Fact]
    public void FromJson_NullListEntryOrDuplicateMember_FormatException()
    {
        var json = Sampler.Draw(Enumerable.Range(0, 12).Select(i => new PopulationItem($"K{i:D2}", "TL-1", "all")), PopulationItem.Frame, SampleParameters.Create("d", 10), TestSeed, Commitment).ToJson();

        Should.Throw<FormatException>(() => SampleProtocol.FromJson(json.Replace("\"excluded\": []", "\"excluded\": [null]", StringComparison.Ordinal))).Message.ShouldContain("excluded[0] is null");
        Should.Throw<FormatException>(() => SampleProtocol.FromJson(json.Replace("\"drawId\": \"d\",", "\"drawId\": \"d\", \"drawId\": \"e\",", StringComparison.Ordinal)));
        Should.Throw<FormatException>(() => SampleProtocol.FromJson(json.Replace("\"perUnit\": 10,", "\"perUnit\": 10, \"perUnit\": 11,", StringComparison.Ordinal)));
    }
}
