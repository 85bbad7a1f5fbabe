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
    internal const string Reason16a = "§ 16a SGB II: municipal integration services without the consent of the carriers' assembly (S7)";

    internal const string ReasonNoCatalogue = "no catalogue of the case's customer process is in force (C1, C2)";

    /// <summary>One record as a team lead's draw sees it: keys are pseudonyms, so the protocol holds no personal data.</summary>
    private sealed record TeamLeadCase(string Key, string CustomerNumber, string TeamLead, string JobCentre, string RegionalDirectorate, string Stratum, bool Excluded16a, string Process, bool NoCatalogue);

    /// <summary>The outcome of the team-lead step: which customers are flagged, with which verdict.</summary>
    private sealed record TeamLeadOutcome(IReadOnlyDictionary<string, ProcessVerdict> FlaggedByCustomerNumber, IReadOnlyList<Assessment> Assessments);

    private static SampleFrame<TeamLeadCase> TeamLeadFrame(SampleHistory history, YearMonth month) =>
        SampleFrame.Create<TeamLeadCase>(c => c.Key, c => c.TeamLead, c => c.Stratum)
            .ExcludeWhen(Reason16a, c => c.Excluded16a)
            .ExcludeWhen(ReasonNoCatalogue, c => c.NoCatalogue && !c.Excluded16a)
            .ExcludeSampledInPreviousMonths(history, month, DemoOptions.ExcludedPreviousMonths);

    /// <summary>
    /// Step 2: every team lead draws at least ten distinct records of the team (S1–S3), § 16a cases
    /// of job centres without consent excluded (S7), records drawn in the two previous months
    /// excluded (S2 across months). The earlier months are drawn first, the same way, to build
    /// that history. Then the team leads assess their cases and flag them.
    /// </summary>
    private TeamLeadOutcome DrawAndAssessAtTeamLevel(Pseudonymizer pseudonymizer, CatalogRegistry catalogs, AssessmentSimulator simulator)
    {
        using var progress = Step("Team-lead draws");
        var cases = new List<TeamLeadCase>();
        var date = _month.OnDayOfMonth(Math.Min(20, _month.ToDateInterval().Length));
        foreach (var record in _generator.Generate())
        {
            cases.Add(new TeamLeadCase(
                pseudonymizer.Pseudonymize(PseudonymDomain.Customer, _phase, record.CustomerNumber).Value,
                record.CustomerNumber,
                pseudonymizer.Pseudonymize(PseudonymDomain.Staff, _phase, record.TeamLeadId).Value,
                record.UnitId,
                record.RegionalDirectorate,
                record.CustomerGroup,
                record.MunicipalServices16a && !record.JobCentreConsents16a,
                record.CustomerProcess,
                !simulator.CanAssess(catalogs, record.CustomerProcess, record.RegionalDirectorate, date)));
            progress.Report(cases.Count, _shape.TotalRecords);
        }

        var flagged = new Dictionary<string, ProcessVerdict>(StringComparer.Ordinal);
        var assessments = new List<Assessment>();
        foreach (var jobCentre in cases.GroupBy(c => c.JobCentre).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var population = jobCentre.ToList();
            var history = new SampleHistory();
            for (var back = DemoOptions.ExcludedPreviousMonths; back >= 1; back--)
            {
                var earlier = _month.PlusMonths(-back);
                var earlierId = $"tl-{jobCentre.Key}-{earlier:yyyy-MM}";
                var earlierSeed = SeedFor(earlierId);
                var earlierProtocol = Sampler.Draw(population, TeamLeadFrame(history, earlier), SampleParameters.Create(earlierId, DemoOptions.TeamLeadSampleSize), earlierSeed, SeedCommitment.Create(earlierSeed, _context.Clock));
                history.Add(earlier, earlierProtocol);
            }

            var drawId = $"tl-{jobCentre.Key}-{_month:yyyy-MM}";
            var seed = SeedFor(drawId);
            var commitment = SeedCommitment.Create(seed, _context.Clock);
            var frame = TeamLeadFrame(history, _month);
            var parameters = SampleParameters.Create(drawId, DemoOptions.TeamLeadSampleSize);
            var protocol = Sampler.Draw(population, frame, parameters, seed, commitment);
            var verification = Sampler.Verify(protocol, population, frame);
            var protocolPath = WriteProtocol(protocol, "teamleitung", population.Select(c => new PopulationLine(c.Key, c.TeamLead, c.Stratum, c.Excluded16a ? Reason16a : c.NoCatalogue ? ReasonNoCatalogue : null)));
            var rd = population[0].RegionalDirectorate;
            RecordDraw(DemoLevel.TeamLead, jobCentre.Key + " (" + rd + ")", protocol, protocolPath, verification);

            var byKey = population.ToDictionary(c => c.Key, StringComparer.Ordinal);
            foreach (var (_, key) in protocol.AllSelected())
            {
                var assessment = simulator.Simulate(catalogs, byKey[key].Process, key, key, AssessmentLevel.TeamLead, rd, date);
                assessments.Add(assessment);
                flagged[byKey[key].CustomerNumber] = assessment.Verdict!.Value;
            }
        }

        return new TeamLeadOutcome(flagged, assessments);
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
