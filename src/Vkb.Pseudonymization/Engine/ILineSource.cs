namespace Vkb.Pseudonymization.Engine;

/// <summary>A source of JSON lines.</summary>
internal interface ILineSource
{
    /// <summary>Adds lines to <paramref name="batch"/> until it holds <paramref name="max"/> or the input ends; blank lines are skipped.</summary>
    ValueTask FillAsync(LineBatch batch, int max, CancellationToken cancellationToken);

    /// <summary>
    /// About how many lines are still to come, where the source can tell (a seekable stream from the bytes left and the
    /// lines per byte so far, a collection from its count); null where it cannot. Only an estimate: batch sizes follow it,
    /// the output does not.
    /// </summary>
    long? EstimateRemainingLines();
}
