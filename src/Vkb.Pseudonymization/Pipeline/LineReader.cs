namespace Vkb.Pseudonymization.Pipeline;

/// <summary>One input line: its number and bytes (without the line break), or null bytes if it was too long.</summary>
internal readonly record struct LineItem(long Line, byte[]? Bytes);

/// <summary>A source of JSON lines.</summary>
internal interface ILineSource
{
    ValueTask<LineItem?> NextAsync(CancellationToken cancellationToken);
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

    public async ValueTask<LineItem?> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var from = _start;
                _start = newline + 1;
                if (_skipping)
                {
                    _skipping = false;
                    continue;
                }

                _line++;
                if (Make(from, newline) is { } item)
                {
                    return item;
                }

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
                return new LineItem(_line, null);
            }

            if (_eof)
            {
                if (_start < _end && !_skipping)
                {
                    var from = _start;
                    _start = _end;
                    _line++;
                    return Make(from, _end);
                }

                return null;
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

    private LineItem? Make(int from, int to)
    {
        if (to > from && _buffer[to - 1] == '\r')
        {
            to--;
        }

        var span = _buffer.AsSpan(from, to - from);
        if (span.Length > _maxLineBytes)
        {
            return new LineItem(_line, null);
        }

        // Blank lines are skipped (a trailing newline at the end of the file is normal).
        return span.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0 ? null : new LineItem(_line, span.ToArray());
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

    public ValueTask<LineItem?> NextAsync(CancellationToken cancellationToken)
    {
        while (_lines.MoveNext())
        {
            _line++;
            var text = _lines.Current ?? string.Empty;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var bytes = System.Text.Encoding.UTF8.GetBytes(text);
            return ValueTask.FromResult<LineItem?>(new LineItem(_line, bytes.Length > _maxLineBytes ? null : bytes));
        }

        return ValueTask.FromResult<LineItem?>(null);
    }
}
