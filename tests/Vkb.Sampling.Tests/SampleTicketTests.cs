using System.Security.Cryptography;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

public class SampleTicketTests
{
    private static readonly Seed TestSeed = Seed.FromDice("3141592653 5897932384 6264338327");

    [Fact]
    [Trait("Rule", "S9")]
    public void Compute_MatchesSpecConstructionWrittenOut_SameBytes()
    {
        var message = SpecMessage.Build(TestSeed.Value, "TL-2025-04", "Kö-4711");
        var expected = Convert.ToHexStringLower(SHA256.HashData(message));

        SampleTicket.Compute(TestSeed, "TL-2025-04", "Kö-4711").ToString().ShouldBe(expected);
    }

    [Fact]
    public void Compute_LongKey_SameAsSpec()
    {
        var key = new string('x', 5000);
        var ticket = SampleTicket.Compute(TestSeed, "d", key);
        SampleTicket.Parse(ticket.ToString()).ShouldBe(ticket);
    }

    [Fact]
    public void Compute_DifferentDrawIds_DifferentTickets() =>
        SampleTicket.Compute(TestSeed, "a", "k").ShouldNotBe(SampleTicket.Compute(TestSeed, "b", "k"));

    [Fact]
    public void Compute_LoneSurrogate_Throws() =>
        Should.Throw<ArgumentException>(() => SampleTicket.Compute(TestSeed, "d", "a\ud800b"));

    [Fact]
    public void CompareTo_UnsignedBigEndian_ByteWise()
    {
        var low = SampleTicket.Parse("7f" + new string('f', 62));
        var high = SampleTicket.Parse("80" + new string('0', 62));
        (low < high).ShouldBeTrue();
        low.CompareTo(high).ShouldBeLessThan(0);
        (high >= low).ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("zz00000000000000000000000000000000000000000000000000000000000000")]
    public void TryParse_Malformed_False(string text) => SampleTicket.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Parse_UpperCase_WritesLowerCase()
    {
        var text = "AB" + new string('0', 62);
        SampleTicket.Parse(text).ToString().ShouldBe(text.ToLowerInvariant());
    }
}
