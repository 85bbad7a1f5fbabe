using Vkb.Pseudonymization;

namespace Vkb.Pseudonymization.Tests;

/// <summary>Fixed keys for tests: bytes 0..31 and 1..32.</summary>
internal static class TestKeys
{
    public static byte[] Bytes(byte start = 0) => Enumerable.Range(start, 32).Select(i => (byte)i).ToArray();

    public static PseudonymizationKey Key(byte start = 0) => PseudonymizationKey.FromBytes(Bytes(start));
}
