using System.CommandLine;

namespace Vkb.Cli;

/// <summary>Small helpers so that every command declares its options the same way.</summary>
internal static class CliOptions
{
    public static Option<FileInfo> RequiredFile(string name, string description) =>
        new(name) { Description = description, Required = true };

    public static Option<FileInfo?> OptionalFile(string name, string description) =>
        new(name) { Description = description };

    public static Option<DirectoryInfo?> OptionalDirectory(string name, string description) =>
        new(name) { Description = description };

    /// <summary>Appends an "Example:" block to a command description.</summary>
    public static string WithExample(string description, params string[] examples) =>
        description + "\n\nExample" + (examples.Length > 1 ? "s" : string.Empty) + ":\n" +
        string.Join('\n', examples.Select(e => "  " + e));

    /// <summary>Throws a <see cref="CliException"/> if <paramref name="file"/> does not exist.</summary>
    public static FileInfo MustExist(FileInfo file, string optionName)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (!file.Exists)
        {
            throw new CliException($"{optionName}: the file '{file.FullName}' does not exist.");
        }

        return file;
    }

    /// <summary>
    /// Reads a whole input file of at most <paramref name="maxBytes"/> bytes (a device such as /dev/zero or a
    /// huge file fails fast); every failure is a <see cref="CliException"/> naming the option, never content.
    /// </summary>
    public static byte[] ReadBounded(FileInfo file, string optionName, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            return SafeFile.ReadBounded(file.FullName, maxBytes);
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{optionName}: the file '{file.FullName}' does not exist.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{optionName}: the file '{file.FullName}' cannot be read: {ex.Message}");
        }
    }

    /// <summary>Warns on <paramref name="error"/> when a secret file (a key) may be read by group or others.</summary>
    public static void WarnIfReadableByOthers(FileInfo file, string optionName, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(error);
        if (file.Exists && SafeFile.IsAccessibleByOthers(file.FullName))
        {
            error.WriteLine($"vkb: warning: {optionName}: the file '{file.FullName}' is readable or writable by group or others; restrict it to its owner (chmod 600).");
        }
    }

    /// <summary>Checks before anything is written that <paramref name="file"/> can be an output (not a directory, not a symbolic link).</summary>
    public static void CheckOutput(FileInfo file, string optionName)
    {
        ArgumentNullException.ThrowIfNull(file);
        try
        {
            SafeFile.CheckTarget(file.FullName);
        }
        catch (IOException ex)
        {
            throw new CliException($"{optionName}: '{file.FullName}': {ex.Message}");
        }
    }

    /// <summary>Reserves an output in <paramref name="transaction"/> before any work, so an unwritable path fails first.</summary>
    public static string Reserve(FileTransaction transaction, string path, string optionName)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        try
        {
            return transaction.Reserve(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{optionName}: '{path}' cannot be written: {ex.Message}");
        }
    }
}
