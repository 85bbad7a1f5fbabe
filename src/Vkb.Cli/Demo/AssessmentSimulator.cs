using NodaTime;
using Vkb.Catalog;

namespace Vkb.Cli.Demo;

/// <summary>
/// Simulated assessments from a stated model, not fixed answers. Each case has a latent quality
/// q in [0, 1]. A reviewer of level L sees q + b_L + σ_L·ε_case,L, and answers each question with a
/// further per-question noise σ_Q·ε_case,L,question: "ja" from 0.62, "teilweise" from 0.38, "nein"
/// below, "nicht beurteilbar" with 3 %. The overall verdict is goal-oriented when the level's view of
/// the case reaches 0.45. The ε are standard normal, drawn reproducibly from the run's seed.
/// </summary>
internal sealed class AssessmentSimulator
{
    private const double QuestionNoise = 0.12;
    private const double NotAssessableShare = 0.03;
    private const double OptionalAnswerShare = 0.85;

    private static readonly string[] Themes =
        ["bedarfserkennung", "integrationsstrategie", "kontaktdichte", "anschlussentscheidungen", "dokumentation"];

    private readonly DeterministicUniform _random;
    private readonly Dictionary<(CatalogRegistry, string, string, LocalDate), ResolvedCatalog?> _resolved = [];

    public AssessmentSimulator(DeterministicUniform random) => _random = random;

    /// <summary>Reviewer noise σ_L and bias b_L per level.</summary>
    public static IReadOnlyDictionary<AssessmentLevel, (double Noise, double Bias)> Levels { get; } =
        new Dictionary<AssessmentLevel, (double, double)>
        {
            [AssessmentLevel.TeamLead] = (0.10, +0.06),
            [AssessmentLevel.RegionalDirectorate] = (0.14, 0.0),
            [AssessmentLevel.HeadOffice] = (0.12, -0.03),
        };

    /// <summary>The model in one German sentence, for the report.</summary>
    public static string Description =>
        "Jeder Fall hat eine latente Qualität q (gleichverteilt 0–1). Eine Ebene L sieht q + b_L + σ_L·ε und beantwortet jede Frage mit " +
        $"zusätzlichem Rauschen σ_Q = {QuestionNoise:0.00}: „ja“ ab 0,62, „teilweise“ ab 0,38, sonst „nein“; {NotAssessableShare:P0} „nicht beurteilbar“. " +
        "Gesamturteil „zielführend“ ab 0,45. Teamleitung σ = 0,10, b = +0,06; RD σ = 0,14, b = 0; Zentrale σ = 0,12, b = −0,03.";

    /// <summary>The latent quality of a case.</summary>
    public double Quality(string caseKey) => _random.Uniform("quality", caseKey);

    /// <summary>The overall verdict a level reaches on a case.</summary>
    public ProcessVerdict VerdictOf(string caseKey, AssessmentLevel level) =>
        View(caseKey, level) >= 0.45 ? ProcessVerdict.GoalOriented : ProcessVerdict.NotGoalOriented;

    /// <summary>Whether a catalogue of <paramref name="customerProcess"/> is in force for the RD on the date, so that a case of that process can be assessed (C1, C2).</summary>
    public bool CanAssess(CatalogRegistry catalogs, string customerProcess, string regionalDirectorate, LocalDate date) =>
        CatalogFor(catalogs, customerProcess, regionalDirectorate, date) is not null;

    /// <summary>
    /// Simulates one completed assessment of a case of <paramref name="customerProcess"/> with the
    /// catalogue of that process in force for the RD on the date (C2: a case is assessed with the
    /// catalogue of its own process; employment-oriented case management is part of placement).
    /// </summary>
    /// <exception cref="CliException">No catalogue of the process is in force for the RD on the date.</exception>
    public Assessment Simulate(CatalogRegistry catalogs, string customerProcess, string caseReference, string caseKey, AssessmentLevel level, string regionalDirectorate, LocalDate date) =>
        Simulate(
            CatalogFor(catalogs, customerProcess, regionalDirectorate, date)
                ?? throw new CliException($"No catalogue of the customer process '{customerProcess}' is in force for RD {regionalDirectorate} on {date:uuuu-MM-dd}.", ExitCodes.Failure),
            caseReference,
            caseKey,
            level,
            regionalDirectorate,
            date);

    /// <summary>Simulates one completed assessment of a case against a resolved catalogue.</summary>
    public Assessment Simulate(ResolvedCatalog catalog, string caseReference, string caseKey, AssessmentLevel level, string regionalDirectorate, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var view = View(caseKey, level);
        var answers = new List<Answer>();
        var values = new Dictionary<string, IReadOnlyList<AnswerValue>>(StringComparer.Ordinal);

        // Conditions refer to earlier answers only, so one pass in catalogue order settles every question.
        foreach (var question in catalog.Questions)
        {
            if (!catalog.IsEnabled(question.LinkId, values))
            {
                continue;
            }

            var labels = new[] { caseKey, level.ToString(), question.LinkId };
            if (!question.Required && _random.Uniform([.. labels, "skip"]) > OptionalAnswerShare)
            {
                continue;
            }

            var answer = AnswerFor(question, view + (QuestionNoise * _random.Normal(labels)), labels, date);
            if (answer is not null)
            {
                answers.Add(answer);
                values[answer.LinkId] = answer.Values;
            }
        }

        var verdict = view >= 0.45 ? ProcessVerdict.GoalOriented : ProcessVerdict.NotGoalOriented;
        var strengths = new List<AssessmentRemark>();
        var improvements = new List<AssessmentRemark>();
        var theme = Themes[(int)(_random.Uniform(caseKey, level.ToString(), "theme") * Themes.Length)];
        if (view >= 0.55)
        {
            strengths.Add(AssessmentRemark.Create(theme, "Nachvollziehbar und konsequent umgesetzt."));
        }

        if (view < 0.6)
        {
            improvements.Add(AssessmentRemark.Create(theme, "Anschluss an den festgestellten Bedarf früher herstellen."));
        }

        return Assessment.Create(caseReference, level, regionalDirectorate, date, AssessmentStatus.Completed, catalog.Pins, answers, verdict, strengths, improvements);
    }

    private ResolvedCatalog? CatalogFor(CatalogRegistry catalogs, string customerProcess, string regionalDirectorate, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(catalogs);
        ArgumentNullException.ThrowIfNull(customerProcess);
        var key = (catalogs, customerProcess, regionalDirectorate, date);
        if (!_resolved.TryGetValue(key, out var resolved))
        {
            _resolved[key] = resolved = catalogs.Resolve(customerProcess, regionalDirectorate, date).Catalog;
        }

        return resolved;
    }

    private double View(string caseKey, AssessmentLevel level)
    {
        var (noise, bias) = Levels[level];
        return Quality(caseKey) + bias + (noise * _random.Normal(caseKey, level.ToString(), "view"));
    }

    private Answer? AnswerFor(QuestionItem question, double score, string[] labels, LocalDate date)
    {
        switch (question.Kind)
        {
            case AnswerKind.Verdict:
                var verdict = _random.Uniform([.. labels, "na"]) < NotAssessableShare ? Verdict.NotAssessable
                    : score >= 0.62 ? Verdict.Yes
                    : score >= 0.38 ? Verdict.Partly
                    : Verdict.No;
                return Answer.OfVerdict(question.LinkId, verdict);
            case AnswerKind.SingleChoice when question.Options.Count > 0:
                // Options are listed from the most to the least favourable.
                var index = Math.Clamp((int)((1 - Math.Clamp(score, 0, 0.999)) * question.Options.Count), 0, question.Options.Count - 1);
                return Answer.OfCodes(question.LinkId, question.Options[index].Code);
            case AnswerKind.MultipleChoice when question.Options.Count > 0:
                var chosen = question.Options.Where(o => _random.Uniform([.. labels, o.Code]) < 0.35).Select(o => o.Code).ToList();
                return Answer.OfCodes(question.LinkId, chosen.Count > 0 ? chosen : [question.Options[0].Code]);
            case AnswerKind.Text:
                return Answer.Create(question.LinkId, AnswerValue.OfText(score >= 0.5 ? "Verlauf schlüssig." : "Bedarf nicht durchgängig aufgegriffen."));
            case AnswerKind.Date:
                return Answer.Create(question.LinkId, AnswerValue.OfDate(date));
            case AnswerKind.WholeNumber:
                return Answer.Create(question.LinkId, AnswerValue.OfWholeNumber((long)Math.Round(Math.Clamp(score, 0, 1) * 5)));
            default:
                return null;
        }
    }
}
