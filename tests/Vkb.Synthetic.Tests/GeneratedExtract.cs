namespace Vkb.Synthetic.Tests;

/// <summary>The small preset for a fixed seed, generated once for the test run.</summary>
public static class GeneratedExtract
{
    public const ulong Seed = 20250401;

    private static readonly Lazy<IReadOnlyList<SyntheticRecord>> SmallRecords =
        new(() => new ExtractGenerator(ExtractShape.Small, Seed).Generate().ToList());

    public static IReadOnlyList<SyntheticRecord> Small => SmallRecords.Value;
}
