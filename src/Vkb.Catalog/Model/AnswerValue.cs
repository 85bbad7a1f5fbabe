using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace Vkb.Catalog;

/// <summary>The kind of a single answer value; one per FHIR R4 <c>value[x]</c> type (plus the VKB verdict).</summary>
public enum AnswerValueKind
{
    /// <summary>A <see cref="Vkb.Catalog.Verdict"/>.</summary>
    Verdict,

    /// <summary>A coding (FHIR <c>Coding</c>): an option code, with optional system and display.</summary>
    Code,

    /// <summary>Free text (FHIR <c>string</c>).</summary>
    Text,

    /// <summary>A calendar date (FHIR <c>date</c>, full dates only).</summary>
    Date,

    /// <summary>A whole number (FHIR <c>integer</c>).</summary>
    WholeNumber,

    /// <summary>True or false (FHIR <c>boolean</c>).</summary>
    Boolean,

    /// <summary>A decimal number, kept as written (FHIR <c>decimal</c>).</summary>
    DecimalNumber,

    /// <summary>A date and time as written (FHIR <c>dateTime</c>).</summary>
    DateTime,

    /// <summary>A time of day as written (FHIR <c>time</c>).</summary>
    Time,

    /// <summary>A URI (FHIR <c>uri</c>, answers to <c>url</c> questions).</summary>
    Uri,

    /// <summary>A quantity (FHIR <c>Quantity</c>), kept as its JSON object.</summary>
    Quantity,

    /// <summary>A reference (FHIR <c>Reference</c>), kept as its JSON object.</summary>
    Reference,

    /// <summary>An attachment (FHIR <c>Attachment</c>), kept as its JSON object.</summary>
    Attachment,
}

/// <summary>
/// One value of an answer, an option or a condition: any FHIR R4 <c>value[x]</c> type or a verdict.
/// Complex values (coding, quantity, reference, attachment) keep their JSON object exactly, so a
/// round trip through this package loses nothing. Values are case data: never put one into a message or log.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AnswerValue : IEquatable<AnswerValue>
{
    private readonly Verdict _verdict;
    private readonly string? _string;
    private readonly LocalDate _date;
    private readonly long _number;
    private readonly decimal _decimal;

    private AnswerValue(AnswerValueKind kind, Verdict verdict = default, string? text = null, LocalDate date = default, long number = 0, decimal dec = 0)
    {
        Kind = kind;
        _verdict = verdict;
        _string = text;
        _date = date;
        _number = number;
        _decimal = dec;
    }

    /// <summary>Gets the kind of value.</summary>
    public AnswerValueKind Kind { get; }

    /// <summary>Gets the verdict.</summary>
    /// <exception cref="InvalidOperationException">The value is not a verdict.</exception>
    public Verdict Verdict => Kind == AnswerValueKind.Verdict ? _verdict : throw WrongKind();

    /// <summary>Gets the option code of a coding.</summary>
    /// <exception cref="InvalidOperationException">The value is not a coding.</exception>
    public string Code => Kind == AnswerValueKind.Code ? Member("code") ?? string.Empty : throw WrongKind();

    /// <summary>Gets the code system of a coding, or null.</summary>
    /// <exception cref="InvalidOperationException">The value is not a coding.</exception>
    public string? System => Kind == AnswerValueKind.Code ? Member("system") : throw WrongKind();

    /// <summary>Gets the display of a coding, or null.</summary>
    /// <exception cref="InvalidOperationException">The value is not a coding.</exception>
    public string? Display => Kind == AnswerValueKind.Code ? Member("display") : throw WrongKind();

    /// <summary>Gets the text of a text or URI value.</summary>
    /// <exception cref="InvalidOperationException">The value is not text or a URI.</exception>
    public string Text => Kind is AnswerValueKind.Text or AnswerValueKind.Uri ? _string! : throw WrongKind();

    /// <summary>Gets the date.</summary>
    /// <exception cref="InvalidOperationException">The value is not a date.</exception>
    public LocalDate Date => Kind == AnswerValueKind.Date ? _date : throw WrongKind();

    /// <summary>Gets the whole number.</summary>
    /// <exception cref="InvalidOperationException">The value is not a whole number.</exception>
    public long WholeNumber => Kind == AnswerValueKind.WholeNumber ? _number : throw WrongKind();

    /// <summary>Gets the boolean.</summary>
    /// <exception cref="InvalidOperationException">The value is not a boolean.</exception>
    public bool Boolean => Kind == AnswerValueKind.Boolean ? _number != 0 : throw WrongKind();

    /// <summary>Gets the decimal.</summary>
    /// <exception cref="InvalidOperationException">The value is not a decimal.</exception>
    public decimal DecimalNumber => Kind == AnswerValueKind.DecimalNumber ? _decimal : throw WrongKind();

    /// <summary>
    /// Gets the value as written: ISO text of dates, times and date-times, the number text of decimals,
    /// or the JSON object of a coding, quantity, reference or attachment.
    /// </summary>
    public string Lexical => ToString();

    /// <summary>Creates a verdict value.</summary>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The verdict is not defined.</exception>
    public static AnswerValue OfVerdict(Verdict verdict)
    {
        Preconditions.CheckArgumentRange(Enum.IsDefined(verdict), "The verdict must be a defined value.");
        return new AnswerValue(AnswerValueKind.Verdict, verdict: verdict);
    }

    /// <summary>Creates a coding value with only a code.</summary>
    /// <param name="code">The option code; not empty, no surrounding white space.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or has surrounding white space.</exception>
    public static AnswerValue OfCode(string code) => OfCoding(null, code, null);

    /// <summary>Creates a coding value.</summary>
    /// <param name="system">The code system, or null.</param>
    /// <param name="code">The code; not empty, no surrounding white space.</param>
    /// <param name="display">The display, or null.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is empty or has surrounding white space.</exception>
    public static AnswerValue OfCoding(string? system, string code, string? display)
    {
        Preconditions.CheckNotNull(code);
        Preconditions.CheckArgument(IsValidCode(code), "An option code must be non-empty without surrounding white space.");
        var json = new JsonObject();
        if (system is not null)
        {
            json["system"] = system;
        }

        json["code"] = code;
        if (display is not null)
        {
            json["display"] = display;
        }

        return new AnswerValue(AnswerValueKind.Code, text: json.ToJsonString());
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

    /// <summary>Creates a URI value.</summary>
    /// <param name="uri">The URI; not empty, no white space.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="uri"/> is empty or holds white space.</exception>
    public static AnswerValue OfUri(string uri)
    {
        Preconditions.CheckNotNull(uri);
        Preconditions.CheckArgument(uri.Length > 0 && !uri.Any(char.IsWhiteSpace), "A URI must be non-empty without white space.");
        return new AnswerValue(AnswerValueKind.Uri, text: uri);
    }

    /// <summary>Creates a date value.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The value.</returns>
    public static AnswerValue OfDate(LocalDate date) => new(AnswerValueKind.Date, date: date);

    /// <summary>Creates a whole-number value.</summary>
    /// <param name="number">The number.</param>
    /// <returns>The value.</returns>
    public static AnswerValue OfWholeNumber(long number) => new(AnswerValueKind.WholeNumber, number: number);

    /// <summary>Creates a boolean value.</summary>
    /// <param name="value">The boolean.</param>
    /// <returns>The value.</returns>
    public static AnswerValue OfBoolean(bool value) => new(AnswerValueKind.Boolean, number: value ? 1 : 0);

    /// <summary>Creates a decimal value; its scale (for example <c>2.50</c>) is kept.</summary>
    /// <param name="value">The decimal.</param>
    /// <returns>The value.</returns>
    public static AnswerValue OfDecimal(decimal value) => new(AnswerValueKind.DecimalNumber, text: value.ToString(CultureInfo.InvariantCulture), dec: value);

    /// <summary>Creates a decimal value from its JSON number text, kept exactly as written (for example <c>2.50</c> or <c>1e3</c>).</summary>
    /// <param name="text">The number text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is not a decimal number in the range of <see cref="decimal"/>.</exception>
    public static AnswerValue OfDecimal(string text)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckArgument(FhirPrimitives.TryParseDecimal(text, out var value), "A decimal must be a JSON number within the range of System.Decimal.");
        return new AnswerValue(AnswerValueKind.DecimalNumber, text: text, dec: value);
    }

    /// <summary>Creates a date-time value from its FHIR text (<c>yyyy</c>, <c>yyyy-MM</c>, <c>yyyy-MM-dd</c> or with time and offset).</summary>
    /// <param name="text">The FHIR dateTime text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is not a FHIR dateTime.</exception>
    public static AnswerValue OfDateTime(string text)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckArgument(FhirPrimitives.IsDateTime(text), "A date-time must be a FHIR dateTime (yyyy, yyyy-MM, yyyy-MM-dd or yyyy-MM-ddThh:mm:ss with offset).");
        return new AnswerValue(AnswerValueKind.DateTime, text: text);
    }

    /// <summary>Creates a time value from its FHIR text (<c>hh:mm:ss</c>, optionally with fractions).</summary>
    /// <param name="text">The FHIR time text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is not a FHIR time.</exception>
    public static AnswerValue OfTime(string text)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckArgument(FhirPrimitives.IsTime(text), "A time must be a FHIR time (hh:mm:ss).");
        return new AnswerValue(AnswerValueKind.Time, text: text);
    }

    /// <summary>Creates a quantity, reference, attachment or coding value from its FHIR JSON object.</summary>
    /// <param name="kind"><see cref="AnswerValueKind.Code"/>, <see cref="AnswerValueKind.Quantity"/>, <see cref="AnswerValueKind.Reference"/> or <see cref="AnswerValueKind.Attachment"/>.</param>
    /// <param name="json">The JSON object.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException">The kind is not complex, the text is not one JSON object, or a coding lacks a code.</exception>
    public static AnswerValue OfJson(AnswerValueKind kind, string json)
    {
        Preconditions.CheckNotNull(json);
        Preconditions.CheckArgument(kind is AnswerValueKind.Code or AnswerValueKind.Quantity or AnswerValueKind.Reference or AnswerValueKind.Attachment, "Only codings, quantities, references and attachments are JSON objects.", nameof(kind));
        JsonObject? node;
        try
        {
            node = JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            node = null;
        }

        Preconditions.CheckArgument(node is not null && node.Count > 0, "The value must be one non-empty JSON object.", nameof(json));
        if (kind == AnswerValueKind.Code)
        {
            var code = node!["code"] is JsonValue c && c.TryGetValue<string>(out var s) ? s : null;
            Preconditions.CheckArgument(code is not null && IsValidCode(code), "A coding needs a code without surrounding white space.", nameof(json));
        }

        return new AnswerValue(kind, text: node!.ToJsonString());
    }

    /// <summary>The value kind that answers a question of the given kind (for choice questions: a coding).</summary>
    /// <param name="kind">The question's answer kind.</param>
    /// <returns>The matching value kind.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static AnswerValueKind ValueKindFor(AnswerKind kind) => kind switch
    {
        AnswerKind.Verdict => AnswerValueKind.Verdict,
        AnswerKind.SingleChoice or AnswerKind.MultipleChoice => AnswerValueKind.Code,
        AnswerKind.Text or AnswerKind.ShortText => AnswerValueKind.Text,
        AnswerKind.Date => AnswerValueKind.Date,
        AnswerKind.WholeNumber => AnswerValueKind.WholeNumber,
        AnswerKind.Boolean => AnswerValueKind.Boolean,
        AnswerKind.DecimalNumber => AnswerValueKind.DecimalNumber,
        AnswerKind.DateTime => AnswerValueKind.DateTime,
        AnswerKind.Time => AnswerValueKind.Time,
        AnswerKind.Url => AnswerValueKind.Uri,
        AnswerKind.Attachment => AnswerValueKind.Attachment,
        AnswerKind.Reference => AnswerValueKind.Reference,
        AnswerKind.Quantity => AnswerValueKind.Quantity,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), "The answer kind must be a defined value."),
    };

    /// <summary>
    /// Returns whether this value matches <paramref name="other"/> the way FHIR compares answers: codings
    /// by code and (when both name one) system; quantities by value, unit code and system; references
    /// by their reference; other kinds by equality.
    /// </summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether both match.</returns>
    public bool Matches(AnswerValue? other)
    {
        if (other is null || other.Kind != Kind)
        {
            return false;
        }

        return Kind switch
        {
            AnswerValueKind.Code => Code == other.Code && (System is null || other.System is null || System == other.System),
            AnswerValueKind.Reference => Member("reference") is { } r ? r == other.Member("reference") : Equals(other),
            AnswerValueKind.Quantity => QuantityValue() is { } q && q == other.QuantityValue() && Member("code") == other.Member("code") && Member("system") == other.Member("system"),
            AnswerValueKind.DecimalNumber => _decimal == other._decimal,
            _ => Equals(other),
        };
    }

    /// <summary>
    /// Compares two values of an ordered kind (whole number, decimal, date, date-time, time, quantity)
    /// for the FHIR operators <c>&gt;</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>&lt;=</c>.
    /// </summary>
    /// <param name="other">The other value.</param>
    /// <returns>Negative, zero or positive; null when the values are not comparable.</returns>
    public int? CompareTo(AnswerValue? other)
    {
        if (other is null || other.Kind != Kind)
        {
            return null;
        }

        return Kind switch
        {
            AnswerValueKind.WholeNumber => _number.CompareTo(other._number),
            AnswerValueKind.DecimalNumber => _decimal.CompareTo(other._decimal),
            AnswerValueKind.Date => _date.CompareTo(other._date),
            AnswerValueKind.DateTime or AnswerValueKind.Time => _string!.Length == other._string!.Length ? string.CompareOrdinal(_string, other._string) : null,
            AnswerValueKind.Quantity => QuantityValue() is { } a && other.QuantityValue() is { } b && Member("code") == other.Member("code") ? a.CompareTo(b) : null,
            _ => null,
        };
    }

    /// <summary>Gets whether values of a kind can be ordered (operators <c>&gt;</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>&lt;=</c>).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Whether the kind is ordered.</returns>
    public static bool IsOrdered(AnswerValueKind kind) =>
        kind is AnswerValueKind.WholeNumber or AnswerValueKind.DecimalNumber or AnswerValueKind.Date or AnswerValueKind.DateTime or AnswerValueKind.Time or AnswerValueKind.Quantity;

    /// <inheritdoc />
    public bool Equals(AnswerValue? other) =>
        other is not null && Kind == other.Kind && Kind switch
        {
            AnswerValueKind.Verdict => _verdict == other._verdict,
            AnswerValueKind.Date => _date == other._date,
            AnswerValueKind.WholeNumber or AnswerValueKind.Boolean => _number == other._number,
            _ => string.Equals(_string, other._string, StringComparison.Ordinal),
        };

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AnswerValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _verdict, _string, _date, _number, _decimal);

    /// <summary>
    /// Returns the canonical text of the value (verdict codes <c>yes</c>, <c>partly</c>, <c>no</c>,
    /// <c>not-assessable</c>; ISO dates; the code of a coding; JSON of other complex values). This is case data: do not log it.
    /// </summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => Kind switch
    {
        AnswerValueKind.Verdict => VerdictCodes.ToCode(_verdict),
        AnswerValueKind.Date => LocalDatePattern.Iso.Format(_date),
        AnswerValueKind.WholeNumber => _number.ToString(CultureInfo.InvariantCulture),
        AnswerValueKind.Boolean => _number != 0 ? "true" : "false",
        AnswerValueKind.Code => Code,
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

    /// <summary>The JSON object of a complex value (coding, quantity, reference, attachment), else null.</summary>
    internal string? JsonText => Kind is AnswerValueKind.Code or AnswerValueKind.Quantity or AnswerValueKind.Reference or AnswerValueKind.Attachment ? _string : null;

    /// <summary>Whether a coding holds only a code (the short <c>{"code": …}</c> form of the VKB schema).</summary>
    internal bool IsBareCode => Kind == AnswerValueKind.Code && JsonNode.Parse(_string!) is JsonObject { Count: 1 };

    internal static bool IsValidCode(string code) => code.Length is > 0 and <= 256 && code.Trim().Length == code.Length && !code.Any(char.IsControl);

    private string? Member(string name) =>
        JsonNode.Parse(_string!) is JsonObject o && o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private decimal? QuantityValue() =>
        JsonNode.Parse(_string!) is JsonObject o && o["value"] is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : null;

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
