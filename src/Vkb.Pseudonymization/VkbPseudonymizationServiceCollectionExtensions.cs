using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization;

/// <summary>Options of <see cref="VkbPseudonymizationServiceCollectionExtensions.AddVkbPseudonymization(IServiceCollection, Action{VkbPseudonymizationOptions})"/>.</summary>
public sealed class VkbPseudonymizationOptions
{
    /// <summary>The key file (base64 of at least 32 bytes). Required.</summary>
    public string? KeyFile { get; set; }

    /// <summary>A policy file; null uses <c>vkb-default</c>.</summary>
    public string? PolicyFile { get; set; }

    /// <summary>The assessment phase id (pseudonym scope). Required.</summary>
    public string Phase { get; set; } = string.Empty;

    /// <summary>Export only records flagged in the load month (P1, default true); false is the explicit, recorded exception.</summary>
    public bool OnlyFlagged { get; set; } = true;

    /// <summary>The extract month, the age-band reference for records without a review month.</summary>
    public YearMonth? ReferenceMonth { get; set; }
}

/// <summary>Registers the pseudonymisation services.</summary>
public static class VkbPseudonymizationServiceCollectionExtensions
{
    /// <summary>Registers key, policy, <see cref="Pseudonymizer"/> and <see cref="PseudonymizationPipeline"/> as singletons, configured from bound options.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddVkbPseudonymization(this IServiceCollection services) =>
        AddVkbPseudonymization(services, _ => { });

    /// <summary>Registers key, policy, <see cref="Pseudonymizer"/> and <see cref="PseudonymizationPipeline"/> as singletons; options are validated on start.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddVkbPseudonymization(this IServiceCollection services, Action<VkbPseudonymizationOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        services.AddOptions<VkbPseudonymizationOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VkbPseudonymizationOptions>, OptionsValidator>());
        services.TryAddSingleton(sp => PseudonymizationKey.FromFile(sp.GetRequiredService<IOptions<VkbPseudonymizationOptions>>().Value.KeyFile!));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<VkbPseudonymizationOptions>>().Value.PolicyFile is { } file
            ? RecordPolicy.Load(file)
            : RecordPolicy.VkbDefault);
        services.TryAddSingleton(sp => new Pseudonymizer(sp.GetRequiredService<PseudonymizationKey>()));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<VkbPseudonymizationOptions>>().Value;
            return new PseudonymizationPipeline(
                sp.GetRequiredService<PseudonymizationKey>(),
                sp.GetRequiredService<RecordPolicy>(),
                new PseudonymizationOptions { Phase = options.Phase, OnlyFlagged = options.OnlyFlagged, ReferenceMonth = options.ReferenceMonth });
        });
        return services;
    }

    private sealed class OptionsValidator : IValidateOptions<VkbPseudonymizationOptions>
    {
        public ValidateOptionsResult Validate(string? name, VkbPseudonymizationOptions options)
        {
            var failures = new List<string>();
            if (string.IsNullOrWhiteSpace(options.KeyFile))
            {
                failures.Add("VkbPseudonymizationOptions.KeyFile is required.");
            }
            else if (!File.Exists(options.KeyFile))
            {
                failures.Add("VkbPseudonymizationOptions.KeyFile does not exist.");
            }

            if (options.PolicyFile is not null && !File.Exists(options.PolicyFile))
            {
                failures.Add("VkbPseudonymizationOptions.PolicyFile does not exist.");
            }

            try
            {
                new PseudonymizationOptions { Phase = options.Phase, OnlyFlagged = options.OnlyFlagged, ReferenceMonth = options.ReferenceMonth }.Validate();
            }
            catch (ArgumentException ex)
            {
                failures.Add("VkbPseudonymizationOptions.Phase: " + ex.Message);
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
