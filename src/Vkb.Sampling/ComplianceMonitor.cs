using System.Globalization;
using NodaTime;

namespace Vkb.Sampling;

/// <summary>A case assessed by a unit (a team lead's review, or head office's assessment for an RD).</summary>
/// <param name="Level">Who assessed.</param>
/// <param name="Unit">The team lead, or for head office the RD the case came from.</param>
/// <param name="Key">The record key.</param>
public sealed record AssessedCase(DrawLevel Level, string Unit, string Key);

/// <summary>The team-lead draw of one job centre in a month (units of the protocol are its team leads).</summary>
/// <param name="JobCentre">The job centre id.</param>
/// <param name="Protocol">The protocol; its units are the job centre's team leads.</param>
public sealed record JobCentreDraw(string JobCentre, SampleProtocol Protocol);

/// <summary>
/// Team-lead compliance with S1 and S2 of one job centre in one month, as counts only: no row,
/// id or figure of an individual team lead (R1), e.g. "28 of 30 team leads reached 10; 2 short,
/// total shortfall 7".
/// </summary>
/// <param name="JobCentre">The job centre.</param>
/// <param name="Month">The month.</param>
/// <param name="TeamLeads">Team leads of the job centre (drawn, or expected and missing).</param>
/// <param name="Reached">Team leads with at least 10 different records selected (and assessed, when assessments were given).</param>
/// <param name="ShortAllTaken">Team leads with fewer than 10 eligible records, all taken: compliant, the shortfall reported.</param>
/// <param name="NotCompliant">Team leads without a draw, with fewer selected than eligible allowed, with selected records not assessed, or with a repeated customer.</param>
/// <param name="TotalShortfall">The sum over the job centre's team leads of how many fewer than 10 were selected.</param>
/// <param name="BelowFloorReason">The documented reason when the job centre's draw asked for fewer than 10 per team lead; null otherwise.</param>
public sealed record TeamLeadCompliance(string JobCentre, YearMonth Month, int TeamLeads, int Reached, int ShortAllTaken, int NotCompliant, long TotalShortfall, string? BelowFloorReason)
{
    /// <summary>Whether every team lead of the job centre complies.</summary>
    public bool Holds => NotCompliant == 0;

    /// <summary>One sentence with the counts.</summary>
    /// <remarks>
    /// Formatted with <see cref="string.Format(IFormatProvider, string, object[])"/> rather than an
    /// interpolated-string handler: Stryker.NET cannot mutate a handler argument (CS1620), which
    /// took every mutant of this file out of the mutation run.
    /// </remarks>
    public string Summary => string.Format(
        CultureInfo.InvariantCulture,
        "{0} of {1} team leads reached {2}; {3} short, total shortfall {4}{5}; {6} not compliant.{7}",
        Reached,
        TeamLeads,
        ComplianceMonitor.Minimum,
        TeamLeads - Reached,
        TotalShortfall,
        ShortAllTaken > 0 ? string.Format(CultureInfo.InvariantCulture, " ({0} with fewer eligible records, all taken)", ShortAllTaken) : string.Empty,
        NotCompliant,
        BelowFloorReason is null ? string.Empty : " Below the floor by documented reason: " + BelowFloorReason);
}

/// <summary>Whether S5 holds for one RD in a month, with the figures and the reason.</summary>
/// <param name="Rule">The rule id, <c>S5</c>.</param>
/// <param name="Level">Head office (per RD).</param>
/// <param name="Unit">The RD.</param>
/// <param name="Holds">Whether the rule holds.</param>
/// <param name="Selected">Keys selected by the draw (after replacements).</param>
/// <param name="Eligible">Distinct eligible keys of the draw.</param>
/// <param name="Assessed">Distinct selected keys assessed; null when assessments were not given.</param>
/// <param name="Shortfall">How many fewer than the minimum were selected.</param>
/// <param name="Reason">An invariant sentence with counts, never keys.</param>
public sealed record ComplianceFinding(string Rule, DrawLevel Level, string Unit, bool Holds, long Selected, long Eligible, long? Assessed, long Shortfall, string Reason);

/// <summary>The compliance of one month's draws and assessments.</summary>
/// <param name="Month">The month.</param>
/// <param name="TeamLeads">S1/S2 per job centre, ordered by job centre: counts, never a row per team lead (R1).</param>
/// <param name="Findings">S5 per RD, ordered by RD.</param>
public sealed record ComplianceReport(YearMonth Month, IReadOnlyList<TeamLeadCompliance> TeamLeads, IReadOnlyList<ComplianceFinding> Findings)
{
    /// <summary>Whether every job centre's team leads and every RD's head-office draw comply.</summary>
    public bool AllHold => TeamLeads.All(t => t.Holds) && Findings.All(f => f.Holds);
}

/// <summary>
/// Checks a month's draws and assessments: per job centre how many team leads met S1 (at least 10
/// records reviewed, or all eligible when fewer) and S2 (different customers), reported as counts
/// only (R1); and per RD whether head office's draw meets S5 (at least 10 RD-assessed cases, seed
/// committed after the freeze).
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
public static class ComplianceMonitor
{
    /// <summary>The minimum of S1 and S5.</summary>
    public const int Minimum = 10;

    /// <summary>Evaluates a month.</summary>
    /// <param name="month">The month.</param>
    /// <param name="teamLeadDraws">The team-lead draws of the month, one or more per job centre (unit = team lead).</param>
    /// <param name="headOfficeDraws">The head-office protocols of the month (unit = RD).</param>
    /// <param name="assessments">The assessments made, or null to judge the draws alone.</param>
    /// <param name="expectedTeamLeads">Per job centre, the team leads that must have drawn; a missing one is not compliant.</param>
    /// <param name="expectedRegionalDirectorates">RDs head office must have drawn for; a missing one fails S5.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">A team lead appears in two job centres' draws, or an RD in two head-office protocols.</exception>
    public static ComplianceReport Evaluate(
        YearMonth month,
        IEnumerable<JobCentreDraw> teamLeadDraws,
        IEnumerable<SampleProtocol> headOfficeDraws,
        IEnumerable<AssessedCase>? assessments = null,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>>? expectedTeamLeads = null,
        IEnumerable<string>? expectedRegionalDirectorates = null)
    {
        Preconditions.CheckNotNull(teamLeadDraws);
        Preconditions.CheckNotNull(headOfficeDraws);
        var assessed = assessments?.ToList();
        var byUnit = assessed?.GroupBy(a => (a.Level, a.Unit)).ToDictionary(g => g.Key, g => g.Select(a => a.Key).ToList());
        List<string>? AssessedBy(DrawLevel level, string unit) => byUnit is null ? null : byUnit.GetValueOrDefault((level, unit)) ?? [];

        var draws = teamLeadDraws.ToList();
        var jobCentres = new SortedDictionary<string, List<(string TeamLead, UnitSample? Sample)>>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draw in draws)
        {
            Preconditions.CheckArgument(draw is not null, "A draw list may not contain null.", nameof(teamLeadDraws));
            var list = jobCentres.TryGetValue(draw!.JobCentre, out var l) ? l : jobCentres[draw.JobCentre] = [];
            if (draw.Protocol.Parameters.BelowFloorReason is { } reason)
            {
                reasons[draw.JobCentre] = reason;
            }

            foreach (var unit in draw.Protocol.Units)
            {
                Preconditions.CheckArgument(seen.Add(unit.Unit), "A team lead appears in two draws of one month.", nameof(teamLeadDraws));
                list.Add((unit.Unit, unit));
            }
        }

        foreach (var (jobCentre, teamLeads) in expectedTeamLeads ?? new Dictionary<string, IReadOnlyCollection<string>>())
        {
            var list = jobCentres.TryGetValue(jobCentre, out var l) ? l : jobCentres[jobCentre] = [];
            list.AddRange(teamLeads.Distinct(StringComparer.Ordinal).Where(t => !seen.Contains(t)).Select(t => (t, (UnitSample?)null)));
        }

        var perJobCentre = new List<TeamLeadCompliance>();
        foreach (var (jobCentre, teamLeads) in jobCentres)
        {
            int reached = 0, shortAllTaken = 0, notCompliant = 0;
            long shortfall = 0;
            foreach (var (teamLead, sample) in teamLeads)
            {
                if (sample is null)
                {
                    notCompliant++;
                    shortfall += Minimum;
                    continue;
                }

                var keys = sample.Strata.SelectMany(s => s.Selected).Select(k => k.Key).ToList();
                var distinct = keys.Distinct(StringComparer.Ordinal).Count();
                var eligible = sample.Strata.Sum(s => s.Eligible);
                var mine = AssessedBy(DrawLevel.TeamLead, teamLead);
                var assessedSelected = mine?.Distinct(StringComparer.Ordinal).Intersect(keys, StringComparer.Ordinal).Count();
                var repeated = mine is null ? 0 : mine.Count - mine.Distinct(StringComparer.Ordinal).Count();
                shortfall += Math.Max(0, Minimum - distinct);
                var complies = distinct == keys.Count && repeated == 0 && distinct >= Math.Min(Minimum, eligible) && (assessedSelected is null || assessedSelected == distinct);
                if (!complies)
                {
                    notCompliant++;
                }
                else if (distinct >= Minimum)
                {
                    reached++;
                }
                else
                {
                    shortAllTaken++;
                }
            }

            perJobCentre.Add(new TeamLeadCompliance(jobCentre, month, teamLeads.Count, reached, shortAllTaken, notCompliant, shortfall, reasons.GetValueOrDefault(jobCentre)));
        }

        var findings = new List<ComplianceFinding>();
        var ho = new SortedDictionary<string, (UnitSample Sample, SampleProtocol Protocol)>(StringComparer.Ordinal);
        foreach (var protocol in headOfficeDraws)
        {
            Preconditions.CheckArgument(protocol is not null, "A protocol list may not contain null.", nameof(headOfficeDraws));
            foreach (var unit in protocol!.Units)
            {
                Preconditions.CheckArgument(ho.TryAdd(unit.Unit, (unit, protocol)), "An RD appears in two head-office protocols of one month.", nameof(headOfficeDraws));
            }
        }

        foreach (var missing in (expectedRegionalDirectorates ?? []).Where(u => !ho.ContainsKey(u)).Distinct(StringComparer.Ordinal))
        {
            findings.Add(new ComplianceFinding("S5", DrawLevel.HeadOffice, missing, false, 0, 0, null, Minimum, "No head-office draw for the RD this month."));
        }

        foreach (var (unit, (sample, protocol)) in ho)
        {
            var finding = HeadOffice(unit, sample, AssessedBy(DrawLevel.HeadOffice, unit));
            if (protocol.PopulationFrozenAt is not { } frozen || protocol.CommittedAt <= frozen)
            {
                finding = finding with { Holds = false, Reason = finding.Reason + " The seed was not committed after the RD-assessed population was frozen." };
            }

            if (protocol.Parameters.BelowFloorReason is { } reason)
            {
                finding = finding with { Reason = finding.Reason + " Below the floor by documented reason: " + reason };
            }

            findings.Add(finding);
        }

        return new ComplianceReport(month, perJobCentre, findings.OrderBy(f => f.Unit, StringComparer.Ordinal).ToList());
    }

    private static ComplianceFinding HeadOffice(string unit, UnitSample sample, List<string>? assessedKeys)
    {
        var keys = sample.Strata.SelectMany(s => s.Selected).Select(k => k.Key).ToList();
        var eligible = sample.Strata.Sum(s => s.Eligible);
        var selected = keys.Distinct(StringComparer.Ordinal).Count();
        var required = Math.Min(Minimum, eligible);
        var shortfall = Math.Max(0, Minimum - selected);
        long? assessed = assessedKeys?.Distinct(StringComparer.Ordinal).Intersect(keys, StringComparer.Ordinal).Count();
        if (selected < required)
        {
            return new ComplianceFinding("S5", DrawLevel.HeadOffice, unit, false, selected, eligible, assessed, shortfall,
                Invariant($"{selected} RD-assessed cases selected although {eligible} were eligible; at least {required} required."));
        }

        if (assessed is { } a && a < selected)
        {
            return new ComplianceFinding("S5", DrawLevel.HeadOffice, unit, false, selected, eligible, assessed, shortfall,
                Invariant($"{selected - a} of {selected} selected RD-assessed cases not assessed."));
        }

        var reason = eligible < Minimum
            ? Invariant($"Fewer than {Minimum} eligible RD-assessed cases ({eligible}): all taken, shortfall {shortfall} reported.")
            : Invariant($"{selected} RD-assessed cases selected{(assessed is null ? string.Empty : " and assessed")}.");
        return new ComplianceFinding("S5", DrawLevel.HeadOffice, unit, true, selected, eligible, assessed, shortfall, reason);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
