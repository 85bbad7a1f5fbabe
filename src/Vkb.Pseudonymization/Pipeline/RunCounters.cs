namespace Vkb.Pseudonymization.Pipeline;

/// <summary>Per-thread counters, merged into the run report.</summary>
internal sealed class RunCounters
{
    public Dictionary<string, long> DroppedByPolicy { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> DroppedUnlisted { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Replacements { get; } = new(StringComparer.Ordinal);

    public void MergeInto(RunCounters target)
    {
        Merge(DroppedByPolicy, target.DroppedByPolicy);
        Merge(DroppedUnlisted, target.DroppedUnlisted);
        Merge(Replacements, target.Replacements);
    }

    public static void Add(Dictionary<string, long> counts, string key, long amount = 1) =>
        counts[key] = counts.GetValueOrDefault(key) + amount;

    private static void Merge(Dictionary<string, long> source, Dictionary<string, long> target)
    {
        foreach (var (key, value) in source)
        {
            Add(target, key, value);
        }
    }
}
