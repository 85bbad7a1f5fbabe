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
        var source = new StreamLineSource(new ForwardOnlyStream(new MemoryStream(bytes)), 1 << 16);
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

        var lazy = new StringLineSource(lines.Select(l => l), 1 << 16);
        batch.Clear();
        await lazy.FillAsync(batch, 15, CancellationToken.None);
        lazy.EstimateRemainingLines().ShouldBeNull();
    }

    /// <summary>A stream that reads forward only, like a pipe.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
