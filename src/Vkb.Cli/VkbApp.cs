using System.CommandLine;
using Vkb.Cli.Commands;

namespace Vkb.Cli;

/// <summary>
/// The <c>vkb</c> command tree. Every command group lives in its own file under <c>Commands/</c>
/// and is registered here; tests run the same tree in-process through <see cref="RunAsync"/>.
/// </summary>
internal static class VkbApp
{
    /// <summary>Builds the root command with every command group.</summary>
    public static RootCommand CreateRootCommand(CliContext context)
    {
        var root = new RootCommand(
            "vkb — the course-related case review (VKB) of the Bundesagentur für Arbeit, run privacy-compliantly: " +
            "synthetic extracts, pseudonymisation, verifiable sampling, catalogues and capped entitlements.\n\n" +
            "Exit codes: 0 success; 1 a check failed or a request was refused; 2 bad input or usage.\n\n" +
            "Files are created owner-only (0600, folders 0700); set VKB_FILE_MODE=umask to let the process umask decide instead (key files stay 0600). " +
            "Every input file is read up to a limit (docs/security.md); /dev/zero or a huge file fails with exit 2.\n\n" +
            "Example:\n  vkb demo --out ./vkb-demo");
        NameRoot(root);
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(CompletionCommand.Create(context, root));
        root.Subcommands.Add(GenerateCommand.Create(context));
        root.Subcommands.Add(GrantsCommands.Create(context));
        root.Subcommands.Add(CatalogCommands.Create(context));
        PseudonymizationCommands.AddTo(root, context);
        SamplingCommands.AddTo(root, context);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; never throws for user errors.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        if (CliContext.RestrictFileModes() is { } modeProblem)
        {
            await context.Error.WriteLineAsync($"vkb: {modeProblem}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        var root = CreateRootCommand(context);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && !WantsHelp(args))
        {
            // Usage errors exit 2 (docs/cli.md), with the errors and where to look.
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync($"vkb: {error.Message}").ConfigureAwait(false);
            }

            var command = parseResult.CommandResult.Command;
            var path = string.Join(' ', CommandPath(command));
            await context.Error.WriteLineAsync($"Run '{path} --help' for usage.").ConfigureAwait(false);
            return ExitCodes.InputError;
        }

        var configuration = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await context.Error.WriteLineAsync($"vkb: {ex.Message}").ConfigureAwait(false);
            return ex.ExitCode;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("vkb: cancelled.").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IOException or UnauthorizedAccessException or InvalidOperationException or System.Text.Json.JsonException)
        {
            // Library messages state the rule and name fields and lines, never record values.
            await context.Error.WriteLineAsync($"vkb: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.InputError;
        }
    }

    private static bool WantsHelp(IReadOnlyList<string> args) => args.Any(a => a is "--help" or "-h" or "-?" or "/?");

    private static List<string> CommandPath(Command command)
    {
        var names = new List<string>();
        for (Symbol? symbol = command; symbol is Command c; symbol = c.Parents.FirstOrDefault())
        {
            names.Insert(0, c is RootCommand ? "vkb" : c.Name);
        }

        return names;
    }

    /// <summary>
    /// The usage line says <c>vkb</c> whatever the host process is called (<c>dotnet run</c> shows
    /// <c>Vkb.Cli</c>, tests <c>testhost</c>): System.CommandLine names the root after the executable
    /// and offers no setter, so the name is set once here.
    /// </summary>
    private static void NameRoot(RootCommand root)
    {
        var field = typeof(Symbol).GetField("<Name>k__BackingField", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic);
        field?.SetValue(root, "vkb");
    }
}
