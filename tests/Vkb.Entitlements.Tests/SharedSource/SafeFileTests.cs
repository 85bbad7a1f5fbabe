namespace Vkb.Entitlements.Tests.SharedSource;

/// <summary>
/// The crash-safe file writing of <c>src/Shared/SafeFile.cs</c>, which eng/Library.targets compiles
/// into this package as into every other: this package's copy is tested here (its mutation score
/// counts for Vkb.Entitlements). Real files in a scratch directory; the file-mode assertions assume a
/// Unix umask that leaves the owner bits alone (0022 here), and every test that reads or changes
/// <c>VKB_FILE_MODE</c> runs in the <see cref="SharedFilesTests"/> collection, never beside another.
/// </summary>
[Collection(SharedFilesTests.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SafeFileTests : IDisposable
{
    private const UnixFileMode GroupAndOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly string _root = Directory.CreateTempSubdirectory("vkb-safefile-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(params string[] parts) => Path.Combine([_root, .. parts]);

    private string[] Temps(string directory) => Directory.GetFiles(directory, "*" + SafeFile.TempSuffix).Select(Path.GetFileName).ToArray()!;

    [Fact]
    public void Modes_OwnerOnlyByDefault_UmaskOnlyWhenAskedForByName()
    {
        using (new FileModeVariable(null))
        {
            SafeFile.RespectsUmask.ShouldBeFalse();
            SafeFile.CreateFileMode.ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            SafeFile.CreateDirectoryMode.ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        foreach (var other in new[] { "owner", "", "UMASK", "group" })
        {
            using (new FileModeVariable(other))
            {
                SafeFile.RespectsUmask.ShouldBeFalse(other);
                SafeFile.CreateFileMode.ShouldBe(SafeFile.FileMode0600, other);
            }
        }

        using (new FileModeVariable("umask"))
        {
            SafeFile.RespectsUmask.ShouldBeTrue();
            SafeFile.CreateFileMode.ShouldBe((UnixFileMode)Convert.ToInt32("666", 8));
            SafeFile.CreateDirectoryMode.ShouldBe((UnixFileMode)Convert.ToInt32("777", 8));
        }
    }

    [Fact]
    public void CreateDirectory_MissingParents_CreatedOwnerOnly_AFileInTheWay_Refused()
    {
        var nested = PathOf("a", "b");
        SafeFile.CreateDirectory(nested);
        Directory.Exists(nested).ShouldBeTrue();
        (File.GetUnixFileMode(nested) & GroupAndOthers).ShouldBe((UnixFileMode)0);
        SafeFile.CreateDirectory(nested); // exists: nothing to do

        // (Missing parents, here a, get the default mode, 0755 under umask 022: Directory.CreateDirectory applies the mode to the leaf only.)

        File.WriteAllText(PathOf("file"), "x");
        var error = Should.Throw<IOException>(() => SafeFile.CreateDirectory(PathOf("file")));
        error.Message.ShouldBe("The path is a file where a directory is expected.");
        Should.Throw<ArgumentNullException>(() => SafeFile.CreateDirectory(null!)).ParamName.ShouldBe("directory");
    }

    [Fact]
    public void CheckTarget_LinkDirectoryOrFileAsParent_RefusedSayingWhy_APlainPathPasses()
    {
        SafeFile.CheckTarget(PathOf("new.txt"));
        SafeFile.CheckTarget(PathOf("missing-dir", "new.txt"));

        File.WriteAllText(PathOf("real.txt"), "kept");
        File.CreateSymbolicLink(PathOf("link.txt"), PathOf("real.txt"));
        Should.Throw<IOException>(() => SafeFile.CheckTarget(PathOf("link.txt"))).Message.ShouldContain("symbolic link");
        Directory.CreateDirectory(PathOf("dir"));
        Should.Throw<IOException>(() => SafeFile.CheckTarget(PathOf("dir"))).Message.ShouldBe("The target is a directory.");
        Should.Throw<IOException>(() => SafeFile.CheckTarget(PathOf("real.txt", "inner.txt"))).Message.ShouldBe("The target's directory is a file.");
        Should.Throw<ArgumentNullException>(() => SafeFile.CheckTarget(null!)).ParamName.ShouldBe("path");
    }

    [Fact]
    public void WriteAtomic_ThroughALink_RefusedAndTheLinkedFileKept()
    {
        File.WriteAllText(PathOf("real.txt"), "kept");
        File.CreateSymbolicLink(PathOf("link.txt"), PathOf("real.txt"));
        Should.Throw<IOException>(() => SafeFile.WriteAtomic(PathOf("link.txt"), [1, 2, 3]));
        File.ReadAllText(PathOf("real.txt")).ShouldBe("kept");
        Temps(_root).ShouldBeEmpty();
    }

    [Fact]
    public void CreateTemp_BesideTheTarget_NewEachTime_OwnerOnly_SyncOrAsyncAsAsked_DirectoryCreated()
    {
        var target = PathOf("out", "sub", "report.json");
        using (new FileModeVariable(null))
        {
            using var first = SafeFile.CreateTemp(target, out var firstPath);
            using var second = SafeFile.CreateTemp(target, out var secondPath, useAsync: true);
            firstPath.ShouldNotBe(secondPath);
            Path.GetDirectoryName(firstPath).ShouldBe(PathOf("out", "sub"));
            Path.GetFileName(firstPath).ShouldStartWith(".report.json." + Environment.ProcessId + ".");
            Path.GetFileName(firstPath).ShouldEndWith(SafeFile.TempSuffix);
            (first.CanRead, first.CanWrite, first.Position, first.IsAsync).ShouldBe((true, true, 0L, false));
            second.IsAsync.ShouldBeTrue();
            File.GetUnixFileMode(firstPath).ShouldBe(SafeFile.FileMode0600);
            (File.GetUnixFileMode(PathOf("out", "sub")) & GroupAndOthers).ShouldBe((UnixFileMode)0);
            File.Exists(target).ShouldBeFalse();
        }

        Should.Throw<ArgumentNullException>(() => SafeFile.CreateTemp(null!, out _)).ParamName.ShouldBe("target");
    }

    [Fact]
    public void WriteAtomic_ReplacesTheTargetWhole_ModeOwnerOnly_NoTemporaryFileLeft()
    {
        var target = PathOf("ledger.key");
        File.WriteAllText(target, "old content that is longer");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        using (new FileModeVariable(null))
        {
            SafeFile.WriteAtomic(target, "new"u8.ToArray());
        }

        File.ReadAllText(target).ShouldBe("new");
        File.GetUnixFileMode(target).ShouldBe(SafeFile.FileMode0600);
        Temps(_root).ShouldBeEmpty();

        SafeFile.WriteAtomic(target, stream => stream.Write("streamed"u8));
        File.ReadAllText(target).ShouldBe("streamed");
        Temps(_root).ShouldBeEmpty();

        Should.Throw<ArgumentNullException>(() => SafeFile.WriteAtomic(null!, [1])).ParamName.ShouldBe("path");
        Should.Throw<ArgumentNullException>(() => SafeFile.WriteAtomic(target, (byte[])null!)).ParamName.ShouldBe("bytes");
        Should.Throw<ArgumentNullException>(() => SafeFile.WriteAtomic(target, (Action<Stream>)null!)).ParamName.ShouldBe("write");
        File.ReadAllText(target).ShouldBe("streamed");
    }

    [Fact]
    public void WriteAtomic_WriterFails_TargetUntouched_TemporaryFileRemoved_ErrorPassedOn()
    {
        var target = PathOf("report.json");
        File.WriteAllText(target, "before");
        var error = Should.Throw<InvalidOperationException>(() => SafeFile.WriteAtomic(target, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidOperationException("writer failed");
        }));
        error.Message.ShouldBe("writer failed");
        File.ReadAllText(target).ShouldBe("before");
        Temps(_root).ShouldBeEmpty();
    }

    [Fact]
    public void WriteAtomic_RenameFails_TemporaryFileRemoved_ErrorPassedOn()
    {
        var target = PathOf("report.json");

        // Someone puts a non-empty directory where the target goes while the content is written: the rename fails.
        Should.Throw<IOException>(() => SafeFile.WriteAtomic(target, stream =>
        {
            stream.Write("content"u8);
            Directory.CreateDirectory(Path.Combine(target, "inside"));
        }));
        Directory.Exists(target).ShouldBeTrue();
        Temps(_root).ShouldBeEmpty();
    }

    [Fact]
    public void Commit_ReplacesAnExistingTarget()
    {
        var target = PathOf("a.txt");
        File.WriteAllText(target, "old");
        string temp;
        using (var stream = SafeFile.CreateTemp(target, out temp))
        {
            stream.Write("new"u8);
        }

        SafeFile.Commit(temp, target);
        File.ReadAllText(target).ShouldBe("new");
        File.Exists(temp).ShouldBeFalse();
    }

    [Fact]
    public void DeleteQuietly_RemovesAFile_AndIsQuietWhenItIsGoneOrADirectory()
    {
        var file = PathOf("gone.txt");
        File.WriteAllText(file, "x");
        SafeFile.DeleteQuietly(file);
        File.Exists(file).ShouldBeFalse();
        SafeFile.DeleteQuietly(file);
        Directory.CreateDirectory(PathOf("dir"));
        SafeFile.DeleteQuietly(PathOf("dir")); // UnauthorizedAccessException or IOException on a directory: swallowed
        Directory.Exists(PathOf("dir")).ShouldBeTrue();
    }

    [Fact]
    public void IsAccessibleByOthers_GroupOrOtherBits()
    {
        var file = PathOf("f");
        File.WriteAllText(file, "x");
        File.SetUnixFileMode(file, SafeFile.FileMode0600);
        SafeFile.IsAccessibleByOthers(file).ShouldBeFalse();
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        SafeFile.IsAccessibleByOthers(file).ShouldBeFalse(); // execute alone reads nothing
        File.SetUnixFileMode(file, SafeFile.FileMode0600 | UnixFileMode.GroupRead);
        SafeFile.IsAccessibleByOthers(file).ShouldBeTrue();
        File.SetUnixFileMode(file, SafeFile.FileMode0600 | UnixFileMode.OtherWrite);
        SafeFile.IsAccessibleByOthers(file).ShouldBeTrue();
        Should.Throw<ArgumentNullException>(() => SafeFile.IsAccessibleByOthers(null!)).ParamName.ShouldBe("path");
    }

    [Fact]
    public void RemoveStaleTemps_OnlyWellFormedTempsOfProcessesThatNoLongerRun()
    {
        const int Dead = 999_999_999; // above any pid_max: no such process
        var hex = new string('a', 32);
        string[] stale =
        [
            $".report.json.{Dead}.{hex}{SafeFile.TempSuffix}",
            $".{Dead}.{hex}{SafeFile.TempSuffix}", // a temp of an empty name: the pid right after the leading dot
            $".a.b.{Dead}.{new string('0', 32)}{SafeFile.TempSuffix}",
        ];
        string[] kept =
        [
            $".report.json.{Environment.ProcessId}.{hex}{SafeFile.TempSuffix}", // this process: still writing
            $".report.json.1.{hex}{SafeFile.TempSuffix}", // pid 1 runs
            $".report.json.{Dead}.{new string('a', 31)}{SafeFile.TempSuffix}", // random part too short
            $".report.json.{Dead}.{new string('a', 33)}{SafeFile.TempSuffix}", // too long
            $".report.json.x{Dead}.{hex}{SafeFile.TempSuffix}", // not a pid
            $".report.json.-{Dead}.{hex}{SafeFile.TempSuffix}", // no sign allowed
            $".{hex}{SafeFile.TempSuffix}", // no pid at all
            $"report.json.{Dead}.{hex}{SafeFile.TempSuffix}", // not hidden: not ours
            $".report.json.{Dead}.{hex}.tmp", // another suffix
            $"{SafeFile.TempSuffix}",
        ];
        foreach (var name in stale.Concat(kept))
        {
            File.WriteAllText(PathOf(name), "x");
        }

        SafeFile.RemoveStaleTemps(_root).ShouldBe(stale.Length);
        Directory.GetFiles(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(kept.Order(StringComparer.Ordinal));
        SafeFile.RemoveStaleTemps(_root).ShouldBe(0);
    }

    [Fact]
    public void CreateTemp_RemovesStaleTempsOfKilledRunsFirst()
    {
        var stale = PathOf($".other.txt.999999999.{new string('b', 32)}{SafeFile.TempSuffix}");
        File.WriteAllText(stale, "left by a killed run");
        SafeFile.WriteAtomic(PathOf("report.json"), [1]);
        File.Exists(stale).ShouldBeFalse();
    }

    [Fact]
    public void TooLargeException_SaysSoWithoutContent()
    {
        new SafeFile.TooLargeException().Message.ShouldBe("The file is larger than the limit.");
        var limited = new SafeFile.TooLargeException(4096);
        (limited.MaxBytes, limited.Message).ShouldBe((4096, "The file is larger than the limit of 4096 bytes."));
        new SafeFile.TooLargeException("m").Message.ShouldBe("m");
        var inner = new IOException("inner");
        new SafeFile.TooLargeException("m", inner).InnerException.ShouldBeSameAs(inner);
    }

    [Fact]
    public void ReadBounded_ReadsUpToTheLimit_RefusesMoreDirectoriesAndMissingFiles()
    {
        var file = PathOf("data.bin");
        var bytes = Enumerable.Range(0, 3 * 1024 * 1024 / 2).Select(i => (byte)i).ToArray(); // 1.5 MiB: two chunks
        File.WriteAllBytes(file, bytes);
        SafeFile.ReadBounded(file, bytes.Length).ShouldBe(bytes);
        SafeFile.ReadBounded(file, bytes.Length + 10).ShouldBe(bytes);
        Should.Throw<SafeFile.TooLargeException>(() => SafeFile.ReadBounded(file, bytes.Length - 1)).MaxBytes.ShouldBe(bytes.Length - 1);
        File.WriteAllBytes(file, [7, 8]);
        SafeFile.ReadBounded(file, 2).ShouldBe([7, 8]);
        File.WriteAllBytes(file, []);
        SafeFile.ReadBounded(file, 1).ShouldBeEmpty();

        // A device reports length 0: the read stops one byte past the limit.
        Should.Throw<SafeFile.TooLargeException>(() => SafeFile.ReadBounded("/dev/zero", 100));
        Should.Throw<IOException>(() => SafeFile.ReadBounded(_root, 10)).Message.ShouldBe("The path is a directory, not a file.");
        Should.Throw<FileNotFoundException>(() => SafeFile.ReadBounded(PathOf("missing"), 10));
        Should.Throw<ArgumentOutOfRangeException>(() => SafeFile.ReadBounded(file, 0));
    }
}

/// <summary>Tests that change the process environment or share files run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SharedFilesTests
{
    public const string Name = "Shared files and environment";
}

/// <summary>Sets <see cref="SafeFile.FileModeVariable"/> for a scope and restores the previous value.</summary>
internal sealed class FileModeVariable : IDisposable
{
    private readonly string? _previous = Environment.GetEnvironmentVariable(SafeFile.FileModeVariable);

    public FileModeVariable(string? value) => Environment.SetEnvironmentVariable(SafeFile.FileModeVariable, value);

    public void Dispose() => Environment.SetEnvironmentVariable(SafeFile.FileModeVariable, _previous);
}
