using System.Security.Cryptography;
using System.Text;
using NodaTime;
using NodaTime.Testing;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The population digest and the frozen snapshot of a second stage (S5, S9), written out as the
/// spec states them (docs/sampling-spec.md, section 3), over keys that cross the digest's 16 KiB
/// buffer; found unpinned by the Stryker run of session 4.
/// </summary>
public class SnapshotKillTests
{
    private static readonly Instant Frozen = Instant.FromUtc(2025, 4, 20, 12, 0);

    private static string SpecDigest(IEnumerable<string> keys) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)))));

    /// <summary>Keys of many lengths: short ones, ones near the 16 KiB buffer, longer ones, and multi-byte characters.</summary>
    public static TheoryData<int[]> KeyLengths() =>
    [
        [1],
        [3, 4, 7, 8, 9, 15, 16, 17, 33],
        [16_383, 1, 16_384, 2, 16_385],
        [5_000, 5_000, 5_000, 5_000, 5_000],
        [20_000, 3, 40_000],
        [8_191, 8_192, 8_193],
    ];

    private static List<string> Keys(int[] lengths) =>
        lengths.Select((n, i) => (char)('a' + i) + new string(i % 2 == 0 ? 'x' : 'ü', n - 1)).ToList();

    [Theory]
    [MemberData(nameof(KeyLengths))]
    [Trait("Rule", "S5")]
    [Trait("Rule", "S9")]
    public void Freeze_DigestIsTheSpecsJoinedSortedDistinctKeys(int[] lengths)
    {
        var keys = Keys(lengths);
        var snapshot = PopulationSnapshot.Freeze(keys.Concat(keys.Take(1)).Reverse(), new FakeClock(Frozen));
        snapshot.Digest.ShouldBe(SpecDigest(keys));
        snapshot.DistinctKeys.ShouldBe(keys.Distinct(StringComparer.Ordinal).Count());
        snapshot.FrozenAt.ShouldBe(Frozen);
    }

    [Theory]
    [MemberData(nameof(KeyLengths))]
    [Trait("Rule", "S9")]
    public void Draw_PopulationDigestIsTheSpecs_AndEqualsTheSnapshotOfTheSameKeys(int[] lengths)
    {
        var keys = Keys(lengths);
        var seed = Seed.Parse("31415926535897932384");
        var population = keys.Select(k => new PopulationItem(k, "RD", "all")).ToList();
        var protocol = Sampler.Draw(population, PopulationItem.Frame, SampleParameters.Create("D", 10, level: DrawLevel.RegionalDirectorate), seed, SeedCommitment.Create(seed, Frozen));
        protocol.PopulationDigest.ShouldBe(SpecDigest(keys));
        protocol.PopulationDigest.ShouldBe(PopulationSnapshot.Freeze(keys, new FakeClock(Frozen)).Digest);
    }

    [Fact]
    public void Freeze_NoKeys_DigestOfNothing_NullsRefused()
    {
        PopulationSnapshot.Freeze([], new FakeClock(Frozen)).Digest.ShouldBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        Should.Throw<ArgumentNullException>(() => PopulationSnapshot.Freeze(null!, new FakeClock(Frozen)));
        Should.Throw<ArgumentNullException>(() => PopulationSnapshot.Freeze([], null!));
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void Create_LowercasesTheDigest_RefusesBadDigestsAndNegativeCounts_EqualityOverEveryField()
    {
        var digest = SpecDigest(["a", "b"]);
        var a = PopulationSnapshot.Create(digest.ToUpperInvariant(), 2, Frozen);
        a.Digest.ShouldBe(digest);
        a.ShouldBe(PopulationSnapshot.Freeze(["b", "a"], new FakeClock(Frozen)));
        a.Equals((object)PopulationSnapshot.Create(digest, 2, Frozen)).ShouldBeTrue();
        a.GetHashCode().ShouldBe(PopulationSnapshot.Create(digest, 2, Frozen).GetHashCode());
        a.Equals(PopulationSnapshot.Create(digest, 3, Frozen)).ShouldBeFalse();
        a.Equals(PopulationSnapshot.Create(digest, 2, Frozen + Duration.FromTicks(1))).ShouldBeFalse();
        a.Equals(PopulationSnapshot.Create(SpecDigest(["a"]), 2, Frozen)).ShouldBeFalse();
        a.Equals(null).ShouldBeFalse();
        a.Equals((object)digest).ShouldBeFalse();
        PopulationSnapshot.Create(digest, 0, Frozen).DistinctKeys.ShouldBe(0);
        Should.Throw<ArgumentOutOfRangeException>(() => PopulationSnapshot.Create(digest, -1, Frozen));
        Should.Throw<FormatException>(() => PopulationSnapshot.Create(digest[..63], 2, Frozen)).Message.ShouldBe("A population digest is 64 hexadecimal digits.");
    }
}
