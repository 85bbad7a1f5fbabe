using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Vkb.Testing;

namespace Vkb.Catalog.Tests.Fhir;

public sealed class FhirRoundTripTests
{
    private static FhirImportOptions Options(bool hasId) => new()
    {
        CustomerProcess = "placement",
        CatalogId = hasId ? null : "generated",
        EffectiveFrom = new LocalDate(2024, 1, 1),
    };

    /// <summary>
    /// FHIR → VKB → FHIR loses nothing, both in memory and through the vkb-catalog/1 file the CLI
    /// writes: export(read(write(import(q)))) equals q as canonical JSON, for 1,000 generated R4
    /// Questionnaires over every item type, nesting, condition and extension.
    /// </summary>
    [Property(MaxTest = 1000, Arbitrary = [typeof(RandomCatalogs)])]
    [Trait("Rule", "C1")]
    public Property Questionnaire_ImportThenExport_GivesBackTheDocument(int seed)
    {
        var questionnaire = RandomQuestionnaires.Questionnaire(seed);
        var json = questionnaire.ToJsonString();
        var imported = FhirQuestionnaire.ImportQuestionnaire(json, Options(questionnaire["id"] is not null));
        if (!imported.IsValid)
        {
            return false.Label($"seed {seed}: {imported.Validation}");
        }

        var expected = CanonicalJson.Of(json);
        var direct = CanonicalJson.Of(FhirQuestionnaire.ExportQuestionnaire(imported.Value!));
        var file = CatalogJson.ReadCatalog(CatalogJson.Write(imported.Value!));
        var viaFile = file.Value is null ? file.Validation.ToString() : CanonicalJson.Of(FhirQuestionnaire.ExportQuestionnaire(file.Value));
        return (direct == expected).Label($"seed {seed}: direct export differs").And(viaFile == expected).Label($"seed {seed}: export via vkb-catalog/1 differs")
            .And(file.Value == imported.Value).Label($"seed {seed}: vkb-catalog/1 round trip changes the catalogue");
    }
}

public sealed class FhirRoundTripSeedTests
{
    /// <summary>Failures reported before the test stops looking: enough to see a pattern, and a broken
    /// mapping fails in a second instead of running all 3,001 seeds (what makes a mutation run affordable).</summary>
    internal const int MaxFailures = 3;

    /// <summary>
    /// Seeds 0 to 2,999 and every counterexample the random property has found (1788041779: a document
    /// with no header element beyond the modelled ones came back with the conventional header), every time.
    /// Stops at the <see cref="MaxFailures"/>th failing seed and reports those; passes only if every seed passes.
    /// </summary>
    [Fact]
    [Trait("Rule", "C1")]
    public void Questionnaire_FixedSeeds_RoundTripExactly()
    {
        var failures = new List<string>();
        foreach (var seed in Enumerable.Range(0, 3000).Append(1788041779))
        {
            if (failures.Count >= MaxFailures)
            {
                failures.Add($"stopped before seed {seed}: the first {MaxFailures} failing seeds are above");
                break;
            }

            var questionnaire = RandomQuestionnaires.Questionnaire(seed);
            var json = questionnaire.ToJsonString();
            var options = new FhirImportOptions { CustomerProcess = "placement", CatalogId = questionnaire["id"] is null ? "generated" : null, EffectiveFrom = new NodaTime.LocalDate(2024, 1, 1) };
            var imported = FhirQuestionnaire.ImportQuestionnaire(json, options);
            if (!imported.IsValid)
            {
                failures.Add($"seed {seed}: {imported.Validation}");
                continue;
            }

            var exported = FhirQuestionnaire.ExportQuestionnaire(CatalogJson.ReadCatalog(CatalogJson.Write(imported.Value!)).GetValueOrThrow());
            if (CanonicalJson.Of(exported) != CanonicalJson.Of(json))
            {
                failures.Add($"seed {seed}:\n{CanonicalJson.Of(json)}\n{CanonicalJson.Of(exported)}");
            }
        }

        failures.ShouldBeEmpty();
    }
}

public sealed class FhirExtensionTests
{
    [Fact]
    [Trait("Rule", "C3")]
    public void ExportExtension_Example_DerivesFromItsBase()
    {
        var json = FhirQuestionnaire.ExportExtension(ExampleCatalogs.NrwExtension);
        using var document = System.Text.Json.JsonDocument.Parse(json);

        document.RootElement.GetProperty("derivedFrom")[0].GetString().ShouldBe("urn:vkb:catalog:beispiel-arbeitsvermittlung|1.0");
        document.RootElement.GetProperty("item")[0].GetProperty("linkId").GetString().ShouldBe("NRW:schwerpunkt");
        FhirQuestionnaire.DerivedFrom(json).ShouldBe(ExampleCatalogs.Placement.Pin);
        FhirQuestionnaire.ImportExtension(json, [ExampleCatalogs.Placement]).GetValueOrThrow().ShouldBe(ExampleCatalogs.NrwExtension);
    }

    [FsCheck.Xunit.Property(MaxTest = 200, Arbitrary = [typeof(RandomCatalogs)])]
    [Trait("Rule", "C3")]
    public bool ExportExtension_ThenImport_IsIdentity(int seed)
    {
        var random = new Random(seed);
        var baseCatalog = RandomCatalogs.Catalog(random);
        var extension = RandomCatalogs.Extension(random, baseCatalog, "SAT");

        return FhirQuestionnaire.ImportExtension(FhirQuestionnaire.ExportExtension(extension), [baseCatalog]).Value == extension;
    }

    [Fact]
    [Trait("Rule", "C3")]
    public void ImportExtension_UnknownBaseOrBaseIdInItems_IsRefused()
    {
        var json = FhirQuestionnaire.ExportExtension(ExampleCatalogs.NrwExtension);

        FhirQuestionnaire.ImportExtension(json, []).Problems.Select(p => p.Code).ShouldBe(["unknown-base"]);
        FhirQuestionnaire.ImportExtension(json.Replace("NRW:arbeitgeber-eingebunden", "bedarfe-erkannt", StringComparison.Ordinal), [ExampleCatalogs.Placement])
            .Problems.Select(p => p.Code).ShouldBe(["link-id-not-namespaced"]);
    }
}
