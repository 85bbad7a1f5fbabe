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
}
