namespace Vkb;

/// <summary>
/// The files of one run, committed together or not at all. Every file is first written to a temporary
/// file beside its target (see <see cref="SafeFile"/>); <see cref="Commit"/> renames them all; disposing an
/// uncommitted transaction removes every temporary file (and the directories it created, if empty), and a
/// failure during the commit removes the files already moved, so an error never leaves a part of the run's
/// output behind.
/// </summary>
/// <remarks>Not thread-safe: one run stages and commits from one thread at a time.</remarks>
internal sealed class FileTransaction : IDisposable
{
    private readonly List<(string Temp, string Target)> _staged = [];
    private readonly List<string> _createdDirectories = [];
    private bool _committed;

    /// <summary>The targets staged so far, in staging order.</summary>
    public IEnumerable<string> Targets => _staged.Select(s => s.Target);

    /// <summary>
    /// Stages <paramref name="target"/> with the content <paramref name="write"/> produces. Staging a target
    /// again (after <see cref="Reserve"/>) replaces its temporary file with a new one.
    /// </summary>
    /// <returns>The temporary file holding the content until the commit.</returns>
    public string Stage(string target, Action<Stream> write)
    {
        Preconditions.CheckNotNull(target);
        Preconditions.CheckNotNull(write);
        Preconditions.CheckState(!_committed, "The transaction is committed.");
        var full = Path.GetFullPath(target);
        NoteNewDirectories(Path.GetDirectoryName(full)!);
        string temp;
        using (var stream = SafeFile.CreateTemp(full, out temp))
        {
            var earlier = _staged.FindIndex(s => string.Equals(s.Target, full, StringComparison.Ordinal));
            if (earlier >= 0)
            {
                SafeFile.DeleteQuietly(_staged[earlier].Temp);
                _staged.RemoveAt(earlier);
            }

            _staged.Add((temp, full));
            write(stream);
            stream.Flush(flushToDisk: true);
        }

        return temp;
    }

    /// <summary>Stages <paramref name="target"/> with <paramref name="bytes"/>.</summary>
    /// <returns>The temporary file.</returns>
    public string Stage(string target, byte[] bytes)
    {
        Preconditions.CheckNotNull(bytes);
        return Stage(target, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Reserves an empty temporary file for <paramref name="target"/>: proves before any work that the target
    /// can be written, and serves a producer that writes its own file and renames it over the reserved one
    /// (such as an atomic pipeline run). Stage the target later to give it its content.
    /// </summary>
    /// <returns>The reserved temporary file.</returns>
    public string Reserve(string target) => Stage(target, static _ => { });

    /// <summary>Moves every staged file over its target, in staging order.</summary>
    /// <exception cref="IOException">A move failed; the files moved before it are removed, the rest discarded.</exception>
    public void Commit()
    {
        Preconditions.CheckState(!_committed, "The transaction is committed.");
        var moved = 0;
        try
        {
            foreach (var (temp, target) in _staged)
            {
                SafeFile.Commit(temp, target);
                moved++;
            }

            _committed = true;
        }
        catch
        {
            foreach (var (_, target) in _staged.Take(moved))
            {
                SafeFile.DeleteQuietly(target);
            }

            throw;
        }
    }

    /// <summary>Removes every temporary file that was not committed.</summary>
    public void Dispose()
    {
        if (_committed)
        {
            return;
        }

        foreach (var (temp, _) in _staged)
        {
            SafeFile.DeleteQuietly(temp);
        }

        _staged.Clear();
        foreach (var directory in Enumerable.Reverse(_createdDirectories))
        {
            try
            {
                if (Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
                {
                    Directory.Delete(directory);
                }
            }
            catch (IOException)
            {
                // Best effort: a directory someone else just wrote into stays.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }

    private void NoteNewDirectories(string directory)
    {
        var missing = new List<string>();
        for (var d = directory; d is not null && !Directory.Exists(d) && !File.Exists(d); d = Path.GetDirectoryName(d))
        {
            missing.Add(d);
        }

        missing.Reverse();
        _createdDirectories.AddRange(missing.Where(d => !_createdDirectories.Contains(d, StringComparer.Ordinal)));
    }
}
