using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Pseudonymization.Diagnostics;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization;

/// <summary>
/// Options of <see cref="VkbPseudonymizationServiceCollectionExtensions.AddVkbPseudonymization(IServiceCollection, Action{VkbPseudonymizationOptions})"/>:
/// the key source, the policy and every option of the <see cref="PseudonymizationPipeline"/> it
/// registers. Bindable from configuration (<c>Vkb:Pseudonymization</c> in the samples).
/// </summary>
public sealed class VkbPseudonymizationOptions
{
    /// <summary>The key file (base64 of at least 32 bytes). One key source is required: this, <see cref="KeyEnvironmentVariable"/> or a registered <see cref="IPseudonymizationKeyProvider"/> (which wins).</summary>
    public string? KeyFile { get; set; }

    /// <summary>An environment variable holding the key's base64 text; used instead of <see cref="KeyFile"/> when set.</summary>
    public string? KeyEnvironmentVariable { get; set; }

    /// <summary>A policy file; null uses <c>vkb-default</c>.</summary>
    public string? PolicyFile { get; set; }

    /// <summary>The assessment phase id (pseudonym scope). Required.</summary>
    public string Phase { get; set; } = string.Empty;

    /// <summary>Export only records flagged in the load month (P1, default true); false is the explicit, recorded exception.</summary>
    public bool OnlyFlagged { get; set; } = true;

    /// <summary>The months of the phase being loaded (from the phase announcement), <c>yyyy-MM</c>; a configured list replaces the default (empty).</summary>
    public IList<YearMonth> PhaseMonths { get; } = [];

    /// <summary>The customer processes of the phase being loaded (from the phase announcement, S11); empty: any.</summary>
    public IList<string> PhaseCustomerProcesses { get; } = [];

    /// <summary>Where a run spools its first pass beyond <see cref="SpoolMemoryLimit"/>; null: the temporary folder. A folder set here must exist.</summary>
    public string? SpoolDirectory { get; set; }

    /// <summary>The most bytes of a run's first pass held in memory before it moves to a spool file (default 32 MiB; 0: always a file).</summary>
    public long SpoolMemoryLimit { get; set; } = 32 << 20;

    /// <summary>The extract month, the age-band reference for records without a review month when no <see cref="PhaseMonths"/> are given.</summary>
    public YearMonth? ReferenceMonth { get; set; }

    /// <summary>The date shift range and weekday rule (<c>MaxDays</c>, <c>PreserveWeekday</c>).</summary>
    public DateShiftOptions DateShift { get; set; } = new();

    /// <summary>How the policy's k-anonymity is applied (<c>Enforce</c>, <c>K</c>).</summary>
    public KAnonymityOptions KAnonymity { get; set; } = new();

    /// <summary>The longest accepted input line in bytes (default 1 MiB).</summary>
    public int MaxLineBytes { get; set; } = 1 << 20;

    /// <summary>
    /// Threads that transform records. Default: half the processor count (at least 1), so that a
    /// web host keeps cores for its requests; a dedicated worker may set the processor count.
    /// </summary>
    public int DegreeOfParallelism { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Records per batch (default 128).</summary>
    public int BatchSize { get; set; } = 128;

    /// <summary>Whether an invalid record fails the whole run (default true) or is rejected, counted and skipped.</summary>
    public bool FailOnInvalidRecord { get; set; } = true;

    /// <summary>Whether to collect the re-identification mapping per job centre (default false).</summary>
    public bool CollectReidentification { get; set; }

    /// <summary>The pipeline options these options describe; <paramref name="detectors"/> are the host's registered <see cref="ITextDetector"/>s.</summary>
    /// <param name="detectors">Additional text detectors.</param>
    /// <param name="progress">Receives progress, or null.</param>
    /// <returns>New pipeline options.</returns>
    public PseudonymizationOptions ToPipelineOptions(IEnumerable<ITextDetector>? detectors = null, IProgress<PipelineProgress>? progress = null)
    {
        var options = new PseudonymizationOptions
        {
            Phase = Phase,
            OnlyFlagged = OnlyFlagged,
            ReferenceMonth = ReferenceMonth,
            DateShift = new DateShiftOptions { MaxDays = DateShift.MaxDays, PreserveWeekday = DateShift.PreserveWeekday },
            KAnonymity = new KAnonymityOptions { K = KAnonymity.K, Enforce = KAnonymity.Enforce },
            SpoolDirectory = SpoolDirectory,
            SpoolMemoryLimit = SpoolMemoryLimit,
            MaxLineBytes = MaxLineBytes,
            DegreeOfParallelism = DegreeOfParallelism,
            BatchSize = BatchSize,
            FailOnInvalidRecord = FailOnInvalidRecord,
            CollectReidentification = CollectReidentification,
            Progress = progress,
        };
        foreach (var month in PhaseMonths)
        {
            options.PhaseMonths.Add(month);
        }

        foreach (var process in PhaseCustomerProcesses)
        {
            options.PhaseCustomerProcesses.Add(process);
        }

        foreach (var detector in detectors ?? [])
        {
            options.AdditionalDetectors.Add(detector);
        }

        return options;
    }
}

/// <summary>Registers the pseudonymisation services.</summary>
public static class VkbPseudonymizationServiceCollectionExtensions
{
    /// <summary>Registers key, policy, <see cref="Pseudonymizer"/> and <see cref="PseudonymizationPipeline"/> as singletons, configured from bound options.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddVkbPseudonymization(this IServiceCollection services) =>
        AddVkbPseudonymization(services, _ => { });

    /// <summary>
    /// Registers key, policy, <see cref="Pseudonymizer"/> and <see cref="PseudonymizationPipeline"/>
    /// as singletons; options are validated on start. The key comes from a registered
    /// <see cref="IPseudonymizationKeyProvider"/> if there is one, else from
    /// <see cref="VkbPseudonymizationOptions.KeyEnvironmentVariable"/> or
    /// <see cref="VkbPseudonymizationOptions.KeyFile"/>; a <see cref="PseudonymizationKey"/>
    /// registered by the host before this call is kept. The pipeline gets every pipeline option,
    /// the registered <see cref="ITextDetector"/>s, <see cref="IProgress{T}"/> of
    /// <see cref="PipelineProgress"/>, <see cref="ILogger{TCategoryName}"/> and <see cref="IMeterFactory"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddVkbPseudonymization(this IServiceCollection services, Action<VkbPseudonymizationOptions> configure)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configure);
        AddCore(services).Configure(configure);
        return services;
    }

    /// <summary>Registers the services with options bound from a configuration section (property names as in <see cref="VkbPseudonymizationOptions"/>); see <see cref="AddVkbPseudonymization(IServiceCollection, Action{VkbPseudonymizationOptions})"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, e.g. <c>Vkb:Pseudonymization</c>.</param>
    /// <returns>The options builder.</returns>
    public static OptionsBuilder<VkbPseudonymizationOptions> AddVkbPseudonymization(this IServiceCollection services, IConfiguration configuration)
    {
        Preconditions.CheckNotNull(services);
        Preconditions.CheckNotNull(configuration);
        return AddCore(services).Configure(options =>
        {
            configuration.Bind(options);
            var months = configuration.GetSection(nameof(VkbPseudonymizationOptions.PhaseMonths));
            if (months.Exists())
            {
                options.PhaseMonths.Clear();
                foreach (var month in months.GetChildren())
                {
                    options.PhaseMonths.Add(NodaTime.Text.YearMonthPattern.Iso.Parse(month.Value ?? string.Empty).GetValueOrThrow());
                }
            }
        });
    }

    private static OptionsBuilder<VkbPseudonymizationOptions> AddCore(IServiceCollection services)
    {
        var builder = services.AddOptions<VkbPseudonymizationOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VkbPseudonymizationOptions>>(new OptionsValidator(services)));
        services.TryAddSingleton(KeyFromServices);
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
                options.ToPipelineOptions(sp.GetServices<ITextDetector>(), sp.GetService<IProgress<PipelineProgress>>()),
                sp.GetService<ILogger<PseudonymizationPipeline>>(),
                sp.GetService<IMeterFactory>());
        });
        return builder;
    }

    private static PseudonymizationKey KeyFromServices(IServiceProvider sp) => KeySource(sp).GetKey();

    private static IPseudonymizationKeyProvider KeySource(IServiceProvider sp)
    {
        if (sp.GetService<IPseudonymizationKeyProvider>() is { } provider)
        {
            return provider;
        }

        var options = sp.GetRequiredService<IOptions<VkbPseudonymizationOptions>>().Value;
        return options.KeyEnvironmentVariable is { Length: > 0 } variable
            ? new EnvironmentPseudonymizationKeyProvider(variable)
            : new FilePseudonymizationKeyProvider(options.KeyFile ?? string.Empty);
    }

    private sealed class OptionsValidator(IServiceCollection services) : IValidateOptions<VkbPseudonymizationOptions>
    {
        public ValidateOptionsResult Validate(string? name, VkbPseudonymizationOptions options)
        {
            var failures = new List<string>();
            var hostKey = services.Any(d => d.ServiceType == typeof(IPseudonymizationKeyProvider))
                || services.Any(d => d.ServiceType == typeof(PseudonymizationKey) && !IsOurs(d));
            if (!hostKey)
            {
                if (options.KeyEnvironmentVariable is { Length: > 0 } variable)
                {
                    if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
                    {
                        failures.Add($"VkbPseudonymizationOptions.KeyEnvironmentVariable: the environment variable '{variable}' is not set.");
                    }
                }
                else if (string.IsNullOrWhiteSpace(options.KeyFile))
                {
                    failures.Add("No pseudonymisation key source: set VkbPseudonymizationOptions.KeyFile or KeyEnvironmentVariable, or register an IPseudonymizationKeyProvider or a PseudonymizationKey.");
                }
                else if (!File.Exists(options.KeyFile))
                {
                    failures.Add($"VkbPseudonymizationOptions.KeyFile '{options.KeyFile}' does not exist.");
                }
            }

            if (options.PolicyFile is not null && !File.Exists(options.PolicyFile))
            {
                failures.Add($"VkbPseudonymizationOptions.PolicyFile '{options.PolicyFile}' does not exist.");
            }

            try
            {
                options.ToPipelineOptions().Validate();
            }
            catch (ArgumentException ex)
            {
                failures.Add("VkbPseudonymizationOptions." + ex.ParamName + ": " + ex.Message);
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        private static bool IsOurs(ServiceDescriptor descriptor) =>
            descriptor.ImplementationFactory is { } factory && factory.Method.Name == nameof(KeyFromServices);
    }
}
