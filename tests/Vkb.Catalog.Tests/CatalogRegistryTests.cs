using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Vkb.Testing;

namespace Vkb.Catalog.Tests;

public class CatalogRegistryTests
{
    private static Catalog Version(int minor, CatalogStatus status, LocalDate from, LocalDate? to, string id = "cat")
    {
        var builder = new CatalogBuilder(id, "placement", CatalogVersion.Create(1, minor)) { Title = "T", Status = status, EffectiveFrom = from, EffectiveTo = to };
        builder.Items.Question("a", "A?", AnswerKind.Verdict, q => q.Required());
        if (minor > 0)
        {
            builder.Items.Question("b", "B?", AnswerKind.Verdict, q => q.Required());
        }

        return builder.Build().GetValueOrThrow();
    }

    private static readonly Catalog V10 = Version(0, CatalogStatus.Active, new LocalDate(2022, 1, 1), new LocalDate(2024, 12, 31));
    private static readonly Catalog V11 = Version(1, CatalogStatus.Active, new LocalDate(2025, 1, 1), null);

    private static CatalogExtension Extension(Catalog baseCatalog, string rd, LocalDate from, LocalDate? to)
    {
        var builder = new CatalogExtensionBuilder("ext-" + rd, rd, baseCatalog, CatalogVersion.Create(1, baseCatalog.Version.Minor)) { Title = "E", Status = CatalogStatus.Active, EffectiveFrom = from, EffectiveTo = to };
        builder.Items.Question(rd + ":x", "X?", AnswerKind.Verdict, q => q.Required().EnableWhen(EnableCondition.VerdictIs("a", Verdict.No)));
        return builder.Build().GetValueOrThrow();
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Resolve_DateInEachPeriod_ReturnsTheVersionInForce()
    {
        var registry = CatalogRegistry.Create([V10, V11]).GetValueOrThrow();

        registry.Resolve("placement", "NRW", new LocalDate(2024, 12, 31)).Catalog!.Base.ShouldBe(V10);
        registry.Resolve("placement", "NRW", new LocalDate(2025, 1, 1)).Catalog!.Base.ShouldBe(V11);
        registry.Resolve("placement", "NRW", new LocalDate(2025, 1, 1)).Outcome.ShouldBe(ResolutionOutcome.Resolved);
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Resolve_BeforeAnyVersionOrOtherProcess_IsNoVersionInForce()
    {
        var registry = CatalogRegistry.Create([V10, V11]).GetValueOrThrow();

        var before = registry.Resolve("placement", "NRW", new LocalDate(2021, 12, 31));
        before.Outcome.ShouldBe(ResolutionOutcome.NoVersionInForce);
        before.Catalog.ShouldBeNull();
        registry.Resolve("rehabilitation", "NRW", new LocalDate(2025, 3, 1)).Outcome.ShouldBe(ResolutionOutcome.NoVersionInForce);
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Resolve_DraftAndRetiredVersions_AreNeverInForce()
    {
        var draft = Version(2, CatalogStatus.Draft, new LocalDate(2025, 1, 1), null);
        var retired = Version(3, CatalogStatus.Retired, new LocalDate(2025, 1, 1), null);
        var registry = CatalogRegistry.Create([V11, draft, retired]).GetValueOrThrow();

        registry.Resolve("placement", "NRW", new LocalDate(2025, 6, 1)).Catalog!.Base.ShouldBe(V11);
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Resolve_TwoActiveVersionsOverlap_RefusesWithBoth()
    {
        var overlapping = Version(2, CatalogStatus.Active, new LocalDate(2025, 6, 1), null);
        var registry = CatalogRegistry.Create([V11, overlapping]).GetValueOrThrow();

        var resolution = registry.Resolve("placement", "NRW", new LocalDate(2025, 7, 1));

        resolution.Outcome.ShouldBe(ResolutionOutcome.OverlappingVersions);
        resolution.Catalog.ShouldBeNull();
        resolution.OverlappingVersions.ShouldBe([V11, overlapping]);
        resolution.Explanation.ShouldContain("overlap");
    }

    [Fact]
    [Trait("Rule", "C3")]
    public void Resolve_ExtensionOfTheRd_IsAddedOnlyForThatRdAndPeriod()
    {
        var extension = Extension(V11, "NRW", new LocalDate(2025, 3, 1), new LocalDate(2025, 5, 31));
        var registry = CatalogRegistry.Create([V10, V11], [extension]).GetValueOrThrow();

        var inside = registry.Resolve("placement", "NRW", new LocalDate(2025, 4, 1));
        inside.Catalog!.Extensions.ShouldBe([extension]);
        inside.Catalog.Pins.ShouldBe([V11.Pin, extension.Pin]);
        inside.Catalog.Questions.Select(q => q.LinkId).ShouldBe(["a", "b", "NRW:x"]);
        registry.Resolve("placement", "BY", new LocalDate(2025, 4, 1)).Catalog!.Extensions.ShouldBeEmpty();
        registry.Resolve("placement", "NRW", new LocalDate(2025, 6, 1)).Catalog!.Extensions.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "C3")]
    public void Resolve_ExtensionOfAnInactiveBase_IsExplicitAndLeftOut()
    {
        var stale = Extension(V10, "NRW", new LocalDate(2024, 6, 1), null);
        var registry = CatalogRegistry.Create([V10, V11], [stale]).GetValueOrThrow();

        var resolution = registry.Resolve("placement", "NRW", new LocalDate(2025, 2, 1));

        resolution.Outcome.ShouldBe(ResolutionOutcome.ExtensionOfInactiveBase);
        resolution.ExtensionsOfInactiveBase.ShouldBe([stale]);
        resolution.Catalog!.Base.ShouldBe(V11);
        resolution.Catalog.Extensions.ShouldBeEmpty();
        registry.Resolve("placement", "NRW", new LocalDate(2024, 7, 1)).Outcome.ShouldBe(ResolutionOutcome.Resolved);
    }

    [Fact]
    public void Create_DuplicateVersionAndUnknownBase_ReportsBoth()
    {
        var orphan = Extension(Version(7, CatalogStatus.Active, new LocalDate(2025, 1, 1), null), "NRW", new LocalDate(2025, 1, 1), null);

        var result = CatalogRegistry.Create([V11, V11], [orphan]);

        result.Problems.Select(p => p.Code).ShouldBe(["duplicate-version", "unknown-base"], ignoreOrder: true);
    }

    [Property(MaxTest = 100)]
    [Trait("Rule", "C1")]
    public Property Resolve_AnyRegistryAndDate_ReturnsAtMostOneBaseVersion() =>
        Prop.ForAll(RandomCatalogs.Seeds(), seed =>
        {
            var random = new Random(seed);
            var versions = Enumerable.Range(0, random.Next(1, 6))
                .Select(i => Version(i, (CatalogStatus)random.Next(3), new LocalDate(2022, 1, 1).PlusDays(random.Next(1000)), random.Next(2) == 0 ? null : new LocalDate(2025, 1, 1).PlusDays(random.Next(500))))
                .Where(c => c.EffectiveTo is null || c.EffectiveTo >= c.EffectiveFrom)
                .ToList();
            var registry = CatalogRegistry.Create(versions).GetValueOrThrow();
            for (var d = 0; d < 20; d++)
            {
                var date = new LocalDate(2021, 6, 1).PlusDays(random.Next(2000));
                var resolution = registry.Resolve("placement", "NRW", date);
                var inForce = versions.Count(v => v.Status == CatalogStatus.Active && v.Effective.Contains(date));
                var expected = inForce switch { 0 => ResolutionOutcome.NoVersionInForce, 1 => ResolutionOutcome.Resolved, _ => ResolutionOutcome.OverlappingVersions };
                if (resolution.Outcome != expected || (resolution.Catalog is not null && !resolution.Catalog.Base.IsInForceOn(date)) || (resolution.Catalog is null) == (inForce == 1))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 100)]
    [Trait("Rule", "C3")]
    public Property Extension_AnyExtension_NeverAltersBaseQuestions() =>
        Prop.ForAll(RandomCatalogs.Seeds(), seed =>
        {
            var random = new Random(seed);
            var baseCatalog = RandomCatalogs.Catalog(random);
            var extension = RandomCatalogs.Extension(random, baseCatalog, "SAT");
            var resolved = ResolvedCatalog.Create(baseCatalog, [extension]);
            return resolved.Questions.Take(baseCatalog.Questions.Count).SequenceEqual(baseCatalog.Questions) &&
                   baseCatalog.Questions.All(q => resolved.FindQuestion(q.LinkId) == q) &&
                   resolved.Questions.Skip(baseCatalog.Questions.Count).All(q => q.LinkId.StartsWith("SAT:", StringComparison.Ordinal));
        });

    [Fact]
    [Trait("Rule", "C3")]
    public void ExtensionBuilder_BaseLinkIdOrOtherNamespace_IsRejected()
    {
        var builder = new CatalogExtensionBuilder("ext", "NRW", V11, CatalogVersion.Create(1, 0)) { Title = "E", EffectiveFrom = new LocalDate(2025, 1, 1) };
        builder.Items
            .Question("a", "Redefine base question a", AnswerKind.Text)
            .Question("BY:y", "Other RD", AnswerKind.Text)
            .Question("NRW:z", "Reads a later one", AnswerKind.Text, q => q.EnableWhen(EnableCondition.Answered("NRW:w")))
            .Question("NRW:w", "W", AnswerKind.Verdict, q => q.EnableWhen(EnableCondition.VerdictIs("b", Verdict.No)));

        builder.Build().Problems.Select(p => p.Code).ShouldBe(["link-id-not-namespaced", "link-id-not-namespaced", "condition-not-earlier"], ignoreOrder: true);
    }
}
