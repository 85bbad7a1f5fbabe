using System.Text.RegularExpressions;

namespace Vkb.Catalog;

/// <summary>Checks item drafts and turns them into immutable items; collects every problem, one per cause.</summary>
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

    /// <summary>FHIR linkId: any string; VKB asks for 1 to 255 characters, no control characters, no surrounding white space.</summary>
    public static bool IsValidLinkId(string? linkId) =>
        linkId is { Length: > 0 and <= 255 } && linkId.Trim().Length == linkId.Length && !linkId.Any(char.IsControl);

    public static bool IsValidCode(string? code) => code is not null && CodePattern().IsMatch(code);

    public IReadOnlyList<CatalogItem> Build(IReadOnlyList<ItemDraft> drafts, string pathPrefix)
    {
        // Pass 1: register link ids in document order so conditions can tell earlier from later.
        Register(drafts, pathPrefix);
        _position = 0;
        return Convert(drafts, pathPrefix, parentIsQuestionOrGroup: false);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    private static string PathOf(string prefix, int index, ItemDraft draft) =>
        draft.SourcePath ?? (string.IsNullOrEmpty(draft.LinkId) ? $"{prefix}[{index}]" : $"{prefix}[{index}] '{draft.LinkId}'");

    private static string ChildPrefix(string path, ItemDraft draft) => draft.SourcePath is null ? path + ".items" : path + ".item";

    private void Register(IReadOnlyList<ItemDraft> drafts, string prefix)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var path = PathOf(prefix, i, draft);
            var position = _position++;
            var namespaced = IsNamespaced(draft.LinkId, path, out var local);
            if (namespaced && !IsValidLinkId(local))
            {
                _problems.Add(Problems.InvalidLinkId(path + (draft.SourcePath is null ? string.Empty : ".linkId"), _namespacePrefix));
            }
            else if (namespaced && _known.ContainsKey(draft.LinkId!))
            {
                _problems.Add(Problems.DuplicateLinkId(path + (draft.SourcePath is null ? string.Empty : ".linkId")));
            }
            else if (namespaced)
            {
                _known[draft.LinkId!] = (position, null, draft);
            }

            Register(draft.Children.Items, ChildPrefix(path, draft));
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
            _problems.Add(Problems.LinkIdNotNamespaced(path, _namespacePrefix));
            return false;
        }

        local = linkId[_namespacePrefix.Length..];
        return true;
    }

    private List<CatalogItem> Convert(IReadOnlyList<ItemDraft> drafts, string prefix, bool parentIsQuestionOrGroup)
    {
        var items = new List<CatalogItem>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var path = PathOf(prefix, i, draft);
            var position = _position++;
            if (draft.Type == ItemType.Question && string.IsNullOrWhiteSpace(draft.Text))
            {
                _problems.Add(Problems.MissingText(path));
            }

            if (draft.EnableWhen is not null)
            {
                CheckCondition(draft.EnableWhen, position, path, draft.SourcePath is not null);
            }

            var linkId = draft.LinkId ?? string.Empty;
            var children = Convert(draft.Children.Items, ChildPrefix(path, draft), draft.Type != ItemType.Display);
            switch (draft.Type)
            {
                case ItemType.Group:
                    if (children.Count + draft.RejectedChildren == 0)
                    {
                        _problems.Add(Problems.EmptyGroup(path));
                    }

                    items.Add(new GroupItem(linkId, draft.Text, draft.EnableWhen, children, draft.Carried));
                    break;
                case ItemType.Display:
                    if (children.Count > 0)
                    {
                        _problems.Add(Problems.NestedUnderDisplay(path));
                    }

                    if (draft.IsHelp && !parentIsQuestionOrGroup)
                    {
                        _problems.Add(Problems.HelpNotUnderQuestion(path));
                    }

                    if (draft.IsHelp && string.IsNullOrWhiteSpace(draft.Text))
                    {
                        _problems.Add(Problems.EmptyHelpText(path));
                    }

                    items.Add(new DisplayItem(linkId, draft.Text, draft.EnableWhen, draft.IsHelp, draft.Carried));
                    break;
                case ItemType.Question:
                    items.Add(ConvertQuestion(draft, linkId, path, children));
                    break;
                default:
                    _problems.Add(Problems.InvalidItemType(path));
                    break;
            }
        }

        return items;
    }

    private static bool OptionsAllowed(AnswerKind kind) =>
        kind is AnswerKind.SingleChoice or AnswerKind.MultipleChoice or AnswerKind.WholeNumber or AnswerKind.Date or AnswerKind.Time or AnswerKind.ShortText or AnswerKind.Text;

    private QuestionItem ConvertQuestion(ItemDraft draft, string linkId, string path, List<CatalogItem> children)
    {
        var fhir = draft.SourcePath is not null;
        if (!Enum.IsDefined(draft.Kind))
        {
            _problems.Add(Problems.InvalidAnswerKind(path));
        }

        var isChoice = draft.Kind is AnswerKind.SingleChoice or AnswerKind.MultipleChoice;
        if (isChoice && draft.Options.Count == 0 && !draft.OptionsReported)
        {
            _problems.Add(Problems.EmptyOptionSet(path + (fhir ? ".answerOption" : ".options")));
        }
        else if (!OptionsAllowed(draft.Kind) && draft.Options.Count > 0)
        {
            _problems.Add(Problems.OptionsNotAllowed(path + (fhir ? ".answerOption" : ".options")));
        }

        if (draft.Repeats && draft.Kind is AnswerKind.Verdict or AnswerKind.SingleChoice)
        {
            _problems.Add(Problems.RepeatsNotAllowed(path + ".repeats"));
        }

        var options = new List<AnswerOption>();
        for (var o = 0; o < draft.Options.Count; o++)
        {
            var option = draft.Options[o];
            var optionPath = fhir ? $"{path}.answerOption[{o}]" : $"{path}.options[{o}]";
            var value = option.Value;
            if (value is null)
            {
                // The builder's Option(code, display): a coding that needs a valid code and a label.
                if (option.Code is null || !AnswerValue.IsValidCode(option.Code))
                {
                    _problems.Add(Problems.InvalidOptionCode(optionPath));
                }

                if (string.IsNullOrWhiteSpace(option.Display))
                {
                    _problems.Add(Problems.MissingOptionDisplay(optionPath));
                }

                value = option.Code is not null && AnswerValue.IsValidCode(option.Code) ? AnswerValue.OfCoding(null, option.Code, option.Display) : null;
            }

            if (value is null)
            {
                continue;
            }

            if (options.Exists(existing => existing.Value.Matches(value)))
            {
                _problems.Add(Problems.DuplicateOption(optionPath));
                continue;
            }

            options.Add(new AnswerOption(value, option.Carried));
        }

        var multiple = draft.Kind == AnswerKind.MultipleChoice;
        return new QuestionItem(linkId, draft.Text, draft.EnableWhen, draft.Kind, draft.Required, draft.Repeats && !multiple, draft.OpenChoice, options, draft.AnswerValueSet, children, draft.Carried);
    }

    private void CheckCondition(EnableCondition condition, int position, string itemPath, bool fhir)
    {
        var leaves = Leaves(condition).ToList();
        var flat = IsFlatLeaf(condition) || (condition is ComposedCondition c && c.Operands.All(IsFlatLeaf));
        for (var index = 0; index < leaves.Count; index++)
        {
            var leaf = leaves[index];
            var path = fhir && flat ? $"{itemPath}.enableWhen[{index}]" : itemPath + ".enableWhen";
            var linkId = leaf switch
            {
                AnswerIsCondition a => a.LinkId,
                CompareCondition cmp => cmp.LinkId,
                _ => ((AnsweredCondition)leaf).LinkId,
            };
            if (!_known.TryGetValue(linkId, out var target))
            {
                _problems.Add(Problems.ConditionUnknownQuestion(path, linkId));
                continue;
            }

            if (target.Position >= position)
            {
                _problems.Add(Problems.ConditionNotEarlier(path, linkId));
                continue;
            }

            var question = target.Item as QuestionItem ?? (target.Draft is { Type: ItemType.Question } d ? Preview(d) : null);
            if (question is null)
            {
                _problems.Add(Problems.ConditionNotOnQuestion(path, linkId));
                continue;
            }

            var value = leaf switch { AnswerIsCondition a => a.Value, CompareCondition cmp => cmp.Value, _ => null };
            if (value is null)
            {
                continue;
            }

            if (!question.AcceptsKind(value.Kind))
            {
                _problems.Add(Problems.ConditionWrongKind(path, linkId, value.Kind, question.Kind));
            }
            else if (leaf is CompareCondition && !AnswerValue.IsOrdered(value.Kind))
            {
                _problems.Add(Problems.ConditionNotOrdered(path, linkId));
            }
            else if (leaf is AnswerIsCondition && question.Options.Count > 0 && !question.Accepts(value))
            {
                _problems.Add(Problems.ConditionOptionOutsideSet(path, linkId));
            }
        }
    }

    /// <summary>A question as far as conditions need it (kind and options), from a draft not yet converted.</summary>
    private static QuestionItem Preview(ItemDraft draft)
    {
        var options = draft.Options
            .Select(o => o.Value ?? (o.Code is not null && AnswerValue.IsValidCode(o.Code) ? AnswerValue.OfCoding(null, o.Code, o.Display) : null))
            .OfType<AnswerValue>()
            .Select(v => new AnswerOption(v, null))
            .ToList();
        return new QuestionItem(draft.LinkId ?? string.Empty, draft.Text, null, draft.Kind, draft.Required, draft.Repeats, draft.OpenChoice, options, draft.AnswerValueSet, [], null);
    }

    internal static bool IsFlatLeaf(EnableCondition c) =>
        c is AnswerIsCondition or AnsweredCondition or CompareCondition || c is NotCondition { Operand: AnsweredCondition or AnswerIsCondition };

    private static IEnumerable<EnableCondition> Leaves(EnableCondition condition) => condition switch
    {
        ComposedCondition c => c.Operands.SelectMany(Leaves),
        NotCondition n => Leaves(n.Operand),
        _ => [condition],
    };
}

internal static class CatalogItems
{
    public static IEnumerable<CatalogItem> Flatten(IEnumerable<CatalogItem> items)
    {
        foreach (var item in items)
        {
            yield return item;
            foreach (var child in Flatten(item.Items))
            {
                yield return child;
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
            CollectConditions(item.Items, own, into);
        }
    }
}
