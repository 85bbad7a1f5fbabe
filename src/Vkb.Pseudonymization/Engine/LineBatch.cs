using System.Buffers;

namespace Vkb.Pseudonymization.Engine;

/// <summary>
/// A batch of input lines held in one reusable buffer: each with its line number and bytes (without the line
/// break), or marked as too long. A pipeline run reuses its batches, so reading allocates nothing once they
/// have grown to the input's line sizes.
/// </summary>
internal sealed class LineBatch : IDisposable
{
    private readonly List<(long Line, int Start, int Length)> _items = [];
    private byte[] _data = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _used;

    /// <summary>The number of lines.</summary>
    public int Count => _items.Count;

    /// <summary>The line number of line <paramref name="index"/> (1-based, counting blank lines).</summary>
    public long LineNumber(int index) => _items[index].Line;

    /// <summary>Whether line <paramref name="index"/> was longer than the limit (its bytes were not kept).</summary>
    public bool IsTooLong(int index) => _items[index].Length < 0;

    /// <summary>The bytes of line <paramref name="index"/>; valid until the batch is cleared.</summary>
    public ReadOnlyMemory<byte> Bytes(int index) => _data.AsMemory(_items[index].Start, Math.Max(0, _items[index].Length));

    public void Add(long line, ReadOnlySpan<byte> bytes)
    {
        if (_data.Length - _used < bytes.Length)
        {
            PooledBytes.Grow(ref _data, _used, bytes.Length);
        }

        bytes.CopyTo(_data.AsSpan(_used));
        _items.Add((line, _used, bytes.Length));
        _used += bytes.Length;
    }

    public void AddTooLong(long line) => _items.Add((line, 0, -1));

    public void Clear()
    {
        _items.Clear();
        _used = 0;
    }

    /// <summary>Returns the buffer to the pool; the batch must not be used afterwards.</summary>
    public void Dispose() => PooledBytes.Return(ref _data);
}
