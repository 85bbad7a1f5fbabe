using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Vkb.Sampling;

namespace Vkb.Sampling.Tests;

/// <summary>The § 16a consent register inside the draw (S7): fail closed, recorded, re-derived by verification.</summary>
public class Section16aTests
{
    private static readonly Seed TestSeed = Seed.FromDice("31415926535897932384");
    private static readonly SeedCommitment Commitment = SeedCommitment.Create(TestSeed, Instant.FromUtc(2025, 4, 1, 8, 0));
    private static readonly YearMonth April = new(2025, 4);

    private static readonly ConsentRegister Register = ConsentRegister.Create(
    [
        new ConsentDecision("JC-YES", true, new LocalDate(2024, 1, 10), null),
        new ConsentDecision("JC-NO", false, new LocalDate(2024, 1, 10), null),
    ]);

    /// <summary>30 cases per team lead; every third a § 16a case, job centres alternating between consent, refusal and missing.</summary>
    private static PopulationItem[] Population() =>
        [.. Enumerable.Range(0, 60).Select(i => new PopulationItem($"K{i:D3}", i < 30 ? "TL-1" : "TL-2", "all")
        {
            Section16a = i % 3 == 0,
            JobCentre = (i / 3 % 3) switch { 0 => "JC-YES", 1 => "JC-NO", _ => "JC-MISSING" },
        })];

    [Theory]
    [Trait("Rule", "S7")]
    [InlineData("JC-YES", 2025, 4, true)]
    [InlineData("JC-NO", 2025, 4, false)]
    [InlineData("JC-MISSING", 2025, 4, false)]
    [InlineData(null, 2025, 4, false)]
    [InlineData("JC-LATE", 2025, 4, false)] // consent from 2025-04-15: not throughout April
    [InlineData("JC-LATE", 2025, 5, true)]
    [InlineData("JC-ENDS", 2025, 4, false)] // consent ends 2025-04-20
    [InlineData("JC-ENDS", 2025, 3, true)]
    [InlineData("JC-REVOKED", 2025, 4, false)] // yes, then no from 2025-04-02
    [InlineData("JC-REVOKED", 2025, 3, true)]
    public void ConsentsThroughout_TheWholeMonth_OrNoConsent(string? jobCentre, int year, int month, bool expected)
    {
        var register = ConsentRegister.Create(
        [
            new ConsentDecision("JC-YES", true, new LocalDate(2024, 1, 10), null),
            new ConsentDecision("JC-NO", false, new LocalDate(2024, 1, 10), null),
            new ConsentDecision("JC-LATE", true, new LocalDate(2025, 4, 15), null),
            new ConsentDecision("JC-ENDS", true, new LocalDate(2024, 1, 10), new LocalDate(2025, 4, 20)),
            new ConsentDecision("JC-REVOKED", true, new LocalDate(2024, 1, 10), null),
            new ConsentDecision("JC-REVOKED", false, new LocalDate(2025, 4, 2), null),
        ]);

        register.ConsentsThroughout(jobCentre, new YearMonth(year, month)).ShouldBe(expected);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Draw_ExcludesSection16aCasesWithoutConsent_ByDefault_AndRecordsTheRegister()
    {
        var population = Population();

        var protocol = Sampler.Draw(population, PopulationItem.FrameFor(Register, April), SampleParameters.Create("TL-2025-04", 10), TestSeed, Commitment);

        var byKey = population.ToDictionary(p => p.Key);
        protocol.AllSelected().ShouldAllBe(s => !byKey[s.Key].Section16a || byKey[s.Key].JobCentre == "JC-YES");
        protocol.Excluded.Count.ShouldBe(population.Count(p => p.Section16a && p.JobCentre != "JC-YES"));
        protocol.Excluded.ShouldAllBe(e => e.Reason == SampleFrame.Section16aReason);
        var s16a = protocol.Section16a.ShouldNotBeNull();
        s16a.Rule.ShouldBe(Section16aSummary.ConsentRegisterRule);
        s16a.RegisterSha256.ShouldBe(Register.Digest);
        s16a.Month.ShouldBe("2025-04");
        s16a.Marked.ShouldBe(20);
        s16a.ExcludedPerUnit.Select(u => (u.Unit, u.Excluded)).ShouldBe([("TL-1", 6L), ("TL-2", 7L)]);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Draw_DefaultFrame_HasNoRegister_SoEverySection16aCaseIsExcluded()
    {
        var protocol = Sampler.Draw(Population(), PopulationItem.Frame, SampleParameters.Create("TL-2025-04", 10), TestSeed, Commitment);

        protocol.Excluded.Count.ShouldBe(20);
        protocol.Section16a!.RegisterDecisions.ShouldBe(0);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Draw_FrameThatSaysNothingAboutSection16a_Refused()
    {
        var frame = SampleFrame.Create<PopulationItem>(i => i.Key, i => i.Unit);

        Should.Throw<ArgumentException>(() => Sampler.Draw(Population(), frame, SampleParameters.Create("TL-2025-04", 10), TestSeed, Commitment))
            .Message.ShouldContain("§ 16a");
        var declared = Sampler.Draw(Population(), frame.WithoutSection16a("SGB III agency cases only"), SampleParameters.Create("TL-2025-04", 10), TestSeed, Commitment);
        declared.Section16a!.Rule.ShouldBe(Section16aSummary.NotApplicable);
        declared.Section16a.Reason.ShouldBe("SGB III agency cases only");
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Draw_RecordStatingConsentAgainstTheRegister_CountedAndTheRegisterDecides()
    {
        var population = Population();
        var frame = SampleFrame.Create<PopulationItem>(i => i.Key, i => i.Unit)
            .WithSection16a(i => i.Section16a, i => i.JobCentre, Register, April, statedConsent: _ => true);

        var protocol = Sampler.Draw(population, frame, SampleParameters.Create("TL-2025-04", 10), TestSeed, Commitment);

        protocol.Section16a!.StatedConsentDisagreements.ShouldBe(population.Count(p => p.JobCentre != "JC-YES"));
        protocol.Excluded.Count.ShouldBe(13);
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Verify_CaseDrawnAgainstTheRegister_ReportedAsSection16aDiscrepancy()
    {
        var population = Population();
        var frame = PopulationItem.FrameFor(Register, April);
        var protocol = Sampler.Draw(population, frame, SampleParameters.Create("TL-2025-04", 10), TestSeed, Commitment);
        var forbidden = protocol.Excluded.First(e => e.Unit == "TL-1").Key;
        var stratum = protocol.Units[0].Strata[0];
        var forged = protocol with
        {
            Units = [protocol.Units[0] with { Strata = [stratum with { Selected = [stratum.Selected[0] with { Key = forbidden }, .. stratum.Selected.Skip(1)] }] }, protocol.Units[1]],
        };

        var verification = Sampler.Verify(SampleProtocol.FromJson(forged.ToJson()), population, frame);

        verification.Discrepancies.ShouldContain(d => d.Kind == DiscrepancyKind.Section16a && d.Path == "units[0].strata[0].selected[0]" &&
            d.Message == "A § 16a case was drawn although the consent register gives no consent for its job centre in the month (S7).");
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Verify_DrawnWithoutTheRegister_EveryDrawnCaseAgainstItReported()
    {
        // A host that drew with a register granting consent to everyone; the real register says otherwise.
        var population = Population();
        var permissive = ConsentRegister.Create([.. new[] { "JC-YES", "JC-NO", "JC-MISSING" }.Select(j => new ConsentDecision(j, true, new LocalDate(2024, 1, 1), null))]);
        var protocol = Sampler.Draw(population, PopulationItem.FrameFor(permissive, April), SampleParameters.Create("TL-2025-04", 10), TestSeed, Commitment);
        var byKey = population.ToDictionary(p => p.Key);
        var against = protocol.AllSelected().Count(s => byKey[s.Key].Section16a && byKey[s.Key].JobCentre != "JC-YES");
        against.ShouldBeGreaterThan(0);

        var verification = Sampler.Verify(protocol, population, PopulationItem.FrameFor(Register, April));

        verification.Discrepancies.Count(d => d.Kind == DiscrepancyKind.Section16a && d.Path.StartsWith("units[", StringComparison.Ordinal)).ShouldBe(against);
        verification.Discrepancies.ShouldContain(d => d.Path == "section16a.registerSha256");
    }

    [Fact]
    [Trait("Rule", "S7")]
    public void Register_JsonAndCsv_SameDigest_DuplicatesAndUnknownMembersRefused()
    {
        var json = """
            { "format": "vkb-consent-16a/1", "decisions": [
              { "jobCentre": "96201", "consent": false, "decidedOn": "2024-11-20", "endsOn": null },
              { "jobCentre": "96202", "consent": true, "decidedOn": "2024-06-03", "endsOn": "2026-06-30" } ] }
            """;
        var csv = "jobCentre,consent,decidedOn,endsOn\n96202,yes,2024-06-03,2026-06-30\r\n96201,no,2024-11-20,\n";

        var fromJson = ConsentRegister.Parse(Encoding.UTF8.GetBytes(json));
        var fromCsv = ConsentRegister.Parse(Encoding.UTF8.GetBytes(csv));

        fromJson.Digest.ShouldBe(fromCsv.Digest);
        fromJson.ConsentsThroughout("96202", April).ShouldBeTrue();
        Should.Throw<FormatException>(() => ConsentRegister.Parse(Encoding.UTF8.GetBytes(json.Replace("\"consent\": false,", "\"consent\": false, \"consent\": true,", StringComparison.Ordinal))))
            .Message.ShouldBe("$.decisions[0].consent: the member occurs more than once.");
        Should.Throw<FormatException>(() => ConsentRegister.Parse(Encoding.UTF8.GetBytes(json.Replace("\"endsOn\": null", "\"endsOn\": null, \"note\": \"x\"", StringComparison.Ordinal))));
        Should.Throw<FormatException>(() => ConsentRegister.Parse(Encoding.UTF8.GetBytes(csv.Replace("yes", "maybe", StringComparison.Ordinal)))).Message.ShouldBe("line 2: consent must be yes or no.");
        Should.Throw<FormatException>(() => ConsentRegister.Parse(new byte[1024], maximumBytes: 100));
        Should.Throw<FormatException>(() => ConsentRegister.Parse(new byte[100]));
    }

    /// <summary>A population, a register and a month, all random.</summary>
    public sealed record RegisterCase(PopulationItem[] Population, ConsentDecision[] Decisions, YearMonth Month, int PerUnit);

    public static class RegisterArbitraries
    {
        private static readonly string[] JobCentres = ["J1", "J2", "J3", "J4"];

        public static Arbitrary<RegisterCase> RegisterCase()
        {
            var item =
                from k in Gen.Choose(0, 400)
                from u in Gen.Elements("TL-1", "TL-2", "TL-3")
                from s in Gen.Elements("a", "b")
                from marked in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
                from jc in Gen.Elements(JobCentres)
                select new PopulationItem("K" + k.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), u, s) { Section16a = marked, JobCentre = jc };
            var decision =
                from jc in Gen.Elements(JobCentres)
                from consent in Gen.Elements(true, false)
                from day in Gen.Choose(0, 500)
                from length in Gen.Choose(-1, 200)
                let decided = new LocalDate(2024, 6, 1).PlusDays(day)
                select new ConsentDecision(jc, consent, decided, length < 0 ? null : decided.PlusDays(length));
            return (from items in Gen.ArrayOf(item)
                    from decisions in Gen.ArrayOf(decision)
                    from month in Gen.Choose(0, 20)
                    from n in Gen.Choose(10, 30)
                    select new RegisterCase(items, decisions.DistinctBy(d => (d.JobCentre, d.DecidedOn)).ToArray(), new YearMonth(2024, 6).PlusMonths(month), n)).ToArbitrary();
        }
    }

    [Property(Arbitrary = [typeof(RegisterArbitraries)], MaxTest = 200)]
    [Trait("Rule", "S7")]
    public bool Draw_ForEveryPopulationRegisterAndPhase_NoDrawnCaseViolatesTheRegister(RegisterCase c)
    {
        var register = ConsentRegister.Create(c.Decisions);
        var protocol = Sampler.Draw(c.Population, PopulationItem.FrameFor(register, c.Month), SampleParameters.Create("TL", c.PerUnit, reserve: 2), TestSeed, Commitment);

        // Naive oracle, independent of the register's own lookup: walk every day of the month.
        bool Consents(string jobCentre) => c.Month.ToDateInterval().All(day =>
            c.Decisions.Where(d => d.JobCentre == jobCentre && d.DecidedOn <= day).MaxBy(d => d.DecidedOn) is { Consent: true } d && (d.EndsOn is null || d.EndsOn >= day));
        var violating = c.Population.Where(p => p.Section16a && !Consents(p.JobCentre!)).Select(p => (p.Unit, p.Key)).ToHashSet();
        return protocol.AllSelected().All(s => !violating.Contains(s)) &&
               protocol.Units.All(u => u.Strata.SelectMany(s => s.Reserve).All(r => !violating.Contains((u.Unit, r.Key)))) &&
               Sampler.Verify(protocol, c.Population, PopulationItem.FrameFor(register, c.Month)).IsValid;
    }
}
