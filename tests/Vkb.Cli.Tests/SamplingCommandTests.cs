using System.Text.Json;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Cli.Tests;

public sealed class SamplingCommandTests : IDisposable
{
    private static readonly Instant Now = Instant.FromUtc(2025, 4, 30, 12, 0);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("vkb-sample-");

    public void Dispose() => _directory.Delete(recursive: true);

    private sealed class StoppedClock : IClock
    {
        public Instant GetCurrentInstant() => Now;
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await VkbApp.RunAsync(args, new CliContext(output, error, new StoppedClock(), showProgress: false));
        return (exitCode, output.ToString(), error.ToString());
    }

    private string File(string name, string content)
    {
        var path = Path.Combine(_directory.FullName, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    private static string Record(int i, string teamLead, bool s16a = false, bool consent = false, string group = "longTermUnemployed", string jobCentre = "96201") =>
        JsonSerializer.Serialize(new
        {
            customerNumber = $"962D{i:D6}",
            jobCentre = new { id = jobCentre, consents16a = consent },
            teamLead = new { id = teamLead, name = "Petra Schulz" },
            customerGroup = group,
            municipalServices16a = s16a,
        });

    private string Population()
    {
        var lines = Enumerable.Range(0, 40).Select(i => Record(i, "TL-4711", s16a: i % 10 == 3, group: i % 3 == 0 ? "young" : "longTermUnemployed"))
            .Concat(Enumerable.Range(100, 6).Select(i => Record(i, "TL-0815")));
        return File("population.jsonl", string.Join("\n", lines) + "\n");
    }

    private const string RegisterJson = """
        { "format": "vkb-consent-16a/1", "decisions": [
          { "jobCentre": "96201", "consent": false, "decidedOn": "2024-11-20", "endsOn": null },
          { "jobCentre": "96202", "consent": true, "decidedOn": "2024-06-03", "endsOn": null } ] }
        """;

    private const string PhasesJson = """
        { "format": "vkb-phases/1", "phases": [
          { "id": "2025-Q2", "kind": "regular", "from": "2025-04", "to": "2025-06", "customerProcesses": ["placement"], "approvalReference": null } ] }
        """;

    private const string SpecJson = """
        {
          "drawId": "TL-2025-04",
          "month": "2025-04",
          "seed": "31415 92653 58979 32384",
          "committedAt": "2025-04-01T08:00:00Z",
          "keyField": "customerNumber",
          "unitField": "teamLead.id",
          "stratumField": "customerGroup",
          "perUnit": 10,
          "minPerStratum": 2,
          "reserve": 2,
          "weights": { "young": 2 },
          "section16a": { "markField": "municipalServices16a", "jobCentreField": "jobCentre.id", "statedConsentField": "jobCentre.consents16a" }
        }
        """;

    [Fact]
    [Trait("Rule", "S1")]
    [Trait("Rule", "S7")]
    [Trait("Rule", "S9")]
    public async Task Sample_ThenVerify_ProtocolValidAndSummaryWithoutValues()
    {
        var population = Population();
        var spec = File("spec.json", SpecJson);
        var protocolPath = Path.Combine(_directory.FullName, "protocol.json");

        var (exit, output, error) = await RunAsync("sample", "--population", population, "--spec", spec, "--out", protocolPath, "--consent-register", File("consent.json", RegisterJson));

        exit.ShouldBe(0, error);
        output.ShouldStartWith("sampled 16 of 46 records in 2 units (draw TL-2025-04); 1 units with a shortfall, 4 exclusions, 0 duplicate keys;");
        output.ShouldContain("§ 16a: 4 marked records, 4 excluded without consent in 2025-04; register sha256 ");
        output.ShouldNotContain("962D");
        var protocol = SampleProtocol.FromJson(await System.IO.File.ReadAllTextAsync(protocolPath));
        protocol.CommittedAt.ShouldBe(Instant.FromUtc(2025, 4, 1, 8, 0));
        protocol.Excluded.ShouldAllBe(e => e.Reason == "s16a-without-consent");
        protocol.Units.Single(u => u.Unit == "TL-4711").Selected.ShouldBe(10);
        protocol.Parameters.Extensions.Keys.ShouldBe(["keyField", "section16a", "stratumField", "unitField"]);

        var (verifyExit, verifyOut, verifyError) = await RunAsync("verify-sample", "--population", population, "--protocol", protocolPath, "--consent-register", File("consent.json", RegisterJson));
        verifyExit.ShouldBe(0, verifyError);
        verifyOut.ShouldStartWith("valid: draw TL-2025-04, 2 units, 16 selected");
    }

    [Fact]
    [Trait("Rule", "S9")]
    public async Task VerifySample_TamperedProtocol_ExitOneListingEachDiscrepancy()
    {
        var population = Population();
        var protocolPath = Path.Combine(_directory.FullName, "protocol.json");
        (await RunAsync("sample", "--population", population, "--spec", File("spec.json", SpecJson), "--out", protocolPath)).ExitCode.ShouldBe(0);
        var protocol = SampleProtocol.FromJson(await System.IO.File.ReadAllTextAsync(protocolPath));
        var unit = protocol.Units[1];
        var stratum = unit.Strata[0];
        var tampered = protocol with
        {
            Units = [protocol.Units[0], unit with { Strata = [stratum with { Allocated = stratum.Allocated + 1, Selected = [stratum.Selected[0] with { Key = "962D000003" }, .. stratum.Selected.Skip(1)] }, .. unit.Strata.Skip(1)] }],
        };
        await System.IO.File.WriteAllTextAsync(protocolPath, tampered.ToJson());

        var (exit, output, _) = await RunAsync("verify-sample", "--population", population, "--protocol", protocolPath);

        exit.ShouldBe(1);
        var lines = output.TrimEnd().Split('\n');
        lines[0].ShouldBe($"invalid: {lines.Length - 1} discrepancies between --protocol and --population (paths in the protocol)");
        output.ShouldContain("Allocation at units[1].strata[0].allocated");
        output.ShouldContain("Ticket at units[1].strata[0].selected[0].ticket");
        output.ShouldContain("Selection at units[1].strata[0].selected[0].key");
        output.ShouldNotContain("962D");
    }

    [Fact]
    public async Task VerifySample_PopulationChanged_ExitOne()
    {
        var population = Population();
        var protocolPath = Path.Combine(_directory.FullName, "protocol.json");
        (await RunAsync("sample", "--population", population, "--spec", File("spec.json", SpecJson), "--out", protocolPath)).ExitCode.ShouldBe(0);
        await System.IO.File.AppendAllTextAsync(population, Record(999, "TL-0815") + "\n");

        var (exit, output, _) = await RunAsync("verify-sample", "--population", population, "--protocol", protocolPath);

        exit.ShouldBe(1);
        output.ShouldContain("Population at populationDigest");
    }

    [Theory]
    [InlineData("{\"customerNumber\":\"962D000001\",\"teamLead\":{\"id\":\"TL-1\"},\"customerGroup\":\"young\"}\n{\"customerNumber\":\"962D000002\",\"customerGroup\":\"young\"}\n", "--population line 2: field 'teamLead.id' is missing.")]
    [InlineData("{\"customerNumber\":\"962D000001\",\"teamLead\":{\"id\":\"TL-1\"},\"customerGroup\":\"young\"}\n{\"customerNumber\": 962D000002}\n", "--population line 2: not valid JSON or a duplicate member (byte 22).")]
    [InlineData("{\"customerNumber\":{\"x\":1},\"teamLead\":{\"id\":\"TL-1\"},\"customerGroup\":\"young\"}\n", "--population line 1: field 'customerNumber' must be a string or number.")]
    [InlineData("\n\n", "holds no records; nothing was drawn.")]
    public async Task Sample_BadPopulation_ExitTwoNamingLineAndFieldNotValue(string content, string message)
    {
        var (exit, _, error) = await RunAsync("sample", "--population", File("p.jsonl", content), "--spec", File("spec.json", SpecJson), "--out", Path.Combine(_directory.FullName, "o.json"));

        exit.ShouldBe(2);
        error.ShouldContain(message);
        error.ShouldNotContain("962D");
        System.IO.File.Exists(Path.Combine(_directory.FullName, "o.json")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("\"perUnit\": 10", "\"perUnit\": 0", "--spec: perUnit must be at least 1.")]
    [InlineData("31415 92653 58979 32384", "31415 92653", "--spec: seed must be at least 20 dice digits")]
    [InlineData("\"keyField\": \"customerNumber\",", "", "--spec: field 'keyField' is missing or not a non-empty string.")]
    [InlineData("\"drawId\"", "\"drawIdd\"", "--spec: unknown field 'drawIdd'")]
    [InlineData("\"young\": 2", "\"young\": -2", "--spec: Every weight is greater than 0")]
    [InlineData("\"committedAt\": \"2025-04-01T08:00:00Z\",", "\"committedAt\": \"2025-04-01T08:00:00Z\", \"seedCommitment\": \"00\",", "--spec: seedCommitment is not the SHA-256 of the seed")]
    public async Task Sample_BadSpec_ExitTwoWithClearMessage(string from, string to, string message)
    {
        var (exit, _, error) = await RunAsync("sample", "--population", Population(), "--spec", File("spec.json", SpecJson.Replace(from, to, StringComparison.Ordinal)), "--out", Path.Combine(_directory.FullName, "o.json"));

        exit.ShouldBe(2);
        error.ShouldContain(message);
    }

    [Fact]
    [Trait("Rule", "S2")]
    public async Task Sample_DuplicateKeys_CountedOnceAndReported()
    {
        var population = File("dup.jsonl", string.Join("\n", Enumerable.Range(0, 12).Select(i => Record(i % 11, "TL-1"))) + "\n");
        var protocolPath = Path.Combine(_directory.FullName, "protocol.json");

        var (exit, output, _) = await RunAsync("sample", "--population", population, "--spec", File("spec.json", SpecJson), "--out", protocolPath);

        exit.ShouldBe(0);
        output.ShouldContain("1 duplicate keys");
        SampleProtocol.FromJson(await System.IO.File.ReadAllTextAsync(protocolPath)).Duplicates.ShouldHaveSingleItem().Occurrences.ShouldBe(2);
    }

    [Fact]
    public async Task VerifySample_MalformedProtocol_ExitTwo()
    {
        var (exit, _, error) = await RunAsync("verify-sample", "--population", Population(), "--protocol", File("bad.json", "{ \"algorithm\": \"vkb-sample-v1\" }"));
        exit.ShouldBe(2);
        error.ShouldStartWith("vkb: --protocol: The protocol is not valid:");
    }

    [Fact]
    public async Task Help_BothCommands_EndWithExample()
    {
        foreach (var command in new[] { "sample", "verify-sample" })
        {
            var (exit, output, _) = await RunAsync(command, "--help");
            exit.ShouldBe(0);
            output.ShouldContain("Example:");
            output.ShouldContain($"vkb {command} --population");
        }
    }

    private string Out => Path.Combine(_directory.FullName, "o.json");

    [Fact]
    [Trait("Rule", "S7")]
    public async Task Sample_WithoutRegister_EverySection16aCaseExcluded_AndWarned()
    {
        var population = File("p.jsonl", string.Join("\n", Enumerable.Range(0, 20).Select(i => Record(i, "TL-1", s16a: i % 2 == 0, consent: true, jobCentre: "96202"))) + "\n");

        var (exit, output, error) = await RunAsync("sample", "--population", population, "--spec", File("spec.json", SpecJson), "--out", Out);

        exit.ShouldBe(0, error);
        error.ShouldContain("no --consent-register: every § 16a case is excluded (S7, fail closed)");
        SampleProtocol.FromJson(await System.IO.File.ReadAllTextAsync(Out)).Excluded.Count.ShouldBe(10);

        // With the register 96202 consents: nothing excluded; the records' own consents16a agree.
        (exit, output, error) = await RunAsync("sample", "--population", population, "--spec", File("spec.json", SpecJson), "--out", Out, "--consent-register", File("c.json", RegisterJson));
        exit.ShouldBe(0, error);
        SampleProtocol.FromJson(await System.IO.File.ReadAllTextAsync(Out)).Excluded.ShouldBeEmpty();
        error.ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "S7")]
    public async Task Sample_RecordStatesConsentTheRegisterDenies_RegisterDecidesAndWarns()
    {
        var population = File("p.jsonl", string.Join("\n", Enumerable.Range(0, 20).Select(i => Record(i, "TL-1", s16a: i < 5, consent: true))) + "\n");

        var (exit, output, error) = await RunAsync("sample", "--population", population, "--spec", File("spec.json", SpecJson), "--out", Out, "--consent-register", File("c.json", RegisterJson));

        exit.ShouldBe(0, error);
        error.ShouldContain("warning: 20 records state a § 16a consent that the register contradicts; the register decides (S7).");
        SampleProtocol.FromJson(await System.IO.File.ReadAllTextAsync(Out)).Excluded.Count.ShouldBe(5);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public async Task VerifySample_CaseDrawnAgainstTheRegister_ExitOne_AndRegisterMissing_ExitTwo()
    {
        var population = Population();
        var permissive = File("permissive.csv", "jobCentre,consent,decidedOn,endsOn\n96201,yes,2024-01-01,\n");
        var protocolPath = Path.Combine(_directory.FullName, "protocol.json");
        (await RunAsync("sample", "--population", population, "--spec", File("spec.json", SpecJson), "--out", protocolPath, "--consent-register", permissive)).ExitCode.ShouldBe(0);

        var (exit, output, _) = await RunAsync("verify-sample", "--population", population, "--protocol", protocolPath, "--consent-register", File("c.json", RegisterJson));

        exit.ShouldBe(1);
        output.ShouldContain("Section16a at section16a.registerSha256");
        output.ShouldContain("A § 16a case was drawn although the consent register gives no consent");
        output.ShouldNotContain("962D");

        var (missing, _, error) = await RunAsync("verify-sample", "--population", population, "--protocol", protocolPath);
        missing.ShouldBe(2);
        error.ShouldContain("--consent-register: the protocol was drawn against a consent register");
    }

    [Fact]
    [Trait("Rule", "S11")]
    public async Task Sample_MonthOutsideThePhases_ExitTwo()
    {
        var phases = File("phases.json", PhasesJson);
        (await RunAsync("sample", "--population", Population(), "--spec", File("spec.json", SpecJson), "--out", Out, "--phases", phases)).ExitCode.ShouldBe(0);
        System.IO.File.Delete(Out);

        var (exit, _, error) = await RunAsync("sample", "--population", Population(), "--spec", File("spec.json", SpecJson.Replace("\"month\": \"2025-04\"", "\"month\": \"2025-07\"", StringComparison.Ordinal)), "--out", Out, "--phases", phases);

        exit.ShouldBe(2);
        error.ShouldContain("--phases: the draw month 2025-07 lies outside every announced assessment phase (S11)");
        System.IO.File.Exists(Out).ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "S1")]
    public async Task Sample_NinePerTeamLead_RefusedWithoutReason_RecordedWithIt()
    {
        var spec = File("spec.json", SpecJson.Replace("\"perUnit\": 10", "\"perUnit\": 9", StringComparison.Ordinal));

        var (exit, _, error) = await RunAsync("sample", "--population", Population(), "--spec", spec, "--out", Out);
        exit.ShouldBe(2);
        error.ShouldContain("A team lead reviews at least 10 records per month (S1)");
        error.ShouldContain("--below-floor-reason");
        System.IO.File.Exists(Out).ShouldBeFalse();

        (exit, var output, error) = await RunAsync("sample", "--population", Population(), "--spec", spec, "--out", Out, "--below-floor-reason", "pilot agreed with the staff council");
        exit.ShouldBe(0, error);
        output.ShouldContain("below the floor of 10 by documented reason: pilot agreed with the staff council");
        SampleProtocol.FromJson(await System.IO.File.ReadAllTextAsync(Out)).Parameters.BelowFloorReason.ShouldBe("pilot agreed with the staff council");
    }

    [Fact]
    [Trait("Rule", "S5")]
    public async Task Sample_HeadOfficeNinePerRd_RefusedWithoutReason()
    {
        var spec = File("spec.json", SpecJson.Replace("\"perUnit\": 10", "\"perUnit\": 9, \"level\": \"headOffice\"", StringComparison.Ordinal));
        var (exit, _, error) = await RunAsync("sample", "--population", Population(), "--spec", spec, "--out", Out);
        exit.ShouldBe(2);
        error.ShouldContain("Head office draws at least 10 per RD and month (S5)");
    }

    [Fact]
    [Trait("Rule", "S6")]
    public async Task Sample_DistrictDraw_PopulationWithAnotherDistrictsCase_ExitTwo()
    {
        var spec = File("spec.json", SpecJson.Replace("\"unitField\": \"teamLead.id\",", "\"unitField\": \"teamLead.id\", \"unit\": \"TL-4711\", \"level\": \"regionalDirectorate\",", StringComparison.Ordinal));
        var own = File("own.jsonl", string.Join("\n", Enumerable.Range(0, 20).Select(i => Record(i, "TL-4711"))) + "\n");
        (await RunAsync("sample", "--population", own, "--spec", spec, "--out", Out)).ExitCode.ShouldBe(0);
        (await RunAsync("verify-sample", "--population", own, "--protocol", Out)).ExitCode.ShouldBe(0);
        System.IO.File.Delete(Out);

        var (exit, _, error) = await RunAsync("sample", "--population", Population(), "--spec", spec, "--out", Out);

        exit.ShouldBe(2);
        error.ShouldContain("--population line 41: the record belongs to another unit than the spec's unit");
        error.ShouldContain("(S6)");
        System.IO.File.Exists(Out).ShouldBeFalse();
    }

    [Theory]
    [InlineData("\"jobCentreField\": \"jobCentre.id\"", "\"jobCentreField\": \"jobcentre.id\"", "section16a.jobCentreField: the field path 'jobcentre.id' occurs in no record")]
    [InlineData("\"markField\": \"municipalServices16a\"", "\"markField\": \"municipalServices16A\"", "section16a.markField: the field path 'municipalServices16A' occurs in no record")]
    [InlineData("\"perUnit\": 10,", "\"perUnit\": 10, \"exclude\": [ { \"reason\": \"host\", \"when\": { \"municipalServices16A\": true } } ],", "exclude[0].when: the field path 'municipalServices16A' occurs in no record")]
    [Trait("Rule", "S7")]
    public async Task Sample_PathMatchingNoRecord_ExitTwoNothingWritten(string from, string to, string message)
    {
        var (exit, _, error) = await RunAsync("sample", "--population", Population(), "--spec", File("spec.json", SpecJson.Replace(from, to, StringComparison.Ordinal)), "--out", Out);

        exit.ShouldBe(2, error);
        error.ShouldContain(message);
        System.IO.File.Exists(Out).ShouldBeFalse();
    }

    [Theory]
    [InlineData("\"section16a\": { \"markField\": \"municipalServices16a\", \"jobCentreField\": \"jobCentre.id\", \"statedConsentField\": \"jobCentre.consents16a\" }", "\"level\": \"teamLead\"", "--spec: section16a is missing")]
    [InlineData("\"drawId\": \"TL-2025-04\",", "\"drawId\": \"TL-2025-04\", \"drawId\": \"TL-2025-05\",", "--spec: not valid JSON or a duplicate member")]
    [InlineData("\"month\": \"2025-04\",", "", "--spec: field 'month'")]
    public async Task Sample_SpecWithoutSection16aOrWithDuplicates_ExitTwo(string from, string to, string message)
    {
        var json = SpecJson.Replace(from, to, StringComparison.Ordinal);
        json.ShouldNotBe(SpecJson);
        var (exit, _, error) = await RunAsync("sample", "--population", Population(), "--spec", File("spec.json", json), "--out", Out);
        exit.ShouldBe(2);
        error.ShouldContain(message);
    }

    [Fact]
    public async Task Sample_PopulationRecordWithDuplicateMember_ExitTwo()
    {
        var line = Record(1, "TL-1").Replace("\"customerGroup\"", "\"customerNumber\":\"962D999999\",\"customerGroup\"", StringComparison.Ordinal);
        var (exit, _, error) = await RunAsync("sample", "--population", File("p.jsonl", line + "\n"), "--spec", File("spec.json", SpecJson), "--out", Out);
        exit.ShouldBe(2);
        error.ShouldContain("--population line 1: not valid JSON or a duplicate member");
        error.ShouldNotContain("962D");
    }

    [Theory]
    [InlineData("\"units\": [", "\"units\": null, \"u\": [")]
    [InlineData("\"excluded\": [", "\"excluded\": [ null, ")]
    [InlineData("\"seed\": \"", "\"seed\": null, \"s\": \"")]
    [InlineData("\"section16a\": {", "\"section16a\": null, \"x\": {")]
    [InlineData("\"drawId\": \"TL-2025-04\",", "\"drawId\": \"TL-2025-04\", \"drawId\": \"TL-2025-05\",")]
    public async Task VerifySample_NullOrDuplicateProtocolMember_ExitTwoWithoutStackTrace(string from, string to)
    {
        var population = Population();
        var protocolPath = Path.Combine(_directory.FullName, "protocol.json");
        (await RunAsync("sample", "--population", population, "--spec", File("spec.json", SpecJson), "--out", protocolPath)).ExitCode.ShouldBe(0);
        var json = await System.IO.File.ReadAllTextAsync(protocolPath);
        var broken = json.Replace(from, to, StringComparison.Ordinal);
        broken.ShouldNotBe(json);
        await System.IO.File.WriteAllTextAsync(protocolPath, broken);

        var (exit, output, error) = await RunAsync("verify-sample", "--population", population, "--protocol", protocolPath);

        exit.ShouldBe(2, output + error);
        error.ShouldStartWith("vkb: --protocol: ");
        error.ShouldNotContain("   at ");
        error.ShouldNotContain("NullReference");
    }

    [Fact]
    public async Task SampleAndVerify_FileOfNulBytesOrDevZero_ExitTwoWithinTheLimits()
    {
        var nul = Path.Combine(_directory.FullName, "nul.jsonl");
        await System.IO.File.WriteAllBytesAsync(nul, new byte[3 << 20]);

        var (exit, _, error) = await RunAsync("sample", "--population", nul, "--spec", File("spec.json", SpecJson), "--out", Out, "--max-line-bytes", "1048576");
        exit.ShouldBe(2);
        error.ShouldContain("--population line 1: longer than 1,048,576 bytes");

        (exit, _, error) = await RunAsync("sample", "--population", nul, "--spec", nul, "--out", Out, "--max-file-bytes", "1048576");
        exit.ShouldBe(2);
        error.ShouldContain("is larger than the limit of 1,048,576 bytes");

        (exit, _, error) = await RunAsync("verify-sample", "--population", Population(), "--protocol", nul);
        exit.ShouldBe(2);
        error.ShouldStartWith("vkb: --protocol:");

        if (System.IO.File.Exists("/dev/zero"))
        {
            (exit, _, error) = await RunAsync("verify-sample", "--population", "/dev/zero", "--protocol", "/dev/zero", "--max-file-bytes", "1048576");
            exit.ShouldBe(2);
            error.ShouldContain("larger than the limit of 1,048,576 bytes");
            (exit, _, error) = await RunAsync("sample", "--population", "/dev/zero", "--spec", File("spec.json", SpecJson), "--out", Out, "--max-line-bytes", "1048576");
            exit.ShouldBe(2);
            error.ShouldContain("longer than 1,048,576 bytes");
        }

        System.IO.File.Exists(Out).ShouldBeFalse();
    }
}
