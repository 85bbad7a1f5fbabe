using System.Text.Json.Nodes;
using NodaTime;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// FHIR <c>value[x]</c> reading and writing (every R4 type, each malformed form named by its FHIRPath),
/// QuestionnaireResponse import problems and export extensions, value-set documents and <c>derivedFrom</c>.
/// The round-trip properties reach these only with well-formed documents; session 9's Stryker group of
/// <c>Fhir/*</c> left the error paths unpinned.
/// </summary>
public class FhirValueTests
{
    private static (AnswerValue? Value, string[] Problems) Read(string json, bool required = true)
    {
        var problems = new List<ValidationProblem>();
        var value = FhirValues.Read(JsonNode.Parse(json)!.AsObject(), "value", "X", problems, required);
        return (value, [.. problems.Select(p => $"{p.Code} @ {p.Path}")]);
    }

    [Theory]
    [InlineData("{\"valueBoolean\":false}", "Boolean", "false")]
    [InlineData("{\"valueDecimal\":2.50}", "DecimalNumber", "2.50")]
    [InlineData("{\"valueInteger\":-4}", "WholeNumber", "-4")]
    [InlineData("{\"valueDate\":\"2025-03-05\"}", "Date", "2025-03-05")]
    [InlineData("{\"valueDateTime\":\"2025-03\"}", "DateTime", "2025-03")]
    [InlineData("{\"valueTime\":\"08:30:00\"}", "Time", "08:30:00")]
    [InlineData("{\"valueString\":\"s\"}", "Text", "s")]
    [InlineData("{\"valueUri\":\"urn:x\"}", "Uri", "urn:x")]
    [InlineData("{\"valueCoding\":{\"system\":\"urn:s\",\"code\":\"c\"}}", "Code", "c")]
    [InlineData("{\"valueCoding\":{\"system\":\"urn:vkb:verdict\",\"code\":\"partly\",\"display\":\"teilweise\"}}", "Verdict", "partly")]
    [InlineData("{\"valueQuantity\":{\"value\":1}}", "Quantity", "{\"value\":1}")]
    [InlineData("{\"valueReference\":{\"reference\":\"r\"}}", "Reference", "{\"reference\":\"r\"}")]
    [InlineData("{\"valueAttachment\":{\"url\":\"u\"}}", "Attachment", "{\"url\":\"u\"}")]
    [InlineData("{\"id\":\"o1\",\"valueBoolean\":true,\"initialSelected\":true}", "Boolean", "true")]
    public void Read_EveryType(string json, string kind, string text)
    {
        var (value, problems) = Read(json);

        problems.ShouldBeEmpty();
        value!.Kind.ToString().ShouldBe(kind);
        value.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("{\"valueBoolean\":\"true\"}", "invalid-value @ X.valueBoolean")]
    [InlineData("{\"valueDecimal\":\"2.5\"}", "invalid-value @ X.valueDecimal")]
    [InlineData("{\"valueDecimal\":1e40}", "invalid-value @ X.valueDecimal")]
    [InlineData("{\"valueInteger\":2.5}", "invalid-value @ X.valueInteger")]
    [InlineData("{\"valueInteger\":\"2\"}", "invalid-value @ X.valueInteger")]
    [InlineData("{\"valueDate\":\"2025-03\"}", "partial-date @ X.valueDate")]
    [InlineData("{\"valueDate\":\"2025\"}", "partial-date @ X.valueDate")]
    [InlineData("{\"valueDate\":\"2025-02-30\"}", "invalid-date @ X.valueDate")]
    [InlineData("{\"valueDate\":\"2025-3\"}", "invalid-date @ X.valueDate")]
    [InlineData("{\"valueDate\":3}", "invalid-value @ X.valueDate")]
    [InlineData("{\"valueDateTime\":\"2025-03-05T10:00\"}", "invalid-value @ X.valueDateTime")]
    [InlineData("{\"valueDateTime\":2025}", "invalid-value @ X.valueDateTime")]
    [InlineData("{\"valueTime\":\"8:30\"}", "invalid-value @ X.valueTime")]
    [InlineData("{\"valueTime\":830}", "invalid-value @ X.valueTime")]
    [InlineData("{\"valueString\":\"\"}", "invalid-value @ X.valueString")]
    [InlineData("{\"valueString\":1}", "invalid-value @ X.valueString")]
    [InlineData("{\"valueUri\":\"a b\"}", "invalid-value @ X.valueUri")]
    [InlineData("{\"valueUri\":\"\"}", "invalid-value @ X.valueUri")]
    [InlineData("{\"valueCoding\":{\"system\":\"urn:s\"}}", "invalid-value @ X.valueCoding")]
    [InlineData("{\"valueCoding\":{\"code\":\" c\"}}", "invalid-value @ X.valueCoding")]
    [InlineData("{\"valueCoding\":{\"code\":1}}", "invalid-value @ X.valueCoding")]
    [InlineData("{\"valueCoding\":\"c\"}", "invalid-value @ X.valueCoding")]
    [InlineData("{\"valueCoding\":{\"system\":\"urn:vkb:verdict\",\"code\":\"maybe\"}}", "invalid-value @ X.valueCoding")]
    [InlineData("{\"valueCoding\":{\"system\":\"urn:vkb:verdict\",\"code\":\"yes\",\"display\":\"ja\",\"version\":\"1\",\"userSelected\":true}}", "invalid-value @ X.valueCoding")]
    [InlineData("{\"valueQuantity\":{}}", "invalid-value @ X.valueQuantity")]
    [InlineData("{\"valueReference\":\"r\"}", "invalid-value @ X.valueReference")]
    [InlineData("{\"valueAttachment\":[1]}", "invalid-value @ X.valueAttachment")]
    [InlineData("{\"valueBoolean\":true,\"valueString\":\"s\"}", "invalid-value @ X")]
    [InlineData("{\"valueFoo\":1}", "invalid-value @ X")]
    [InlineData("{}", "invalid-value @ X")]
    public void Read_Malformed_IsNamedByItsPath(string json, string problem)
    {
        var (value, problems) = Read(json);

        value.ShouldBeNull();
        problems.ShouldBe([problem]);
    }

    [Fact]
    public void Read_Optional_NoValueIsNoProblem_TwoValuesAre()
    {
        Read("{}", required: false).Problems.ShouldBeEmpty();
        Read("{\"valueBoolean\":true,\"valueInteger\":1}", required: false).Problems.ShouldBe(["invalid-value @ X"]);
        Read("{\"valueCoding\":{\"system\":\"urn:vkb:verdict\",\"code\":\"no\",\"display\":\"nein\"}}").Value!.Verdict.ShouldBe(Verdict.No);
        Read("{\"valueCoding\":{\"system\":1,\"code\":\"no\"}}").Value!.Kind.ShouldBe(AnswerValueKind.Code);
    }

    [Fact]
    public void IsValueMember_NeedsThePrefixAndAKnownType()
    {
        FhirValues.IsValueMember("valueQuantity", "value").ShouldBeTrue();
        FhirValues.IsValueMember("answerDate", "answer").ShouldBeTrue();
        FhirValues.IsValueMember("valueDate", "answer").ShouldBeFalse();
        FhirValues.IsValueMember("valuedate", "value").ShouldBeFalse();
        FhirValues.IsValueMember("value", "value").ShouldBeFalse();
        FhirValues.IsValueMember("valueCode", "value").ShouldBeFalse();
    }

    [Fact]
    public void Write_EveryKind_UnderItsFhirName()
    {
        var values = new[]
        {
            AnswerValue.OfVerdict(Verdict.Yes), AnswerValue.OfCoding("urn:s", "c", null), AnswerValue.OfJson(AnswerValueKind.Quantity, "{\"value\":1}"),
            AnswerValue.OfJson(AnswerValueKind.Reference, "{\"reference\":\"r\"}"), AnswerValue.OfJson(AnswerValueKind.Attachment, "{\"url\":\"u\"}"),
            AnswerValue.OfText("t"), AnswerValue.OfUri("urn:u"), AnswerValue.OfDate(new LocalDate(2025, 3, 5)), AnswerValue.OfWholeNumber(7),
            AnswerValue.OfBoolean(true), AnswerValue.OfDecimal("2.50"), AnswerValue.OfDateTime("2025-03"), AnswerValue.OfTime("08:30:00"),
        };
        var target = new JsonObject();
        foreach (var value in values)
        {
            var one = new JsonObject();
            FhirValues.Write(one, "answer", value);
            foreach (var (name, node) in one.ToList())
            {
                one.Remove(name);
                target[name] = node;
            }
        }

        target.ToJsonString().ShouldBe(
            "{\"answerCoding\":{\"system\":\"urn:s\",\"code\":\"c\"},\"answerQuantity\":{\"value\":1},\"answerReference\":{\"reference\":\"r\"}," +
            "\"answerAttachment\":{\"url\":\"u\"},\"answerString\":\"t\",\"answerUri\":\"urn:u\",\"answerDate\":\"2025-03-05\",\"answerInteger\":7," +
            "\"answerBoolean\":true,\"answerDecimal\":2.50,\"answerDateTime\":\"2025-03\",\"answerTime\":\"08:30:00\"}");

        var verdict = new JsonObject();
        FhirValues.Write(verdict, "value", AnswerValue.OfVerdict(Verdict.NotAssessable));
        verdict.ToJsonString().ShouldBe("{\"valueCoding\":{\"system\":\"urn:vkb:verdict\",\"code\":\"not-assessable\"}}");
    }
}

public class FhirResponseImportTests
{
    private static string Response(string members) =>
        "{ \"resourceType\": \"QuestionnaireResponse\", \"identifier\": { \"system\": \"urn:vkb:case-reference\", \"value\": \"PSN-1\" }, " +
        "\"questionnaire\": \"urn:vkb:catalog:x|1.0\", \"status\": \"completed\", \"authored\": \"2025-04-10\", " + members + " }";

    private const string Level = "{ \"url\": \"urn:vkb:fhir:assessment-level\", \"valueCode\": \"teamLead\" }, { \"url\": \"urn:vkb:fhir:regional-directorate\", \"valueString\": \"NRW\" }";

    private static string[] Problems(string json) => [.. FhirQuestionnaire.ImportResponse(json).Problems.Select(p => $"{p.Code} @ {p.Path}")];

    [Fact]
    [Trait("Rule", "C4")]
    public void Import_HeaderExtensionsAndRemarks_AreRead()
    {
        var json = Response(
            "\"extension\": [ " + Level + ", { \"url\": \"urn:vkb:fhir:process-verdict\", \"valueCode\": \"notGoalOriented\" }, " +
            "{ \"url\": \"urn:vkb:fhir:extension-pin\", \"valueCanonical\": \"urn:vkb:catalog-extension:nrw|2.0\" }, " +
            "{ \"url\": \"urn:vkb:fhir:strength\", \"extension\": [ { \"url\": \"theme\", \"valueCode\": \"kontakt\" }, { \"url\": \"text\", \"valueString\": \"Gut\" } ] }, " +
            "{ \"url\": \"urn:vkb:fhir:improvement-point\", \"extension\": [ { \"url\": \"text\", \"valueString\": \"Mehr\" }, { \"url\": \"theme\", \"valueCode\": \"ziel\" } ] }, " +
            "{ \"url\": \"urn:other\", \"valueString\": \"ignored\" } ], " +
            "\"item\": [ { \"linkId\": \"q\", \"answer\": [ { \"valueCoding\": { \"system\": \"urn:vkb:verdict\", \"code\": \"no\" } } ] } ]");

        var assessment = FhirQuestionnaire.ImportResponse(json).GetValueOrThrow();

        assessment.CaseReference.ShouldBe("PSN-1");
        assessment.Level.ShouldBe(AssessmentLevel.TeamLead);
        assessment.RegionalDirectorate.ShouldBe("NRW");
        assessment.Status.ShouldBe(AssessmentStatus.Completed);
        assessment.Date.ShouldBe(new LocalDate(2025, 4, 10));
        assessment.Verdict.ShouldBe(ProcessVerdict.NotGoalOriented);
        assessment.Pins.Select(p => p.ToString()).ShouldBe(["x@1.0", "nrw@2.0"]);
        assessment.Strengths.Select(r => (r.Theme, r.Text)).ShouldBe([("kontakt", "Gut")]);
        assessment.ImprovementPoints.Select(r => (r.Theme, r.Text)).ShouldBe([("ziel", "Mehr")]);
        assessment.Answers.Single().Values.Single().ShouldBe(AnswerValue.OfVerdict(Verdict.No));

        FhirQuestionnaire.ImportResponse(json.Replace("\"completed\"", "\"in-progress\"", StringComparison.Ordinal)).GetValueOrThrow().Status.ShouldBe(AssessmentStatus.InProgress);
        FhirQuestionnaire.ImportResponse(json.Replace("\"2025-04-10\"", "\"2025-04-10T23:30:00+02:00\"", StringComparison.Ordinal)).GetValueOrThrow().Date.ShouldBe(new LocalDate(2025, 4, 10));
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void Import_EveryBadPart_IsNamedByItsPath()
    {
        var json = "{ \"resourceType\": \"QuestionnaireResponse\", \"identifier\": { \"system\": \"urn:other\", \"value\": \"PSN-1\" }, " +
            "\"questionnaire\": \"urn:vkb:catalog:x\", \"status\": \"amended\", \"authored\": \"2025-13-01\", \"extension\": [ " +
            "{ \"url\": \"urn:vkb:fhir:assessment-level\", \"valueCode\": \"boss\" }, " +
            "{ \"url\": \"urn:vkb:fhir:process-verdict\", \"valueCode\": \"fine\" }, " +
            "{ \"url\": \"urn:vkb:fhir:extension-pin\", \"valueCanonical\": \"urn:vkb:catalog:nrw|2.0\" }, " +
            "{ \"url\": \"urn:vkb:fhir:strength\", \"extension\": [ { \"url\": \"theme\", \"valueCode\": \"kontakt\" } ] }, " +
            "{ \"url\": \"urn:vkb:fhir:improvement-point\", \"extension\": [ { \"url\": \"theme\", \"valueCode\": \"a b\" }, { \"url\": \"text\", \"valueString\": \"Mehr\" } ] } ], " +
            "\"item\": [ { \"text\": \"no link id\" }, { \"linkId\": \"g\", \"item\": [ { \"linkId\": \"q\", \"answer\": [ { \"valueInteger\": \"1\" }, { \"valueInteger\": 2, \"item\": [ { \"answer\": [] } ] } ] } ] } ] }";

        Problems(json).ShouldBe(
        [
            "invalid-pin @ QuestionnaireResponse.questionnaire",
            "invalid-pin @ QuestionnaireResponse.extension[2]",
            "invalid-remark @ QuestionnaireResponse.extension[3]",
            "invalid-remark @ QuestionnaireResponse.extension[4]",
            "invalid-date @ QuestionnaireResponse.authored",
            "missing-field @ QuestionnaireResponse.item[0].linkId",
            "invalid-value @ QuestionnaireResponse.item[1].item[0].answer[0].valueInteger",
            "missing-field @ QuestionnaireResponse.item[1].item[0].answer[1].item[0].linkId",
            "invalid-case-reference @ QuestionnaireResponse.identifier",
            "invalid-level @ QuestionnaireResponse.extension",
            "invalid-regional-directorate @ QuestionnaireResponse.extension",
            "invalid-status @ QuestionnaireResponse.status",
            "invalid-verdict @ QuestionnaireResponse.extension",
        ]);
    }

    [Fact]
    public void Import_NoQuestionnaireOrDate_AndDocumentsThatAreNoResponse()
    {
        var json = "{ \"resourceType\": \"QuestionnaireResponse\", \"identifier\": { \"system\": \"urn:vkb:case-reference\", \"value\": \"PSN-1\" }, \"status\": \"completed\", " +
            "\"extension\": [ " + Level + ", { \"url\": \"urn:vkb:fhir:process-verdict\" } ] }";

        Problems(json).ShouldBe(["missing-field @ QuestionnaireResponse.authored", "invalid-verdict @ QuestionnaireResponse.extension", "no-pins @ QuestionnaireResponse.questionnaire"]);
        Problems("[1]").ShouldBe(["wrong-resource-type @ resourceType"]);
        Problems("{ \"resourceType\": \"Questionnaire\" }").ShouldBe(["wrong-resource-type @ resourceType"]);
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.ImportResponse(null!));
    }

    [Fact]
    [Trait("Rule", "C4")]
    public void Export_WritesStatusVerdictPinsAndRemarks()
    {
        var assessment = Assessment.Create(
            "PSN-1", AssessmentLevel.RegionalDirectorate, "NRW", new LocalDate(2025, 4, 10), AssessmentStatus.InProgress,
            [new CatalogPin("x", CatalogVersion.Create(1, 0)), new CatalogPin("nrw", CatalogVersion.Create(2, 0))],
            [Answer.OfVerdict("q", Verdict.Yes)],
            ProcessVerdict.GoalOriented,
            [AssessmentRemark.Create("kontakt", "Gut")],
            [AssessmentRemark.Create("ziel", "Mehr")]);

        var json = FhirQuestionnaire.ExportResponse(assessment);
        var root = JsonNode.Parse(json)!.AsObject();

        root["status"]!.GetValue<string>().ShouldBe("in-progress");
        root["questionnaire"]!.GetValue<string>().ShouldBe("urn:vkb:catalog:x|1.0");
        root["authored"]!.GetValue<string>().ShouldBe("2025-04-10");
        root["identifier"]!.ToJsonString().ShouldBe("{\"system\":\"urn:vkb:case-reference\",\"value\":\"PSN-1\"}");
        root["extension"]!.AsArray().Select(e => e!["url"]!.GetValue<string>()).ShouldBe(
            ["urn:vkb:fhir:assessment-level", "urn:vkb:fhir:regional-directorate", "urn:vkb:fhir:process-verdict", "urn:vkb:fhir:extension-pin", "urn:vkb:fhir:strength", "urn:vkb:fhir:improvement-point"]);
        root["extension"]![2]!["valueCode"]!.GetValue<string>().ShouldBe("goalOriented");
        root["extension"]![3]!["valueCanonical"]!.GetValue<string>().ShouldBe("urn:vkb:catalog-extension:nrw|2.0");
        root["extension"]![4]!["extension"]!.ToJsonString().ShouldBe("[{\"url\":\"theme\",\"valueCode\":\"kontakt\"},{\"url\":\"text\",\"valueString\":\"Gut\"}]");
        root["item"]!.ToJsonString().ShouldBe("[{\"linkId\":\"q\",\"answer\":[{\"valueCoding\":{\"system\":\"urn:vkb:verdict\",\"code\":\"yes\"}}]}]");
        FhirQuestionnaire.ImportResponse(json).GetValueOrThrow().ShouldBe(assessment);

        var completed = Assessment.Create("PSN-1", AssessmentLevel.HeadOffice, "NRW", new LocalDate(2025, 4, 10), AssessmentStatus.Completed, [new CatalogPin("x", CatalogVersion.Create(1, 0))], [], null, [], []);
        var plain = JsonNode.Parse(FhirQuestionnaire.ExportResponse(completed))!.AsObject();
        plain["status"]!.GetValue<string>().ShouldBe("completed");
        plain["extension"]!.AsArray().Count.ShouldBe(2);
        plain["extension"]![0]!["valueCode"]!.GetValue<string>().ShouldBe("headOffice");
        plain["item"]!.AsArray().ShouldBeEmpty();
    }

    /// <summary>
    /// Bug found by session 9 (red before the fix): an answer to an item nested under an unanswered question was
    /// marked as written while its parent was dropped, so the nested export lost it (here <c>r/n</c>).
    /// </summary>
    [Fact]
    [Trait("Rule", "C4")]
    public void Export_Nested_AnswerUnderAnUnansweredQuestion_IsKeptAtTheTopLevel()
    {
        var builder = new CatalogBuilder("x", "placement", CatalogVersion.Create(1, 0)) { Title = "T", Status = CatalogStatus.Active, EffectiveFrom = new LocalDate(2025, 1, 1) };
        builder.Items
            .Group("g", "Gruppe", g => g
                .Question("q", "Frage", AnswerKind.Boolean, q => q.Items.Question("q/n", "Unterfrage", AnswerKind.WholeNumber))
                .Question("r", null, AnswerKind.Boolean, q => q.Items.Question("r/n", "Unter r", AnswerKind.WholeNumber)))
            .Group("empty", "Unbeantwortet", g => g.Question("u", "U", AnswerKind.Boolean));
        var catalog = builder.Build().GetValueOrThrow();
        var assessment = Assessment.Create(
            "PSN-1", AssessmentLevel.TeamLead, "NRW", new LocalDate(2025, 4, 10), AssessmentStatus.InProgress, [catalog.Pin],
            [Answer.Create("q", AnswerValue.OfBoolean(true)), Answer.Create("q/n", AnswerValue.OfWholeNumber(3)), Answer.Create("r/n", AnswerValue.OfWholeNumber(4)), Answer.Create("elsewhere", AnswerValue.OfText("t"))],
            null, [], []);

        var items = JsonNode.Parse(FhirQuestionnaire.ExportResponse(assessment, ResolvedCatalog.Create(catalog)))!["item"]!.ToJsonString();

        items.ShouldBe(
            "[{\"linkId\":\"g\",\"text\":\"Gruppe\",\"item\":[{\"linkId\":\"q\",\"text\":\"Frage\",\"answer\":[{\"valueBoolean\":true,\"item\":[{\"linkId\":\"q/n\",\"text\":\"Unterfrage\",\"answer\":[{\"valueInteger\":3}]}]}]}]}," +
            "{\"linkId\":\"r/n\",\"answer\":[{\"valueInteger\":4}]},{\"linkId\":\"elsewhere\",\"answer\":[{\"valueString\":\"t\"}]}]");
        FhirQuestionnaire.ImportResponse(FhirQuestionnaire.ExportResponse(assessment, ResolvedCatalog.Create(catalog))).GetValueOrThrow().Answers.Select(a => a.LinkId)
            .ShouldBe(["q", "q/n", "r/n", "elsewhere"]);
    }
}

public class FhirDocumentTests
{
    [Fact]
    public void ReadValueSets_ByUrl_ProblemsPrefixedWithTheDocument()
    {
        var good = new KeyValuePair<string, string>("a.json", "{ \"resourceType\": \"ValueSet\", \"url\": \"urn:vs:a\", \"expansion\": { \"contains\": [] } }");
        var read = FhirQuestionnaire.ReadValueSets([good]);
        read.GetValueOrThrow().Keys.ShouldBe(["urn:vs:a"]);
        read.Value!["urn:vs:a"]["resourceType"]!.GetValue<string>().ShouldBe("ValueSet");

        var bad = FhirQuestionnaire.ReadValueSets(
        [
            good,
            new("b.json", "{ \"resourceType\": \"CodeSystem\", \"url\": \"urn:cs\" }"),
            new("c.json", "{ \"resourceType\": \"ValueSet\" }"),
            new("d.json", "{"),
        ]);
        bad.IsValid.ShouldBeFalse();
        bad.Problems.Select(p => $"{p.Code} @ {p.Path}").ShouldBe(["wrong-resource-type @ b.json: resourceType", "wrong-resource-type @ c.json: resourceType", "malformed-json @ d.json: line 1, at $"]);
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.ReadValueSets(null!));
    }

    [Fact]
    [Trait("Rule", "C3")]
    public void DerivedFrom_TheFirstVkbCatalogueCanonical()
    {
        static CatalogPin? Of(string derivedFrom) => FhirQuestionnaire.DerivedFrom("{ \"resourceType\": \"Questionnaire\", \"derivedFrom\": " + derivedFrom + " }");

        Of("[\"http://example.org/Questionnaire/q|1\", 7, \"urn:vkb:catalog:base|2.1\", \"urn:vkb:catalog:other|1.0\"]").ShouldBe(new CatalogPin("base", CatalogVersion.Parse("2.1")));
        Of("[\"urn:vkb:catalog:base\"]").ShouldBeNull();
        Of("[\"urn:vkb:catalog:|1.0\"]").ShouldBeNull();
        Of("[\"urn:vkb:catalog:base|\"]").ShouldBeNull();
        Of("[\"urn:vkb:catalog:base|a|b\"]").ShouldBeNull();
        Of("\"urn:vkb:catalog:base|1.0\"").ShouldBeNull();
        FhirQuestionnaire.DerivedFrom("[1]").ShouldBeNull();
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.DerivedFrom(null!));
    }

    [Fact]
    public void PublicEntryPoints_CheckTheirArguments()
    {
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.ExportQuestionnaire(null!));
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.ExportQuestionnaire(ExampleCatalogs.Placement, null!));
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.ImportQuestionnaire(null!));
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.ImportQuestionnaire("{}", null!));
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.ExportExtension(null!));
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.ImportExtension(null!, []));
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.ImportExtension("{}", null!));
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.ExportResponse(null!));
        Should.Throw<ArgumentNullException>(() => FhirQuestionnaire.ExportResponse(null!, ResolvedCatalog.Create(ExampleCatalogs.Placement)));
        FhirQuestionnaire.VerdictSystem.ShouldBe("urn:vkb:verdict");
        FhirQuestionnaire.CatalogUrlPrefix.ShouldBe("urn:vkb:catalog:");
        FhirQuestionnaire.ExtensionUrlPrefix.ShouldBe("urn:vkb:catalog-extension:");
        FhirQuestionnaire.ConditionExtension.ShouldBe("urn:vkb:fhir:enable-condition");
    }
}
