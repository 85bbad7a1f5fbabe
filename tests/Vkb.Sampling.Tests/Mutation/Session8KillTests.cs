using System.Security.Cryptography;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// Survivors of the Stryker run g2 of session 8 (docs/mutation/stryker-2026-12-06-sampling-session8.md): the ticket
/// batch's bookkeeping of the key just encoded, long prefixes, the multi-buffer compression's
/// buffer check, the hasher's stack-buffer edge, refusal messages, the strict ticket order, the host's rules kept
/// by a § 16a declaration, an excluded key that is not valid UTF-16 (S3, S7, S9).
/// </summary>
public class Session8KillTests
{
    private static readonly Seed TestSeed = Seed.Parse("31415926535897932384");

    private static SampleTicket Reference(string drawId, string key) =>
        SampleTicket.Parse(Convert.ToHexStringLower(SHA256.HashData(SpecMessage.Build(TestSeed.Value, drawId, key))));

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(16)]
    [Trait("Rule", "S9")]
    public void Batch_NothingToAdd_AfterAFailedEncodeOrAClear_NorWhenFull(int lanes)
    {
        var batch = new TicketBatch(TestSeed, "d", lanes);

        // Nothing encoded yet, or the key just encoded already added: nothing to add.
        Should.Throw<InvalidOperationException>(() => batch.AddEncoded());
        batch.Add("first");
        Should.Throw<InvalidOperationException>(() => batch.AddEncoded());
        batch.Clear();

        // A key that fails to encode leaves nothing to add, even after a key that encoded.
        batch.TryEncode("ok", out _).ShouldBeTrue();
        batch.TryEncode("x\udc00", out _).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => batch.AddEncoded()).Message
            .ShouldBe("A ticket batch adds the key just encoded, while it is not full.");

        // Clear forgets the key just encoded.
        batch.TryEncode("ok", out _).ShouldBeTrue();
        batch.Clear();
        Should.Throw<InvalidOperationException>(() => batch.AddEncoded());
        batch.Count.ShouldBe(0);

        // A full batch takes no further key.
        var keys = Enumerable.Range(0, TicketBatch.Capacity).Select(i => "K" + i).ToList();
        keys.ForEach(k => batch.Add(k));
        batch.IsFull.ShouldBeTrue();
        batch.TryEncode("one-more", out _).ShouldBeTrue();
        Should.Throw<InvalidOperationException>(() => batch.AddEncoded());
        batch.Count.ShouldBe(TicketBatch.Capacity);
        batch.Compute().ToArray().ShouldBe(keys.Select(k => Reference("d", k)));
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Batch_LoneSurrogate_RefusedWithItsMessage()
    {
        var batch = new TicketBatch(TestSeed, "d", 1);
        var ex = Should.Throw<ArgumentException>(() => batch.Add("a\ud800b"));
        ex.Message.ShouldStartWith("A record key is not valid UTF-16 (lone surrogate).");
        ex.ParamName.ShouldBe("key");
    }

    [Fact]
    public void Compress_BuffersTooShortForTheLanesAndBlocks_Refused()
    {
        var state = new uint[8 * 8];
        var words = new uint[2 * 16 * 8];
        var masks = new uint[2 * 8];
        Should.NotThrow(() => MultiBufferSha256.Compress<Lanes8, System.Runtime.Intrinsics.Vector256<uint>>(state, words, masks, 2));
        Should.NotThrow(() => MultiBufferSha256.Compress<Lanes8, System.Runtime.Intrinsics.Vector256<uint>>(state, words, default, 2));
        Should.Throw<ArgumentException>(() => MultiBufferSha256.Compress<Lanes8, System.Runtime.Intrinsics.Vector256<uint>>(state.AsSpan(1), words, masks, 2))
            .Message.ShouldBe("The SHA-256 buffers are too short for the lanes and blocks.");
        Should.Throw<ArgumentException>(() => MultiBufferSha256.Compress<Lanes8, System.Runtime.Intrinsics.Vector256<uint>>(state, words.AsSpan(1), masks, 2));
        Should.Throw<ArgumentException>(() => MultiBufferSha256.Compress<Lanes8, System.Runtime.Intrinsics.Vector256<uint>>(state, words, masks.AsSpan(1), 2));
    }

    [Fact]
    public void Batch_LaneCountOtherThan1Or8Or16_Refused()
    {
        foreach (var lanes in new[] { 0, 2, 4, 32 })
        {
            var ex = Should.Throw<ArgumentException>(() => new TicketBatch(TestSeed, "d", lanes));
            ex.Message.ShouldStartWith("A ticket batch has 1, 8 or 16 lanes.");
            ex.ParamName.ShouldBe("lanes");
        }
    }

    /// <summary>A prefix of more than 64 blocks (a draw id of 4,200 bytes): the midstate covers its whole blocks.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(16)]
    [Trait("Rule", "S9")]
    public void Batch_PrefixOfMoreThan64Blocks_TheSpecsTicket(int lanes)
    {
        var drawId = new string('i', 4_200);
        var batch = new TicketBatch(TestSeed, drawId, lanes);
        string[] keys = ["k", "", new string('x', 300)];
        foreach (var key in keys)
        {
            batch.Add(key);
        }

        batch.Compute().ToArray().ShouldBe(keys.Select(k => Reference(drawId, k)));
    }

    /// <summary>Three-byte characters around the hasher's 512-byte stack buffer: every key length whose message just fits or just does not.</summary>
    [Fact]
    [Trait("Rule", "S9")]
    public void Compute_ThreeByteKeysAtTheStackBufferEdge_TheSpecsTicket()
    {
        foreach (var drawId in new[] { "d", "TL-2025-04", new string('i', 40) })
        {
            for (var n = 135; n <= 165; n++)
            {
                var key = new string('€', n);
                SampleTicket.Compute(TestSeed, drawId, key).ShouldBe(Reference(drawId, key), $"{n} characters, draw id of {drawId.Length}");
            }
        }
    }

    [Fact]
    public void Ticket_RefusalsNameTheirArgumentAndSayWhy()
    {
        Should.Throw<ArgumentNullException>(() => SampleTicket.Compute(TestSeed, null!, "k")).ParamName.ShouldBe("drawId");
        var drawId = Should.Throw<ArgumentException>(() => SampleTicket.Compute(TestSeed, "d\udc00", "k"));
        drawId.Message.ShouldStartWith("The draw id is not valid UTF-16.");
        var key = Should.Throw<ArgumentException>(() => SampleTicket.Compute(TestSeed, "d", "k\ud800"));
        key.Message.ShouldStartWith("A record key is not valid UTF-16 (lone surrogate).");
        var t = SampleTicket.Parse(new string('0', 64));
        var copy = Should.Throw<ArgumentException>(() => t.CopyTo(new byte[31]));
        copy.GetType().ShouldBe(typeof(ArgumentException));
        copy.Message.ShouldStartWith("The destination must hold 32 bytes.");
        Should.Throw<ArgumentException>(() => t.CompareTo((object)"x")).Message.ShouldStartWith("The object is not a SampleTicket.");
    }

    [Fact]
    [Trait("Rule", "S3")]
    public void StrictOrder_ATicketIsNeitherSmallerNorLargerThanAnEqualOne()
    {
        var t = SampleTicket.Compute(TestSeed, "d", "k");
        var same = SampleTicket.Parse(t.ToString());
        (t < same).ShouldBeFalse();
        (t > same).ShouldBeFalse();
        (t <= same).ShouldBeTrue();
        (t >= same).ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Section16aDeclaration_KeepsTheHostsOwnRules()
    {
        var frame = SampleFrame.Create<PopulationItem>(i => i.Key, i => i.Unit, i => i.Stratum)
            .ExcludeWhen("host-rule", i => i.Stratum == "x")
            .ExcludeKeys("reviewed", ["K1"]);
        frame.WithoutSection16a("SGB III cases only").ExclusionReasons.ShouldBe(["host-rule", "reviewed"]);
        frame.WithSection16a(i => i.Section16a, i => i.JobCentre, ConsentRegister.Empty, new YearMonth(2025, 4))
            .ExclusionReasons.ShouldBe(["host-rule", "reviewed", SampleFrame.Section16aReason]);
    }

    [Fact]
    public void Frame_RefusalsNameTheirArgumentAndSayWhy()
    {
        var frame = SampleFrame.Create<PopulationItem>(i => i.Key, i => i.Unit);
        Should.Throw<ArgumentNullException>(() => frame.ExcludeKeys("r", null!)).ParamName.ShouldBe("keys");
        Should.Throw<ArgumentException>(() => frame.RestrictToUnit(string.Empty)).Message.ShouldStartWith("A unit is not empty.");
        Should.Throw<ArgumentException>(() => frame.ExcludeWhen(string.Empty, _ => true)).Message
            .ShouldStartWith("A reason has 1 to 200 characters and no control characters.");
    }

    [Fact]
    [Trait("Rule", "S9")]
    public void Draw_LoneSurrogateKey_EligibleRefusedWithItsMessage_ExcludedInTheDigestAsUtf8WithReplacement()
    {
        var seed = Seed.Parse("57721566490153286060");
        var commitment = SeedCommitment.Create(seed, Instant.FromUtc(2025, 4, 1, 8, 0));
        var parameters = SampleParameters.Create("D-UTF", 10, 0, 0, level: DrawLevel.RegionalDirectorate);
        PopulationItem[] items = [new("a\ud800", "A", "s"), new("b", "A", "s")];
        var ex = Should.Throw<ArgumentException>(() => Sampler.Draw(items, PopulationItem.Frame, parameters, seed, commitment));
        ex.Message.ShouldStartWith("A record key is not valid UTF-16 (lone surrogate).");

        var frame = PopulationItem.Frame.ExcludeKeys("reviewed", ["a\ud800"]);
        foreach (var order in new[] { PopulationOrder.Unordered, PopulationOrder.SortedByKey })
        {
            var protocol = Sampler.Draw(order == PopulationOrder.SortedByKey ? items : items.Reverse(), frame, parameters, seed, commitment, order: order);
            protocol.PopulationDigest.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("a\ud800\nb"))));
            protocol.Units.Single().Strata.Single().Selected.Single().Key.ShouldBe("b");
        }
    }
}
