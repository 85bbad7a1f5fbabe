namespace Vkb.Catalog;

/// <summary>Agreement of two levels over paired categorical judgements: percent agreement and Cohen's kappa.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AgreementStatistics
{
    private AgreementStatistics(int pairs, int agreements, double observed, double expected)
    {
        Pairs = pairs;
        Agreements = agreements;
        ObservedAgreement = observed;
        ExpectedAgreement = expected;
        Kappa = pairs == 0 || expected >= 1.0 ? null : (observed - expected) / (1.0 - expected);
    }

    /// <summary>Gets the number of pairs (cases judged at both levels).</summary>
    public int Pairs { get; }

    /// <summary>Gets the number of pairs with the same judgement.</summary>
    public int Agreements { get; }

    /// <summary>Gets p<sub>o</sub>, the share of pairs that agree (0 to 1; 0 when there are no pairs).</summary>
    public double ObservedAgreement { get; }

    /// <summary>Gets the percent agreement, 100 · p<sub>o</sub>.</summary>
    public double PercentAgreement => 100.0 * ObservedAgreement;

    /// <summary>Gets p<sub>e</sub>, the agreement expected by chance from both levels' marginal distributions.</summary>
    public double ExpectedAgreement { get; }

    /// <summary>Gets Cohen's kappa (p<sub>o</sub> − p<sub>e</sub>) / (1 − p<sub>e</sub>), or null when undefined (no pairs, or p<sub>e</sub> = 1).</summary>
    public double? Kappa { get; }

    /// <summary>Computes the statistics of paired category codes (Cohen 1960).</summary>
    /// <param name="pairs">One (first level, second level) pair per case.</param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> or a code is null.</exception>
    public static AgreementStatistics Compute(IEnumerable<(string First, string Second)> pairs)
    {
        var list = Preconditions.CheckNotNull(pairs).ToList();
        Preconditions.CheckArgument(list.TrueForAll(p => p.First is not null && p.Second is not null), "Category codes must not be null.", nameof(pairs));
        if (list.Count == 0)
        {
            return new AgreementStatistics(0, 0, 0, 0);
        }

        double n = list.Count;
        var agreements = list.Count(p => p.First == p.Second);
        var first = list.GroupBy(p => p.First, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var second = list.GroupBy(p => p.Second, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var expected = first.Sum(f => f.Value / n * (second.GetValueOrDefault(f.Key) / n));
        return new AgreementStatistics(list.Count, agreements, agreements / n, expected);
    }

    /// <summary>Returns pairs, percent agreement and kappa.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"n={Pairs}, agreement={PercentAgreement:0.0}%, kappa={(Kappa is { } k ? k.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture) : "n/a")}");
}

/// <summary>Agreement between two levels on one question.</summary>
/// <param name="LinkId">The question's link id.</param>
/// <param name="Text">The question's text.</param>
/// <param name="Statistics">The agreement statistics.</param>
public sealed record QuestionAgreement(string LinkId, string Text, AgreementStatistics Statistics);

/// <summary>The calibration of two levels on the cases both assessed.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CalibrationReport
{
    internal CalibrationReport(AssessmentLevel first, AssessmentLevel second, int pairedCases, AgreementStatistics verdict, IReadOnlyList<QuestionAgreement> questions)
    {
        First = first;
        Second = second;
        PairedCases = pairedCases;
        Verdict = verdict;
        Questions = questions;
    }

    /// <summary>Gets the first level.</summary>
    public AssessmentLevel First { get; }

    /// <summary>Gets the second level.</summary>
    public AssessmentLevel Second { get; }

    /// <summary>Gets the number of cases assessed (completed) at both levels.</summary>
    public int PairedCases { get; }

    /// <summary>Gets the agreement on the overall verdict goal-oriented / not goal-oriented.</summary>
    public AgreementStatistics Verdict { get; }

    /// <summary>Gets the agreement per verdict or choice question answered at both levels, in catalogue order.</summary>
    public IReadOnlyList<QuestionAgreement> Questions { get; }

    /// <summary>
    /// Returns the questions with the widest disagreement: lowest percent agreement first, then lowest
    /// kappa, then link id. Questions with fewer than <paramref name="minimumPairs"/> pairs are left out.
    /// </summary>
    /// <param name="count">How many to return.</param>
    /// <param name="minimumPairs">The minimum number of pairs for a question to be considered.</param>
    /// <returns>The questions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public IReadOnlyList<QuestionAgreement> WidestDisagreement(int count, int minimumPairs = 1)
    {
        Preconditions.CheckArgumentRange(count >= 0 && minimumPairs >= 0, "Counts must not be negative.");
        return Questions.Where(q => q.Statistics.Pairs >= Math.Max(1, minimumPairs))
            .OrderBy(q => q.Statistics.ObservedAgreement)
            .ThenBy(q => q.Statistics.Kappa ?? double.MaxValue)
            .ThenBy(q => q.LinkId, StringComparer.Ordinal)
            .Take(count).ToList();
    }
}

/// <summary>
/// Cross-level calibration (Maßstabsbildung, Weisung 202111005 §2.3): for cases assessed at two levels,
/// per question percent agreement and Cohen's kappa, and the questions with the widest disagreement.
/// Multiple-choice answers count as one category per distinct set of codes.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class Calibration
{
    /// <summary>Compares two levels on the completed assessments of cases both assessed.</summary>
    /// <param name="assessments">Assessments of any levels; per case and level the latest completed one counts.</param>
    /// <param name="first">The first level, e.g. <see cref="AssessmentLevel.RegionalDirectorate"/>.</param>
    /// <param name="second">The second level, e.g. <see cref="AssessmentLevel.HeadOffice"/>.</param>
    /// <param name="registry">Where the questions are looked up (questions of the first level's pinned catalogue).</param>
    /// <returns>The calibration report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Both levels are the same.</exception>
    public static CalibrationReport Compare(IEnumerable<Assessment> assessments, AssessmentLevel first, AssessmentLevel second, CatalogRegistry registry)
    {
        Preconditions.CheckNotNull(assessments);
        Preconditions.CheckNotNull(registry);
        Preconditions.CheckArgument(first != second, "Calibration compares two different levels.", nameof(second));
        var completed = assessments.Where(a => a.Status == AssessmentStatus.Completed).ToList();
        Dictionary<string, Assessment> Latest(AssessmentLevel level) => completed.Where(a => a.Level == level)
            .GroupBy(a => a.CaseReference, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Date).Last(), StringComparer.Ordinal);
        var a = Latest(first);
        var b = Latest(second);
        var pairs = a.Keys.Where(b.ContainsKey).Order(StringComparer.Ordinal).Select(k => (First: a[k], Second: b[k])).ToList();

        var verdict = AgreementStatistics.Compute(pairs.Where(p => p.First.Verdict is not null && p.Second.Verdict is not null)
            .Select(p => (p.First.Verdict!.Value.ToString(), p.Second.Verdict!.Value.ToString())));

        var questions = pairs.Select(p => registry.ResolvePinned(p.First.Pins).Value).Where(c => c is not null)
            .SelectMany(c => c!.Questions)
            .Where(q => q.Kind is AnswerKind.Verdict or AnswerKind.SingleChoice or AnswerKind.MultipleChoice)
            .DistinctBy(q => q.LinkId).ToList();
        var result = new List<QuestionAgreement>();
        foreach (var question in questions)
        {
            var judged = pairs.Select(p => (First: Category(p.First, question.LinkId), Second: Category(p.Second, question.LinkId)))
                .Where(p => p.First is not null && p.Second is not null)
                .Select(p => (p.First!, p.Second!));
            result.Add(new QuestionAgreement(question.LinkId, question.Text, AgreementStatistics.Compute(judged)));
        }

        return new CalibrationReport(first, second, pairs.Count, verdict, result);
    }

    private static string? Category(Assessment assessment, string linkId)
    {
        var answer = assessment.Answers.FirstOrDefault(x => x.LinkId == linkId);
        return answer is null || answer.Values.Count == 0 ? null : string.Join("+", answer.Values.Select(v => v.ToString()).Distinct().Order(StringComparer.Ordinal));
    }
}
