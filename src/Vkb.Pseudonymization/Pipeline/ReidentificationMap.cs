namespace Vkb.Pseudonymization.Pipeline;

/// <summary>
/// The mapping pseudonym → customer number of a run, per job centre (P6). Sensitive: it exists only to be
/// sealed into one re-identification kit per job centre (<see cref="Export.ReidentificationKit"/>).
/// </summary>
public sealed class ReidentificationMap
{
    internal ReidentificationMap(IReadOnlyDictionary<string, IReadOnlyList<ReidentificationEntry>> byJobCentre) =>
        ByJobCentre = byJobCentre;

    /// <summary>An empty map (collection was off).</summary>
    public static ReidentificationMap Empty { get; } = new(new Dictionary<string, IReadOnlyList<ReidentificationEntry>>());

    /// <summary>Entries per job centre id, in output order, each pseudonym once.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ReidentificationEntry>> ByJobCentre { get; }
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
