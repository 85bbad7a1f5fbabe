using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NodaTime;

namespace Vkb.Sampling;

/// <summary>
/// How a draw reads its population: the key, unit and stratum of an item, and the exclusion rules
/// with their reasons. The package knows no extract format; hosts supply selectors.
/// </summary>
/// <typeparam name="T">The population item type.</typeparam>
/// <remarks>Immutable: the <c>Exclude…</c> methods return a new frame. Thread-safe if the selectors are.</remarks>
public sealed class SampleFrame<T>
{
    /// <summary>The most exclusion rules a frame may hold.</summary>
    public const int MaximumRules = 63;

    private readonly Func<T, string> _key;
    private readonly Func<T, string> _unit;
    private readonly Func<T, string>? _stratum;
    private readonly IReadOnlyList<ExclusionRule> _rules;

    private SampleFrame(Func<T, string> key, Func<T, string> unit, Func<T, string>? stratum, IReadOnlyList<ExclusionRule> rules)
    {
        _key = key;
        _unit = unit;
        _stratum = stratum;
        _rules = rules;
        RuleCount = rules.Count;
    }

    /// <summary>The exclusion reasons, in the order the rules were added.</summary>
    public IReadOnlyList<string> ExclusionReasons => _rules.Select(r => r.Reason).ToList();

    internal static SampleFrame<T> Create(Func<T, string> key, Func<T, string> unit, Func<T, string>? stratum)
    {
        Preconditions.CheckNotNull(key);
        Preconditions.CheckNotNull(unit);
        return new SampleFrame<T>(key, unit, stratum, []);
    }

    /// <summary>Excludes every item for which <paramref name="predicate"/> holds, e.g. § 16a cases without consent (S7).</summary>
    /// <param name="reason">The reason written to the protocol, e.g. <c>s16a-without-consent</c>.</param>
    /// <param name="predicate">The rule.</param>
    /// <returns>A frame with the rule added.</returns>
    /// <exception cref="ArgumentException">The reason is empty, or the frame already holds 63 rules.</exception>
    public SampleFrame<T> ExcludeWhen(string reason, Func<T, bool> predicate)
    {
        Preconditions.CheckNotNull(predicate);
        return With(new ExclusionRule(CheckReason(reason), predicate, null));
    }

    /// <summary>Excludes the given keys, e.g. records reviewed recently (S2 across months).</summary>
    /// <param name="reason">The reason written to the protocol.</param>
    /// <param name="keys">The keys.</param>
    /// <returns>A frame with the rule added.</returns>
    /// <exception cref="ArgumentException">The reason is empty, or the frame already holds 63 rules.</exception>
    public SampleFrame<T> ExcludeKeys(string reason, IEnumerable<string> keys)
    {
        Preconditions.CheckNotNull(keys);
        return With(new ExclusionRule(CheckReason(reason), null, new HashSet<string>(keys, StringComparer.Ordinal)));
    }

    /// <summary>
    /// Excludes keys selected in the <paramref name="previousMonths"/> months before <paramref name="month"/>
    /// (reason <c>sampled-in-previous-K-months</c>).
    /// </summary>
    /// <param name="history">The earlier draws.</param>
    /// <param name="month">The month of this draw.</param>
    /// <param name="previousMonths">How many months back, 1 to 120.</param>
    /// <returns>A frame with the rule added.</returns>
    public SampleFrame<T> ExcludeSampledInPreviousMonths(SampleHistory history, YearMonth month, int previousMonths)
    {
        Preconditions.CheckNotNull(history);
        Preconditions.CheckArgumentRange(previousMonths, 1, 120);
        return ExcludeKeys(
            $"sampled-in-previous-{previousMonths}-months",
            history.KeysSampledBetween(month.PlusMonths(-previousMonths), month.PlusMonths(-1)));
    }

    internal int RuleCount { get; }

    internal string KeyOf(T item, long index) => Check(_key(item), "key", index);

    internal string UnitOf(T item, long index) => Check(_unit(item), "unit", index);

    internal string StratumOf(T item, long index) => _stratum is null ? SampleFrame.SingleStratum : Check(_stratum(item), "stratum", index);

    internal long ExclusionMask(T item, string key)
    {
        long mask = 0;
        for (var i = 0; i < _rules.Count; i++)
        {
            var rule = _rules[i];
            if (rule.Keys is not null ? rule.Keys.Contains(key) : rule.Predicate!(item))
            {
                mask |= 1L << i;
            }
        }

        return mask;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static string Check(string? value, string what, long index)
    {
        if (string.IsNullOrEmpty(value))
        {
            ThrowNoValue(what, index);
        }

        return value;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNoValue(string what, long index) =>
        throw new InvalidOperationException($"Population item {index}: the {what} selector returned no value.");

    private static string CheckReason(string reason)
    {
        Preconditions.CheckNotNull(reason);
        Preconditions.CheckArgument(reason.Length is > 0 and <= 200 && !reason.Any(char.IsControl), "A reason has 1 to 200 characters and no control characters.", nameof(reason));
        return reason;
    }

    private SampleFrame<T> With(ExclusionRule rule)
    {
        Preconditions.CheckArgument(_rules.Count < MaximumRules, "A frame holds at most 63 exclusion rules.", nameof(rule));
        return new SampleFrame<T>(_key, _unit, _stratum, [.. _rules, rule]);
    }

    private sealed record ExclusionRule(string Reason, Func<T, bool>? Predicate, HashSet<string>? Keys);
}

/// <summary>Creates <see cref="SampleFrame{T}"/>s.</summary>
public static class SampleFrame
{
    /// <summary>The stratum name used when no stratum selector is given.</summary>
    public const string SingleStratum = "all";

    /// <summary>Creates a frame without exclusions.</summary>
    /// <typeparam name="T">The population item type.</typeparam>
    /// <param name="key">The record key (e.g. a customer number or its pseudonym).</param>
    /// <param name="unit">The unit the record belongs to (e.g. team lead id, RD).</param>
    /// <param name="stratum">The stratum (e.g. customer group); null for one stratum named <c>all</c>.</param>
    /// <returns>The frame.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="unit"/> is null.</exception>
    public static SampleFrame<T> Create<T>(Func<T, string> key, Func<T, string> unit, Func<T, string>? stratum = null) =>
        SampleFrame<T>.Create(key, unit, stratum);
}

/// <summary>A record as a plain population item, for hosts that do not want their own type.</summary>
/// <param name="Key">The record key.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Stratum">The stratum.</param>
public readonly record struct PopulationItem(string Key, string Unit, string Stratum)
{
    /// <summary>The frame that reads <see cref="PopulationItem"/>s.</summary>
    public static SampleFrame<PopulationItem> Frame { get; } =
        SampleFrame.Create<PopulationItem>(static i => i.Key, static i => i.Unit, static i => i.Stratum);
}

/// <summary>Whether the population arrives sorted by key.</summary>
public enum PopulationOrder
{
    /// <summary>Any order. The draw keeps one light entry (key, unit, stratum references) per item to sort them: memory O(population).</summary>
    Unordered = 0,

    /// <summary>
    /// Ordinally non-decreasing by key (as extracts sorted by customer number are). The draw then streams:
    /// memory O(units × strata × (n + reserve)). An out-of-order key stops the draw with an error.
    /// </summary>
    SortedByKey = 1,
}
