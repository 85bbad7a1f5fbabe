using System.Diagnostics.Tracing;
using System.Globalization;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>
/// Samples the runtime's allocation ticks (one event about every 100 KiB allocated, with the type that crossed the
/// threshold) while it lives, so a profiling run can say which types fill the heap. Profiling aid only.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var index = eventData.PayloadNames!.IndexOf("TypeName");
        var type = index >= 0 ? eventData.Payload[index] as string ?? "?" : "?";
        lock (_bytes)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + 100 * 1024;
        }
    }

    public void WriteTop(TextWriter output, int runs, int top = 40)
    {
        lock (_bytes)
        {
            foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / 1024.0 / runs,8:F0} KiB per run  {type}"));
            }
        }
    }
}
