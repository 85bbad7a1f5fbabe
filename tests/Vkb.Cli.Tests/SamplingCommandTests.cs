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

    private static string Record(int i, string teamLead, bool s16a = false, bool consent = false, string group = "longTermUnemployed") =>
        JsonSerializer.Serialize(new
        {
            customerNumber = $"962D{i:D6}",
            jobCentre = new { id = "96201", consents16a = consent },
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

    private const string SpecJson = """
        {
          "drawId": "TL-2025-04",
          "seed": "31415 92653 58979 32384",
          "committedAt": "2025-04-01T08:00:00Z",
          "keyField": "customerNumber",
          "unitField": "teamLead.id",
          "stratumField": "customerGroup",
          "perUnit": 10,
          "minPerStratum": 2,
          "reserve": 2,
          "weights": { "young": 2 },
          "exclude": [ { "reason": "s16a-without-consent", "when": { "municipalServices16a": true, "jobCentre.consents16a": false } } ]
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

        var (exit, output, error) = await RunAsync("sample", "--population", population, "--spec", spec, "--out", protocolPath);

        exit.ShouldBe(0, error);
        output.ShouldStartWith("sampled 16 of 46 records in 2 units (draw TL-2025-04); 1 units with a shortfall, 4 exclusions, 0 duplicate keys;");
        output.ShouldNotContain("962D");
        var protocol = SampleProtocol.FromJson(await System.IO.File.ReadAllTextAsync(protocolPath));
        protocol.CommittedAt.ShouldBe(Instant.FromUtc(2025, 4, 1, 8, 0));
        protocol.Excluded.ShouldAllBe(e => e.Reason == "s16a-without-consent");
        protocol.Units.Single(u => u.Unit == "TL-4711").Selected.ShouldBe(10);
        protocol.Parameters.Extensions.Keys.ShouldBe(["exclude", "keyField", "stratumField", "unitField"]);

        var (verifyExit, verifyOut, verifyError) = await RunAsync("verify-sample", "--population", population, "--protocol", protocolPath);
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
        lines[0].ShouldBe($"invalid: {lines.Length - 1} discrepancies");
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
    [InlineData("{\"customerNumber\":\"962D000001\",\"teamLead\":{\"id\":\"TL-1\"},\"customerGroup\":\"young\"}\n{\"customerNumber\": 962D000002}\n", "--population line 2: not valid JSON (byte 22).")]
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
}
