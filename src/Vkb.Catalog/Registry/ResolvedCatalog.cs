namespace Vkb.Catalog;

/// <summary>
/// A base catalogue version together with the regional extensions that apply: what a reviewer
/// actually fills in. Questions come base first, then each extension's additions.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ResolvedCatalog
{
    private readonly Dictionary<string, CatalogItem> _items;
    private readonly Dictionary<string, IReadOnlyList<EnableCondition>> _conditions;

    private ResolvedCatalog(Catalog baseCatalog, IReadOnlyList<CatalogExtension> extensions)
    {
        Base = baseCatalog;
        Extensions = extensions;
        var all = baseCatalog.Items.Concat(extensions.SelectMany(e => e.Items)).ToList();
        _items = CatalogItems.Flatten(all).ToDictionary(i => i.LinkId, StringComparer.Ordinal);
        _conditions = new Dictionary<string, IReadOnlyList<EnableCondition>>(StringComparer.Ordinal);
        CatalogItems.CollectConditions(all, [], _conditions);
        Questions = CatalogItems.Flatten(all).OfType<QuestionItem>().ToList();
        Pins = [baseCatalog.Pin, .. extensions.Select(e => e.Pin)];
    }

    /// <summary>Gets the base catalogue version.</summary>
    public Catalog Base { get; }

    /// <summary>Gets the applied extensions.</summary>
    public IReadOnlyList<CatalogExtension> Extensions { get; }

    /// <summary>Gets the pins an assessment against this catalogue records: base first, then extensions.</summary>
    public IReadOnlyList<CatalogPin> Pins { get; }

    /// <summary>Gets every question, base first, in document order.</summary>
    public IReadOnlyList<QuestionItem> Questions { get; }

    /// <summary>Combines a base catalogue with extensions written against exactly that version.</summary>
    /// <param name="baseCatalog">The base catalogue version.</param>
    /// <param name="extensions">Extensions of that version (possibly none).</param>
    /// <returns>The combination.</returns>
    /// <exception cref="ArgumentNullException">An argument or element is null.</exception>
    /// <exception cref="ArgumentException">An extension extends another version, or two extensions share a link id.</exception>
    public static ResolvedCatalog Create(Catalog baseCatalog, IEnumerable<CatalogExtension>? extensions = null)
    {
        Preconditions.CheckNotNull(baseCatalog);
        var list = (extensions ?? []).ToList();
        Preconditions.CheckArgument(list.TrueForAll(e => e is not null && e.Base == baseCatalog.Pin), "Every extension must extend exactly the given base version.", nameof(extensions));
        var ids = CatalogItems.Flatten(baseCatalog.Items.Concat(list.SelectMany(e => e.Items))).Select(i => i.LinkId).ToList();
        Preconditions.CheckArgument(ids.Distinct(StringComparer.Ordinal).Count() == ids.Count, "Link ids must be unique across the catalogue and its extensions.", nameof(extensions));
        return new ResolvedCatalog(baseCatalog, list.AsReadOnly());
    }

    /// <summary>Finds an item (base or extension) by link id.</summary>
    /// <param name="linkId">The link id.</param>
    /// <returns>The item, or null.</returns>
    public CatalogItem? FindItem(string linkId) => _items.GetValueOrDefault(Preconditions.CheckNotNull(linkId));

    /// <summary>Finds a question by link id.</summary>
    /// <param name="linkId">The link id.</param>
    /// <returns>The question, or null.</returns>
    public QuestionItem? FindQuestion(string linkId) => FindItem(linkId) as QuestionItem;

    /// <summary>Returns whether an item is enabled given the answers so far (its own and its groups' conditions).</summary>
    /// <param name="linkId">The item's link id.</param>
    /// <param name="answers">Answer values by link id.</param>
    /// <returns>Whether the item is enabled; false for unknown link ids.</returns>
    public bool IsEnabled(string linkId, IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers)
    {
        Preconditions.CheckNotNull(answers);
        return _conditions.TryGetValue(Preconditions.CheckNotNull(linkId), out var conditions) &&
               conditions.All(c => c.Evaluate(answers));
    }

    /// <summary>
    /// Returns the questions that are enabled given the answers so far, in order. Answers to
    /// disabled questions are ignored while deciding, so the result is what a form tool would show.
    /// Call it again after each answer to walk a form question by question.
    /// </summary>
    /// <param name="answers">Answer values by link id.</param>
    /// <returns>The enabled questions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    public IReadOnlyList<QuestionItem> EnabledQuestions(IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers)
    {
        Preconditions.CheckNotNull(answers);
        return EffectiveAnswers(answers, out _);
    }

    /// <summary>
    /// Validates an assessment against this catalogue and returns every problem at once: pins that
    /// differ, unknown link ids, answers to non-questions, duplicate answers, wrong kinds, options
    /// outside the set, several values where one is allowed, answers to disabled questions and —
    /// for completed assessments — missing required answers (a disabled question is never required)
    /// and a missing verdict.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>All problems, by answer position and link id, never by value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public ValidationResult Validate(Assessment assessment)
    {
        Preconditions.CheckNotNull(assessment);
        var problems = new List<ValidationProblem>();
        if (!assessment.Pins.SequenceEqual(Pins))
        {
            problems.Add(new ValidationProblem("pin-mismatch", "pins", $"The assessment pins [{string.Join(", ", assessment.Pins)}] but the catalogue is [{string.Join(", ", Pins)}]."));
        }

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var answers = new Dictionary<string, IReadOnlyList<AnswerValue>>(StringComparer.Ordinal);
        for (var i = 0; i < assessment.Answers.Count; i++)
        {
            var answer = assessment.Answers[i];
            var path = $"answers[{i}] '{answer.LinkId}'";
            if (!firstIndex.TryAdd(answer.LinkId, i))
            {
                problems.Add(new ValidationProblem("duplicate-answer", path, $"The question is already answered at answers[{firstIndex[answer.LinkId]}]; give all values in one answer."));
                continue;
            }

            var item = FindItem(answer.LinkId);
            if (item is null)
            {
                problems.Add(new ValidationProblem("unknown-link-id", path, "The link id is not a question of the pinned catalogue or its extensions."));
                continue;
            }

            if (item is not QuestionItem question)
            {
                problems.Add(new ValidationProblem("answer-to-non-question", path, "Group and display items cannot be answered."));
                continue;
            }

            if (CheckValues(question, answer, path, problems))
            {
                answers[answer.LinkId] = answer.Values;
            }
        }

        var enabled = EffectiveAnswers(answers, out var effective);
        var enabledIds = enabled.Select(q => q.LinkId).ToHashSet(StringComparer.Ordinal);
        foreach (var linkId in answers.Keys.Where(k => !enabledIds.Contains(k)))
        {
            problems.Add(new ValidationProblem("answer-to-disabled-question", $"answers[{firstIndex[linkId]}] '{linkId}'", "The question is disabled by its enable condition for these answers, so it must not be answered."));
        }

        if (assessment.Status == AssessmentStatus.Completed)
        {
            foreach (var question in enabled.Where(q => q.Required && !effective.ContainsKey(q.LinkId) && !firstIndex.ContainsKey(q.LinkId)))
            {
                problems.Add(new ValidationProblem("missing-required-answer", $"question '{question.LinkId}'", "The question is required and enabled, so a completed assessment must answer it."));
            }

            if (assessment.Verdict is null)
            {
                problems.Add(new ValidationProblem("missing-verdict", "verdict", "A completed assessment states whether the process was goal-oriented (C4)."));
            }
        }

        return new ValidationResult(problems);
    }

    private static bool CheckValues(QuestionItem question, Answer answer, string path, List<ValidationProblem> problems)
    {
        var before = problems.Count;
        if (answer.Values.Count == 0)
        {
            problems.Add(new ValidationProblem("empty-answer", path, "An answer needs at least one value; leave the question out instead."));
        }

        if (answer.Values.Count > 1 && !question.AcceptsSeveralValues)
        {
            problems.Add(new ValidationProblem("too-many-values", path, "The question takes exactly one value."));
        }

        for (var v = 0; v < answer.Values.Count; v++)
        {
            var value = answer.Values[v];
            if (!question.AcceptsKind(value.Kind))
            {
                problems.Add(new ValidationProblem("wrong-kind", $"{path}.values[{v}]", $"The question takes {question.Kind} answers, not a {value.Kind} value."));
            }
            else if (!question.Accepts(value))
            {
                problems.Add(new ValidationProblem("option-outside-set", $"{path}.values[{v}]", "The value is not in the question's option set."));
            }
        }

        if (question.Kind == AnswerKind.MultipleChoice && answer.Values.Where((v, i) => answer.Values.Take(i).Any(v.Matches)).Any())
        {
            problems.Add(new ValidationProblem("duplicate-values", path, "A multiple-choice answer lists each code at most once."));
        }

        return problems.Count == before;
    }

    private List<QuestionItem> EffectiveAnswers(
        IReadOnlyDictionary<string, IReadOnlyList<AnswerValue>> answers,
        out Dictionary<string, IReadOnlyList<AnswerValue>> effective)
    {
        // Conditions read only earlier questions, so one pass in document order decides everything;
        // answers to disabled questions never enable anything.
        var given = new Dictionary<string, IReadOnlyList<AnswerValue>>(StringComparer.Ordinal);
        effective = given;
        var enabled = new List<QuestionItem>();
        foreach (var question in Questions)
        {
            if (!_conditions[question.LinkId].All(c => c.Evaluate(given)))
            {
                continue;
            }

            enabled.Add(question);
            if (answers.TryGetValue(question.LinkId, out var values))
            {
                given[question.LinkId] = values;
            }
        }

        return enabled;
    }
}
