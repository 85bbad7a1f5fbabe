using System.Globalization;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Benchmarks.Sampling;

/// <summary>
/// A draw over 1M and 4M records, 16 units × 6 strata, n = 10, reserve 2. The baseline is the bare
/// cost of computing every key's ticket with the fastest ticket path the library has, the same
/// batched multi-buffer SHA-256 (<see cref="TicketBatch"/>) the draw uses, over the same
/// enumeration and nothing else: the floor of any implementation of the algorithm. Beside it, for
/// information, the same hashing through the per-key API (one SHA-256 call per key); the streaming
/// draw (population sorted by key, memory independent of the population); the draw over unordered
/// input; and the LINQ draw a user writes with the public per-key API (GroupBy, OrderBy(ticket),
/// Take(n + reserve)). Keys are made once; items are generated lazily as structs, so the
/// allocation column shows the draw's own allocations.
/// </summary>
[MemoryDiagnoser]
public class StratifiedDrawBenchmark
{
    private const int PerUnit = 10;
    private const int Reserve = 2;
    private static readonly string[] Units = Enumerable.Range(1, 16).Select(i => $"TL-{i:D2}").ToArray();
    private static readonly string[] Strata = ["longTermUnemployed", "young", "over50", "singleParent", "rehab", "other"];
    private static readonly Seed Seed = Seed.FromDice("31415926535897932384");
    private static readonly SeedCommitment Commitment = SeedCommitment.Create(Seed, Instant.FromUtc(2025, 4, 1, 8, 0));
    private static string[] _keys = [];
    private SampleParameters _parameters = null!;

    [Params(1_000_000, 4_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        if (_keys.Length < Size)
        {
            // Fixed-width keys in ordinal order, as an extract sorted by customer number.
            _keys = Enumerable.Range(0, Size).Select(i => "962D" + i.ToString("D8", CultureInfo.InvariantCulture)).ToArray();
        }

        _parameters = SampleParameters.Create("TL-2025-04", PerUnit, minPerStratum: 1, reserve: Reserve);
    }

    private IEnumerable<PopulationItem> Population()
    {
        var keys = _keys;
        for (var i = 0; i < Size; i++)
        {
            var h = (uint)i * 2654435761u;
            yield return new PopulationItem(keys[i], Units[(h >> 8) & 15], Strata[(h >> 16) % 6]);
        }
    }

    [Benchmark(Baseline = true)]
    public int BareTicketHashing()
    {
        var batch = new TicketBatch(Seed, _parameters.DrawId);
        var acc = 0;
        foreach (var item in Population())
        {
            batch.Add(item.Key);
            if (batch.IsFull)
            {
                acc ^= Fold(batch.Compute());
                batch.Clear();
            }
        }

        return acc ^ Fold(batch.Compute());
    }

    [Benchmark]
    public int PerKeyTicketHashing()
    {
        var hasher = new TicketHasher(Seed, _parameters.DrawId);
        var acc = 0;
        foreach (var item in Population())
        {
            acc ^= hasher.Compute(item.Key).GetHashCode();
        }

        return acc;
    }

    [Benchmark]
    public long StreamingDraw() =>
        Sampler.Draw(Population(), PopulationItem.Frame, _parameters, Seed, Commitment, order: PopulationOrder.SortedByKey).Units.Sum(u => u.Selected);

    [Benchmark]
    public long UnorderedDraw() =>
        Sampler.Draw(Population(), PopulationItem.Frame, _parameters, Seed, Commitment).Units.Sum(u => u.Selected);

    [Benchmark]
    public long LinqDraw()
    {
        var hasher = new TicketHasher(Seed, _parameters.DrawId);
        return Population()
            .GroupBy(i => (i.Unit, i.Stratum))
            .SelectMany(g => g.Select(i => (i.Key, Ticket: hasher.Compute(i.Key))).OrderBy(x => x.Ticket).Take(PerUnit + Reserve))
            .LongCount();
    }

    private static int Fold(ReadOnlySpan<SampleTicket> tickets)
    {
        var acc = 0;
        foreach (var ticket in tickets)
        {
            acc ^= ticket.GetHashCode();
        }

        return acc;
    }
}
