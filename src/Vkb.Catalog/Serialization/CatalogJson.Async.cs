namespace Vkb.Catalog;

/// <content>Asynchronous, cancellable reading from streams (the string overloads stay).</content>
public static partial class CatalogJson
{
    /// <summary>Reads a catalogue from a UTF-8 stream; see <see cref="ReadCatalog(string)"/>.</summary>
    /// <param name="utf8Json">The stream (not closed).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The catalogue or every problem.</returns>
    public static async Task<BuildResult<Catalog>> ReadCatalogAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadCatalog(await ReadTextAsync(utf8Json, cancellationToken).ConfigureAwait(false));

    /// <summary>Reads an assessment from a UTF-8 stream; see <see cref="ReadAssessment(string)"/>.</summary>
    /// <param name="utf8Json">The stream (not closed).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The assessment or every problem.</returns>
    public static async Task<BuildResult<Assessment>> ReadAssessmentAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadAssessment(await ReadTextAsync(utf8Json, cancellationToken).ConfigureAwait(false));

    /// <summary>Reads a JSON array of assessments from a UTF-8 stream; see <see cref="ReadAssessments(string)"/>.</summary>
    /// <param name="utf8Json">The stream (not closed).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The assessments or every problem.</returns>
    public static async Task<BuildResult<IReadOnlyList<Assessment>>> ReadAssessmentsAsync(Stream utf8Json, CancellationToken cancellationToken = default) =>
        ReadAssessments(await ReadTextAsync(utf8Json, cancellationToken).ConfigureAwait(false));

    private static async Task<string> ReadTextAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(utf8Json);
        using var reader = new StreamReader(utf8Json, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }
}
