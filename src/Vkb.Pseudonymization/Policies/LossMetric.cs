namespace Vkb.Pseudonymization.Policies;

/// <summary>
/// The information loss the k-anonymity search minimises (P9) among the lattice's nodes that are anonymous within the
/// suppression budget. Both charge a suppressed record; they differ in how much, and so in what they trade.
/// </summary>
/// <remarks>
/// On a monthly load of the medium synthetic phase (k 5), <see cref="Discernibility"/> withholds gender, nationality and
/// the postcode region to suppress no record; <see cref="Precision"/> keeps more of them and suppresses records within the
/// budget where that loses less. docs/pseudonym-spec.md states both formulas and the search's bounds.
/// </remarks>
public enum LossMetric
{
    /// <summary>
    /// Σ |class|² over the published classes + suppressed records × the load's records (ARX's non-monotone
    /// discernibility): a suppressed record costs as much as a class holding the whole load, so the search generalises
    /// rather than suppress and may withhold a quasi-identifier from every record to keep a few. The default.
    /// </summary>
    Discernibility,

    /// <summary>
    /// Precision with suppression: the mean over the load's records of each record's precision loss, the mean of level /
    /// height over the generalisable quasi-identifiers, a suppressed record counting 1 (as if every quasi-identifier were
    /// withheld). A suppressed record costs no more than a record with everything withheld, so the search keeps the
    /// quasi-identifiers more precise and suppresses within the budget where that loses less.
    /// </summary>
    Precision,
}
