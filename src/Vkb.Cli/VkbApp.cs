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
            "Example:\n  vkb demo --out ./vkb-demo");
        root.Subcommands.Add(DemoCommand.Create(context));
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
        CliContext.RestrictFileModes();
        var root = CreateRootCommand(context);
        var parseResult = root.Parse(args);
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
}
