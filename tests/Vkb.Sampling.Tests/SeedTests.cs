using System.Security.Cryptography;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

public class SeedTests
{
    [Fact]
    public void FromDice_GroupedDigits_DropsSeparators() =>
        Seed.FromDice("12345 67890-12345 67890").Value.ShouldBe("12345678901234567890");

    [Theory]
    [InlineData("1234567890123456789")]
    [InlineData("")]
    public void FromDice_FewerThan20Digits_Throws(string digits)
    {
        var ex = Should.Throw<ArgumentException>(() => Seed.FromDice(digits));
        ex.Message.ShouldContain("at least 20 digits");
    }

    [Fact]
    public void FromDice_Letters_Throws() => Should.Throw<ArgumentException>(() => Seed.FromDice("1234567890123456789a"));

    [Fact]
    public void Generate_Rng_64HexDigitsAndDistinct()
    {
        using var rng = RandomNumberGenerator.Create();
        var a = Seed.Generate(rng);
        var b = Seed.Generate(rng);
        a.Value.Length.ShouldBe(64);
        a.ShouldNotBe(b);
        Seed.Parse(a.Value).ShouldBe(a);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("ABCDEF0123456789ABCDEF")]
    [InlineData("0123456789012345678g")]
    public void TryParse_Invalid_False(string text) => Seed.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void Commitment_Create_UsesClockAndMatchesOnlyItsSeed()
    {
        var clock = new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 4, 1, 8, 0));
        var seed = Seed.FromDice("11111111112222222222");
        var commitment = SeedCommitment.Create(seed, clock);
        commitment.CommittedAt.ShouldBe(clock.GetCurrentInstant());
        commitment.Matches(seed).ShouldBeTrue();
        commitment.Matches(Seed.FromDice("11111111112222222223")).ShouldBeFalse();
        commitment.Digest.ShouldBe(Convert.ToHexStringLower(SHA256.HashData("11111111112222222222"u8)));
        SeedCommitment.Parse(commitment.Digest.ToUpperInvariant(), commitment.CommittedAt).ShouldBe(commitment);
    }
}
