using System.Diagnostics.Metrics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Vkb.Catalog.Diagnostics;
using Vkb.Catalog.Json;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Session 10's group <c>r1</c> (never run before): the host registration, the log's codes and paths, the validation
/// counter, the JSON version converter and the stream readers, each pinned where the existing tests only touched it.
/// </summary>
public class Session10HostTests
{
    [Fact]
    public void Registration_KOfTwoIsTheSmallestAccepted_AndTheMessagesSayWhy()
    {
        using (var two = new ServiceCollection().AddVkbCatalog(o => o.MinimumCellSize = 2).BuildServiceProvider())
        {
            two.GetRequiredService<IStartupValidator>().Validate();
            two.GetRequiredService<IOptions<CatalogOptions>>().Value.MinimumCellSize.ShouldBe(2);
        }

        using var one = new ServiceCollection().AddVkbCatalog(o => o.MinimumCellSize = 1).BuildServiceProvider();
        Should.Throw<OptionsValidationException>(() => one.GetRequiredService<IStartupValidator>().Validate()).Message
            .ShouldBe("CatalogOptions.MinimumCellSize (k) must be at least 2: a cell of one case is always identifying.");
        Should.Throw<InvalidOperationException>(() => one.GetRequiredService<CatalogRegistry>()).Message.ShouldBe(
            "No CatalogRegistry is registered. Register the official catalogues as a CatalogRegistry singleton, or call AddVkbExampleCatalogue() for the example catalogue (\"Beispiel, kein offizieller Katalog\") in demos and tests.");
    }

    [Fact]
    public void Registration_ServicesAreSingletons_AndTheExampleRegistryIsAvailableOnRequest()
    {
        var services = new ServiceCollection().AddVkbCatalog().AddVkbExampleCatalogue();
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<CatalogService>().ShouldBeSameAs(provider.GetRequiredService<CatalogService>());
        provider.GetRequiredService<FindingsAggregator>().ShouldBeSameAs(provider.GetRequiredService<FindingsAggregator>());
        provider.GetRequiredService<Indicators.CaseManagementIndicators>().ShouldNotBeNull();
        provider.GetRequiredService<CatalogRegistry>().Catalogs.ShouldContain(ExampleCatalogs.Placement);
        Should.Throw<ArgumentNullException>(() => ((IServiceCollection)null!).AddVkbCatalog());
        Should.Throw<ArgumentNullException>(() => new ServiceCollection().AddVkbCatalog((Action<CatalogOptions>)null!));
        Should.Throw<ArgumentNullException>(() => ((IServiceCollection)null!).AddVkbExampleCatalogue());
    }

    [Fact]
    public void Log_CodesAreCountedAndSorted_PathsDistinctAtMostTwenty_QuotedLinkIdsDroppedForAssessments()
    {
        var problems = Enumerable.Range(0, 25).Select(i => new ValidationProblem("b-code", $"answers[{i}] 'secret'", "m"))
            .Append(new ValidationProblem("a-code", "answers[0] 'secret'", "m")).ToList();

        CatalogLog.Codes(problems).ShouldBe("a-code×1,b-code×25");
        CatalogLog.Paths(problems, assessment: true).ShouldBe(string.Join(";", Enumerable.Range(0, 20).Select(i => $"answers[{i}]")));
        CatalogLog.Paths(problems.Take(2), assessment: false).ShouldBe("answers[0] 'secret';answers[1] 'secret'");
        CatalogLog.MaxPaths.ShouldBe(20);
    }

    [Fact]
    public void Log_ValidAssessmentAtDebug_ReadsWithCounts()
    {
        var logger = new FakeLogger<CatalogService>();
        var service = new CatalogService(logger);
        var registry = ExampleCatalogs.CreateRegistry();
        var assessment = Vkb.Testing.RandomCatalogs.ValidAssessment(new Random(5), ResolvedCatalog.Create(ExampleCatalogs.Placement));

        service.Validate(registry, assessment).IsValid.ShouldBeTrue();
        logger.LatestRecord.Id.Id.ShouldBe(2005);
        logger.LatestRecord.Level.ShouldBe(LogLevel.Debug);
        logger.LatestRecord.Message.ShouldBe($"Assessment against {string.Join(",", assessment.Pins)} valid ({assessment.Answers.Count} answers)");

        service.ReadAssessments(CatalogJson.Write([assessment, assessment]), "two.json").Value!.Count.ShouldBe(2);
        logger.LatestRecord.Message.ShouldBe("Assessments read from two.json: 2");
        service.ReadAssessment(CatalogJson.Write(assessment), "one.json").IsValid.ShouldBeTrue();
        logger.LatestRecord.Message.ShouldBe("Assessments read from one.json: 1");
        service.ReadAssessment("{", "bad.json").IsValid.ShouldBeFalse();
        logger.LatestRecord.Id.Id.ShouldBe(2002);
        logger.LatestRecord.Message.ShouldStartWith("Catalogue assessments of bad.json failed with 1 problems: malformed-json×1 at ");
        service.ReadAssessments("{", "bad.json").IsValid.ShouldBeFalse();
        logger.LatestRecord.Id.Id.ShouldBe(2002);
    }

    [Fact]
    public void Log_NothingIsFormattedWhenTheLevelIsOff()
    {
        var logger = new FakeLogger<CatalogService>();
        logger.ControlLevel(LogLevel.Debug, false);
        logger.ControlLevel(LogLevel.Warning, false);
        var service = new CatalogService(logger);
        var registry = ExampleCatalogs.CreateRegistry();
        var assessment = Vkb.Testing.RandomCatalogs.ValidAssessment(new Random(5), ResolvedCatalog.Create(ExampleCatalogs.Placement));

        service.Validate(registry, assessment);
        service.ReadCatalog("{", "bad.json");
        logger.Collector.Count.ShouldBe(0);
    }

    [Fact]
    public void Counter_CountsEveryValidationByResult()
    {
        var measured = new System.Collections.Concurrent.ConcurrentQueue<(string Unit, string? Description, long Value, object? Valid)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == VkbCatalogDiagnostics.SourceName && instrument.Name == VkbCatalogDiagnostics.AssessmentsValidated)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measured.Enqueue((instrument.Unit!, instrument.Description, value, tags.ToArray().Single(t => t.Key == "vkb.valid").Value)));
        listener.Start();

        var registry = ExampleCatalogs.CreateRegistry();
        var valid = Vkb.Testing.RandomCatalogs.ValidAssessment(new Random(5), ResolvedCatalog.Create(ExampleCatalogs.Placement));
        var invalid = Assessment.Create(valid.CaseReference, valid.Level, valid.RegionalDirectorate, valid.Date, valid.Status, valid.Pins, [.. valid.Answers, Answer.Create("unknown", AnswerValue.OfBoolean(true))], valid.Verdict);
        registry.Validate(valid);
        registry.Validate(invalid);
        listener.RecordObservableInstruments();

        // Other tests validate in parallel; only this thread's two results are certain to be there.
        measured.ShouldContain(("{assessment}", "Assessments validated, by result.", 1L, (object?)true));
        measured.ShouldContain(("{assessment}", "Assessments validated, by result.", 1L, (object?)false));
        VkbCatalogDiagnostics.AssessmentsValidated.ShouldBe("vkb.catalog.assessments.validated");
        VkbCatalogDiagnostics.SourceName.ShouldBe("Vkb.Catalog");
        VkbCatalogDiagnostics.Source.Name.ShouldBe("Vkb.Catalog");
    }

    [Fact]
    public void JsonConverter_RefusesANonVersion_WithTheRule()
    {
        var options = new JsonSerializerOptions().AddVkbCatalogConverters();

        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<CatalogVersion>("\"1|2\"", options)).Message.ShouldBe("A catalogue version is MAJOR.MINOR.");
        JsonSerializer.Serialize(CatalogVersion.Parse("2.10"), options).ShouldBe("\"2.10\"");
        options.AddVkbCatalogConverters().Converters.Count(c => c.CanConvert(typeof(CatalogVersion))).ShouldBe(1);
    }

    [Fact]
    public async Task StreamReaders_SkipTheByteOrderMark_LeaveTheStreamOpen_AndCheckTheirArgument()
    {
        var assessment = Vkb.Testing.RandomCatalogs.ValidAssessment(new Random(5), ResolvedCatalog.Create(ExampleCatalogs.Placement));
        using var one = new MemoryStream([0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(CatalogJson.Write(assessment))]);
        (await CatalogJson.ReadAssessmentAsync(one)).GetValueOrThrow().ShouldBe(assessment);
        one.CanRead.ShouldBeTrue();

        using var two = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CatalogJson.Write([assessment, assessment])));
        (await CatalogJson.ReadAssessmentsAsync(two)).GetValueOrThrow().Count.ShouldBe(2);
        await Should.ThrowAsync<ArgumentNullException>(() => CatalogJson.ReadCatalogAsync(null!));
        await Should.ThrowAsync<OperationCanceledException>(() => CatalogJson.ReadCatalogAsync(new MemoryStream([1]), new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Log_FailedReadsNameTheirOperation_AndAnInvalidAssessmentsPinsAreCommaSeparated()
    {
        var logger = new FakeLogger<CatalogService>();
        var service = new CatalogService(logger);

        service.ReadCatalog("{", "c.json");
        logger.LatestRecord.Message.ShouldStartWith("Catalogue read of c.json failed with 1 problems: malformed-json×1 at ");
        service.ImportQuestionnaire("{", new FhirImportOptions(), "q.json");
        logger.LatestRecord.Message.ShouldStartWith("Catalogue FHIR import of q.json failed with 1 problems: malformed-json×1 at ");
        service.ReadRegistry([new("r.json", "{")]).IsValid.ShouldBeFalse();
        logger.LatestRecord.Id.Id.ShouldBe(2002);
        logger.LatestRecord.Message.ShouldStartWith("Catalogue registry of 1 documents failed with 1 problems: not-a-catalog×1 at r.json");

        var resolved = ResolvedCatalog.Create(ExampleCatalogs.Placement, [ExampleCatalogs.NrwExtension]);
        var valid = Vkb.Testing.RandomCatalogs.ValidAssessment(new Random(5), resolved, "NRW");
        valid.Pins.Count.ShouldBe(2);
        var pins = string.Join(",", valid.Pins);
        var invalid = Assessment.Create(valid.CaseReference, valid.Level, valid.RegionalDirectorate, valid.Date, valid.Status, valid.Pins, [.. valid.Answers, Answer.Create("unknown", AnswerValue.OfBoolean(true))], valid.Verdict);
        service.Validate(ExampleCatalogs.CreateRegistry(), invalid).IsValid.ShouldBeFalse();
        logger.LatestRecord.Message.ShouldStartWith($"Assessment against {pins} invalid");
    }
}
