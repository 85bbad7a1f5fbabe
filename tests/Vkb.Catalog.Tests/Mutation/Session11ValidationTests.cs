namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Session 11's Stryker group <c>a</c>: <c>Validation.cs</c> (problem equality, text forms, the failure message) and the
/// VKB JSON paths of <c>Assessments/AssessmentDraft.cs</c>, never run before; and <c>Examples/CatalogTextRenderer.cs</c>'s
/// branches the example catalogue does not reach (an end day on the base, an open-ended extension, a repeating question).
/// </summary>
public class Session11ValidationTests
{
    [Fact]
    public void Problem_EqualityComparesEveryPart()
    {
        var problem = new ValidationProblem("code", "path", "message");

        problem.Equals(new ValidationProblem("code", "path", "message")).ShouldBeTrue();
        (problem == new ValidationProblem("code", "path", "message")).ShouldBeTrue();
        (problem != new ValidationProblem("code", "path", "message")).ShouldBeFalse();
        problem.Equals((object)new ValidationProblem("code", "path", "message")).ShouldBeTrue();
        problem.GetHashCode().ShouldBe(new ValidationProblem("code", "path", "message").GetHashCode());
        ValidationProblem[] others =
        [
            new("other", "path", "message"), new("code", "other", "message"), new("code", "path", "other"),
            new("code", "path", "message", ProblemSeverity.Warning),
        ];
        foreach (var other in others)
        {
            problem.Equals(other).ShouldBeFalse(other.ToString());
            (problem != other).ShouldBeTrue(other.ToString());
        }

        problem.Equals(null).ShouldBeFalse();
        problem.Equals("code").ShouldBeFalse();
    }

    [Fact]
    public void Problem_UndefinedSeverity_IsRefused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new ValidationProblem("c", "p", "m", (ProblemSeverity)7)).Message.ShouldStartWith("The severity must be a defined value.");

    [Fact]
    public void TextForms_MarkWarnings_SayValid_AndTheFailureListsEveryProblem()
    {
        new ValidationProblem("c", "p", "m").ToString().ShouldBe("c at p: m");
        new ValidationProblem("c", "p", "m", ProblemSeverity.Warning).ToString().ShouldBe("warning: c at p: m");
        ValidationResult.Valid.ToString().ShouldBe("valid");
        new ValidationResult([new("c", "p", "m"), new("d", "q", "n")]).ToString().ShouldBe("c at p: m" + Environment.NewLine + "d at q: n");

        Should.Throw<InvalidOperationException>(() => BuildResult.Failed<string>([new("c", "p", "m")]).GetValueOrThrow())
            .Message.ShouldBe("The value is invalid:" + Environment.NewLine + "c at p: m");
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ReadAssessment_ProblemsNameTheVkbJsonPaths_AndTheStatusCodes()
    {
        const string json = """
        { "schema": "vkb-assessment/1", "caseReference": "has space", "level": "caseWorker", "regionalDirectorate": "N-R-W",
          "status": "done", "pins": [], "answers": [], "verdict": "fine" }
        """;

        CatalogJson.ReadAssessment(json).Problems.Select(p => $"{p.Code} @ {p.Path}: {p.Message}").ShouldBe(
        [
            "invalid-case-reference @ caseReference: A case reference (pseudonym) of 1 to 128 printable characters without white space is required.",
            "invalid-level @ level: The level must be teamLead, regionalDirectorate or headOffice.",
            "invalid-regional-directorate @ regionalDirectorate: The RD code must be 1 to 16 ASCII letters or digits.",
            "missing-field @ date: A date (yyyy-MM-dd) is required.",
            "invalid-status @ status: The status must be inProgress or completed.",
            "invalid-verdict @ verdict: The verdict must be goalOriented or notGoalOriented.",
            "no-pins @ pins: An assessment pins at least its base catalogue version.",
        ]);
    }

    [Fact]
    public void Render_NullResolvedCatalog_IsRefusedByName() =>
        Should.Throw<ArgumentNullException>(() => CatalogTextRenderer.Render((ResolvedCatalog)null!)).ParamName.ShouldBe("catalog");

    [Fact]
    public void Render_EndDay_OpenEndedExtension_AndRepeatingQuestion()
    {
        var builder = new CatalogBuilder("render", "placement", CatalogVersion.Create(1, 0))
        {
            Title = "Render", Status = CatalogStatus.Active, EffectiveFrom = new NodaTime.LocalDate(2025, 1, 1), EffectiveTo = new NodaTime.LocalDate(2025, 12, 31),
        };
        builder.Items.Question("m", "M?", AnswerKind.MultipleChoice, q => q.Option("a", "A")).Question("t", "T?", AnswerKind.Text, q => q.Required().Repeats());
        var catalog = builder.Build().GetValueOrThrow();
        var extension = new CatalogExtensionBuilder("render-nrw", "NRW", catalog, CatalogVersion.Create(1, 0))
        {
            Title = "NRW", Status = CatalogStatus.Active, EffectiveFrom = new NodaTime.LocalDate(2025, 1, 1),
        };
        extension.Items.Question("NRW:q", "Q?", AnswerKind.Text);

        var text = CatalogTextRenderer.Render(ResolvedCatalog.Create(catalog, [extension.Build().GetValueOrThrow()]));

        text.ShouldBe(
            "Render\nid render, version 1.0, process placement, status ACTIVE, effective 2025-01-01 to 2025-12-31\n\n" +
            "- m: M? (multiple choice)\n    ( ) a: A\n- t: T? (text, required, repeats)\n\n" +
            "+ extension render-nrw@1.0 of RD NRW: NRW\n  extends render@1.0, status ACTIVE, effective 2025-01-01 to open\n  - NRW:q: Q? (text)\n");
    }
}
