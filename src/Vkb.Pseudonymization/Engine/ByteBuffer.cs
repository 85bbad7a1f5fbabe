using System.Buffers;

namespace Vkb.Pseudonymization.Engine;

/// <summary>A growable, pooled byte buffer that can be cut back (to drop a record that failed half-written).</summary>
internal sealed class ByteBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _data = ArrayPool<byte>.Shared.Rent(64 * 1024);

    /// <summary>The bytes written (<see cref="Truncate"/> cuts it back).</summary>
    public int Length { get; private set; }

    public ReadOnlyMemory<byte> WrittenMemory => _data.AsMemory(0, Length);

    /// <summary>Written bytes from <paramref name="start"/>, to patch (e.g. a header filled in after its record).</summary>
    public Span<byte> WrittenSpan(int start, int length) => _data.AsSpan(0, Length).Slice(start, length);

    public void Truncate(int length) => Length = Math.Clamp(length, 0, Length);

    public void Clear() => Length = 0;

    public void Write(byte value)
    {
        GetSpan(1)[0] = value;
        Length++;
    }

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _data.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _data.AsSpan(Length);
    }

    private void Ensure(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 256);
        if (_data.Length - Length < needed)
        {
            PooledBytes.Grow(ref _data, Length, needed);
        }
    }

    /// <summary>Returns the buffer to the pool; the buffer must not be used afterwards.</summary>
    public void Dispose()
    {
        PooledBytes.Return(ref _data);
        Length = 0;
    }
}
