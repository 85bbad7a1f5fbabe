using System.Buffers;

namespace Vkb.Pseudonymization.Engine;

/// <summary>
/// The first pass's output while k-anonymity is searched and the export order found: held in pooled memory up to a limit, and moved to a file
/// (opened only then, through the factory given) as soon as it would grow beyond it. A run that stays below the limit
/// never writes its pseudonymised records to disk, and its second pass reads them without a system call; memory stays
/// bounded by the limit (rounded up to whole chunks of <see cref="ChunkSize"/>) whatever the input's size. Written
/// first, then read: once a position is set or a read made, a write is refused. Not thread-safe (one run's accepting
/// thread writes it, then the second pass reads it).
/// </summary>
internal sealed class Spool : Stream
{
    /// <summary>The size of one memory chunk (pooled; large enough to keep the chunk list short, small enough to fill a
    /// small run's spool without a large-object allocation per run).</summary>
    internal const int ChunkSize = 1 << 18;

    private readonly long _memoryLimit;
    private readonly Func<FileStream> _openFile;
    private readonly List<byte[]> _chunks = [];
    private long _length;
    private long _position;
    private FileStream? _file;
    private bool _reading;
    private bool _disposed;

    /// <param name="memoryLimit">The most bytes held in memory; 0: every byte goes to the file (opened at the first write).</param>
    /// <param name="openFile">Opens the spool file when the memory limit is passed (created exclusively, 0600, deleted on close).</param>
    public Spool(long memoryLimit, Func<FileStream> openFile) => (_memoryLimit, _openFile) = (memoryLimit, openFile);

    /// <summary>Whether the spool went to a file (its bytes passed the memory limit; with a limit of 0, the first byte did).</summary>
    public bool InFile => _file is not null;

    /// <inheritdoc />
    public override bool CanRead => !_disposed;

    /// <inheritdoc />
    public override bool CanSeek => !_disposed;

    /// <inheritdoc />
    public override bool CanWrite => !_disposed && !_reading;

    /// <inheritdoc />
    public override long Length => _file?.Length ?? _length;

    /// <inheritdoc />
    public override long Position
    {
        get => _file?.Position ?? (_reading ? _position : _length);
        set
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _reading = true;
            if (_file is not null)
            {
                _file.Position = value;
            }
            else
            {
                _position = value;
            }
        }
    }

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_reading)
        {
            throw new InvalidOperationException("A spool is written first, then read: it takes no write after a read or a position change.");
        }

        if (_file is null && _length + buffer.Length > _memoryLimit)
        {
            SpillToFile();
        }

        if (_file is not null)
        {
            _file.Write(buffer);
            return;
        }

        while (buffer.Length > 0)
        {
            var offset = (int)(_length % ChunkSize);
            if (offset == 0)
            {
                // Chunks fill in order: at a chunk boundary the next write needs a new one.
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
            }

            var part = Math.Min(buffer.Length, ChunkSize - offset);
            buffer[..part].CopyTo(_chunks[(int)(_length / ChunkSize)].AsSpan(offset));
            buffer = buffer[part..];
            _length += part;
        }
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override int Read(Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _reading = true;
        if (_file is not null)
        {
            return _file.Read(buffer);
        }

        var total = 0;
        while (buffer.Length > 0 && _position < _length)
        {
            var offset = (int)(_position % ChunkSize);
            var part = (int)Math.Min(Math.Min(buffer.Length, ChunkSize - offset), _length - _position);
            _chunks[(int)(_position / ChunkSize)].AsSpan(offset, part).CopyTo(buffer);
            buffer = buffer[part..];
            _position += part;
            total += part;
        }

        return total;
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <summary>
    /// Reads <paramref name="buffer"/>'s length of bytes at <paramref name="position"/> without moving <see cref="Position"/>
    /// (the second pass reads the records in export order, not in the order they were written); call after the last write.
    /// </summary>
    public void ReadExactlyAt(long position, Span<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_reading)
        {
            _file?.Flush(); // once, at the first read: no write follows
            _reading = true;
        }

        if (_file is not null)
        {
            while (buffer.Length > 0)
            {
                var read = RandomAccess.Read(_file.SafeFileHandle, buffer, position);
                if (read == 0)
                {
                    throw new InvalidDataException("The spool ends inside a record or its header.");
                }

                buffer = buffer[read..];
                position += read;
            }

            return;
        }

        if (position < 0 || position + buffer.Length > _length)
        {
            throw new InvalidDataException("The spool ends inside a record or its header.");
        }

        while (buffer.Length > 0)
        {
            var offset = (int)(position % ChunkSize);
            var part = Math.Min(buffer.Length, ChunkSize - offset);
            _chunks[(int)(position / ChunkSize)].AsSpan(offset, part).CopyTo(buffer);
            buffer = buffer[part..];
            position += part;
        }
    }

    /// <inheritdoc />
    public override void Flush() => _file?.Flush();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => Position + offset,
        SeekOrigin.End => Length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("A spool only grows by writing.");

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            ReturnChunks();
            _file?.Dispose();
        }

        base.Dispose(disposing);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        ReturnChunks();
        if (_file is not null)
        {
            await _file.DisposeAsync().ConfigureAwait(false);
        }

        await base.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Opens the file and moves the bytes held so far into it; later writes go straight to the file.</summary>
    private void SpillToFile()
    {
        _file = _openFile();
        for (var c = 0; c < _chunks.Count; c++)
        {
            _file.Write(_chunks[c].AsSpan(0, Used(c)));
        }

        ReturnChunks();
    }

    /// <summary>The bytes written into chunk <paramref name="chunk"/>.</summary>
    private int Used(int chunk) => (int)Math.Clamp(_length - ((long)chunk * ChunkSize), 0, ChunkSize);

    /// <summary>Clears (they held pseudonymised records) and returns the memory chunks.</summary>
    private void ReturnChunks()
    {
        for (var c = 0; c < _chunks.Count; c++)
        {
            _chunks[c].AsSpan(0, Used(c)).Clear();
            ArrayPool<byte>.Shared.Return(_chunks[c]);
        }

        _chunks.Clear();
        _length = 0;
        _position = 0;
    }
}
