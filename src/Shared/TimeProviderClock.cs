using NodaTime;

namespace Vkb;

/// <summary>
/// A NodaTime <see cref="IClock"/> over a .NET <see cref="TimeProvider"/>, so that a host's
/// <see cref="TimeProvider"/> (or a FakeTimeProvider in tests) decides "now" everywhere the
/// packages ask a clock. Compiled into each package that uses a clock.
/// </summary>
internal sealed class TimeProviderClock(TimeProvider timeProvider) : IClock
{
    private readonly TimeProvider _timeProvider = Preconditions.CheckNotNull(timeProvider);

    public Instant GetCurrentInstant() => Instant.FromDateTimeOffset(_timeProvider.GetUtcNow());

    /// <summary>The clock the DI registrations use: the host's <see cref="TimeProvider"/> if it registered one, else the system clock.</summary>
    public static IClock FromServices(IServiceProvider services) =>
        services.GetService(typeof(TimeProvider)) is TimeProvider provider && !ReferenceEquals(provider, TimeProvider.System)
            ? new TimeProviderClock(provider)
            : SystemClock.Instance;
}
