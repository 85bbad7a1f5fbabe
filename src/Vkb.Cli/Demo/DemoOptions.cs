using NodaTime;

namespace Vkb.Cli.Demo;

/// <summary>What one run of <c>vkb demo</c> is asked to do.</summary>
/// <param name="OutputDirectory">Where every artefact goes.</param>
/// <param name="Seed">The seed of the synthetic data and of every draw.</param>
/// <param name="Scale">A preset of <see cref="Vkb.Synthetic.ExtractShape"/>: small, medium or large.</param>
/// <param name="Month">The review month; the preset's month when null.</param>
internal sealed record DemoOptions(DirectoryInfo OutputDirectory, ulong Seed, string Scale, YearMonth? Month)
{
    /// <summary>Team-lead sample size per month (S1: at least ten).</summary>
    public const int TeamLeadSampleSize = 10;

    /// <summary>How many earlier months' team-lead samples are excluded from a new draw (S2 across months).</summary>
    public const int ExcludedPreviousMonths = 2;

    /// <summary>Cases each RD draws from its district's pseudonymised records.</summary>
    public const int RegionalSampleSize = 24;

    /// <summary>Cases head office draws per RD from the RD-assessed ones (S5: at least ten).</summary>
    public const int HeadOfficeSampleSize = 10;

    /// <summary>Head office's permission cap: the directives leave it to configuration (E3).</summary>
    public const int HeadOfficeCap = 8;

    /// <summary>Reviewers the demo asks a permission for at head office.</summary>
    public const int HeadOfficeReviewers = 4;
}
