using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Vkb.Sampling;

/// <summary>
/// The sampling operations with the host's clock and options: committing seeds, freezing
/// second-stage populations, team-lead parameters and frames for a month. Registered by
/// <see cref="VkbSamplingServiceCollectionExtensions.AddVkbSampling(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>;
/// everything it does is also available without DI through <see cref="Sampler"/>.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class SamplingService
{
    private readonly IClock _clock;
    private readonly SamplingOptions _options;

    /// <summary>Creates the service.</summary>
    /// <param name="clock">The clock that dates commitments and freezes.</param>
    /// <param name="options">The options.</param>
    public SamplingService(IClock clock, IOptions<SamplingOptions> options)
    {
        _clock = Preconditions.CheckNotNull(clock);
        _options = Preconditions.CheckNotNull(options).Value;
    }

    /// <summary>Creates the service with a .NET <see cref="TimeProvider"/> as its clock.</summary>
    /// <param name="timeProvider">Decides "now" for commitments and frozen populations.</param>
    /// <param name="options">The validated options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SamplingService(TimeProvider timeProvider, IOptions<SamplingOptions> options)
        : this(new TimeProviderClock(timeProvider), options)
    {
    }

    /// <summary>The options in force.</summary>
    public SamplingOptions Options => _options;

    /// <summary>Generates a seed and commits to it now; publish the commitment, keep the seed until the draw.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <returns>The seed and its commitment.</returns>
    public (Seed Seed, SeedCommitment Commitment) NewSeed(RandomNumberGenerator random)
    {
        var seed = Seed.Generate(random);
        return (seed, SeedCommitment.Create(seed, _clock));
    }

    /// <summary>Commits to a seed (e.g. from dice) now.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The commitment.</returns>
    public SeedCommitment Commit(Seed seed) => SeedCommitment.Create(seed, _clock);

    /// <summary>Freezes the population of a second-stage draw now (S5).</summary>
    /// <param name="keys">The keys, e.g. of the RD-assessed records.</param>
    /// <returns>The snapshot.</returns>
    public PopulationSnapshot Freeze(IEnumerable<string> keys) => PopulationSnapshot.Freeze(keys, _clock);

    /// <summary>The parameters of the monthly team-lead draw: draw id <c>TL-yyyy-MM</c>, the options' request, minimum and reserve.</summary>
    /// <param name="month">The month.</param>
    /// <param name="weights">Optional risk weights per stratum (S4).</param>
    /// <returns>The parameters.</returns>
    public SampleParameters TeamLeadParameters(YearMonth month, IReadOnlyDictionary<string, decimal>? weights = null) =>
        SampleParameters.Create($"TL-{month.Year:D4}-{month.Month:D2}", _options.TeamLeadPerUnit, _options.MinPerStratum, _options.Reserve, weights);

    /// <summary>Adds the exclusion of keys selected in the previous months (per the options) to a frame.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="frame">The frame.</param>
    /// <param name="history">Earlier draws.</param>
    /// <param name="month">The month of the draw.</param>
    /// <returns>The frame with the rule, or the same frame when the option is 0.</returns>
    public SampleFrame<T> WithRecentExclusion<T>(SampleFrame<T> frame, SampleHistory history, YearMonth month)
    {
        Preconditions.CheckNotNull(frame);
        return _options.ExcludePreviousMonths == 0 ? frame : frame.ExcludeSampledInPreviousMonths(history, month, _options.ExcludePreviousMonths);
    }
}
