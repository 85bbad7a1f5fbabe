using System.Globalization;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Anonymity;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Policies.Operations;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// P9 at the lattice search: a node's classes, suppression and loss against a count that does not share the
/// search's code, the choice among equally good nodes, and lattices wider than the search's packed class key.
/// </summary>
public partial class LatticeSearchTests
{
    /// <summary>The hierarchies a quasi-identifier can have (null: pinned), with the level-0 values each is drawn from.</summary>
    private static readonly (GeneralisationHierarchy? Hierarchy, string[] Values)[] Dimensions =
    [
        (new AgeBandOperation(5).Hierarchy, ["20-24", "25-29", "30-34", "35-39", "40-44", "55-59", "80+", "unknown"]),
        (new KeepOperation(KeptType.Boolean).Hierarchy, ["true", "false"]),
        (new GeneraliseOperation("nationality").Hierarchy, ["DE", "EU", "non-EU", "unknown"]),
        (new GeneraliseOperation("postcode").Hierarchy, ["40", "44", "50", "80", "90", "10"]),
        (null, ["96201", "96202", "96203"]),
    ];

    /// <param name="Owners">Per tuple, the subject of each of its records (null: every record its own subject).</param>
    /// <param name="Metric">The loss the search minimises (the default: discernibility).</param>
    private sealed record Lattice(int[] Kinds, List<string?[]> Tuples, List<long> Counts, int K, long Budget, List<int[]>? Owners = null, LossMetric Metric = LossMetric.Discernibility)
    {
        public GeneralisationHierarchy?[] Hierarchies => [.. Kinds.Select(kind => Dimensions[kind].Hierarchy)];

        /// <summary>Per tuple its distinct subjects, as the pipeline hands them to the search.</summary>
        public List<long>? Subjects => Owners?.Select(o => (long)o.Distinct().Count()).ToList();

        /// <summary>The subjects with records in more than one tuple (by subject id), each with its distinct tuples and its records in each.</summary>
        public List<(int Subject, int[] Tuples, long[] Records)>? SpanningBySubject => Owners?
            .SelectMany((o, t) => o.GroupBy(subject => subject).Select(g => (Subject: g.Key, Tuple: t, Records: (long)g.Count())))
            .GroupBy(p => p.Subject).Where(g => g.Count() > 1).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Select(p => p.Tuple).ToArray(), g.Select(p => p.Records).ToArray())).ToList();

        public List<(int[] Tuples, long[] Records)>? Spanning => SpanningBySubject?.Select(p => (p.Tuples, p.Records)).ToList();

        public LatticeSearch Search() => new(Tuples, Counts, Hierarchies, K, Budget, Subjects, Spanning, metric: Metric);

        public override string ToString() =>
            $"dimensions {string.Join(",", Kinds)}, k {K}, budget {Budget}, tuples {string.Join(" ", Tuples.Select((t, i) => $"[{string.Join(",", t.Select(v => v ?? "∅"))}]×{Counts[i]}{(Owners is null ? "" : " of " + string.Join(",", Owners[i]))}"))}";
    }

    /// <summary>
    /// A lattice whose records belong to few subjects (customers of several months): each record's subject is drawn
    /// from a pool smaller than the records, so subjects recur within a tuple and across tuples.
    /// </summary>
    private static Gen<Lattice> PeopleGen(int maxDimensions, int maxTuples) =>
        from lattice in LatticeGen(maxDimensions, maxTuples)
        from pool in Gen.Choose(1, (int)Math.Max(1, lattice.Counts.Sum()))
        from owners in lattice.Counts.Select(c => Gen.Choose(0, pool - 1).ArrayOf((int)c))
            .Aggregate(Gen.Constant(new List<int[]>()), (acc, g) => from a in acc from o in g select (List<int[]>)[.. a, o])
        select lattice with { Owners = owners };

    /// <summary>Up to <paramref name="maxDimensions"/> quasi-identifiers of any kind, distinct tuples with a missing value now and then.</summary>
    private static Gen<Lattice> LatticeGen(int maxDimensions, int maxTuples) =>
        from dimensions in Gen.Choose(1, maxDimensions)
        from kinds in Gen.Choose(0, Dimensions.Length - 1).ArrayOf(dimensions)
        from tupleCount in Gen.Choose(1, maxTuples)
        from tuples in kinds.Select(kind => Gen.Frequency((9, Gen.Elements(Dimensions[kind].Values).Select(v => (string?)v)), (1, Gen.Constant((string?)null))))
            .Aggregate(Gen.Constant(ImmutableTuple.Empty), (acc, g) => from a in acc from v in g select a.Add(v))
            .ListOf(tupleCount)
        from counts in Gen.Choose(1, 7).ListOf(tupleCount)
        from k in Gen.Choose(1, 8)
        from budget in Gen.Choose(0, 12)
        let distinct = tuples.Select((t, i) => (Key: string.Join("\u001F", t.Values.Select(v => v ?? "∅")), Values: t.Values, Count: (long)counts[i]))
            .DistinctBy(t => t.Key, StringComparer.Ordinal).ToList()
        select new Lattice(kinds, [.. distinct.Select(t => t.Values)], [.. distinct.Select(t => t.Count)], k, budget);

    /// <summary>A tuple built one value at a time inside a generator.</summary>
    private sealed record ImmutableTuple(string?[] Values)
    {
        public static ImmutableTuple Empty { get; } = new([]);

        public ImmutableTuple Add(string? value) => new([.. Values, value]);
    }

    private static Gen<int[]> LevelsGen(Lattice lattice) =>
        lattice.Hierarchies.Aggregate(Gen.Constant(Array.Empty<int>()), (acc, h) => from a in acc from l in Gen.Choose(0, h?.Height ?? 0) select (int[])[.. a, l]);

    /// <summary>The classes at <paramref name="levels"/> counted from the hierarchies themselves, not through the search.</summary>
    private static (Dictionary<string, long> Sizes, string[] KeyOf) Classes(Lattice lattice, int[] levels)
    {
        var hierarchies = lattice.Hierarchies;
        var keys = lattice.Tuples.Select(t => string.Join("\u001F", t.Select((v, d) =>
            v is null ? "∅" : hierarchies[d] is { } h ? h.Generalise(v, levels[d]) : v))).ToArray();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var t = 0; t < keys.Length; t++)
        {
            sizes[keys[t]] = sizes.GetValueOrDefault(keys[t]) + lattice.Counts[t];
        }

        return (sizes, keys);
    }

    /// <summary>
    /// The node at <paramref name="levels"/> counted person by person from the owners, not through the search: each
    /// person's signature (the set of classes of their records), the groups of people sharing one, the people of groups
    /// below k suppressed with all their records, and the published classes' people and records.
    /// </summary>
    private static (Dictionary<string, long> People, Dictionary<string, long> Records, long Suppressed, HashSet<int> SuppressedPeople, string[] KeyOf, Dictionary<string, int> Groups)
        People(Lattice lattice, int[] levels)
    {
        var (_, keyOf) = Classes(lattice, levels);
        var recordsOf = lattice.Owners!.SelectMany((o, t) => o.Select(subject => (Subject: subject, Class: keyOf[t]))).ToList();
        var signature = recordsOf.GroupBy(r => r.Subject)
            .ToDictionary(g => g.Key, g => string.Join("|", g.Select(r => r.Class).Distinct().Order(StringComparer.Ordinal)));
        var groups = signature.Values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var suppressedPeople = signature.Where(p => groups[p.Value] < lattice.K).Select(p => p.Key).ToHashSet();
        var published = recordsOf.Where(r => !suppressedPeople.Contains(r.Subject)).ToList();
        var people = published.GroupBy(r => r.Class, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Select(r => r.Subject).Distinct().Count(), StringComparer.Ordinal);
        var records = published.GroupBy(r => r.Class, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        return (people, records, recordsOf.Count - published.Count, suppressedPeople, keyOf, groups);
    }

    [Property(MaxTest = 300)]
    [Trait("Rule", "P9")]
    public Property Evaluate_CountsPeopleBySignature_AndSuppressesEveryGroupBelowK()
    {
        // M2 of session 16's review: five records of one customer (five months) in one class are one person, not five.
        // H1 of session 17's review: a person in two classes is known by the pair; the pair must be shared by k people.
        var input = (from lattice in PeopleGen(maxDimensions: 5, maxTuples: 25)
                     from levels in LevelsGen(lattice)
                     select (Lattice: lattice, Levels: levels)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var (people, records, suppressed, suppressedPeople, keyOf, groups) = People(x.Lattice, x.Levels);
            var total = x.Lattice.Counts.Sum();
            var node = x.Lattice.Search().Evaluate(x.Levels);
            var spanning = x.Lattice.SpanningBySubject!;
            return (node.Classes == records.Count).Label("published classes")
                .And(people.Values.All(p => p >= x.Lattice.K).Label("every published class holds ≥ k people"))
                .And((node.SmallestClass == (people.Count == 0 ? 0 : people.Values.Min())).Label("smallest class in people"))
                .And((node.Suppressed == suppressed).Label("records of the people of groups below k"))
                .And((node.Discernibility == records.Values.Sum(r => r * r) + (suppressed * total)).Label("loss in records"))
                .And(node.SuppressedTuples.Select((s, t) => s == (groups.GetValueOrDefault(keyOf[t]) < x.Lattice.K)).All(b => b).Label("suppressed tuples: the one-class group"))
                .And(spanning.Select((p, i) => node.SuppressedSubjects[i] == suppressedPeople.Contains(p.Subject)).All(b => b).Label("suppressed spanning people"))
                .Label($"{x.Lattice}, levels {string.Join(",", x.Levels)}");
        });
    }

    [Property(MaxTest = 150)]
    [Trait("Rule", "P9")]
    public Property Run_CountingSubjects_StillFindsTheLeastLossAmongTheAnonymousNodes()
    {
        // Monotonicity must hold for distinct subjects too (merging classes never lowers a class's subjects), or the
        // binary search over heights would tag a node anonymous that is not.
        return Prop.ForAll(PeopleGen(maxDimensions: 3, maxTuples: 15).ToArbitrary(), lattice =>
        {
            var search = lattice.Search();
            var found = search.Run();
            var all = AllLevels(search.Heights).Select(search.Evaluate).ToList();
            var anonymous = all.Where(e => e.Suppressed <= lattice.Budget).ToList();
            var monotone = all.All(lower => all.Where(upper => upper.Levels.Zip(lower.Levels).All(p => p.First >= p.Second))
                .All(upper => upper.Suppressed <= lower.Suppressed)).Label("suppression never grows with generalisation");
            if (found is null)
            {
                return monotone.And((anonymous.Count == 0).Label("no node only if none is anonymous")).Label(lattice.ToString());
            }

            // Session 21's review (L5): the tie rules too, where people span tuples.
            var least = anonymous.Min(m => m.Discernibility);
            var lowest = anonymous.Where(m => m.Discernibility == least).Min(m => m.Height);
            var first = anonymous.Where(m => m.Discernibility == least && m.Height == lowest)
                .Select(m => string.Join(',', m.Levels)).Order(StringComparer.Ordinal).First();
            return monotone
                .And((found.Suppressed <= lattice.Budget).Label("anonymous"))
                .And((found.Discernibility == least).Label("the least discernibility of every anonymous node"))
                .And((found.Height == lowest).Label("ties: the lowest node"))
                .And((string.Join(',', found.Levels) == first).Label("ties: the first levels"))
                .Label($"{lattice}, found {string.Join(",", found.Levels)}");
        });
    }

    [Property(MaxTest = 300)]
    [Trait("Rule", "P9")]
    public Property Evaluate_CountsClassesSuppressionAndLossAsDocumented()
    {
        var input = (from lattice in LatticeGen(maxDimensions: 11, maxTuples: 30)
                     from levels in LevelsGen(lattice)
                     select (Lattice: lattice, Levels: levels)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var (sizes, keyOf) = Classes(x.Lattice, x.Levels);
            var published = sizes.Values.Where(s => s >= x.Lattice.K).ToList();
            var suppressed = sizes.Values.Where(s => s < x.Lattice.K).Sum();
            var total = x.Lattice.Counts.Sum();
            var heights = x.Lattice.Hierarchies.Select(h => h?.Height ?? 0).ToArray();
            var generalisable = Enumerable.Range(0, heights.Length).Where(d => heights[d] > 0).ToList();
            var precision = generalisable.Count == 0 ? 0 : generalisable.Average(d => (double)x.Levels[d] / heights[d]);
            var node = x.Lattice.Search().Evaluate(x.Levels);
            return node.Levels.SequenceEqual(x.Levels).Label("levels")
                .And((node.Height == x.Levels.Sum()).Label("height = Σ levels"))
                .And((node.Classes == published.Count).Label("published classes"))
                .And((node.SmallestClass == (published.Count == 0 ? 0 : published.Min())).Label("smallest published class"))
                .And((node.Suppressed == suppressed).Label("records in classes below k"))
                .And((node.Discernibility == published.Sum(s => s * s) + (suppressed * total)).Label("Σ |class|² + suppressed × records"))
                .And((Math.Abs(node.Precision - precision) < 1e-12).Label($"precision {node.Precision} = {precision}"))
                .And(node.SuppressedTuples.Select((s, t) => s == sizes[keyOf[t]] < x.Lattice.K).All(b => b).Label("suppressed tuples"))
                .Label($"{x.Lattice}, levels {string.Join(",", x.Levels)}");
        });
    }

    [Property(MaxTest = 200)]
    [Trait("Rule", "P9")]
    public Property Run_PicksTheLeastLoss_ThenTheLowestNode_ThenTheFirstLevels_AndCountsItsChecks()
    {
        return Prop.ForAll(LatticeGen(maxDimensions: 4, maxTuples: 20).ToArbitrary(), lattice =>
        {
            var search = lattice.Search();
            var found = search.Run();
            var all = AllLevels(search.Heights).Select(search.Evaluate).ToList();
            var anonymous = all.Where(e => e.Suppressed <= lattice.Budget).ToList();
            var nodeCount = search.Heights.Aggregate(1, (n, h) => n * (h + 1));
            var counted = (search.NodeCount == nodeCount).Label("node count = Π (height + 1)")
                .And((search.NodesChecked >= 1 && search.NodesChecked <= nodeCount).Label($"1 ≤ nodes checked {search.NodesChecked} ≤ {nodeCount}"));
            if (found is null)
            {
                return counted.And((anonymous.Count == 0).Label("no node only if none is anonymous")).Label(lattice.ToString());
            }

            // Every anonymous node competes (session 21): the loss is not monotone, a node above a minimal one can suppress less.
            var least = anonymous.Min(m => m.Discernibility);
            var lowest = anonymous.Where(m => m.Discernibility == least).Min(m => m.Height);
            var first = anonymous.Where(m => m.Discernibility == least && m.Height == lowest)
                .Select(m => string.Join(',', m.Levels)).Order(StringComparer.Ordinal).First();
            return counted
                .And(anonymous.Any(m => m.Levels.SequenceEqual(found.Levels)).Label("an anonymous node"))
                .And((found.Discernibility == least).Label("the least discernibility"))
                .And((found.Height == lowest).Label("ties: the lowest node"))
                .And((string.Join(',', found.Levels) == first).Label("ties: the first levels"))
                .Label($"{lattice}, found {string.Join(",", found.Levels)}");
        });
    }

    private static IEnumerable<int[]> AllLevels(int[] heights)
    {
        IEnumerable<int[]> nodes = [[]];
        foreach (var h in heights)
        {
            nodes = nodes.SelectMany(n => Enumerable.Range(0, h + 1).Select(l => (int[])[.. n, l])).ToList();
        }

        return nodes;
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Run_NineOrMoreQuasiIdentifiers_KeepTheFirstOneApart()
    {
        // Nine dimensions: tuples that differ only in the first one are two classes of 3, below k = 5.
        var pinned = new GeneralisationHierarchy?[9];
        pinned[0] = new AgeBandOperation(5).Hierarchy;
        string?[] Tuple(string band) => [band, .. Enumerable.Repeat("x", 8)];
        var search = new LatticeSearch([Tuple("30-34"), Tuple("40-44")], [3, 3], pinned, k: 5, budget: 0);
        search.Evaluate(new int[9]).Suppressed.ShouldBe(6);
        search.Evaluate([2, 0, 0, 0, 0, 0, 0, 0, 0]).Suppressed.ShouldBe(6); // 20-39 and 40-59
        var node = search.Run().ShouldNotBeNull();
        node.Levels.ShouldBe([3, 0, 0, 0, 0, 0, 0, 0, 0]);
        node.Classes.ShouldBe(1);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Pipeline_NineQuasiIdentifiers_PublishesNoClassBelowK()
    {
        var json = JsonNode.Parse(RecordPolicy.VkbDefault.ToJson())!.AsObject();
        var quasi = json["kAnonymity"]!["quasiIdentifiers"]!.AsArray();
        foreach (var path in new[] { "legalDomain", "customerProcess", "customerGroup" })
        {
            quasi.Add(new JsonObject { ["path"] = path, ["pinned"] = true });
        }

        json["kAnonymity"]!["suppressionBudget"] = 0.0;
        var policy = RecordPolicy.Parse(json.ToJsonString());
        policy.KAnonymity.QuasiIdentifiers.Count.ShouldBe(9);

        // Three records born in 1990, three in 1970, every other quasi-identifier alike: k = 5 needs the age withheld.
        var lines = Enumerable.Range(0, 6).Select(n =>
        {
            var record = SampleRecords.Record(n);
            record["customer"]!["birthDate"] = n < 3 ? "1990-03-01" : "1970-03-01";
            return record.ToJsonString();
        }).ToList();
        using var key = TestKeys.Key();
        var result = new PseudonymizationPipeline(key, policy, new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4) })
            .PseudonymizeLines(lines);
        var bands = result.Lines.Select(l => JsonNode.Parse(l)!["customer"]!["birthDate"]!.GetValue<string>()).ToList();
        bands.Count.ShouldBe(6);
        bands.ShouldAllBe(b => b == GeneralisationHierarchy.Suppressed);
        result.Result.Report.KAnonymity.Node[0].ShouldBe(3);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void ValueIds_AreCountedPerQuasiIdentifier_UpTo65535Each()
    {
        // Two pinned dimensions of 40,000 distinct values each: 80,000 values in all, but each fits a class key's 16 bits.
        const int Distinct = 40_000;
        var tuples = Enumerable.Range(0, Distinct).Select(i => new string?[] { i.ToString(CultureInfo.InvariantCulture), "b" + i.ToString(CultureInfo.InvariantCulture) }).ToList();
        var search = new LatticeSearch(tuples, [.. Enumerable.Repeat(1L, Distinct)], new GeneralisationHierarchy?[2], k: 1, budget: 0);
        search.Evaluate([0, 0]).Classes.ShouldBe(Distinct);

        var many = Enumerable.Range(0, ushort.MaxValue + 1).Select(i => new string?[] { i.ToString(CultureInfo.InvariantCulture) }).ToList();
        var counts = Enumerable.Repeat(1L, many.Count).ToList();
        Should.Throw<InvalidOperationException>(() => new LatticeSearch(many, counts, new GeneralisationHierarchy?[1], k: 1, budget: 0).Evaluate([0]))
            .Message.ShouldContain("65,535");
        new LatticeSearch(many.Take(ushort.MaxValue).ToList(), counts.Take(ushort.MaxValue).ToList(), new GeneralisationHierarchy?[1], k: 1, budget: 0).Evaluate([0]).Classes.ShouldBe(ushort.MaxValue);
    }

    /// <summary>A kept boolean (height 1) and a 5-year age band (height 3: 10, 20 years, withheld), k and budget 0.</summary>
    private static LatticeSearch BooleanAndAge((string Flag, string Band, long Count)[] tuples, int k) =>
        new([.. tuples.Select(t => new string?[] { t.Flag, t.Band })], [.. tuples.Select(t => t.Count)],
            [new KeepOperation(KeptType.Boolean).Hierarchy, new AgeBandOperation(5).Hierarchy], k, budget: 0);

    [Fact]
    [Trait("Rule", "P9")]
    public void Run_ANodeAboveTheMinimalOneThatSuppressesNothing_WinsWhenItLosesLess()
    {
        // k 2, budget 1 record. [0,0] is anonymous (the lone ("true", "30-34") suppressed): 2² + 3² + 1 × 6 = 19.
        // [0,2] (20-year bands) suppresses nothing: 3² + 3² = 18. The minimal node alone would have been chosen before session 21.
        var search = new LatticeSearch([["true", "20-24"], ["false", "20-24"], ["true", "30-34"]], [2, 3, 1],
            [new KeepOperation(KeptType.Boolean).Hierarchy, new AgeBandOperation(5).Hierarchy], k: 2, budget: 1);
        (search.Evaluate([0, 0]).Suppressed, search.Evaluate([0, 0]).Discernibility).ShouldBe((1L, 19L));
        var node = search.Run().ShouldNotBeNull();
        (string.Join(",", node.Levels), node.Suppressed, node.Discernibility).ShouldBe(("0,2", 0L, 18L));
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Run_EqualLossAtTwoHeights_TakesTheLowerNode()
    {
        // k 3: [1,0] (flag withheld) and [0,2] (20-year bands) both give two classes of 3 (discernibility 18); [0,1] does not.
        var search = BooleanAndAge([("true", "20-24", 1), ("true", "30-34", 2), ("false", "20-24", 2), ("false", "30-34", 1)], k: 3);
        search.Evaluate([0, 2]).Discernibility.ShouldBe(18);
        search.Evaluate([0, 1]).Suppressed.ShouldBe(6);
        var node = search.Run().ShouldNotBeNull();
        (string.Join(",", node.Levels), node.Discernibility).ShouldBe(("1,0", 18L));
        search.NodesChecked.ShouldBe(4); // of 8 nodes: the binary search over heights tags the rest, and the loss bound rules out the anonymous ones above
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Run_EqualLossAtOneHeight_TakesTheFirstLevelsInOrdinalOrder()
    {
        // k 4: [0,2] (20-year bands by flag) and [1,1] (10-year bands, flag withheld) both give two classes of 4
        // (discernibility 32) at height 2; no node below is anonymous. "0,2" comes before "1,1".
        var search = BooleanAndAge(
            [("true", "20-24", 1), ("true", "25-29", 1), ("false", "20-24", 1), ("false", "25-29", 1), ("true", "30-34", 2), ("false", "30-34", 2)], k: 4);
        search.Evaluate([1, 1]).Discernibility.ShouldBe(32);
        search.Evaluate([1, 0]).Suppressed.ShouldBe(4);
        search.Evaluate([0, 1]).Suppressed.ShouldBe(8);
        var node = search.Run().ShouldNotBeNull();
        (string.Join(",", node.Levels), node.Discernibility).ShouldBe(("0,2", 32L));
        search.NodesChecked.ShouldBe(4); // of 8 nodes: the binary search over heights tags the rest, and the loss bound rules out the anonymous ones above
    }
}
