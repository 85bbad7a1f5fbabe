namespace Vkb.Pseudonymization.Diagnostics;

/// <summary>
/// How far a pseudonymisation run is: counts only, never a record's content. Reported through
/// <see cref="Pipeline.PseudonymizationOptions.Progress"/> about every 1,000 records and once at the end.
/// </summary>
/// <param name="RecordsRead">Records read so far.</param>
/// <param name="RecordsWritten">Records written so far (before suppression).</param>
/// <param name="RecordsRejected">Records rejected so far.</param>
/// <param name="Completed">Whether the run has finished reading.</param>
public sealed record PipelineProgress(long RecordsRead, long RecordsWritten, long RecordsRejected, bool Completed)
{
    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{RecordsRead} read, {RecordsWritten} written, {RecordsRejected} rejected{(Completed ? ", done" : string.Empty)}");
}
