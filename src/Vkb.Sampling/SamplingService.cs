using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Sampling.Diagnostics;

namespace Vkb.Sampling;

/// <summary>
/// The sampling operations with the host's clock and options: committing seeds, freezing
/// second-stage populations, team-lead parameters and frames for a month. Registered by
/// <see cref="VkbSamplingServiceCollectionExtensions.AddVkbSampling(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>;
/// everything it does is also available without DI through <see cref="Sampler"/>. Draws,
/// verifications and replacements made through the service are logged (event ids 1001–1007,
/// package README): counts, reason codes and the seed commitment, never a key, unit or stratum.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public sealed class SamplingService
{
    private readonly IClock _clock;
    private readonly SamplingOptions _options;
    private readonly ILogger _logger;

    /// <summary>Creates the service without logging.</summary>
    /// <param name="clock">The clock that dates commitments and freezes.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SamplingService(IClock clock, IOptions<SamplingOptions> options)
        : this(clock, options, null)
    {
    }

    /// <summary>Creates the service with a logger.</summary>
    /// <param name="clock">The clock that dates commitments and freezes.</param>
    /// <param name="options">The options.</param>
    /// <param name="logger">Receives draw, exclusion, shortfall and verification events; <see langword="null"/> logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="options"/> is null.</exception>
    public SamplingService(IClock clock, IOptions<SamplingOptions> options, ILogger<SamplingService>? logger)
    {
        _clock = Preconditions.CheckNotNull(clock);
        _options = Preconditions.CheckNotNull(options).Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>Creates the service with a .NET <see cref="TimeProvider"/> as its clock.</summary>
    /// <param name="timeProvider">Decides "now" for commitments and frozen populations.</param>
    /// <param name="options">The validated options.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SamplingService(TimeProvider timeProvider, IOptions<SamplingOptions> options)
        : this(new TimeProviderClock(timeProvider), options, null)
    {
    }

    /// <summary>Creates the service with a .NET <see cref="TimeProvider"/> as its clock and a logger.</summary>
    /// <param name="timeProvider">Decides "now" for commitments and frozen populations.</param>
    /// <param name="options">The validated options.</param>
    /// <param name="logger">Receives draw, exclusion, shortfall and verification events; <see langword="null"/> logs nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> or <paramref name="options"/> is null.</exception>
    public SamplingService(TimeProvider timeProvider, IOptions<SamplingOptions> options, ILogger<SamplingService>? logger)
        : this(new TimeProviderClock(timeProvider), options, logger)
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

    /// <summary>Draws a sample (<see cref="Sampler.Draw{T}"/>) and logs the outcome: totals, exclusions by reason, shortfalls, strata below the floor.</summary>
    /// <typeparam name="T">The population item type.</typeparam>
    /// <param name="population">The items, read once.</param>
    /// <param name="frame">How to read keys, units, strata and exclusions.</param>
    /// <param name="parameters">The request.</param>
    /// <param name="seed">The seed, revealed in the protocol.</param>
    /// <param name="commitment">The commitment to <paramref name="seed"/>, made before the draw.</param>
    /// <param name="previousStage">For a second-stage draw (S5): the frozen population.</param>
    /// <param name="order">Whether the items arrive sorted by key.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Sampler.Draw{T}"/>.</exception>
    /// <exception cref="InvalidOperationException">See <see cref="Sampler.Draw{T}"/>.</exception>
    public SampleProtocol Draw<T>(
        IEnumerable<T> population,
        SampleFrame<T> frame,
        SampleParameters parameters,
        Seed seed,
        SeedCommitment commitment,
        PopulationSnapshot? previousStage = null,
        PopulationOrder order = PopulationOrder.Unordered) =>
        SamplingLog.Drawn(_logger, Sampler.Draw(population, frame, parameters, seed, commitment, previousStage, order));

    /// <summary>Draws a sample from an asynchronous population (<see cref="Sampler.DrawAsync{T}"/>) and logs the outcome.</summary>
    /// <typeparam name="T">The population item type.</typeparam>
    /// <param name="population">The items, read once.</param>
    /// <param name="frame">How to read keys, units, strata and exclusions.</param>
    /// <param name="parameters">The request.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="commitment">The commitment to the seed.</param>
    /// <param name="previousStage">For a second-stage draw: the frozen population.</param>
    /// <param name="order">Whether the items arrive sorted by key.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The protocol.</returns>
    /// <exception cref="ArgumentException">See <see cref="Sampler.Draw{T}"/>.</exception>
    /// <exception cref="InvalidOperationException">See <see cref="Sampler.Draw{T}"/>.</exception>
    public async Task<SampleProtocol> DrawAsync<T>(
        IAsyncEnumerable<T> population,
        SampleFrame<T> frame,
        SampleParameters parameters,
        Seed seed,
        SeedCommitment commitment,
        PopulationSnapshot? previousStage = null,
        PopulationOrder order = PopulationOrder.Unordered,
        CancellationToken cancellationToken = default) =>
        SamplingLog.Drawn(_logger, await Sampler.DrawAsync(population, frame, parameters, seed, commitment, previousStage, order, cancellationToken).ConfigureAwait(false));

    /// <summary>Verifies a protocol (<see cref="Sampler.Verify{T}"/>) and logs the result; a failure is a warning with the discrepancy kinds.</summary>
    /// <typeparam name="T">The population item type.</typeparam>
    /// <param name="protocol">The protocol to check.</param>
    /// <param name="population">The population the draw claims to have used.</param>
    /// <param name="frame">The frame the draw claims to have used.</param>
    /// <param name="previousStage">For a second-stage draw: the published snapshot.</param>
    /// <param name="order">Whether the items arrive sorted by key.</param>
    /// <returns>The verification with all discrepancies.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A selector returned no value or sorted input was out of order.</exception>
    public SampleVerification Verify<T>(
        SampleProtocol protocol,
        IEnumerable<T> population,
        SampleFrame<T> frame,
        PopulationSnapshot? previousStage = null,
        PopulationOrder order = PopulationOrder.Unordered) =>
        SamplingLog.Verified(_logger, protocol, Sampler.Verify(protocol, population, frame, previousStage, order));

    /// <summary>Verifies a protocol against an asynchronous population (<see cref="Sampler.VerifyAsync{T}"/>) and logs the result.</summary>
    /// <typeparam name="T">The population item type.</typeparam>
    /// <param name="protocol">The protocol to check.</param>
    /// <param name="population">The population, read once.</param>
    /// <param name="frame">The frame the draw claims to have used.</param>
    /// <param name="previousStage">For a second-stage draw: the published snapshot.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <returns>The verification with all discrepancies.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task<SampleVerification> VerifyAsync<T>(
        SampleProtocol protocol,
        IAsyncEnumerable<T> population,
        SampleFrame<T> frame,
        PopulationSnapshot? previousStage = null,
        CancellationToken cancellationToken = default) =>
        SamplingLog.Verified(_logger, protocol, await Sampler.VerifyAsync(protocol, population, frame, previousStage, cancellationToken).ConfigureAwait(false));

    /// <summary>Replaces a selected key from the reserve (<see cref="Sampler.Replace"/>) and logs the reason code (not the key).</summary>
    /// <param name="protocol">The protocol.</param>
    /// <param name="unit">The unit the key was selected for.</param>
    /// <param name="key">The selected key to replace.</param>
    /// <param name="reason">Why, e.g. <c>record-not-assessable</c>.</param>
    /// <returns>The amended protocol.</returns>
    /// <exception cref="ArgumentException">The key is not selected in the unit, or the reason is empty.</exception>
    /// <exception cref="InvalidOperationException">The stratum has no reserve left.</exception>
    public SampleProtocol Replace(SampleProtocol protocol, string unit, string key, string reason) =>
        SamplingLog.Replaced(_logger, Sampler.Replace(protocol, unit, key, reason), reason);
}
