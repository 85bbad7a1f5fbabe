using FsCheck;
using FsCheck.Fluent;
using Vkb.Testing;

namespace Vkb.Synthetic.Tests.Arbitraries;

/// <summary>FsCheck arbitraries for the generator's own tests; shapes and records come from the shared kit.</summary>
public static class SyntheticArbitraries
{
    /// <summary>Tiny shapes from <see cref="ExtractArbitraries.TinyShapes"/>.</summary>
    public static Arbitrary<ExtractShape> TinyShapes() => ExtractArbitraries.TinyShapes();

    /// <summary>Any 64-bit seed.</summary>
    public static Arbitrary<ulong> Seeds() => ArbMap.Default.ArbFor<ulong>();
}
