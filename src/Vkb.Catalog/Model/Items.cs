namespace Vkb.Catalog;

/// <summary>One option of a choice question.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AnswerOption : IEquatable<AnswerOption>
{
    internal AnswerOption(string code, string display)
    {
        Code = code;
        Display = display;
    }

    /// <summary>Gets the stable code recorded in answers.</summary>
    public string Code { get; }

    /// <summary>Gets the label shown to reviewers.</summary>
    public string Display { get; }

    /// <inheritdoc />
    public bool Equals(AnswerOption? other) => other is not null && Code == other.Code && Display == other.Display;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AnswerOption);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Display);

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
    private protected CatalogItem(string linkId, string text, EnableCondition? enableWhen)
    {
        LinkId = linkId;
        Text = text;
        EnableWhen = enableWhen;
    }

    /// <summary>Gets the link id, unique in the catalogue and its extensions.</summary>
    public string LinkId { get; }

    /// <summary>Gets the text shown to the reviewer.</summary>
    public string Text { get; }

    /// <summary>Gets the condition under which the item is enabled, or null when always enabled.</summary>
    public EnableCondition? EnableWhen { get; }

    /// <summary>Gets the item type.</summary>
    public abstract ItemType Type { get; }

    /// <inheritdoc />
    public virtual bool Equals(CatalogItem? other) =>
        other is not null && other.Type == Type && other.LinkId == LinkId && other.Text == Text && other.EnableWhen == EnableWhen;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CatalogItem);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Type, LinkId, Text, EnableWhen);

    /// <inheritdoc />
    public override string ToString() => $"{Type} {LinkId}";
}

/// <summary>A group of items.</summary>
public sealed class GroupItem : CatalogItem
{
    internal GroupItem(string linkId, string text, EnableCondition? enableWhen, IReadOnlyList<CatalogItem> items)
        : base(linkId, text, enableWhen) => Items = items;

    /// <inheritdoc />
    public override ItemType Type => ItemType.Group;

    /// <summary>Gets the items of the group, at least one.</summary>
    public IReadOnlyList<CatalogItem> Items { get; }

    /// <inheritdoc />
    public override bool Equals(CatalogItem? other) =>
        base.Equals(other) && other is GroupItem g && g.Items.SequenceEqual(Items);

    /// <inheritdoc />
    public override int GetHashCode() => base.GetHashCode();
}

/// <summary>Text shown to the reviewer; never answered.</summary>
public sealed class DisplayItem : CatalogItem
{
    internal DisplayItem(string linkId, string text, EnableCondition? enableWhen)
        : base(linkId, text, enableWhen)
    {
    }

    /// <inheritdoc />
    public override ItemType Type => ItemType.Display;
}

/// <summary>A question of a catalogue.</summary>
public sealed class QuestionItem : CatalogItem
{
    internal QuestionItem(
        string linkId,
        string text,
        EnableCondition? enableWhen,
        AnswerKind kind,
        bool required,
        bool repeats,
        string? helpText,
        IReadOnlyList<AnswerOption> options)
        : base(linkId, text, enableWhen)
    {
        Kind = kind;
        Required = required;
        Repeats = repeats;
        HelpText = helpText;
        Options = options;
    }

    /// <inheritdoc />
    public override ItemType Type => ItemType.Question;

    /// <summary>Gets the kind of answer the question takes.</summary>
    public AnswerKind Kind { get; }

    /// <summary>Gets whether an answer is required while the question is enabled.</summary>
    public bool Required { get; }

    /// <summary>Gets whether several values may be given (text, date and whole-number questions only).</summary>
    public bool Repeats { get; }

    /// <summary>Gets the help text for reviewers, or null.</summary>
    public string? HelpText { get; }

    /// <summary>Gets the option set of a choice question (empty for other kinds).</summary>
    public IReadOnlyList<AnswerOption> Options { get; }

    /// <summary>Gets whether the question accepts more than one value.</summary>
    public bool AcceptsSeveralValues => Repeats || Kind == AnswerKind.MultipleChoice;

    /// <inheritdoc />
    public override bool Equals(CatalogItem? other) =>
        base.Equals(other) && other is QuestionItem q && q.Kind == Kind && q.Required == Required &&
        q.Repeats == Repeats && q.HelpText == HelpText && q.Options.SequenceEqual(Options);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Kind, Required);
}
