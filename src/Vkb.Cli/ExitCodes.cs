namespace Vkb.Cli;

/// <summary>The exit codes of every <c>vkb</c> command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked and every check passed.</summary>
    public const int Success = 0;

    /// <summary>A verification found discrepancies, or a request was refused (the reason is printed).</summary>
    public const int Failure = 1;

    /// <summary>Bad input or usage: a missing file, invalid JSON, an invalid option value.</summary>
    public const int InputError = 2;
}
