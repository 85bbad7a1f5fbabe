using NodaTime;

namespace Vkb.Catalog.Tests;

public class CatalogMigrationTests
{
    /// <summary>A resolved catalogue "cat" 1.<paramref name="minor"/> with the given items (shared with MigrationChangeTests).</summary>
    internal static ResolvedCatalog Make(int minor, Action<ItemListBuilder> items)
    {
        var builder = new CatalogBuilder("cat", "placement", CatalogVersion.Create(1, minor)) { Title = "T", Status = CatalogStatus.Active, EffectiveFrom = new LocalDate(2025, 1, 1) };
        items(builder.Items);
        return ResolvedCatalog.Create(builder.Build().GetValueOrThrow());
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Migrate_InProgressAssessment_ReportsEveryChangeAndKeepsFittingAnswers()
    {
        var source = Make(0, i => i
            .Question("a", "A?", AnswerKind.Verdict)
            .Question("b", "B?", AnswerKind.SingleChoice, q => q.Option("x", "X").Option("y", "Y"))
            .Question("c", "C?", AnswerKind.Text)
            .Question("d", "D?", AnswerKind.Verdict));
        var target = Make(1, i => i
            .Question("a", "A, reworded?", AnswerKind.Verdict, q => q.Required())
            .Question("b", "B?", AnswerKind.SingleChoice, q => q.Option("x", "X"))
            .Question("d", "D?", AnswerKind.Verdict, q => q.EnableWhen(EnableCondition.VerdictIs("a", Verdict.No)))
            .Question("e", "E?", AnswerKind.Date));
        var assessment = Assessment.Create("PSN-1", AssessmentLevel.TeamLead, "NRW", new LocalDate(2025, 2, 1), AssessmentStatus.InProgress, source.Pins,
            [Answer.OfVerdict("a", Verdict.Yes), Answer.OfCodes("b", "y"), Answer.Create("c", AnswerValue.OfText("t")), Answer.OfVerdict("d", Verdict.No)], null);

        var result = CatalogMigration.Migrate(assessment, source, target);

        result.Succeeded.ShouldBeTrue();
        result.Migrated!.Pins.ShouldBe(target.Pins);
        result.Migrated.Answers.Select(a => a.LinkId).ShouldBe(["a"]);
        result.Changes.Select(c => $"{c.Kind} {c.LinkId}: {c.Detail}").ShouldBe(
        [
            "QuestionChanged a: text, required",
            "AnswerDropped b: answer no longer fits: options",
            "QuestionChanged d: enableWhen",
            "QuestionAdded e: new question",
            "QuestionRemoved c: question removed; answer dropped",
            "AnswerDropped d: question is disabled in the target version",
        ]);
        target.Validate(result.Migrated).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Migrate_CompletedAssessment_IsRefused()
    {
        var source = Make(0, i => i.Question("a", "A?", AnswerKind.Verdict));
        var assessment = Assessment.Create("PSN-1", AssessmentLevel.TeamLead, "NRW", new LocalDate(2025, 2, 1), AssessmentStatus.Completed, source.Pins, [], ProcessVerdict.GoalOriented);

        var result = CatalogMigration.Migrate(assessment, source, source);

        result.Succeeded.ShouldBeFalse();
        result.Refusal.Problems.Single().Code.ShouldBe("migration-of-completed");
    }
}
