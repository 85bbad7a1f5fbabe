using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Vkb.Sampling;

/// <summary>Registers the sampling services.</summary>
public static class VkbSamplingServiceCollectionExtensions
{
    /// <summary>Adds <see cref="SamplingService"/>, validated <see cref="SamplingOptions"/> and, if none is registered, the system <see cref="IClock"/>.</summary>
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
        services.AddOptions<SamplingOptions>()
            .Configure(configure)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SamplingOptions>, SamplingOptionsValidator>());
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<SamplingService>();
        return services;
    }
}

/// <summary>Reports every problem of <see cref="SamplingOptions"/> at once.</summary>
internal sealed class SamplingOptionsValidator : IValidateOptions<SamplingOptions>
{
    public ValidateOptionsResult Validate(string? name, SamplingOptions options)
    {
        var problems = options.Problems().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
