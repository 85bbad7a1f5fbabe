using NodaTime;

namespace Vkb.Sampling;

/// <summary>Which keys were selected in which month, for excluding recently reviewed records (S2 across months).</summary>
/// <remarks>Not thread-safe for concurrent <see cref="Add(YearMonth, SampleProtocol)"/>.</remarks>
public sealed class SampleHistory
{
    private readonly SortedDictionary<YearMonth, HashSet<string>> _byMonth = new();

    /// <summary>Records the keys a protocol selected (after replacements) in <paramref name="month"/>.</summary>
    /// <param name="month">The month of the draw.</param>
    /// <param name="protocol">The protocol.</param>
    public void Add(YearMonth month, SampleProtocol protocol)
    {
        Preconditions.CheckNotNull(protocol);
        Add(month, protocol.AllSelected().Select(s => s.Key));
    }

    /// <summary>Records keys reviewed in <paramref name="month"/>.</summary>
    /// <param name="month">The month.</param>
    /// <param name="keys">The keys.</param>
    public void Add(YearMonth month, IEnumerable<string> keys)
    {
        Preconditions.CheckNotNull(keys);
        if (!_byMonth.TryGetValue(month, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _byMonth[month] = set;
        }

        set.UnionWith(keys);
    }

    /// <summary>The keys selected from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    /// <param name="first">The first month.</param>
    /// <param name="last">The last month.</param>
    /// <returns>The keys.</returns>
    public IReadOnlySet<string> KeysSampledBetween(YearMonth first, YearMonth last)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (month, keys) in _byMonth)
        {
            if (month >= first && month <= last)
            {
                result.UnionWith(keys);
            }
        }

        return result;
    }
}
