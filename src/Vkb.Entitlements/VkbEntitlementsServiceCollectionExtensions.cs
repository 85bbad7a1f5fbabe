using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Vkb.Entitlements;

/// <summary>Registers the entitlement services.</summary>
public static class VkbEntitlementsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="EntitlementPolicy"/>, <see cref="GrantService"/>, an
    /// <see cref="InMemoryGrantStore"/> (unless an <see cref="IGrantStore"/> is already registered)
    /// and <see cref="SystemClock"/> (unless an <see cref="IClock"/> is), with default options.
    /// Options are validated on start. The <see cref="LedgerKey"/> must be registered for any
    /// persistent store; only with the in-memory store is a fresh key generated for the process.
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
        services.AddOptions<EntitlementsOptions>()
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EntitlementsOptions>, EntitlementsOptionsValidator>());
        services.TryAddSingleton(sp => EntitlementPolicy.Create(sp.GetRequiredService<IOptions<EntitlementsOptions>>().Value));
        services.TryAddSingleton<IGrantStore, InMemoryGrantStore>();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(sp => sp.GetRequiredService<IGrantStore>() is InMemoryGrantStore
            ? LedgerKey.Generate()
            : throw new InvalidOperationException("Register the LedgerKey of the persistent grant store (for example LedgerKey.FromFile) before resolving GrantService."));
        services.TryAddSingleton(sp => new GrantService(
            sp.GetRequiredService<IGrantStore>(),
            sp.GetRequiredService<EntitlementPolicy>(),
            sp.GetRequiredService<IClock>(),
            sp.GetRequiredService<LedgerKey>()));
        return services;
    }

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
