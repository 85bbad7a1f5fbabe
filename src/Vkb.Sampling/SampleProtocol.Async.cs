namespace Vkb.Sampling;

/// <content>Asynchronous, cancellable stream I/O of the canonical protocol JSON.</content>
public sealed partial record SampleProtocol
{
    /// <summary>Writes the canonical JSON (<see cref="ToJson"/>, UTF-8 without byte-order mark) to a stream.</summary>
    /// <param name="utf8Json">The stream (not closed).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    public async Task WriteJsonAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json);
        await utf8Json.WriteAsync(new System.Text.UTF8Encoding(false).GetBytes(ToJson()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a protocol from a UTF-8 stream; see <see cref="FromJson"/>.</summary>
    /// <param name="utf8Json">The stream (not closed).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The protocol.</returns>
    public static async Task<SampleProtocol> FromJsonAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json);
        using var reader = new StreamReader(utf8Json, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return FromJson(await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
    }
}
