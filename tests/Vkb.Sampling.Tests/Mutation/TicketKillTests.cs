using System.Security.Cryptography;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The ticket (S3, S9): the order of all four 64-bit words, equality, the operators, the hash over
/// the stack/pool boundary of the hasher, and the draw-id check; found unpinned by the Stryker run
/// of session 4 (docs/mutation/stryker-2026-12-05-sampling-session4.md).
/// </summary>
public class TicketKillTests
{
    private static readonly Seed TestSeed = Seed.Parse("31415926535897932384");

    private static SampleTicket T(int word, byte value)
    {
        var bytes = new byte[32];
        bytes[(word * 8) + 7] = value;
        return SampleTicket.Parse(Convert.ToHexString(bytes));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [Trait("Rule", "S3")]
    public void Order_EachWordDecides_WhenTheWordsBeforeAreEqual(int word)
    {
        var low = T(word, 1);
        var high = T(word, 2);
        low.CompareTo(high).ShouldBeLessThan(0);
        high.CompareTo(low).ShouldBeGreaterThan(0);
        low.CompareTo(low).ShouldBe(0);
        (low < high).ShouldBeTrue();
        (high < low).ShouldBeFalse();
        (low > high).ShouldBeFalse();
        (high > low).ShouldBeTrue();
        (low <= high).ShouldBeTrue();
        (high <= low).ShouldBeFalse();
        (low <= T(word, 1)).ShouldBeTrue();
        (low >= high).ShouldBeFalse();
        (low >= T(word, 1)).ShouldBeTrue();
        (low == T(word, 1)).ShouldBeTrue();
        (low == high).ShouldBeFalse();
        (low != high).ShouldBeTrue();
        (low != T(word, 1)).ShouldBeFalse();
        low.Equals(high).ShouldBeFalse();
        low.Equals((object)T(word, 1)).ShouldBeTrue();
        low.Equals((object)high).ShouldBeFalse();
        low.Equals("x").ShouldBeFalse();
        low.GetHashCode().ShouldBe(T(word, 1).GetHashCode());

        // An earlier word outweighs a later one.
        if (word > 0)
        {
            T(word - 1, 1).CompareTo(T(word, 255)).ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void CompareToObject_NullIsSmaller_OtherTypesRefused()
    {
        var t = T(0, 1);
        t.CompareTo((object?)null).ShouldBe(1);
        t.CompareTo((object)T(0, 2)).ShouldBeLessThan(0);
        t.CompareTo((object)T(0, 1)).ShouldBe(0);
        Should.Throw<ArgumentException>(() => t.CompareTo((object)"x")).ParamName.ShouldBe("obj");
    }

    [Fact]
    public void CopyTo_WritesTheBigEndianBytes_ShortDestinationRefused()
    {
        var hex = "0102030405060708" + "1112131415161718" + "2122232425262728" + "3132333435363738";
        var t = SampleTicket.Parse(hex);
        var bytes = new byte[33];
        t.CopyTo(bytes);
        Convert.ToHexString(bytes, 0, 32).ShouldBe(hex);
        bytes[32].ShouldBe((byte)0);
        Should.Throw<ArgumentException>(() => t.CopyTo(new byte[31]));
        t.ToString().ShouldBe(hex);
    }

    [Fact]
    public void Parse_63Or65Digits_Refused_WithTheFormatMessage()
    {
        Should.Throw<FormatException>(() => SampleTicket.Parse(new string('0', 63))).Message.ShouldBe("A sample ticket is written as 64 hexadecimal digits.");
        SampleTicket.TryParse(new string('0', 65), out _).ShouldBeFalse();
        SampleTicket.TryParse(null, out var none).ShouldBeFalse();
        none.ShouldBe(default);
        SampleTicket.TryParse(new string('f', 64), out var max).ShouldBeTrue();
        max.ToString().ShouldBe(new string('f', 64));
    }

    /// <summary>Keys whose message lies just below, at and above the hasher's 512-byte stack buffer, in one- and three-byte characters.</summary>
    [Theory]
    [InlineData(400, 'k')]
    [InlineData(460, 'k')]
    [InlineData(470, 'k')]
    [InlineData(480, 'k')]
    [InlineData(490, 'k')]
    [InlineData(150, '€')]
    [InlineData(160, '€')]
    [InlineData(170, '€')]
    [InlineData(2000, '€')]
    [Trait("Rule", "S9")]
    public void Compute_AroundTheStackBuffer_TheSpecsBytes(int length, char c)
    {
        var key = new string(c, length);
        foreach (var drawId in new[] { "d", "TL-2025-04", new string('i', 40) })
        {
            var expected = Convert.ToHexStringLower(SHA256.HashData(SpecMessage.Build(TestSeed.Value, drawId, key)));
            SampleTicket.Compute(TestSeed, drawId, key).ToString().ShouldBe(expected);
        }
    }

    [Fact]
    public void Compute_NullsAndLoneSurrogateDrawIdRefused()
    {
        Should.Throw<ArgumentNullException>(() => SampleTicket.Compute(null!, "d", "k"));
        Should.Throw<ArgumentNullException>(() => SampleTicket.Compute(TestSeed, null!, "k"));
        Should.Throw<ArgumentNullException>(() => SampleTicket.Compute(TestSeed, "d", null!));
        Should.Throw<ArgumentException>(() => SampleTicket.Compute(TestSeed, "d\udc00", "k")).ParamName.ShouldBe("drawId");
        Should.Throw<ArgumentException>(() => SampleTicket.Compute(TestSeed, "d", "k\ud800")).ParamName.ShouldBe("key");
    }
}
