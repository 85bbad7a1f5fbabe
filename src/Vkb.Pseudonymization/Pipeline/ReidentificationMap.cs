namespace Vkb.Pseudonymization.Pipeline;

/// <summary>
/// The mapping pseudonym → customer number of a run, per job centre (P6). Sensitive: it exists only to be
/// sealed into one re-identification kit per job centre (<see cref="Export.ReidentificationKit"/>).
/// </summary>
public sealed class ReidentificationMap
{
    private readonly IReadOnlyDictionary<string, long> _firstLines;

    internal ReidentificationMap(IReadOnlyDictionary<string, IReadOnlyList<ReidentificationEntry>> byJobCentre, IReadOnlyDictionary<string, long> firstLines)
    {
        ByJobCentre = byJobCentre;
        _firstLines = firstLines;
    }

    /// <summary>An empty map (collection was off).</summary>
    public static ReidentificationMap Empty { get; } = new(new Dictionary<string, IReadOnlyList<ReidentificationEntry>>(), new Dictionary<string, long>());

    /// <summary>Entries per job centre id, in output order, each pseudonym once.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ReidentificationEntry>> ByJobCentre { get; }

    /// <summary>
    /// The input line of the first record of <paramref name="jobCentre"/>, so that a message can name a record
    /// by its line instead of echoing the job centre id, which is a record value.
    /// </summary>
    /// <param name="jobCentre">A job centre id of <see cref="ByJobCentre"/>.</param>
    /// <returns>The 1-based line, or null if unknown.</returns>
    public long? FirstLineOf(string jobCentre) =>
        _firstLines.TryGetValue(Preconditions.CheckNotNull(jobCentre), out var line) ? line : null;
}

/// <summary>One pseudonym and the canonical customer number it stands for.</summary>
/// <param name="Pseudonym">The pseudonym text.</param>
/// <param name="CustomerNumber">The canonical customer number.</param>
public sealed record ReidentificationEntry(string Pseudonym, string CustomerNumber)
{
    /// <summary>Shows only the pseudonym.</summary>
    /// <returns>The pseudonym.</returns>
    public override string ToString() => Pseudonym;
}

/// <summary>The result of a run: the report and, if collected, the re-identification map.</summary>
/// <param name="Report">The run report.</param>
/// <param name="Reidentification">The re-identification map (empty unless collected).</param>
public sealed record PseudonymizationResult(RunReport Report, ReidentificationMap Reidentification);
