using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests.Mutation;

/// <summary>
/// Boundaries of the compliance monitor (S1, S2, S5, R1) that no earlier test pinned. Stryker.NET
/// 5.1 cannot mutate ComplianceMonitor.cs (a string mutant inside <c>string.Create</c> breaks the
/// compile and its safe mode drops the whole file), so these were proven by hand-applied mutants;
/// see docs/mutation/stryker-2026-12-05-sampling.md.
/// </summary>
public class ComplianceMonitorKillTests
{
    private static readonly YearMonth April = new(2025, 4);
    private static readonly Seed TestSeed = Seed.FromDice("55555444443333322222");
    private static readonly Instant Frozen = Instant.FromUtc(2025, 4, 20, 12, 0);

    private static SampleProtocol TeamLeadDraw(int records, int perUnit, string? reason = null) =>
        Sampler.Draw(
            Enumerable.Range(0, records).Select(i => new PopulationItem($"A{i:D2}", "TL-A", "all")),
            PopulationItem.Frame, SampleParameters.Create("TL-2025-04", perUnit, belowFloorReason: reason), TestSeed, SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 1, 0, 0)));

    private static SampleProtocol HeadOfficeDraw(int nrw, int perUnit = 10, string? reason = null)
    {
        var assessed = Enumerable.Range(0, nrw).Select(i => new PopulationItem($"P{i:D2}", "NRW", "all")).ToArray();
        var snapshot = PopulationSnapshot.Freeze(assessed.Select(a => a.Key), new NodaTime.Testing.FakeClock(Frozen));
        return Sampler.Draw(assessed, PopulationItem.Frame, SampleParameters.Create("HO-2025-04", perUnit, level: DrawLevel.HeadOffice, belowFloorReason: reason), TestSeed,
            SeedCommitment.Create(TestSeed, Frozen + Duration.FromMinutes(1)), snapshot);
    }

    private static List<AssessedCase> AssessAll(SampleProtocol p, DrawLevel level) =>
        p.AllSelected().Select(s => new AssessedCase(level, s.Unit, s.Key)).ToList();

    /// <summary>Replaces the first selected key of the first unit by the second one: a customer drawn twice.</summary>
    private static SampleProtocol WithRepeatedCustomer(SampleProtocol p)
    {
        var unit = p.Units[0];
        var stratum = unit.Strata[0];
        var selected = stratum.Selected.ToList();
        selected[0] = selected[1];
        return p with { Units = [unit with { Strata = [stratum with { Selected = selected }] }, .. p.Units.Skip(1)] };
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void TeamLead_ExactlyTenEligible_AllTaken_Reached()
    {
        var draw = TeamLeadDraw(10, 10);
        var j = ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J1", draw)], [], AssessAll(draw, DrawLevel.TeamLead)).TeamLeads.Single();
        (j.TeamLeads, j.Reached, j.ShortAllTaken, j.NotCompliant, j.TotalShortfall).ShouldBe((1, 1, 0, 0, 0L));
        j.Holds.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void TeamLead_NineEligible_AllTaken_CompliantButShortByOne()
    {
        var draw = TeamLeadDraw(9, 10);
        var j = ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J1", draw)], []).TeamLeads.Single();
        (j.Reached, j.ShortAllTaken, j.NotCompliant, j.TotalShortfall).ShouldBe((0, 1, 0, 1L));
        j.Summary.ShouldBe("0 of 1 team leads reached 10; 1 short, total shortfall 1 (1 with fewer eligible records, all taken); 0 not compliant.");
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void TeamLead_MoreThanTenSelected_NoNegativeShortfall()
    {
        var draw = TeamLeadDraw(30, 14);
        var j = ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J1", draw)], []).TeamLeads.Single();
        (j.Reached, j.TotalShortfall).ShouldBe((1, 0L));
        j.Summary.ShouldBe("1 of 1 team leads reached 10; 0 short, total shortfall 0; 0 not compliant.");
    }

    [Fact]
    [Trait("Rule", "S2")]
    public void TeamLead_SameCustomerSelectedTwice_NotCompliant()
    {
        // 12 asked, 11 different customers: above the floor of 10, so only the S2 check can refuse it.
        var draw = WithRepeatedCustomer(TeamLeadDraw(30, 12));
        var j = ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J1", draw)], []).TeamLeads.Single();
        (j.Reached, j.NotCompliant, j.TotalShortfall).ShouldBe((0, 1, 0L));
        j.Holds.ShouldBeFalse();
    }

    [Fact]
    [Trait("Rule", "S1")]
    [Trait("Rule", "R1")]
    public void TeamLead_ExpectedTwiceAndAlreadyDrawn_CountedOnce()
    {
        var report = ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J1", TeamLeadDraw(30, 10))], [],
            expectedTeamLeads: new Dictionary<string, IReadOnlyCollection<string>> { ["J1"] = ["TL-A", "TL-X", "TL-X"], ["J2"] = ["TL-Y"] });
        report.TeamLeads.Select(t => (t.JobCentre, t.TeamLeads, t.Reached, t.NotCompliant, t.TotalShortfall))
            .ShouldBe([("J1", 2, 1, 1, 10L), ("J2", 1, 0, 1, 10L)]);
        report.AllHold.ShouldBeFalse();
        System.Text.Json.JsonSerializer.Serialize(report).ShouldNotContain("TL-");
    }

    [Fact]
    [Trait("Rule", "S1")]
    public void TeamLead_AppearingInTwoDrawsOfOneMonth_Refused()
    {
        var draw = TeamLeadDraw(30, 10);
        Should.Throw<ArgumentException>(() => ComplianceMonitor.Evaluate(April, [new JobCentreDraw("J1", draw), new JobCentreDraw("J2", draw)], []))
            .Message.ShouldStartWith("A team lead appears in two draws of one month.");
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOffice_SeedCommittedAtTheFreezeInstant_DoesNotHold()
    {
        // The draw itself refuses such a commitment; a protocol read from disk may still carry one.
        var atFreeze = HeadOfficeDraw(25) with { CommittedAt = Frozen };
        var f = ComplianceMonitor.Evaluate(April, [], [atFreeze], AssessAll(atFreeze, DrawLevel.HeadOffice)).Findings.Single();
        f.Holds.ShouldBeFalse();
        f.Reason.ShouldBe("10 RD-assessed cases selected and assessed. The seed was not committed after the RD-assessed population was frozen.");

        var after = HeadOfficeDraw(25) with { CommittedAt = Frozen + Duration.FromTicks(1) };
        ComplianceMonitor.Evaluate(April, [], [after], AssessAll(after, DrawLevel.HeadOffice)).Findings.Single().Holds.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOffice_FewerThanTenEligible_AllTaken_HoldsWithTheShortfall()
    {
        var ho = HeadOfficeDraw(7);
        var f = ComplianceMonitor.Evaluate(April, [], [ho]).Findings.Single();
        (f.Holds, f.Selected, f.Eligible, f.Assessed, f.Shortfall).ShouldBe((true, 7L, 7L, (long?)null, 3L));
        f.Reason.ShouldBe("Fewer than 10 eligible RD-assessed cases (7): all taken, shortfall 3 reported.");
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOffice_ExactlyTenEligible_HoldsWithoutShortfall_ElevenSelectedNoNegativeShortfall()
    {
        var ten = ComplianceMonitor.Evaluate(April, [], [HeadOfficeDraw(10)]).Findings.Single();
        (ten.Holds, ten.Selected, ten.Shortfall).ShouldBe((true, 10L, 0L));
        ten.Reason.ShouldBe("10 RD-assessed cases selected.");

        var eleven = ComplianceMonitor.Evaluate(April, [], [HeadOfficeDraw(20, perUnit: 11)]).Findings.Single();
        (eleven.Holds, eleven.Selected, eleven.Shortfall).ShouldBe((true, 11L, 0L));
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOffice_FewerSelectedThanTheMinimumAllows_DoesNotHold()
    {
        var ho = HeadOfficeDraw(25, perUnit: 9, reason: "pilot month");
        var f = ComplianceMonitor.Evaluate(April, [], [ho]).Findings.Single();
        (f.Holds, f.Selected, f.Eligible, f.Shortfall).ShouldBe((false, 9L, 25L, 1L));
        f.Reason.ShouldBe("9 RD-assessed cases selected although 25 were eligible; at least 10 required. Below the floor by documented reason: pilot month");
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOffice_OneSelectedCaseNotAssessed_DoesNotHold_AllAssessedHolds()
    {
        var ho = HeadOfficeDraw(25);
        var all = AssessAll(ho, DrawLevel.HeadOffice);
        var missingOne = ComplianceMonitor.Evaluate(April, [], [ho], all.Skip(1)).Findings.Single();
        (missingOne.Holds, missingOne.Assessed).ShouldBe((false, (long?)9));
        missingOne.Reason.ShouldBe("1 of 10 selected RD-assessed cases not assessed.");

        var assessedByTeamLeadOnly = ComplianceMonitor.Evaluate(April, [], [ho], all.Select(a => a with { Level = DrawLevel.TeamLead })).Findings.Single();
        (assessedByTeamLeadOnly.Holds, assessedByTeamLeadOnly.Assessed).ShouldBe((false, (long?)0));

        ComplianceMonitor.Evaluate(April, [], [ho], all.Concat(all)).Findings.Single().Holds.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOffice_MissingRdExpectedTwice_OneFindingWithTheFullShortfall()
    {
        var findings = ComplianceMonitor.Evaluate(April, [], [HeadOfficeDraw(25)], expectedRegionalDirectorates: ["NORD", "NORD", "NRW"]).Findings;
        findings.Select(f => (f.Unit, f.Holds)).ShouldBe([("NORD", false), ("NRW", true)]);
        var nord = findings[0];
        (nord.Rule, nord.Level, nord.Selected, nord.Eligible, nord.Assessed, nord.Shortfall).ShouldBe(("S5", DrawLevel.HeadOffice, 0L, 0L, (long?)null, 10L));
        nord.Reason.ShouldBe("No head-office draw for the RD this month.");
    }

    [Fact]
    [Trait("Rule", "S5")]
    public void HeadOffice_RdInTwoProtocols_Refused()
    {
        var ho = HeadOfficeDraw(25);
        Should.Throw<ArgumentException>(() => ComplianceMonitor.Evaluate(April, [], [ho, ho]))
            .Message.ShouldStartWith("An RD appears in two head-office protocols of one month.");
    }
}
