namespace Vkb.Entitlements;

/// <summary>Configuration of the entitlement rules; turned into an <see cref="EntitlementPolicy"/> and validated on start.</summary>
/// <remarks>Mutable configuration object; not thread-safe while being configured.</remarks>
public sealed class EntitlementsOptions
{
    /// <summary>The ten regional directorates of the Bundesagentur für Arbeit.</summary>
    public static IReadOnlyList<string> DefaultRegionalDirectorates { get; } =
        ["NRW", "NSB", "NORD", "BB", "SAT", "SAC", "HRS", "RPS", "BW", "BY"];

    /// <summary>The RD codes grants and access decisions accept; defaults to <see cref="DefaultRegionalDirectorates"/>.</summary>
    public IList<string> RegionalDirectorates { get; } = [.. DefaultRegionalDirectorates];

    /// <summary>The directives with caps; defaults to <see cref="Directive.BuiltIn"/>. Hosts add or replace entries; periods must not overlap.</summary>
    public IList<Directive> Directives { get; } = [.. Directive.BuiltIn];

    /// <summary>
    /// The head-office cap (E3), used where the directive in force states none. Null (the default)
    /// refuses every head-office grant with a reason that says the cap is not configured.
    /// </summary>
    public int? HeadOfficeCap { get; set; }

    /// <summary>
    /// The id of a directive whose caps stay in force in the gap after it ends until the next
    /// directive starts (for example <c>202202014</c> for 2025-01-01 to 2025-03-04). Null (the
    /// default) leaves the gap without a directive, so new grants there are refused.
    /// </summary>
    public string? CarryOverDirectiveId { get; set; }

    /// <summary>The IANA time zone that maps instants to calendar dates; defaults to Europe/Berlin.</summary>
    public string TimeZoneId { get; set; } = "Europe/Berlin";

    /// <summary>
    /// The longest grant period in months (E5): a period from D may end at most on the day before
    /// D plus this many months. Defaults to 12; 1 to 120.
    /// </summary>
    public int MaxGrantMonths { get; set; } = DefaultMaxGrantMonths;

    /// <summary>The default of <see cref="MaxGrantMonths"/>.</summary>
    public const int DefaultMaxGrantMonths = 12;

    /// <summary>
    /// The announced assessment phases (E5). When any are given, a grant's period must lie within
    /// one of them; empty (the default) checks only <see cref="MaxGrantMonths"/>.
    /// </summary>
    public IList<GrantPhase> Phases { get; } = [];

    /// <summary>How often a decision is re-checked after losing a race for the same unit before it gives up; defaults to 1000.</summary>
    public int MaxConcurrencyRetries { get; set; } = 1000;
}
