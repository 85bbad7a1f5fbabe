using System.Globalization;
using Vkb.Entitlements;
using Vkb.Entitlements.Sqlite;
using Vkb.Entitlements.Tests.Support;

namespace Vkb.Entitlements.Sqlite.Tests;

/// <summary>
/// Entry point when the test assembly runs as a separate process:
/// <c>dotnet Vkb.Entitlements.Sqlite.Tests.dll approve-worker DB GO-FILE ATTEMPTS OFFSET IDS...</c>
/// writes GO-FILE.OFFSET.ready, waits for a line on stdin, then runs ATTEMPTS parallel approvals over IDS and prints how many were accepted and decided.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length < 5 || args[0] != "approve-worker")
        {
            await Console.Error.WriteLineAsync("usage: approve-worker DB GO-FILE ATTEMPTS OFFSET IDS...");
            return 2;
        }

        var attempts = int.Parse(args[3], CultureInfo.InvariantCulture);
        var offset = int.Parse(args[4], CultureInfo.InvariantCulture);
        var ids = args.Skip(5).Select(GrantId.Parse).ToList();
        using var store = SqliteGrantStore.Open(args[1]);
        var services = Enumerable.Range(0, 4).Select(_ => Scenario.NewService(store, Scenario.Policy())).ToList();
        // Warm up (JIT, connection pool) on another unit so both processes start the race equally fast.
        var warmUp = await services[0].RequestAsync(Scenario.Request(900 + offset, Scenario.By, new NodaTime.LocalDate(2025, 6, 1), new NodaTime.LocalDate(2025, 6, 30)));
        await services[1].ApproveAsync(warmUp.GrantId!, Scenario.Approver, new NodaTime.LocalDate(2025, 5, 25));
        await File.WriteAllTextAsync(args[2] + "." + offset.ToString(CultureInfo.InvariantCulture) + ".ready", "ready");
        await Console.In.ReadLineAsync(); // the start signal: the test writes a line to every worker at once

        var rotated = ids.Skip(offset % ids.Count).Concat(ids.Take(offset % ids.Count)).ToList();
        var results = await Scenario.ApproveInParallelAsync(services, rotated, attempts, new NodaTime.LocalDate(2025, 5, 25));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{results.Count(r => r.IsAccepted)} {results.Count}"));
        return 0;
    }
}
