namespace Vkb.Catalog;

/// <summary>Collects items of a catalogue, an extension or a group. Nothing is checked until <c>Build</c>, which reports every problem.</summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class ItemListBuilder
{
    private readonly List<ItemDraft> _items = [];

    internal ItemListBuilder()
    {
    }

    internal IReadOnlyList<ItemDraft> Items => _items;

    /// <summary>Adds a group and fills it.</summary>
    /// <param name="linkId">The link id of the group.</param>
    /// <param name="text">The heading of the group.</param>
    /// <param name="fill">Adds the items of the group.</param>
    /// <param name="enableWhen">An optional condition that enables the whole group.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fill"/> is null.</exception>
    public ItemListBuilder Group(string linkId, string text, Action<ItemListBuilder> fill, EnableCondition? enableWhen = null)
    {
        Preconditions.CheckNotNull(fill);
        var children = new ItemListBuilder();
        fill(children);
        _items.Add(new ItemDraft(ItemType.Group, linkId, text) { EnableWhen = enableWhen, Children = children });
        return this;
    }

    /// <summary>Adds a display item (text that is not answered).</summary>
    /// <param name="linkId">The link id.</param>
    /// <param name="text">The text.</param>
    /// <returns>This builder.</returns>
    public ItemListBuilder Display(string linkId, string text)
    {
        _items.Add(new ItemDraft(ItemType.Display, linkId, text));
        return this;
    }

    /// <summary>Adds a question.</summary>
    /// <param name="linkId">The link id.</param>
    /// <param name="text">The question text.</param>
    /// <param name="kind">The kind of answer.</param>
    /// <param name="configure">Optional flags, options and condition.</param>
    /// <returns>This builder.</returns>
    public ItemListBuilder Question(string linkId, string text, AnswerKind kind, Action<QuestionBuilder>? configure = null)
    {
        var draft = new ItemDraft(ItemType.Question, linkId, text) { Kind = kind };
        configure?.Invoke(new QuestionBuilder(draft));
        _items.Add(draft);
        return this;
    }
}

/// <summary>Sets the flags, options and enable condition of one question.</summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class QuestionBuilder
{
    private readonly ItemDraft _draft;

    internal QuestionBuilder(ItemDraft draft) => _draft = draft;

    /// <summary>Marks the question as required while it is enabled.</summary>
    /// <param name="required">Whether the question is required.</param>
    /// <returns>This builder.</returns>
    public QuestionBuilder Required(bool required = true)
    {
        _draft.Required = required;
        return this;
    }

    /// <summary>Allows several values (text, date and whole-number questions only).</summary>
    /// <param name="repeats">Whether several values are allowed.</param>
    /// <returns>This builder.</returns>
    public QuestionBuilder Repeats(bool repeats = true)
    {
        _draft.Repeats = repeats;
        return this;
    }

    /// <summary>Sets the help text shown to reviewers.</summary>
    /// <param name="helpText">The help text.</param>
    /// <returns>This builder.</returns>
    public QuestionBuilder HelpText(string? helpText)
    {
        _draft.HelpText = helpText;
        return this;
    }

    /// <summary>Adds an option to a choice question.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="display">The label.</param>
    /// <returns>This builder.</returns>
    public QuestionBuilder Option(string code, string display)
    {
        _draft.Options.Add((code, display));
        return this;
    }

    /// <summary>Sets the condition under which the question is enabled.</summary>
    /// <param name="condition">A condition over earlier questions.</param>
    /// <returns>This builder.</returns>
    public QuestionBuilder EnableWhen(EnableCondition? condition)
    {
        _draft.EnableWhen = condition;
        return this;
    }
}

internal sealed class ItemDraft(ItemType type, string? linkId, string? text)
{
    public ItemType Type { get; } = type;

    public string? LinkId { get; } = linkId;

    public string? Text { get; } = text;

    public EnableCondition? EnableWhen { get; set; }

    public ItemListBuilder? Children { get; init; }

    public AnswerKind Kind { get; set; }

    public bool Required { get; set; }

    public bool Repeats { get; set; }

    public string? HelpText { get; set; }

    public List<(string? Code, string? Display)> Options { get; } = [];
}
