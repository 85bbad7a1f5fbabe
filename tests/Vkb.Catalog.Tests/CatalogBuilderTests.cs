using NodaTime;

namespace Vkb.Catalog.Tests;

public class CatalogBuilderTests
{
    private static CatalogBuilder NewBuilder() => new("cat", "placement", CatalogVersion.Create(1, 0))
    {
        Title = "T",
        Status = CatalogStatus.Active,
        EffectiveFrom = new LocalDate(2025, 1, 1),
    };

    [Fact]
    [Trait("Rule", "C1")]
    public void Build_ValidCatalog_HasQuestionsInDocumentOrder()
    {
        var builder = NewBuilder();
        builder.Items
            .Question("a", "A?", AnswerKind.Verdict, q => q.Required())
            .Group("g", "G", g => g.Question("b", "B?", AnswerKind.SingleChoice, q => q.Option("x", "X").EnableWhen(EnableCondition.VerdictIs("a", Verdict.No))))
            .Question("c", "C?", AnswerKind.Text, q => q.Repeats());

        var catalog = builder.Build().GetValueOrThrow();

        catalog.Questions.Select(q => q.LinkId).ShouldBe(["a", "b", "c"]);
        catalog.FindItem("g").ShouldBeOfType<GroupItem>();
        catalog.IsInForceOn(new LocalDate(2025, 6, 1)).ShouldBeTrue();
        catalog.IsInForceOn(new LocalDate(2024, 12, 31)).ShouldBeFalse();
    }

    [Fact]
    public void Build_ManyProblems_ReportsEveryOneAtOnce()
    {
        var builder = new CatalogBuilder("", "placement", CatalogVersion.Create(1, 0)) { EffectiveFrom = new LocalDate(2025, 1, 1), EffectiveTo = new LocalDate(2024, 1, 1) };
        builder.Items
            .Question("a", "A?", AnswerKind.Verdict, q => q.EnableWhen(EnableCondition.Answered("c")))
            .Question("a", "A again?", AnswerKind.Verdict)
            .Question("b", "B?", AnswerKind.SingleChoice, q => q.EnableWhen(EnableCondition.Answered("nowhere")))
            .Question("c", "", AnswerKind.MultipleChoice, q => q.Option("x", "X").Option("x", "Y").EnableWhen(EnableCondition.Answered("c")))
            .Question("d", "D?", AnswerKind.Verdict, q => q.Option("y", "Y").Repeats())
            .Group("g", "Empty", _ => { })
            .Question("e", "E?", AnswerKind.Verdict, q => q.EnableWhen(EnableCondition.All(EnableCondition.AnswerIs("a", AnswerValue.OfCode("x")), EnableCondition.Answered("g"))))
            .Question("f", "F?", AnswerKind.Text, q => q.EnableWhen(EnableCondition.AnswerIs("c", AnswerValue.OfCode("zz"))))
            .Question(" bad id", "?", AnswerKind.Text);

        var result = builder.Build();

        result.IsValid.ShouldBeFalse();
        result.Problems.Select(p => p.Code).OrderBy(c => c, StringComparer.Ordinal).ShouldBe(new[]
        {
            "condition-not-earlier",        // a reads later c
            "condition-not-earlier",        // c reads itself
            "condition-not-on-question",    // e reads group g
            "condition-option-outside-set", // f compares c with zz
            "condition-unknown-question",    // b reads nowhere
            "condition-wrong-kind",         // e compares verdict a with a code
            "duplicate-link-id",
            "duplicate-option-code",
            "effective-end-before-start",
            "empty-group",
            "empty-option-set",
            "invalid-id",
            "invalid-link-id",
            "missing-title",
            "options-not-allowed",
            "repeats-not-allowed",
        }.OrderBy(c => c, StringComparer.Ordinal), ignoreOrder: false);
        result.Problems.ShouldContain(p => p.Code == "duplicate-link-id" && p.Path == "items[1] 'a'");
        result.Warnings.Select(p => p.Code).ShouldBe(["missing-text"]);
    }

    [Fact]
    public void Build_NoQuestions_IsReported()
    {
        var builder = NewBuilder();
        builder.Items.Display("d", "Only text");
        builder.Build().Problems.Select(p => p.Code).ShouldBe(["no-questions"]);
    }

    [Fact]
    public void GetValueOrThrow_Invalid_ListsEveryProblemByPath()
    {
        var builder = NewBuilder();
        builder.Items.Question("a", "A", AnswerKind.SingleChoice).Question("a", "A", AnswerKind.Verdict);
        var ex = Should.Throw<InvalidOperationException>(() => builder.Build().GetValueOrThrow());
        ex.Message.ShouldContain("empty-option-set at items[0] 'a'.options");
        ex.Message.ShouldContain("duplicate-link-id at items[1] 'a'");
    }

    [Fact]
    public void EnableCondition_AllAnyNot_EvaluateOverAnswers()
    {
        var answers = new Dictionary<string, IReadOnlyList<AnswerValue>>
        {
            ["a"] = [AnswerValue.OfVerdict(Verdict.No)],
            ["m"] = [AnswerValue.OfCode("x"), AnswerValue.OfCode("y")],
        };
        EnableCondition.VerdictIs("a", Verdict.No).IsSatisfied(answers).ShouldBeTrue();
        EnableCondition.AnswerIs("m", AnswerValue.OfCode("y")).IsSatisfied(answers).ShouldBeTrue();
        EnableCondition.All(EnableCondition.Answered("a"), EnableCondition.Answered("b")).IsSatisfied(answers).ShouldBeFalse();
        EnableCondition.Any(EnableCondition.Answered("a"), EnableCondition.Answered("b")).IsSatisfied(answers).ShouldBeTrue();
        EnableCondition.Not(EnableCondition.Answered("b")).IsSatisfied(answers).ShouldBeTrue();
        EnableCondition.Not(EnableCondition.All(EnableCondition.Answered("a"))).ToString().ShouldBe("not(all(answered(a)))");
    }

    [Fact]
    public void CatalogVersion_ParseAndOrder_Work()
    {
        CatalogVersion.Parse("2025.10").ShouldBeGreaterThan(CatalogVersion.Parse("2025.9"));
        CatalogVersion.Parse("2.1.0").ShouldBeGreaterThan(CatalogVersion.Parse("2.1"));
        CatalogVersion.Parse("2.10.0").ShouldBeGreaterThan(CatalogVersion.Parse("2.9.1"));
        CatalogVersion.Parse("v7").ShouldBeGreaterThan(CatalogVersion.Parse("99.0"));
        CatalogVersion.Parse("2.1.0").ToString().ShouldBe("2.1.0");
        CatalogVersion.Parse("2.1.0").IsMajorMinor.ShouldBeFalse();
        CatalogVersion.Parse("1.0").IsMajorMinor.ShouldBeTrue();
        CatalogVersion.TryParse("1|2", out _).ShouldBeFalse();
        CatalogVersion.TryParse(" 1.0", out _).ShouldBeFalse();
        CatalogVersion.TryParse(string.Empty, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => CatalogVersion.Parse(new string('1', 65)));
    }
}
