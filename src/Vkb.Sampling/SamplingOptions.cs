namespace Vkb.Sampling;

/// <summary>Defaults for hosts that use <see cref="SamplingService"/> through dependency injection.</summary>
/// <remarks>Validated on start by <see cref="VkbSamplingServiceCollectionExtensions.AddVkbSampling(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>.</remarks>
public sealed class SamplingOptions
{
    /// <summary>The monthly request per team lead; at least 10 (S1). Default 10.</summary>
    public int TeamLeadPerUnit { get; set; } = 10;

    /// <summary>The reserve per stratum for replacements, 0 to 1,000. Default 2.</summary>
    public int Reserve { get; set; } = 2;

    /// <summary>How many previous months' selections are excluded (S2 across months), 0 to 120. Default 2.</summary>
    public int ExcludePreviousMonths { get; set; } = 2;

    /// <summary>The minimum per stratum (customer group) so that every group is covered (S4), 0 to 1,000. Default 0.</summary>
    public int MinPerStratum { get; set; }

    internal IEnumerable<string> Problems()
    {
        if (TeamLeadPerUnit < SamplingPlan.TeamLeadMinimum || TeamLeadPerUnit > SampleParameters.MaximumCount)
        {
            yield return "SamplingOptions.TeamLeadPerUnit must be at least 10 (rule S1) and at most 1,000,000.";
        }

        if (Reserve is < 0 or > 1000)
        {
            yield return "SamplingOptions.Reserve must be between 0 and 1,000.";
        }

        if (ExcludePreviousMonths is < 0 or > 120)
        {
            yield return "SamplingOptions.ExcludePreviousMonths must be between 0 and 120.";
        }

        if (MinPerStratum is < 0 or > 1000)
        {
            yield return "SamplingOptions.MinPerStratum must be between 0 and 1,000.";
        }
    }
}
