using System.CommandLine;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using Vkb.Cli.Demo;

namespace Vkb.Cli.Commands;

/// <summary><c>vkb demo</c>: the whole monthly cycle on built-in synthetic data.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<DirectoryInfo>("--out")
        {
            Description = "Folder for every artefact (created; files of an earlier run are replaced).",
            DefaultValueFactory = _ => new DirectoryInfo("vkb-demo"),
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the synthetic data and of every draw; the same seed repeats the run.",
            DefaultValueFactory = _ => 20250401UL,
        };
        var scale = new Option<string>("--scale")
        {
            Description = "Size of the synthetic extract: small (about 3,000 records), medium (about 50,000) or large (about 300,000).",
            DefaultValueFactory = _ => "small",
        };
        scale.AcceptOnlyFromAmong("small", "medium", "large");
        var month = new Option<string?>("--month")
        {
            Description = "Review month as YYYY-MM (default: the synthetic data's review month). Months from 2025-03 fall under Weisung 202503002.",
        };

        var command = new Command("demo", CliOptions.WithExample(
            "Runs the monthly VKB cycle end to end on synthetic data: announce the phase and the § 16a consent register (announcements/), generate, team-lead draws, pseudonymised and signed extract with sealed " +
            "re-identification kits, one draw per RD and the head-office draw, capped grants in a SQLite ledger, access decisions, assessments, findings, " +
            "calibration, and verification of every artefact. Writes report.html (open it in a browser) and summary.json. " +
            "Exit code 0 only if every verification passed.",
            "vkb demo",
            "vkb demo --out ./vkb-demo --seed 7 --scale medium --month 2025-06"))
        {
            output, seed, scale, month,
        };

        command.SetAction(async (parseResult, cancellationToken) =>
        {
            YearMonth? reviewMonth = null;
            if (parseResult.GetValue(month) is { } text)
            {
                var parsed = YearMonthPattern.Iso.Parse(text);
                if (!parsed.Success)
                {
                    throw new CliException("--month: expected YYYY-MM, e.g. 2025-06.");
                }

                reviewMonth = parsed.Value;
            }

            var options = new DemoOptions(parseResult.GetValue(output)!, parseResult.GetValue(seed), parseResult.GetValue(scale)!, reviewMonth);
            var summary = await new DemoRunner(options, context).RunAsync(cancellationToken);
            await WriteClosingSummaryAsync(context.Out, options, summary);
            return summary.AllVerified ? ExitCodes.Success : ExitCodes.Failure;
        });
        return command;
    }

    private static async Task WriteClosingSummaryAsync(TextWriter output, DemoOptions options, DemoSummary summary)
    {
        var dir = options.OutputDirectory.FullName;
        var failed = summary.Verification.Where(v => !v.Passed).ToList();
        var text = string.Create(CultureInfo.InvariantCulture, $"""
            VKB monthly cycle {summary.Run.Month} ({summary.Run.Scale}, seed {summary.Run.Seed}) in {summary.Run.DurationSeconds:F1} s
              generated        {summary.Run.GeneratedRecords:N0} records in {summary.Run.JobCentres} job centres of {summary.Run.RegionalDirectorates} RDs
              team-lead draws  {summary.Draws.Where(d => d.Level == DemoLevel.TeamLead).Sum(d => d.Selected):N0} cases flagged by {summary.TeamLeadCompliance.Sum(t => t.TeamLeads)} team leads in {summary.TeamLeadCompliance.Count} job centres ({summary.TeamLeadCompliance.Sum(t => t.Reached)} reached 10)
              extract          {summary.Privacy.RecordsWritten:N0} pseudonymised records, {summary.Privacy.KitsSealed} sealed kits, policy {summary.Privacy.PolicyId}
              RD draws         {summary.Draws.Where(d => d.Level == DemoLevel.RegionalDirectorate).Sum(d => d.Selected):N0} cases in {summary.Draws.Count(d => d.Level == DemoLevel.RegionalDirectorate)} district draws; head office {summary.Draws.Where(d => d.Level == DemoLevel.HeadOffice).Sum(d => d.Selected):N0}
              grants           {summary.Entitlements.Units.Sum(u => u.Holders)} holders, {summary.Entitlements.Refusals.Count} refused; reads allowed {summary.Entitlements.AccessAllowed:N0}, denied {summary.Entitlements.AccessDenied:N0}
              verification     {summary.Verification.Count(v => v.Passed)}/{summary.Verification.Count} checks passed
            Report:  {Path.Combine(dir, "report.html")}
            Summary: {Path.Combine(dir, "summary.json")}
            """);
        await output.WriteLineAsync(text);
        foreach (var check in failed)
        {
            await output.WriteLineAsync($"FAILED: {check.Name}: {check.Detail}");
        }
    }
}
