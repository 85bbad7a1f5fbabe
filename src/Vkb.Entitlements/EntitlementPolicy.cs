using System.Globalization;
using NodaTime;

namespace Vkb.Entitlements;

/// <summary>
/// The validated rules every decision applies: the known units, the directives with their caps
/// by date (E2), the head-office cap (E3), an optional explicit carry-over and the time zone.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class EntitlementPolicy
{
    private readonly HashSet<OrgUnit> _units;
    private readonly LocalDate[] _boundaries;

    private EntitlementPolicy(IReadOnlyList<OrgUnit> regionalDirectorates, IReadOnlyList<Directive> directives, int? headOfficeCap, DateTimeZone zone, int maxRetries, int maxGrantMonths, IReadOnlyList<GrantPhase> phases)
    {
        MaxGrantMonths = maxGrantMonths;
        Phases = phases;
        RegionalDirectorates = regionalDirectorates;
        Directives = directives;
        HeadOfficeCap = headOfficeCap;
        TimeZone = zone;
        MaxConcurrencyRetries = maxRetries;
        _units = [.. regionalDirectorates, OrgUnit.HeadOffice];
        _boundaries = directives
            .SelectMany(d => d.EffectiveTo is { } to ? new[] { d.EffectiveFrom, to.PlusDays(1) } : [d.EffectiveFrom])
            .Distinct()
            .Order()
            .ToArray();
    }

    /// <summary>The default policy: ten RDs, the built-in directives, no head-office cap, no carry-over.</summary>
    public static EntitlementPolicy Default { get; } = Create(new EntitlementsOptions());

    /// <summary>The configured regional directorates.</summary>
    public IReadOnlyList<OrgUnit> RegionalDirectorates { get; }

    /// <summary>The directives in force over time, oldest first, including a configured carry-over.</summary>
    public IReadOnlyList<Directive> Directives { get; }

    /// <summary>The configured head-office cap, or null when none is configured.</summary>
    public int? HeadOfficeCap { get; }

    /// <summary>The time zone that maps instants to dates.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>How often a decision is re-checked after losing a race before it gives up.</summary>
    public int MaxConcurrencyRetries { get; }

    /// <summary>The longest grant period in months (E5).</summary>
    public int MaxGrantMonths { get; }

    /// <summary>The announced phases a grant period must lie within; empty when none are configured (E5).</summary>
    public IReadOnlyList<GrantPhase> Phases { get; }

    /// <summary>Builds a policy from options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public static EntitlementPolicy Create(EntitlementsOptions options)
    {
        Preconditions.CheckNotNull(options);
        var problems = Validate(options);
        Preconditions.CheckArgument(problems.Count == 0, "Invalid entitlement options: " + string.Join(" ", problems), nameof(options));
        var rds = options.RegionalDirectorates.Select(OrgUnit.Parse).ToList();
        var directives = options.Directives.OrderBy(d => d.EffectiveFrom).ToList();
        if (options.CarryOverDirectiveId is { } carryId)
        {
            var index = directives.FindIndex(d => string.Equals(d.Id, carryId, StringComparison.Ordinal));
            var source = directives[index];
            var from = source.EffectiveTo!.Value.PlusDays(1);
            LocalDate? to = index + 1 < directives.Count ? directives[index + 1].EffectiveFrom.PlusDays(-1) : null;
            if (to is null || to.Value >= from)
            {
                directives.Insert(index + 1, source.WithPeriod(source.Id + "+carry-over", from, to));
            }
        }

        var zone = DateTimeZoneProviders.Tzdb[options.TimeZoneId];
        return new EntitlementPolicy(rds, directives, options.HeadOfficeCap, zone, options.MaxConcurrencyRetries, options.MaxGrantMonths, [.. options.Phases]);
    }

    /// <summary>Checks options and lists every problem; empty when valid. Used for validation on start.</summary>
    /// <param name="options">The options.</param>
    /// <returns>The problems, each an invariant sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static IReadOnlyList<string> Validate(EntitlementsOptions options)
    {
        Preconditions.CheckNotNull(options);
        var problems = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.RegionalDirectorates.Count; i++)
        {
            var code = options.RegionalDirectorates[i];
            if (!OrgUnit.TryParse(code, out var unit) || unit.IsHeadOffice)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"RegionalDirectorates[{i}] is not an RD code (2 to 8 letters, not HO)."));
            }
            else if (!codes.Add(unit.Code))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"RegionalDirectorates[{i}] repeats an earlier code."));
            }
        }

        if (codes.Count == 0)
        {
            problems.Add("RegionalDirectorates needs at least one RD code.");
        }

        if (options.Directives.Any(d => d is null))
        {
            problems.Add("Directives must not contain null.");
            return problems;
        }

        var sorted = options.Directives.OrderBy(d => d.EffectiveFrom).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i - 1].EffectiveTo is not { } end || end >= sorted[i].EffectiveFrom)
            {
                problems.Add($"Directives {sorted[i - 1].Id} and {sorted[i].Id} overlap; at most one directive may be in force on a date.");
            }
        }

        if (sorted.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() != sorted.Count)
        {
            problems.Add("Directive ids must be unique.");
        }

        if (options.HeadOfficeCap is < 0)
        {
            problems.Add("HeadOfficeCap must be 0 or more.");
        }

        if (options.CarryOverDirectiveId is { } carry)
        {
            var source = sorted.FirstOrDefault(d => string.Equals(d.Id, carry, StringComparison.Ordinal));
            if (source is null)
            {
                problems.Add("CarryOverDirectiveId names no configured directive.");
            }
            else if (source.EffectiveTo is null)
            {
                problems.Add("CarryOverDirectiveId names an open-ended directive; there is nothing to carry over.");
            }
        }

        if (options.TimeZoneId is null || DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            problems.Add("TimeZoneId is not a known IANA time zone.");
        }

        if (options.MaxConcurrencyRetries < 1)
        {
            problems.Add("MaxConcurrencyRetries must be 1 or more.");
        }

        if (options.MaxGrantMonths is < 1 or > 120)
        {
            problems.Add("MaxGrantMonths must be 1 to 120.");
        }

        if (options.Phases.Any(p => p is null))
        {
            problems.Add("Phases must not contain null.");
        }

        return problems;
    }

    /// <summary>Whether grants and decisions accept <paramref name="unit"/> (a configured RD or head office).</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>True for a configured RD or head office.</returns>
    public bool IsKnown(OrgUnit unit) => unit is not null && _units.Contains(unit);

    /// <summary>The directive in force on <paramref name="date"/>, or null in a gap.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The directive or null.</returns>
    public Directive? DirectiveInForce(LocalDate date)
    {
        foreach (var directive in Directives)
        {
            if (directive.IsInForceOn(date))
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a grant period keeps the time bounds (E5): at most <see cref="MaxGrantMonths"/>
    /// long and, when phases are configured, within one announced phase. Null when it does.
    /// </summary>
    internal (DecisionCode Code, string Reason)? CheckPeriod(LocalDate from, LocalDate to)
    {
        if (to.PlusMonths(-MaxGrantMonths) >= from)
        {
            return (DecisionCode.PeriodTooLong, string.Create(CultureInfo.InvariantCulture,
                $"A grant period is at most {MaxGrantMonths} months long (E5); request a period within the assessment phase."));
        }

        if (Phases.Count > 0 && !Phases.Any(p => p.Covers(from, to)))
        {
            return (DecisionCode.OutsidePhase, "The grant period lies outside every announced assessment phase (E5); a grant is for the dates of one phase.");
        }

        return null;
    }

    /// <summary>The cap of <paramref name="unit"/> on <paramref name="date"/>, or why there is none.</summary>
    internal CapRule CapAt(OrgUnit unit, LocalDate date)
    {
        var directive = DirectiveInForce(date);
        if (directive is null)
        {
            return new CapRule(null, null, DecisionCode.NoDirectiveInForce);
        }

        if (!unit.IsHeadOffice)
        {
            return new CapRule(directive, directive.CapPerRegionalDirectorate, null);
        }

        var cap = directive.HeadOfficeCap ?? HeadOfficeCap;
        return cap is null
            ? new CapRule(directive, null, DecisionCode.HeadOfficeCapNotConfigured)
            : new CapRule(directive, cap, null);
    }

    /// <summary>The dates inside [<paramref name="from"/>, <paramref name="to"/>] on which the directive may change.</summary>
    internal IEnumerable<LocalDate> BoundariesWithin(LocalDate from, LocalDate to) =>
        _boundaries.Where(b => b > from && b <= to);

    /// <summary>The calendar date of <paramref name="instant"/> in <see cref="TimeZone"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The local date.</returns>
    public LocalDate DateOf(Instant instant) => instant.InZone(TimeZone).Date;
}

/// <summary>The cap in force on one date, or the reason there is none.</summary>
internal readonly record struct CapRule(Directive? Directive, int? Cap, DecisionCode? Missing);
