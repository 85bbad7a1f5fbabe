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

    [Property(MaxTest = 50)]
    public Property KeyedMacs_SubkeysInterleavedBeyondTheRecentCache_EachEqualsTheFrameworkHmacUnderItsOwnSubkey()
    {
        // 24 subkeys (more than the recent-state cache holds), asked for in any order, with strings that are
        // equal but not the same instances: every answer must be the HMAC under the subkey the strings name.
        var calls = Gen.Choose(0, 23).Zip(Gen.Elements("962D123456", "C0000000042", "ÄÖÜ-ß", string.Empty)).ListOf();
        return Prop.ForAll(calls.ToArbitrary(), list =>
        {
            using var key = TestKeys.Key();
            var macs = new KeyedMacs(key);
            foreach (var (subkey, message) in list)
            {
                var scope = new string(('P' + subkey.ToString(System.Globalization.CultureInfo.InvariantCulture)).AsSpan());
                var domain = subkey % 2 == 0 ? new string("customer".AsSpan()) : "staff";
                var actual = new byte[32];
                macs.Compute("pseudonym", domain, scope, message, actual);
                var expected = HMACSHA256.HashData(key.DeriveSubkey("pseudonym", domain, scope), System.Text.Encoding.UTF8.GetBytes(message));
                if (!actual.AsSpan().SequenceEqual(expected))
                {
                    return false;
                }
            }

            return true;
        });
    }
}
