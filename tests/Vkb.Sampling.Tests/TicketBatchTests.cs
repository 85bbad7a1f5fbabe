using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

/// <summary>
/// The batched multi-buffer SHA-256 must give tickets bit-identical to the spec construction hashed
/// by the platform's SHA-256 (<see cref="SHA256.HashData(byte[])"/>), for every lane width.
/// </summary>
[Properties(Arbitrary = [typeof(TicketBatchTests.Inputs)], MaxTest = 200)]
public class TicketBatchTests
{
    private static readonly int[] LaneWidths = [1, 8, 16];

    /// <summary>The spec construction written out, hashed by the platform.</summary>
    private static SampleTicket Reference(string seed, string drawId, string key) =>
        SampleTicket.Parse(Convert.ToHexStringLower(SHA256.HashData(SpecMessage.Build(seed, drawId, key))));

    /// <summary>Every key through a batch of the given width, in batches of <see cref="TicketBatch.Capacity"/>.</summary>
    private static List<SampleTicket> Batched(Seed seed, string drawId, IReadOnlyList<string> keys, int lanes)
    {
        var batch = new TicketBatch(seed, drawId, lanes);
        var result = new List<SampleTicket>(keys.Count);
        foreach (var key in keys)
        {
            batch.Add(key);
            if (batch.IsFull)
            {
                result.AddRange(batch.Compute().ToArray());
                batch.Clear();
            }
        }

        result.AddRange(batch.Compute().ToArray());
        return result;
    }

    [Property]
    [Trait("Rule", "S9")]
    public bool Batch_RandomSeedsDrawIdsAndMixedKeys_BitIdenticalToHashData(TicketCase c)
    {
        var expected = c.Keys.Select(k => Reference(c.Seed.Value, c.DrawId, k)).ToList();
        return LaneWidths.All(lanes => Batched(c.Seed, c.DrawId, c.Keys, lanes).SequenceEqual(expected));
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Batch_EveryKeyLengthAcrossBlockBoundaries_BitIdenticalToHashData()
    {
        // Seeds of 20, 64 (hex RNG), 99 and 256 characters: prefixes of 51 to 287 bytes, so one to
        // four midstate blocks and every tail length class; keys of 0 to 300 bytes (one to six
        // blocks, and past the four-block lane limit), ASCII and two-byte letters.
        foreach (var seedLength in new[] { 20, 64, 99, 256 })
        {
            var seed = Seed.Parse(string.Concat(Enumerable.Range(0, seedLength).Select(i => "0123456789abcdef"[(i * 7) % 16])));
            var keys = Enumerable.Range(0, 301).Select(n => new string('k', n))
                .Concat(Enumerable.Range(0, 150).Select(n => new string('ü', n)))
                .ToList();
            var expected = keys.Select(k => Reference(seed.Value, "TL-2025-04", k)).ToList();
            foreach (var lanes in LaneWidths)
            {
                Batched(seed, "TL-2025-04", keys, lanes).ShouldBe(expected, $"seed length {seedLength}, {lanes} lanes");
            }
        }
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Batch_SpecVectors_SameAsPerKeyApi()
    {
        foreach (var (seed, drawId, key) in SpecDocumentTests.VectorInputs)
        {
            foreach (var lanes in LaneWidths)
            {
                Batched(Seed.Parse(seed), drawId, [key], lanes).ShouldBe([SampleTicket.Compute(Seed.Parse(seed), drawId, key)]);
            }
        }
    }

    [Fact]
    public void Add_LoneSurrogate_ThrowsWithoutValue()
    {
        var batch = new TicketBatch(Seed.Parse("31415926535897932384"), "d", TicketBatch.PreferredLanes);
        var ex = Should.Throw<ArgumentException>(() => batch.Add("a\ud800b"));
        ex.Message.ShouldNotContain("a\ud800b");
        batch.Count.ShouldBe(0);
        batch.TryEncode("x\udc00", out _).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => batch.AddEncoded());
    }

    [Fact]
    public void TryEncode_NotAdded_LeavesBatchUnchanged()
    {
        var seed = Seed.Parse("31415926535897932384");
        var batch = new TicketBatch(seed, "d", TicketBatch.PreferredLanes);
        batch.Add("first");
        batch.TryEncode("skipped", out var bytes).ShouldBeTrue();
        Encoding.UTF8.GetString(bytes).ShouldBe("skipped");
        batch.Add("second");
        batch.Compute().ToArray().ShouldBe([SampleTicket.Compute(seed, "d", "first"), SampleTicket.Compute(seed, "d", "second")]);
    }

    /// <summary>A seed, a draw id and a list of keys of every length and script.</summary>
    public sealed record TicketCase(Seed Seed, string DrawId, string[] Keys)
    {
        public override string ToString() =>
            $"seed of {Seed.Value.Length} digits, drawId of {DrawId.Length} chars, {Keys.Length} keys of lengths [{string.Join(",", Keys.Select(k => k.Length))}]";
    }

    public static class Inputs
    {
        // Text elements of 1 to 4 UTF-8 bytes (a surrogate pair for the 4-byte ones), so the byte
        // lengths of keys land on every offset within a block.
        private static readonly string[] Pieces = ["a", "Z", "7", "-", " ", "ß", "ü", "Ö", "€", "中", "\u00e9", "e\u0301", "😀", "𝄞", "\n"];

        private static Gen<string> TextGen(int maxPieces) =>
            from count in Gen.Choose(0, maxPieces)
            from pieces in Gen.ArrayOf(Gen.Elements(Pieces), count)
            select string.Concat(pieces);

        private static Gen<string> KeyGen =>
            Gen.Frequency(
                (6, TextGen(24)),
                (3, TextGen(90)),
                (1, from n in Gen.Choose(0, 400) from c in Gen.Elements('x', 'ä', '€') select new string(c, n)));

        public static Arbitrary<TicketCase> TicketCase() =>
            (from seed in Vkb.Testing.SamplingArbitraries.AnySeedGen
             from drawId in TextGen(30)
             from count in Gen.Choose(0, 150)
             from keys in Gen.ArrayOf(KeyGen, count)
             select new TicketCase(seed, drawId, keys)).ToArbitrary();
    }
}
