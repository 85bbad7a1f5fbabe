using System.Buffers.Binary;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The suite's scalar SHA-256 kernel (shared source compiled into Vkb.Sampling for its constants) and the package's
/// multi-buffer compression run the same FIPS 180-4 rounds: for any state and block they give the same next state.
/// The multi-buffer path is pinned to the platform's SHA-256 (<see cref="TicketBatchTests"/>); this pins the kernel
/// inside this assembly, where Stryker run g2 of session 8 found its compression uncovered.
/// </summary>
public class KernelAgreementTests
{
    [Fact]
    [Trait("Rule", "S9")]
    public void Compress_AnyStateAndBlock_KernelEqualsTheMultiBufferRounds()
    {
        var random = new Random(20261206);
        Span<uint> schedule = stackalloc uint[64];
        for (var run = 0; run < 300; run++)
        {
            var block = new byte[64];
            random.NextBytes(block);
            var state = new uint[8];
            for (var i = 0; i < 8; i++)
            {
                state[i] = run == 0 ? Sha256Kernel.InitialState[i] : (uint)random.NextInt64(0, 1L << 32);
            }

            var words = new uint[16];
            for (var t = 0; t < 16; t++)
            {
                words[t] = BinaryPrimitives.ReadUInt32BigEndian(block.AsSpan(4 * t));
            }

            var expected = (uint[])state.Clone();
            MultiBufferSha256.Compress<Lanes1, uint>(expected, words, default, 1);
            var actual = (uint[])state.Clone();
            Sha256Kernel.Compress(actual, block, schedule);
            actual.ShouldBe(expected, $"run {run}");
        }
    }

    [Fact]
    public void Compress_BlockStateOrScheduleOfTheWrongSize_Refused()
    {
        var state = new uint[8];
        Sha256Kernel.Compress(state, new byte[64], new uint[64]);
        Sha256Kernel.Compress(state, new byte[64], new uint[65]);
        foreach (var (s, b, w) in new[] { (8, 63, 64), (8, 65, 64), (7, 64, 64), (9, 64, 64), (8, 64, 63) })
        {
            var ex = Should.Throw<ArgumentException>(() => Sha256Kernel.Compress(new uint[s], new byte[b], new uint[w]));
            ex.Message.ShouldStartWith("SHA-256 compresses one 64-byte block into an 8-word state with a 64-word schedule.");
        }
    }
}
