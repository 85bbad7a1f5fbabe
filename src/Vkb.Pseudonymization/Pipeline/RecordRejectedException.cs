using System.Globalization;

namespace Vkb.Pseudonymization.Pipeline;

/// <summary>
/// A record could not be pseudonymised. The message names the line and the field path and states the
/// rule; it never contains a value of the input.
/// </summary>
public sealed class RecordRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RecordRejectedException()
        : this(new RecordError(0, "$", "The record was rejected."))
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public RecordRejectedException(string message)
        : this(new RecordError(0, "$", message))
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">Ignored: inner exceptions could carry input values.</param>
    public RecordRejectedException(string message, Exception innerException)
        : this(new RecordError(0, "$", message))
    {
        _ = innerException;
    }

    /// <summary>Creates the exception for an error.</summary>
    /// <param name="error">The error.</param>
    public RecordRejectedException(RecordError error)
        : base(Preconditions.CheckNotNull(error).ToString()) => Error = error;

    /// <summary>The error: line, field path, reason.</summary>
    public RecordError Error { get; }

    /// <summary>The 1-based line number (0 for the input as a whole).</summary>
    public long Line => Error.Line;

    /// <summary>The field path, <c>$</c> for the whole record.</summary>
    public string FieldPath => Error.FieldPath;
}

/// <summary>Why a record was rejected: where (line, field path) and which rule; never a value.</summary>
/// <param name="Line">The 1-based line number, 0 for the input as a whole.</param>
/// <param name="FieldPath">The field path, <c>$</c> for the whole record.</param>
/// <param name="Reason">The rule that failed.</param>
public sealed record RecordError(long Line, string FieldPath, string Reason)
{
    /// <inheritdoc/>
    public override string ToString() => Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"line {Line}, field '{FieldPath}': {Reason}")
        : string.Create(CultureInfo.InvariantCulture, $"input: {Reason}");
}
