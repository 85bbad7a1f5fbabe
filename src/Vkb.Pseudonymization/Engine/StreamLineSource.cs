using System.Globalization;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Engine;

/// <summary>
/// Splits a UTF-8 stream into lines with a bounded buffer; a line longer than the limit is reported (a rejected
/// record), not buffered, and skipped up to its end. Skipping is bounded too: a line longer than
/// <see cref="EndlessLineFactor"/> × the limit (e.g. <c>/dev/zero</c>, a file of NUL bytes, a binary file) stops
/// the read with a <see cref="RecordRejectedException"/> naming the line, so no input can keep the reader busy for ever.
/// </summary>
internal sealed class StreamLineSource : ILineSource
{
    /// <summary>A line longer than this many times the longest accepted line ends the read: the input is not JSON Lines.</summary>
    public const int EndlessLineFactor = 64;

    private readonly Stream _stream;
    private readonly int _maxLineBytes;
    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private bool _skipping;
    private long _line;
    private long _skipped;
    private long _read;
    private readonly long _length;

    public StreamLineSource(Stream stream, int maxLineBytes)
    {
        _stream = stream;
        _maxLineBytes = maxLineBytes;
        _length = LengthToRead(stream);
    }

    /// <summary>The bytes from the stream's position to its end, read once; -1 for a stream that cannot tell (a pipe, a socket).</summary>
    private static long LengthToRead(Stream stream)
    {
        try
        {
            return stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : -1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only an estimate: a stream that says it can seek but cannot tell its length must not fail the run.
            return -1;
        }
    }

    /// <inheritdoc/>
    public long? EstimateRemainingLines()
    {
        var consumed = _read - (_end - _start);
        if (_length < 0 || _line == 0 || consumed <= 0 || _read > _length)
        {
            // Nothing read yet, or more read than the stream said it held (a stream that grows while it is read, such
            // as a request body still being buffered): no estimate rather than a wrong one.
            return null;
        }

        return Estimate(_length, consumed, _line);
    }

    /// <summary>The lines in <paramref name="length"/> − <paramref name="consumed"/> bytes at the rate of the lines read so far.</summary>
    /// <remarks>In floating point: the bytes left times the lines read overflow a long for files of tens of gigabytes.</remarks>
    internal static long Estimate(long length, long consumed, long lines) => (long)((double)(length - consumed) * lines / consumed);

    /// <summary>The longest line skipped before the read stops: <see cref="EndlessLineFactor"/> × the longest accepted line.</summary>
    public long MaxSkippedLineBytes => (long)_maxLineBytes * EndlessLineFactor;

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
                _skipped += _end - _start;
                _start = _end = 0;
                CheckSkipped();
            }
            else if (_end - _start > _maxLineBytes)
            {
                _line++;
                _skipping = true;
                _skipped = _end - _start;
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
            _read += read;
        }
    }

    /// <summary>Stops the read when the line being skipped has grown past <see cref="MaxSkippedLineBytes"/>.</summary>
    private void CheckSkipped()
    {
        if (_skipped > MaxSkippedLineBytes)
        {
            throw new RecordRejectedException(new RecordError(_line, "$", string.Create(CultureInfo.InvariantCulture,
                $"The line has no end within {MaxSkippedLineBytes:N0} bytes ({EndlessLineFactor} × the longest accepted line of {_maxLineBytes:N0} bytes): the input is not JSON Lines; reading stopped.")));
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
