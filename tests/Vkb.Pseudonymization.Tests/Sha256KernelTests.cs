using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Vkb.Pseudonymization.Tests;

/// <summary>The suite's one SHA-256 kernel (shared source, also behind Vkb.Sampling's multi-buffer code), pinned by the FIPS 180-4 examples.</summary>
public class Sha256KernelTests
{
    /// <summary>SHA-256 of a whole message through the kernel's compression (padding as FIPS 180-4, 5.1.1).</summary>
    private static string Hash(byte[] message)
    {
        var padded = new byte[((message.Length + 8) / 64 * 64) + 64];
        message.CopyTo(padded, 0);
        padded[message.Length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(padded.AsSpan(padded.Length - 8), (ulong)message.Length * 8);
        Span<uint> state = stackalloc uint[8];
        Span<uint> schedule = stackalloc uint[64];
        Sha256Kernel.InitialState.CopyTo(state);
        for (var i = 0; i < padded.Length; i += 64)
        {
            Sha256Kernel.Compress(state, padded.AsSpan(i, 64), schedule);
        }

        var digest = new byte[32];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), state[i]);
        }

        return Convert.ToHexStringLower(digest);
    }

    [Theory]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    [InlineData("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu", "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")]
    public void Compress_FipsExamples_GiveTheirDigests(string message, string digest) => Hash(Encoding.ASCII.GetBytes(message)).ShouldBe(digest);

    [Fact]
    public void Compress_OneMillionA_GivesItsDigest() =>
        Hash(Enumerable.Repeat((byte)'a', 1_000_000).ToArray()).ShouldBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");

    [Property(MaxTest = 300)]
    public Property Compress_AnyMessage_EqualsSha256HashData() =>
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes => Hash(bytes) == Convert.ToHexStringLower(SHA256.HashData(bytes)));

    [Fact]
    public void Constants_AreTheFractionalPartsOfRootsOfPrimes()
    {
        Sha256Kernel.RoundConstants.ToArray().ShouldBe(Derive(64, 3));
        Sha256Kernel.InitialState.ToArray().ShouldBe(Derive(8, 2));
    }

    /// <summary>For each of the first <paramref name="count"/> primes, the 32 bits after the point of p^(1/root), exactly in integers.</summary>
    private static uint[] Derive(int count, int root)
    {
        var result = new List<uint>();
        for (var p = 2; result.Count < count; p++)
        {
            if (Enumerable.Range(2, Math.Max(0, (int)Math.Sqrt(p) - 1)).Any(d => p % d == 0))
            {
                continue;
            }

            var target = (UInt128)(uint)p << (32 * root);
            var x = (UInt128)(ulong)(Math.Pow(p, 1.0 / root) * 4294967296.0);
            while (Power(x, root) > target)
            {
                x--;
            }

            while (Power(x + 1, root) <= target)
            {
                x++;
            }

            result.Add((uint)x);
        }

        return [.. result];

        static UInt128 Power(UInt128 x, int root) => root == 2 ? x * x : x * x * x;
    }
}
