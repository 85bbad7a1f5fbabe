using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Synthetic;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The first pass's spool: memory up to a limit, then a file. What is read back from the start is what was written,
/// whichever way it went, and a run below the limit touches no file (P9's two passes stay as they were).
/// </summary>
public class SpoolTests
{
    private static readonly PseudonymizationKey Key = TestKeys.Key();

    /// <summary>Writes <paramref name="pieces"/> (sizes) of a counting byte pattern, then reads everything back in reads of <paramref name="readSize"/>.</summary>
    private static (byte[] Written, byte[] Read, bool InFile) RoundTrip(TempDirectory dir, long limit, int[] pieces, int readSize)
    {
        var written = new List<byte>();
        var files = 0;
        using var spool = new Spool(limit, () =>
        {
            files++;
            return new FileStream(Path.Combine(dir.Path, $"spool-{files}.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose);
        });
        foreach (var size in pieces)
        {
            var piece = Enumerable.Range(written.Count, size).Select(i => (byte)(i * 31 % 251)).ToArray();
            spool.Write(piece);
            written.AddRange(piece);
        }

        spool.Flush();
        spool.Length.ShouldBe(written.Count);
        files.ShouldBeLessThanOrEqualTo(1); // the file is opened once, when the limit is passed
        spool.Position = 0;
        var read = new List<byte>();
        var buffer = new byte[readSize];
        int n;
        while ((n = spool.Read(buffer)) > 0)
        {
            read.AddRange(buffer.AsSpan(0, n).ToArray());
        }

        return ([.. written], [.. read], spool.InFile);
    }

    [Property(MaxTest = 60)]
    [Trait("Rule", "P9")]
    public Property ReadFromTheStart_GivesBackEveryByteWritten_InMemoryOrInTheFile()
    {
        // Pieces around the chunk size (a piece that ends a chunk, one that spans two), limits from "always a file"
        // to "never", reads of odd sizes.
        var chunk = Spool.ChunkSize;
        var sizes = Gen.OneOf(Gen.Choose(0, 300), Gen.Choose(chunk - 3, chunk + 3), Gen.Choose(1, 3 * chunk));
        var cases =
            from pieces in sizes.ArrayOf()
            from limit in Gen.Elements(0L, 1L, 1000L, chunk, chunk + 1L, 2L * chunk, long.MaxValue / 2)
            from readSize in Gen.Choose(1, 2 * chunk)
            select (Pieces: pieces, Limit: limit, ReadSize: readSize);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var (pieces, limit, readSize) = c;
            using var dir = new TempDirectory();
            var (written, read, inFile) = RoundTrip(dir, limit, [.. pieces.Take(12)], readSize);
            var total = written.Length;
            return (read.AsSpan().SequenceEqual(written) && inFile == (total > limit))
                .Label($"limit {limit}, {total} bytes in {pieces.Length} pieces, reads of {readSize}: {read.Length} read, in a file: {inFile}");
        });
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Dispose_LeavesNoFile()
    {
        using var dir = new TempDirectory();
        RoundTrip(dir, limit: 10, [5, 20, 7], readSize: 3).InFile.ShouldBeTrue();
        Directory.GetFiles(dir.Path).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Pipeline_BelowTheLimit_OpensNoSpoolFile_AndWritesWhatTheFileSpoolWrites()
    {
        // A run that keeps its first pass in memory opens no spool file; one with a limit of 0 or one it passes does.
        // The output is the same bytes whichever way the first pass went.
        var shape = ExtractShape.Small.WithRecords(300);
        var lines = new ExtractGenerator(shape, seed: 7).Generate().Select(r => r.Json).ToList();
        using var dir = new TempDirectory();
        (PseudonymizedLines Output, int Files) Run(long limit)
        {
            var pipeline = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, new PseudonymizationOptions
            {
                Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, OnlyFlagged = false, SpoolDirectory = dir.Path, SpoolMemoryLimit = limit,
            });
            return (pipeline.PseudonymizeLines(lines), pipeline.SpoolFilesOpened);
        }

        var inMemory = Run(32 << 20);
        inMemory.Files.ShouldBe(0);
        inMemory.Output.Result.Report.KAnonymity.Enforced.ShouldBeTrue();
        var inFile = Run(0);
        var spilled = Run(10_000); // passes the limit after a few records
        (inFile.Files, spilled.Files).ShouldBe((1, 1));
        inFile.Output.Lines.ShouldBe(inMemory.Output.Lines);
        spilled.Output.Lines.ShouldBe(inMemory.Output.Lines);
        inFile.Output.Result.Report.RecordsSuppressed.ShouldBe(inMemory.Output.Result.Report.RecordsSuppressed);
        Directory.GetFiles(dir.Path).ShouldBeEmpty();
    }

    [Fact]
    [Trait("Rule", "P9")]
    public async Task Pipeline_WhileItsSpoolFileIsOpen_LeavesNoNameAKilledRunWouldLeaveBehind()
    {
        // The review killed a run (kill -9) while it spooled: a 13 MB file of records before generalisation and suppression
        // stayed in the temporary folder for good. On Unix the name is removed as soon as the file is open.
        if (OperatingSystem.IsWindows())
        {
            return; // Windows deletes the spool when its handle closes, also a killed process's; the name stays while it runs.
        }

        var shape = ExtractShape.Small.WithRecords(600);
        using var source = new MemoryStream();
        new ExtractGenerator(shape, seed: 7).WriteJsonLines(source);
        using var dir = new TempDirectory();
        var pipeline = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, new PseudonymizationOptions
        {
            Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, OnlyFlagged = false, SpoolDirectory = dir.Path, SpoolMemoryLimit = 0,
            DegreeOfParallelism = 1, BatchSize = 16,
        });
        var watched = new WatchingStream(source.ToArray(), () => pipeline.SpoolFilesOpened > 0 ? Directory.GetFiles(dir.Path).Length : -1);
        using var output = new MemoryStream();
        await pipeline.RunAsync(watched, output);
        pipeline.SpoolFilesOpened.ShouldBe(1);
        watched.Seen.ShouldContain(0); // the spool was open while the input was still being read ...
        watched.Seen.Max().ShouldBe(0); // ... and never had a name in the folder
    }

    /// <summary>An input that asks <paramref name="look"/> at every read and keeps the answers.</summary>
    private sealed class WatchingStream(byte[] bytes, Func<int> look) : MemoryStream(bytes, writable: false)
    {
        public List<int> Seen { get; } = [];

        public override int Read(byte[] buffer, int offset, int count)
        {
            Seen.Add(look());
            return base.Read(buffer, offset, Math.Min(count, 4096));
        }

        public override int Read(Span<byte> buffer)
        {
            var bytes = new byte[Math.Min(buffer.Length, 4096)];
            var read = Read(bytes, 0, bytes.Length);
            bytes.AsSpan(0, read).CopyTo(buffer);
            return read;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.FromResult(Read(buffer.AsSpan(offset, count)));
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Pipeline_WithASpoolFolderThatIsNotThere_FailsAtTheStart_EvenBelowTheLimit()
    {
        var missing = Path.Combine(Path.GetTempPath(), "vkb-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var pipeline = new PseudonymizationPipeline(Key, RecordPolicy.VkbDefault, new PseudonymizationOptions
        {
            Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), SpoolDirectory = missing,
        });
        var error = Should.Throw<DirectoryNotFoundException>(() => pipeline.PseudonymizeLines([SampleRecords.Line()]));
        error.Message.ShouldNotContain(missing); // a path may name a person's home folder
        pipeline.SpoolFilesOpened.ShouldBe(0);
    }

    [Fact]
    public void Spool_IsWrittenThenRead_AndRefusesAWriteAfterARead()
    {
        using var dir = new TempDirectory();
        var spool = new Spool(1000, () => new FileStream(Path.Combine(dir.Path, "s.tmp"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 4096, FileOptions.DeleteOnClose));
        spool.Write([1, 2, 3]);
        spool.Position.ShouldBe(3); // at the end while writing, as a file is
        spool.Position = 1;
        spool.ReadByte().ShouldBe(2);
        spool.CanWrite.ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => spool.Write([4]));
        spool.Dispose();
        spool.Dispose(); // twice: the chunks go back once
        (spool.CanRead, spool.CanSeek).ShouldBe((false, false));
        Should.Throw<ObjectDisposedException>(() => spool.ReadByte());
    }

    [Fact]
    public void Options_RefuseANegativeLimit()
    {
        var options = new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), SpoolMemoryLimit = -1 };
        Should.Throw<ArgumentException>(options.Validate).ParamName.ShouldBe("SpoolMemoryLimit");
    }
}
