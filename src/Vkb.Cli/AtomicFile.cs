using System.Text;

namespace Vkb.Cli;

/// <summary>
/// Writes a file all or nothing through <see cref="SafeFile"/>: a temporary file with a random name,
/// created exclusively with mode 0600 beside the target, renamed over it when complete. A symbolic
/// link at the target is refused, never written through; on any failure the temporary file is
/// removed and the target is left as it was; temporary files of a killed run are removed by the next.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>; creates the directory (0700) if needed.</summary>
    public static void Write(string path, Action<Stream> write) => SafeFile.WriteAtomic(path, write);

    /// <summary>Writes UTF-8 text without a byte order mark.</summary>
    public static void WriteText(string path, string text) =>
        Write(path, stream => stream.Write(new UTF8Encoding(false).GetBytes(text)));
}
