using System.Globalization;

namespace Vkb.Pseudonymization.Policies;

/// <summary>
/// What a policy declares for k-anonymity (P9): the quasi-identifiers (output fields that single a record out in
/// combination), each with the generalisation hierarchy of its operation or pinned (never generalised), the
/// class size k, and the share of records that may be suppressed. The pipeline searches the lattice of
/// generalisation levels for the node with the least information loss at which every published class holds at
/// least k people (distinct subjects; a person's set of classes shared by k people) after suppressing at most the
/// budget of records, and fails the run if there is none.
/// </summary>
/// <remarks>Thread safety: immutable.</remarks>
public sealed class KAnonymityPolicy
{
    internal KAnonymityPolicy(int k, double suppressionBudget, IReadOnlyList<QuasiIdentifier> quasiIdentifiers, LossMetric lossMetric = LossMetric.Discernibility)
    {
        K = k;
        SuppressionBudget = suppressionBudget;
        QuasiIdentifiers = quasiIdentifiers;
        LossMetric = lossMetric;
    }

    /// <summary>No quasi-identifiers: nothing is enforced.</summary>
    public static KAnonymityPolicy None { get; } = new(1, 0, []);

    /// <summary>The smallest published class (default 5).</summary>
    public int K { get; }

    /// <summary>The largest share of the written records that may be suppressed (0 to 1).</summary>
    public double SuppressionBudget { get; }

    /// <summary>The quasi-identifiers, in declaration order (the order of the lattice's dimensions).</summary>
    public IReadOnlyList<QuasiIdentifier> QuasiIdentifiers { get; }

    /// <summary>The information loss the search minimises among the anonymous nodes (default <see cref="Policies.LossMetric.Discernibility"/>).</summary>
    public LossMetric LossMetric { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"k = {K}, budget {SuppressionBudget:P1}, {QuasiIdentifiers.Count} quasi-identifiers{(LossMetric == LossMetric.Discernibility ? "" : ", least precision loss")}");
}

/// <summary>A quasi-identifier of a policy: an output field path outside arrays, and whether it is pinned (never generalised).</summary>
/// <param name="Path">The field path.</param>
/// <param name="Pinned">Whether the field is published as its operation writes it, at every node (e.g. the job centre, which the RD's dialogue with it needs).</param>
public sealed record QuasiIdentifier(FieldPath Path, bool Pinned);
