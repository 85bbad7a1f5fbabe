using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Problems name the field path (house rule: errors name the field path, never the value), in the builder's own
/// paths (<c>items[i] 'id'.items[j]</c>, <c>.options[o]</c>, <c>.enableWhen</c>) and in a FHIR questionnaire's
/// (<c>Questionnaire.item[i].item[j]</c>, <c>.answerOption[o]</c>, <c>.enableWhen[e]</c>, <c>.linkId</c>). The
/// existing tests compared problem codes; session 5's Stryker run left ItemValidator.cs's paths unpinned (69.05 %).
/// </summary>
public class ProblemPathTests
{
    private static string[] Paths(IEnumerable<ValidationProblem> problems) => [.. problems.Select(p => $"{p.Code} @ {p.Path}")];

    [Fact]
    public void Builder_EveryProblem_NamesItsPath()
    {
        var builder = new CatalogBuilder("cat", "placement", CatalogVersion.Create(1, 0)) { Title = "T", Status = CatalogStatus.Active, EffectiveFrom = new LocalDate(2025, 1, 1) };
        builder.Items
            .Question("a", "A?", AnswerKind.SingleChoice, q => q.Option("x", "X").Option("y", "Y"))
            .Display("help", "Hilfe", isHelp: true)
            .Group("g", "G", g => g
                .Question("b", "B?", AnswerKind.SingleChoice, q => q.Repeats().EnableWhen(EnableCondition.Compare("a", ComparisonOperator.GreaterThan, AnswerValue.OfCode("x"))))
                .Question("c", "C?", AnswerKind.MultipleChoice, q => q.Option(" x", "X").Option("ok", " ").Option("ok", "again").Option("fine", "F"))
                .Question(new string('l', 256), "L?", AnswerKind.Text)
                .Question("d", "D?", AnswerKind.Verdict, q => q.Option("v", "V").EnableWhen(EnableCondition.All(EnableCondition.AnswerIs("later", AnswerValue.OfCode("zz")), EnableCondition.Answered("nowhere")))))
            .Question("later", "Later?", AnswerKind.SingleChoice, q => q.Option("p", "P"))
            .Question("e", "E?", AnswerKind.Text, q => q.EnableWhen(EnableCondition.Not(EnableCondition.AnswerIs("a", AnswerValue.OfCode("zz")))))
            .Question("f", "F?", AnswerKind.Text, q => q.EnableWhen(EnableCondition.AnswerIs("c", AnswerValue.OfCode("fine"))))
            .Question("n", "N?", AnswerKind.WholeNumber, q => q.Option(AnswerValue.OfWholeNumber(1)).Option(AnswerValue.OfWholeNumber(2)).HelpText(" "))
            .Question("m", "M?", AnswerKind.Text, q => q.EnableWhen(EnableCondition.Compare("n", ComparisonOperator.GreaterThan, AnswerValue.OfWholeNumber(5))))
            .Question("o", "O?", AnswerKind.Text, q => q.EnableWhen(EnableCondition.AnswerIs("b", AnswerValue.OfCode("q")))); // b has no options: reported once, at b

        var result = builder.Build();

        Paths(result.Problems.Concat(result.Warnings)).ShouldBe(
        [
            $"invalid-link-id @ items[2] 'g'.items[2] '{new string('l', 256)}'",
            "condition-not-ordered @ items[2] 'g'.items[0] 'b'.enableWhen",
            "empty-option-set @ items[2] 'g'.items[0] 'b'.options",
            "repeats-not-allowed @ items[2] 'g'.items[0] 'b'.repeats",
            "invalid-option-code @ items[2] 'g'.items[1] 'c'.options[0]",
            "missing-option-display @ items[2] 'g'.items[1] 'c'.options[1]",
            "duplicate-option-code @ items[2] 'g'.items[1] 'c'.options[2]",
            "condition-not-earlier @ items[2] 'g'.items[3] 'd'.enableWhen",
            "condition-unknown-question @ items[2] 'g'.items[3] 'd'.enableWhen",
            "options-not-allowed @ items[2] 'g'.items[3] 'd'.options",
            "condition-option-outside-set @ items[4] 'e'.enableWhen",
            "empty-help-text @ items[6] 'n'.items[0] 'n/help'",
            "help-not-under-question @ items[1] 'help'",
        ]);
    }

    [Fact]
    public void FhirQuestionnaire_EveryProblem_NamesItsJsonPath()
    {
        const string json = """
        {
          "resourceType": "Questionnaire", "status": "active", "title": "T", "effectivePeriod": { "start": "2025-01-01" },
          "item": [
            { "linkId": "a", "text": "A?", "type": "choice", "answerOption": [ { "valueCoding": { "code": "x", "display": "X" } }, { "valueCoding": { "code": "x", "display": "X2" } } ] },
            { "linkId": "g", "text": "G", "type": "group", "item": [
              { "linkId": " b", "text": "B?", "type": "string" },
              { "linkId": "a", "text": "A again?", "type": "string" },
              { "linkId": "c", "text": "C?", "type": "choice" },
              { "linkId": "d", "text": "D?", "type": "date", "answerOption": [ { "valueDate": "2025-01-01" } ], "repeats": true },
              { "linkId": "e", "text": "E?", "type": "string", "enableWhen": [ { "question": "a", "operator": "=", "answerCoding": { "code": "zz" } }, { "question": "nowhere", "operator": "exists", "answerBoolean": true } ], "enableBehavior": "all" }
            ] },
            { "linkId": "f", "text": "F?", "type": "string", "enableWhen": [ { "question": "later", "operator": "exists", "answerBoolean": true } ] },
            { "linkId": "later", "text": "L?", "type": "string" },
            { "linkId": "h", "text": "H?", "type": "boolean", "answerOption": [ { "valueString": "y" } ], "repeats": true }
          ]
        }
        """;

        var result = FhirQuestionnaire.ImportQuestionnaire(json);

        Paths(result.Problems.Concat(result.Warnings)).ShouldBe(
        [
            "missing-field @ Questionnaire.useContext",
            "missing-field @ Questionnaire.id",
            "missing-field @ Questionnaire.version",
            "invalid-link-id @ Questionnaire.item[1].item[0].linkId",
            "duplicate-link-id @ Questionnaire.item[1].item[1].linkId",
            "duplicate-option-code @ Questionnaire.item[0].answerOption[1]",
            "empty-option-set @ Questionnaire.item[1].item[2].answerOption",
            "condition-option-outside-set @ Questionnaire.item[1].item[4].enableWhen[0]",
            "condition-unknown-question @ Questionnaire.item[1].item[4].enableWhen[1]",
            "condition-not-earlier @ Questionnaire.item[2].enableWhen[0]",
            "options-not-allowed @ Questionnaire.item[4].answerOption",
        ]);
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("a b", true)]
    [InlineData("", false)]
    [InlineData(" a", false)]
    [InlineData("a\u0001b", false)]
    public void LinkId_OneTo255CharactersWithoutControlOrSurroundingSpace(string linkId, bool valid) =>
        ItemValidator.IsValidLinkId(linkId).ShouldBe(valid);

    [Fact]
    public void LinkId_255CharactersIsTheLimit()
    {
        ItemValidator.IsValidLinkId(new string('l', 255)).ShouldBeTrue();
        ItemValidator.IsValidLinkId(new string('l', 256)).ShouldBeFalse();
    }

    [Fact]
    public void Builder_NoLinkIdOrUndefinedKind_IsNamedByPosition()
    {
        var builder = new CatalogBuilder("cat", "placement", CatalogVersion.Create(1, 0)) { Title = "T", Status = CatalogStatus.Active, EffectiveFrom = new LocalDate(2025, 1, 1) };
        builder.Items.Question("a", "A?", AnswerKind.Verdict).Question(string.Empty, "B?", AnswerKind.Verdict).Question("c", "C?", (AnswerKind)99);

        Paths(builder.Build().Problems).ShouldBe(["invalid-link-id @ items[1]", "invalid-answer-kind @ items[2] 'c'"]);
    }

    [Fact]
    public void Builder_ValueConditionOnAGroup_IsReportedNotThrown()
    {
        var builder = new CatalogBuilder("cat", "placement", CatalogVersion.Create(1, 0)) { Title = "T", Status = CatalogStatus.Active, EffectiveFrom = new LocalDate(2025, 1, 1) };
        builder.Items.Group("g", "G", g => g.Question("a", "A?", AnswerKind.Verdict))
            .Question("b", "B?", AnswerKind.Text, q => q.EnableWhen(EnableCondition.AnswerIs("g", AnswerValue.OfCode("x"))));

        Paths(builder.Build().Problems).ShouldBe(["condition-not-on-question @ items[1] 'b'.enableWhen"]);
    }

    [Fact]
    public void FhirDisplayWithItems_IsReportedOnceByTheReader()
    {
        const string json = """
        {
          "resourceType": "Questionnaire", "status": "active", "title": "T", "effectivePeriod": { "start": "2025-01-01" },
          "item": [
            { "linkId": "a", "text": "A?", "type": "string" },
            { "linkId": "d", "text": "D", "type": "display", "item": [ { "linkId": "e", "text": "E?", "type": "string" } ] }
          ]
        }
        """;

        // The reader reports the display's items and drops them, so the item check's nested-under-display is not reported twice.
        Paths(FhirQuestionnaire.ImportQuestionnaire(json).Problems).Where(p => !p.StartsWith("missing-field", StringComparison.Ordinal)).ShouldBe(["items-under-display @ Questionnaire.item[1]"]);
    }
}
