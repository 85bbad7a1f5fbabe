namespace Vkb.Sampling;

/// <summary>
/// The streaming core of a draw. Items arrive in ordinal key order; records of one key are
/// grouped so that duplicates within a unit are counted once, and each eligible key's ticket is
/// offered to the bounded heap of its (unit, stratum). Memory: the heaps, the exclusion and
/// duplicate lists, and one key group.
/// </summary>
internal sealed class DrawEngine : IDisposable
{
    internal const string FewerEligible = "fewer-eligible-than-requested";

    private readonly TicketHasher _hasher;
    private readonly SampleParameters _parameters;
    private readonly string[] _reasons;
    private readonly int[] _reasonOrder;
    private readonly Dictionary<string, UnitState> _units = new(StringComparer.Ordinal);
    private readonly PopulationDigest _digest = new();
    private readonly List<Pending> _group = [];
    private readonly List<ExcludedKey> _excluded = [];
    private readonly List<DuplicateKey> _duplicates = [];
    private string? _currentKey;
    private UnitState? _lastUnit;
    private long _records;

    public DrawEngine(Seed seed, SampleParameters parameters, IReadOnlyList<string> reasons)
    {
        _hasher = new TicketHasher(seed, parameters.DrawId);
        _parameters = parameters;
        _reasons = [.. reasons];
        _reasonOrder = Enumerable.Range(0, _reasons.Length).OrderBy(i => _reasons[i], StringComparer.Ordinal).ThenBy(i => i).ToArray();
    }

    public long Records => _records;

    public void Add(string key, string unit, string stratum, long exclusionMask)
    {
        _records++;
        if (_currentKey is not null)
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
            }
        }

        _currentKey = key;
        _group.Add(new Pending(unit, stratum, exclusionMask));
    }

    public Outcome Complete()
    {
        if (_currentKey is not null)
        {
            Flush();
            _currentKey = null;
        }

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
        _digest.Append(key);
        var ticket = default(SampleTicket);
        var hashed = false;
        if (_group.Count == 1)
        {
            var p = _group[0];
            Resolve(key, p.Unit, p.Stratum, p.Mask, 1, ref ticket, ref hashed);
        }
        else
        {
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
                Resolve(key, _group[i].Unit, _group[i].Stratum, mask, j - i, ref ticket, ref hashed);
                i = j;
            }
        }

        _group.Clear();
    }

    private void Resolve(string key, string unitName, string stratumName, long mask, int occurrences, ref SampleTicket ticket, ref bool hashed)
    {
        var unit = _lastUnit is not null && ReferenceEquals(_lastUnit.Name, unitName) ? _lastUnit : GetUnit(unitName);
        _lastUnit = unit;
        var stratum = unit.GetStratum(stratumName, _parameters);
        if (occurrences > 1)
        {
            _duplicates.Add(new DuplicateKey { Key = key, Unit = unit.Name, Occurrences = occurrences });
        }

        if (mask != 0)
        {
            string? previous = null;
            foreach (var bit in _reasonOrder)
            {
                if ((mask & (1L << bit)) != 0 && !string.Equals(previous, _reasons[bit], StringComparison.Ordinal))
                {
                    previous = _reasons[bit];
                    _excluded.Add(new ExcludedKey { Key = key, Unit = unit.Name, Reason = previous });
                }
            }

            return;
        }

        stratum.Eligible++;
        if (!hashed)
        {
            ticket = _hasher.Compute(key);
            hashed = true;
        }

        stratum.Heap.Offer(ticket, key);
    }

    private UnitState GetUnit(string name)
    {
        if (!_units.TryGetValue(name, out var unit))
        {
            unit = new UnitState(name);
            _units[name] = unit;
        }

        return unit;
    }

    internal sealed record Outcome(string Digest, long Records, IReadOnlyList<UnitSample> Units, IReadOnlyList<ExcludedKey> Excluded, IReadOnlyList<DuplicateKey> Duplicates);

    private readonly record struct Pending(string Unit, string Stratum, long Mask);

    private sealed class UnitState(string name)
    {
        private readonly Dictionary<string, StratumState> _strata = new(StringComparer.Ordinal);
        private StratumState? _last;

        public string Name { get; } = name;

        public StratumState GetStratum(string name, SampleParameters parameters)
        {
            if (_last is not null && ReferenceEquals(_last.Name, name))
            {
                return _last;
            }

            if (!_strata.TryGetValue(name, out var stratum))
            {
                stratum = new StratumState(name, new BoundedTicketHeap((int)Math.Min(int.MaxValue, (long)parameters.PerUnit + parameters.Reserve)));
                _strata[name] = stratum;
            }

            _last = stratum;
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

    private sealed class StratumState(string name, BoundedTicketHeap heap)
    {
        public string Name { get; } = name;

        public BoundedTicketHeap Heap { get; } = heap;

        public long Eligible { get; set; }
    }
}
