using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Vkb.Synthetic;

/// <summary>Registers the synthetic extract generator with a service collection.</summary>
public static class VkbSyntheticServiceCollectionExtensions
{
    /// <summary>Registers a singleton <see cref="ExtractGenerator"/> with default <see cref="SyntheticOptions"/> (small preset).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddVkbSynthetic(this IServiceCollection services) =>
        AddVkbSynthetic(services, _ => { });

    /// <summary>Registers a singleton <see cref="ExtractGenerator"/> configured by <paramref name="configure"/>; options are validated on start.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The same collection.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddVkbSynthetic(this IServiceCollection services, Action<SyntheticOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>Registers the generator with options bound from a configuration section (<c>Preset</c>, <c>Records</c>, <c>Seed</c>, <c>ReviewMonth</c> as <c>yyyy-MM</c>, <c>PhaseId</c>), validated on start.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, e.g. <c>Vkb:Synthetic</c>.</param>
    /// <returns>The options builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OptionsBuilder<SyntheticOptions> AddVkbSynthetic(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configuration);
        return AddCore(services).Bind(configuration);
    }

    private static OptionsBuilder<SyntheticOptions> AddCore(IServiceCollection services)
    {
        var builder = services.AddOptions<SyntheticOptions>()
            .Validate(IsValid, "SyntheticOptions are invalid: Preset must be small, medium, large or national; Records at least 1; PhaseId 1 to 40 of A-Z a-z 0-9 - _ .; ReviewMonth in 2000-2099.")
            .ValidateOnStart();
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SyntheticOptions>>().Value;
            return new ExtractGenerator(options.ToShape(), options.Seed);
        });
        return builder;
    }

    private static bool IsValid(SyntheticOptions options)
    {
        try
        {
            options.ToShape();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
