namespace Vkb.Cli;

/// <summary>
/// A failure the CLI reports as one line on stderr and an exit code. The message names files,
/// line numbers and field paths, never a value read from a case record.
/// </summary>
internal sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.InputError)
        : base(message) => ExitCode = exitCode;

    public CliException(string message, Exception innerException, int exitCode = ExitCodes.InputError)
        : base(message, innerException) => ExitCode = exitCode;

    public CliException()
        : this("The command failed.")
    {
    }

    public CliException(string message)
        : this(message, ExitCodes.InputError)
    {
    }

    public CliException(string message, Exception innerException)
        : this(message, innerException, ExitCodes.InputError)
    {
    }

    /// <summary>The process exit code for this failure.</summary>
    public int ExitCode { get; }
}
