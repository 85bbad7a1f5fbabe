namespace Vkb.Pseudonymization.Pipeline;

/// <summary>The outcome of one record.</summary>
internal enum OutcomeKind
{
    Written,
    NotFlagged,
    FlaggedOutsidePhase,
    Rejected,
}

/// <summary>
/// What happened to one record. A written record's JSON and its line break follow the records before it in
/// its batch's output.
/// </summary>
internal readonly struct RecordOutcome
{
    public OutcomeKind Kind { get; init; }

    public string? QuasiIdentifier { get; init; }

    /// <summary>Where the record's spool header starts in its batch's output (when spooling).</summary>
    public int OutputOffset { get; init; }

    public RecordError? Error { get; init; }

    public string? JobCentre { get; init; }

    public string? Pseudonym { get; init; }

    public string? Identifier { get; init; }

    /// <summary>Where a written record stands in the export: the order of its subject's pseudonym (<see cref="ExportOrder"/>).</summary>
    public ulong OrderKey { get; init; }
}
