using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The bounded heap that keeps a stratum's smallest tickets (S3): whatever the order of the
/// offers, it keeps exactly the <c>capacity</c> smallest, and its root bound is the largest kept;
/// found unpinned by the Stryker run of session 4.
/// </summary>
public class HeapKillTests
{
    private static SampleTicket Ticket(Random random)
    {
        var bytes = new byte[32];
        random.NextBytes(bytes);

        // Few distinct first words, so ties in the high word (and the later words deciding) are common.
        bytes[0] = 0;
        bytes[1] = 0;
        bytes[2] = 0;
        bytes[3] = 0;
        bytes[4] = 0;
        bytes[5] = 0;
        bytes[6] = 0;
        bytes[7] = (byte)random.Next(4);
        return SampleTicket.Parse(Convert.ToHexString(bytes));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(1, 1)]
    [InlineData(1, 5)]
    [InlineData(2, 7)]
    [InlineData(3, 7)]
    [InlineData(4, 50)]
    [InlineData(5, 5)]
    [InlineData(6, 200)]
    [InlineData(7, 200)]
    [InlineData(16, 300)]
    [InlineData(17, 16)]
    [InlineData(64, 1000)]
    [Trait("Rule", "S3")]
    public void Offer_AnyOrder_KeepsTheCapacitySmallest_SortedAscending_RootIsTheLargestKept(int capacity, int offers)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random((capacity * 1000) + offers + seed);
            var offered = Enumerable.Range(0, offers).Select(i => (Ticket: Ticket(random), Key: "K" + i)).ToList();
            var heap = new BoundedTicketHeap(capacity);
            heap.RootHigh.ShouldBe(ulong.MaxValue);
            foreach (var (ticket, key) in offered)
            {
                heap.Offer(ticket, key);
            }

            var expected = offered.OrderBy(o => o.Ticket).Take(capacity).ToList();
            var kept = heap.ToSortedArray();
            kept.Select(k => k.Key).ShouldBe(expected.Select(e => e.Key));
            kept.Select(k => k.Ticket).ShouldBe(expected.Select(e => e.Ticket));
            heap.Count.ShouldBe(Math.Min(capacity, offers));
            heap.Capacity.ShouldBe(capacity);
            heap.RootHigh.ShouldBe(offers >= capacity ? expected[^1].Ticket.High : ulong.MaxValue);
        }
    }

    [Fact]
    public void CapacityZero_KeepsNothing_RootZero()
    {
        var heap = new BoundedTicketHeap(0);
        heap.RootHigh.ShouldBe(0UL);
        heap.Offer(SampleTicket.Parse(new string('0', 64)), "K");
        heap.Count.ShouldBe(0);
        heap.ToSortedArray().ShouldBeEmpty();
    }

    [Fact]
    public void EqualTicketOffered_WhenFull_NotTaken()
    {
        var heap = new BoundedTicketHeap(2);
        var a = SampleTicket.Parse("01" + new string('0', 62));
        var b = SampleTicket.Parse("02" + new string('0', 62));
        heap.Offer(a, "a");
        heap.Offer(b, "b");
        heap.Offer(b, "b2");
        heap.ToSortedArray().Select(k => k.Key).ShouldBe(["a", "b"]);
        heap.Offer(a, "a2");
        heap.ToSortedArray().Select(k => k.Key).ShouldBe(["a2", "a"], ignoreOrder: true);
    }
}
