namespace Vkb.Catalog;

/// <summary>
/// When a question is enabled, composed with <see cref="All"/>, <see cref="Any"/> and <see cref="Not"/>
/// over answers to earlier questions. A disabled question is never required and must not be answered.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality is structural.</remarks>
public abstract class EnableCondition : IEquatable<EnableCondition>
{
    private protected EnableCondition()
    {
    }

    /// <summary>Gets the link ids of every question the condition reads.</summary>
    public abstract IEnumerable<string> ReferencedLinkIds { get; }

    /// <summary>True when the question <paramref name="linkId"/> has an answer with this value.</summary>
    /// <param name="linkId">The earlier question.</param>
    /// <param name="value">The value one of its answer values must equal.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EnableCondition AnswerIs(string linkId, AnswerValue value) =>
        new AnswerIsCondition(Preconditions.CheckNotNull(linkId), Preconditions.CheckNotNull(value));

    /// <summary>True when the verdict question <paramref name="linkId"/> was answered with <paramref name="verdict"/>.</summary>
    /// <param name="linkId">The earlier verdict question.</param>
    /// <param name="verdict">The verdict.</param>
    /// <returns>The condition.</returns>
    public static EnableCondition VerdictIs(string linkId, Verdict verdict) => AnswerIs(linkId, AnswerValue.OfVerdict(verdict));

    /// <summary>True when the question <paramref name="linkId"/> has an answer value that compares to <paramref name="value"/> as <paramref name="comparison"/> says (FHIR <c>&gt;</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>&lt;=</c>).</summary>
    /// <param name="linkId">The earlier question (whole number, decimal, date, date-time, time or quantity).</param>
    /// <param name="comparison">The operator.</param>
    /// <param name="value">The value compared with.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The operator is not defined.</exception>
    public static EnableCondition Compare(string linkId, ComparisonOperator comparison, AnswerValue value)
    {
        Preconditions.CheckArgumentRange(Enum.IsDefined(comparison), "The operator must be a defined value.");
        return new CompareCondition(Preconditions.CheckNotNull(linkId), comparison, Preconditions.CheckNotNull(value));
    }

    /// <summary>True when the question <paramref name="linkId"/> has any answer.</summary>
    /// <param name="linkId">The earlier question.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="linkId"/> is null.</exception>
    public static EnableCondition Answered(string linkId) => new AnsweredCondition(Preconditions.CheckNotNull(linkId));

    /// <summary>True when every operand is true.</summary>
    /// <param name="operands">At least one condition.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">No operand is given.</exception>
    public static EnableCondition All(params EnableCondition[] operands) => new AllCondition(CheckOperands(operands));

    /// <summary>True when at least one operand is true.</summary>
    /// <param name="operands">At least one condition.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException">An operand is null.</exception>
    /// <exception cref="ArgumentException">No operand is given.</exception>
    public static EnableCondition Any(params EnableCondition[] operands) => new AnyCondition(CheckOperands(operands));

    /// <summary>True when the operand is false.</summary>
    /// <param name="operand">The condition to negate.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operand"/> is null.</exception>
    public static EnableCondition Not(EnableCondition operand) => new NotCondition(Preconditions.CheckNotNull(operand));

    /// <summary>Evaluates the condition over the answers given so far.</summary>
    /// <param name="answers">Answer values by link id; a missing key means unanswered.</param>
    /// <returns>Whether the condition holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    public bool IsSatisfied(IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers) =>
        Evaluate(Preconditions.CheckNotNull(answers));

    /// <inheritdoc />
    public abstract bool Equals(EnableCondition? other);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EnableCondition);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Returns a readable expression, for example <c>all(q1 = no, not(answered(q2)))</c>.</summary>
    /// <returns>The expression.</returns>
    public abstract override string ToString();

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(EnableCondition? left, EnableCondition? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(EnableCondition? left, EnableCondition? right) => !Equals(left, right);

    internal abstract bool Evaluate(IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers);

    private static EnableCondition[] CheckOperands(EnableCondition[] operands)
    {
        Preconditions.CheckNotNull(operands);
        Preconditions.CheckArgument(operands.Length > 0, "A composed condition needs at least one operand.");
        foreach (var operand in operands)
        {
            Preconditions.CheckNotNull(operand, nameof(operands));
        }

        return (EnableCondition[])operands.Clone();
    }
}

/// <summary>True when a question has an answer value equal to <see cref="Value"/>.</summary>
public sealed class AnswerIsCondition : EnableCondition
{
    internal AnswerIsCondition(string linkId, AnswerValue value)
    {
        LinkId = linkId;
        Value = value;
    }

    /// <summary>Gets the question read.</summary>
    public string LinkId { get; }

    /// <summary>Gets the value compared with.</summary>
    public AnswerValue Value { get; }

    /// <inheritdoc />
    public override IEnumerable<string> ReferencedLinkIds => [LinkId];

    /// <inheritdoc />
    public override bool Equals(EnableCondition? other) =>
        other is AnswerIsCondition o && o.LinkId == LinkId && o.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(1, LinkId, Value);

    /// <inheritdoc />
    public override string ToString() => $"{LinkId} = {Value}";

    internal override bool Evaluate(IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers) =>
        answers.TryGetValue(LinkId, out var values) && values.Any(v => v.Matches(Value));
}

/// <summary>True when a question has an answer value that compares to <see cref="Value"/> as <see cref="Operator"/> says.</summary>
public sealed class CompareCondition : EnableCondition
{
    internal CompareCondition(string linkId, ComparisonOperator comparison, AnswerValue value)
    {
        LinkId = linkId;
        Operator = comparison;
        Value = value;
    }

    /// <summary>Gets the question read.</summary>
    public string LinkId { get; }

    /// <summary>Gets the operator.</summary>
    public ComparisonOperator Operator { get; }

    /// <summary>Gets the value compared with.</summary>
    public AnswerValue Value { get; }

    /// <summary>Gets the FHIR text of the operator (<c>&gt;</c>, <c>&lt;</c>, <c>&gt;=</c>, <c>&lt;=</c>).</summary>
    public string OperatorText => Operator switch
    {
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.GreaterOrEqual => ">=",
        _ => "<=",
    };

    /// <inheritdoc />
    public override IEnumerable<string> ReferencedLinkIds => [LinkId];

    /// <inheritdoc />
    public override bool Equals(EnableCondition? other) =>
        other is CompareCondition o && o.LinkId == LinkId && o.Operator == Operator && o.Value == Value;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(4, LinkId, Operator, Value);

    /// <inheritdoc />
    public override string ToString() => $"{LinkId} {OperatorText} {Value}";

    internal static ComparisonOperator? ParseOperator(string? text) => text switch
    {
        ">" => ComparisonOperator.GreaterThan,
        "<" => ComparisonOperator.LessThan,
        ">=" => ComparisonOperator.GreaterOrEqual,
        "<=" => ComparisonOperator.LessOrEqual,
        _ => null,
    };

    internal override bool Evaluate(IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers) =>
        answers.TryGetValue(LinkId, out var values) && values.Any(v => v.CompareTo(Value) is { } c && Operator switch
        {
            ComparisonOperator.GreaterThan => c > 0,
            ComparisonOperator.LessThan => c < 0,
            ComparisonOperator.GreaterOrEqual => c >= 0,
            _ => c <= 0,
        });
}

/// <summary>True when a question has at least one answer value.</summary>
public sealed class AnsweredCondition : EnableCondition
{
    internal AnsweredCondition(string linkId) => LinkId = linkId;

    /// <summary>Gets the question read.</summary>
    public string LinkId { get; }

    /// <inheritdoc />
    public override IEnumerable<string> ReferencedLinkIds => [LinkId];

    /// <inheritdoc />
    public override bool Equals(EnableCondition? other) => other is AnsweredCondition o && o.LinkId == LinkId;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(2, LinkId);

    /// <inheritdoc />
    public override string ToString() => $"answered({LinkId})";

    internal override bool Evaluate(IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers) =>
        answers.TryGetValue(LinkId, out var values) && values.Count > 0;
}

/// <summary>Base of the composed conditions <c>all</c> and <c>any</c>.</summary>
public abstract class ComposedCondition : EnableCondition
{
    private protected ComposedCondition(EnableCondition[] operands) => Operands = operands;

    /// <summary>Gets the operands, at least one.</summary>
    public IReadOnlyList<EnableCondition> Operands { get; }

    /// <inheritdoc />
    public override IEnumerable<string> ReferencedLinkIds => Operands.SelectMany(o => o.ReferencedLinkIds);

    /// <inheritdoc />
    public override bool Equals(EnableCondition? other) =>
        other is ComposedCondition o && o.GetType() == GetType() && o.Operands.SequenceEqual(Operands);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(GetType().Name);
        foreach (var operand in Operands)
        {
            hash.Add(operand);
        }

        return hash.ToHashCode();
    }

    private protected string Format(string name) => $"{name}({string.Join(", ", Operands)})";
}

/// <summary>True when every operand is true.</summary>
public sealed class AllCondition : ComposedCondition
{
    internal AllCondition(EnableCondition[] operands)
        : base(operands)
    {
    }

    /// <inheritdoc />
    public override string ToString() => Format("all");

    internal override bool Evaluate(IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers) =>
        Operands.All(o => o.Evaluate(answers));
}

/// <summary>True when at least one operand is true.</summary>
public sealed class AnyCondition : ComposedCondition
{
    internal AnyCondition(EnableCondition[] operands)
        : base(operands)
    {
    }

    /// <inheritdoc />
    public override string ToString() => Format("any");

    internal override bool Evaluate(IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers) =>
        Operands.Any(o => o.Evaluate(answers));
}

/// <summary>True when the operand is false.</summary>
public sealed class NotCondition : EnableCondition
{
    internal NotCondition(EnableCondition operand) => Operand = operand;

    /// <summary>Gets the negated condition.</summary>
    public EnableCondition Operand { get; }

    /// <inheritdoc />
    public override IEnumerable<string> ReferencedLinkIds => Operand.ReferencedLinkIds;

    /// <inheritdoc />
    public override bool Equals(EnableCondition? other) => other is NotCondition o && o.Operand == Operand;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(3, Operand);

    /// <inheritdoc />
    public override string ToString() => $"not({Operand})";

    internal override bool Evaluate(IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers) =>
        !Operand.Evaluate(answers);
}
