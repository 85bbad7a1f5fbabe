using NodaTime;

namespace Vkb.Catalog;

/// <summary>
/// The one builder both assessment readers (VKB JSON and FHIR QuestionnaireResponse) feed: they
/// decode their format, this checks the assessment's own rules once, with one set of messages.
/// </summary>
internal sealed class AssessmentDraft(AssessmentDraft.Paths paths)
{
    public string? CaseReference { get; set; }

    public string? LevelCode { get; set; }

    public string? RegionalDirectorate { get; set; }

    public LocalDate? Date { get; set; }

    /// <summary>Whether the reader already reported the date (malformed), so no second problem follows.</summary>
    public bool DateReported { get; set; }

    public AssessmentStatus? Status { get; set; }

    public string? VerdictCode { get; set; }

    public int PinCount { get; set; }

    public List<CatalogPin> Pins { get; } = [];

    public List<Answer> Answers { get; } = [];

    public List<AssessmentRemark> Strengths { get; } = [];

    public List<AssessmentRemark> ImprovementPoints { get; } = [];

    public static ProcessVerdict? ParseVerdict(string? code) =>
        code switch { "goalOriented" => ProcessVerdict.GoalOriented, "notGoalOriented" => ProcessVerdict.NotGoalOriented, _ => null };

    public static string VerdictCodeOf(ProcessVerdict verdict) => verdict == ProcessVerdict.GoalOriented ? "goalOriented" : "notGoalOriented";

    /// <summary>Checks the draft; <paramref name="problems"/> already holds the reader's own (format) problems for this assessment.</summary>
    public BuildResult<Assessment> Build(List<ValidationProblem> problems, int before)
    {
        if (!Assessment.IsValidCaseReference(CaseReference))
        {
            problems.Add(Problems.InvalidCaseReference(paths.CaseReference, paths.CaseReferenceHow));
        }

        var level = CatalogJson.ParseLevel(LevelCode);
        if (level is null)
        {
            problems.Add(Problems.InvalidLevel(paths.Level));
        }

        if (!Assessment.IsValidRegionalDirectorate(RegionalDirectorate))
        {
            problems.Add(Problems.InvalidRegionalDirectorate(paths.RegionalDirectorate));
        }

        if (Date is null && !DateReported)
        {
            problems.Add(Problems.MissingDate(paths.Date));
        }

        if (Status is null)
        {
            problems.Add(Problems.InvalidStatus(paths.Status, paths.StatusCodes));
        }

        var verdict = ParseVerdict(VerdictCode);
        if (VerdictCode is not null && verdict is null)
        {
            problems.Add(Problems.InvalidVerdict(paths.Verdict));
        }

        if (PinCount == 0)
        {
            problems.Add(Problems.NoPins(paths.Pins));
        }

        return Problems.HasErrors(problems.Skip(before))
            ? BuildResult.Failed<Assessment>(problems.Skip(before))
            : BuildResult.Of(Assessment.Create(CaseReference!, level!.Value, RegionalDirectorate!, Date!.Value, Status!.Value, Pins, Answers, verdict, Strengths, ImprovementPoints));
    }

    /// <summary>Where each field is in the source format, for problems.</summary>
    internal sealed record Paths(string CaseReference, string CaseReferenceHow, string Level, string RegionalDirectorate, string Date, string Status, string StatusCodes, string Verdict, string Pins)
    {
        public static Paths Json(string prefix) => new(
            prefix + "caseReference", string.Empty, prefix + "level", prefix + "regionalDirectorate", prefix + "date", prefix + "status", "inProgress or completed", prefix + "verdict", prefix + "pins");

        public static readonly Paths Fhir = new(
            "QuestionnaireResponse.identifier", " as identifier of system 'urn:vkb:case-reference'", "QuestionnaireResponse.extension", "QuestionnaireResponse.extension",
            "QuestionnaireResponse.authored", "QuestionnaireResponse.status", "in-progress or completed", "QuestionnaireResponse.extension", "QuestionnaireResponse.questionnaire");
    }
}
