using FsCheck.Xunit;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

/// <summary>
/// The streaming engine's fast paths: the inline ordinal order check, the inline copy of short
/// digest keys, and the single eligible record that is counted and offered at once and taken back
/// when its key recurs (in another unit, another stratum, or excluded), also at batch boundaries.
/// </summary>
public class StreamingEngineTests
{
    private static readonly string[] Units = ["A", "B", "TL-07"];
    private static readonly string[] Strata = ["x", "y", "z"];
    private static readonly char[] Alphabet = ['a', 'b', 'Z', '0', 'é', '中', '\ud800', '\udc00', '\ue000', '\uffff'];

    private static string RandomText(Random random, int maxLength) =>
        new([.. Enumerable.Range(0, random.Next(maxLength + 1)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

    [Property(MaxTest = 300)]
    [Trait("Rule", "S3")]
    public bool CompareKeys_AnyTwoKeys_SameSignAsCompareOrdinal(int randomSeed)
    {
        var random = new Random(randomSeed);

        // A long shared prefix, as in sorted extracts, then tails that differ anywhere.
        var prefix = RandomText(random, 20);
        var x = prefix + RandomText(random, 9);
        var y = random.Next(4) == 0 ? x : prefix + RandomText(random, 9);
        return Math.Sign(DrawEngine.CompareKeys(x, y)) == Math.Sign(string.CompareOrdinal(x, y)) &&
               Math.Sign(DrawEngine.CompareKeys(y, x)) == Math.Sign(string.CompareOrdinal(y, x));
    }

    [Fact]
    public void CopyShort_EveryLength_CopiesExactlyTheSourceBytes()
    {
        var random = new Random(7);
        for (var n = 0; n <= 40; n++)
        {
            var source = new byte[n];
            random.NextBytes(source);
            var destination = Enumerable.Repeat((byte)0xAA, n + 20).ToArray();
            PopulationDigest.CopyShort(source, destination.AsSpan(3));
            destination.AsSpan(3, n).ToArray().ShouldBe(source);
            destination.Take(3).Concat(destination.Skip(3 + n)).ShouldAllBe(b => b == 0xAA);
        }
    }

    [Property(MaxTest = 60)]
    [Trait("Rule", "S9")]
    public bool Draw_RecurringKeysOverManyBatches_SortedStreamEqualsUnorderedDraw(int randomSeed)
    {
        var random = new Random(randomSeed);
        // Small populations leave (unit, stratum) pairs that only a recurring key's first record
        // names; large ones span several batches of 64 keys.
        var small = random.Next(2) == 0;
        var items = Enumerable.Range(0, random.Next(1, small ? 25 : 400))
            .Select(_ => new PopulationItem("K" + random.Next(0, small ? 10 : 150).ToString("D3", System.Globalization.CultureInfo.InvariantCulture), Units[random.Next(Units.Length)], Strata[random.Next(Strata.Length)]))
            .ToArray();
        var seed = Seed.Parse("31415926535897932384");
        var commitment = SeedCommitment.Create(seed, Instant.FromUtc(2025, 4, 1, 8, 0));
        var parameters = SampleParameters.Create("TL-2025-04", random.Next(1, 6), 0, random.Next(0, 3), level: DrawLevel.RegionalDirectorate);
        var frame = PopulationItem.Frame
            .ExcludeWhen("rehab-closed", p => p.Unit == "B" && p.Stratum == "z")
            .ExcludeKeys("reviewed", ["K007", "K042", "K100"]);

        var sorted = items.OrderBy(i => i.Key, StringComparer.Ordinal).ThenBy(_ => random.Next()).ToArray();
        var streamed = Sampler.Draw(sorted, frame, parameters, seed, commitment, order: PopulationOrder.SortedByKey);
        var unordered = Sampler.Draw(Naive.Shuffle(items, randomSeed), frame, parameters, seed, commitment);

        // Each unit lists exactly the strata its keys are drawn in (the ordinally smallest of a
        // key's strata in the unit), never a stratum a recurring key was only seen in first.
        var expectedStrata = items.GroupBy(i => i.Unit, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => g.GroupBy(i => i.Key, StringComparer.Ordinal).Select(k => k.Select(i => i.Stratum).Min(StringComparer.Ordinal)!).Distinct().Order(StringComparer.Ordinal).ToList(),
            StringComparer.Ordinal);
        return streamed.ToJson() == unordered.ToJson() &&
               streamed.Units.Count == expectedStrata.Count &&
               streamed.Units.All(u => u.Strata.Select(s => s.Stratum).SequenceEqual(expectedStrata[u.Unit]));
    }
}
