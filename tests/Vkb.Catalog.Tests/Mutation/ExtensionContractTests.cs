using System.Text.Json.Nodes;
using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// An RD's temporary extension (C3): its builder names each problem's field, its equality compares every field
/// (a changed extension is a new version), and combining a base with extensions refuses foreign or colliding
/// extensions. Session 5's Stryker run left CatalogExtension.cs at 40.74 % and ResolvedCatalog.cs at 74.42 %.
/// </summary>
public class ExtensionContractTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);
    private static readonly Catalog Base = ExampleCatalogs.Placement;

    private static CatalogExtensionBuilder Builder(string rd = "NRW", string id = "ext", string? title = "E", LocalDate? to = null, string item = "x")
    {
        var builder = new CatalogExtensionBuilder(id, rd, Base, CatalogVersion.Create(1, 0)) { Title = title, Status = CatalogStatus.Active, EffectiveFrom = Start, EffectiveTo = to };
        builder.Items.Question(rd + ":" + item, "X?", AnswerKind.Verdict);
        return builder;
    }

    private static string[] Problems(IEnumerable<ValidationProblem> problems) => [.. problems.Select(p => $"{p.Code} @ {p.Path}")];

    [Fact]
    [Trait("Rule", "C3")]
    public void Build_BadRdMissingTitleOrNoQuestion_NamesTheField()
    {
        var empty = new CatalogExtensionBuilder("ext", "N-RW", Base, CatalogVersion.Create(1, 0)) { Status = CatalogStatus.Active, EffectiveFrom = Start };
        empty.Items.Display("N-RW:d", "Nur Text");

        var json = JsonNode.Parse(FhirQuestionnaire.ExportExtension(ExampleCatalogs.NrwExtension))!.AsObject();
        json["item"] = new JsonArray(new JsonObject { ["linkId"] = "NRW:d", ["text"] = "Nur Text", ["type"] = "display" });

        Problems(empty.Build().Problems).ShouldBe(["missing-title @ title", "invalid-regional-directorate @ regionalDirectorate", "no-questions @ items"]);
        empty.Build().Problems[^1].Message.ShouldBe("An extension needs at least one question.");
        Problems(FhirQuestionnaire.ImportExtension(json.ToJsonString(), [Base]).Problems).ShouldBe(["no-questions @ Questionnaire.item"]);
        CatalogExtension.NamespaceOf("NRW").ShouldBe("NRW:");
        Should.Throw<ArgumentNullException>(() => CatalogExtension.NamespaceOf(null!)).ParamName.ShouldBe("regionalDirectorate");
    }

    [Fact]
    [Trait("Rule", "C3")]
    public void Equality_ComparesEveryField()
    {
        var extension = Builder().Build().GetValueOrThrow();
        var other = new CatalogExtensionBuilder("ext", "NRW", Version(), CatalogVersion.Create(1, 0)) { Title = "E", Status = CatalogStatus.Active, EffectiveFrom = Start };
        other.Items.Question("NRW:x", "X?", AnswerKind.Verdict);
        CatalogExtension[] differing =
        [
            Builder(id: "ext2").Build().GetValueOrThrow(),
            Builder(rd: "BY").Build().GetValueOrThrow(),
            other.Build().GetValueOrThrow(),
            Builder(to: Start.PlusDays(30)).Build().GetValueOrThrow(),
            Builder(title: "E2").Build().GetValueOrThrow(),
            Builder(item: "y").Build().GetValueOrThrow(),
        ];

        (extension == Builder().Build().GetValueOrThrow()).ShouldBeTrue();
        (extension != Builder().Build().GetValueOrThrow()).ShouldBeFalse();
        foreach (var x in differing)
        {
            (extension != x).ShouldBeTrue(x.ToString());
        }

        extension.Equals(null).ShouldBeFalse();
    }

    private static Catalog Version()
    {
        var builder = new CatalogBuilder(Base.Id, Base.CustomerProcess, CatalogVersion.Create(9, 0)) { Title = "T", Status = CatalogStatus.Active, EffectiveFrom = Start };
        builder.Items.Question("a", "A?", AnswerKind.Verdict);
        return builder.Build().GetValueOrThrow();
    }

    [Fact]
    [Trait("Rule", "C3")]
    public void ResolvedCatalog_ForeignNullOrCollidingExtensions_AreRefused()
    {
        var a = Builder(item: "a").Build().GetValueOrThrow();
        var sameItem = Builder(id: "ext2", item: "a").Build().GetValueOrThrow();
        var foreign = new CatalogExtensionBuilder("ext3", "NRW", Version(), CatalogVersion.Create(1, 0)) { Title = "E", Status = CatalogStatus.Active, EffectiveFrom = Start };
        foreign.Items.Question("NRW:z", "Z?", AnswerKind.Verdict);

        Should.Throw<ArgumentNullException>(() => ResolvedCatalog.Create(null!)).ParamName.ShouldBe("baseCatalog");
        var error = Should.Throw<ArgumentException>(() => ResolvedCatalog.Create(Base, [foreign.Build().GetValueOrThrow()]));
        (error.ParamName, error.Message).ShouldBe(("extensions", "Every extension must extend exactly the given base version. (Parameter 'extensions')"));
        Should.Throw<ArgumentException>(() => ResolvedCatalog.Create(Base, [a, null!])).ParamName.ShouldBe("extensions");
        error = Should.Throw<ArgumentException>(() => ResolvedCatalog.Create(Base, [a, sameItem]));
        (error.ParamName, error.Message).ShouldBe(("extensions", "Link ids must be unique across the catalogue and its extensions. (Parameter 'extensions')"));
        ResolvedCatalog.Create(Base, [a]).Questions.Select(q => q.LinkId).ShouldContain("NRW:a");
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void ResolvedCatalog_NullAnswersOrRepeatedChoice_AreRefusedOrReported()
    {
        var catalog = ResolvedCatalog.Create(Base);

        Should.Throw<ArgumentNullException>(() => catalog.EnabledQuestions(null!)).ParamName.ShouldBe("answers");
        Should.Throw<ArgumentNullException>(() => catalog.IsEnabled("kontaktdichte", null!)).ParamName.ShouldBe("answers");
        var multiple = Validate(catalog, Answer.OfCodes("nicht-verfolgte-handlungsfelder", "x", "x"));
        var single = Validate(catalog, Answer.OfCodes("kontaktdichte", "angemessen", "angemessen"));
        multiple.ShouldBe(
        [
            "option-outside-set @ answers[0] 'nicht-verfolgte-handlungsfelder'.values[0]",
            "option-outside-set @ answers[0] 'nicht-verfolgte-handlungsfelder'.values[1]",
            "duplicate-values @ answers[0] 'nicht-verfolgte-handlungsfelder'",
        ]);
        single.ShouldBe(["too-many-values @ answers[0] 'kontaktdichte'"]); // one value only, so no second "duplicate" problem
    }

    private static string[] Validate(ResolvedCatalog catalog, Answer answer)
    {
        var assessment = Assessment.Create("PSN-1", AssessmentLevel.RegionalDirectorate, "NRW", Start.PlusDays(200), AssessmentStatus.InProgress, [Base.Pin], [answer], null);
        return Problems(catalog.Validate(assessment).Problems.Where(p => p.Path.Contains(answer.LinkId, StringComparison.Ordinal)));
    }
}
