using System.Security.Cryptography;
using NodaTime;
using NodaTime.Testing;
using Vkb.Testing;

namespace Vkb.Cli.Tests;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("vkb-generate-");

    public void Dispose() => _directory.Delete(recursive: true);

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var clock = new FakeClock(Instant.FromUtc(2025, 4, 30, 12, 0));
        var exitCode = await VkbApp.RunAsync(args, new CliContext(output, error, clock, showProgress: false));
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    [Trait("Rule", "P2")]
    public async Task Generate_SmallScale_WritesValidLinesAndPrintsSummary()
    {
        var file = Path.Combine(_directory.FullName, "small.jsonl");

        var (exitCode, output, error) = await RunAsync("generate", "--out", file, "--scale", "small", "--seed", "42");

        exitCode.ShouldBe(0, error);
        var lines = await File.ReadAllLinesAsync(file);
        lines.Length.ShouldBe(3_000);
        lines.ShouldAllBe(l => ExtractRecordValidator.Validate(l).IsValid);
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)));
        var summary = output.Trim();
        summary.Split('\n').Length.ShouldBe(1);
        summary.ShouldStartWith("generated 3,000 records (4 job centres, 2 employment agencies, 2 RDs, 360 flagged for 2025-04) seed 42: ");
        summary.ShouldContain("sha256 " + sha);
        summary.ShouldContain(new FileInfo(file).Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " bytes");
        _directory.GetFiles().Select(f => f.Name).ShouldBe(["small.jsonl"]);
    }

    [Fact]
    public async Task Generate_SameSeedTwice_WritesTheSameBytes()
    {
        var first = Path.Combine(_directory.FullName, "a.jsonl");
        var second = Path.Combine(_directory.FullName, "b.jsonl");

        (await RunAsync("generate", "--out", first, "--records", "200", "--seed", "7")).ExitCode.ShouldBe(0);
        (await RunAsync("generate", "--out", second, "--records", "200", "--seed", "7")).ExitCode.ShouldBe(0);

        (await File.ReadAllBytesAsync(second)).ShouldBe(await File.ReadAllBytesAsync(first));
    }

    [Fact]
    public async Task Generate_RecordsAndReviewMonth_ShapeTheExtract()
    {
        var file = Path.Combine(_directory.FullName, "x.jsonl");

        var (exitCode, output, _) = await RunAsync("generate", "--out", file, "--records", "500", "--review-month", "2024-11", "--phase", "2024-2");

        exitCode.ShouldBe(0);
        var lines = (await File.ReadAllLinesAsync(file)).Length;
        lines.ShouldBeInRange(475, 525); // "about N": the caseload per team is scaled
        output.ShouldContain($"generated {lines:N0} records");
        output.ShouldContain("flagged for 2024-11");
        (await File.ReadAllTextAsync(file)).ShouldContain("\"month\":\"2024-11\"");
    }

    [Fact]
    public async Task Generate_ExistingFile_IsReplaced()
    {
        var file = Path.Combine(_directory.FullName, "old.jsonl");
        await File.WriteAllTextAsync(file, "old content\n");

        (await RunAsync("generate", "--out", file, "--records", "50")).ExitCode.ShouldBe(0);

        (await File.ReadAllTextAsync(file)).ShouldNotContain("old content");
    }

    [Theory]
    [InlineData("--records", "0")]
    [InlineData("--review-month", "2025-13")]
    [InlineData("--phase", "no spaces")]
    public async Task Generate_InvalidOption_FailsWithInputErrorAndWritesNothing(string option, string value)
    {
        var file = Path.Combine(_directory.FullName, "bad.jsonl");

        var (exitCode, _, error) = await RunAsync("generate", "--out", file, option, value);

        exitCode.ShouldBe(ExitCodes.InputError);
        error.ShouldStartWith("vkb: " + option);
        File.Exists(file).ShouldBeFalse();
    }

    [Fact]
    public async Task Generate_UnknownScale_IsRejected()
    {
        var (exitCode, _, _) = await RunAsync("generate", "--out", Path.Combine(_directory.FullName, "u.jsonl"), "--scale", "galactic");

        exitCode.ShouldNotBe(0);
        _directory.GetFiles().ShouldBeEmpty();
    }

    [Fact]
    public async Task Generate_MissingDirectory_FailsWithInputError()
    {
        var (exitCode, _, error) = await RunAsync("generate", "--out", Path.Combine(_directory.FullName, "missing", "x.jsonl"));

        exitCode.ShouldBe(ExitCodes.InputError);
        error.ShouldContain("does not exist");
    }

    [Fact]
    public async Task Generate_Help_DescribesEveryOptionWithAnExample()
    {
        var (exitCode, output, _) = await RunAsync("generate", "--help");

        exitCode.ShouldBe(0);
        foreach (var option in new[] { "--out", "--seed", "--scale", "--records", "--review-month", "--phase", "Example", "vkb generate --out" })
        {
            output.ShouldContain(option);
        }
    }
}
