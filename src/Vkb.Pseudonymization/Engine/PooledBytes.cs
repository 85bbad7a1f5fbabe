using System.Buffers;

namespace Vkb.Pseudonymization.Engine;

/// <summary>Growing and returning the pooled buffers of batches (large ones would otherwise land on the large object heap every run).</summary>
internal static class PooledBytes
{
    public static void Grow(ref byte[] data, int used, int needed)
    {
        var size = (int)Math.Min(Array.MaxLength, Math.Max((long)data.Length * 2, (long)used + needed));
        var larger = ArrayPool<byte>.Shared.Rent(size);
        data.AsSpan(0, used).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(data);
        data = larger;
    }

    public static void Return(ref byte[] data)
    {
        if (data.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(data);
            data = [];
        }
    }
}
