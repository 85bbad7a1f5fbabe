namespace Vkb.Pseudonymization.Engine;

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
