namespace Vkb.Catalog;

/// <summary>Collects items of a catalogue, an extension, a group or a question. Nothing is checked until <c>Build</c>, which reports every problem.</summary>
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
    public ItemListBuilder Group(string linkId, string? text, Action<ItemListBuilder> fill, EnableCondition? enableWhen = null)
    {
        Preconditions.CheckNotNull(fill);
        var draft = new ItemDraft(ItemType.Group, linkId, text) { EnableWhen = enableWhen };
        fill(draft.Children);
        _items.Add(draft);
        return this;
    }

    /// <summary>Adds a display item (text that is not answered).</summary>
    /// <param name="linkId">The link id.</param>
    /// <param name="text">The text.</param>
    /// <param name="isHelp">Whether it is the help text of the question it is nested under.</param>
    /// <returns>This builder.</returns>
    public ItemListBuilder Display(string linkId, string? text, bool isHelp = false)
    {
        _items.Add(new ItemDraft(ItemType.Display, linkId, text) { IsHelp = isHelp });
        return this;
    }

    /// <summary>Adds a question.</summary>
    /// <param name="linkId">The link id.</param>
    /// <param name="text">The question text.</param>
    /// <param name="kind">The kind of answer.</param>
    /// <param name="configure">Optional flags, options, nested items and condition.</param>
    /// <returns>This builder.</returns>
    public ItemListBuilder Question(string linkId, string? text, AnswerKind kind, Action<QuestionBuilder>? configure = null)
    {
        var draft = new ItemDraft(ItemType.Question, linkId, text) { Kind = kind };
        configure?.Invoke(new QuestionBuilder(draft));
        _items.Add(draft);
        return this;
    }

    internal ItemDraft Add(ItemDraft draft)
    {
        _items.Add(draft);
        return draft;
    }
}

/// <summary>Sets the flags, options, nested items and enable condition of one question.</summary>
/// <remarks>Not thread-safe.</remarks>
public sealed class QuestionBuilder
{
    private readonly ItemDraft _draft;

    internal QuestionBuilder(ItemDraft draft) => _draft = draft;

    /// <summary>Gets the items nested under the question (for example display items).</summary>
    public ItemListBuilder Items => _draft.Children;

    /// <summary>Marks the question as required while it is enabled.</summary>
    /// <param name="required">Whether the question is required.</param>
    /// <returns>This builder.</returns>
    public QuestionBuilder Required(bool required = true)
    {
        _draft.Required = required;
        return this;
    }

    /// <summary>Allows several values (any kind but choice and verdict; use a multiple-choice question for several codes).</summary>
    /// <param name="repeats">Whether several values are allowed.</param>
    /// <returns>This builder.</returns>
    public QuestionBuilder Repeats(bool repeats = true)
    {
        _draft.Repeats = repeats;
        return this;
    }

    /// <summary>Lets a choice question also take free text (FHIR <c>open-choice</c>).</summary>
    /// <param name="open">Whether free text is accepted.</param>
    /// <returns>This builder.</returns>
    public QuestionBuilder OpenChoice(bool open = true)
    {
        _draft.OpenChoice = open;
        return this;
    }

    /// <summary>Sets the help text shown to reviewers: a help display item <c>{linkId}/help</c> nested under the question.</summary>
    /// <param name="helpText">The help text.</param>
    /// <returns>This builder.</returns>
    public QuestionBuilder HelpText(string? helpText)
    {
        if (helpText is not null)
        {
            _draft.Children.Display((_draft.LinkId ?? string.Empty) + "/help", helpText, isHelp: true);
        }

        return this;
    }

    /// <summary>Adds a coding option to a choice question.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="display">The label.</param>
    /// <returns>This builder.</returns>
    public QuestionBuilder Option(string code, string display)
    {
        _draft.Options.Add(new OptionDraft(code, display, null, null));
        return this;
    }

    /// <summary>Adds an option of any FHIR <c>answerOption.value[x]</c> kind (coding, text, whole number, date, time, reference).</summary>
    /// <param name="value">The option's value.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public QuestionBuilder Option(AnswerValue value)
    {
        _draft.Options.Add(new OptionDraft(null, null, Preconditions.CheckNotNull(value), null));
        return this;
    }

    /// <summary>Takes the options from a value set (FHIR <c>answerValueSet</c>) already expanded by the caller.</summary>
    /// <param name="reference">The <c>#id</c> of a contained ValueSet or a canonical URL.</param>
    /// <param name="expansion">The codings of the value set.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public QuestionBuilder AnswerValueSet(string reference, IEnumerable<AnswerValue> expansion)
    {
        _draft.AnswerValueSet = Preconditions.CheckNotNull(reference);
        foreach (var value in Preconditions.CheckNotNull(expansion))
        {
            Option(value);
        }

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

internal sealed record OptionDraft(string? Code, string? Display, AnswerValue? Value, FhirElements? Carried);

internal sealed class ItemDraft(ItemType type, string? linkId, string? text)
{
    public ItemType Type { get; } = type;

    public string? LinkId { get; } = linkId;

    public string? Text { get; } = text;

    /// <summary>Where the item came from, for problems (a FHIRPath when read from FHIR); null means the builder path.</summary>
    public string? SourcePath { get; init; }

    public EnableCondition? EnableWhen { get; set; }

    public ItemListBuilder Children { get; } = new();

    /// <summary>Children a reader could not turn into drafts (already reported); a group with such children is not reported empty.</summary>
    public int RejectedChildren { get; set; }

    /// <summary>Whether a reader already reported why the option set is empty (an unresolved value set), so no follow-on problem is added.</summary>
    public bool OptionsReported { get; set; }

    public AnswerKind Kind { get; set; }

    public bool Required { get; set; }

    public bool Repeats { get; set; }

    public bool OpenChoice { get; set; }

    public bool IsHelp { get; set; }

    public string? AnswerValueSet { get; set; }

    public FhirElements? Carried { get; set; }

    public List<OptionDraft> Options { get; } = [];
}
