using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Vkb.Sampling.Diagnostics;

/// <summary>
/// Names of the sampling package's telemetry. Draws and verifications are static operations, so
/// the meter and activity source are static too (listen with a <c>MeterListener</c>, OpenTelemetry
/// <c>AddMeter("Vkb.Sampling")</c> or <c>dotnet-counters</c>). Tags carry the draw id and counts,
/// never a population key.
/// </summary>
public static class VkbSamplingDiagnostics
{
    /// <summary>The <see cref="Meter"/> and <see cref="ActivitySource"/> name: <c>Vkb.Sampling</c>.</summary>
    public const string SourceName = "Vkb.Sampling";

    /// <summary>Counter of draws completed.</summary>
    public const string Draws = "vkb.sampling.draws";

    /// <summary>Counter of keys drawn (sample plus reserve).</summary>
    public const string KeysDrawn = "vkb.sampling.keys.drawn";

    /// <summary>Counter of protocol verifications (tag <c>vkb.valid</c>).</summary>
    public const string Verifications = "vkb.sampling.verifications";

    internal static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(SourceName);
    private static readonly Counter<long> DrawCounter = Meter.CreateCounter<long>(Draws, "{draw}", "Draws completed.");
    private static readonly Counter<long> KeyCounter = Meter.CreateCounter<long>(KeysDrawn, "{key}", "Keys drawn, sample and reserve.");
    private static readonly Counter<long> VerificationCounter = Meter.CreateCounter<long>(Verifications, "{verification}", "Protocol verifications, by result.");

    internal static SampleProtocol Drawn(SampleProtocol protocol)
    {
        DrawCounter.Add(1);
        KeyCounter.Add(protocol.Units.Sum(u => u.Strata.Sum(s => (long)s.Selected.Count + s.Reserve.Count)));
        return protocol;
    }

    internal static SampleVerification Verified(SampleVerification verification)
    {
        VerificationCounter.Add(1, new KeyValuePair<string, object?>("vkb.valid", verification.IsValid));
        return verification;
    }
}
