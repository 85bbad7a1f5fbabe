using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Vkb.Catalog;
using Vkb.Pseudonymization;
using Vkb.Sampling;
using Vkb.Synthetic;

namespace Vkb.Cli.Demo;

internal sealed partial class DemoRunner
{
    /// <summary>The exclusion reason of records drawn in the previous months (S2 across months).</summary>
    internal static readonly string RecentReason = $"sampled-in-previous-{DemoOptions.ExcludedPreviousMonths}-months";

    /// <summary>One record as a team lead's draw sees it: keys are pseudonyms, so the protocol holds no personal data.</summary>
    /// <remarks><c>JobCentre</c> is the case's unit: its job centre (SGB II) or employment agency (SGB III, never § 16a).</remarks>
    private sealed record TeamLeadCase(string Key, string CustomerNumber, string TeamLead, string JobCentre, string RegionalDirectorate, string Stratum, bool Marked16a, bool? StatedConsent, string Process);

    /// <summary>The outcome of the team-lead step: which customers are flagged, with which verdict.</summary>
    private sealed record TeamLeadOutcome(IReadOnlyDictionary<string, ProcessVerdict> FlaggedByCustomerNumber, IReadOnlyList<Assessment> Assessments);

    /// <summary>
    /// The team-lead frame: records drawn in the previous months excluded, then the § 16a rule of
    /// the library checked against the register for the draw month (S7). The order is the one
    /// <c>vkb sample</c> builds from the protocol's parameters, so <c>vkb verify-sample</c> re-checks it.
    /// </summary>
    private static SampleFrame<TeamLeadCase> TeamLeadFrame(HashSet<string> recent, ConsentRegister register, YearMonth month) =>
        SampleFrame.Create<TeamLeadCase>(c => c.Key, c => c.TeamLead, c => c.Stratum)
            .ExcludeWhen(RecentReason, c => recent.Contains(c.Key))
            .WithSection16a(c => c.Marked16a, c => c.JobCentre, register, month, c => c.StatedConsent);

    /// <summary>How <c>vkb verify-sample</c> reads the population file written beside a protocol (recorded in its parameters).</summary>
    private static Dictionary<string, JsonElement> ProtocolFields(bool stratified, bool recent, string? onlyUnit)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal)
        {
            ["keyField"] = JsonSerializer.SerializeToElement("key"),
            ["unitField"] = JsonSerializer.SerializeToElement("unit"),
            ["section16a"] = JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["markField"] = "section16a", ["jobCentreField"] = "jobCentre", ["statedConsentField"] = "consents16a" }),
        };
        if (stratified)
        {
            fields["stratumField"] = JsonSerializer.SerializeToElement("stratum");
        }

        if (recent)
        {
            fields["exclude"] = JsonSerializer.SerializeToElement(new[] { new { reason = RecentReason, when = new Dictionary<string, bool> { ["sampledRecently"] = true } } });
        }

        if (onlyUnit is not null)
        {
            fields["unit"] = JsonSerializer.SerializeToElement(onlyUnit);
        }

        return fields;
    }

    /// <summary>
    /// Step 2: every team lead draws at least ten distinct records of the team (S1–S3), § 16a cases
    /// excluded by the draw itself against the consent register (S7), records drawn in the two
    /// previous months excluded (S2 across months). The earlier months are drawn first, the same
    /// way, to build that history. Then the team leads assess their cases and flag them.
    /// Compliance is judged per job centre by <see cref="ComplianceMonitor"/> (R1: no row per team lead).
    /// </summary>
    private TeamLeadOutcome DrawAndAssessAtTeamLevel(Pseudonymizer pseudonymizer, CatalogRegistry catalogs, AssessmentSimulator simulator, ConsentRegister register)
    {
        using var progress = Step("Team-lead draws");
        var cases = new List<TeamLeadCase>();
        var date = _month.OnDayOfMonth(Math.Min(20, _month.ToDateInterval().Length));
        long read = 0;
        foreach (var record in _generator.Generate())
        {
            // The phase covers the customer processes whose catalogue is in force (C1, C2, S11):
            // a case of another process is not in the team lead's population.
            progress.Report(++read, _shape.TotalRecords);
            if (!simulator.CanAssess(catalogs, record.CustomerProcess, record.RegionalDirectorate, date))
            {
                continue;
            }

            cases.Add(new TeamLeadCase(
                pseudonymizer.Pseudonymize(PseudonymDomain.Customer, _phase, record.CustomerNumber).Value,
                record.CustomerNumber,
                pseudonymizer.Pseudonymize(PseudonymDomain.Staff, _phase, record.TeamLeadId).Value,
                record.UnitId,
                record.RegionalDirectorate,
                record.CustomerGroup,
                record.MunicipalServices16a,
                record.JobCentreConsents16a,
                record.CustomerProcess));
        }

        var flagged = new Dictionary<string, ProcessVerdict>(StringComparer.Ordinal);
        var assessments = new List<Assessment>();
        var draws = new List<JobCentreDraw>();
        var assessedCases = new List<AssessedCase>();
        var files = new Dictionary<string, (string Path, bool Verified, string Rd)>(StringComparer.Ordinal);
        foreach (var jobCentre in cases.GroupBy(c => c.JobCentre).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var population = jobCentre.ToList();
            var history = new SampleHistory();
            for (var back = DemoOptions.ExcludedPreviousMonths; back >= 1; back--)
            {
                var earlier = _month.PlusMonths(-back);
                var earlierId = $"tl-{jobCentre.Key}-{earlier:yyyy-MM}";
                var earlierSeed = SeedFor(earlierId);
                var earlierRecent = history.KeysSampledBetween(earlier.PlusMonths(-DemoOptions.ExcludedPreviousMonths), earlier.PlusMonths(-1)).ToHashSet(StringComparer.Ordinal);
                var earlierProtocol = Sampler.Draw(
                    population, TeamLeadFrame(earlierRecent, register, earlier), SampleParameters.Create(earlierId, DemoOptions.TeamLeadSampleSize), earlierSeed, SeedCommitment.Create(earlierSeed, _context.Clock));
                history.Add(earlier, earlierProtocol);
            }

            var recent = history.KeysSampledBetween(_month.PlusMonths(-DemoOptions.ExcludedPreviousMonths), _month.PlusMonths(-1)).ToHashSet(StringComparer.Ordinal);
            var drawId = $"tl-{jobCentre.Key}-{_month:yyyy-MM}";
            var seed = SeedFor(drawId);
            var commitment = SeedCommitment.Create(seed, _context.Clock);
            var frame = TeamLeadFrame(recent, register, _month);
            var parameters = SampleParameters.Create(drawId, DemoOptions.TeamLeadSampleSize, extensions: ProtocolFields(stratified: true, recent: true, onlyUnit: null));
            var protocol = Sampler.Draw(population, frame, parameters, seed, commitment);
            var verification = Sampler.Verify(protocol, population, frame);
            var protocolPath = WriteProtocol(
                protocol, "teamleitung",
                population.Select(c => new PopulationLine(c.Key, c.TeamLead, c.Stratum, c.Marked16a, c.JobCentre, c.StatedConsent, recent.Contains(c.Key))));
            var rd = population[0].RegionalDirectorate;
            CheckProtocol(protocol, verification);
            draws.Add(new JobCentreDraw(jobCentre.Key, protocol));
            files[jobCentre.Key] = (protocolPath, verification.IsValid, rd);

            var byKey = population.ToDictionary(c => c.Key, StringComparer.Ordinal);
            foreach (var (unit, key) in protocol.AllSelected())
            {
                var assessment = simulator.Simulate(catalogs, byKey[key].Process, key, key, AssessmentLevel.TeamLead, rd, date);
                assessments.Add(assessment);
                assessedCases.Add(new AssessedCase(DrawLevel.TeamLead, unit, key));
                flagged[byKey[key].CustomerNumber] = assessment.Verdict!.Value;
            }
        }

        RecordTeamLeadCompliance(draws, files, assessedCases);
        return new TeamLeadOutcome(flagged, assessments);
    }

    /// <summary>
    /// Team-lead compliance per job centre and month from <see cref="ComplianceMonitor"/> (R1): one
    /// summary row per job centre, never one per team lead.
    /// </summary>
    private void RecordTeamLeadCompliance(List<JobCentreDraw> draws, Dictionary<string, (string Path, bool Verified, string Rd)> files, List<AssessedCase> assessed)
    {
        var report = ComplianceMonitor.Evaluate(_month, draws, [], assessed);
        var byJobCentre = draws.ToDictionary(d => d.JobCentre, d => d.Protocol, StringComparer.Ordinal);
        foreach (var row in report.TeamLeads)
        {
            var protocol = byJobCentre[row.JobCentre];
            var (path, verified, rd) = files[row.JobCentre];
            var strata = protocol.Units.SelectMany(u => u.Strata).GroupBy(s => s.Stratum, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new StratumSummary(g.Key, (int)g.Sum(s => s.Eligible), (int)g.Sum(s => s.Allocated), g.Sum(s => s.Selected.Count))).ToList();
            _draws.Add(new DrawSummary(
                DemoLevel.TeamLead,
                protocol.DrawId,
                row.JobCentre + " (" + rd + ")",
                row.Summary,
                (int)protocol.Units.Sum(u => u.Requested),
                (int)protocol.Units.Sum(u => u.Selected),
                (int)row.TotalShortfall,
                strata,
                protocol.Excluded.GroupBy(e => e.Reason, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
                protocol.SeedCommitment,
                protocol.CommittedAt.ToString(),
                Relative(path),
                verified));
            _teamLeadCompliance.Add(new TeamLeadComplianceRow(
                row.JobCentre, rd, row.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), row.TeamLeads, row.Reached, row.ShortAllTaken, row.NotCompliant, row.TotalShortfall, row.BelowFloorReason, row.Summary));
        }

        Check("Teamleitungen je Jobcenter: mindestens 10 oder alle geeigneten (S1, S2, R1)", report.TeamLeads.All(t => t.Holds),
            $"{report.TeamLeads.Count} Jobcenter, {report.TeamLeads.Sum(t => t.TeamLeads)} Teamleitungen, {report.TeamLeads.Sum(t => t.Reached)} mit 10, " +
            $"{report.TeamLeads.Sum(t => t.ShortAllTaken)} mit weniger geeigneten Fällen (alle gezogen), {report.TeamLeads.Sum(t => t.NotCompliant)} nicht erfüllt");
    }

    /// <summary>
    /// Writes the operational extract the team leads' flags produce: the generated records with
    /// <c>review</c> set from the team-lead step. This file holds personal data: it stands for the
    /// operational system and never leaves the job centre in a real deployment.
    /// </summary>
    private string WriteFlaggedExtract(TeamLeadOutcome outcome)
    {
        using var progress = Step("Operational extract");
        var path = PathOf("operational", "extract.jsonl");
        var month = _month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        long count = 0;
        AtomicFile.Write(path, stream =>
        {
            var newline = "\n"u8.ToArray();
            foreach (var record in _generator.Generate())
            {
                var node = JsonNode.Parse(record.Json)!.AsObject();
                var flagged = outcome.FlaggedByCustomerNumber.TryGetValue(record.CustomerNumber, out var verdict);
                node["review"] = new JsonObject
                {
                    ["flagged"] = flagged,
                    ["month"] = month,
                    ["teamLeadVerdict"] = flagged ? (verdict == ProcessVerdict.GoalOriented ? "goalOriented" : "notGoalOriented") : null,
                };
                stream.Write(Encoding.UTF8.GetBytes(node.ToJsonString(RelaxedJson)));
                stream.Write(newline);
                progress.Report(++count, _shape.TotalRecords);
            }
        });
        Artefact(path, "Operativer Auszug (synthetisch, mit personenbezogenen Daten; verlässt das Jobcenter nicht)");
        return path;
    }
}
