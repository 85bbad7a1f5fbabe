namespace Vkb.Pseudonymization.Scrubbing;

/// <summary>
/// The public seam of the text scrubber: a detector finds spans of personal data in a note and says what
/// replaces each. Detectors run in order; each sees the text with earlier findings already replaced by
/// opaque placeholder characters (Unicode private use), so it cannot match inside them, and with encoded leftovers
/// of copied text already decoded (HTML references, mojibake, quoted-printable; invisible characters removed or made
/// spaces, protected blanks made spaces: see <see cref="TextScrubber"/>).
/// </summary>
/// <remarks>Implementations must be thread-safe: the pipeline calls one instance from several threads,
/// each with its own <see cref="ScrubContext"/>. Never log or throw with the text.</remarks>
public interface ITextDetector
{
    /// <summary>The detector's name, used for the per-detector counts of the run report.</summary>
    string Name { get; }

    /// <summary>Adds a <see cref="TextMatch"/> for every span to replace.</summary>
    /// <param name="text">The note as it stands after earlier detectors.</param>
    /// <param name="context">The record's context: pseudonyms, date offset, known names, person tokens.</param>
    /// <param name="matches">Where to add the matches; overlapping matches are resolved leftmost-longest.</param>
    void Detect(string text, ScrubContext context, ICollection<TextMatch> matches);

    /// <summary>
    /// The seam the scrubber calls: the note where it stands in the scrubber's <paramref name="workspace"/>, which a
    /// detector may use for its own scratch state (<see cref="ScrubWorkspace.State{T}"/>) instead of keeping state per
    /// thread. By default it makes a string of the text and calls <see cref="Detect(string, ScrubContext, ICollection{TextMatch})"/>.
    /// </summary>
    /// <param name="text">The note as it stands after earlier detectors (valid during the call only).</param>
    /// <param name="context">The record's context.</param>
    /// <param name="workspace">The scrubber's workspace for this note (one thread's; not to be kept).</param>
    /// <param name="matches">Where to add the matches.</param>
    void Detect(ReadOnlySpan<char> text, ScrubContext context, ScrubWorkspace workspace, ICollection<TextMatch> matches) =>
        Detect(new string(text), context, matches);
}

/// <summary>A span of a note to replace.</summary>
/// <param name="Start">The start index.</param>
/// <param name="Length">The length (at least 1).</param>
/// <param name="Replacement">The replacement: a typed token such as <c>[Telefon]</c>, a pseudonym, or a shifted date.</param>
public readonly record struct TextMatch(int Start, int Length, string Replacement);
