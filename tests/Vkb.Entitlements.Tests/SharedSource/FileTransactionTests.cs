namespace Vkb.Entitlements.Tests.SharedSource;

/// <summary>
/// The all-or-nothing output of one run (<c>src/Shared/FileTransaction.cs</c>, compiled into this
/// package): staged files appear together on commit, an error or a dispose leaves nothing behind.
/// </summary>
[Collection(SharedFilesTests.Name)]
public sealed class FileTransactionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("vkb-filetx-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string PathOf(params string[] parts) => Path.Combine([_root, .. parts]);

    private string[] Everything() =>
        Directory.GetFileSystemEntries(_root, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(_root, p)).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Commit_MovesEveryStagedFileOverItsTarget_NothingBeforeIt()
    {
        File.WriteAllText(PathOf("b.txt"), "old b");
        using var transaction = new FileTransaction();
        var tempA = transaction.Stage(PathOf("a.txt"), "content a"u8.ToArray());
        var tempB = transaction.Stage(PathOf("b.txt"), stream => stream.Write("content b"u8));
        File.ReadAllText(tempA).ShouldBe("content a");
        File.Exists(PathOf("a.txt")).ShouldBeFalse();
        File.ReadAllText(PathOf("b.txt")).ShouldBe("old b");
        transaction.Targets.ShouldBe([PathOf("a.txt"), PathOf("b.txt")]);

        transaction.Commit();
        File.ReadAllText(PathOf("a.txt")).ShouldBe("content a");
        File.ReadAllText(PathOf("b.txt")).ShouldBe("content b");
        File.Exists(tempA).ShouldBeFalse();
        File.Exists(tempB).ShouldBeFalse();
        Everything().ShouldBe(["a.txt", "b.txt"]);
    }

    [Fact]
    public void Stage_SameTargetAgain_ReplacesItsTemporaryFile_OneTargetCommitted()
    {
        using var transaction = new FileTransaction();
        var reserved = transaction.Reserve(PathOf("a.txt"));
        File.Exists(reserved).ShouldBeTrue();
        new FileInfo(reserved).Length.ShouldBe(0);
        transaction.Stage(PathOf("b.txt"), "b"u8.ToArray());
        var staged = transaction.Stage(PathOf("a.txt"), "final"u8.ToArray());
        staged.ShouldNotBe(reserved);
        File.Exists(reserved).ShouldBeFalse();
        transaction.Targets.ShouldBe([PathOf("b.txt"), PathOf("a.txt")]);

        transaction.Commit();
        File.ReadAllText(PathOf("a.txt")).ShouldBe("final");
        Everything().ShouldBe(["a.txt", "b.txt"]);
    }

    [Fact]
    public void Dispose_Uncommitted_RemovesTemporaryFilesAndTheDirectoriesItCreated_KeepsWhatWasThere()
    {
        File.WriteAllText(PathOf("kept.txt"), "kept");
        using (var transaction = new FileTransaction())
        {
            transaction.Stage(PathOf("new", "deeper", "deepest", "a.txt"), "a"u8.ToArray());
            transaction.Stage(PathOf("new", "b.txt"), "b"u8.ToArray());
            transaction.Stage(PathOf("c.txt"), "c"u8.ToArray());
            Directory.Exists(PathOf("new", "deeper", "deepest")).ShouldBeTrue();
        }

        Everything().ShouldBe(["kept.txt"]);
        Directory.Exists(_root).ShouldBeTrue();
    }

    [Fact]
    public void Dispose_Uncommitted_KeepsACreatedDirectoryThatSomeoneElseWroteInto()
    {
        using (var transaction = new FileTransaction())
        {
            transaction.Stage(PathOf("new", "sub", "a.txt"), "a"u8.ToArray());
            File.WriteAllText(PathOf("new", "other.txt"), "not ours");
        }

        Everything().ShouldBe(["new", Path.Combine("new", "other.txt")]);
    }

    [Fact]
    public void Dispose_AfterCommit_TouchesNothing()
    {
        var transaction = new FileTransaction();
        transaction.Stage(PathOf("new", "a.txt"), "a"u8.ToArray());
        transaction.Commit();
        File.Delete(PathOf("new", "a.txt")); // the directory the transaction created is now empty, and no longer the transaction's
        transaction.Dispose();
        Directory.Exists(PathOf("new")).ShouldBeTrue();
    }

    [Fact]
    public void Commit_AMoveFails_FilesMovedBeforeItRemoved_ErrorPassedOn()
    {
        using var transaction = new FileTransaction();
        transaction.Stage(PathOf("first.txt"), "1"u8.ToArray());
        transaction.Stage(PathOf("second.txt"), "2"u8.ToArray());
        transaction.Stage(PathOf("third", "x.txt"), "3"u8.ToArray());
        Directory.CreateDirectory(PathOf("second.txt", "inside")); // a non-empty directory where the second file goes

        Should.Throw<IOException>(transaction.Commit);
        File.Exists(PathOf("first.txt")).ShouldBeFalse();
        File.Exists(PathOf("third", "x.txt")).ShouldBeFalse();

        // Not committed: staging and committing again is allowed, and disposing cleans up.
        Directory.Delete(PathOf("second.txt"), recursive: true);
        transaction.Dispose();
        Everything().ShouldBeEmpty();
    }

    [Fact]
    public void Committed_StagingOrCommittingAgain_Refused()
    {
        using var transaction = new FileTransaction();
        transaction.Stage(PathOf("a.txt"), "a"u8.ToArray());
        transaction.Commit();
        Should.Throw<InvalidOperationException>(transaction.Commit).Message.ShouldBe("The transaction is committed.");
        Should.Throw<InvalidOperationException>(() => transaction.Stage(PathOf("b.txt"), "b"u8.ToArray())).Message.ShouldBe("The transaction is committed.");
        Everything().ShouldBe(["a.txt"]);
    }

    [Fact]
    public void Stage_NullArguments_NamedBeforeAnythingIsWritten()
    {
        using var transaction = new FileTransaction();
        Should.Throw<ArgumentNullException>(() => transaction.Stage(null!, "a"u8.ToArray())).ParamName.ShouldBe("target");
        Should.Throw<ArgumentNullException>(() => transaction.Stage(PathOf("a.txt"), (Action<Stream>)null!)).ParamName.ShouldBe("write");
        Should.Throw<ArgumentNullException>(() => transaction.Stage(PathOf("a.txt"), (byte[])null!)).ParamName.ShouldBe("bytes");
        Everything().ShouldBeEmpty();
        transaction.Targets.ShouldBeEmpty();
    }
}
