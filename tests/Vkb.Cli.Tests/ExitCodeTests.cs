using System.CommandLine;
using NodaTime;

namespace Vkb.Cli.Tests;

/// <summary>Exit codes as documented (docs/cli.md): 0 ok, 1 a check failed or a request was refused, 2 usage or input.</summary>
public sealed class ExitCodeTests
{
    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await VkbApp.RunAsync(args, new CliContext(output, error, SystemClock.Instance, showProgress: false));
        return (exit, output.ToString(), error.ToString());
    }

    private static IEnumerable<string[]> CommandPaths()
    {
        var root = VkbApp.CreateRootCommand(new CliContext(TextWriter.Null, TextWriter.Null, SystemClock.Instance, false));
        return CompletionCommand_Table(root).Select(p => p.Split(' ').Skip(1).ToArray());
    }

    private static IEnumerable<string> CompletionCommand_Table(Command root) =>
        Commands.CompletionCommand.Table(root).Select(t => t.Path);

    [Fact]
    public async Task UnknownOption_ExitsTwo_WithUsageHint()
    {
        var (exit, _, error) = await RunAsync("--bogus");
        exit.ShouldBe(ExitCodes.InputError);
        error.ShouldContain("--bogus");
        error.ShouldContain("vkb --help");
    }

    [Fact]
    public async Task EveryCommand_UnknownOption_ExitsTwo()
    {
        var paths = CommandPaths().ToList();
        paths.Count.ShouldBeGreaterThan(15);
        foreach (var path in paths)
        {
            var (exit, _, error) = await RunAsync([.. path, "--no-such-option"]);
            exit.ShouldBe(ExitCodes.InputError, string.Join(' ', path) + ": " + error);
        }
    }

    [Fact]
    public async Task EveryCommand_Help_ExitsZero_AndSaysVkb()
    {
        foreach (var path in CommandPaths())
        {
            var (exit, output, _) = await RunAsync([.. path, "--help"]);
            exit.ShouldBe(ExitCodes.Success, string.Join(' ', path));
            output.ShouldContain("vkb" + (path.Length > 0 ? " " + string.Join(' ', path) : string.Empty), Case.Sensitive, string.Join(' ', path));
        }
    }

    [Fact]
    public async Task VerifyExport_MissingFile_ExitsTwo()
    {
        var (exit, _, _) = await RunAsync("verify-export", "--in", Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".jsonl"));
        exit.ShouldBe(ExitCodes.InputError);
    }

    [Theory]
    [InlineData("bash", "complete -o default -F _vkb vkb")]
    [InlineData("zsh", "bashcompinit")]
    [InlineData("pwsh", "Register-ArgumentCompleter -Native -CommandName vkb")]
    public async Task Completion_PrintsAScriptWithEveryCommand(string shell, string marker)
    {
        var (exit, output, _) = await RunAsync("completion", shell);
        exit.ShouldBe(ExitCodes.Success);
        output.ShouldContain(marker);
        foreach (var command in new[] { "demo", "generate", "pseudonymize", "grants", "catalog", "completion" })
        {
            output.ShouldContain(command);
        }
    }

    [Fact]
    public async Task Completion_UnknownShell_ExitsTwo()
    {
        (await RunAsync("completion", "fish")).Exit.ShouldBe(ExitCodes.InputError);
    }
}
