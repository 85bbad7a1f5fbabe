using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Vkb.Sampling;

/// <summary>Registers the sampling services.</summary>
public static class VkbSamplingServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="SamplingService"/>, validated <see cref="SamplingOptions"/> and, if none is
    /// registered, an <see cref="IClock"/>: the host's <see cref="TimeProvider"/> if it registered
    /// one, else the system clock. The service logs through the host's <see cref="ILogger{TCategoryName}"/>
    /// when logging is registered (<c>AddLogging</c>), else not at all.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddVkbSampling(this IServiceCollection services) => services.AddVkbSampling(_ => { });

    /// <summary>Adds the sampling services with options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; they are validated when the host starts.</param>
    /// <returns>The same collection.</returns>
    public static IServiceCollection AddVkbSampling(this IServiceCollection services, Action<SamplingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>Adds the sampling services with options bound from a configuration section (<c>TeamLeadPerUnit</c>, <c>Reserve</c>, <c>ExcludePreviousMonths</c>, <c>MinPerStratum</c>), validated on start.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, e.g. <c>Vkb:Sampling</c>.</param>
    /// <returns>The options builder.</returns>
    public static OptionsBuilder<SamplingOptions> AddVkbSampling(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        return AddCore(services).Bind(configuration);
    }

    private static OptionsBuilder<SamplingOptions> AddCore(IServiceCollection services)
    {
        var builder = services.AddOptions<SamplingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SamplingOptions>, SamplingOptionsValidator>());
        services.TryAddSingleton(TimeProviderClock.FromServices);
        services.TryAddSingleton(sp => new SamplingService(sp.GetRequiredService<IClock>(), sp.GetRequiredService<IOptions<SamplingOptions>>(), sp.GetService<ILogger<SamplingService>>()));
        return builder;
    }
}

/// <summary>Reports every problem of the options.</summary>
internal sealed class SamplingOptionsValidator : IValidateOptions<SamplingOptions>
{
    public ValidateOptionsResult Validate(string? name, SamplingOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
