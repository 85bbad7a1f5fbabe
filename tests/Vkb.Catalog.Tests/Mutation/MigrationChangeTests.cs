using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Migrating an in-progress assessment to the version in force (C1): every answer that still fits is kept, every
/// other one is dropped and reported with the property that changed (kind, repeats, help text, options), and a
/// removed question says whether an answer went with it. Session 5's Stryker run left CatalogMigration.cs at 72.97 %.
/// </summary>
public class MigrationChangeTests
{
    private static ResolvedCatalog Make(int minor, Action<ItemListBuilder> items) => CatalogMigrationTests.Make(minor, items);

    [Fact]
    [Trait("Rule", "C1")]
    public void Migrate_EachKindOfChange_IsReportedAndOnlyFittingAnswersAreKept()
    {
        var source = Make(0, i => i
            .Question("kind", "K?", AnswerKind.Verdict)
            .Question("rep", "R?", AnswerKind.Text)
            .Question("help", "H?", AnswerKind.Text, q => q.HelpText("Alt"))
            .Question("multi", "M?", AnswerKind.MultipleChoice, q => q.Option("x", "X").Option("y", "Y"))
            .Question("narrow", "N?", AnswerKind.MultipleChoice, q => q.Option("x", "X").Option("y", "Y"))
            .Question("empty", "E?", AnswerKind.MultipleChoice, q => q.Option("x", "X"))
            .Question("two", "T?", AnswerKind.Text)
            .Question("same", "S?", AnswerKind.Text)
            .Question("gone", "G?", AnswerKind.Text)
            .Question("unanswered", "U?", AnswerKind.Text));
        var target = Make(1, i => i
            .Question("kind", "K, reworded?", AnswerKind.Text)
            .Question("rep", "R?", AnswerKind.Text, q => q.Repeats())
            .Question("help", "H?", AnswerKind.Text, q => q.HelpText("Neu"))
            .Question("multi", "M?", AnswerKind.MultipleChoice, q => q.Option("x", "X").Option("y", "Y"))
            .Question("narrow", "N?", AnswerKind.MultipleChoice, q => q.Option("x", "X"))
            .Question("empty", "E?", AnswerKind.MultipleChoice, q => q.Option("x", "X"))
            .Question("two", "T?", AnswerKind.Text)
            .Question("same", "S?", AnswerKind.Text));
        var assessment = Assessment.Create("PSN-1", AssessmentLevel.TeamLead, "NRW", new LocalDate(2025, 2, 1), AssessmentStatus.InProgress, source.Pins,
        [
            Answer.OfVerdict("kind", Verdict.Yes), Answer.Create("rep", AnswerValue.OfText("r")), Answer.Create("help", AnswerValue.OfText("h")),
            Answer.OfCodes("multi", "x"), Answer.OfCodes("narrow", "x", "y"), Answer.Create("empty"),
            Answer.Create("two", AnswerValue.OfText("1"), AnswerValue.OfText("2")), Answer.Create("same", AnswerValue.OfText("s")), Answer.Create("gone", AnswerValue.OfText("g")),
        ], null);

        var result = CatalogMigration.Migrate(assessment, source, target);

        result.Changes.Select(c => $"{c.Kind} {c.LinkId}: {c.Detail}").ShouldBe(
        [
            "AnswerDropped kind: answer no longer fits: text, kind",
            "QuestionChanged rep: repeats",
            "QuestionChanged help: helpText",
            "AnswerDropped narrow: answer no longer fits: options",
            "AnswerDropped empty: answer no longer fits: ",
            "AnswerDropped two: answer no longer fits: ",
            "QuestionRemoved gone: question removed; answer dropped",
            "QuestionRemoved unanswered: question removed",
        ]);
        result.Migrated!.Answers.Select(a => a.LinkId).ShouldBe(["rep", "help", "multi", "same"]);
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Migrate_AssessmentOfOtherPinsOrNull_IsRefused()
    {
        var source = Make(0, i => i.Question("a", "A?", AnswerKind.Verdict));
        var other = Make(2, i => i.Question("a", "A?", AnswerKind.Verdict));
        var assessment = Assessment.Create("PSN-1", AssessmentLevel.TeamLead, "NRW", new LocalDate(2025, 2, 1), AssessmentStatus.InProgress, other.Pins, [], null);

        var result = CatalogMigration.Migrate(assessment, source, source);

        result.Succeeded.ShouldBeFalse();
        result.Refusal.Problems.Select(p => $"{p.Code}: {p.Message}").ShouldBe(["pin-mismatch: The assessment does not pin the given source versions."]);
        Should.Throw<ArgumentNullException>(() => CatalogMigration.Migrate(null!, source, source)).ParamName.ShouldBe("assessment");
        Should.Throw<ArgumentNullException>(() => CatalogMigration.Migrate(assessment, null!, source)).ParamName.ShouldBe("source");
        Should.Throw<ArgumentNullException>(() => CatalogMigration.Migrate(assessment, source, null!)).ParamName.ShouldBe("target");
    }
}
