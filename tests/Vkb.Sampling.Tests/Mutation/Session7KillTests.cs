using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// Survivors of the Stryker run g3 of session 7 (docs/mutation/stryker-2026-12-06-sampling-session7.md): the content
/// digest over more than its 16 KiB buffer and independent of the order of one key's items (S9), the asynchronous
/// draw's ordering and item numbers, the verifier's position checks of units and strata (S9), null arguments.
/// </summary>
public class Session7KillTests
{
    private static readonly Seed TestSeed = Seed.Parse("57721566490153286060");
    private static readonly SeedCommitment Commitment = SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 21, 8, 0));
    private static readonly SampleParameters Parameters = SampleParameters.Create("RD-2025-04", 3, 1, 1, level: DrawLevel.RegionalDirectorate);

    private static SampleProtocol Draw(IEnumerable<PopulationItem> population, SampleFrame<PopulationItem>? frame = null) =>
        Sampler.Draw(population, frame ?? PopulationItem.Frame, Parameters, TestSeed, Commitment);

    /// <summary>The content digest as docs/sampling-spec.md § 3 writes it, for items without § 16a marks or exclusions (mask 0, mark 0).</summary>
    private static string SpecContentDigest(IEnumerable<PopulationItem> items)
    {
        var bytes = new List<byte>();
        void Text(string s)
        {
            var utf8 = Encoding.UTF8.GetBytes(s);
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, utf8.Length);
            bytes.AddRange(length);
            bytes.AddRange(utf8);
        }

        foreach (var i in items.OrderBy(i => i.Key, StringComparer.Ordinal).ThenBy(i => i.Unit, StringComparer.Ordinal).ThenBy(i => i.Stratum, StringComparer.Ordinal)
                     .ThenBy(i => i.JobCentre ?? string.Empty, StringComparer.Ordinal))
        {
            Text(i.Key);
            Text(i.Unit);
            Text(i.Stratum);
            bytes.AddRange(new byte[9]);
            Text(i.JobCentre ?? string.Empty);
        }

        return Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));
    }

    [Theory]
    [InlineData(10, 3)]
    [InlineData(5_000, 7)]
    [InlineData(20_000, 3)]
    [Trait("Rule", "S9")]
    public void ContentDigest_IsTheSpecs_AlsoOverMoreThanItsBuffer(int keyLength, int items)
    {
        var population = Enumerable.Range(0, items)
            .Select(i => new PopulationItem((char)('a' + i) + new string('k', keyLength - 1), i % 2 == 0 ? "A" : "B", "s") { JobCentre = "J" + i }).ToList();
        Draw(population).PopulationContentDigest.ShouldBe(SpecContentDigest(population));
    }

    private sealed record Flagged(string Key, bool Excluded);

    [Fact]
    [Trait("Rule", "S9")]
    public void ContentDigest_OfOneKeysItems_DoesNotDependOnTheirOrder()
    {
        // The exclusion mask alone differs (no § 16a rule: every mark and job centre alike).
        var byFlag = SampleFrame.Create<Flagged>(f => f.Key, _ => "A").WithoutSection16a("test").ExcludeWhen("host-rule", f => f.Excluded);
        var others = Enumerable.Range(0, 6).Select(i => new Flagged($"K{i + 2}", false)).ToList();
        string Digest(IEnumerable<Flagged> items) => Sampler.Draw(items, byFlag, Parameters, TestSeed, Commitment).PopulationContentDigest;
        Digest([new Flagged("K1", true), new Flagged("K1", false), .. others]).ShouldBe(Digest([new Flagged("K1", false), new Flagged("K1", true), .. others]));

        // The § 16a mark alone differs (the register consents for J1, so neither item is excluded), then the job centre alone.
        var consenting = PopulationItem.FrameFor(ConsentRegister.Create([new ConsentDecision("J1", true, new LocalDate(2000, 1, 1), null)]), new YearMonth(2025, 4));
        PopulationItem Item(string jobCentre, bool section16a = false) => new("K1", "A", "s") { JobCentre = jobCentre, Section16a = section16a };
        PopulationItem[][] groups = [[Item("J1", section16a: true), Item("J1")], [Item("J1"), Item("J3")]];
        foreach (var group in groups)
        {
            var rest = Enumerable.Range(0, 6).Select(i => new PopulationItem($"K{i + 2}", "A", "s") { JobCentre = "J1" }).ToList();
            Draw([.. group, .. rest], consenting).PopulationContentDigest.ShouldBe(Draw([.. group.Reverse(), .. rest], consenting).PopulationContentDigest);
        }
    }

    [Fact]
    [Trait("Rule", "S9")]
    public async Task DrawAsync_UnorderedInput_SameAsTheDraw_ItemsNumberedFromOne()
    {
        var population = Enumerable.Range(0, 12).Select(i => new PopulationItem($"K{(i * 7) % 12:D2}", "A", i % 2 == 0 ? "s1" : "s2")).ToList();
        (await Sampler.DrawAsync(population.ToAsyncEnumerable(), PopulationItem.Frame, Parameters, TestSeed, Commitment)).ToJson()
            .ShouldBe(Draw(population).ToJson());
        var sorted = population.OrderBy(i => i.Key, StringComparer.Ordinal).ToList();
        (await Sampler.DrawAsync(sorted.ToAsyncEnumerable(), PopulationItem.Frame, Parameters, TestSeed, Commitment, order: PopulationOrder.SortedByKey)).ToJson()
            .ShouldBe(Draw(population).ToJson());

        var frame = SampleFrame.Create<PopulationItem>(i => i.Key == "K05" ? null! : i.Key, i => i.Unit).WithoutSection16a("test");
        (await Should.ThrowAsync<InvalidOperationException>(() => Sampler.DrawAsync(sorted.ToAsyncEnumerable(), frame, Parameters, TestSeed, Commitment)))
            .Message.ShouldBe("Population item 6: the key selector returned no value.");
        (await Should.ThrowAsync<InvalidOperationException>(() => Sampler.DrawAsync(sorted.ToAsyncEnumerable(), frame, Parameters, TestSeed, Commitment, order: PopulationOrder.SortedByKey)))
            .Message.ShouldBe("Population item 6: the key selector returned no value.");
        var p = Draw(population);
        (await Should.ThrowAsync<InvalidOperationException>(() => Sampler.VerifyAsync(p, sorted.ToAsyncEnumerable(), frame)))
            .Message.ShouldBe("Population item 6: the key selector returned no value.");
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Verify_UnitsOrStrataInAnotherOrder_ReportsEachPositionOnce()
    {
        var population = Enumerable.Range(0, 20).Select(i => new PopulationItem($"K{i:D2}", i < 10 ? "A" : "B", i % 2 == 0 ? "s1" : "s2")).ToList();
        var p = Draw(population);
        string[] Found(SampleProtocol protocol) => [.. Sampler.Verify(protocol, population, PopulationItem.Frame).Discrepancies.Select(d => d.Kind + " " + d.Path)];
        Found(p with { Units = [p.Units[1], p.Units[0]] }).ShouldBe(["Allocation units[0].unit", "Allocation units[1].unit"]);
        var unit = p.Units[0];
        Found(p with { Units = [unit with { Strata = [unit.Strata[1], unit.Strata[0]] }, p.Units[1]] })
            .ShouldBe(["Allocation units[0].strata[0].stratum", "Allocation units[0].strata[1].stratum"]);
    }

    [Fact]
    public async Task NullKeysOrStreams_RefusedWithTheirNames()
    {
        Should.Throw<ArgumentNullException>(() => PopulationSnapshot.Freeze(null!, new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 1, 1, 0, 0)))).ParamName.ShouldBe("keys");
        (await Should.ThrowAsync<ArgumentNullException>(() => SampleProtocol.FromJsonAsync(null!))).ParamName.ShouldBe("utf8Json");
    }

    [Theory]
    [Trait("Rule", "S7")]
    [InlineData("\"jobCentre\": [[[[[[[[1]]]]]]]], \"consent\": true, \"decidedOn\": \"2025-01-02\"", "The consent register is not valid JSON (line 1, byte 134).")]
    [InlineData("\"jobCentre\": \"J\", \"consent\": true, \"decidedOn\": \"2025-01-02\", \"endsOn\": \"2025-1-3\"", "$.decisions[1].endsOn: must be a date yyyy-MM-dd.")]
    public void ParseJson_TooDeepOrBadEnd_Named(string members, string message) =>
        Should.Throw<FormatException>(() => ConsentRegister.Parse(Encoding.UTF8.GetBytes(
                "{ \"format\": \"vkb-consent-16a/1\", \"decisions\": [{ \"jobCentre\": \"OK\", \"consent\": true, \"decidedOn\": \"2024-01-01\" }, { " + members + " }] }")))
            .Message.ShouldBe(message);
}
