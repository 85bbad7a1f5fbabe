using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Anonymity;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Tests;

/// <summary>P9 over a phase's exports together: a load searched against the phase's earlier exports keeps their union k-anonymous.</summary>
public partial class KAnonymityTests
{
    private static EarlierExports Earlier(RecordPolicy policy, params IEnumerable<string>[] exports) =>
        EarlierExports.ReadAsync(
            [.. exports.Select(lines => (Stream)new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n")))))],
            policy).GetAwaiter().GetResult();

    private static PseudonymizationOptions PhaseOptions(int k, EarlierExports earlier, params int[] months)
    {
        var options = PhaseOptions(k, months);
        options.CollectReidentification = true;
        options.KAnonymity.EarlierExports = earlier;
        return options;
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void LoadWithTheEarlierExports_SuppressesTheMover_WhomTheUnionWouldSingleOut()
    {
        // The reproduction of MonthlyExports_EachKAnonymous_TheirUnionSinglesOutTheMover, with June searched against April:
        // X (April's class, then moved) would be the only customer in both classes; June suppresses X and publishes the rest.
        var policy = Variant(0.25, pinGender: false);
        var april = new List<string> { InMonth(0, "1990-05-15", 4) };
        april.AddRange(Enumerable.Range(1, 4).Select(n => InMonth(n, "1991-01-01", 4)));
        var june = new List<string> { InMonth(0, "1990-05-15", 6, "50667") };
        june.AddRange(Enumerable.Range(5, 5).Select(n => InMonth(n, "1991-01-01", 6, "50667")));
        var aprilExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, 4, 6)).PseudonymizeLines(april);
        var alone = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, 4, 6)).PseudonymizeLines(june);
        Union(5, aprilExport.Lines, alone.Lines).SubjectsSingledOut.ShouldBeGreaterThan(0, "without the earlier export, the union singles X out");

        var earlier = Earlier(policy, aprilExport.Lines);
        (earlier.Exports, earlier.Records, earlier.Subjects, earlier.Classes, earlier.SubjectsSingledOut(5)).ShouldBe((1, 5L, 5L, 1L, 0L));
        var juneExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, earlier, 4, 6)).PseudonymizeLines(june);

        Union(5, aprilExport.Lines, juneExport.Lines).IsKAnonymous.ShouldBeTrue();
        juneExport.Result.Report.RecordsSuppressed.ShouldBe(1);
        juneExport.Lines.Count.ShouldBe(5);
        var x = Customers(aprilExport.Lines).Intersect(Customers(alone.Lines), StringComparer.Ordinal).ShouldHaveSingleItem();
        Customers(juneExport.Lines).ShouldNotContain(x);
        var report = juneExport.Result.Report.KAnonymity.EarlierExports.ShouldNotBeNull();
        (report.Exports, report.Records, report.Subjects, report.SubjectsInThisLoad, report.SubjectsSingledOutBefore).ShouldBe((1, 5L, 5L, 1L, 0L));
        juneExport.Result.Report.ToJson().ShouldContain("\"subjectsInThisLoad\": 1");
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void LoadWithTheEarlierExports_ChoosesAmongEveryAnonymousNode_NotOnlyTheMinimalOnes()
    {
        // Session 19's review (L5). April: X and four others in postcode area 40. June: X moved to area 50 with four
        // newcomers; five newcomers in 40 and thirty in 10 (another region). As written, X's pair of classes singles X out,
        // and without X area 50 holds four: five records go back (discernibility 30² + 5² + 5 × 40 = 1,125). With the
        // postcode generalised to its region, X (whose April class is April's published "40") still goes back, but the four
        // of area 50 stay in one class with the five of area 40 (30² + 9² + 1 × 40 = 1,021). The bottom node is anonymous
        // within the budget, so it is the only minimal one; with earlier exports every node is checked, and the less lossy
        // node above it wins.
        var policy = Variant(0.25, pinGender: false);
        var april = Enumerable.Range(0, 5).Select(n => InMonth(n, "1991-01-01", 4)).ToList();
        var june = Enumerable.Range(0, 1).Concat(Enumerable.Range(10, 4)).Select(n => InMonth(n, "1991-01-01", 6, "50667"))
            .Concat(Enumerable.Range(20, 5).Select(n => InMonth(n, "1991-01-01", 6)))
            .Concat(Enumerable.Range(30, 30).Select(n => InMonth(n, "1991-01-01", 6, "10115"))).ToList();
        var aprilExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, 4, 6)).PseudonymizeLines(april);
        aprilExport.Lines.Count.ShouldBe(5);

        var juneExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, Earlier(policy, aprilExport.Lines), 4, 6)).PseudonymizeLines(june);

        var k = juneExport.Result.Report.KAnonymity;
        (juneExport.Result.Report.RecordsSuppressed, k.Discernibility, k.NodesChecked).ShouldBe((1L, 1_021L, k.LatticeSize));
        k.Generalisation.ShouldContain("customer.address.postcode: regional directorate");
        juneExport.Lines.Count.ShouldBe(39);
        Union(5, aprilExport.Lines, juneExport.Lines).IsKAnonymous.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void LoadWithTheEarlierExports_LeavesNoEarlierClassToFewerThanK_ByThoseWhoMoveOn()
    {
        // April: seven customers in one class. June: five of them moved together into a class with five newcomers. Each
        // month alone is k-anonymous, and the five movers share their pair of classes; but the two who stayed are left alone
        // with "April's class only". June must send the movers back (suppress them) until April's class keeps five.
        var policy = Variant(0.5, pinGender: false);
        var april = Enumerable.Range(0, 7).Select(n => InMonth(n, "1991-01-01", 4)).ToList();
        var june = Enumerable.Range(0, 5).Select(n => InMonth(n, "1991-01-01", 6, "50667"))
            .Concat(Enumerable.Range(10, 5).Select(n => InMonth(n, "1991-01-01", 6, "50667"))).ToList();
        var aprilExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, 4, 6)).PseudonymizeLines(april);
        aprilExport.Lines.Count.ShouldBe(7);
        var alone = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, 4, 6)).PseudonymizeLines(june);
        alone.Lines.Count.ShouldBe(10);
        var naive = Union(5, aprilExport.Lines, alone.Lines);
        (naive.SubjectsSingledOut, naive.IsKAnonymous).ShouldBe((2L, false), "the two who stayed are singled out");

        var juneExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, Earlier(policy, aprilExport.Lines), 4, 6)).PseudonymizeLines(june);

        Union(5, aprilExport.Lines, juneExport.Lines).IsKAnonymous.ShouldBeTrue();
        (juneExport.Lines.Count, juneExport.Result.Report.RecordsSuppressed).ShouldBe((5, 5L));
        Customers(juneExport.Lines).Intersect(Customers(aprilExport.Lines), StringComparer.Ordinal).ShouldBeEmpty("the movers are suppressed");
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void LoadWithTheEarlierExports_LeavesASetBelowKNoSmallerThanItWas()
    {
        // Session 19's review (M1): April, eight customers in one class; May, made without the earlier export, four of them
        // moved with three newcomers. The two exports leave "April's class only" to four customers (below k, but four).
        // June, searched against both, must not let three more of those four move on and leave one customer alone with it.
        var policy = Variant(0.5, pinGender: false);
        var april = Enumerable.Range(0, 8).Select(n => InMonth(n, "1991-01-01", 4)).ToList();
        var may = Enumerable.Range(0, 4).Select(n => InMonth(n, "1991-01-01", 5, "50667"))
            .Concat(Enumerable.Range(20, 3).Select(n => InMonth(n, "1991-01-01", 5, "50667"))).ToList();
        var june = Enumerable.Range(4, 3).Select(n => InMonth(n, "1991-01-01", 6, "50667"))
            .Concat(Enumerable.Range(30, 5).Select(n => InMonth(n, "1991-01-01", 6, "50667"))).ToList();
        var aprilExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, 4, 5, 6)).PseudonymizeLines(april);
        var mayExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, 4, 5, 6)).PseudonymizeLines(may);
        Union(2, aprilExport.Lines, mayExport.Lines).SubjectsSingledOut.ShouldBe(0, "before June, no set of classes holds one customer");
        var earlier = Earlier(policy, aprilExport.Lines, mayExport.Lines);
        earlier.SubjectsSingledOut(5).ShouldBe(11);

        var juneExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, earlier, 4, 5, 6)).PseudonymizeLines(june);

        Union(2, aprilExport.Lines, mayExport.Lines, juneExport.Lines).SubjectsSingledOut.ShouldBe(0, "June leaves no customer alone in a set of classes");
        Customers(juneExport.Lines).Intersect(Customers(aprilExport.Lines), StringComparer.Ordinal).ShouldBeEmpty("the three who would move on are suppressed");
        (juneExport.Lines.Count, juneExport.Result.Report.RecordsSuppressed).ShouldBe((5, 3L));
        juneExport.Result.Report.KAnonymity.EarlierExports!.SubjectsSingledOutBefore.ShouldBe(11);
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void ACustomerInTheSameClassAgain_IsPublished_ForTheClassIsTheOneTheEarlierExportPublished()
    {
        // April: five customers in one class. June: one of them again, in the same class (the same published values), with
        // four newcomers. Nothing new is known of the one: their set of classes over both months is still April's class,
        // now of nine customers. Nothing is suppressed.
        var policy = Variant(0.25, pinGender: false);
        var april = Enumerable.Range(0, 5).Select(n => InMonth(n, "1991-01-01", 4)).ToList();
        var june = new List<string> { InMonth(0, "1991-01-01", 6) };
        june.AddRange(Enumerable.Range(10, 4).Select(n => InMonth(n, "1991-01-01", 6)));
        var aprilExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, 4, 6)).PseudonymizeLines(april);
        var juneExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, Earlier(policy, aprilExport.Lines), 4, 6)).PseudonymizeLines(june);

        (juneExport.Lines.Count, juneExport.Result.Report.RecordsSuppressed).ShouldBe((5, 0L));
        var union = Union(5, aprilExport.Lines, juneExport.Lines);
        (union.Subjects, union.Classes, union.SmallestClass, union.IsKAnonymous).ShouldBe((9L, 1L, 9L, true));
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void MoversGoBack_FromTheLargestGroupFirst_SoNoGroupFallsBelowKWhole()
    {
        // April: fifteen customers in one class. June: eight of them moved to one class, five to another; two are not in
        // June. April's class keeps five only if three movers go back: three of the eight (the eight keep five), not
        // three of the five (who would then be two, below k, and go back all five).
        var policy = Variant(0.5, pinGender: false);
        var april = Enumerable.Range(0, 15).Select(n => InMonth(n, "1991-01-01", 4)).ToList();
        var june = Enumerable.Range(0, 8).Select(n => InMonth(n, "1991-01-01", 6, "50667"))
            .Concat(Enumerable.Range(8, 5).Select(n => InMonth(n, "1991-01-01", 6, "80331"))).ToList();
        var aprilExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, 4, 6)).PseudonymizeLines(april);
        var juneExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, Earlier(policy, aprilExport.Lines), 4, 6)).PseudonymizeLines(june);

        (juneExport.Lines.Count, juneExport.Result.Report.RecordsSuppressed).ShouldBe((10, 3L));
        var union = Union(5, aprilExport.Lines, juneExport.Lines);
        (union.Subjects, union.SmallestClass, union.IsKAnonymous).ShouldBe((15L, 5L, true));
    }

    private static HashSet<string> Customers(IEnumerable<string> lines) =>
        lines.Select(l => JsonNode.Parse(l)!["customerNumber"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);

    /// <summary>A recurring extract's records split by review month (April, May, June): the loads of one phase.</summary>
    private static List<string>[] ByMonth(List<string> lines) =>
        [.. new[] { "2025-04", "2025-05", "2025-06" }.Select(month => lines.Where(l => JsonNode.Parse(l)!["review"]!["month"]!.GetValue<string>() == month).ToList())];

    /// <summary>Per customer of the exports, their set of classes (the quasi-identifiers as published) over all of them.</summary>
    private static Dictionary<string, string> SetsOfClasses(IEnumerable<IReadOnlyList<string>> exports) =>
        exports.SelectMany(e => e).Select(l => JsonNode.Parse(l)!)
            .GroupBy(r => r["customerNumber"]!.GetValue<string>(), StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => string.Join("#", g.Select(r => string.Join("|", Quasi.Select(q => Value(r, q)))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)),
                StringComparer.Ordinal);

    private static Dictionary<string, int> Sizes(Dictionary<string, string> sets) =>
        sets.Values.GroupBy(v => v, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    [Property(MaxTest = 60)]
    [Trait("Rule", "P9")]
    public Property LoadsSearchedAgainstTheEarlierExports_KeepTheUnionOfThePhaseKAnonymous()
    {
        // A phase's monthly loads (a month whose search fails sends nothing). Each load searched against the exports sent
        // before it: every customer it publishes shares their set of classes over all the exports with k customers, and no
        // set of classes of the exports before it shrinks below k, or below what it held if that was less (review M1);
        // then, if every load was searched so, the union singles no one out. Now and then May is made apart (not searched
        // against April), as exports of a phase made before this rule were.
        var input = (from lines in Gen.OneOf(RecurringExtractGen, NarrowRecurringExtractGen)
                     from k in Gen.Choose(2, 5)
                     from budget in Gen.Elements(0.25, 0.5, 1.0)
                     from mayApart in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
                     select (Lines: lines, K: k, Budget: budget, MayApart: mayApart)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var policy = Variant(x.Budget, pinGender: false);
            var sent = new List<IReadOnlyList<string>>();
            var checks = new List<Property>();
            var allSearched = true;
            foreach (var (month, index) in ByMonth(x.Lines).Select((m, i) => (m, i)).Where(m => m.m.Count > 0))
            {
                var apart = x.MayApart && index == 1;
                allSearched &= !apart;
                var before = Sizes(SetsOfClasses(sent));
                try
                {
                    var export = new PseudonymizationPipeline(Key, policy, PhaseOptions(x.K, Earlier(policy, apart ? [] : [.. sent]), 4, 5, 6)).PseudonymizeLines(month);
                    sent.Add(export.Lines);
                    var own = Union(x.K, export.Lines);
                    checks.Add(own.IsKAnonymous.Label($"load {sent.Count} alone: {own.SubjectsSingledOut} singled out"));
                    checks.Add((export.Lines.Count + export.Result.Report.RecordsSuppressed == month.Count).Label("written + suppressed = read"));
                    checks.Add((export.Result.Report.RecordsSuppressed <= Math.Floor(x.Budget * month.Count)).Label($"load {sent.Count} within the budget"));
                    if (!apart)
                    {
                        var sets = SetsOfClasses(sent);
                        var after = Sizes(sets);
                        var published = Customers(export.Lines);
                        checks.Add(published.All(c => after[sets[c]] >= x.K).Label($"load {sent.Count}: every customer it publishes shares their set of classes with k"));
                        checks.Add(before.All(b => after.GetValueOrDefault(b.Key) == 0 || after.GetValueOrDefault(b.Key) >= Math.Min(b.Value, x.K))
                            .Label($"load {sent.Count}: no earlier set of classes shrinks below min(k, its size)"));
                    }
                }
                catch (KAnonymityException)
                {
                    // No node within the budget: this month sends nothing, and the next is searched against the ones sent.
                }

                if (allSearched)
                {
                    var union = Union(x.K, [.. sent]);
                    checks.Add(union.IsKAnonymous.Label($"after {sent.Count} loads: {union.SubjectsSingledOut} customers singled out"));
                }
            }

            return checks.Aggregate(true.ToProperty(), (all, check) => all.And(check)).Label($"k {x.K}, budget {x.Budget}, May apart {x.MayApart}, {x.Lines.Count} records");
        });
    }

    [Fact]
    [Trait("Rule", "P9")]
    public void EarlierExports_OfAnotherPhaseKeyOrPolicy_AreRefused_AndAMeasuredOnlyRunTakesNone()
    {
        var policy = Variant(0.25, pinGender: false);
        var april = Enumerable.Range(0, 6).Select(n => InMonth(n, "1991-01-01", 4)).ToList();
        var aprilExport = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, 4, 6)).PseudonymizeLines(april);
        var earlier = Earlier(policy, aprilExport.Lines);

        var otherPhase = PhaseOptions(5, earlier, 4, 6);
        otherPhase.Phase = "2025-P2";
        Should.Throw<ArgumentException>(() => new PseudonymizationPipeline(Key, policy, otherPhase)).Message.ShouldContain("another phase");
        Should.Throw<ArgumentException>(() => new PseudonymizationPipeline(TestKeys.Key(7), policy, PhaseOptions(5, earlier, 4, 6))).Message.ShouldContain("another key");
        var measured = PhaseOptions(5, earlier, 4, 6);
        measured.KAnonymity.Enforce = false;
        Should.Throw<ArgumentException>(() => new PseudonymizationPipeline(Key, policy, measured)).Message.ShouldContain("enforced");

        // Read with another policy than the one that wrote them: refused at the first record, by export, line and path.
        var error = Should.Throw<FormatException>(() => Earlier(RecordPolicy.VkbDefault, aprilExport.Lines));
        error.Message.ShouldBe("Export 1, line 1, pseudonymization.policyHash: the record was written by another policy than the one given; its classes are not this policy's.");

        // A subject that is no pseudonym (a customer number in clear): refused, naming no value.
        var clear = aprilExport.Lines.Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        clear[2]["customerNumber"] = "962D123456";
        var subject = Should.Throw<FormatException>(() => Earlier(policy, clear.Select(r => r.ToJsonString())));
        subject.Message.ShouldBe("Export 1, line 3, customerNumber: the subject is no pseudonym of the policy's subject domain.");
        subject.Message.ShouldNotContain("962D");

        // None, or exports without records, are the phase's first load.
        var first = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, EarlierExports.None, 4, 6)).PseudonymizeLines(april);
        first.Lines.ShouldBe(aprilExport.Lines);
        first.Result.Report.KAnonymity.EarlierExports.ShouldBeNull();

        // An empty export given is still named (review L3): the report and the manifest list what the load was given.
        var empty = new PseudonymizationPipeline(Key, policy, PhaseOptions(5, Earlier(policy, Array.Empty<string>()), 4, 6)).PseudonymizeLines(april);
        empty.Lines.ShouldBe(aprilExport.Lines);
        var named = empty.Result.Report.KAnonymity.EarlierExports.ShouldNotBeNull();
        (named.Exports, named.Records, named.Subjects).ShouldBe((1, 0L, 0L));
        named.Sha256.ShouldBe(["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"]); // SHA-256 of no bytes
    }
}
