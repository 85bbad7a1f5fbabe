using System.Runtime.InteropServices;
using NodaTime;

namespace Vkb.Cli;

/// <summary>What a command may touch of the outside world: its writers and its clock.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error, IClock clock, bool showProgress)
    {
        Out = output ?? throw new ArgumentNullException(nameof(output));
        Error = error ?? throw new ArgumentNullException(nameof(error));
        Clock = clock ?? throw new ArgumentNullException(nameof(clock));
        ShowProgress = showProgress;
    }

    /// <summary>Results and summaries.</summary>
    public TextWriter Out { get; }

    /// <summary>Errors and progress.</summary>
    public TextWriter Error { get; }

    /// <summary>The clock for commitments, manifests and ledger entries.</summary>
    public IClock Clock { get; }

    /// <summary>Whether long-running steps report progress on <see cref="Error"/>.</summary>
    public bool ShowProgress { get; }

    /// <summary>The real console and clock.</summary>
    public static CliContext FromConsole() =>
        new(Console.Out, Console.Error, SystemClock.Instance, showProgress: true);

    /// <summary>Starts reporting progress for one step; silent for steps that finish within a second.</summary>
    public ProgressReporter Progress(string step) => new(Error, step, ShowProgress);

    /// <summary>
    /// Makes every file and directory this process creates owner-only (umask 077), also those that
    /// SQLite (the ledger, its journal) and other writers outside <see cref="SafeFile"/> create: the
    /// outputs of vkb hold pseudonymised case data, mappings and keys. A user who wants other modes sets
    /// <c>VKB_FILE_MODE=umask</c> (<see cref="SafeFile.FileModeVariable"/>): the process umask is then left
    /// as it is and decides (key files stay 0600). No effect on Windows.
    /// </summary>
    /// <returns>Null, or a message for a value of the variable other than <c>owner</c> or <c>umask</c>.</returns>
    public static string? RestrictFileModes()
    {
        var requested = Environment.GetEnvironmentVariable(SafeFile.FileModeVariable);
        if (requested is not (null or "" or "owner" or "umask"))
        {
            _ = OperatingSystem.IsWindows() ? 0 : Umask(0x3F);
            return $"{SafeFile.FileModeVariable}: expected 'owner' (the default: files 0600, folders 0700) or 'umask' (the process umask decides).";
        }

        if (!OperatingSystem.IsWindows() && !SafeFile.RespectsUmask)
        {
            _ = Umask(0x3F); // 077
        }

        return null;
    }

    // DllImport, not LibraryImport: the source generator needs unsafe blocks, and umask's two integers marshal as they are.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "umask")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern uint Umask(uint mask);
#pragma warning restore SYSLIB1054
}
