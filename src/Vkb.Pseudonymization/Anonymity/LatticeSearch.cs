using System.Runtime.InteropServices;
using Vkb.Pseudonymization.Policies.Operations;

namespace Vkb.Pseudonymization.Anonymity;

/// <summary>
/// The search for the generalisation with the least information loss that makes every published class hold at
/// least k distinct subjects (customers), suppressing at most a budget of records (P9), in the manner of ARX's Flash/OLA: the nodes of
/// the lattice (one generalisation level per quasi-identifier) are checked by a binary search over their heights, and each
/// check tags its successors (if it is anonymous: more generalisation only merges classes, so they are too) or its
/// predecessors (if it is not) without checking them. Among the minimal anonymous nodes the one with the lowest
/// discernibility (Σ |class|² over published classes + suppressed × records) wins, ties by height, then by levels.
/// Works on the distinct level-0 tuples and their counts only, so memory is bounded by the distinct tuples (and the
/// subjects whose records stand in more than one of them).
/// <para>A class's size is the number of distinct subjects in it, not its records: in a load of several months one
/// customer flagged in each of five months is five records but one person, and a class of those five records
/// singles that person out. A subject is counted once in each tuple it has records in
/// (<c>subjects</c>); a subject whose records stand in several tuples (a birthday or a move between months) is listed
/// in <c>spanning</c> with its tuples, and counted once less for every further tuple of it that a node merges into the
/// same class. Merging classes never lowers the distinct subjects of any of them, so the search stays monotone.
/// Suppression and the loss metrics count records.</para>
/// </summary>
internal sealed class LatticeSearch
{
    /// <summary>The dimensions whose 16-bit value ids join a class key in one pass, after the 32-bit class of those before.</summary>
    private const int DimensionsPerPass = 6;

    private readonly IReadOnlyList<string?[]> _tuples;
    private readonly GeneralisationHierarchy?[] _hierarchies;
    private readonly int _k;
    private readonly long _budget;
    private readonly long _total;
    private readonly Dictionary<(int Dimension, string? Value), int> _valueIds = [];
    private readonly int[] _valueCounts;
    private readonly int[]?[][] _ids;
    private readonly long[] _counts;
    private readonly long[] _subjects;
    private readonly int[][] _spanning;
    private int[] _scratch = new int[8];
    private readonly int[] _classOf;
    private readonly Dictionary<UInt128, int> _classes = [];
    private long[] _sizes = [];
    private long[] _subjectSizes = [];
    private readonly int[][] _passIds = new int[DimensionsPerPass][];

    /// <param name="tuples">The distinct level-0 tuples (a missing value is null).</param>
    /// <param name="counts">The records per tuple.</param>
    /// <param name="hierarchies">Per dimension its hierarchy, or null when pinned (height 0).</param>
    /// <param name="k">The fewest distinct subjects of a published class.</param>
    /// <param name="budget">The most records that may be suppressed.</param>
    /// <param name="subjects">The distinct subjects per tuple (null: one per record, every record its own subject).</param>
    /// <param name="spanning">The subjects with records in more than one tuple, each as its distinct tuples (null: none).</param>
    public LatticeSearch(IReadOnlyList<string?[]> tuples, IReadOnlyList<long> counts, GeneralisationHierarchy?[] hierarchies, int k, long budget,
        IReadOnlyList<long>? subjects = null, IReadOnlyList<int[]>? spanning = null)
    {
        _tuples = tuples;
        _counts = [.. counts];
        _subjects = subjects is null ? _counts : [.. subjects];
        _spanning = spanning is null ? [] : [.. spanning];
        if (_subjects.Length != _counts.Length)
        {
            throw new ArgumentException("One subject count per tuple.", nameof(subjects));
        }
        _classOf = new int[tuples.Count];
        _hierarchies = hierarchies;
        _k = k;
        _budget = budget;
        _total = _counts.Sum();
        Heights = [.. hierarchies.Select(h => h?.Height ?? 0)];
        _ids = [.. Heights.Select(h => new int[]?[h + 1])];
        _valueCounts = new int[hierarchies.Length];
    }

    /// <summary>The height of each dimension (0 for a pinned one).</summary>
    public int[] Heights { get; }

    /// <summary>The number of nodes of the lattice.</summary>
    public int NodeCount => Heights.Aggregate(1, (n, h) => n * (h + 1));

    /// <summary>How many nodes were checked (the rest were tagged by monotonicity).</summary>
    public int NodesChecked { get; private set; }

    /// <summary>The generalised value of dimension <paramref name="dimension"/> for a level-0 value at <paramref name="level"/>.</summary>
    public string? Generalise(int dimension, string? value, int level) =>
        value is null || _hierarchies[dimension] is not { } h ? value : h.Generalise(value, level);

    /// <summary>Finds the best node, or null if no node is anonymous within the budget.</summary>
    public LatticeNode? Run()
    {
        var nodes = AllNodes().OrderBy(n => n.Sum()).ThenBy(n => string.Join(',', n), StringComparer.Ordinal).ToArray();
        var index = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Length; i++)
        {
            index.Add(string.Join(',', nodes[i]), i);
        }

        var heights = Array.ConvertAll(nodes, n => n.Sum());
        var tags = new bool?[nodes.Length];
        var evaluations = new LatticeNode?[nodes.Length];
        var unknown = nodes.Length;

        // Binary search over heights, as OLA does: check an unknown node of the median height of the unknown nodes;
        // an anonymous one decides everything above it, a non-anonymous one everything below.
        while (unknown > 0)
        {
            var median = heights[NthUnknown(tags, unknown / 2)];
            var node = 0;
            while (tags[node] is not null || heights[node] != median)
            {
                node++;
            }

            var evaluation = evaluations[node] = Evaluate(nodes[node], withTuples: false);
            NodesChecked++;
            var anonymous = evaluation.Suppressed <= _budget;
            for (var other = 0; other < nodes.Length; other++)
            {
                if (tags[other] is null && (anonymous ? Dominates(nodes[other], nodes[node]) : Dominates(nodes[node], nodes[other])))
                {
                    tags[other] = anonymous;
                    unknown--;
                }
            }
        }

        // Minimal anonymous nodes: anonymous, and no direct predecessor is anonymous.
        LatticeNode? best = null;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (tags[i] != true || Predecessors(nodes[i]).Any(p => tags[index[string.Join(',', p)]] == true))
            {
                continue;
            }

            if (evaluations[i] is not { } evaluation)
            {
                evaluation = Evaluate(nodes[i], withTuples: false);
                NodesChecked++;
            }

            if (best is null || evaluation.Discernibility < best.Discernibility ||
                (evaluation.Discernibility == best.Discernibility && evaluation.Height < best.Height))
            {
                best = evaluation;
            }
        }

        // The search compared totals only; the node it returns carries each tuple's suppression for the second pass.
        return best is null ? null : Evaluate(best.Levels, withTuples: true);
    }

    /// <summary>The index of the <paramref name="n"/>th node (from 0, in lattice order) whose tag is not known yet.</summary>
    private static int NthUnknown(bool?[] tags, int n)
    {
        for (var i = 0; i < tags.Length; i++)
        {
            if (tags[i] is null && n-- == 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException("No unknown node is left.");
    }

    /// <summary>The classes, suppression and loss at <paramref name="levels"/>, with each tuple's suppression.</summary>
    public LatticeNode Evaluate(int[] levels) => Evaluate(levels, withTuples: true);

    /// <summary>
    /// The classes, suppression and loss at <paramref name="levels"/>; the per-tuple suppression flags only
    /// <paramref name="withTuples"/> (the search compares nodes by their totals and flags only the one it returns).
    /// The class map and the per-tuple arrays are reused from one node to the next: a search is many evaluations of
    /// the same tuples, and the run's last serial step before the second pass.
    /// </summary>
    private LatticeNode Evaluate(int[] levels, bool withTuples)
    {
        // A tuple's class is keyed by its value ids (16 bits each) packed into 128 bits: the class of the dimensions
        // before (32 bits) and up to six more dimensions per pass, so any number of quasi-identifiers stays exact.
        var count = _tuples.Count;
        var classOf = _classOf;
        Array.Clear(classOf);
        var classCount = 0;
        var dimension = 0;
        var ids = _passIds;
        do
        {
            var end = Math.Min(levels.Length, dimension + DimensionsPerPass);
            for (var d = dimension; d < end; d++)
            {
                ids[d - dimension] = Ids(d, levels[d]);
            }

            var width = end - dimension;
            _classes.Clear();
            classCount = 0;
            for (var t = 0; t < count; t++)
            {
                UInt128 key = (uint)classOf[t];
                for (var i = 0; i < width; i++)
                {
                    key = (key << 16) | (uint)ids[i][t];
                }

                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_classes, key, out var exists);
                if (!exists)
                {
                    id = classCount++;
                }

                classOf[t] = id;
            }

            dimension = end;
        }
        while (dimension < levels.Length);

        if (_sizes.Length < classCount)
        {
            _sizes = new long[Math.Max(classCount, 2 * _sizes.Length)];
        }

        if (_subjectSizes.Length < classCount)
        {
            _subjectSizes = new long[_sizes.Length];
        }

        var sizes = _sizes.AsSpan(0, classCount);
        var subjects = _subjectSizes.AsSpan(0, classCount);
        sizes.Clear();
        subjects.Clear();
        for (var t = 0; t < count; t++)
        {
            sizes[classOf[t]] += _counts[t];
            subjects[classOf[t]] += _subjects[t];
        }

        foreach (var tuplesOfOne in _spanning)
        {
            CountOnce(tuplesOfOne, classOf, subjects);
        }

        long suppressed = 0;
        long discernibility = 0;
        long smallest = long.MaxValue;
        var published = 0;
        for (var c = 0; c < sizes.Length; c++)
        {
            var size = sizes[c];
            if (subjects[c] < _k)
            {
                suppressed += size;
            }
            else
            {
                discernibility += size * size;
                smallest = Math.Min(smallest, subjects[c]);
                published++;
            }
        }

        discernibility += suppressed * _total;
        var suppressedTuples = withTuples ? new bool[count] : [];
        for (var t = 0; t < suppressedTuples.Length; t++)
        {
            suppressedTuples[t] = subjects[classOf[t]] < _k;
        }

        var precision = 0.0;
        var generalised = Heights.Count(h => h > 0);
        for (var d = 0; d < levels.Length; d++)
        {
            if (Heights[d] > 0)
            {
                precision += (double)levels[d] / Heights[d];
            }
        }

        return new LatticeNode(
            [.. levels], levels.Sum(), published, published == 0 ? 0 : smallest, suppressed, discernibility,
            generalised == 0 ? 0 : precision / generalised, suppressedTuples);
    }

    /// <summary>
    /// A subject with records in several tuples was counted once per tuple: where the node puts two or more of its
    /// tuples into one class, it is taken off that class's count once for each tuple after the first.
    /// </summary>
    private void CountOnce(int[] tuples, int[] classOf, Span<long> subjects)
    {
        if (_scratch.Length < tuples.Length)
        {
            _scratch = new int[Math.Max(tuples.Length, 2 * _scratch.Length)];
        }

        var classes = _scratch.AsSpan(0, tuples.Length);
        for (var i = 0; i < tuples.Length; i++)
        {
            classes[i] = classOf[tuples[i]];
        }

        classes.Sort();
        for (var i = 1; i < classes.Length; i++)
        {
            if (classes[i] == classes[i - 1])
            {
                subjects[classes[i]]--;
            }
        }
    }

    /// <summary>
    /// Per tuple, the id of its generalised value of <paramref name="dimension"/> at <paramref name="level"/>: computed
    /// once per dimension and level, so a node's evaluation is integer work only (no generalisation, no string hashing).
    /// </summary>
    private int[] Ids(int dimension, int level)
    {
        if (_ids[dimension][level] is { } ids)
        {
            return ids;
        }

        ids = new int[_tuples.Count];
        for (var t = 0; t < ids.Length; t++)
        {
            ids[t] = ValueId(dimension, _tuples[t][dimension], level);
        }

        return _ids[dimension][level] = ids;
    }

    private int ValueId(int dimension, string? value, int level)
    {
        var general = Generalise(dimension, value, level);
        if (!_valueIds.TryGetValue((dimension, general), out var id))
        {
            id = ++_valueCounts[dimension];
            if (id > ushort.MaxValue)
            {
                throw new InvalidOperationException("A quasi-identifier has more than 65,535 distinct values; k-anonymity over it is not meaningful.");
            }

            _valueIds.Add((dimension, general), id);
        }

        return id;
    }

    private IEnumerable<int[]> AllNodes()
    {
        var node = new int[Heights.Length];
        while (true)
        {
            yield return [.. node];
            var d = Heights.Length - 1;
            while (d >= 0 && node[d] == Heights[d])
            {
                node[d--] = 0;
            }

            if (d < 0)
            {
                yield break;
            }

            node[d]++;
        }
    }

    private static IEnumerable<int[]> Predecessors(int[] node)
    {
        for (var d = 0; d < node.Length; d++)
        {
            if (node[d] > 0)
            {
                var p = (int[])node.Clone();
                p[d]--;
                yield return p;
            }
        }
    }

    /// <summary>Whether <paramref name="upper"/> is at least as general as <paramref name="lower"/> in every dimension.</summary>
    private static bool Dominates(int[] upper, int[] lower)
    {
        for (var d = 0; d < upper.Length; d++)
        {
            if (upper[d] < lower[d])
            {
                return false;
            }
        }

        return true;
    }

}

/// <summary>A checked node of the lattice.</summary>
/// <param name="Levels">The generalisation level per quasi-identifier.</param>
/// <param name="Height">The sum of the levels.</param>
/// <param name="Classes">Published classes (each of ≥ k distinct subjects).</param>
/// <param name="SmallestClass">The distinct subjects of the smallest published class (0 if none).</param>
/// <param name="Suppressed">Records in classes of fewer than k distinct subjects, which are suppressed.</param>
/// <param name="Discernibility">Σ |class|² over published classes + suppressed × records.</param>
/// <param name="Precision">The mean of level / height over the generalisable quasi-identifiers (0 = as written, 1 = all withheld).</param>
/// <param name="SuppressedTuples">Per distinct level-0 tuple, whether its records are suppressed.</param>
internal sealed record LatticeNode(int[] Levels, int Height, int Classes, long SmallestClass, long Suppressed, long Discernibility, double Precision, bool[] SuppressedTuples);
