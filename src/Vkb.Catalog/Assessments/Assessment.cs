using NodaTime;

namespace Vkb.Catalog;

/// <summary>The answer values given to one question.</summary>
/// <remarks>Immutable and thread-safe. Values are case data: never log them.</remarks>
public sealed class Answer : IEquatable<Answer>
{
    private Answer(string linkId, IReadOnlyList<AnswerValue> values)
    {
        LinkId = linkId;
        Values = values;
    }

    /// <summary>Gets the link id of the question answered.</summary>
    public string LinkId { get; }

    /// <summary>Gets the values (one, or several for multiple-choice and repeating questions).</summary>
    public IReadOnlyList<AnswerValue> Values { get; }

    /// <summary>Creates an answer.</summary>
    /// <param name="linkId">The question's link id.</param>
    /// <param name="values">The values; their fit to the question is checked by <see cref="ResolvedCatalog.Validate"/>.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentNullException">An argument or value is null.</exception>
    public static Answer Create(string linkId, params IEnumerable<AnswerValue> values)
    {
        Preconditions.CheckNotNull(linkId);
        var list = Preconditions.CheckNotNull(values).ToList();
        Preconditions.CheckArgument(list.TrueForAll(v => v is not null), "Answer values must not be null.", nameof(values));
        return new Answer(linkId, list.AsReadOnly());
    }

    /// <summary>Creates an answer to a verdict question.</summary>
    /// <param name="linkId">The question's link id.</param>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The answer.</returns>
    public static Answer OfVerdict(string linkId, Verdict verdict) => Create(linkId, AnswerValue.OfVerdict(verdict));

    /// <summary>Creates an answer to a choice question.</summary>
    /// <param name="linkId">The question's link id.</param>
    /// <param name="codes">The option codes.</param>
    /// <returns>The answer.</returns>
    public static Answer OfCodes(string linkId, params IEnumerable<string> codes) =>
        Create(linkId, Preconditions.CheckNotNull(codes).Select(AnswerValue.OfCode));

    /// <inheritdoc />
    public bool Equals(Answer? other) => other is not null && LinkId == other.LinkId && Values.SequenceEqual(other.Values);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Answer);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LinkId, Values.Count);

    /// <summary>Returns the link id and the number of values (never the values).</summary>
    /// <returns>A description without case data.</returns>
    public override string ToString() => $"{LinkId}: {Values.Count} value(s)";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(Answer? left, Answer? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(Answer? left, Answer? right) => !Equals(left, right);
}

/// <summary>
/// A strength or improvement point (C5): a theme code that findings may count, and free text that
/// stays with the assessment (it is never aggregated, because text can name people).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AssessmentRemark : IEquatable<AssessmentRemark>
{
    private AssessmentRemark(string theme, string text)
    {
        Theme = theme;
        Text = text;
    }

    /// <summary>Gets the theme code, for example <c>bedarfe-erkannt</c> or a question link id.</summary>
    public string Theme { get; }

    /// <summary>Gets the free text.</summary>
    public string Text { get; }

    /// <summary>Creates a remark.</summary>
    /// <param name="theme">A code of letters, digits, '.', '_', '-', ':' (1 to 64).</param>
    /// <param name="text">The text; not empty.</param>
    /// <returns>The remark.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The theme is not a code or the text is empty.</exception>
    public static AssessmentRemark Create(string theme, string text)
    {
        Preconditions.CheckNotNull(theme);
        Preconditions.CheckNotNull(text);
        Preconditions.CheckArgument(IsValidTheme(theme), "A theme must be 1 to 64 letters, digits, '.', '_', '-' or ':'.", nameof(theme));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(text), "The text of a remark must not be empty.", nameof(text));
        return new AssessmentRemark(theme, text);
    }

    internal static bool IsValidTheme(string? theme) =>
        theme is { Length: > 0 and <= 64 } && char.IsAsciiLetterOrDigit(theme[0]) &&
        theme.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or ':');

    /// <inheritdoc />
    public bool Equals(AssessmentRemark? other) => other is not null && Theme == other.Theme && Text == other.Text;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AssessmentRemark);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Theme, Text);

    /// <summary>Returns the theme only (the text may hold case data).</summary>
    /// <returns>The theme.</returns>
    public override string ToString() => Theme;

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(AssessmentRemark? left, AssessmentRemark? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(AssessmentRemark? left, AssessmentRemark? right) => !Equals(left, right);
}

/// <summary>
/// One reviewer's assessment (Fallbewertung) of one pseudonymised case at one level, pinned to the
/// exact catalogue and extension versions it was made against. There is deliberately no field for
/// an employee (R1): neither the reviewer nor the case worker is recorded.
/// </summary>
/// <remarks>Immutable and thread-safe. Check it against its catalogue with <see cref="ResolvedCatalog.Validate"/> or <see cref="CatalogRegistry.Validate"/>.</remarks>
public sealed class Assessment : IEquatable<Assessment>
{
    private Assessment(
        string caseReference,
        AssessmentLevel level,
        string regionalDirectorate,
        LocalDate date,
        AssessmentStatus status,
        IReadOnlyList<CatalogPin> pins,
        IReadOnlyList<Answer> answers,
        ProcessVerdict? verdict,
        IReadOnlyList<AssessmentRemark> strengths,
        IReadOnlyList<AssessmentRemark> improvementPoints)
    {
        CaseReference = caseReference;
        Level = level;
        RegionalDirectorate = regionalDirectorate;
        Date = date;
        Status = status;
        Pins = pins;
        Answers = answers;
        Verdict = verdict;
        Strengths = strengths;
        ImprovementPoints = improvementPoints;
    }

    /// <summary>Gets the case reference: a pseudonym, never a customer number.</summary>
    public string CaseReference { get; }

    /// <summary>Gets the level that made the assessment.</summary>
    public AssessmentLevel Level { get; }

    /// <summary>Gets the code of the RD whose district the case belongs to.</summary>
    public string RegionalDirectorate { get; }

    /// <summary>Gets the date of the assessment; findings group by its month.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets whether the assessment is in progress or completed.</summary>
    public AssessmentStatus Status { get; }

    /// <summary>Gets the pinned versions: the base catalogue first, then the regional extensions.</summary>
    public IReadOnlyList<CatalogPin> Pins { get; }

    /// <summary>Gets the answers in the order given.</summary>
    public IReadOnlyList<Answer> Answers { get; }

    /// <summary>Gets the overall verdict (C4); null only while in progress.</summary>
    public ProcessVerdict? Verdict { get; }

    /// <summary>Gets the strengths found (C5: positive examples count).</summary>
    public IReadOnlyList<AssessmentRemark> Strengths { get; }

    /// <summary>Gets the improvement points found.</summary>
    public IReadOnlyList<AssessmentRemark> ImprovementPoints { get; }

    /// <summary>Creates an assessment. Fit to the catalogue is checked separately, returning every problem.</summary>
    /// <param name="caseReference">The pseudonymised case reference (1 to 128 printable characters, no white space).</param>
    /// <param name="level">The level.</param>
    /// <param name="regionalDirectorate">The RD code (1 to 16 ASCII letters or digits).</param>
    /// <param name="date">The assessment date.</param>
    /// <param name="status">In progress or completed.</param>
    /// <param name="pins">The pinned versions, base first; at least one.</param>
    /// <param name="answers">The answers.</param>
    /// <param name="verdict">The verdict, or null while in progress.</param>
    /// <param name="strengths">Strengths, or null for none.</param>
    /// <param name="improvementPoints">Improvement points, or null for none.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException">A required argument or element is null.</exception>
    /// <exception cref="ArgumentException">The case reference, RD code, level, status or pins are malformed.</exception>
    public static Assessment Create(
        string caseReference,
        AssessmentLevel level,
        string regionalDirectorate,
        LocalDate date,
        AssessmentStatus status,
        IEnumerable<CatalogPin> pins,
        IEnumerable<Answer> answers,
        ProcessVerdict? verdict,
        IEnumerable<AssessmentRemark>? strengths = null,
        IEnumerable<AssessmentRemark>? improvementPoints = null)
    {
        Preconditions.CheckNotNull(caseReference);
        Preconditions.CheckNotNull(regionalDirectorate);
        var pinList = Preconditions.CheckNotNull(pins).ToList();
        var answerList = Preconditions.CheckNotNull(answers).ToList();
        var strengthList = (strengths ?? []).ToList();
        var improvementList = (improvementPoints ?? []).ToList();
        Preconditions.CheckArgument(IsValidCaseReference(caseReference), "A case reference must be 1 to 128 printable characters without white space.", nameof(caseReference));
        Preconditions.CheckArgument(IsValidRegionalDirectorate(regionalDirectorate), "The RD code must be 1 to 16 ASCII letters or digits.", nameof(regionalDirectorate));
        Preconditions.CheckArgument(Enum.IsDefined(level), "The level must be a defined value.", nameof(level));
        Preconditions.CheckArgument(Enum.IsDefined(status), "The status must be a defined value.", nameof(status));
        Preconditions.CheckArgument(verdict is null || Enum.IsDefined(verdict.Value), "The verdict must be a defined value.", nameof(verdict));
        Preconditions.CheckArgument(pinList.Count > 0 && pinList.TrueForAll(p => p is not null), "An assessment pins at least its base catalogue version.", nameof(pins));
        Preconditions.CheckArgument(answerList.TrueForAll(a => a is not null), "Answers must not be null.", nameof(answers));
        Preconditions.CheckArgument(strengthList.TrueForAll(a => a is not null) && improvementList.TrueForAll(a => a is not null), "Remarks must not be null.", nameof(strengths));
        return new Assessment(caseReference, level, regionalDirectorate, date, status, pinList.AsReadOnly(), answerList.AsReadOnly(), verdict, strengthList.AsReadOnly(), improvementList.AsReadOnly());
    }

    internal static bool IsValidCaseReference(string? value) =>
        value is { Length: > 0 and <= 128 } && value.All(c => !char.IsWhiteSpace(c) && !char.IsControl(c));

    internal static bool IsValidRegionalDirectorate(string? value) =>
        value is { Length: > 0 and <= 16 } && value.All(char.IsAsciiLetterOrDigit);

    /// <summary>Returns a copy with other pins and answers (used by migration).</summary>
    /// <param name="pins">The new pins.</param>
    /// <param name="answers">The new answers.</param>
    /// <returns>The copy.</returns>
    internal Assessment WithPinsAndAnswers(IReadOnlyList<CatalogPin> pins, IReadOnlyList<Answer> answers) =>
        new(CaseReference, Level, RegionalDirectorate, Date, Status, pins, answers, Verdict, Strengths, ImprovementPoints);

    /// <summary>Returns the answers as values by link id (for enable conditions).</summary>
    /// <returns>A new dictionary.</returns>
    public IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> AnswersByLinkId()
    {
        var result = new Dictionary<string, IReadOnlyList<AnswerValue>>(StringComparer.Ordinal);
        foreach (var answer in Answers)
        {
            result.TryAdd(answer.LinkId, answer.Values);
        }

        return result;
    }

    /// <inheritdoc />
    public bool Equals(Assessment? other) =>
        other is not null && CaseReference == other.CaseReference && Level == other.Level &&
        RegionalDirectorate == other.RegionalDirectorate && Date == other.Date && Status == other.Status &&
        Verdict == other.Verdict && Pins.SequenceEqual(other.Pins) && Answers.SequenceEqual(other.Answers) &&
        Strengths.SequenceEqual(other.Strengths) && ImprovementPoints.SequenceEqual(other.ImprovementPoints);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Assessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CaseReference, Level, Date);

    /// <summary>Returns level, RD and date (no case data beyond the pseudonymous structure).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Level} assessment ({RegionalDirectorate}, {Date:yyyy-MM-dd})";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(Assessment? left, Assessment? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(Assessment? left, Assessment? right) => !Equals(left, right);
}
