using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Anonymity;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Policies.Operations;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// P9 with the precision metric (session 22): the search minimises the precision loss with suppression among the
/// anonymous nodes, checked against every node of the lattice with a loss computed here from its definition (exact
/// fractions over the product of the heights, not the search's least common multiple).
/// </summary>
public partial class LatticeSearchTests
{
    /// <summary>
    /// The precision loss with suppression of <paramref name="node"/> times records × D × Π heights (D the generalisable
    /// quasi-identifiers): each published record its mean of level / height, each suppressed record 1.
    /// </summary>
    private static (BigInteger Loss, BigInteger Scale) PrecisionLoss(int[] heights, long records, LatticeNode node)
    {
        var generalisable = Enumerable.Range(0, heights.Length).Where(d => heights[d] > 0).ToList();
        var product = generalisable.Aggregate(BigInteger.One, (p, d) => p * heights[d]);
        var perRecord = generalisable.Count == 0 ? BigInteger.One : generalisable.Count * product; // a record with everything withheld
        var published = generalisable.Aggregate(BigInteger.Zero, (sum, d) => sum + (node.Levels[d] * (product / heights[d])));
        return (((records - node.Suppressed) * published) + (node.Suppressed * perRecord), records * perRecord);
    }

    [Property(MaxTest = 1000)] // the review's runs: 250 cases missed a core mutant once in seven runs
    [Trait("Rule", "P9")]
    public Property Run_WithPrecision_FindsTheLeastPrecisionLossWithSuppression_ThenTheLowestNode_ThenTheFirstLevels()
    {
        var input = Gen.OneOf(LatticeGen(maxDimensions: 4, maxTuples: 20), PeopleGen(maxDimensions: 3, maxTuples: 15))
            .Select(l => l with { Metric = LossMetric.Precision }).ToArbitrary();
        return Prop.ForAll(input, lattice =>
        {
            var search = lattice.Search();
            var found = search.Run();
            var records = lattice.Counts.Sum();
            var all = AllLevels(search.Heights).Select(search.Evaluate).ToList();
            var anonymous = all.Where(e => e.Suppressed <= lattice.Budget).ToList();
            if (found is null)
            {
                return (anonymous.Count == 0).Label("no node only if none is anonymous").Label(lattice.ToString());
            }

            var least = anonymous.Min(m => PrecisionLoss(search.Heights, records, m).Loss);
            var lowest = anonymous.Where(m => PrecisionLoss(search.Heights, records, m).Loss == least).Min(m => m.Height);
            var first = anonymous.Where(m => PrecisionLoss(search.Heights, records, m).Loss == least && m.Height == lowest)
                .Select(m => string.Join(',', m.Levels)).Order(StringComparer.Ordinal).First();
            var (loss, scale) = PrecisionLoss(search.Heights, records, found);
            var reported = search.PrecisionWithSuppression(found);
            var expected = scale.IsZero ? 0 : (double)loss / (double)scale;
            return (found.Suppressed <= lattice.Budget).Label("anonymous")
                .And((loss == least).Label("the least precision loss with suppression of every anonymous node"))
                .And((found.Height == lowest).Label("ties: the lowest node"))
                .And((string.Join(',', found.Levels) == first).Label("ties: the first levels"))
                .And((Math.Abs(reported - expected) < 1e-12).Label($"reported {reported} = {expected}"))
                .And((search.NodesChecked <= all.Count).Label("nodes checked ≤ lattice"))
                .Label($"{lattice}, found {string.Join(",", found.Levels)}");
        });
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Run_OneLattice_DiscernibilityGeneralises_PrecisionSuppressesWithinTheBudget()
    {
        // k 2, budget 1 record, 6 records. [0,0] suppresses the lone ("true", "30-34"): discernibility 2² + 3² + 1 × 6 = 19,
        // precision loss with suppression 1/6. [0,2] (20-year bands) suppresses nothing: discernibility 18, precision
        // mean(0/1, 2/3) = 1/3 for every record. Discernibility takes [0,2], precision [0,0].
        GeneralisationHierarchy?[] hierarchies = [new KeepOperation(KeptType.Boolean).Hierarchy, new AgeBandOperation(5).Hierarchy];
        List<string?[]> tuples = [["true", "20-24"], ["false", "20-24"], ["true", "30-34"]];
        var byDiscernibility = new LatticeSearch(tuples, [2, 3, 1], hierarchies, k: 2, budget: 1).Run().ShouldNotBeNull();
        (string.Join(",", byDiscernibility.Levels), byDiscernibility.Suppressed).ShouldBe(("0,2", 0L));

        var search = new LatticeSearch(tuples, [2, 3, 1], hierarchies, k: 2, budget: 1, metric: LossMetric.Precision);
        var byPrecision = search.Run().ShouldNotBeNull();
        (string.Join(",", byPrecision.Levels), byPrecision.Suppressed).ShouldBe(("0,0", 1L));
        search.PrecisionWithSuppression(byPrecision).ShouldBe(1.0 / 6, 1e-12);
        search.PrecisionWithSuppression(search.Evaluate([0, 2])).ShouldBe(1.0 / 3, 1e-12);

        // Without a budget [0,0] is not anonymous: precision takes the least-losing node that suppresses nothing.
        var noBudget = new LatticeSearch(tuples, [2, 3, 1], hierarchies, k: 2, budget: 0, metric: LossMetric.Precision).Run().ShouldNotBeNull();
        (string.Join(",", noBudget.Levels), noBudget.Suppressed).ShouldBe(("0,2", 0L));
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Run_WithPrecision_ANodeTheBinarySearchLeftUnchecked_WinsWhenItLosesLess()
    {
        // FsCheck's counterexample to a bound that was too high (every node ruled out once any node was found, so only the
        // binary search's checks competed): k 7, budget 8 of 8 records. The node as written suppresses all 8 (loss 1); the
        // node that withholds nationality and bands ages by 20 years publishes one class of 8 (loss (1 + 2/3) / 2 = 5/6).
        var search = new LatticeSearch([["unknown", "40-44"], ["non-EU", "55-59"]], [5, 3],
            [new GeneraliseOperation("nationality").Hierarchy, new AgeBandOperation(5).Hierarchy], k: 7, budget: 8, metric: LossMetric.Precision);
        search.PrecisionWithSuppression(search.Evaluate([0, 0])).ShouldBe(1);
        var node = search.Run().ShouldNotBeNull();
        (node.Suppressed, node.Classes).ShouldBe((0L, 1));
        search.PrecisionWithSuppression(node).ShouldBeLessThan(1);
        var best = AllLevels(search.Heights).Select(search.Evaluate).Where(n => n.Suppressed <= 8).Min(search.PrecisionWithSuppression);
        search.PrecisionWithSuppression(node).ShouldBe(best, 1e-12);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Run_WithPrecision_ChargesASuppressedRecordOnce_NotAlsoAsPublished()
    {
        // One 5-year age band (height 3), k 2, budget 5 of 11 records. As written 6 records stand alone (not anonymous).
        // 10-year bands [1] leave the five lone records 30-34, 40-44, 50-54, 60-64, 70-74: loss (6 × 1/3 + 5) / 11 = 7/11.
        // 20-year bands [2] suppress none: 2/3 = 7.33/11. Charging the suppressed records as published too (11 × 1/3 + 5,
        // the review's M4 mutant) would make [2] win.
        var search = new LatticeSearch([["20-24"], ["25-29"], ["30-34"], ["40-44"], ["50-54"], ["60-64"], ["70-74"]], [5, 1, 1, 1, 1, 1, 1],
            [new AgeBandOperation(5).Hierarchy], k: 2, budget: 5, metric: LossMetric.Precision);
        (search.Evaluate([0]).Suppressed, search.Evaluate([1]).Suppressed, search.Evaluate([2]).Suppressed).ShouldBe((6L, 5L, 0L));
        var node = search.Run().ShouldNotBeNull();
        node.Levels.ShouldBe([1]);
        search.PrecisionWithSuppression(node).ShouldBe(7.0 / 11, 1e-12);
        search.PrecisionWithSuppression(search.Evaluate([2])).ShouldBe(2.0 / 3, 1e-12);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Run_WithPrecision_RulesOutANodeByItsOwnPrecision_WithoutEvaluatingIt()
    {
        // k 1: every node is anonymous and the node as written loses nothing. Every other node's own precision is above 0,
        // so no node the binary search left unchecked is evaluated: the 4 nodes it checked, not all 8.
        var search = new LatticeSearch([["true", "20-24"], ["false", "30-34"]], [1, 1],
            [new KeepOperation(KeptType.Boolean).Hierarchy, new AgeBandOperation(5).Hierarchy], k: 1, budget: 0, metric: LossMetric.Precision);
        var node = search.Run().ShouldNotBeNull();
        node.Levels.ShouldBe([0, 0]);
        search.PrecisionWithSuppression(node).ShouldBe(0);
        search.NodeCount.ShouldBe(8);
        search.NodesChecked.ShouldBe(4);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Pipeline_TheRunsLossMetric_OverridesThePolicys_AndTheReportStatesIt()
    {
        // A generated month of 3,000 records (about 360 flagged), the default policy, k 5: the run's metric reaches the
        // search. Each run's node loses strictly less by its own metric than the other's (the two metrics choose different
        // nodes on this extract), the report names the metric, and an undefined metric is refused when the pipeline is made.
        var shape = Vkb.Synthetic.ExtractShape.Small.WithRecords(3_000);
        var lines = new Vkb.Synthetic.ExtractGenerator(shape, seed: 7).Generate().Select(r => r.Json).ToList();
        using var key = TestKeys.Key();
        PseudonymizationResult Run(LossMetric? metric) =>
            new PseudonymizationPipeline(key, RecordPolicy.VkbDefault, new PseudonymizationOptions
            {
                Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, KAnonymity = { LossMetric = metric },
            }).PseudonymizeLines(lines).Result;
        var byDefault = Run(null).Report.KAnonymity;
        var precise = Run(LossMetric.Precision).Report.KAnonymity;
        (byDefault.LossMetric, precise.LossMetric).ShouldBe((LossMetric.Discernibility, LossMetric.Precision));
        precise.Node.ShouldNotBe(byDefault.Node);
        precise.PrecisionLossWithSuppression.ShouldBeLessThan(byDefault.PrecisionLossWithSuppression);
        byDefault.Discernibility.ShouldBeLessThan(precise.Discernibility);
        Run(LossMetric.Discernibility).Report.KAnonymity.Node.ShouldBe(byDefault.Node);

        // The policy's metric reaches the search too (session 22's review, M1), and the run's overrides it.
        var precisePolicy = RecordPolicy.Parse(RecordPolicy.VkbDefault.ToJson().Replace("\"suppressionBudget\":0.1", "\"suppressionBudget\":0.1,\"lossMetric\":\"precision\"", StringComparison.Ordinal));
        precisePolicy.KAnonymity.LossMetric.ShouldBe(LossMetric.Precision);
        KAnonymityReport RunPolicy(LossMetric? metric, bool enforce = true) =>
            new PseudonymizationPipeline(key, precisePolicy, new PseudonymizationOptions
            {
                Phase = shape.PhaseId, ReferenceMonth = shape.ReviewMonth, KAnonymity = { LossMetric = metric, Enforce = enforce },
            }).PseudonymizeLines(lines).Result.Report.KAnonymity;
        var byPolicy = RunPolicy(null);
        byPolicy.LossMetric.ShouldBe(LossMetric.Precision);
        byPolicy.Node.ShouldBe(precise.Node);
        RunPolicy(LossMetric.Discernibility).Node.ShouldBe(byDefault.Node);
        RunPolicy(null, enforce: false).LossMetric.ShouldBe(LossMetric.Precision); // measured only: the metric an enforced run would minimise
        Should.Throw<ArgumentException>(() => new PseudonymizationPipeline(key, RecordPolicy.VkbDefault,
                new PseudonymizationOptions { Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), KAnonymity = { LossMetric = (LossMetric)5 } }))
            .ParamName.ShouldBe("LossMetric");
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void Constructor_AnUndefinedMetric_IsRefused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => new LatticeSearch([["x"]], [1], [null], k: 1, budget: 0, metric: (LossMetric)7));
}
