namespace Vkb.Catalog.Tests.Fhir;

/// <summary>
/// Questionnaires written in the style of public form tools (LOINC-like '/' link ids, help items,
/// contained ValueSets, boolean and decimal conditions, German texts): each imports with only the
/// customer process, validates, and comes back identical.
/// </summary>
public sealed class CorpusTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpus");

    [Fact]
    public void Corpus_HasAtLeastTenQuestionnaires() => Directory.GetFiles(Folder, "*.json").Length.ShouldBeGreaterThanOrEqualTo(10);

    [Theory]
    [MemberData(nameof(Files))]
    [Trait("Rule", "C1")]
    public void Corpus_ImportsWithOnlyTheProcess_AndRoundTripsIdentically(string name)
    {
        var read = CatalogInput.ReadFile(Path.Combine(Folder, name));
        var json = read.GetValueOrThrow();

        var imported = FhirQuestionnaire.ImportQuestionnaire(json, new FhirImportOptions { CustomerProcess = "placement" });

        imported.Validation.IsValid.ShouldBeTrue(imported.Validation.ToString());
        var catalog = imported.Value!;
        catalog.CustomerProcess.ShouldBe("placement");
        catalog.SuppliedByCaller.ShouldBe(HeaderFields.CustomerProcess);
        catalog.Questions.ShouldNotBeEmpty();
        var file = CatalogJson.ReadCatalog(CatalogJson.Write(catalog));
        file.Value.ShouldBe(catalog, file.Validation.ToString());
        CanonicalJson.Of(FhirQuestionnaire.ExportQuestionnaire(file.Value!)).ShouldBe(CanonicalJson.Of(json));
    }

    [Fact]
    public void Corpus_HelpItemsAndValueSets_AreUnderstood()
    {
        var health = FhirQuestionnaire.ImportQuestionnaire(File.ReadAllText(Path.Combine(Folder, "gesundheit-kurz.json")), new FhirImportOptions { CustomerProcess = "placement" }).GetValueOrThrow();
        var languages = FhirQuestionnaire.ImportQuestionnaire(File.ReadAllText(Path.Combine(Folder, "sprachkenntnisse.json")), new FhirImportOptions { CustomerProcess = "placement" }).GetValueOrThrow();

        ((QuestionItem)health.FindItem("/44249-1/44250-9")!).HelpText.ShouldBe("Gemeint ist die Freude an gewöhnlichen Tätigkeiten des Alltags.");
        health.Version.ToString().ShouldBe("2.1.0");
        var first = (QuestionItem)languages.FindItem("/sprache/erst")!;
        first.OpenChoice.ShouldBeTrue();
        first.Options.Select(o => o.Code).ShouldBe(["de", "en", "tr", "ar", "uk"]);
        ((QuestionItem)languages.FindItem("/sprache/deutsch-niveau")!).Options.Select(o => o.Display).ShouldBe(["A1 – Anfänger", "B1 – Mittelstufe", "C1 – Fortgeschritten"]);
    }

    [Fact]
    [Trait("Rule", "C1")]
    public void Corpus_ConditionsOnBooleanAndDecimal_Evaluate()
    {
        var smoking = FhirQuestionnaire.ImportQuestionnaire(File.ReadAllText(Path.Combine(Folder, "rauchen.json")), new FhirImportOptions { CustomerProcess = "placement" }).GetValueOrThrow();
        var resolved = ResolvedCatalog.Create(smoking);
        var yes = new Dictionary<string, IReadOnlyList<AnswerValue>>(StringComparer.Ordinal) { ["/72166-2"] = [AnswerValue.OfBoolean(true)] };
        var no = new Dictionary<string, IReadOnlyList<AnswerValue>>(StringComparer.Ordinal) { ["/72166-2"] = [AnswerValue.OfBoolean(false)] };

        resolved.IsEnabled("/72166-2/anzahl", yes).ShouldBeTrue();
        resolved.IsEnabled("/72166-2/anzahl", no).ShouldBeFalse();
        resolved.IsEnabled("/72166-2/frueher", no).ShouldBeTrue();

        var work = ResolvedCatalog.Create(FhirQuestionnaire.ImportQuestionnaire(File.ReadAllText(Path.Combine(Folder, "arbeitszeit.json")), new FhirImportOptions { CustomerProcess = "placement" }).GetValueOrThrow());
        work.IsEnabled("/az/teilzeit-grund", new Dictionary<string, IReadOnlyList<AnswerValue>>(StringComparer.Ordinal) { ["/az/umfang"] = [AnswerValue.OfDecimal("25.5")] }).ShouldBeTrue();
        work.IsEnabled("/az/teilzeit-grund", new Dictionary<string, IReadOnlyList<AnswerValue>>(StringComparer.Ordinal) { ["/az/umfang"] = [AnswerValue.OfDecimal("30.01")] }).ShouldBeFalse();
    }
}
