using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace Vkb.Entitlements;

/// <summary>Registers the entitlement services.</summary>
public static class VkbEntitlementsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EntitlementPolicy"/>, <see cref="GrantService"/>, an
    /// <see cref="InMemoryGrantStore"/> (unless an <see cref="IGrantStore"/> is already registered;
    /// <c>AddVkbEntitlementsSqlite</c> replaces it whether called before or after) and a clock
    /// (unless an <see cref="IClock"/> is): the host's <see cref="TimeProvider"/> if it registered
    /// one, else the system clock. The service logs through <see cref="ILogger{TCategoryName}"/>
    /// and meters through <see cref="IMeterFactory"/> when the host registered them. Options are
    /// validated on start.
    /// The <see cref="LedgerKey"/> must be registered for any persistent store
    /// (<c>AddVkbEntitlementsSqlite</c> does); only with the in-memory store is a fresh key
    /// generated for the process.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddVkbEntitlements(this IServiceCollection services) =>
        services.AddVkbEntitlements(_ => { });

    /// <summary>Registers the entitlement services with configured options; see <see cref="AddVkbEntitlements(IServiceCollection)"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options (RDs, directives, head-office cap, carry-over).</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddVkbEntitlements(this IServiceCollection services, Action<EntitlementsOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>
    /// Registers the entitlement services with options bound from a configuration section, e.g.
    /// <c>builder.Configuration.GetSection("Vkb:Entitlements")</c>: <c>RegionalDirectorates</c>
    /// (a list that replaces the ten defaults), <c>Directives</c> (a list of objects with
    /// <c>Id</c>, <c>Title</c>, <c>EffectiveFrom</c>, <c>EffectiveTo</c> as ISO dates,
    /// <c>CapPerRegionalDirectorate</c> and <c>HeadOfficeCap</c>, replacing the built-in ones),
    /// <c>HeadOfficeCap</c>, <c>CarryOverDirectiveId</c>, <c>TimeZoneId</c> and
    /// <c>MaxConcurrencyRetries</c>. Validated on start.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section.</param>
    /// <returns>The options builder, for further configuration or validation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OptionsBuilder<EntitlementsOptions> AddVkbEntitlements(this IServiceCollection services, IConfiguration configuration)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configuration);
        return AddCore(services).Configure(options => Bind(options, configuration));
    }

    private static OptionsBuilder<EntitlementsOptions> AddCore(IServiceCollection services)
    {
        var builder = services.AddOptions<EntitlementsOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EntitlementsOptions>, EntitlementsOptionsValidator>());
        services.TryAddSingleton(sp => EntitlementPolicy.Create(sp.GetRequiredService<IOptions<EntitlementsOptions>>().Value));
        services.TryAddSingleton<IGrantStore, InMemoryGrantStore>();
        services.TryAddSingleton(TimeProviderClock.FromServices);
        services.TryAddSingleton(sp => sp.GetRequiredService<IGrantStore>() is InMemoryGrantStore
            ? LedgerKey.Generate()
            : throw new InvalidOperationException("Register the LedgerKey of the persistent grant store (for example LedgerKey.FromFile) before resolving GrantService."));
        services.TryAddSingleton(sp => new GrantService(
            sp.GetRequiredService<IGrantStore>(),
            sp.GetRequiredService<EntitlementPolicy>(),
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<LedgerKey>(),
            sp.GetService<ILogger<GrantService>>(),
            sp.GetService<IMeterFactory>()));
        return builder;
    }

    /// <summary>Binds the options by hand: lists replace the defaults, directives are created through <see cref="Directive.Create"/>.</summary>
    private static void Bind(EntitlementsOptions options, IConfiguration section)
    {
        VkbConfiguration.ReplaceList(options.RegionalDirectorates, section.GetSection(nameof(EntitlementsOptions.RegionalDirectorates)));
        var directives = section.GetSection(nameof(EntitlementsOptions.Directives));
        if (directives.Exists())
        {
            options.Directives.Clear();
            foreach (var d in directives.GetChildren())
            {
                options.Directives.Add(Directive.Create(
                    d["Id"] ?? throw Missing(d, "Id"),
                    d["Title"] ?? d["Id"]!,
                    ParseDate(d, "EffectiveFrom") ?? throw Missing(d, "EffectiveFrom"),
                    ParseDate(d, "EffectiveTo"),
                    d.GetValue<int?>("CapPerRegionalDirectorate") ?? throw Missing(d, "CapPerRegionalDirectorate"),
                    d.GetValue<int?>("HeadOfficeCap")));
            }
        }

        if (section[nameof(EntitlementsOptions.HeadOfficeCap)] is not null)
        {
            options.HeadOfficeCap = section.GetValue<int?>(nameof(EntitlementsOptions.HeadOfficeCap));
        }

        options.CarryOverDirectiveId = section[nameof(EntitlementsOptions.CarryOverDirectiveId)] ?? options.CarryOverDirectiveId;
        options.TimeZoneId = section[nameof(EntitlementsOptions.TimeZoneId)] ?? options.TimeZoneId;
        options.MaxConcurrencyRetries = section.GetValue(nameof(EntitlementsOptions.MaxConcurrencyRetries), options.MaxConcurrencyRetries);
    }

    private static LocalDate? ParseDate(IConfigurationSection directive, string key)
    {
        if (string.IsNullOrEmpty(directive[key]))
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(directive[key]!);
        return result.Success ? result.Value : throw new InvalidOperationException($"Configuration '{directive.Path}:{key}' is not an ISO date (yyyy-MM-dd).");
    }

    private static InvalidOperationException Missing(IConfigurationSection directive, string key) =>
        new($"Configuration '{directive.Path}:{key}' is required for a directive.");

    /// <summary>Reports every problem of the options, not just the first.</summary>
    private sealed class EntitlementsOptionsValidator : IValidateOptions<EntitlementsOptions>
    {
        public ValidateOptionsResult Validate(string? name, EntitlementsOptions options)
        {
            var problems = EntitlementPolicy.Validate(options);
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
