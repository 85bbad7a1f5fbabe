using System.Text.Json.Nodes;
using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// The registry's and the extension builder's problems name what is wrong and where (C1, C2, C3): which catalogue
/// or extension version, which pin position, in words a host team can act on. Session 5's Stryker run found the
/// paths and messages unpinned (CatalogRegistry.cs 58.65 %, CatalogExtension.cs 40.74 %).
/// </summary>
public class RegistryProblemTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);

    private static Catalog Version(int minor, CatalogStatus status = CatalogStatus.Active, LocalDate? from = null, LocalDate? to = null, string id = "cat", string process = "placement")
    {
        var builder = new CatalogBuilder(id, process, CatalogVersion.Create(1, minor)) { Title = "T", Status = status, EffectiveFrom = from ?? Start, EffectiveTo = to };
        builder.Items.Question("a", "A?", AnswerKind.Verdict, q => q.Required());
        return builder.Build().GetValueOrThrow();
    }

    private static CatalogExtension Extension(Catalog baseCatalog, string rd = "NRW", string id = "ext", CatalogStatus status = CatalogStatus.Active, LocalDate? from = null, LocalDate? to = null)
    {
        var builder = new CatalogExtensionBuilder(id, rd, baseCatalog, CatalogVersion.Create(1, 0)) { Title = "E", Status = status, EffectiveFrom = from ?? Start, EffectiveTo = to };
        builder.Items.Question(rd + ":" + id, "X?", AnswerKind.Verdict);
        return builder.Build().GetValueOrThrow();
    }

    private static string[] Problems(IEnumerable<ValidationProblem> problems) => [.. problems.Select(p => $"{p.Code} @ {p.Path}: {p.Message}")];

    [Fact]
    [Trait("Rule", "C1")]
    public void Create_DuplicateOrUnknownVersions_NameTheVersion()
    {
        var v0 = Version(0);
        var ext = Extension(v0);

        var result = CatalogRegistry.Create([v0, v0, Version(1, process: "rehabilitation")], [ext, ext, Extension(Version(5))]);

        Problems(result.Problems).ShouldBe(
        [
            "duplicate-version @ catalog cat@1.0: Each catalogue version may be held only once.",
            "id-spans-processes @ catalog cat: All versions of one catalogue id belong to one customer process.",
            "duplicate-version @ extension ext@1.0: Each extension version may be held only once.",
            "unknown-base @ extension ext@1.0: The base catalogue version cat@1.5 is not in the registry.",
        ]);
        var error = Should.Throw<ArgumentException>(() => CatalogRegistry.Create([v0], [null!]));
        (error.ParamName, error.Message.StartsWith("Elements must not be null.", StringComparison.Ordinal)).ShouldBe(("catalogs", true));
        Should.Throw<ArgumentException>(() => CatalogRegistry.Create([null!])).ParamName.ShouldBe("catalogs");
    }

    [Fact]
    [Trait("Rule", "C2")]
    [Trait("Rule", "C3")]
    public void ResolvePinned_EveryBadPin_IsNamedByItsPosition()
    {
        var v0 = Version(0);
        var ext = Extension(v0);
        var draft = Version(2, CatalogStatus.Draft);
        var retired = Version(3, CatalogStatus.Retired);
        var registry = CatalogRegistry.Create([v0, draft, retired], [ext, Extension(draft, id: "ext-d", status: CatalogStatus.Draft), Extension(v0, id: "ext-r", status: CatalogStatus.Retired)]).GetValueOrThrow();
        var nope = new CatalogPin("nope", CatalogVersion.Create(1, 0));

        string[] problems =
        [
            .. Problems(registry.ResolvePinned([]).Problems),
            .. Problems(registry.ResolvePinned([nope, nope]).Problems),
            .. Problems(registry.ResolvePinned([draft.Pin, ext.Pin]).Problems),
            .. Problems(registry.ResolvePinned([retired.Pin, new CatalogPin("ext-d", CatalogVersion.Create(1, 0)), new CatalogPin("ext-r", CatalogVersion.Create(1, 0))]).Problems),
        ];

        problems.ShouldBe(
        [
            "no-pins @ pins: An assessment pins at least its base catalogue version.",
            "unknown-pin @ pins[0]: The catalogue version nope@1.0 is not in the registry.",
            "unknown-pin @ pins[1]: The extension version nope@1.0 is not in the registry.",
            "draft-version @ pins[0]: The version cat@1.2 is a draft; assessments are made only against active versions.",
            "extension-of-other-base @ pins[1]: The extension extends cat@1.0, not the pinned base cat@1.2.",
            "retired-version @ pins[0]: The version cat@1.3 is retired; no assessment may be made against it. Migrate in-progress assessments to the version in force.",
            "draft-version @ pins[1]: The version ext-d@1.0 is a draft; assessments are made only against active versions.",
            "extension-of-other-base @ pins[1]: The extension extends cat@1.2, not the pinned base cat@1.3.",
            "retired-version @ pins[2]: The version ext-r@1.0 is retired; no assessment may be made against it. Migrate in-progress assessments to the version in force.",
            "extension-of-other-base @ pins[2]: The extension extends cat@1.0, not the pinned base cat@1.3.",
        ]);
        Should.Throw<ArgumentNullException>(() => registry.ResolvePinned(null!)).ParamName.ShouldBe("pins");
    }

    [Fact]
    [Trait("Rule", "C2")]
    [Trait("Rule", "C3")]
    public void Validate_PinsOutOfForceOrOfAnotherRd_AreNamedByPosition()
    {
        var v0 = Version(0);
        var ext = Extension(v0);
        var registry = CatalogRegistry.Create([v0], [ext]).GetValueOrThrow();
        var early = Assessment.Create("PSN-1", AssessmentLevel.RegionalDirectorate, "BY", Start.PlusDays(-1), AssessmentStatus.Completed, [v0.Pin, ext.Pin], [Answer.OfVerdict("a", Verdict.Yes)], ProcessVerdict.GoalOriented);

        Problems(registry.Validate(early).Problems).ShouldBe(
        [
            "pin-not-in-force @ pins[0]: The catalogue version cat@1.0 is not in force on the assessment date.",
            "pin-not-in-force @ pins[1]: The extension version ext@1.0 is not active on the assessment date.",
            "extension-of-other-rd @ pins[1]: The extension ext@1.0 belongs to another RD than the assessed case.",
        ]);
    }

    private static string Describe(CatalogResolution res) =>
        $"{res.Outcome} | {res.Explanation} | {string.Join(",", res.OverlappingVersions)} | {string.Join(",", res.Catalog?.Extensions.Select(e => e.Id) ?? [])} | {string.Join(",", res.ExtensionsOfInactiveBase)}";

    [Fact]
    [Trait("Rule", "C1")]
    public void Resolve_EachOutcome_ExplainsItselfAndListsVersionsInIdOrder()
    {
        var first = Version(0, to: Start.PlusDays(9));
        var overlapping = CatalogRegistry.Create([first, Version(1, from: Start.PlusDays(10)), Version(0, id: "alt")], [Extension(first, id: "ext-b"), Extension(first, id: "ext-a")]).GetValueOrThrow();
        var registry = CatalogRegistry.Create([first, Version(1, from: Start.PlusDays(10))], [Extension(first, id: "ext-b"), Extension(first, id: "ext-a")]).GetValueOrThrow();

        string[] outcomes =
        [
            Describe(overlapping.Resolve("placement", "NRW", Start.PlusDays(-1))),
            Describe(overlapping.Resolve("placement", "NRW", Start)),
            Describe(overlapping.Resolve("placement", "NRW", Start.PlusDays(20))),
            Describe(registry.Resolve("placement", "NRW", Start)),
            Describe(registry.Resolve("placement", "NRW", Start.PlusDays(20))),
        ];

        outcomes.ShouldBe(
        [
            "NoVersionInForce | No active catalogue version of process 'placement' is in force on 2024-12-31. |  |  | ",
            "OverlappingVersions | Versions alt@1.0, cat@1.0 of process 'placement' overlap on 2025-01-01; retire or shorten one. | alt@1.0,cat@1.0 |  | ",
            "OverlappingVersions | Versions alt@1.0, cat@1.1 of process 'placement' overlap on 2025-01-21; retire or shorten one. | alt@1.0,cat@1.1 |  | ",
            "Resolved | cat@1.0 is in force on 2025-01-01 with 2 extension(s) of RD NRW. |  | ext-a,ext-b | ",
            "ExtensionOfInactiveBase | cat@1.1 is in force on 2025-01-21, but extension(s) ext-a@1.0, ext-b@1.0 of RD NRW extend a version that is not; they were left out. |  |  | ext-a@1.0,ext-b@1.0",
        ]);
        Should.Throw<ArgumentNullException>(() => registry.Resolve(null!, "NRW", Start)).ParamName.ShouldBe("customerProcess");
        Should.Throw<ArgumentNullException>(() => registry.Resolve("placement", null!, Start)).ParamName.ShouldBe("regionalDirectorate");
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Resolve_OverlappingVersionsOfOneId_AreListedByStartThenVersion()
    {
        var registry = CatalogRegistry.Create([Version(2, from: Start.PlusDays(10)), Version(0), Version(1, from: Start.PlusDays(10))]).GetValueOrThrow();

        registry.Resolve("placement", "NRW", Start.PlusDays(20)).OverlappingVersions.Select(c => c.Pin.ToString()).ShouldBe(["cat@1.0", "cat@1.1", "cat@1.2"]);
    }
}
