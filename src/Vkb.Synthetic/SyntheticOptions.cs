using NodaTime;

namespace Vkb.Synthetic;

/// <summary>Options for the <see cref="ExtractGenerator"/> registered by <see cref="VkbSyntheticServiceCollectionExtensions"/>.</summary>
/// <remarks>Mutable configuration; validated when the host starts.</remarks>
public sealed class SyntheticOptions
{
    /// <summary>The preset: "small", "medium", "large" or "national". Default "small".</summary>
    public string Preset { get; set; } = "small";

    /// <summary>About this many records (scales the preset), or null for the preset's size.</summary>
    public long? Records { get; set; }

    /// <summary>The seed. Default 20250401.</summary>
    public ulong Seed { get; set; } = 20250401;

    /// <summary>The review month, or null for the preset's (2025-04).</summary>
    public YearMonth? ReviewMonth { get; set; }

    /// <summary>The phase id, or null for the preset's ("2025-1").</summary>
    public string? PhaseId { get; set; }

    /// <summary>Builds the shape these options describe.</summary>
    /// <returns>The shape.</returns>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public ExtractShape ToShape()
    {
        var shape = ExtractShape.FromPreset(Preset);
        if (Records is { } records)
        {
            shape = shape.WithRecords(records);
        }

        if (ReviewMonth is { } month)
        {
            shape = shape.WithReviewMonth(month);
        }

        if (PhaseId is { } phase)
        {
            shape = shape.WithPhaseId(phase);
        }

        return shape;
    }
}
