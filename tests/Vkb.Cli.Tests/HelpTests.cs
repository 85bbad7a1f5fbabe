using System.CommandLine;
using NodaTime;

namespace Vkb.Cli.Tests;

public sealed class HelpTests
{
    private static IEnumerable<(string Path, Command Command)> AllCommands(Command command, string path)
    {
        foreach (var child in command.Subcommands)
        {
            var childPath = path + " " + child.Name;
            yield return (childPath, child);
            foreach (var grandChild in AllCommands(child, childPath))
            {
                yield return grandChild;
            }
        }
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var exit = await VkbApp.RunAsync(args, new CliContext(output, new StringWriter(), SystemClock.Instance, showProgress: false));
        return (exit, output.ToString());
    }

    [Fact]
    public async Task RootHelp_ListsEveryCommand()
    {
        var root = VkbApp.CreateRootCommand(new CliContext(TextWriter.Null, TextWriter.Null, SystemClock.Instance, false));
        var (exit, output) = await RunAsync("--help");
        exit.ShouldBe(0);
        root.Subcommands.Count.ShouldBeGreaterThanOrEqualTo(9);
        foreach (var command in root.Subcommands)
        {
            output.ShouldContain(command.Name);
        }

        foreach (var expected in new[] { "demo", "generate", "keygen", "pseudonymize", "verify-export", "sample", "verify-sample", "catalog", "grants" })
        {
            root.Subcommands.ShouldContain(c => c.Name == expected);
        }
    }

    [Fact]
    public async Task EveryCommand_HelpEndsWithAnExample()
    {
        var root = VkbApp.CreateRootCommand(new CliContext(TextWriter.Null, TextWriter.Null, SystemClock.Instance, false));
        var commands = AllCommands(root, "vkb").ToList();
        commands.Count.ShouldBeGreaterThan(15);
        foreach (var (path, command) in commands)
        {
            var (exit, output) = await RunAsync([.. path.Split(' ').Skip(1), "--help"]);
            exit.ShouldBe(0, path);
            output.ShouldContain("Example", Case.Sensitive, path);
            output.ShouldContain(path + " ", Case.Sensitive, path);
        }
    }

    [Fact]
    public async Task RootHelp_MatchesApproved()
    {
        var (_, output) = await RunAsync("--help");
        output = output.ReplaceLineEndings("\n");

        // No normalisation: the usage line says vkb although the host process here is testhost.
        output.ShouldMatchApproved(c => c.SubFolder("Approved").WithDiscriminator("vkb-help").NoDiff());
    }

    [Fact]
    public async Task SubcommandHelp_UsageLineNamesVkb_NotTheHostProcess()
    {
        System.CommandLine.RootCommand.ExecutableName.ShouldNotBe("vkb");
        var (exit, output) = await RunAsync("grants", "request", "--help");
        exit.ShouldBe(0);
        output.ReplaceLineEndings("\n").ShouldContain("Usage:\n  vkb grants request ");
        output.ShouldNotContain(System.CommandLine.RootCommand.ExecutableName + " grants");
    }

    [Theory]
    [InlineData("Usage:\n  Vkb.Cli [command] [options]\n", "Usage:\n  vkb [command] [options]\n")]
    [InlineData("Description:\n  x\r\n\r\nUsage:\r\n  Vkb.Cli grants list [options]\r\n", "Description:\n  x\r\n\r\nUsage:\r\n  vkb grants list [options]\r\n")]
    [InlineData("Usage:\n  Vkb.Cli\n", "Usage:\n  vkb\n")]
    [InlineData("Usage:\n  Vkb.Client x\nVkb.Cli y\n", "Usage:\n  Vkb.Client x\nVkb.Cli y\n")]
    public void NameUsage_ReplacesOnlyTheExecutableAtTheStartOfTheUsageLine(string help, string expected) =>
        VkbApp.NameUsage(help, "Vkb.Cli").ShouldBe(expected);
}
