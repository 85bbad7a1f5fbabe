using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Vkb.Testing;

namespace Vkb.Catalog.Tests;

/// <summary>The catalogue service's log: the events of the README's table, never an answer, a question text or a case reference.</summary>
public partial class CatalogLoggingTests
{
    private const string Planted = "ZZLEAK";
    private static readonly ResolvedCatalog Placement = ResolvedCatalog.Create(ExampleCatalogs.Placement);

    private static (CatalogService Service, FakeLogCollector Collector) Service()
    {
        var logger = new FakeLogger<CatalogService>();
        return (new CatalogService(logger), logger.Collector);
    }

    private static List<string> Texts(FakeLogCollector collector) =>
        collector.GetSnapshot().SelectMany(r => (r.StructuredState ?? []).Select(kv => kv.Value ?? string.Empty).Append(r.Message)).ToList();

    [Property(MaxTest = 200)]
    public Property Assessments_WithPlantedValues_NeverReachTheLog() =>
        Prop.ForAll(RandomCatalogs.Seeds(), seed =>
        {
            var random = new Random(seed);
            var valid = RandomCatalogs.ValidAssessment(random, Placement);
            var answers = valid.Answers.ToList();
            for (var i = 0; i < answers.Count; i++)
            {
                if (random.Next(3) == 0)
                {
                    answers[i] = Answer.Create(answers[i].LinkId, random.Next(2) == 0 ? AnswerValue.OfText(Planted + "-text-" + i) : AnswerValue.OfCode(Planted + "-code-" + i));
                }
            }

            answers.Add(Answer.Create(Planted + "-link", [AnswerValue.OfText(Planted + "-free")]));
            var planted = Assessment.Create(Planted + "-case", valid.Level, valid.RegionalDirectorate, valid.Date, valid.Status, valid.Pins, answers, valid.Verdict);
            var (service, collector) = Service();

            var validation = service.Validate(ExampleCatalogs.CreateRegistry(), planted);
            service.Validate(ExampleCatalogs.CreateRegistry(), valid);
            var json = CatalogJson.Write([planted]);
            service.ReadAssessments(json, "assessments.json");
            service.ReadAssessments(DateField().Replace(json, $"\"date\": \"{Planted}-date\"", 1), "broken.json");

            var leaked = Texts(collector).Where(t => t.Contains(Planted, StringComparison.Ordinal)).ToList();
            return (leaked.Count == 0).Label("leaked: " + string.Join(" | ", leaked))
                .And(!validation.IsValid).Label("the planted assessment is invalid")
                .And(collector.GetSnapshot().Any(r => r.Id.Id == 2006)).Label("its invalidity was logged")
                .And(collector.GetSnapshot().Any(r => r.Id.Id == 2002)).Label("the broken file was logged");
        });

    [Fact]
    public void Validate_Invalid_WarnsWithCodesAndPathsWithoutLinkIds()
    {
        var (service, collector) = Service();
        var assessment = Assessment.Create("PSN-1", AssessmentLevel.RegionalDirectorate, "NRW", Placement.Base.EffectiveFrom, AssessmentStatus.Completed, Placement.Pins, [Answer.OfCodes("kontaktdichte", "not-an-option")], ProcessVerdict.GoalOriented);

        var result = service.Validate(ExampleCatalogs.CreateRegistry(), assessment);

        var record = collector.LatestRecord;
        record.Id.Id.ShouldBe(2006);
        record.Level.ShouldBe(LogLevel.Warning);
        record.Message.ShouldContain($"invalid with {result.Problems.Count} problems");
        record.Message.ShouldContain("option-outside-set×1");
        record.Message.ShouldContain("answers[0].values[0]");
        record.Message.ShouldNotContain("kontaktdichte");
        record.Message.ShouldNotContain("PSN-1");
    }

    [Fact]
    public void ReadCatalog_ValidAndBroken_LogSuccessWithThePinAndFailureWithCodes()
    {
        var (service, collector) = Service();
        var json = CatalogJson.Write(ExampleCatalogs.Placement);

        service.ReadCatalog(json, "placement.json").IsValid.ShouldBeTrue();
        var read = collector.LatestRecord;
        read.Id.Id.ShouldBe(2001);
        read.Message.ShouldContain("placement.json");
        read.Message.ShouldContain($"{ExampleCatalogs.Placement.Questions.Count} questions");

        service.ReadCatalog("{\"schema\": 1", "broken.json").IsValid.ShouldBeFalse();
        var failed = collector.LatestRecord;
        failed.Id.Id.ShouldBe(2002);
        failed.Level.ShouldBe(LogLevel.Warning);
        failed.Message.ShouldContain("broken.json");
        failed.Message.ShouldContain("malformed-json");
    }

    [Fact]
    public void ReadRegistry_LogsDocumentAndCatalogueCounts()
    {
        var (service, collector) = Service();
        service.ReadRegistry([new("placement.json", CatalogJson.Write(ExampleCatalogs.Placement))]).IsValid.ShouldBeTrue();
        collector.LatestRecord.Id.Id.ShouldBe(2003);
        collector.LatestRecord.Message.ShouldStartWith("Catalogue registry read from 1 documents: 1 catalogues");
    }

    [Fact]
    public void AddVkbCatalog_WithLogging_RegistersTheLoggingService()
    {
        var collector = new FakeLogCollector();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(collector)));
        services.AddVkbCatalog();
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<CatalogService>().ReadCatalog("[]", "x.json");
        collector.LatestRecord.Category.ShouldBe(typeof(CatalogService).FullName);
    }

    [GeneratedRegex("\"date\":\\s*\"[^\"]*\"")]
    private static partial Regex DateField();
}
