namespace Vkb.Pseudonymization.Engine;

/// <summary>A source of JSON lines.</summary>
internal interface ILineSource
{
    /// <summary>Adds lines to <paramref name="batch"/> until it holds <paramref name="max"/> or the input ends; blank lines are skipped.</summary>
    ValueTask FillAsync(LineBatch batch, int max, CancellationToken cancellationToken);
}
