namespace Vkb.Catalog;

/// <summary>What changed for one question when an assessment moved to another catalogue version.</summary>
public enum MigrationChangeKind
{
    /// <summary>The target has a question the source did not have.</summary>
    QuestionAdded,

    /// <summary>The source question is gone; its answer was dropped.</summary>
    QuestionRemoved,

    /// <summary>Text, help text, flags, options or condition changed; the answer still fits and was kept.</summary>
    QuestionChanged,

    /// <summary>The question still exists but the answer no longer fits (kind or options changed, or it is now disabled); the answer was dropped.</summary>
    AnswerDropped,
}

/// <summary>One reported change of a migration.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="LinkId">The question's link id.</param>
/// <param name="Detail">Which aspects changed (field names only, never answer values).</param>
public sealed record MigrationChange(MigrationChangeKind Kind, string LinkId, string Detail);

/// <summary>The migrated assessment and every change, or the reason migration was refused.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class MigrationResult
{
    internal MigrationResult(Assessment? migrated, IReadOnlyList<MigrationChange> changes, ValidationResult refusal)
    {
        Migrated = migrated;
        Changes = changes;
        Refusal = refusal;
    }

    /// <summary>Gets the assessment pinned to the target versions, or null when refused.</summary>
    public Assessment? Migrated { get; }

    /// <summary>Gets every change, in target question order then removed questions.</summary>
    public IReadOnlyList<MigrationChange> Changes { get; }

    /// <summary>Gets why migration was refused (empty when it succeeded).</summary>
    public ValidationResult Refusal { get; }

    /// <summary>Gets whether the migration was carried out.</summary>
    public bool Succeeded => Migrated is not null;
}

/// <summary>
/// Moves an in-progress assessment to another catalogue version — always explicitly, reporting what
/// changed. Completed assessments stay pinned to the versions they were made against.
/// </summary>
public static class CatalogMigration
{
    /// <summary>Migrates an in-progress assessment from <paramref name="source"/> to <paramref name="target"/>.</summary>
    /// <param name="assessment">The assessment; must pin exactly <paramref name="source"/>.</param>
    /// <param name="source">The versions the assessment pins now.</param>
    /// <param name="target">The versions to move to (usually the one in force).</param>
    /// <returns>The migrated assessment and the changes, or a refusal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MigrationResult Migrate(Assessment assessment, ResolvedCatalog source, ResolvedCatalog target)
    {
        Preconditions.CheckNotNull(assessment);
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(target);
        var refusals = new List<ValidationProblem>();
        if (assessment.Status != AssessmentStatus.InProgress)
        {
            refusals.Add(Problems.MigrationOfCompleted());
        }

        if (!assessment.Pins.SequenceEqual(source.Pins))
        {
            refusals.Add(Problems.PinMismatch("The assessment does not pin the given source versions."));
        }

        if (refusals.Count > 0)
        {
            return new MigrationResult(null, [], new ValidationResult(refusals));
        }

        var changes = new List<MigrationChange>();
        var kept = new List<Answer>();
        var answers = assessment.Answers.GroupBy(a => a.LinkId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var question in target.Questions)
        {
            var old = source.FindQuestion(question.LinkId);
            if (old is null)
            {
                changes.Add(new MigrationChange(MigrationChangeKind.QuestionAdded, question.LinkId, "new question"));
                continue;
            }

            var differences = Differences(old, question);
            var hasAnswer = answers.TryGetValue(question.LinkId, out var answer);
            if (hasAnswer && !Fits(question, answer!))
            {
                changes.Add(new MigrationChange(MigrationChangeKind.AnswerDropped, question.LinkId, "answer no longer fits: " + string.Join(", ", differences)));
            }
            else
            {
                if (hasAnswer)
                {
                    kept.Add(answer!);
                }

                if (differences.Count > 0)
                {
                    changes.Add(new MigrationChange(MigrationChangeKind.QuestionChanged, question.LinkId, string.Join(", ", differences)));
                }
            }
        }

        foreach (var question in source.Questions.Where(q => target.FindQuestion(q.LinkId) is null))
        {
            changes.Add(new MigrationChange(MigrationChangeKind.QuestionRemoved, question.LinkId, answers.ContainsKey(question.LinkId) ? "question removed; answer dropped" : "question removed"));
        }

        // Answers that the new conditions disable are dropped too, and reported.
        var values = kept.ToDictionary(a => a.LinkId, a => a.Values, StringComparer.Ordinal);
        var enabled = target.EnabledQuestions(values).Select(q => q.LinkId).ToHashSet(StringComparer.Ordinal);
        foreach (var answer in kept.Where(a => !enabled.Contains(a.LinkId)).ToList())
        {
            kept.Remove(answer);
            changes.Add(new MigrationChange(MigrationChangeKind.AnswerDropped, answer.LinkId, "question is disabled in the target version"));
        }

        return new MigrationResult(assessment.WithPinsAndAnswers(target.Pins, kept.AsReadOnly()), changes, ValidationResult.Valid);
    }

    private static List<string> Differences(QuestionItem old, QuestionItem now)
    {
        var result = new List<string>();
        AddIf(result, old.Text != now.Text, "text");
        AddIf(result, old.Kind != now.Kind, "kind");
        AddIf(result, old.Required != now.Required, "required");
        AddIf(result, old.Repeats != now.Repeats, "repeats");
        AddIf(result, old.HelpText != now.HelpText, "helpText");
        AddIf(result, !old.Options.SequenceEqual(now.Options), "options");
        AddIf(result, old.EnableWhen != now.EnableWhen, "enableWhen");
        return result;
    }

    private static void AddIf(List<string> list, bool condition, string name)
    {
        if (condition)
        {
            list.Add(name);
        }
    }

    private static bool Fits(QuestionItem question, Answer answer)
    {
        var kind = AnswerValue.ValueKindFor(question.Kind);
        return answer.Values.Count > 0 &&
               (answer.Values.Count == 1 || question.AcceptsSeveralValues) &&
               answer.Values.All(v => v.Kind == kind && (kind != AnswerValueKind.Code || question.Options.Any(o => o.Code == v.Code)));
    }
}
