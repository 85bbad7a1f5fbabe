using NodaTime;

namespace Vkb.Catalog.Tests;

public class ExampleCatalogTests
{
    [Fact]
    [Trait("Rule", "C2")]
    [Trait("Rule", "C4")]
    [Trait("Rule", "C7")]
    public void Render_ExampleCatalogWithExtension_MatchesApproved()
    {
        var resolved = ExampleCatalogs.CreateRegistry().Resolve(ExampleCatalogs.PlacementProcess, ExampleCatalogs.ExtensionRegionalDirectorate, new LocalDate(2025, 4, 1)).Catalog!;

        CatalogTextRenderer.Render(resolved).ShouldMatchApproved(c => c.SubFolder("Approved").WithFileExtension("txt").NoDiff());
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void Example_CoversTheDirectivesCriteria()
    {
        var text = CatalogTextRenderer.Render(ExampleCatalogs.Placement);

        text.ShouldContain(ExampleCatalogs.ExampleLabel);
        text.ShouldContain("erkannt");                        // needs and required actions recognised
        text.ShouldContain("nachvollziehbar und schlüssig");  // taken up plausibly
        text.ShouldContain("konsequent");                     // and consistently
        text.ShouldContain("bedarfsgerecht verfolgt");        // followed according to need
        text.ShouldContain("aufeinander aufbauende");         // building-on decisions
    }

    [Fact]
    [Trait("Rule", "S8")]
    [Trait("Rule", "C7")]
    public void Example_ContactChannelIrrelevantAndDeliveryNotAssessed()
    {
        var catalog = ExampleCatalogs.Placement;

        catalog.FindItem("kontaktart")!.Text.ShouldContain("unerheblich");
        catalog.FindItem("abgrenzung")!.Text.ShouldContain("Nicht Gegenstand");
        catalog.Questions.ShouldNotContain(q => q.Text.Contains("Kontaktart", StringComparison.Ordinal) || q.Text.Contains("Erbringung", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Rule", "C2")]
    public void Example_IsTheGeneralPlacementProcessInForceSince2021()
    {
        var registry = ExampleCatalogs.CreateRegistry();

        registry.Resolve("placement", "BY", new LocalDate(2021, 11, 19)).IsResolved.ShouldBeTrue();
        registry.Resolve("placement", "BY", new LocalDate(2021, 11, 18)).Outcome.ShouldBe(ResolutionOutcome.NoVersionInForce);
        ExampleCatalogs.Placement.Title.ShouldBe("Allgemeine Arbeitsvermittlung inkl. beschäftigungsorientiertem Fallmanagement");
    }
}
