using System.Text.Json.Nodes;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Policies.Operations;

namespace Vkb.Pseudonymization.Tests;

/// <summary>Typed kept fields, staff fields, duplicate keys and flagged-only (P1, P2, R1; issue 17 classes 4 and 5).</summary>
public class FieldOperationTests
{
    private static readonly PseudonymizationKey Key = TestKeys.Key();

    private const string Planted = "Anna Müller 0211 5550101";

    private static PseudonymizationPipeline Pipeline(Action<PseudonymizationOptions>? configure = null)
    {
        var options = new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), FailOnInvalidRecord = false };
        options.KAnonymity.Enforce = false;
        configure?.Invoke(options);
        return new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, options);
    }

    private static string With(Action<JsonObject> change)
    {
        var record = SampleRecords.Record();
        change(record);
        return record.ToJsonString();
    }

    public static TheoryData<string, string> FreeTextInKeptFields => new()
    {
        { With(r => r["customerGroup"] = Planted), "customerGroup" },
        { With(r => r["legalDomain"] = Planted), "legalDomain" },
        { With(r => r["review"]!["teamLeadVerdict"] = Planted), "review.teamLeadVerdict" },
        { With(r => r["events"]![0]!["channel"] = Planted), "events[].channel" },
        { With(r => r["profileHistory"]![0]!["profile"] = Planted), "profileHistory[].profile" },
        { With(r => r["caseManagement"]!["exitReason"] = Planted), "caseManagement.exitReason" },
        { With(r => r["municipalServices16a"] = Planted), "municipalServices16a" },
        { With(r => r["jobCentre"]!["consents16a"] = "true"), "jobCentre.consents16a" },
        { With(r => r["jobCentre"]!["id"] = Planted), "jobCentre.id" },
        { With(r => r["customer"]!["gender"] = Planted), "customer.gender" },
        { With(r => r["review"]!["month"] = "April"), "review.month" },
        { With(r => r["jobCentre"]!["id"] = "12345\n"), "jobCentre.id" }, // "$" would let a final line break through
        { With(r => r["jobCentre"]!["name"] = "Jobcenter Köln\nAnna Müller"), "jobCentre.name" },
    };

    [Theory]
    [MemberData(nameof(FreeTextInKeptFields))]
    [Trait("Rule", "P2")]
    [Trait("Rule", "P3")]
    public void KeptField_ValueOutsideItsDeclaredType_RejectsTheRecordNamingPathAndLineNeverTheValue(string line, string path)
    {
        var result = Pipeline(o => o.OnlyFlagged = false).PseudonymizeLines([SampleRecords.Line(), line]);
        result.Lines.Count.ShouldBe(1);
        var error = result.Result.Report.Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(2);
        error.FieldPath.ShouldBe(path);
        error.Reason.ShouldNotContain("Anna");
        error.Reason.ShouldNotContain("0211");
        error.Reason.ShouldNotContain("April");
    }

    // Issue 17 class 4: a record that is read but not exported is checked all the same, so a malformed extract is
    // refused whichever records the team leads flagged (the malformed-input corpus flips every type of a record,
    // which also unflags it).
    [Theory]
    [MemberData(nameof(FreeTextInKeptFields))]
    [Trait("Rule", "P1")]
    [Trait("Rule", "P3")]
    public void KeptField_ValueOutsideItsDeclaredType_InARecordNotExported_RejectsIt(string line, string path)
    {
        var unflagged = System.Text.Json.Nodes.JsonNode.Parse(line)!.AsObject();
        unflagged["review"]!["flagged"] = false;
        var result = Pipeline().PseudonymizeLines([SampleRecords.Line(), unflagged.ToJsonString()]);
        result.Lines.Count.ShouldBe(1);
        var error = result.Result.Report.Errors.ShouldHaveSingleItem();
        (error.Line, error.FieldPath).ShouldBe((2, path));
        error.Reason.ShouldNotContain("Anna");
    }

    // An identifier without a letter or digit ("---", " ") would give every such record the same pseudonym.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    [Trait("Rule", "P3")]
    public void Identifier_WithoutLetterOrDigit_RejectsTheRecord_ExportedOrNot(bool flagged)
    {
        var result = Pipeline().PseudonymizeLines([SampleRecords.Line(), With(r => { r["customerNumber"] = "- -"; r["review"]!["flagged"] = flagged; })]);
        var error = result.Result.Report.Errors.ShouldHaveSingleItem();
        (error.Line, error.FieldPath).ShouldBe((2, "customerNumber"));
    }

    [Fact]
    [Trait("Rule", "P1")]
    public void Flag_OfTheWrongType_RejectsTheRecordInsteadOfReadingAsUnflagged()
    {
        var result = Pipeline().PseudonymizeLines([SampleRecords.Line(), With(r => r["review"]!["flagged"] = "ja")]);
        result.Result.Report.Errors.ShouldHaveSingleItem().FieldPath.ShouldBe("review.flagged");
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Validator_KeepWithoutType_IsRefusedAsFreeText()
    {
        var ex = Should.Throw<PolicyValidationException>(() => RecordPolicy.Create("p").Keep("customerGroup").Build());
        ex.Problems.ShouldHaveSingleItem().ShouldContain("keeps free text verbatim");
        RecordPolicy.Create("p").KeepValues("customerGroup", "general", "refugees").Build().Rules.ShouldHaveSingleItem();
        var json = """{ "id": "p", "fields": [ { "path": "legalDomain", "op": "keep" }, { "path": "x", "op": "keep", "type": "enum", "values": [] } ] }""";
        Should.Throw<PolicyValidationException>(() => RecordPolicy.Parse(json)).Problems.Count.ShouldBe(2);
    }

    [Fact]
    [Trait("Rule", "P2")]
    [Trait("Rule", "R1")]
    public void Validator_StaffFieldPseudonymisedWithoutReason_IsRefused()
    {
        Should.Throw<PolicyValidationException>(() => RecordPolicy.Create("p").Pseudonymize("caseWorker.id", PseudonymDomain.Staff).Build())
            .Problems.ShouldHaveSingleItem().ShouldContain("staff field");
        Should.Throw<PolicyValidationException>(() => RecordPolicy.Create("p").Pseudonymize("team", PseudonymDomain.Team).Build());

        // Beside a case worker's name, in a domain of the host's own: still a staff field.
        Should.Throw<PolicyValidationException>(() => RecordPolicy.Create("p")
            .Field("caseWorker.id", new PseudonymizeOperation(PseudonymDomain.Create("worker", "WK"))).Drop("caseWorker.name").Name("caseWorker.name", NameRole.CaseWorker).Build());

        var declared = RecordPolicy.Create("p").Field("caseWorker.id", new PseudonymizeOperation(PseudonymDomain.Staff, "Staff council agreement 2025-07 for workload study")).Build();
        RecordPolicy.Parse(declared.ToJson()).Hash.ShouldBe(declared.Hash);
    }

    [Fact]
    [Trait("Rule", "P2")]
    [Trait("Rule", "R1")]
    public void DefaultPolicy_HoldsNoStaffFieldInAnyForm()
    {
        var staff = RecordPolicy.VkbDefault.Rules.Where(r => r.Path.Segments[0].Name is "team" or "teamLead" or "caseWorker").ToList();
        staff.Select(r => r.Path.Value).Order().ShouldBe(["caseWorker", "team", "teamLead"]);
        staff.ShouldAllBe(r => r.Operation is DropOperation);
        RecordPolicy.VkbDefault.Rules.Where(r => r.Operation is KeepOperation).ShouldAllBe(r => ((KeepOperation)r.Operation).Type != KeptType.Text);
    }

    [Fact]
    [Trait("Rule", "P8")]
    public void DefaultPolicy_AcceptsAnAgencyRecordOfSgbIii()
    {
        var line = With(r =>
        {
            r["legalDomain"] = "SGB3";
            r.Remove("jobCentre");
            r["agency"] = new JsonObject { ["id"] = "337", ["name"] = "Agentur für Arbeit Düsseldorf" };
        });
        var output = JsonNode.Parse(Pipeline().PseudonymizeLines([line]).Lines.ShouldHaveSingleItem())!;
        output["agency"]!["id"]!.GetValue<string>().ShouldBe("337");
        output["agency"]!["name"]!.GetValue<string>().ShouldBe("Agentur für Arbeit Düsseldorf");
    }

    // Session 17's review, L1: a customer number written as a JSON number (123456.0 → "1234560") got another customer's
    // pseudonym. The subject must be a string. Mutation: accept any non-null value again → red.
    [Theory]
    [Trait("Rule", "P9")]
    [InlineData("123456.0")]
    [InlineData("962123456")]
    [InlineData("true")]
    public void Subject_NotAString_RejectsTheRecordNamingThePath(string value)
    {
        var record = SampleRecords.Record();
        record["customerNumber"] = System.Text.Json.Nodes.JsonNode.Parse(value);
        var result = Pipeline(o => o.OnlyFlagged = false).PseudonymizeLines([SampleRecords.Line(1), record.ToJsonString()]);
        result.Lines.Count.ShouldBe(1);
        var error = result.Result.Report.Errors.ShouldHaveSingleItem();
        (error.Line, error.FieldPath).ShouldBe((2L, "customerNumber"));
        error.Reason.ShouldNotContain(value);
    }

    [Theory]
    [InlineData("""{"customerNumber":"962D000001","customerNumber":"962D000002"}""", "customerNumber")]
    [InlineData("""{"customerNumber":"962D000001","jobCentre":{"id":"96201","name":"MARKER","name":"MARKER"}}""", "jobCentre.name")]
    [InlineData("""{"customerNumber":"962D000001","events":[{"date":"2024-01-01"},{"note":"MARKER","note":"MARKER"}]}""", "events[].note")]
    [InlineData("""{"customerNumber":"962D000001","x":{"MARKER-1":1,"MARKER-1":2}}""", "*")]
    [InlineData("""{"customerNumber":"962D000001","customer":{"MARKERMaria":{"phone":1,"phone":2}}}""", "customer.*")] // session 17's review, M2: a name as a key
    [InlineData("""{"customerNumber":"962D000001","customer":{"address":{"MARKERx":1,"MARKERx":2}}}""", "customer.address.*")]
    public void DuplicateKey_RejectsTheRecordNamingPathAndLine(string line, string path)
    {
        var result = Pipeline(o => o.OnlyFlagged = false).PseudonymizeLines([SampleRecords.Line(), line]);
        result.Lines.Count.ShouldBe(1);
        var error = result.Result.Report.Errors.ShouldHaveSingleItem();
        (error.Line, error.FieldPath).ShouldBe((2L, path));
        error.Reason.ShouldNotContain("MARKER");
        error.Reason.ShouldNotContain("962D");
    }

    [Fact]
    [Trait("Rule", "P1")]
    public void OnlyFlagged_ByDefault_ExportsOnlyFlagsOfThePhaseMonths()
    {
        var other = With(r => r["review"]!["month"] = "2025-03");
        var unflagged = SampleRecords.Line(1, flagged: false);
        var lines = new[] { SampleRecords.Line(), other, unflagged };

        var byLoadMonth = Pipeline().PseudonymizeLines(lines).Result.Report;
        (byLoadMonth.RecordsWritten, byLoadMonth.RecordsFlaggedOutsidePhase, byLoadMonth.RecordsNotFlagged, byLoadMonth.UnflaggedExported).ShouldBe((1L, 1L, 1L, false));

        var byPhase = Pipeline(o => { o.ReferenceMonth = null; o.PhaseMonths.Add(new(2025, 3)); o.PhaseMonths.Add(new(2025, 4)); }).PseudonymizeLines(lines).Result.Report;
        byPhase.RecordsWritten.ShouldBe(2);

        var all = Pipeline(o => o.OnlyFlagged = false).PseudonymizeLines(lines).Result.Report;
        (all.RecordsWritten, all.UnflaggedExported).ShouldBe((3L, true));
        all.ToJson().ShouldContain("\"unflaggedExported\": true");
    }

    [Fact]
    [Trait("Rule", "P1")]
    public void Options_FlaggedOnlyWithoutAnyMonth_AreRefused()
    {
        var options = new PseudonymizationOptions { Phase = "P1" };
        Should.Throw<ArgumentException>(options.Validate).Message.ShouldContain("load month");
        options.OnlyFlagged = false;
        options.Validate();
    }
}
