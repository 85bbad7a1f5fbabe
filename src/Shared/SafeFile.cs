using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;

namespace Vkb;

/// <summary>
/// Safe file writing and bounded reading, compiled into every Vkb package and the CLI (linked as source,
/// so the packages stay independent). A write goes into a temporary file beside the target with a random
/// name, created exclusively (<see cref="FileMode.CreateNew"/>, i.e. <c>O_CREAT|O_EXCL</c>, which never
/// follows a planted symbolic link) with mode 0600, and is renamed over the target only when complete. A
/// rename replaces a symbolic link at the target itself and never writes through it; <see cref="CheckTarget"/>
/// refuses such a target before anything is written. Temporary files of a run that was killed (their
/// process no longer exists) are removed by the next write to the same target.
/// </summary>
/// <remarks>Thread safety: all members are thread-safe; two writers of the same target race, the last rename wins.</remarks>
internal static class SafeFile
{
    /// <summary>Files are created readable and writable by their owner only.</summary>
    public const UnixFileMode FileMode0600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Directories are created accessible by their owner only.</summary>
    public const UnixFileMode DirectoryMode0700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>
    /// The environment variable through which a user asks for other modes than owner-only: <c>umask</c> creates files
    /// with 0666 and directories with 0777, less the process umask (e.g. 0640/0750 under umask 027, for a group-shared
    /// folder); unset, empty or <c>owner</c> keeps 0600/0700. Any other value is treated as <c>owner</c> (fail closed).
    /// Key files are always created 0600.
    /// </summary>
    public const string FileModeVariable = "VKB_FILE_MODE";

    /// <summary>Whether <see cref="FileModeVariable"/> asks for the process umask to decide the modes of created files.</summary>
    public static bool RespectsUmask => string.Equals(Environment.GetEnvironmentVariable(FileModeVariable), "umask", StringComparison.Ordinal);

    /// <summary>The mode files are created with: 0600, or 0666 less the umask when <see cref="RespectsUmask"/>.</summary>
    public static UnixFileMode CreateFileMode => RespectsUmask
        ? FileMode0600 | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite
        : FileMode0600;

    /// <summary>The mode directories are created with: 0700, or 0777 less the umask when <see cref="RespectsUmask"/>.</summary>
    public static UnixFileMode CreateDirectoryMode => RespectsUmask
        ? DirectoryMode0700 | UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute
        : DirectoryMode0700;

    /// <summary>The suffix of every temporary file (<c>.NAME.PID.RANDOM.vkbtmp</c>).</summary>
    public const string TempSuffix = ".vkbtmp";

    /// <summary>Creates <paramref name="directory"/> (and missing parents) with mode 0700 (see <see cref="CreateDirectoryMode"/>) if it does not exist.</summary>
    /// <exception cref="IOException">The path exists and is not a directory.</exception>
    public static void CreateDirectory(string directory)
    {
        Preconditions.CheckNotNull(directory);
        if (File.Exists(directory))
        {
            throw new IOException("The path is a file where a directory is expected.");
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, CreateDirectoryMode);
        }
    }

    /// <summary>
    /// Checks that <paramref name="path"/> can be written: it is not a directory and not a symbolic link, and
    /// its parent, if it exists, is a directory. Nothing is created.
    /// </summary>
    /// <exception cref="IOException">The target cannot be written; the message states why.</exception>
    public static void CheckTarget(string path)
    {
        Preconditions.CheckNotNull(path);
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            throw new IOException("The target is a symbolic link; it is never written through. Remove the link or choose another path.");
        }

        if (Directory.Exists(full))
        {
            throw new IOException("The target is a directory.");
        }

        var parent = Path.GetDirectoryName(full);
        if (parent is not null && File.Exists(parent))
        {
            throw new IOException("The target's directory is a file.");
        }
    }

    /// <summary>
    /// Creates a new temporary file beside <paramref name="target"/>: random name, exclusive creation, mode
    /// 0600. Creates the target's directory (0700) if needed and first removes temporary files of killed runs.
    /// </summary>
    /// <param name="target">The file the temporary file will replace.</param>
    /// <param name="tempPath">The temporary file's path.</param>
    /// <param name="useAsync">Whether the stream is opened for asynchronous I/O.</param>
    /// <returns>The open stream, positioned at 0.</returns>
    public static FileStream CreateTemp(string target, out string tempPath, bool useAsync = false)
    {
        Preconditions.CheckNotNull(target);
        var full = Path.GetFullPath(target);
        CheckTarget(full);
        var directory = Path.GetDirectoryName(full)!;
        CreateDirectory(directory);
        RemoveStaleTemps(directory);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
            BufferSize = 1 << 16,
            Options = useAsync ? FileOptions.Asynchronous : FileOptions.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = CreateFileMode;
        }

        tempPath = Path.Combine(directory, TempName(Path.GetFileName(full)));
        return new FileStream(tempPath, options);
    }

    /// <summary>Moves a complete temporary file over its target (a rename: a link at the target is replaced, never followed).</summary>
    public static void Commit(string tempPath, string target) => File.Move(tempPath, Path.GetFullPath(target), overwrite: true);

    /// <summary>Deletes a file if it exists; never throws for a file that is already gone.</summary>
    public static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a temporary file that cannot be removed now is removed by the next run.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    /// <summary>Writes <paramref name="path"/> all or nothing through <paramref name="write"/>, mode 0600.</summary>
    public static void WriteAtomic(string path, Action<Stream> write)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(write);
        string temp;
        using (var stream = CreateTemp(path, out temp))
        {
            try
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            catch
            {
                stream.Dispose();
                DeleteQuietly(temp);
                throw;
            }
        }

        try
        {
            Commit(temp, path);
        }
        catch
        {
            DeleteQuietly(temp);
            throw;
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> all or nothing, mode 0600.</summary>
    public static void WriteAtomic(string path, byte[] bytes)
    {
        Preconditions.CheckNotNull(bytes);
        WriteAtomic(path, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Reads a whole file of at most <paramref name="maxBytes"/> bytes. Reads at most one byte more than the
    /// limit, so a device such as <c>/dev/zero</c> or a huge file fails fast instead of exhausting memory.
    /// </summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="IOException">The path is a directory, or cannot be read.</exception>
    /// <exception cref="TooLargeException">The file is larger than the limit (an <see cref="IOException"/>).</exception>
    public static byte[] ReadBounded(string path, int maxBytes)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckArgumentRange(maxBytes > 0, "The limit must be positive.");
        if (Directory.Exists(path))
        {
            throw new IOException("The path is a directory, not a file.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The file does not exist.", path);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw new TooLargeException(maxBytes); // a regular file that is too large is refused without reading it
        }

        // Chunks of at most 1 MiB, never more than maxBytes + 1 bytes in all: a device (/dev/zero reports length 0)
        // costs at most the limit in memory, and the result is copied once, at the end.
        var chunks = new List<(byte[] Bytes, int Count)>();
        long total = 0;
        while (true)
        {
            var want = (int)Math.Min(1 << 20, (long)maxBytes + 1 - total);
            var chunk = new byte[want];
            var filled = 0;
            int read;
            while (filled < want && (read = stream.Read(chunk, filled, want - filled)) > 0)
            {
                filled += read;
            }

            total += filled;
            if (total > maxBytes)
            {
                throw new TooLargeException(maxBytes);
            }

            chunks.Add((chunk, filled));
            if (filled < want)
            {
                break;
            }
        }

        if (chunks is [var single] && single.Count == single.Bytes.Length)
        {
            return single.Bytes;
        }

        var result = new byte[total];
        var at = 0;
        foreach (var (bytes, count) in chunks)
        {
            Buffer.BlockCopy(bytes, 0, result, at, count);
            at += count;
        }

        return result;
    }

    /// <summary>Whether group or others may read or write <paramref name="path"/> (always false on Windows).</summary>
    public static bool IsAccessibleByOthers(string path)
    {
        Preconditions.CheckNotNull(path);
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite;
        return (File.GetUnixFileMode(path) & others) != 0;
    }

    /// <summary>
    /// Removes the temporary files in <paramref name="directory"/> (of any target: a pipeline's temporary file is
    /// named after a staged one) whose writing process no longer runs; returns how many were removed.
    /// </summary>
    internal static int RemoveStaleTemps(string directory)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(directory, ".*" + TempSuffix))
        {
            // .NAME.PID.RANDOM.vkbtmp: RANDOM is 32 hex digits.
            var stem = Path.GetFileName(file.AsSpan())[..^TempSuffix.Length];
            var random = stem.LastIndexOf('.');
            if (random < 0 || stem.Length - random - 1 != 32)
            {
                continue;
            }

            var pidStart = stem[..random].LastIndexOf('.');
            if (pidStart < 0 || !int.TryParse(stem[(pidStart + 1)..random], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            DeleteQuietly(file);
            removed++;
        }

        return removed;
    }

    internal static string TempName(string targetName) =>
        string.Create(CultureInfo.InvariantCulture, $".{targetName}.{Environment.ProcessId}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}{TempSuffix}");

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>A file is larger than the limit of a bounded read; nothing past the limit was read.</summary>
    internal sealed class TooLargeException : IOException
    {
        public TooLargeException()
            : base("The file is larger than the limit.")
        {
        }

        public TooLargeException(string message)
            : base(message)
        {
        }

        public TooLargeException(string message, Exception innerException)
            : base(message, innerException)
        {
        }

        public TooLargeException(int maxBytes)
            : base(string.Create(CultureInfo.InvariantCulture, $"The file is larger than the limit of {maxBytes} bytes.")) => MaxBytes = maxBytes;

        /// <summary>The limit that was exceeded, in bytes.</summary>
        public int MaxBytes { get; }
    }
}
