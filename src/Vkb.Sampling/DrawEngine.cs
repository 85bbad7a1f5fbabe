using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Vkb.Sampling;

/// <summary>
/// The streaming core of a draw. Items arrive in ordinal key order; records of one key are
/// grouped so that duplicates within a unit are counted once, and each eligible key's ticket is
/// offered to the bounded heap of its (unit, stratum). Tickets are computed in batches by
/// <see cref="TicketBatch"/> (multi-buffer SHA-256); the offers of a batch wait until it is
/// hashed, which changes nothing because a bottom-k heap does not depend on the order of offers.
/// Each key is encoded to UTF-8 once, for the digest and the ticket. (unit, stratum) pairs are
/// found through a small cache keyed by reference before the ordinal dictionaries, because the
/// strings of one source are usually the same instances.
/// The common record (the only one of its key, eligible, of a known (unit, stratum)) is counted
/// and offered as it arrives; if its key recurs, that is taken back (the offer is still the last
/// one and its batch unhashed, because batches are hashed only before a new key starts) and the
/// key's records are resolved as a group when the next key arrives.
/// Memory: the heaps, the exclusion and duplicate lists, one key group and one batch.
/// </summary>
internal sealed class DrawEngine : IDisposable
{
    internal const string FewerEligible = "fewer-eligible-than-requested";
    private const int SlotCacheBits = 12;
    private const int SlotCacheSize = 1 << SlotCacheBits;

    private readonly TicketBatch _batch;
    private readonly SampleParameters _parameters;
    private readonly string[] _reasons;
    private readonly int[] _reasonOrder;
    private readonly Dictionary<string, UnitState> _units = new(StringComparer.Ordinal);
    private readonly PopulationDigest _digest = new();
    private readonly List<Pending> _group = [];
    private readonly List<ExcludedKey> _excluded = [];
    private readonly List<DuplicateKey> _duplicates = [];
    private readonly Slot[] _slots = new Slot[SlotCacheSize];
    private readonly string[] _batchKeys = new string[TicketBatch.Capacity];
    private readonly List<StratumState> _states = [];
    private Offer[] _offers = new Offer[TicketBatch.Capacity];
    private int _offerCount;
    private string? _currentKey;
    private int _currentIndex;
    private bool _grouped;
    private long _records;

    public DrawEngine(Seed seed, SampleParameters parameters, IReadOnlyList<string> reasons)
    {
        _batch = new TicketBatch(seed, parameters.DrawId);
        _parameters = parameters;
        _reasons = [.. reasons];
        _reasonOrder = Enumerable.Range(0, _reasons.Length).OrderBy(i => _reasons[i], StringComparer.Ordinal).ThenBy(i => i).ToArray();
    }

    public long Records => _records;

    public void Add(string key, string unit, string stratum, long exclusionMask)
    {
        _records++;
        var current = _currentKey;
        if (current is not null)
        {
            if (ReferenceEquals(key, current))
            {
                AddRecordOfCurrentKey(unit, stratum, exclusionMask);
                return;
            }

            var c = CompareKeys(key, current);
            if (c <= 0)
            {
                if (c < 0)
                {
                    ThrowOutOfOrder(_records);
                }

                AddRecordOfCurrentKey(unit, stratum, exclusionMask);
                return;
            }

            if (_grouped)
            {
                FlushGroup(current);
            }

            if (_batch.IsFull)
            {
                HashBatch();
            }
        }

        _currentKey = key;
        StartKey(key, unit, stratum, exclusionMask);
    }

    /// <summary>
    /// The sign of <see cref="string.CompareOrdinal(string, string)"/> (UTF-16 code units), inline:
    /// four characters per step, the first differing one found from the differing bits. Sorted
    /// keys usually share a long prefix with the key before them, so this is the draw's order check.
    /// </summary>
    /// <param name="x">A key.</param>
    /// <param name="y">Another key.</param>
    /// <returns>Negative, zero or positive as <paramref name="x"/> sorts before, with or after <paramref name="y"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CompareKeys(string x, string y)
    {
        var n = Math.Min(x.Length, y.Length);
        var i = 0;
        if (BitConverter.IsLittleEndian)
        {
            ref var a = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(x.AsSpan()));
            ref var b = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(y.AsSpan()));
            for (; i <= n - 4; i += 4)
            {
                var u = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref a, 2 * i));
                var v = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, 2 * i));
                if (u != v)
                {
                    // Little-endian: the lowest differing bit lies in the first differing character.
                    var k = i + (BitOperations.TrailingZeroCount(u ^ v) >> 4);
                    return x[k] - y[k];
                }
            }
        }

        for (; i < n; i++)
        {
            var d = x[i] - y[i];
            if (d != 0)
            {
                return d;
            }
        }

        return x.Length - y.Length;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfOrder(long record) =>
        throw new InvalidOperationException(
            $"Population item {record}: the key is smaller than the key before it, but the population was declared sorted by key (ordinal).");

    public Outcome Complete()
    {
        if (_currentKey is not null && _grouped)
        {
            FlushGroup(_currentKey);
        }

        _currentKey = null;
        HashBatch();
        var units = new List<UnitSample>(_units.Count);
        foreach (var unit in _units.Values.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            units.Add(unit.Build(_parameters));
        }

        return new Outcome(_digest.Finish(), _records, units, _excluded, _duplicates);
    }

    public void Dispose() => _digest.Dispose();

    /// <summary>
    /// The first record of a new key: the key goes to the digest at once; an eligible record of a
    /// valid key is counted and offered at once (the common case, one record per key), anything
    /// else waits in the key group until the next key arrives.
    /// </summary>
    private void StartKey(string key, string unit, string stratum, long mask)
    {
        var valid = _batch.TryEncode(key, out var utf8);
        if (valid)
        {
            _digest.Append(utf8);
        }
        else
        {
            _digest.Append(key);
        }

        // A (unit, stratum) seen for the first time takes the slow path: if a later record of the
        // key moved the key to another stratum, an empty stratum must not have been created.
        // Initialised although the condition assigns it: a mutated condition (Stryker) would
        // otherwise not compile (CS0165), which took every mutant of this method out of the run.
        StratumState? state = null;
        if (valid && mask == 0 && (state = FindOrNull(unit, stratum, create: false)) is not null)
        {
            state.Eligible++;
            var index = _batch.AddEncoded();
            _batchKeys[index] = key;
            AddOffer(state, index);
            _currentIndex = index;
            _grouped = false;
        }
        else
        {
            _group.Add(new Pending(unit, stratum, mask));
            _currentIndex = valid ? -1 : -2;
            _grouped = true;
        }
    }

    /// <summary>
    /// A further record of the current key. If its first record was counted and offered at once,
    /// that is taken back (its offer is the last one and its batch is not hashed yet, because
    /// batches are hashed only before a new key starts) and the first record joins the group,
    /// which is resolved when the next key arrives.
    /// </summary>
    private void AddRecordOfCurrentKey(string unit, string stratum, long mask)
    {
        if (!_grouped)
        {
            var first = _states[_offers[_offerCount - 1].State];
            first.Eligible--;
            _offerCount--;
            _group.Add(new Pending(first.Unit.Name, first.Name, 0));
            _grouped = true;
        }

        _group.Add(new Pending(unit, stratum, mask));
    }

    /// <summary>Resolves the records of one key, grouped by unit; the key is already in the digest.</summary>
    private void FlushGroup(string key)
    {
        var index = _currentIndex;
        if (_group.Count > 1)
        {
            _group.Sort(static (x, y) =>
            {
                var c = string.CompareOrdinal(x.Unit, y.Unit);
                return c != 0 ? c : string.CompareOrdinal(x.Stratum, y.Stratum);
            });
        }

        var i = 0;
        while (i < _group.Count)
        {
            var j = i;
            long mask = 0;
            while (j < _group.Count && string.Equals(_group[j].Unit, _group[i].Unit, StringComparison.Ordinal))
            {
                mask |= _group[j].Mask;
                j++;
            }

            // A duplicate key in one unit is drawn once, in the ordinally smallest of its strata.
            Resolve(key, _group[i].Unit, _group[i].Stratum, mask, j - i, ref index);
            i = j;
        }

        _group.Clear();
        _grouped = false;
    }

    // index: the key's place in the batch once added; -1 before, -2 when the key is not valid UTF-16.
    private void Resolve(string key, string unitName, string stratumName, long mask, int occurrences, ref int index)
    {
        var stratum = Find(unitName, stratumName);
        if (occurrences > 1)
        {
            _duplicates.Add(new DuplicateKey { Key = key, Unit = stratum.Unit.Name, Occurrences = occurrences });
        }

        if (mask != 0)
        {
            string? previous = null;
            foreach (var bit in _reasonOrder)
            {
                if ((mask & (1L << bit)) != 0 && !string.Equals(previous, _reasons[bit], StringComparison.Ordinal))
                {
                    previous = _reasons[bit];
                    _excluded.Add(new ExcludedKey { Key = key, Unit = stratum.Unit.Name, Reason = previous });
                }
            }

            return;
        }

        stratum.Eligible++;
        if (index < 0)
        {
            if (index == -2)
            {
                throw new ArgumentException("A record key is not valid UTF-16 (lone surrogate).", nameof(key));
            }

            index = _batch.AddEncoded();
            _batchKeys[index] = key;
        }

        AddOffer(stratum, index);
    }

    private void AddOffer(StratumState stratum, int index)
    {
        if (_offerCount == _offers.Length)
        {
            Array.Resize(ref _offers, _offers.Length * 2);
        }

        _offers[_offerCount++] = new Offer(stratum.Id, index);
    }

    /// <summary>Hashes the waiting keys and offers their tickets to the heaps.</summary>
    private void HashBatch()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var tickets = _batch.Compute();
        var states = CollectionsMarshal.AsSpan(_states);
        foreach (var offer in _offers.AsSpan(0, _offerCount))
        {
            var heap = states[offer.State].Heap;
            ref readonly var ticket = ref tickets[offer.Index];
            if (ticket.High <= heap.RootHigh)
            {
                heap.Offer(ticket, _batchKeys[offer.Index]);
            }
        }

        _offerCount = 0;
        _batch.Clear();
    }

    /// <summary>
    /// The cache index of a (unit, stratum) pair of references, from the objects' current
    /// addresses: no character is read. A hit is still decided by reference equality, so a
    /// collision, or an object the garbage collector moved since, only costs a dictionary lookup;
    /// the result of <see cref="Find"/> never depends on the index.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(string unit, string stratum)
    {
        var u = (ulong)Unsafe.As<string, nint>(ref unit);
        var s = (ulong)Unsafe.As<string, nint>(ref stratum);
        var h = ((u >> 3) * 0x9E3779B97F4A7C15ul) ^ ((s >> 3) * 0xC2B2AE3D27D4EB4Ful);
        return (int)(h >> (64 - SlotCacheBits));
    }

    /// <summary>The (unit, stratum): from the reference cache, else from the ordinal dictionaries.</summary>
    private StratumState Find(string unitName, string stratumName) =>
        FindOrNull(unitName, stratumName, create: true)!;

    /// <summary>
    /// The (unit, stratum): from the reference cache, else from the ordinal dictionaries; null
    /// when it does not exist yet and <paramref name="create"/> is false.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private StratumState? FindOrNull(string unitName, string stratumName, bool create)
    {
        ref var slot = ref _slots[SlotOf(unitName, stratumName)];
        if (ReferenceEquals(slot.Unit, unitName) && ReferenceEquals(slot.Stratum, stratumName))
        {
            return slot.State!;
        }

        return FindSlow(ref slot, unitName, stratumName, create);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private StratumState? FindSlow(ref Slot slot, string unitName, string stratumName, bool create)
    {
        if (!_units.TryGetValue(unitName, out var unit))
        {
            if (!create)
            {
                return null;
            }

            unit = new UnitState(unitName);
            _units[unitName] = unit;
        }

        var stratum = unit.GetStratum(stratumName, _parameters, _states, create);
        if (stratum is not null)
        {
            slot = new Slot(unitName, stratumName, stratum);
        }

        return stratum;
    }

    internal sealed record Outcome(string Digest, long Records, IReadOnlyList<UnitSample> Units, IReadOnlyList<ExcludedKey> Excluded, IReadOnlyList<DuplicateKey> Duplicates)
    {
        /// <summary>The population content digest (set by the sampler).</summary>
        public string ContentDigest { get; init; } = string.Empty;

        /// <summary>The § 16a summary (set by the sampler).</summary>
        public Section16aSummary? Section16a { get; init; }
    }

    private readonly record struct Pending(string Unit, string Stratum, long Mask);

    /// <summary>A key of the batch waiting for its ticket; the stratum by number, so that storing an offer needs no GC write barrier.</summary>
    private readonly record struct Offer(int State, int Index);

    private readonly record struct Slot(string? Unit, string? Stratum, StratumState? State);

    private sealed class UnitState(string name)
    {
        private readonly Dictionary<string, StratumState> _strata = new(StringComparer.Ordinal);

        public string Name { get; } = name;

        public StratumState? GetStratum(string name, SampleParameters parameters, List<StratumState> states, bool create)
        {
            if (!_strata.TryGetValue(name, out var stratum) && create)
            {
                stratum = new StratumState(this, name, new BoundedTicketHeap((int)Math.Min(int.MaxValue, (long)parameters.PerUnit + parameters.Reserve)), states.Count);
                states.Add(stratum);
                _strata[name] = stratum;
            }

            return stratum;
        }

        public UnitSample Build(SampleParameters parameters)
        {
            var strata = _strata.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
            var allocated = Allocation.Allocate(
                strata.Select(s => s.Name).ToList(),
                strata.Select(s => s.Eligible).ToList(),
                strata.Select(s => parameters.WeightOf(s.Name)).ToList(),
                parameters.PerUnit,
                parameters.MinPerStratum,
                out var minimumsExceed);
            var samples = new List<StratumSample>(strata.Count);
            long selected = 0;
            for (var h = 0; h < strata.Count; h++)
            {
                var kept = strata[h].Heap.ToSortedArray();
                var take = (int)allocated[h];
                var reserve = (int)Math.Min(parameters.Reserve, kept.Length - take);
                samples.Add(new StratumSample
                {
                    Stratum = strata[h].Name,
                    Eligible = strata[h].Eligible,
                    Allocated = allocated[h],
                    Selected = kept.Take(take).Select(ToSampled).ToList(),
                    Reserve = kept.Skip(take).Take(reserve).Select(ToSampled).ToList(),
                });
                selected += take;
            }

            var notes = new List<string>();
            if (selected < parameters.PerUnit)
            {
                notes.Add(FewerEligible);
            }

            if (minimumsExceed)
            {
                notes.Add(Allocation.MinimumsExceedRequest);
            }

            return new UnitSample
            {
                Unit = Name,
                Requested = parameters.PerUnit,
                Selected = selected,
                Shortfall = parameters.PerUnit - selected,
                Notes = notes,
                Strata = samples,
            };
        }

        private static SampledKey ToSampled((SampleTicket Ticket, string Key) entry) =>
            new() { Key = entry.Key, Ticket = entry.Ticket.ToString() };
    }

    private sealed class StratumState(UnitState unit, string name, BoundedTicketHeap heap, int id)
    {
        /// <summary>The stratum's place in the engine's list of strata.</summary>
        public int Id { get; } = id;

        public UnitState Unit { get; } = unit;

        public string Name { get; } = name;

        public BoundedTicketHeap Heap { get; } = heap;

        public long Eligible { get; set; }
    }
}
