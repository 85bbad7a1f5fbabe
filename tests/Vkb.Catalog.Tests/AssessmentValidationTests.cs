using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Vkb.Testing;

namespace Vkb.Catalog.Tests;

public class AssessmentValidationTests
{
    private static readonly ResolvedCatalog Example = ResolvedCatalog.Create(ExampleCatalogs.Placement);
    private static readonly LocalDate Day = new(2025, 4, 10);

    private static Assessment Make(IEnumerable<Answer> answers, ProcessVerdict? verdict = ProcessVerdict.GoalOriented, AssessmentStatus status = AssessmentStatus.Completed, IReadOnlyList<CatalogPin>? pins = null) =>
        Assessment.Create("PSN-1", AssessmentLevel.RegionalDirectorate, "NRW", Day, status, pins ?? Example.Pins, answers, verdict);

    private static List<Answer> CompleteAnswers() =>
    [
        Answer.OfVerdict("bedarfe-erkannt", Verdict.Yes),
        Answer.OfVerdict("bedarfe-dokumentiert", Verdict.Yes),
        Answer.OfVerdict("aufgegriffen-schluessig", Verdict.Yes),
        Answer.OfVerdict("aufgegriffen-konsequent", Verdict.Partly),
        Answer.OfVerdict("bedarfsgerecht-verfolgt", Verdict.Yes),
        Answer.OfVerdict("entscheidungen-aufbauend", Verdict.Yes),
        Answer.OfCodes("kontaktdichte", "angemessen"),
        Answer.OfCodes("fallmanagement", "nein"),
    ];

    [Fact]
    [Trait("Rule", "C4")]
    public void Validate_CompleteAssessment_IsValid() => Example.Validate(Make(CompleteAnswers())).IsValid.ShouldBeTrue();

    [Fact]
    [Trait("Rule", "C4")]
    public void Validate_DisabledRequiredQuestion_IsNeverRequired()
    {
        // nicht-verfolgte-handlungsfelder and the whole fm group are required but disabled here.
        Example.EnabledQuestions(Make(CompleteAnswers()).AnswersByLinkId()).Select(q => q.LinkId)
            .ShouldNotContain("nicht-verfolgte-handlungsfelder");
        Example.Validate(Make(CompleteAnswers())).Problems.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void Validate_EnabledRequiredQuestionMissing_IsReported()
    {
        var answers = CompleteAnswers();
        answers[4] = Answer.OfVerdict("bedarfsgerecht-verfolgt", Verdict.No);
        answers[7] = Answer.OfCodes("fallmanagement", "ja");

        var problems = Example.Validate(Make(answers)).Problems;

        problems.Select(p => p.Path).ShouldBe(["question 'nicht-verfolgte-handlungsfelder'", "question 'fm-zugang-dokumentiert'"]);
        problems.ShouldAllBe(p => p.Code == "missing-required-answer");
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void Validate_EveryKindOfBadAnswer_IsReportedTogether()
    {
        var answers = CompleteAnswers();
        answers[0] = Answer.OfCodes("bedarfe-erkannt", "ja");                                       // wrong kind
        answers[6] = Answer.OfCodes("kontaktdichte", "sehr-hoch");                                  // outside set
        answers.Add(Answer.OfCodes("nicht-verfolgte-handlungsfelder", "sprache"));                 // disabled
        answers.Add(Answer.OfVerdict("gibt-es-nicht", Verdict.Yes));                                 // unknown
        answers.Add(Answer.OfVerdict("bedarfe", Verdict.Yes));                                       // a group
        answers.Add(Answer.OfVerdict("bedarfe-dokumentiert", Verdict.No));                           // twice
        answers.Add(Answer.Create("anzahl-beratungen", AnswerValue.OfWholeNumber(1), AnswerValue.OfWholeNumber(2))); // one value only
        answers.Add(Answer.Create("letzter-kontakt"));                                               // empty

        var problems = Example.Validate(Make(answers, verdict: null)).Problems;

        problems.Select(p => p.Code).ShouldBe(
        [
            "wrong-kind", "option-outside-set", "unknown-link-id", "answer-to-non-question", "duplicate-answer",
            "too-many-values", "empty-answer", "answer-to-disabled-question", "missing-verdict",
        ], ignoreOrder: true);
        problems.Single(p => p.Code == "wrong-kind").Path.ShouldBe("answers[0] 'bedarfe-erkannt'.values[0]");
    }

    [Fact]
    public void Validate_Problems_NeverContainAnswerValues()
    {
        var answers = CompleteAnswers();
        answers.Add(Answer.Create("begruendung-entscheidungen", AnswerValue.OfText("Frau Müller, Kd.-Nr. 962D123456")));

        var problems = Example.Validate(Make(answers)).ToString();

        problems.ShouldContain("answer-to-disabled-question");
        problems.ShouldNotContain("Müller");
        problems.ShouldNotContain("962D123456");
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Validate_AssessmentAgainstRetiredVersion_IsRejectedWithAllProblems()
    {
        var builder = new CatalogBuilder("old", "placement", CatalogVersion.Create(0, 9)) { Title = "Old", Status = CatalogStatus.Retired, EffectiveFrom = new LocalDate(2017, 10, 20), EffectiveTo = new LocalDate(2019, 12, 31) };
        builder.Items.Question("a", "A?", AnswerKind.Verdict, q => q.Required());
        var retired = builder.Build().GetValueOrThrow();
        var registry = CatalogRegistry.Create([retired, ExampleCatalogs.Placement]).GetValueOrThrow();

        var result = registry.Validate(Make([], pins: [retired.Pin, new CatalogPin("nope", CatalogVersion.Create(1, 0))]));

        result.Problems.Select(p => p.Code).ShouldBe(["retired-version", "unknown-pin"]);
        result.Problems[0].Message.ShouldContain("retired");
    }

    [Fact]
    [Trait("Rule", "C3")]
    public void Validate_ExtensionPinnedForOtherRdOrDate_IsReported()
    {
        var registry = ExampleCatalogs.CreateRegistry();
        var pins = new[] { ExampleCatalogs.Placement.Pin, ExampleCatalogs.NrwExtension.Pin };
        var answers = CompleteAnswers();
        answers.Add(Answer.OfVerdict("NRW:arbeitgeber-eingebunden", Verdict.Yes));
        var assessment = Assessment.Create("PSN-2", AssessmentLevel.HeadOffice, "BY", new LocalDate(2024, 5, 1), AssessmentStatus.Completed, pins, answers, ProcessVerdict.NotGoalOriented);

        registry.Validate(assessment).Problems.Select(p => p.Code).ShouldBe(["pin-not-in-force", "extension-of-other-rd"]);
    }

    [Fact]
    [Trait("Rule", "C3")]
    public void Validate_RequiredExtensionQuestionUnanswered_IsMissing()
    {
        var resolved = ExampleCatalogs.CreateRegistry().Resolve(ExampleCatalogs.PlacementProcess, "NRW", Day).Catalog!;
        var assessment = Assessment.Create("PSN-3", AssessmentLevel.RegionalDirectorate, "NRW", Day, AssessmentStatus.Completed, resolved.Pins, CompleteAnswers(), ProcessVerdict.GoalOriented);

        resolved.Validate(assessment).Problems.Select(p => p.Path).ShouldBe(["question 'NRW:arbeitgeber-eingebunden'"]);
    }

    [Fact]
    public void Validate_InProgress_DoesNotRequireAnswersOrVerdict() =>
        Example.Validate(Make([Answer.OfVerdict("bedarfe-erkannt", Verdict.No)], verdict: null, status: AssessmentStatus.InProgress)).IsValid.ShouldBeTrue();

    [Fact]
    [Trait("Rule", "R1")]
    public void PublicApi_HasNoEmployeeFieldAnywhere()
    {
        var forbidden = new[] { "employee", "caseworker", "teamlead", "reviewer", "staff", "worker", "author", "assessor", "mitarbeiter" };
        var members = typeof(Catalog).Assembly.GetExportedTypes()
            .SelectMany(t => t.GetProperties().Select(p => $"{t.Name}.{p.Name}")
                .Concat(t.GetMethods().SelectMany(m => m.GetParameters()).Select(p => $"{t.Name}({p.Name})")))
            .ToList();

        members.ShouldNotBeEmpty();
        members.Where(m => forbidden.Any(f => m.Contains(f, StringComparison.OrdinalIgnoreCase))).ShouldBeEmpty();
        // The level enum names the organisational level, not a person.
        typeof(Assessment).GetProperties().Select(p => p.Name).ShouldBe(
            ["CaseReference", "Level", "RegionalDirectorate", "Date", "Status", "Pins", "Answers", "Verdict", "Strengths", "ImprovementPoints"], ignoreOrder: true);
    }

    [Property(MaxTest = 150)]
    [Trait("Rule", "C4")]
    public Property Validate_RandomAnswerSetsWithInjectedProblems_FindsExactlyThem() =>
        Prop.ForAll(RandomCatalogs.Seeds(), seed =>
        {
            var random = new Random(seed);
            var catalog = ResolvedCatalog.Create(RandomCatalogs.Catalog(random));
            var valid = RandomCatalogs.ValidAssessment(random, catalog);
            var referenced = catalog.Questions.Where(q => q.EnableWhen is not null).SelectMany(q => q.EnableWhen!.ReferencedLinkIds)
                .Concat(CatalogItemsOf(catalog.Base).Where(i => i.EnableWhen is not null).SelectMany(i => i.EnableWhen!.ReferencedLinkIds))
                .ToHashSet(StringComparer.Ordinal);
            var answers = valid.Answers.ToList();
            var expected = new List<string>();
            var enabled = catalog.EnabledQuestions(valid.AnswersByLinkId());

            if (random.Next(2) == 0)
            {
                answers.Add(Answer.OfVerdict("unknown-" + random.Next(100), Verdict.Yes));
                expected.Add("unknown-link-id");
            }

            var disabled = catalog.Questions.Except(enabled).ToList();
            if (disabled.Count > 0 && random.Next(2) == 0)
            {
                var q = disabled[random.Next(disabled.Count)];
                answers.Add(Answer.Create(q.LinkId, RandomCatalogs.ValidValue(random, q)));
                expected.Add("answer-to-disabled-question");
            }

            var free = answers.Select((a, i) => (a, i)).Where(x => catalog.FindQuestion(x.a.LinkId) is { } q && enabled.Contains(q) && !referenced.Contains(x.a.LinkId)).ToList();
            if (free.Count > 0 && random.Next(2) == 0)
            {
                var (answer, index) = free[random.Next(free.Count)];
                var question = catalog.FindQuestion(answer.LinkId)!;
                if (question.Options.Count > 0 && random.Next(2) == 0)
                {
                    answers[index] = Answer.OfCodes(answer.LinkId, "not-an-option");
                    expected.Add("option-outside-set");
                }
                else if (question.Required && random.Next(2) == 0)
                {
                    answers.RemoveAt(index);
                    expected.Add("missing-required-answer");
                }
                else
                {
                    answers[index] = Answer.Create(answer.LinkId, question.AcceptsKind(AnswerValueKind.Text) ? AnswerValue.OfWholeNumber(1) : AnswerValue.OfText("t"));
                    expected.Add("wrong-kind");
                }
            }

            var injected = Assessment.Create(valid.CaseReference, valid.Level, valid.RegionalDirectorate, valid.Date, valid.Status, valid.Pins, answers, valid.Verdict);
            var actual = catalog.Validate(injected).Problems.Select(p => p.Code).Order(StringComparer.Ordinal).ToList();
            return catalog.Validate(valid).IsValid && actual.SequenceEqual(expected.Order(StringComparer.Ordinal));
        });

    private static IEnumerable<CatalogItem> CatalogItemsOf(Catalog catalog)
    {
        var stack = new Stack<CatalogItem>(catalog.Items);
        while (stack.Count > 0)
        {
            var item = stack.Pop();
            yield return item;
            if (item is GroupItem g)
            {
                foreach (var child in g.Items)
                {
                    stack.Push(child);
                }
            }
        }
    }
}
