using System.Runtime.InteropServices;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Policies.Operations;

namespace Vkb.Pseudonymization.Anonymity;

/// <summary>
/// The search for the generalisation with the least information loss that makes every published class hold at
/// least k distinct subjects (customers), suppressing at most a budget of records (P9), in the manner of ARX's Flash/OLA: the nodes of
/// the lattice (one generalisation level per quasi-identifier) are checked by a binary search over their heights, and each
/// check tags its successors (if it is anonymous: more generalisation only merges classes, so they are too) or its
/// predecessors (if it is not) without checking them. Among all anonymous nodes the one with the least loss wins (the
/// <see cref="LossMetric"/>: discernibility, Σ |class|² over published classes + suppressed × records, or the precision loss
/// with suppression), ties by height, then by levels: the loss is not
/// monotone (suppression falls as classes grow), so the nodes above the minimal ones compete too, each checked unless a
/// checked node below it bounds its loss from below at or above the best (see <see cref="Run"/>); with the phase's earlier exports every
/// node is checked.
/// Works on the distinct level-0 tuples and their counts only, so memory is bounded by the distinct tuples (and the
/// subjects whose records stand in more than one of them).
/// <para>k counts people, not records, and a person is judged by all of their records (P9): the export links a
/// customer's records through the pseudonym, so in a load of several months a person is known by the set of classes
/// their records fall into, not by one class. A person's <b>signature</b> at a node is that set; every signature must be
/// shared by at least k published people, or all records of those people are suppressed. Then every published class
/// holds at least k people (each of its people belongs to a signature group of k or more that contains it). A person
/// whose records all stand in one tuple (the common case) has a one-class signature and is counted per tuple
/// (<c>subjects</c>); a person with records in several tuples (a birthday, a move between months) is listed in
/// <c>spanning</c> with their tuples and records per tuple, and joins a one-class group where a node merges all their
/// tuples into one class. Merging classes only merges signature groups, so suppression never grows with generalisation
/// and the search stays monotone. Suppression, the budget and the loss metrics count records.</para>
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
    private readonly long[] _single;
    private readonly long[] _singleRecords;
    private readonly (int[] Tuples, long[] Records)[] _spanning;
    private readonly long[] _spanningRecords;
    private readonly int[][] _signatures;
    private readonly int[] _signatureLengths;
    private readonly string?[] _signatureKeys;
    private readonly Dictionary<string, int> _groups = new(StringComparer.Ordinal);
    private readonly int[] _classOf;
    private readonly Dictionary<UInt128, int> _classes = [];
    private long[] _sizes = [];
    private long[] _subjectSizes = [];
    private long[] _published = [];
    private readonly int[][] _passIds = new int[DimensionsPerPass][];
    private readonly EarlierExports? _earlier;
    private readonly int[] _priorOf;
    private readonly long[] _priorOnly = [];
    private readonly string[] _priorKeys = [];
    private readonly LossMetric _metric;
    private readonly long[] _levelWeights; // per dimension (lcm of the heights) / height, 0 when pinned: a level's share of precision loss, exact
    private readonly long _precisionScale; // (generalisable dimensions) × lcm of the heights (at least 1): a record with every one withheld

    /// <param name="tuples">The distinct level-0 tuples (a missing value is null).</param>
    /// <param name="counts">The records per tuple.</param>
    /// <param name="hierarchies">Per dimension its hierarchy, or null when pinned (height 0).</param>
    /// <param name="k">The fewest distinct subjects of a published class.</param>
    /// <param name="budget">The most records that may be suppressed.</param>
    /// <param name="subjects">The distinct subjects per tuple, spanning ones included (null: one per record, every record its own subject).</param>
    /// <param name="spanning">
    /// The subjects judged one by one, each as its distinct tuples and its records in each (null: none): those with records
    /// in more than one tuple, and, with <paramref name="earlier"/>, those the earlier exports published.
    /// </param>
    /// <param name="earlier">The phase's earlier exports (null or none: this load alone).</param>
    /// <param name="priorOf">Per <paramref name="spanning"/> subject its signature id in <paramref name="earlier"/>, or -1 (null: none).</param>
    /// <param name="metric">The loss the search minimises among the anonymous nodes.</param>
    public LatticeSearch(IReadOnlyList<string?[]> tuples, IReadOnlyList<long> counts, GeneralisationHierarchy?[] hierarchies, int k, long budget,
        IReadOnlyList<long>? subjects = null, IReadOnlyList<(int[] Tuples, long[] Records)>? spanning = null,
        EarlierExports? earlier = null, IReadOnlyList<int>? priorOf = null, LossMetric metric = LossMetric.Discernibility)
    {
        if (!Enum.IsDefined(metric))
        {
            throw new ArgumentOutOfRangeException(nameof(metric));
        }

        _metric = metric;
        _tuples = tuples;
        _counts = [.. counts];
        _spanning = spanning is null ? [] : [.. spanning];
        if (subjects is not null && subjects.Count != _counts.Length)
        {
            throw new ArgumentException("One subject count per tuple.", nameof(subjects));
        }

        (_single, _singleRecords) = OneTupleGroups(subjects ?? _counts, _counts, _spanning);
        _spanningRecords = [.. _spanning.Select(s => s.Records.Sum())];
        _signatures = [.. _spanning.Select(s => new int[s.Tuples.Length])];
        _signatureLengths = new int[_spanning.Length];
        _signatureKeys = new string?[_spanning.Length];
        _classOf = new int[tuples.Count];
        _hierarchies = hierarchies;
        _k = k;
        _budget = budget;
        _total = _counts.Sum();
        Heights = [.. hierarchies.Select(h => h?.Height ?? 0)];
        var lcm = Heights.Where(h => h > 0).Aggregate(1L, (a, h) => a / (long)System.Numerics.BigInteger.GreatestCommonDivisor(a, h) * h);
        _levelWeights = [.. Heights.Select(h => h > 0 ? lcm / h : 0)];
        _precisionScale = Math.Max(1, Heights.Count(h => h > 0) * lcm);
        _ids = [.. Heights.Select(h => new int[]?[h + 1])];
        _valueCounts = new int[hierarchies.Length];
        _priorOf = priorOf is null ? [.. Enumerable.Repeat(-1, _spanning.Length)] : [.. priorOf];
        if (_priorOf.Length != _spanning.Length)
        {
            throw new ArgumentException("One earlier signature (or -1) per spanning subject.", nameof(priorOf));
        }

        if (earlier is { Records: > 0 })
        {
            // The earlier exports' people who are not in this load stay in their set of classes.
            _earlier = earlier;
            _priorKeys = [.. earlier.Signatures.Select(s => string.Join(',', s))];
            _priorOnly = [.. earlier.SignaturePeople];
            foreach (var p in _priorOf.Where(p => p >= 0))
            {
                _priorOnly[p]--;
            }
        }
    }

    /// <summary>
    /// Per tuple the people whose every record is in it, and their records: the tuple's people and records less those of
    /// the people of several tuples. At the node as written (each tuple its own class) these are the one-class groups.
    /// </summary>
    /// <exception cref="ArgumentException">The spanning people's tuples and records exceed the tuples' counts.</exception>
    internal static (long[] People, long[] Records) OneTupleGroups(
        IReadOnlyList<long> subjects, IReadOnlyList<long> records, IReadOnlyList<(int[] Tuples, long[] Records)> spanning)
    {
        long[] people = [.. subjects];
        long[] ofOne = [.. records];
        foreach (var (tuples, perTuple) in spanning)
        {
            for (var i = 0; i < tuples.Length; i++)
            {
                people[tuples[i]]--;
                ofOne[tuples[i]] -= perTuple[i];
            }
        }

        if (Array.Exists(people, n => n < 0) || Array.Exists(ofOne, n => n < 0))
        {
            throw new ArgumentException("The spanning subjects' tuples and records exceed the tuples' counts.", nameof(spanning));
        }

        return (people, ofOne);
    }

    /// <summary>The height of each dimension (0 for a pinned one).</summary>
    public int[] Heights { get; }

    /// <summary>The number of nodes of the lattice.</summary>
    public int NodeCount => Heights.Aggregate(1, (n, h) => n * (h + 1));

    /// <summary>How many nodes were checked (the rest were tagged by monotonicity or ruled out by the loss bound, see <see cref="Run"/>).</summary>
    public int NodesChecked { get; private set; }

    /// <summary>The generalised value of dimension <paramref name="dimension"/> for a level-0 value at <paramref name="level"/>.</summary>
    public string? Generalise(int dimension, string? value, int level) =>
        value is null || _hierarchies[dimension] is not { } h ? value : h.Generalise(value, level);

    /// <summary>Finds the best node, or null if no node is anonymous within the budget.</summary>
    public LatticeNode? Run()
    {
        var nodes = AllNodes().OrderBy(n => n.Sum()).ThenBy(n => string.Join(',', n), StringComparer.Ordinal).ToArray();
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
                // With earlier exports suppression is not monotone (see EvaluateWithEarlier): every node is checked.
                if (tags[other] is null && (other == node || (_earlier is null && (anonymous ? Dominates(nodes[other], nodes[node]) : Dominates(nodes[node], nodes[other])))))
                {
                    tags[other] = anonymous;
                    unknown--;
                }
            }
        }

        // Every anonymous node competes, not only the minimal ones: the loss is not monotone in the lattice. Suppression
        // only falls with generalisation and weighs the whole extract per record, so a node above a minimal one can lose
        // less (a monthly load of the medium phase: the minimal [0,0,2,1,0,0] suppresses 74 records, discernibility 541,368;
        // [0,1,2,2,0,0] above it suppresses none, 192,344). With earlier
        // exports every node was checked already. Without them, the nodes the binary search tagged are checked in lattice
        // order (height, then levels), each unless a checked node below it rules it out: every record published at a node
        // is published at every node above it, in a class at least as large (suppression never grows, classes only merge),
        // so Σ |class|² over a node's published classes bounds the loss of every node above it from below. Once that
        // bound reaches the best loss found, no node above can win (ties go to the lower node, which comes first).
        // With the precision metric (session 22) the bound is the node's own: every record, published or suppressed,
        // loses at least the node's precision, so records × precision bounds its loss before it is evaluated.
        LatticeNode? best = null;
        Int128 bestLoss = 0;
        var checkedNodes = new List<LatticeNode>(evaluations.OfType<LatticeNode>());
        for (var i = 0; i < nodes.Length; i++)
        {
            if (tags[i] != true)
            {
                continue;
            }

            if (evaluations[i] is not { } evaluation)
            {
                if (best is not null && _earlier is null && RuledOut(nodes[i], bestLoss, checkedNodes))
                {
                    continue;
                }

                evaluation = evaluations[i] = Evaluate(nodes[i], withTuples: false);
                checkedNodes.Add(evaluation);
                NodesChecked++;
            }

            var loss = Loss(evaluation);
            if (best is null || loss < bestLoss || (loss == bestLoss && evaluation.Height < best.Height))
            {
                best = evaluation;
                bestLoss = loss;
            }
        }

        // The search compared totals only; the node it returns carries each tuple's suppression for the second pass.
        return best is null ? null : Evaluate(best.Levels, withTuples: true);
    }

    /// <summary>
    /// The loss <see cref="Run"/> minimises, exact: the discernibility, or the precision loss with suppression times
    /// records × <c>_precisionScale</c> (an integer: each published record's Σ level × weight, each suppressed record the scale).
    /// </summary>
    internal Int128 Loss(LatticeNode node) => _metric == LossMetric.Discernibility ? node.Discernibility : PrecisionLossUnits(node);

    /// <summary>
    /// The precision loss with suppression at <paramref name="node"/>: the mean over the records of each record's mean of
    /// level / height over the generalisable quasi-identifiers, a suppressed record counting 1 (0 without records).
    /// </summary>
    internal double PrecisionWithSuppression(LatticeNode node) => _total == 0 ? 0 : (double)PrecisionLossUnits(node) / ((double)_total * _precisionScale);

    /// <summary>The precision loss with suppression times records × <c>_precisionScale</c>: each published record's units, each suppressed record the scale.</summary>
    private Int128 PrecisionLossUnits(LatticeNode node) =>
        ((Int128)(_total - node.Suppressed) * PrecisionUnits(node.Levels)) + ((Int128)node.Suppressed * _precisionScale);

    /// <summary>A node's precision loss (mean of level / height) in units of 1 / <c>_precisionScale</c>.</summary>
    private long PrecisionUnits(int[] levels)
    {
        var units = 0L;
        for (var d = 0; d < levels.Length; d++)
        {
            units += levels[d] * _levelWeights[d];
        }

        return units;
    }

    /// <summary>
    /// Whether <paramref name="node"/> cannot lose less than <paramref name="bestLoss"/> (see <see cref="Run"/>). Precision:
    /// every record loses at least the node's own precision (a suppressed one the most), so records × that bounds the
    /// node's loss. Discernibility: a checked node below it publishes classes whose Σ |class|² is already
    /// <paramref name="bestLoss"/> or more. Without earlier exports only, where suppression never grows with generalisation.
    /// </summary>
    private bool RuledOut(int[] node, Int128 bestLoss, List<LatticeNode> checkedNodes)
    {
        if (_metric == LossMetric.Precision)
        {
            return (Int128)_total * PrecisionUnits(node) >= bestLoss;
        }

        foreach (var below in checkedNodes)
        {
            if (below.Discernibility - (below.Suppressed * _total) >= bestLoss && Dominates(node, below.Levels))
            {
                return true;
            }
        }

        return false;
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

    /// <summary>Fills the class of every tuple at <paramref name="levels"/> into <c>_classOf</c>; returns the number of classes.</summary>
    private int Classify(int[] levels)
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

        return classCount;
    }

    /// <summary>
    /// The classes, suppression and loss at <paramref name="levels"/>; the per-tuple suppression flags only
    /// <paramref name="withTuples"/> (the search compares nodes by their totals and flags only the one it returns).
    /// The class map and the per-tuple arrays are reused from one node to the next: a search is many evaluations of
    /// the same tuples, and the run's last serial step before the second pass.
    /// </summary>
    private LatticeNode Evaluate(int[] levels, bool withTuples)
    {
        if (_earlier is not null)
        {
            return EvaluateWithEarlier(levels, withTuples);
        }

        var count = _tuples.Count;
        var classOf = _classOf;
        var classCount = Classify(levels);
        if (_sizes.Length < classCount)
        {
            _sizes = new long[Math.Max(classCount, 2 * _sizes.Length)];
        }

        if (_subjectSizes.Length < classCount)
        {
            _subjectSizes = new long[_sizes.Length];
            _published = new long[_sizes.Length];
        }

        // Per class: its one-class group (people whose every record falls into it) in people and records.
        var sizes = _sizes.AsSpan(0, classCount);
        var single = _subjectSizes.AsSpan(0, classCount);
        var published = _published.AsSpan(0, classCount);
        sizes.Clear();
        single.Clear();
        published.Clear();
        for (var t = 0; t < count; t++)
        {
            sizes[classOf[t]] += _singleRecords[t];
            single[classOf[t]] += _single[t];
        }

        // Each spanning person's signature: one class (joins that class's group) or several (a group of its own kind).
        _groups.Clear();
        for (var s = 0; s < _spanning.Length; s++)
        {
            var classes = _signatureLengths[s] = Signature(_spanning[s].Tuples, classOf, _signatures[s]);
            if (classes == 1)
            {
                _signatureKeys[s] = null;
                sizes[_signatures[s][0]] += _spanningRecords[s];
                single[_signatures[s][0]]++;
            }
            else
            {
                var key = _signatureKeys[s] = SignatureKey(_signatures[s].AsSpan(0, classes));
                ref var members = ref CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out _);
                members++;
            }
        }

        // Suppression: every group of fewer than k people, all its records. The published records per class follow.
        long suppressed = 0;
        for (var c = 0; c < classCount; c++)
        {
            if (single[c] < _k)
            {
                suppressed += sizes[c];
            }
            else
            {
                published[c] += sizes[c];
            }
        }

        var suppressedSubjects = withTuples ? new bool[_spanning.Length] : [];
        var people = sizes; // reused: the published people per class, every element set below
        for (var c = 0; c < classCount; c++)
        {
            people[c] = single[c] < _k ? 0 : single[c];
        }

        for (var s = 0; s < _spanning.Length; s++)
        {
            var classes = _signatureLengths[s];
            if (classes == 1)
            {
                if (withTuples)
                {
                    suppressedSubjects[s] = single[_signatures[s][0]] < _k;
                }

                continue;
            }

            if (_groups[_signatureKeys[s]!] < _k)
            {
                suppressed += _spanningRecords[s];
                if (withTuples)
                {
                    suppressedSubjects[s] = true;
                }

                continue;
            }

            var (ofOne, records) = _spanning[s];
            for (var i = 0; i < ofOne.Length; i++)
            {
                published[classOf[ofOne[i]]] += records[i];
            }

            for (var i = 0; i < classes; i++)
            {
                people[_signatures[s][i]]++;
            }
        }

        var suppressedTuples = withTuples ? new bool[count] : [];
        for (var t = 0; t < suppressedTuples.Length; t++)
        {
            suppressedTuples[t] = single[classOf[t]] < _k;
        }

        return Node(levels, published, people, suppressed, suppressedTuples, suppressedSubjects);
    }

    /// <summary>The node's totals and loss from its published records and people per class.</summary>
    private LatticeNode Node(int[] levels, ReadOnlySpan<long> published, ReadOnlySpan<long> people, long suppressed, bool[] suppressedTuples, bool[] suppressedSubjects)
    {
        long discernibility = 0;
        long smallest = long.MaxValue;
        var publishedClasses = 0;
        for (var c = 0; c < published.Length; c++)
        {
            if (published[c] > 0)
            {
                discernibility += published[c] * published[c];
                smallest = Math.Min(smallest, people[c]);
                publishedClasses++;
            }
        }

        discernibility += suppressed * _total;
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
            [.. levels], levels.Sum(), publishedClasses, publishedClasses == 0 ? 0 : smallest, suppressed, discernibility,
            generalised == 0 ? 0 : precision / generalised, suppressedTuples, suppressedSubjects);
    }

    /// <summary>
    /// <see cref="Evaluate(int[], bool)"/> with the phase's earlier exports (<see cref="EarlierExports"/>): every person of
    /// this load is a unit (the one-tuple people of a class without earlier records together, every other person alone),
    /// published or suppressed (all of their records in this load). Two rules, until neither suppresses more:
    /// <list type="number">
    /// <item>This load alone: the people published with one set of classes of this load (their signature) are at least
    /// k, as without earlier exports.</item>
    /// <item>The union: a person published here shares their whole set of classes over all the exports with at least k
    /// people (the earlier exports' people included). A person whom the earlier exports single out is published here only
    /// if this load's people join their set of classes up to k.</item>
    /// <item>No set of classes of the earlier exports is left by the people who move on from it (whose records here add a
    /// class) to fewer than k people, or, if it had fewer (earlier exports not searched against each other), to fewer than
    /// it had: movers go back, i.e. are suppressed here, until it holds that again; the largest groups of movers first (a
    /// group of k + n can give n and stay published, where a small group would fall below k and go back whole), then in
    /// subject order. Only a set everyone leaves may become empty.</item>
    /// </list>
    /// A class of this load is the same class as an earlier export's when its published values are the same text.
    /// Suppressing one person can shrink another group below k, so the rules repeat to a fixpoint; suppression can then
    /// grow with generalisation (merging two groups of movers can take more people away from the set they leave), and
    /// the search checks every node instead of tagging by monotonicity.
    /// </summary>
    private LatticeNode EvaluateWithEarlier(int[] levels, bool withTuples)
    {
        var earlier = _earlier!;
        var count = _tuples.Count;
        var classOf = _classOf;
        var classCount = Classify(levels);

        // Each class of this load as the earlier exports key a class: its published values' text. A class no earlier
        // export published gets an id after theirs.
        var globalOf = new int[classCount];
        var seen = new bool[classCount];
        var values = new string[levels.Length];
        for (var t = 0; t < count; t++)
        {
            var c = classOf[t];
            if (seen[c])
            {
                continue;
            }

            seen[c] = true;
            for (var d = 0; d < levels.Length; d++)
            {
                values[d] = Generalise(d, _tuples[t][d], levels[d]) ?? "\u2205";
            }

            globalOf[c] = earlier.ClassIds.TryGetValue(string.Join('\u001F', values), out var id) ? id : earlier.ClassIds.Count + c;
        }

        // The units: per class its one-tuple people without earlier records; then every tracked person.
        var people = new long[classCount];
        var records = new long[classCount];
        for (var t = 0; t < count; t++)
        {
            people[classOf[t]] += _single[t];
            records[classOf[t]] += _singleRecords[t];
        }

        var classKey = new string[classCount];
        var classUnionKey = new string[classCount];
        var classPublished = new bool[classCount];
        for (var c = 0; c < classCount; c++)
        {
            classKey[c] = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
            classUnionKey[c] = globalOf[c].ToString(System.Globalization.CultureInfo.InvariantCulture);
            classPublished[c] = people[c] > 0;
        }

        var personKey = new string[_spanning.Length];
        var personUnionKey = new string[_spanning.Length];
        var personPublished = new bool[_spanning.Length];
        var union = new List<int>();
        for (var s = 0; s < _spanning.Length; s++)
        {
            var classes = _signatureLengths[s] = Signature(_spanning[s].Tuples, classOf, _signatures[s]);
            personKey[s] = SignatureKey(_signatures[s].AsSpan(0, classes));
            union.Clear();
            if (_priorOf[s] >= 0)
            {
                union.AddRange(earlier.Signatures[_priorOf[s]]);
            }

            for (var i = 0; i < classes; i++)
            {
                union.Add(globalOf[_signatures[s][i]]);
            }

            union.Sort();
            personUnionKey[s] = string.Join(',', union.Distinct());
            personPublished[s] = true;
        }

        var thisLoad = new Dictionary<string, long>(StringComparer.Ordinal);
        var all = new Dictionary<string, long>(StringComparer.Ordinal);
        while (true)
        {
            // The group sizes: this load's published people by their set of classes here; all people by their set of
            // classes over every export (the earlier exports' people whom this load does not publish by what was published).
            thisLoad.Clear();
            all.Clear();
            for (var c = 0; c < classCount; c++)
            {
                if (classPublished[c])
                {
                    Add(thisLoad, classKey[c], people[c]);
                    Add(all, classUnionKey[c], people[c]);
                }
            }

            for (var s = 0; s < _spanning.Length; s++)
            {
                if (personPublished[s])
                {
                    Add(thisLoad, personKey[s], 1);
                    Add(all, personUnionKey[s], 1);
                }
                else if (_priorOf[s] >= 0)
                {
                    Add(all, _priorKeys[_priorOf[s]], 1);
                }
            }

            for (var p = 0; p < _priorOnly.Length; p++)
            {
                Add(all, _priorKeys[p], _priorOnly[p]);
            }

            // Rules 1 and 2: groups below k.
            var changed = false;
            for (var c = 0; c < classCount; c++)
            {
                if (classPublished[c] && (thisLoad[classKey[c]] < _k || all[classUnionKey[c]] < _k))
                {
                    classPublished[c] = false;
                    changed = true;
                }
            }

            for (var s = 0; s < _spanning.Length; s++)
            {
                if (personPublished[s] && (thisLoad[personKey[s]] < _k || all[personUnionKey[s]] < _k))
                {
                    personPublished[s] = false;
                    changed = true;
                }
            }

            if (changed)
            {
                continue;
            }

            // Rule 3: a set of classes keeps k people, or all it had if fewer (earlier exports not searched against each
            // other can leave a set below k; people moving on must not shrink it further, down to one).
            for (var p = 0; p < _priorKeys.Length; p++)
            {
                var left = all.GetValueOrDefault(_priorKeys[p]);
                var floor = Math.Min(earlier.SignaturePeople[p], _k);
                if (left == 0 || left >= floor)
                {
                    continue;
                }

                var movers = Enumerable.Range(0, _spanning.Length)
                    .Where(s => personPublished[s] && _priorOf[s] == p && personUnionKey[s] != _priorKeys[p])
                    .OrderByDescending(s => all[personUnionKey[s]])
                    .ThenBy(s => s)
                    .Take((int)Math.Min(floor - left, int.MaxValue));
                foreach (var s in movers)
                {
                    personPublished[s] = false;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        // The published records and people per class; the suppressed records.
        long suppressed = 0;
        var published = new long[classCount];
        var publishedPeople = new long[classCount];
        for (var c = 0; c < classCount; c++)
        {
            if (classPublished[c])
            {
                published[c] += records[c];
                publishedPeople[c] += people[c];
            }
            else
            {
                suppressed += records[c];
            }
        }

        for (var s = 0; s < _spanning.Length; s++)
        {
            if (!personPublished[s])
            {
                suppressed += _spanningRecords[s];
                continue;
            }

            var (tuples, perTuple) = _spanning[s];
            for (var i = 0; i < tuples.Length; i++)
            {
                published[classOf[tuples[i]]] += perTuple[i];
            }

            for (var i = 0; i < _signatureLengths[s]; i++)
            {
                publishedPeople[_signatures[s][i]]++;
            }
        }

        var suppressedTuples = withTuples ? new bool[count] : [];
        for (var t = 0; t < suppressedTuples.Length; t++)
        {
            suppressedTuples[t] = !classPublished[classOf[t]];
        }

        var suppressedSubjects = withTuples ? [.. personPublished.Select(p => !p)] : Array.Empty<bool>();
        return Node(levels, published, publishedPeople, suppressed, suppressedTuples, suppressedSubjects);

        static void Add(Dictionary<string, long> groups, string key, long people)
        {
            ref var n = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out _);
            n += people;
        }
    }

    /// <summary>Writes the sorted distinct classes of <paramref name="tuples"/> into <paramref name="signature"/>; returns how many.</summary>
    private static int Signature(int[] tuples, int[] classOf, int[] signature)
    {
        for (var i = 0; i < tuples.Length; i++)
        {
            signature[i] = classOf[tuples[i]];
        }

        var classes = signature.AsSpan(0, tuples.Length);
        classes.Sort();
        var distinct = 0;
        for (var i = 0; i < classes.Length; i++)
        {
            if (i == 0 || classes[i] != classes[i - 1])
            {
                classes[distinct++] = classes[i];
            }
        }

        return distinct;
    }

    /// <summary>A signature as a dictionary key (spanning people are few: a string per person and node costs little).</summary>
    private static string SignatureKey(ReadOnlySpan<int> classes) => string.Join(',', classes.ToArray());

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
/// <param name="SmallestClass">The distinct published subjects of the smallest published class (0 if none).</param>
/// <param name="Suppressed">Records of the people whose signature (the set of their classes) fewer than k people share, which are suppressed.</param>
/// <param name="Discernibility">Σ |class|² over published classes + suppressed × records.</param>
/// <param name="Precision">The mean of level / height over the generalisable quasi-identifiers (0 = as written, 1 = all withheld).</param>
/// <param name="SuppressedTuples">Per distinct level-0 tuple, whether the records in it of people with no record in another tuple are suppressed.</param>
/// <param name="SuppressedSubjects">Per spanning subject (in the order given), whether all its records are suppressed.</param>
internal sealed record LatticeNode(int[] Levels, int Height, int Classes, long SmallestClass, long Suppressed, long Discernibility, double Precision, bool[] SuppressedTuples, bool[] SuppressedSubjects);
