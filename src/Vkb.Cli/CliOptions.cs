using System.CommandLine;
using System.Globalization;
using System.Text;

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
    /// The CLI's one bounded reader: reads a whole input file of at most <paramref name="maxBytes"/> bytes through
    /// <see cref="SafeFile.ReadBounded"/>, which reads at most one byte past the limit (a device such as /dev/zero or
    /// a huge file fails fast instead of exhausting memory). Every failure is a <see cref="CliException"/> (exit 2)
    /// naming the option and the file, never content and never a .NET exception type.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="optionName">The option (or argument) the file came from, e.g. <c>--policy</c>.</param>
    /// <param name="maxBytes">The largest file accepted (clamped to the largest array).</param>
    /// <param name="hint">What to do about a file above the limit, e.g. "raise --max-file-bytes if …"; null for none.</param>
    public static byte[] ReadBounded(string path, string optionName, long maxBytes, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        try
        {
            return SafeFile.ReadBounded(full, (int)Math.Clamp(maxBytes, 1, Array.MaxLength - 1));
        }
        catch (FileNotFoundException)
        {
            throw new CliException($"{optionName}: the file '{full}' does not exist" + (new FileInfo(full).LinkTarget is not null ? " (a symbolic link to nothing)." : "."));
        }
        catch (DirectoryNotFoundException)
        {
            throw new CliException($"{optionName}: the file '{full}' does not exist (its directory is missing).");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"{optionName}: the file '{full}' cannot be read (permission denied).");
        }
        catch (SafeFile.TooLargeException)
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture,
                $"{optionName}: the file '{full}' is larger than the limit of {maxBytes:N0} bytes{(hint is null ? "." : "; " + hint + ".")}"));
        }
        catch (IOException ex)
        {
            throw new CliException($"{optionName}: the file '{full}' cannot be read: {ex.Message.TrimEnd('.')}.");
        }
    }

    /// <inheritdoc cref="ReadBounded(string, string, long, string?)"/>
    public static byte[] ReadBounded(FileInfo file, string optionName, long maxBytes, string? hint = null)
    {
        ArgumentNullException.ThrowIfNull(file);
        return ReadBounded(file.FullName, optionName, maxBytes, hint);
    }

    /// <summary>Reads a bounded file (see <see cref="ReadBounded(string, string, long, string?)"/>) as strict UTF-8: invalid bytes are refused with their line, never repaired.</summary>
    public static string ReadUtf8Bounded(string path, string optionName, long maxBytes, string? hint = null) =>
        StrictUtf8(optionName, ReadBounded(path, optionName, maxBytes, hint));

    /// <summary>Decodes strict UTF-8 (no byte order mark kept); invalid bytes are a <see cref="CliException"/> naming the line, never the bytes.</summary>
    public static string StrictUtf8(string optionName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var chars = new char[bytes.Length - start];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(start), chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            // The line of the first invalid byte: the line feeds before it, counted in the bytes themselves.
            var line = bytes.AsSpan(0, start + read).Count((byte)'\n') + 1;
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"{optionName}: line {line}: not valid UTF-8 (the bytes are refused, never repaired)."));
        }

        return new string(chars, 0, written);
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
