using System.Text.RegularExpressions;

namespace Vkb.Catalog;

/// <summary>Checks item drafts and turns them into immutable items; collects every problem.</summary>
internal sealed partial class ItemValidator
{
    private readonly List<ValidationProblem> _problems;
    private readonly Dictionary<string, (int Position, CatalogItem? Item, ItemDraft? Draft)> _known = new(StringComparer.Ordinal);
    private readonly string? _namespacePrefix;
    private int _position;

    /// <param name="problems">Where problems go.</param>
    /// <param name="earlier">Items that precede the drafts (base catalogue items for an extension).</param>
    /// <param name="namespacePrefix">When set, every new link id must start with it (extensions).</param>
    public ItemValidator(List<ValidationProblem> problems, IEnumerable<CatalogItem> earlier, string? namespacePrefix)
    {
        _problems = problems;
        _namespacePrefix = namespacePrefix;
        foreach (var item in CatalogItems.Flatten(earlier))
        {
            _known[item.LinkId] = (-1, item, null);
        }
    }

    public static bool IsValidLinkId(string? linkId) => linkId is not null && LinkIdPattern().IsMatch(linkId);

    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    public IReadOnlyList<CatalogItem> Build(IReadOnlyList<ItemDraft> drafts, string pathPrefix)
    {
        // Pass 1: register link ids in document order so conditions can tell earlier from later.
        Register(drafts, pathPrefix);
        _position = 0;
        return Convert(drafts, pathPrefix);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex LinkIdPattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    private static string PathOf(string prefix, int index, string? linkId) =>
        string.IsNullOrEmpty(linkId) ? $"{prefix}[{index}]" : $"{prefix}[{index}] '{linkId}'";

    private void Register(IReadOnlyList<ItemDraft> drafts, string prefix)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var path = PathOf(prefix, i, draft.LinkId);
            var position = _position++;
            var namespaced = IsNamespaced(draft.LinkId, path, out var local);
            if (namespaced && !IsValidLinkId(local))
            {
                Add("invalid-link-id", path, "A link id must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit" +
                    (_namespacePrefix is null ? "." : $", after the namespace prefix '{_namespacePrefix}'."));
            }
            else if (namespaced && _known.ContainsKey(draft.LinkId!))
            {
                Add("duplicate-link-id", path, "Link ids must be unique across the catalogue and its extensions.");
            }
            else if (namespaced)
            {
                _known[draft.LinkId!] = (position, null, draft);
            }

            if (draft.Children is not null)
            {
                Register(draft.Children.Items, path + ".items");
            }
        }
    }

    private bool IsNamespaced(string? linkId, string path, out string? local)
    {
        local = linkId;
        if (_namespacePrefix is null || linkId is null)
        {
            return true;
        }

        if (!linkId.StartsWith(_namespacePrefix, StringComparison.Ordinal))
        {
            Add("link-id-not-namespaced", path, $"Every link id of a regional extension must start with its namespace '{_namespacePrefix}'.");
            return false;
        }

        local = linkId[_namespacePrefix.Length..];
        return true;
    }

    private List<CatalogItem> Convert(IReadOnlyList<ItemDraft> drafts, string prefix)
    {
        var items = new List<CatalogItem>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var path = PathOf(prefix, i, draft.LinkId);
            var position = _position++;
            if (string.IsNullOrWhiteSpace(draft.Text))
            {
                Add("missing-text", path, "Every item needs a text.");
            }

            if (draft.EnableWhen is not null)
            {
                CheckCondition(draft.EnableWhen, position, path + ".enableWhen");
            }

            var linkId = draft.LinkId ?? string.Empty;
            var text = draft.Text ?? string.Empty;
            switch (draft.Type)
            {
                case ItemType.Group:
                    var children = Convert(draft.Children!.Items, path + ".items");
                    if (children.Count == 0)
                    {
                        Add("empty-group", path, "A group must contain at least one item.");
                    }

                    items.Add(new GroupItem(linkId, text, draft.EnableWhen, children));
                    break;
                case ItemType.Display:
                    items.Add(new DisplayItem(linkId, text, draft.EnableWhen));
                    break;
                default:
                    items.Add(ConvertQuestion(draft, linkId, text, path));
                    break;
            }
        }

        return items;
    }

    private QuestionItem ConvertQuestion(ItemDraft draft, string linkId, string text, string path)
    {
        if (!Enum.IsDefined(draft.Kind))
        {
            Add("invalid-answer-kind", path, "The answer kind must be one of verdict, singleChoice, multipleChoice, text, date, wholeNumber.");
        }

        var isChoice = draft.Kind is AnswerKind.SingleChoice or AnswerKind.MultipleChoice;
        if (isChoice && draft.Options.Count == 0)
        {
            Add("empty-option-set", path + ".options", "A choice question needs a non-empty option set.");
        }
        else if (!isChoice && draft.Options.Count > 0)
        {
            Add("options-not-allowed", path + ".options", "Only choice questions have an option set (verdict questions use the fixed verdict set).");
        }

        if (draft.Repeats && draft.Kind is not (AnswerKind.Text or AnswerKind.Date or AnswerKind.WholeNumber))
        {
            Add("repeats-not-allowed", path + ".repeats", "Only text, date and whole-number questions may repeat; use a multiple-choice question for several codes.");
        }

        if (draft.HelpText is not null && string.IsNullOrWhiteSpace(draft.HelpText))
        {
            Add("empty-help-text", path + ".helpText", "A help text, when given, must not be empty.");
        }

        var options = new List<AnswerOption>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (var o = 0; o < draft.Options.Count; o++)
        {
            var (code, display) = draft.Options[o];
            var optionPath = $"{path}.options[{o}]";
            if (!IsValidCode(code))
            {
                Add("invalid-option-code", optionPath, "An option code must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit.");
            }
            else if (!codes.Add(code!))
            {
                Add("duplicate-option-code", optionPath, "Option codes must be unique within a question.");
            }

            if (string.IsNullOrWhiteSpace(display))
            {
                Add("missing-option-display", optionPath, "Every option needs a label.");
            }

            options.Add(new AnswerOption(code ?? string.Empty, display ?? string.Empty));
        }

        return new QuestionItem(linkId, text, draft.EnableWhen, draft.Kind, draft.Required, draft.Repeats, draft.HelpText, options);
    }

    private void CheckCondition(EnableCondition condition, int position, string path)
    {
        foreach (var leaf in Leaves(condition))
        {
            var linkId = leaf is AnswerIsCondition a ? a.LinkId : ((AnsweredCondition)leaf).LinkId;
            if (!_known.TryGetValue(linkId, out var target))
            {
                Add("condition-unknown-question", path, $"The condition refers to '{linkId}', which is not a question of this catalogue.");
                continue;
            }

            if (target.Position >= position)
            {
                Add("condition-not-earlier", path, $"The condition refers to '{linkId}', which does not come before this item; conditions may only read earlier questions.");
                continue;
            }

            AnswerKind? kind = null;
            List<string> options = [];
            if (target.Item is QuestionItem q)
            {
                kind = q.Kind;
                options = q.Options.Select(o => o.Code).ToList();
            }
            else if (target.Draft is { Type: ItemType.Question } d)
            {
                kind = d.Kind;
                options = d.Options.Select(o => o.Code ?? string.Empty).ToList();
            }

            if (kind is null)
            {
                Add("condition-not-on-question", path, $"The condition refers to '{linkId}', which is a group or display item, not a question.");
                continue;
            }

            if (leaf is AnswerIsCondition answerIs)
            {
                if (answerIs.Value.Kind != AnswerValue.ValueKindFor(kind.Value))
                {
                    Add("condition-wrong-kind", path, $"The condition compares '{linkId}' with a {answerIs.Value.Kind} value, but that question takes {kind} answers.");
                }
                else if (answerIs.Value.Kind == AnswerValueKind.Code && !options.Contains(answerIs.Value.Code))
                {
                    Add("condition-option-outside-set", path, $"The condition compares '{linkId}' with a code outside that question's option set.");
                }
            }
        }
    }

    private static IEnumerable<EnableCondition> Leaves(EnableCondition condition) => condition switch
    {
        ComposedCondition c => c.Operands.SelectMany(Leaves),
        NotCondition n => Leaves(n.Operand),
        _ => [condition],
    };

    private void Add(string code, string path, string message) => _problems.Add(new ValidationProblem(code, path, message));
}

internal static class CatalogItems
{
    public static IEnumerable<CatalogItem> Flatten(IEnumerable<CatalogItem> items)
    {
        foreach (var item in items)
        {
            yield return item;
            if (item is GroupItem group)
            {
                foreach (var child in Flatten(group.Items))
                {
                    yield return child;
                }
            }
        }
    }

    /// <summary>Maps each item's link id to the conditions of its ancestors and itself (all must hold).</summary>
    public static void CollectConditions(IEnumerable<CatalogItem> items, IReadOnlyList<EnableCondition> inherited, Dictionary<string, IReadOnlyList<EnableCondition>> into)
    {
        foreach (var item in items)
        {
            var own = item.EnableWhen is null ? inherited : [.. inherited, item.EnableWhen];
            into[item.LinkId] = own;
            if (item is GroupItem group)
            {
                CollectConditions(group.Items, own, into);
            }
        }
    }
}
