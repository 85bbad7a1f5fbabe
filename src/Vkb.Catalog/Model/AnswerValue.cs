using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Vkb.Catalog;

/// <summary>The kind of a single answer value.</summary>
public enum AnswerValueKind
{
    /// <summary>A <see cref="Vkb.Catalog.Verdict"/>.</summary>
    Verdict,

    /// <summary>An option code of a choice question.</summary>
    Code,

    /// <summary>Free text.</summary>
    Text,

    /// <summary>A date.</summary>
    Date,

    /// <summary>A whole number.</summary>
    WholeNumber,
}

/// <summary>
/// One value of an answer: a verdict, an option code, text, a date or a whole number.
/// Values are case data: never put one into a message or log.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AnswerValue : IEquatable<AnswerValue>
{
    private readonly Verdict _verdict;
    private readonly string? _string;
    private readonly LocalDate _date;
    private readonly long _number;

    private AnswerValue(AnswerValueKind kind, Verdict verdict = default, string? text = null, LocalDate date = default, long number = 0)
    {
        Kind = kind;
        _verdict = verdict;
        _string = text;
        _date = date;
        _number = number;
    }

    /// <summary>Gets the kind of value.</summary>
    public AnswerValueKind Kind { get; }

    /// <summary>Gets the verdict.</summary>
    /// <exception cref="InvalidOperationException">The value is not a verdict.</exception>
    public Verdict Verdict => Kind == AnswerValueKind.Verdict ? _verdict : throw WrongKind();

    /// <summary>Gets the option code.</summary>
    /// <exception cref="InvalidOperationException">The value is not a code.</exception>
    public string Code => Kind == AnswerValueKind.Code ? _string! : throw WrongKind();

    /// <summary>Gets the text.</summary>
    /// <exception cref="InvalidOperationException">The value is not text.</exception>
    public string Text => Kind == AnswerValueKind.Text ? _string! : throw WrongKind();

    /// <summary>Gets the date.</summary>
    /// <exception cref="InvalidOperationException">The value is not a date.</exception>
    public LocalDate Date => Kind == AnswerValueKind.Date ? _date : throw WrongKind();

    /// <summary>Gets the whole number.</summary>
    /// <exception cref="InvalidOperationException">The value is not a number.</exception>
    public long WholeNumber => Kind == AnswerValueKind.WholeNumber ? _number : throw WrongKind();

    /// <summary>Creates a verdict value.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The verdict is not defined.</exception>
    public static AnswerValue OfVerdict(Verdict verdict)
    {
        Preconditions.CheckArgumentRange(Enum.IsDefined(verdict), "The verdict must be a defined value.");
        return new AnswerValue(AnswerValueKind.Verdict, verdict: verdict);
    }

    /// <summary>Creates an option-code value.</summary>
    /// <param name="code">The option code; not empty, no surrounding white space.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or has surrounding white space.</exception>
    public static AnswerValue OfCode(string code)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(code.Length > 0 && code.Trim().Length == code.Length, "An option code must be non-empty without surrounding white space.");
        return new AnswerValue(AnswerValueKind.Code, text: code);
    }

    /// <summary>Creates a text value.</summary>
    /// <param name="text">The text; not empty.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    public static AnswerValue OfText(string text)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckArgument(text.Length > 0, "A text answer must not be empty.");
        return new AnswerValue(AnswerValueKind.Text, text: text);
    }

    /// <summary>Creates a date value.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value.</returns>
    public static AnswerValue OfDate(LocalDate date) => new(AnswerValueKind.Date, date: date);

    /// <summary>Creates a whole-number value.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static AnswerValue OfWholeNumber(long number) => new(AnswerValueKind.WholeNumber, number: number);

    /// <summary>The value kind that answers a question of the given kind.</summary>
    /// <param name="kind">The question's answer kind.</param>
    /// <returns>The matching value kind.</returns>
    public static AnswerValueKind ValueKindFor(AnswerKind kind) => kind switch
    {
        AnswerKind.Verdict => AnswerValueKind.Verdict,
        AnswerKind.SingleChoice or AnswerKind.MultipleChoice => AnswerValueKind.Code,
        AnswerKind.Text => AnswerValueKind.Text,
        AnswerKind.Date => AnswerValueKind.Date,
        AnswerKind.WholeNumber => AnswerValueKind.WholeNumber,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), "The answer kind must be a defined value."),
    };

    /// <inheritdoc />
    public bool Equals(AnswerValue? other) =>
        other is not null && Kind == other.Kind && Kind switch
        {
            AnswerValueKind.Verdict => _verdict == other._verdict,
            AnswerValueKind.Date => _date == other._date,
            AnswerValueKind.WholeNumber => _number == other._number,
            _ => string.Equals(_string, other._string, StringComparison.Ordinal),
        };

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AnswerValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _verdict, _string, _date, _number);

    /// <summary>
    /// Returns the canonical text of the value (verdict codes <c>yes</c>, <c>partly</c>, <c>no</c>,
    /// <c>not-assessable</c>; ISO dates). This is case data: do not log it.
    /// </summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => Kind switch
    {
        AnswerValueKind.Verdict => VerdictCodes.ToCode(_verdict),
        AnswerValueKind.Date => LocalDatePattern.Iso.Format(_date),
        AnswerValueKind.WholeNumber => _number.ToString(CultureInfo.InvariantCulture),
        _ => _string!,
    };

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(AnswerValue? left, AnswerValue? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(AnswerValue? left, AnswerValue? right) => !Equals(left, right);

    private InvalidOperationException WrongKind() =>
        new($"The answer value is of kind {Kind}; read the property of that kind.");
}

/// <summary>Canonical codes of the verdict answers, shared by JSON, FHIR and reports.</summary>
public static class VerdictCodes
{
    /// <summary>The code of <see cref="Verdict.Yes"/>.</summary>
    public const string Yes = "yes";

    /// <summary>The code of <see cref="Verdict.Partly"/>.</summary>
    public const string Partly = "partly";

    /// <summary>The code of <see cref="Verdict.No"/>.</summary>
    public const string No = "no";

    /// <summary>The code of <see cref="Verdict.NotAssessable"/>.</summary>
    public const string NotAssessable = "not-assessable";

    /// <summary>Gets all verdicts in their canonical order.</summary>
    public static IReadOnlyList<Verdict> All { get; } = [Verdict.Yes, Verdict.Partly, Verdict.No, Verdict.NotAssessable];

    /// <summary>Returns the canonical code of a verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The verdict is not defined.</exception>
    public static string ToCode(Verdict verdict) => verdict switch
    {
        Verdict.Yes => Yes,
        Verdict.Partly => Partly,
        Verdict.No => No,
        Verdict.NotAssessable => NotAssessable,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), "The verdict must be a defined value."),
    };

    /// <summary>Parses a canonical verdict code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="verdict">The verdict, or default.</param>
    /// <returns>Whether the code is a verdict code.</returns>
    public static bool TryParse(string? code, out Verdict verdict)
    {
        (var ok, verdict) = code switch
        {
            Yes => (true, Verdict.Yes),
            Partly => (true, Verdict.Partly),
            No => (true, Verdict.No),
            NotAssessable => (true, Verdict.NotAssessable),
            _ => (false, default(Verdict)),
        };
        return ok;
    }

    /// <summary>Returns the German label of a verdict, as shown in the example catalogue and reports.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The label.</returns>
    public static string GermanLabel(Verdict verdict) => verdict switch
    {
        Verdict.Yes => "ja",
        Verdict.Partly => "teilweise",
        Verdict.No => "nein",
        _ => "nicht bewertbar",
    };
}
