using System.Runtime.CompilerServices;

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
/// Memory: the heaps, the exclusion and duplicate lists, one key group and one batch.
/// </summary>
internal sealed class DrawEngine : IDisposable
{
    internal const string FewerEligible = "fewer-eligible-than-requested";
    private const int SlotCacheSize = 1024;

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
    private Offer[] _offers = new Offer[TicketBatch.Capacity];
    private int _offerCount;
    private string? _currentKey;
    private Pending _first;
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
        if (_currentKey is not null && !ReferenceEquals(key, _currentKey))
        {
            var c = string.CompareOrdinal(key, _currentKey);
            if (c < 0)
            {
                throw new InvalidOperationException(
                    $"Population item {_records}: the key is smaller than the key before it, but the population was declared sorted by key (ordinal).");
            }

            if (c > 0)
            {
                Flush();
                _currentKey = null;
            }
        }

        if (_currentKey is null)
        {
            _currentKey = key;
            _first = new Pending(unit, stratum, exclusionMask);
        }
        else
        {
            _group.Add(new Pending(unit, stratum, exclusionMask));
        }
    }

    public Outcome Complete()
    {
        if (_currentKey is not null)
        {
            Flush();
            _currentKey = null;
        }

        HashBatch();
        var units = new List<UnitSample>(_units.Count);
        foreach (var unit in _units.Values.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            units.Add(unit.Build(_parameters));
        }

        return new Outcome(_digest.Finish(), _records, units, _excluded, _duplicates);
    }

    public void Dispose() => _digest.Dispose();

    private void Flush()
    {
        var key = _currentKey!;
        var valid = _batch.TryEncode(key, out var utf8);
        if (valid)
        {
            _digest.Append(utf8);
        }
        else
        {
            _digest.Append(key);
        }

        var index = valid ? -1 : -2;
        if (_group.Count == 0 && _first.Mask == 0 && valid)
        {
            // The common case: one record of an eligible, valid key.
            var stratum = Find(_first.Unit, _first.Stratum);
            stratum.Eligible++;
            index = _batch.AddEncoded();
            _batchKeys[index] = key;
            AddOffer(stratum, index);
        }
        else if (_group.Count == 0)
        {
            Resolve(key, _first.Unit, _first.Stratum, _first.Mask, 1, ref index);
        }
        else
        {
            _group.Add(_first);
            _group.Sort(static (x, y) =>
            {
                var c = string.CompareOrdinal(x.Unit, y.Unit);
                return c != 0 ? c : string.CompareOrdinal(x.Stratum, y.Stratum);
            });
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
        }

        if (_batch.IsFull)
        {
            HashBatch();
        }
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

        _offers[_offerCount++] = new Offer(stratum.Heap, index);
    }

    /// <summary>Hashes the waiting keys and offers their tickets to the heaps.</summary>
    private void HashBatch()
    {
        if (_batch.Count == 0)
        {
            return;
        }

        var tickets = _batch.Compute();
        for (var i = 0; i < _offerCount; i++)
        {
            var offer = _offers[i];
            var heap = offer.Heap;
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
    /// A cheap cache index from a few characters of both names (never empty: the frame rejects
    /// empty names); a collision only costs a dictionary lookup, a hit is decided by reference.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SlotOf(string unit, string stratum)
    {
        var u = (uint)unit[^1] + ((uint)unit[Math.Max(0, unit.Length - 2)] * 37u) + ((uint)unit.Length * 1009u);
        var s = (uint)stratum[0] + ((uint)stratum[^1] * 131u) + ((uint)stratum.Length * 17u);
        var h = (u * 0x9E3779B1u) ^ (s * 0x85EBCA77u);
        h ^= h >> 16;
        h *= 0x7FEB352Du;
        h ^= h >> 15;
        return (int)(h & (SlotCacheSize - 1));
    }

    /// <summary>The (unit, stratum): from the reference cache, else from the ordinal dictionaries.</summary>
    private StratumState Find(string unitName, string stratumName)
    {
        ref var slot = ref _slots[SlotOf(unitName, stratumName)];
        if (ReferenceEquals(slot.Unit, unitName) && ReferenceEquals(slot.Stratum, stratumName))
        {
            return slot.State!;
        }

        if (!_units.TryGetValue(unitName, out var unit))
        {
            unit = new UnitState(unitName);
            _units[unitName] = unit;
        }

        var stratum = unit.GetStratum(stratumName, _parameters);
        slot = new Slot(unitName, stratumName, stratum);
        return stratum;
    }

    internal sealed record Outcome(string Digest, long Records, IReadOnlyList<UnitSample> Units, IReadOnlyList<ExcludedKey> Excluded, IReadOnlyList<DuplicateKey> Duplicates);

    private readonly record struct Pending(string Unit, string Stratum, long Mask);

    private readonly record struct Offer(BoundedTicketHeap Heap, int Index);

    private readonly record struct Slot(string? Unit, string? Stratum, StratumState? State);

    private sealed class UnitState(string name)
    {
        private readonly Dictionary<string, StratumState> _strata = new(StringComparer.Ordinal);

        public string Name { get; } = name;

        public StratumState GetStratum(string name, SampleParameters parameters)
        {
            if (!_strata.TryGetValue(name, out var stratum))
            {
                stratum = new StratumState(this, name, new BoundedTicketHeap((int)Math.Min(int.MaxValue, (long)parameters.PerUnit + parameters.Reserve)));
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

    private sealed class StratumState(UnitState unit, string name, BoundedTicketHeap heap)
    {
        public UnitState Unit { get; } = unit;

        public string Name { get; } = name;

        public BoundedTicketHeap Heap { get; } = heap;

        public long Eligible { get; set; }
    }
}
