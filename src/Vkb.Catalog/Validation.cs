using System.Collections.ObjectModel;

namespace Vkb.Catalog;

/// <summary>
/// One problem found while validating a catalogue, an extension, a registry or an assessment.
/// The message names the item path (link ids and field names), never an answer or case value.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValidationProblem : IEquatable<ValidationProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">A stable machine-readable code, for example <c>duplicate-link-id</c>.</param>
    /// <param name="path">Where the problem is, for example <c>item 'q3'.enableWhen</c> or <c>line 4</c>.</param>
    /// <param name="message">An invariant English sentence stating the rule that is broken.</param>
    /// <exception cref="ArgumentNullException">Any argument is null.</exception>
    public ValidationProblem(string code, string path, string message)
        : this(code, path, message, ProblemSeverity.Error)
    {
    }

    /// <summary>Creates a problem of a given severity.</summary>
    /// <param name="code">A stable machine-readable code, for example <c>duplicate-link-id</c>.</param>
    /// <param name="path">Where the problem is, for example <c>Questionnaire.item[2].enableWhen[0]</c> or <c>line 4</c>.</param>
    /// <param name="message">An invariant English sentence stating the rule that is broken.</param>
    /// <param name="severity">Error (the document is refused) or warning (accepted).</param>
    /// <exception cref="ArgumentNullException">Any argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The severity is not defined.</exception>
    public ValidationProblem(string code, string path, string message, ProblemSeverity severity)
    {
        Code = Preconditions.CheckNotNull(code);
        Path = Preconditions.CheckNotNull(path);
        Message = Preconditions.CheckNotNull(message);
        Preconditions.CheckArgumentRange(Enum.IsDefined(severity), "The severity must be a defined value.");
        Severity = severity;
    }

    /// <summary>Gets whether the problem refuses the document or only warns.</summary>
    public ProblemSeverity Severity { get; }

    /// <summary>Gets the stable machine-readable code of the problem.</summary>
    public string Code { get; }

    /// <summary>Gets where the problem is (link ids, field names, line numbers).</summary>
    public string Path { get; }

    /// <summary>Gets the rule that is broken, as an invariant sentence.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(ValidationProblem? other) =>
        other is not null && Code == other.Code && Path == other.Path && Message == other.Message && Severity == other.Severity;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValidationProblem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Path, Message);

    /// <summary>Returns <c>code at path: message</c> (warnings start with <c>warning:</c>).</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => (Severity == ProblemSeverity.Warning ? "warning: " : string.Empty) + $"{Code} at {Path}: {Message}";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(ValidationProblem? left, ValidationProblem? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(ValidationProblem? left, ValidationProblem? right) => !Equals(left, right);
}

/// <summary>The outcome of a validation: every problem found, not just the first.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ValidationResult
{
    /// <summary>A result without problems.</summary>
    public static readonly ValidationResult Valid = new([]);

    /// <summary>Creates a result from a list of problems.</summary>
    /// <param name="problems">The problems; an empty list means valid.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    public ValidationResult(IEnumerable<ValidationProblem> problems)
    {
        var all = Preconditions.CheckNotNull(problems).ToList();
        Problems = new ReadOnlyCollection<ValidationProblem>(all.Where(p => p.Severity == ProblemSeverity.Error).ToList());
        Warnings = new ReadOnlyCollection<ValidationProblem>(all.Where(p => p.Severity == ProblemSeverity.Warning).ToList());
    }

    /// <summary>Gets whether no error was found (warnings do not count).</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>Gets every error found, in document order.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>Gets every warning (accepted, but worth a look: elements carried but not used by VKB).</summary>
    public IReadOnlyList<ValidationProblem> Warnings { get; }

    /// <summary>Returns one problem per line, or <c>valid</c>.</summary>
    /// <returns>A multi-line description.</returns>
    public override string ToString() => IsValid ? "valid" : string.Join(Environment.NewLine, Problems);
}

/// <summary>Either a built value or the complete list of problems that prevented it.</summary>
/// <typeparam name="T">The type of the built value.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class BuildResult<T>
    where T : class
{
    internal BuildResult(T? value, ValidationResult validation)
    {
        Value = value;
        Validation = validation;
    }

    /// <summary>Gets the built value, or null when <see cref="IsValid"/> is false.</summary>
    public T? Value { get; }

    /// <summary>Gets every problem found.</summary>
    public ValidationResult Validation { get; }

    /// <summary>Gets whether the value was built.</summary>
    public bool IsValid => Value is not null;

    /// <summary>Gets the errors (empty when valid).</summary>
    public IReadOnlyList<ValidationProblem> Problems => Validation.Problems;

    /// <summary>Gets the warnings (present also when valid).</summary>
    public IReadOnlyList<ValidationProblem> Warnings => Validation.Warnings;

    /// <summary>Returns the value or throws listing every problem (by path and rule, never by value).</summary>
    /// <returns>The built value.</returns>
    /// <exception cref="InvalidOperationException">The value could not be built.</exception>
    public T GetValueOrThrow() =>
        Value ?? throw new InvalidOperationException("The value is invalid:" + Environment.NewLine + Validation);
}

internal static class BuildResult
{
    public static BuildResult<T> Of<T>(T value)
        where T : class => new(value, ValidationResult.Valid);

    public static BuildResult<T> Of<T>(T value, IEnumerable<ValidationProblem> warnings)
        where T : class => new(value, new ValidationResult(warnings));

    /// <summary>The value when <paramref name="problems"/> holds no error, else a failure with every problem.</summary>
    public static BuildResult<T> From<T>(Func<T> value, IEnumerable<ValidationProblem> problems)
        where T : class
    {
        var list = problems.ToList();
        return list.Exists(p => p.Severity == ProblemSeverity.Error) ? new(null, new ValidationResult(list)) : new(value(), new ValidationResult(list));
    }

    public static BuildResult<T> Failed<T>(IEnumerable<ValidationProblem> problems)
        where T : class => new(null, new ValidationResult(problems));
}
