using System.Collections;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// The survivors of run <c>g1</c> of session 4 that a test can kill: argument checks whose removal
/// left a framework method to throw the same exception type for another parameter, messages no
/// test read, a weight of exactly 0, and a phase whose last month lies before its first
/// (docs/mutation/stryker-2026-12-05-sampling-session4.md). Written after that run; not re-run.
/// </summary>
public class Session4SurvivorKillTests
{
    private static readonly YearMonth April = new(2025, 4);

    [Fact]
    [Trait("Rule", "S11")]
    public void Phase_NullArgumentsNamed_MessagesOfEveryRefusal()
    {
        Should.Throw<ArgumentNullException>(() => AssessmentPhase.Create("p", AssessmentKind.Regular, April, April, null!, null)).ParamName.ShouldBe("customerProcesses");
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p q", "placement", April, April, AssessmentKind.Regular))
            .Message.ShouldStartWith("A phase id has 1 to 100 characters from letters, digits, '-', '_' and '.'.");
        Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p", AssessmentKind.Regular, April, April, [], null))
            .Message.ShouldStartWith("A phase needs at least one customer process, none empty.");
        var backwards = Should.Throw<ArgumentException>(() => AssessmentPhase.Create("p", "placement", April, April.PlusMonths(-1), AssessmentKind.Regular));
        backwards.Message.ShouldStartWith("A phase's last month is not before its first.");
        backwards.ParamName.ShouldBe("last");
        AssessmentPhase.Create("p", "placement", April, April, AssessmentKind.Regular).MonthCount.ShouldBe(1);
    }

    [Fact]
    [Trait("Rule", "S10")]
    [Trait("Rule", "S11")]
    public void Plan_NullArgumentsNamed_ConflictMessage()
    {
        Should.Throw<ArgumentNullException>(() => SamplingPlan.Create(null!)).ParamName.ShouldBe("phases");
        var plan = SamplingPlan.Create([]);
        Should.Throw<ArgumentNullException>(() => plan.DrawsDue(April, null!, ["RD"])).ParamName.ShouldBe("teamLeads");
        Should.Throw<ArgumentNullException>(() => plan.DrawsDue(April, ["TL"], null!)).ParamName.ShouldBe("regionalDirectorates");
        var a = AssessmentPhase.Create("a", "placement", April, April, AssessmentKind.Regular);
        var b = AssessmentPhase.Create("b", "placement", April, April, AssessmentKind.Regular);
        Should.Throw<ArgumentException>(() => SamplingPlan.Create([a, b]))
            .Message.ShouldStartWith("Two phases that share a month and a customer process may not run side by side, unless exactly one is risk-oriented (S10).");
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void Monitor_AndHistory_NullArgumentsNamed()
    {
        Should.Throw<ArgumentNullException>(() => ComplianceMonitor.Evaluate(April, null!, [])).ParamName.ShouldBe("teamLeadDraws");
        Should.Throw<ArgumentNullException>(() => ComplianceMonitor.Evaluate(April, [], null!)).ParamName.ShouldBe("headOfficeDraws");
        Should.Throw<ArgumentNullException>(() => new SampleHistory().Add(April, (IEnumerable<string>)null!)).ParamName.ShouldBe("keys");
    }

    [Fact]
    [Trait("Rule", "S4")]
    public void Weights_ZeroRefused_NullStratumNameRefused_StaleReasonMessage()
    {
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 10, weights: new Dictionary<string, decimal> { ["a"] = 0m }))
            .Message.ShouldStartWith("Every weight is greater than 0 and at most 1,000,000.");
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 10, weights: new NullNamedWeight()))
            .Message.ShouldStartWith("A weight needs a stratum name.");
        Should.Throw<ArgumentException>(() => SampleParameters.Create("d", 10, belowFloorReason: "pilot"))
            .Message.ShouldStartWith("A below-floor reason is given only for a request below the floor of 10.");
    }

    /// <summary>A host's own dictionary that yields an entry without a stratum name.</summary>
    private sealed class NullNamedWeight : IReadOnlyDictionary<string, decimal>
    {
        public decimal this[string key] => 1m;

        public IEnumerable<string> Keys => [null!];

        public IEnumerable<decimal> Values => [1m];

        public int Count => 1;

        public bool ContainsKey(string key) => key is null;

        public IEnumerator<KeyValuePair<string, decimal>> GetEnumerator()
        {
            yield return new KeyValuePair<string, decimal>(null!, 1m);
        }

        public bool TryGetValue(string key, out decimal value)
        {
            value = 1m;
            return key is null;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
