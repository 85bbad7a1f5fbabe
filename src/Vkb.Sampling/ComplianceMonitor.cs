using System.Globalization;
using NodaTime;

namespace Vkb.Sampling;

/// <summary>A case assessed by a unit (a team lead's review, or head office's assessment for an RD).</summary>
/// <param name="Level">Who assessed.</param>
/// <param name="Unit">The team lead, or for head office the RD the case came from.</param>
/// <param name="Key">The record key.</param>
public sealed record AssessedCase(DrawLevel Level, string Unit, string Key);

/// <summary>Whether one rule holds for one unit in a month, with the figures and the reason.</summary>
/// <param name="Rule">The rule id: <c>S1</c>, <c>S2</c> or <c>S5</c>.</param>
/// <param name="Level">Team lead or head office (per RD).</param>
/// <param name="Unit">The team lead or RD.</param>
/// <param name="Holds">Whether the rule holds.</param>
/// <param name="Selected">Keys selected by the draw (after replacements).</param>
/// <param name="Eligible">Distinct eligible keys of the draw.</param>
/// <param name="Assessed">Distinct selected keys assessed; null when assessments were not given.</param>
/// <param name="Shortfall">How many fewer than the minimum were selected.</param>
/// <param name="Reason">An invariant sentence with counts, never keys.</param>
public sealed record ComplianceFinding(string Rule, DrawLevel Level, string Unit, bool Holds, long Selected, long Eligible, long? Assessed, long Shortfall, string Reason);

/// <summary>The compliance of one month's draws and assessments.</summary>
/// <param name="Month">The month.</param>
/// <param name="Findings">One finding per rule and unit, ordered by rule then unit.</param>
public sealed record ComplianceReport(YearMonth Month, IReadOnlyList<ComplianceFinding> Findings)
{
    /// <summary>Whether every finding holds.</summary>
    public bool AllHold => Findings.All(f => f.Holds);
}

/// <summary>
/// Checks, for a month's draws and assessments, per team lead whether S1 (at least 10 records
/// reviewed) and S2 (different customers) hold, and per RD whether head office's draw meets S5
/// (at least 10 RD-assessed cases, seed committed after the freeze). Where fewer than 10 records
/// were eligible, all must be taken: the finding holds and the reason says so.
/// </summary>
/// <remarks>Stateless; thread-safe.</remarks>
public static class ComplianceMonitor
{
    /// <summary>The minimum of S1 and S5.</summary>
    public const int Minimum = 10;

    /// <summary>Evaluates a month.</summary>
    /// <param name="month">The month.</param>
    /// <param name="teamLeadDraws">The team-lead protocols of the month (unit = team lead).</param>
    /// <param name="headOfficeDraws">The head-office protocols of the month (unit = RD).</param>
    /// <param name="assessments">The assessments made, or null to judge the draws alone.</param>
    /// <param name="expectedTeamLeads">Team leads that must have drawn; a missing one fails S1.</param>
    /// <param name="expectedRegionalDirectorates">RDs head office must have drawn for; a missing one fails S5.</param>
    /// <returns>The report.</returns>
    public static ComplianceReport Evaluate(
        YearMonth month,
        IEnumerable<SampleProtocol> teamLeadDraws,
        IEnumerable<SampleProtocol> headOfficeDraws,
        IEnumerable<AssessedCase>? assessments = null,
        IEnumerable<string>? expectedTeamLeads = null,
        IEnumerable<string>? expectedRegionalDirectorates = null)
    {
        Preconditions.CheckNotNull(teamLeadDraws);
        Preconditions.CheckNotNull(headOfficeDraws);
        var assessed = assessments?.ToList();
        var findings = new List<ComplianceFinding>();

        var tl = Units(teamLeadDraws);
        foreach (var missing in (expectedTeamLeads ?? []).Where(u => !tl.ContainsKey(u)).Distinct(StringComparer.Ordinal))
        {
            findings.Add(new ComplianceFinding("S1", DrawLevel.TeamLead, missing, false, 0, 0, null, Minimum, "No draw of the team lead this month."));
        }

        foreach (var (unit, (sample, _)) in tl)
        {
            var keys = sample.Strata.SelectMany(s => s.Selected).Select(k => k.Key).ToList();
            var eligible = sample.Strata.Sum(s => s.Eligible);
            var mine = assessed?.Where(a => a.Level == DrawLevel.TeamLead && string.Equals(a.Unit, unit, StringComparison.Ordinal)).Select(a => a.Key).ToList();
            findings.Add(Floor("S1", DrawLevel.TeamLead, unit, keys, eligible, mine, "records"));

            var distinctSelected = keys.Distinct(StringComparer.Ordinal).Count();
            var repeated = mine is null ? 0 : mine.Count - mine.Distinct(StringComparer.Ordinal).Count();
            var s2 = distinctSelected == keys.Count && repeated == 0;
            findings.Add(new ComplianceFinding(
                "S2", DrawLevel.TeamLead, unit, s2, keys.Count, eligible, mine?.Intersect(keys, StringComparer.Ordinal).Count(), 0,
                s2
                    ? Invariant($"{distinctSelected} different customers selected{(mine is null ? string.Empty : " and assessed once each")}.")
                    : Invariant($"{keys.Count - distinctSelected} repeated selections and {repeated} repeated assessments.")));
        }

        var ho = Units(headOfficeDraws);
        foreach (var missing in (expectedRegionalDirectorates ?? []).Where(u => !ho.ContainsKey(u)).Distinct(StringComparer.Ordinal))
        {
            findings.Add(new ComplianceFinding("S5", DrawLevel.HeadOffice, missing, false, 0, 0, null, Minimum, "No head-office draw for the RD this month."));
        }

        foreach (var (unit, (sample, protocol)) in ho)
        {
            var keys = sample.Strata.SelectMany(s => s.Selected).Select(k => k.Key).ToList();
            var eligible = sample.Strata.Sum(s => s.Eligible);
            var mine = assessed?.Where(a => a.Level == DrawLevel.HeadOffice && string.Equals(a.Unit, unit, StringComparison.Ordinal)).Select(a => a.Key).ToList();
            var finding = Floor("S5", DrawLevel.HeadOffice, unit, keys, eligible, mine, "RD-assessed cases");
            if (protocol.PopulationFrozenAt is not { } frozen || protocol.CommittedAt <= frozen)
            {
                finding = finding with { Holds = false, Reason = finding.Reason + " The seed was not committed after the RD-assessed population was frozen." };
            }

            findings.Add(finding);
        }

        return new ComplianceReport(month, findings.OrderBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Unit, StringComparer.Ordinal).ToList());
    }

    private static ComplianceFinding Floor(string rule, DrawLevel level, string unit, List<string> keys, long eligible, List<string>? assessedKeys, string what)
    {
        var selected = keys.Distinct(StringComparer.Ordinal).Count();
        var required = Math.Min(Minimum, eligible);
        var shortfall = Math.Max(0, Minimum - selected);
        long? assessed = assessedKeys?.Distinct(StringComparer.Ordinal).Intersect(keys, StringComparer.Ordinal).Count();
        if (selected < required)
        {
            return new ComplianceFinding(rule, level, unit, false, selected, eligible, assessed, shortfall,
                Invariant($"{selected} {what} selected although {eligible} were eligible; at least {required} required."));
        }

        if (assessed is { } a && a < selected)
        {
            return new ComplianceFinding(rule, level, unit, false, selected, eligible, assessed, shortfall,
                Invariant($"{selected - a} of {selected} selected {what} not assessed."));
        }

        var reason = eligible < Minimum
            ? Invariant($"Fewer than {Minimum} eligible {what} ({eligible}): all taken, shortfall {shortfall} reported.")
            : Invariant($"{selected} {what} selected{(assessed is null ? string.Empty : " and assessed")}.");
        return new ComplianceFinding(rule, level, unit, true, selected, eligible, assessed, shortfall, reason);
    }

    private static SortedDictionary<string, (UnitSample Sample, SampleProtocol Protocol)> Units(IEnumerable<SampleProtocol> protocols)
    {
        var result = new SortedDictionary<string, (UnitSample, SampleProtocol)>(StringComparer.Ordinal);
        foreach (var protocol in protocols)
        {
            Preconditions.CheckArgument(protocol is not null, "A protocol list may not contain null.", nameof(protocols));
            foreach (var unit in protocol.Units)
            {
                Preconditions.CheckArgument(result.TryAdd(unit.Unit, (unit, protocol)), "A unit appears in two protocols of one level and month.", nameof(protocols));
            }
        }

        return result;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
