using System.Text.Json.Nodes;

namespace Vkb.Catalog;

/// <summary>
/// FHIR elements of a questionnaire, an item or an answer option that VKB carries without using
/// (for example <c>code</c>, <c>prefix</c>, <c>extension</c>, <c>_text</c>, <c>readOnly</c>,
/// <c>initial[x]</c>), kept exactly so that a FHIR → VKB → FHIR round trip loses nothing.
/// </summary>
/// <remarks>Immutable and thread-safe. Equality compares the JSON text.</remarks>
public sealed class FhirElements : IEquatable<FhirElements>
{
    private FhirElements(string json, IReadOnlyList<string> names)
    {
        Json = json;
        Names = names;
    }

    /// <summary>Gets the carried elements as one compact JSON object, in their original order.</summary>
    public string Json { get; }

    /// <summary>Gets the names of the carried elements in their original order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Creates carried elements from a JSON object.</summary>
    /// <param name="json">A JSON object; an empty object means nothing is carried.</param>
    /// <returns>The carried elements, or null when the object is empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is not a JSON object.</exception>
    public static FhirElements? Parse(string json)
    {
        Preconditions.CheckNotNull(json);
        JsonObject? node = null;
        try
        {
            node = JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            // Reported below.
        }

        Preconditions.CheckArgument(node is not null, "The carried FHIR elements must be one JSON object.", nameof(json));
        return From(node!);
    }

    internal static FhirElements? From(JsonObject node) =>
        node.Count == 0 ? null : new FhirElements(node.ToJsonString(), node.Select(p => p.Key).ToList());

    /// <summary>
    /// A questionnaire read from FHIR whose header carries nothing beyond what VKB models: unlike null
    /// (a catalogue of this package's own, exported with its conventional header), it exports no
    /// header element the document did not have.
    /// </summary>
    internal static FhirElements Nothing { get; } = new("{}", []);

    internal JsonObject ToNode() => (JsonObject)JsonNode.Parse(Json)!;

    internal JsonNode? Get(string name) => ToNode()[name];

    /// <inheritdoc />
    public bool Equals(FhirElements? other) => other is not null && Json == other.Json;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FhirElements);

    /// <inheritdoc />
    public override int GetHashCode() => Json.GetHashCode(StringComparison.Ordinal);

    /// <summary>Returns the element names (never their values).</summary>
    /// <returns>The names.</returns>
    public override string ToString() => string.Join(", ", Names);

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(FhirElements? left, FhirElements? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(FhirElements? left, FhirElements? right) => !Equals(left, right);
}

/// <summary>One option of a choice question (FHIR <c>answerOption</c>): a coding, text, number, date, time or reference.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AnswerOption : IEquatable<AnswerOption>
{
    internal AnswerOption(AnswerValue value, FhirElements? carried)
    {
        Value = value;
        Carried = carried;
    }

    /// <summary>Gets the option's value; answers choosing the option carry a value that matches it.</summary>
    public AnswerValue Value { get; }

    /// <summary>Gets the stable code recorded in answers (for non-coding options: the value's text).</summary>
    public string Code => Value.Kind == AnswerValueKind.Code ? Value.Code : Value.ToString();

    /// <summary>Gets the label shown to reviewers (the coding's display, else the code).</summary>
    public string Display => Value.Kind == AnswerValueKind.Code ? Value.Display ?? Value.Code : Value.ToString();

    /// <summary>Gets FHIR elements of the option VKB carries without using (for example <c>initialSelected</c>, <c>extension</c>), or null.</summary>
    public FhirElements? Carried { get; }

    /// <inheritdoc />
    public bool Equals(AnswerOption? other) => other is not null && Value == other.Value && Carried == other.Carried;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AnswerOption);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Carried);

    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Display})";

    /// <summary>Equality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(AnswerOption? left, AnswerOption? right) => Equals(left, right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(AnswerOption? left, AnswerOption? right) => !Equals(left, right);
}

/// <summary>An item of a catalogue: a <see cref="GroupItem"/>, a <see cref="DisplayItem"/> or a <see cref="QuestionItem"/>.</summary>
/// <remarks>Immutable and thread-safe; made only by <see cref="CatalogBuilder"/> and <see cref="CatalogExtensionBuilder"/>.</remarks>
public abstract class CatalogItem : IEquatable<CatalogItem>
{
    private readonly string? _text;

    private protected CatalogItem(string linkId, string? text, EnableCondition? enableWhen, IReadOnlyList<CatalogItem> items, FhirElements? carried)
    {
        LinkId = linkId;
        _text = text;
        EnableWhen = enableWhen;
        Items = items;
        Carried = carried;
    }

    /// <summary>Gets the link id, unique in the catalogue and its extensions.</summary>
    public string LinkId { get; }

    /// <summary>Gets the text shown to the reviewer (empty when the item has none).</summary>
    public string Text => _text ?? string.Empty;

    /// <summary>Gets whether the item has a text (FHIR items may have none).</summary>
    public bool HasText => _text is not null;

    /// <summary>Gets the condition under which the item is enabled, or null when always enabled.</summary>
    public EnableCondition? EnableWhen { get; }

    /// <summary>Gets the nested items in document order (items of a group, or items nested under a question such as its help text).</summary>
    public IReadOnlyList<CatalogItem> Items { get; }

    /// <summary>Gets the FHIR elements of the item VKB carries without using (for example <c>code</c>, <c>prefix</c>, <c>extension</c>), or null.</summary>
    public FhirElements? Carried { get; }

    /// <summary>Gets the item type.</summary>
    public abstract ItemType Type { get; }

    /// <inheritdoc />
    public virtual bool Equals(CatalogItem? other) =>
        other is not null && other.Type == Type && other.LinkId == LinkId && other._text == _text && other.EnableWhen == EnableWhen &&
        other.Carried == Carried && other.Items.SequenceEqual(Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CatalogItem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, LinkId, _text, EnableWhen);

    /// <inheritdoc />
    public override string ToString() => $"{Type} {LinkId}";
}

/// <summary>A group of items.</summary>
public sealed class GroupItem : CatalogItem
{
    internal GroupItem(string linkId, string? text, EnableCondition? enableWhen, IReadOnlyList<CatalogItem> items, FhirElements? carried)
        : base(linkId, text, enableWhen, items, carried)
    {
    }

    /// <inheritdoc />
    public override ItemType Type => ItemType.Group;
}

/// <summary>Text shown to the reviewer; never answered. A help text is a display item nested under its question.</summary>
public sealed class DisplayItem : CatalogItem
{
    internal DisplayItem(string linkId, string? text, EnableCondition? enableWhen, bool isHelp, FhirElements? carried)
        : base(linkId, text, enableWhen, [], carried) => IsHelp = isHelp;

    /// <summary>Gets whether this is the help text of its question (FHIR <c>itemControl</c> = <c>help</c>).</summary>
    public bool IsHelp { get; }

    /// <inheritdoc />
    public override ItemType Type => ItemType.Display;

    /// <inheritdoc />
    public override bool Equals(CatalogItem? other) => base.Equals(other) && other is DisplayItem d && d.IsHelp == IsHelp;

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>A question of a catalogue.</summary>
public sealed class QuestionItem : CatalogItem
{
    internal QuestionItem(
        string linkId,
        string? text,
        EnableCondition? enableWhen,
        AnswerKind kind,
        bool required,
        bool repeats,
        bool openChoice,
        IReadOnlyList<AnswerOption> options,
        string? answerValueSet,
        IReadOnlyList<CatalogItem> items,
        FhirElements? carried)
        : base(linkId, text, enableWhen, items, carried)
    {
        Kind = kind;
        Required = required;
        Repeats = repeats;
        OpenChoice = openChoice;
        Options = options;
        AnswerValueSet = answerValueSet;
    }

    /// <inheritdoc />
    public override ItemType Type => ItemType.Question;

    /// <summary>Gets the kind of answer the question takes.</summary>
    public AnswerKind Kind { get; }

    /// <summary>Gets whether an answer is required while the question is enabled.</summary>
    public bool Required { get; }

    /// <summary>Gets whether several values may be given (any kind but choice and verdict; multiple choice always accepts several).</summary>
    public bool Repeats { get; }

    /// <summary>Gets whether a choice question also accepts free text (FHIR <c>open-choice</c>).</summary>
    public bool OpenChoice { get; }

    /// <summary>
    /// Gets the option set: the question's own options, or those of its <see cref="AnswerValueSet"/>
    /// (expanded when the catalogue was read). Empty for verdict questions and questions without options.
    /// </summary>
    public IReadOnlyList<AnswerOption> Options { get; }

    /// <summary>Gets the FHIR <c>answerValueSet</c> the options come from (<c>#id</c> of a contained ValueSet or a canonical URL), or null.</summary>
    public string? AnswerValueSet { get; }

    /// <summary>Gets the help text for reviewers (the first nested help display item), or null.</summary>
    public string? HelpText => Items.OfType<DisplayItem>().FirstOrDefault(d => d.IsHelp)?.Text;

    /// <summary>Gets whether the question accepts more than one value.</summary>
    public bool AcceptsSeveralValues => Repeats || Kind == AnswerKind.MultipleChoice;

    /// <summary>Returns whether a value has the right kind for this question and, for a closed choice, matches an option.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether the value may answer the question.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public bool Accepts(AnswerValue value)
    {
        Preconditions.CheckNotNull(value);
        if (Kind is AnswerKind.SingleChoice or AnswerKind.MultipleChoice)
        {
            return Options.Any(o => o.Value.Matches(value)) || (OpenChoice && value.Kind == AnswerValueKind.Text);
        }

        return AcceptsKind(value.Kind) && (Options.Count == 0 || Options.Any(o => o.Value.Matches(value)));
    }

    /// <summary>Returns whether a value of this kind may answer the question (ignoring the option set).</summary>
    /// <param name="kind">The value kind.</param>
    /// <returns>Whether the kind fits.</returns>
    public bool AcceptsKind(AnswerValueKind kind) => Kind switch
    {
        AnswerKind.SingleChoice or AnswerKind.MultipleChoice =>
            Options.Any(o => o.Value.Kind == kind) || (Options.Count == 0 && kind == AnswerValueKind.Code) || (OpenChoice && kind == AnswerValueKind.Text),
        _ => AnswerValue.ValueKindFor(Kind) == kind,
    };

    /// <inheritdoc />
    public override bool Equals(CatalogItem? other) =>
        base.Equals(other) && other is QuestionItem q && q.Kind == Kind && q.Required == Required &&
        q.Repeats == Repeats && q.OpenChoice == OpenChoice && q.AnswerValueSet == AnswerValueSet && q.Options.SequenceEqual(Options);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Kind, Required);
}
