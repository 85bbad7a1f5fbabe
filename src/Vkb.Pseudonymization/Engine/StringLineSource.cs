namespace Vkb.Pseudonymization.Engine;

/// <summary>Lines given as strings.</summary>
internal sealed class StringLineSource : ILineSource
{
    private readonly IEnumerator<string> _lines;
    private readonly int _maxLineBytes;
    private readonly long _count;
    private long _line;

    public StringLineSource(IEnumerable<string> lines, int maxLineBytes)
    {
        _count = lines.TryGetNonEnumeratedCount(out var count) ? count : -1;
        _lines = lines.GetEnumerator();
        _maxLineBytes = maxLineBytes;
    }

    /// <inheritdoc/>
    public long? EstimateRemainingLines() => _count < 0 ? null : Math.Max(0, _count - _line);

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
