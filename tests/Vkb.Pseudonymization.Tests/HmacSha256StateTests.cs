using System.Security.Cryptography;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization;

namespace Vkb.Pseudonymization.Tests;

public class HmacSha256StateTests
{
    [Property(MaxTest = 300)]
    public Property Compute_AnyKeyAndMessage_EqualsTheFrameworkHmac()
    {
        var bytes = Gen.Choose(0, 255).Select(b => (byte)b);
        var keys = Gen.Choose(1, 100).SelectMany(n => bytes.ArrayOf(n));
        var messages = Gen.Choose(0, 200).SelectMany(n => bytes.ArrayOf(n));
        return Prop.ForAll(keys.ToArbitrary(), messages.ToArbitrary(), (key, message) =>
        {
            var actual = new byte[32];
            new HmacSha256State(key).Compute(message, actual);
            return actual.AsSpan().SequenceEqual(HMACSHA256.HashData(key, message));
        });
    }

    [Fact]
    public void Compute_EveryMessageLengthAroundTheBlockBoundaries_EqualsTheFrameworkHmac()
    {
        var key = TestKeys.Bytes();
        var state = new HmacSha256State(key);
        for (var length = 0; length <= 200; length++)
        {
            var message = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
            var actual = new byte[32];
            state.Compute(message, actual);
            actual.ShouldBe(HMACSHA256.HashData(key, message));
        }
    }
}
