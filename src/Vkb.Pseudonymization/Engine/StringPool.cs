namespace Vkb.Pseudonymization.Engine;

/// <summary>
/// One string per distinct text, for values that recur from record to record (a job centre, a quasi-identifier
/// class, a folded name): a repeated value costs a lookup, not a new string. Bounded: when full it starts over,
/// so a run with many distinct values keeps at most <c>capacity</c> of them alive. Not thread-safe.
/// </summary>
/// <param name="capacity">The most strings kept.</param>
internal sealed class StringPool(int capacity)
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    /// <summary>The pooled string equal to <paramref name="text"/>, made if it is not kept.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (_strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        if (_strings.Count >= capacity)
        {
            _strings.Clear();
        }

        pooled = text.ToString();
        _strings.Add(pooled);
        return pooled;
    }
}
