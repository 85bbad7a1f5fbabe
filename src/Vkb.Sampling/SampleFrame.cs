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
    private readonly Section16a? _section16a;
    private readonly string? _onlyUnit;

    private SampleFrame(Func<T, string> key, Func<T, string> unit, Func<T, string>? stratum, IReadOnlyList<ExclusionRule> rules, Section16a? section16a, string? onlyUnit = null)
    {
        _onlyUnit = onlyUnit;
        _key = key;
        _unit = unit;
        _stratum = stratum;
        _rules = rules;
        _section16a = section16a;
        RuleCount = rules.Count;
    }

    /// <summary>
    /// Whether the frame says how § 16a cases are handled (S7): through
    /// <see cref="WithSection16a"/> (the draw excludes them unless the register consents) or
    /// <see cref="WithoutSection16a"/> (a documented reason why the population holds none).
    /// A draw refuses a frame that says neither.
    /// </summary>
    public bool DeclaresSection16a => _section16a is not null;

    /// <summary>The consent register the draw checks § 16a cases against; null unless <see cref="WithSection16a"/> was called.</summary>
    public ConsentRegister? ConsentRegister => _section16a?.Register;

    /// <summary>The month whose consent the draw checks; null unless a register was given.</summary>
    public YearMonth? ConsentMonth => _section16a?.Month;

    /// <summary>The exclusion reasons, in the order the rules were added.</summary>
    public IReadOnlyList<string> ExclusionReasons => _rules.Select(r => r.Reason).ToList();

    internal static SampleFrame<T> Create(Func<T, string> key, Func<T, string> unit, Func<T, string>? stratum)
    {
        Preconditions.CheckNotNull(key);
        Preconditions.CheckNotNull(unit);
        return new SampleFrame<T>(key, unit, stratum, [], null);
    }

    /// <summary>
    /// Makes the § 16a exclusion part of the draw (S7): an item whose <paramref name="needs16a"/>
    /// holds is excluded (reason <see cref="SampleFrame.Section16aReason"/>) unless
    /// <paramref name="register"/> shows its job centre's consent on every day of
    /// <paramref name="month"/>. A job centre missing from the register, or no register
    /// (<see cref="ConsentRegister.Empty"/>), means no consent. The protocol records the register's
    /// digest, how many items were marked and the exclusions per unit.
    /// </summary>
    /// <param name="needs16a">Whether the item is a case needing municipal integration services (§ 16a SGB II).</param>
    /// <param name="jobCentre">The item's job centre id (null counts as missing from the register).</param>
    /// <param name="register">The consent register.</param>
    /// <param name="month">The draw month.</param>
    /// <param name="statedConsent">Optional: the consent the record itself states (e.g. <c>jobCentre.consents16a</c>); items where it disagrees with the register are counted and reported, the register decides.</param>
    /// <returns>A frame with the rule; replaces an earlier § 16a declaration.</returns>
    /// <exception cref="ArgumentException">The frame already holds 63 rules.</exception>
    public SampleFrame<T> WithSection16a(Func<T, bool> needs16a, Func<T, string?> jobCentre, ConsentRegister register, YearMonth month, Func<T, bool?>? statedConsent = null)
    {
        Preconditions.CheckNotNull(needs16a);
        Preconditions.CheckNotNull(jobCentre);
        Preconditions.CheckNotNull(register);
        var consenting = new HashSet<string>(register.Decisions.Select(d => d.JobCentre).Where(j => register.ConsentsThroughout(j, month)), StringComparer.Ordinal);
        var section = new Section16a(needs16a, jobCentre, statedConsent, register, month, consenting, null);
        var rules = _rules.Where(r => !r.IsSection16a).ToList();
        Preconditions.CheckArgument(rules.Count < MaximumRules, "A frame holds at most 63 exclusion rules.", nameof(needs16a));
        rules.Add(new ExclusionRule(SampleFrame.Section16aReason, item => needs16a(item) && !consenting.Contains(jobCentre(item) ?? string.Empty), null, true));
        return new SampleFrame<T>(_key, _unit, _stratum, rules, section, _onlyUnit);
    }

    /// <summary>
    /// States that the population can hold no case that § 16a excludes, with the reason recorded in
    /// the protocol (e.g. "SGB III cases of employment agencies only").
    /// </summary>
    /// <param name="reason">1 to 200 characters, no control characters.</param>
    /// <returns>A frame with the declaration; replaces an earlier § 16a declaration.</returns>
    public SampleFrame<T> WithoutSection16a(string reason) =>
        new(_key, _unit, _stratum, _rules.Where(r => !r.IsSection16a).ToList(), new Section16a(null, null, null, null, null, null, CheckReason(reason)), _onlyUnit);

    /// <summary>Excludes every item for which <paramref name="predicate"/> holds, e.g. § 16a cases without consent (S7).</summary>
    /// <param name="reason">The reason written to the protocol, e.g. <c>s16a-without-consent</c>.</param>
    /// <param name="predicate">The rule.</param>
    /// <returns>A frame with the rule added.</returns>
    /// <exception cref="ArgumentException">The reason is empty, or the frame already holds 63 rules.</exception>
    public SampleFrame<T> ExcludeWhen(string reason, Func<T, bool> predicate)
    {
        Preconditions.CheckNotNull(predicate);
        return With(new ExclusionRule(CheckReason(reason), predicate, null, false));
    }

    /// <summary>Excludes the given keys, e.g. records reviewed recently (S2 across months).</summary>
    /// <param name="reason">The reason written to the protocol.</param>
    /// <param name="keys">The keys.</param>
    /// <returns>A frame with the rule added.</returns>
    /// <exception cref="ArgumentException">The reason is empty, or the frame already holds 63 rules.</exception>
    public SampleFrame<T> ExcludeKeys(string reason, IEnumerable<string> keys)
    {
        Preconditions.CheckNotNull(keys);
        return With(new ExclusionRule(CheckReason(reason), null, new HashSet<string>(keys, StringComparer.Ordinal), false));
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

    /// <summary>The one unit every item must belong to (e.g. an RD's own district, S6); null when any unit is allowed.</summary>
    public string? OnlyUnit => _onlyUnit;

    /// <summary>
    /// Restricts the draw to one unit: an item of any other unit stops the draw with an error
    /// (S6: an RD draws only from its own district, and a population holding another district's
    /// cases is refused, not filtered).
    /// </summary>
    /// <param name="unit">The unit, e.g. the RD's code.</param>
    /// <returns>A frame with the restriction.</returns>
    public SampleFrame<T> RestrictToUnit(string unit)
    {
        Preconditions.CheckNotNull(unit);
        Preconditions.CheckArgument(unit.Length > 0, "A unit is not empty.", nameof(unit));
        return new SampleFrame<T>(_key, _unit, _stratum, _rules, _section16a, unit);
    }

    internal string UnitOf(T item, long index)
    {
        var unit = Check(_unit(item), "unit", index);
        if (_onlyUnit is not null && !string.Equals(unit, _onlyUnit, StringComparison.Ordinal))
        {
            ThrowOtherUnit(index);
        }

        return unit;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOtherUnit(long index) =>
        throw new InvalidOperationException($"Population item {index} belongs to another unit than the one this draw is restricted to; a district's draw is refused for a population holding another district's cases (S6).");

    internal string StratumOf(T item, long index) => _stratum is null ? SampleFrame.SingleStratum : Check(_stratum(item), "stratum", index);

    /// <summary>What the protocol records about § 16a for this frame, before counting.</summary>
    internal Section16aSummary? Section16aTemplate() => _section16a switch
    {
        null => null,
        { NotApplicableReason: { } reason } => new Section16aSummary { Rule = Section16aSummary.NotApplicable, Reason = reason, ExcludedPerUnit = [] },
        var s => new Section16aSummary
        {
            Rule = Section16aSummary.ConsentRegisterRule,
            RegisterSha256 = s.Register!.Digest,
            RegisterDecisions = s.Register.Decisions.Count,
            Month = s.Register.Decisions.Count == 0 ? null : s.Month!.Value.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
            ExcludedPerUnit = [],
        },
    };

    /// <summary>Counts an item's § 16a mark and a stated consent that disagrees with the register; returns the mark (0 none, 1 marked, 2 not declared) and the job centre for the content digest.</summary>
    internal (byte Mark, string? JobCentre) Tally16a(T item, Section16aTally tally)
    {
        if (_section16a is not { Needs16a: { } needs } s)
        {
            return (2, null);
        }

        var jobCentre = s.JobCentre!(item);
        var marked = needs(item);
        if (marked)
        {
            tally.Marked++;
        }

        if (s.StatedConsent?.Invoke(item) is { } stated && stated != s.Consenting!.Contains(jobCentre ?? string.Empty))
        {
            tally.Disagreements++;
        }

        return (marked ? (byte)1 : (byte)0, jobCentre);
    }

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
        return new SampleFrame<T>(_key, _unit, _stratum, [.. _rules, rule], _section16a, _onlyUnit);
    }

    private sealed record ExclusionRule(string Reason, Func<T, bool>? Predicate, HashSet<string>? Keys, bool IsSection16a);

    private sealed record Section16a(
        Func<T, bool>? Needs16a, Func<T, string?>? JobCentre, Func<T, bool?>? StatedConsent, ConsentRegister? Register, YearMonth? Month, HashSet<string>? Consenting, string? NotApplicableReason);
}

/// <summary>Creates <see cref="SampleFrame{T}"/>s.</summary>
public static class SampleFrame
{
    /// <summary>The stratum name used when no stratum selector is given.</summary>
    public const string SingleStratum = "all";

    /// <summary>The exclusion reason of the § 16a rule (S7).</summary>
    public const string Section16aReason = "s16a-without-consent";

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
    /// <summary>Whether the case needs municipal integration services (§ 16a SGB II).</summary>
    public bool Section16a { get; init; }

    /// <summary>The case's job centre id, for the § 16a consent register; null when unknown.</summary>
    public string? JobCentre { get; init; }

    /// <summary>
    /// The frame that reads <see cref="PopulationItem"/>s, with the § 16a rule on and no register:
    /// every item with <see cref="Section16a"/> is excluded (fail closed). Use <see cref="FrameFor"/> to give the register.
    /// </summary>
    public static SampleFrame<PopulationItem> Frame { get; } = FrameFor(ConsentRegister.Empty, new YearMonth(2000, 1));

    /// <summary>The frame that reads <see cref="PopulationItem"/>s and checks § 16a cases against <paramref name="register"/> for <paramref name="month"/>.</summary>
    /// <param name="register">The consent register.</param>
    /// <param name="month">The draw month.</param>
    /// <returns>The frame.</returns>
    public static SampleFrame<PopulationItem> FrameFor(ConsentRegister register, YearMonth month) =>
        SampleFrame.Create<PopulationItem>(static i => i.Key, static i => i.Unit, static i => i.Stratum)
            .WithSection16a(static i => i.Section16a, static i => i.JobCentre, register, month);
}

/// <summary>Counts of one draw's § 16a check.</summary>
internal sealed class Section16aTally
{
    public long Marked { get; set; }

    public long Disagreements { get; set; }
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
