using System.Buffers;

namespace Vkb.Pseudonymization.Pipeline;

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

/// <summary>A growable, pooled byte buffer that can be cut back (to drop a record that failed half-written).</summary>
internal sealed class ByteBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _data = ArrayPool<byte>.Shared.Rent(64 * 1024);

    /// <summary>The bytes written (<see cref="Truncate"/> cuts it back).</summary>
    public int Length { get; private set; }

    public ReadOnlyMemory<byte> WrittenMemory => _data.AsMemory(0, Length);

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

/// <summary>A source of JSON lines.</summary>
internal interface ILineSource
{
    /// <summary>Adds lines to <paramref name="batch"/> until it holds <paramref name="max"/> or the input ends; blank lines are skipped.</summary>
    ValueTask FillAsync(LineBatch batch, int max, CancellationToken cancellationToken);
}

/// <summary>Splits a UTF-8 stream into lines with a bounded buffer; a line longer than the limit is reported, not buffered.</summary>
internal sealed class StreamLineSource : ILineSource
{
    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _skipping;
    private long _line;

    public StreamLineSource(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
    }

    public async ValueTask FillAsync(LineBatch batch, int max, CancellationToken cancellationToken)
    {
        while (batch.Count < max)
        {
            if (TakeBufferedLines(batch, max))
            {
                continue;
            }

            if (_skipping)
            {
                _start = _end = 0;
            }
            else if (_end - _start > _maxLineBytes)
            {
                _line++;
                _skipping = true;
                _start = _end = 0;
                batch.AddTooLong(_line);
                continue;
            }

            if (_eof)
            {
                if (_start < _end && !_skipping)
                {
                    var from = _start;
                    _start = _end;
                    _line++;
                    Add(batch, from, _end);
                }

                return;
            }

            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }

            if (_end == _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, _maxLineBytes + 2));
            }

            var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }

    /// <summary>Takes the complete lines already buffered; false if there was none.</summary>
    private bool TakeBufferedLines(LineBatch batch, int max)
    {
        var took = false;
        while (batch.Count < max)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline < 0)
            {
                break;
            }

            newline += _start;
            var from = _start;
            _start = newline + 1;
            took = true;
            if (_skipping)
            {
                _skipping = false;
                continue;
            }

            _line++;
            Add(batch, from, newline);
        }

        return took;
    }

    private void Add(LineBatch batch, int from, int to)
    {
        if (to > from && _buffer[to - 1] == '\r')
        {
            to--;
        }

        var span = _buffer.AsSpan(from, to - from);
        if (span.Length > _maxLineBytes)
        {
            batch.AddTooLong(_line);
        }
        else if (span.IndexOfAnyExcept((byte)' ', (byte)'\t') >= 0)
        {
            // Blank lines are skipped (a trailing newline at the end of the file is normal).
            batch.Add(_line, span);
        }
    }
}

/// <summary>Lines given as strings.</summary>
internal sealed class StringLineSource : ILineSource
{
    private readonly IEnumerator<string> _lines;
    private readonly int _maxLineBytes;
    private long _line;

    public StringLineSource(IEnumerable<string> lines, int maxLineBytes)
    {
        _lines = lines.GetEnumerator();
        _maxLineBytes = maxLineBytes;
    }

    public ValueTask FillAsync(LineBatch batch, int max, CancellationToken cancellationToken)
    {
        while (batch.Count < max && _lines.MoveNext())
        {
            _line++;
            var text = _lines.Current ?? string.Empty;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            if (bytes.Length > _maxLineBytes)
            {
                batch.AddTooLong(_line);
            }
            else
            {
                batch.Add(_line, bytes);
            }
        }

        return ValueTask.CompletedTask;
    }
}
