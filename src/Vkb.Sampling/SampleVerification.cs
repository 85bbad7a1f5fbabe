namespace Vkb.Sampling;

/// <summary>The result of re-checking a protocol: valid, or every discrepancy found.</summary>
/// <remarks>Immutable; thread-safe.</remarks>
public sealed class SampleVerification
{
    internal SampleVerification(IReadOnlyList<Discrepancy> discrepancies) => Discrepancies = discrepancies;

    /// <summary>Whether the protocol agrees with its recomputation in every point.</summary>
    public bool IsValid => Discrepancies.Count == 0;

    /// <summary>Every discrepancy, in the order of the protocol.</summary>
    public IReadOnlyList<Discrepancy> Discrepancies { get; }
}

/// <summary>One point where a protocol and its recomputation disagree.</summary>
/// <param name="Kind">What kind of point.</param>
/// <param name="Path">The JSON path in the protocol, with indices (never keys), e.g. <c>units[2].strata[0].selected[3].ticket</c>.</param>
/// <param name="Message">An invariant sentence; it contains counts and paths, never a key or record value.</param>
public sealed record Discrepancy(DiscrepancyKind Kind, string Path, string Message)
{
    /// <summary>The discrepancy as one line.</summary>
    /// <returns><c>kind at path: message</c>.</returns>
    public override string ToString() => $"{Kind} at {Path}: {Message}";
}

/// <summary>The kinds of discrepancy a verification reports.</summary>
public enum DiscrepancyKind
{
    /// <summary>The algorithm name is not <c>vkb-sample-v1</c>.</summary>
    Algorithm,

    /// <summary>The seed is malformed or does not match its commitment.</summary>
    Commitment,

    /// <summary>The seed was committed before the previous stage's population was frozen, or the freeze differs from the snapshot.</summary>
    CommitmentOrder,

    /// <summary>The population digest or size differs.</summary>
    Population,

    /// <summary>A unit or stratum is missing, extra, or its counts differ.</summary>
    Allocation,

    /// <summary>A selected or reserve key differs from the recomputed one.</summary>
    Selection,

    /// <summary>A ticket is not the hash of its key.</summary>
    Ticket,

    /// <summary>The exclusions differ.</summary>
    Exclusion,

    /// <summary>The duplicate report differs.</summary>
    Duplicate,

    /// <summary>A replacement did not take the next reserve ticket of the same stratum, or replaced a key that was not selected.</summary>
    Replacement,

    /// <summary>The § 16a record differs, or a case was drawn against the consent register (S7).</summary>
    Section16a,
}
