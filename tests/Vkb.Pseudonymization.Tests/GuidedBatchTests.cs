using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Pipeline;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The guided batch sizes of a parallel run (the last batches smaller, so the workers finish together) and the line
/// sources' estimates of what is left, which they follow. That the output does not depend on the batches is proven by
/// <see cref="PipelineTests.PseudonymizeLines_AnyBatchingAndParallelism_GiveTheSameOutputAndReport"/>.
/// </summary>
public class GuidedBatchTests
{
    [Theory]
    [InlineData(128, 1, 10L)] // one thread: nothing to balance
    [InlineData(128, 2, null)] // the source cannot tell what is left
    [InlineData(16, 2, 3L)] // a batch no larger than the smallest guided one
    [InlineData(128, 2, 512L)] // half of each worker's share of 512 is the whole batch
    [InlineData(128, 4, 100_000L)]
    public void GuidedBatchSize_IsTheBatchSize_WhereThereIsNothingToBalance(int batchSize, int parallelism, long? remaining) =>
        PseudonymizationPipeline.GuidedBatchSize(batchSize, parallelism, remaining).ShouldBe(batchSize);

    [Theory]
    [InlineData(128, 2, 400L, 100)]
    [InlineData(128, 2, 100L, 25)]
    [InlineData(128, 2, 40L, PseudonymizationPipeline.MinGuidedBatch)]
    [InlineData(128, 2, 0L, PseudonymizationPipeline.MinGuidedBatch)]
    [InlineData(64, 3, 120L, 20)]
    public void GuidedBatchSize_TowardsTheEnd_IsHalfOfEachWorkersShare(int batchSize, int parallelism, long remaining, int expected) =>
        PseudonymizationPipeline.GuidedBatchSize(batchSize, parallelism, remaining).ShouldBe(expected);

    [Property(MaxTest = 300)]
    public Property GuidedBatchSize_StaysWithinItsBounds_AndShrinksWithWhatIsLeft()
    {
        var arbitrary = (from batch in Gen.Choose(1, 1024)
                         from parallelism in Gen.Choose(1, 16)
                         from a in Gen.Choose(0, 200_000)
                         from b in Gen.Choose(0, 200_000)
                         select (batch, parallelism, Less: (long)Math.Min(a, b), More: (long)Math.Max(a, b))).ToArbitrary();
        return Prop.ForAll(arbitrary, x =>
        {
            var less = PseudonymizationPipeline.GuidedBatchSize(x.batch, x.parallelism, x.Less);
            var more = PseudonymizationPipeline.GuidedBatchSize(x.batch, x.parallelism, x.More);
            var floor = Math.Min(x.batch, PseudonymizationPipeline.MinGuidedBatch);
            var share = Math.Max(PseudonymizationPipeline.MinGuidedBatch, x.Less / (2.0 * x.parallelism));
            return (less >= floor && less <= x.batch && less <= more &&
                    (x.parallelism == 1 || less <= share) &&
                    (x.Less < 2L * x.parallelism * x.batch || less == x.batch))
                .Label($"batch {x.batch}, {x.parallelism} threads, {x.Less} left: {less}; {x.More} left: {more}");
        });
    }

    [Fact]
    public async Task StreamLineSource_OfASeekableStream_EstimatesTheLinesLeft()
    {
        var text = string.Concat(Enumerable.Range(0, 100).Select(n => $"{{\"n\":{n % 10}}}\n")); // lines of equal length
        var source = new StreamLineSource(new MemoryStream(Encoding.UTF8.GetBytes(text)), 1 << 16);
        source.EstimateRemainingLines().ShouldBeNull(); // nothing read yet: no bytes per line known
        using var batch = new LineBatch();
        await source.FillAsync(batch, 30, CancellationToken.None);
        source.EstimateRemainingLines().ShouldBe(70);
        batch.Clear();
        await source.FillAsync(batch, 100, CancellationToken.None);
        source.EstimateRemainingLines().ShouldBe(0);
    }

    [Fact]
    public async Task StreamLineSource_OfAStreamThatCannotSeek_CannotTell()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":1}\n", 50)));
        var source = new StreamLineSource(ReadOnlyStream.Forward(bytes), 1 << 16);
        using var batch = new LineBatch();
        await source.FillAsync(batch, 10, CancellationToken.None);
        batch.Count.ShouldBe(10);
        source.EstimateRemainingLines().ShouldBeNull();
    }

    [Fact]
    public async Task StringLineSource_OfACollection_KnowsWhatIsLeft_OfALazySequenceNot()
    {
        var lines = Enumerable.Range(0, 40).Select(n => $"{{\"n\":{n}}}").ToList();
        var collection = new StringLineSource(lines, 1 << 16);
        using var batch = new LineBatch();
        await collection.FillAsync(batch, 15, CancellationToken.None);
        collection.EstimateRemainingLines().ShouldBe(25);

        var lazy = new StringLineSource(OneByOne(lines), 1 << 16);
        batch.Clear();
        await lazy.FillAsync(batch, 15, CancellationToken.None);
        lazy.EstimateRemainingLines().ShouldBeNull();
    }

    [Fact]
    public async Task StreamLineSource_FromTheMiddleOfAStream_CountsFromThere()
    {
        var prefix = Encoding.UTF8.GetBytes(new string('x', 400));
        var lines = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":1}\n", 50)));
        var stream = new MemoryStream([.. prefix, .. lines]) { Position = prefix.Length };
        var source = new StreamLineSource(stream, 1 << 16);
        using var batch = new LineBatch();
        await source.FillAsync(batch, 10, CancellationToken.None);
        source.EstimateRemainingLines().ShouldBe(40);
    }

    [Fact]
    public void Estimate_OfAHugeFile_DoesNotOverflow()
    {
        // 100 GB of 250-byte lines, half read: the bytes left times the lines read are 1e19, beyond a long.
        StreamLineSource.Estimate(100_000_000_000, 50_000_000_000, 200_000_000).ShouldBe(200_000_000);
    }

    [Fact]
    public async Task StreamLineSource_OfAStreamThatGrowsOrCannotTellItsLength_GivesNoEstimate_AndStillReads()
    {
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":1}\n", 50)));
        foreach (var stream in new Stream[] { ReadOnlyStream.Growing(bytes), ReadOnlyStream.WithoutLength(bytes) })
        {
            var source = new StreamLineSource(stream, 1 << 16); // a length that throws must not fail the run
            using var batch = new LineBatch();
            await source.FillAsync(batch, 10, CancellationToken.None);
            batch.Count.ShouldBe(10);
            source.EstimateRemainingLines().ShouldBeNull();
        }
    }

    [Fact]
    public async Task Pipeline_OnASeekableStream_GuidesItsLastBatches_AndWritesWhatOneThreadWrites()
    {
        var text = string.Join("\n", Enumerable.Range(0, 400).Select(n => SampleRecords.Line(n))) + "\n";
        using var key = TestKeys.Key();
        async Task<(string Output, int Batches)> Run(int threads, bool seekable)
        {
            var batches = 0;
            var pipeline = new PseudonymizationPipeline(key, Policies.RecordPolicy.VkbDefault, new PseudonymizationOptions
            {
                Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), DegreeOfParallelism = threads, BatchSize = 128,
                KAnonymity = { Enforce = false },
            })
            { PhaseObserver = phases => batches = phases.Batches };
            var bytes = Encoding.UTF8.GetBytes(text);
            using Stream input = seekable ? new MemoryStream(bytes) : ReadOnlyStream.Forward(bytes);
            using var output = new MemoryStream();
            await pipeline.RunAsync(input, output);
            return (Encoding.UTF8.GetString(output.ToArray()), batches);
        }

        var one = await Run(1, seekable: true);
        var guided = await Run(2, seekable: true);
        var pipe = await Run(2, seekable: false);
        one.Batches.ShouldBe(4); // 400 lines in batches of 128
        pipe.Batches.ShouldBe(4); // a pipe cannot tell what is left
        guided.Batches.ShouldBeGreaterThan(6); // 128, then about a quarter of what is left, down to 16
        guided.Output.ShouldBe(one.Output);
        pipe.Output.ShouldBe(one.Output);
    }

    private static IEnumerable<string> OneByOne(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            yield return line;
        }
    }

    /// <summary>
    /// A stream that only reads: forward only like a pipe (no seeking, no length), or seekable with a length that grows
    /// with what was read (a body still being buffered) or that cannot be told.
    /// </summary>
    private sealed class ReadOnlyStream(byte[] bytes, bool canSeek, Func<long, long> length) : Stream
    {
        private int _position;

        public static ReadOnlyStream Forward(byte[] bytes) => new(bytes, canSeek: false, _ => throw new NotSupportedException());

        public static ReadOnlyStream Growing(byte[] bytes) => new(bytes, canSeek: true, read => read);

        public static ReadOnlyStream WithoutLength(byte[] bytes) => new(bytes, canSeek: true, _ => throw new InvalidOperationException("no length"));

        public override bool CanRead => true;

        public override bool CanSeek => canSeek;

        public override bool CanWrite => false;

        public override long Length => length(_position);

        public override long Position { get => canSeek ? _position : throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
