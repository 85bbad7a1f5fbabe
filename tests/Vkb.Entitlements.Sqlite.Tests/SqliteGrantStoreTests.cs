using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Sqlite;
using Vkb.Entitlements.Tests.Support;
using Xunit.Abstractions;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Sqlite.Tests;

public sealed class SqliteGrantStoreTests(ITestOutputHelper output) : IDisposable
{
    private static readonly YearMonth June2025 = new(2025, 6);
    private readonly string _directory = Directory.CreateTempSubdirectory("vkb-grants-").FullName;

    private string DbPath => Path.Combine(_directory, "ledger.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task Open_NewFile_CreatesVersionedWalSchema()
    {
        using (SqliteGrantStore.Open(DbPath))
        {
        }

        using var connection = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture).ShouldBe(SqliteGrantStore.SchemaVersion);
        command.CommandText = "PRAGMA journal_mode";
        ((string)(await command.ExecuteScalarAsync())!).ShouldBe("wal");
    }

    [Fact]
    public void Open_NewerSchema_Refused()
    {
        using (SqliteGrantStore.Open(DbPath))
        {
        }

        Execute(DbPath, "PRAGMA user_version = 7");
        SqliteConnection.ClearAllPools();
        Should.Throw<NotSupportedException>(() => SqliteGrantStore.Open(DbPath)).Message.ShouldContain("schema version 7");
    }

    [Fact]
    public async Task TryAppendAsync_StaleVersion_Conflicts()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        var service = new GrantService(store, Scenario.Policy(), FixedClock.Default);
        await RequestMonthAsync(service, Nrw, June2025, 2);
        var events = await store.ReadAsync("NRW", 0);
        var stale = new StoredEvent("NRW", 2, events[1].Payload, events[0].Hash, events[1].Hash);
        (await store.TryAppendAsync(stale, 1)).ShouldBeFalse();
        (await store.ReadAsync("NRW", 0)).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Triggers_UpdateOrDeleteOfEvents_Refused()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        await RequestMonthAsync(new GrantService(store, Scenario.Policy(), FixedClock.Default), Nrw, June2025, 1);
        Should.Throw<SqliteException>(() => Execute(DbPath, "UPDATE ledger_events SET payload = 'x'")).Message.ShouldContain("append-only");
        Should.Throw<SqliteException>(() => Execute(DbPath, "DELETE FROM ledger_events")).Message.ShouldContain("append-only");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task Scenario_SequentialOnSqlite_MatchesCapsAndReplays()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        var service = new GrantService(store, Scenario.Policy(), FixedClock.Default);
        var june24 = await RequestMonthAsync(service, Nrw, new YearMonth(2024, 6), 20);
        (await ApproveAllAsync(service, june24, new LocalDate(2024, 5, 25))).Count(d => d.IsAccepted).ShouldBe(6);
        var feb25 = await RequestMonthAsync(service, By, new YearMonth(2025, 2), 20);
        var refused = await ApproveAllAsync(service, feb25, new LocalDate(2025, 1, 25));
        refused.ShouldAllBe(d => d.Code == DecisionCode.NoDirectiveInForce);

        using var reopened = SqliteGrantStore.Open(DbPath);
        var replayed = await GrantService.ReplayAsync(reopened, Scenario.Policy());
        Describe(replayed).ShouldBe(Describe(await service.GetViewAsync()));
        replayed.WhoHeld(Nrw, new LocalDate(2024, 6, 15)).Holders.Count.ShouldBe(6);
        replayed.WhoHeld(Nrw, new LocalDate(2024, 6, 15)).Directive!.Id.ShouldBe("202202014");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveInParallel_SeparateConnections_ExactlyTwelve()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        var services = Enumerable.Range(0, 8)
            .Select(_ => new GrantService(SqliteGrantStore.Open(DbPath), Scenario.Policy(), FixedClock.Default))
            .ToList();
        var ids = await RequestMonthAsync(services[0], Nrw, June2025, 20);
        var results = await ApproveInParallelAsync(services, ids, 64, new LocalDate(2025, 5, 25));
        results.Count(r => r.IsAccepted).ShouldBe(12);
        var replayed = await GrantService.ReplayAsync(store, Scenario.Policy());
        replayed.Grants.Count(g => g.Status == GrantStatus.Approved).ShouldBe(12);
        (await services[3].VerifyAsync()).IsValid.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveInParallel_TwoProcessesOnOneFile_ExactlyTwelve()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        var service = new GrantService(store, Scenario.Policy(), FixedClock.Default);
        var ids = await RequestMonthAsync(service, Nrw, June2025, 20);
        var go = Path.Combine(_directory, "go");
        var workers = new[] { 0, 10 }.Select(offset => StartWorker(go, 32, offset, ids)).ToList();
        var ready = DateTime.UtcNow.AddSeconds(60);
        while (!(File.Exists(go + ".0.ready") && File.Exists(go + ".10.ready")) && DateTime.UtcNow < ready && workers.All(w => !w.HasExited))
        {
            await Task.Delay(5);
        }

        foreach (var worker in workers)
        {
            await worker.StandardInput.WriteLineAsync("go");
            await worker.StandardInput.FlushAsync();
        }

        var accepted = 0;
        foreach (var worker in workers)
        {
            var text = await worker.StandardOutput.ReadToEndAsync();
            output.WriteLine($"worker accepted/decided: {text.Trim()}");
            var error = await worker.StandardError.ReadToEndAsync();
            await worker.WaitForExitAsync();
            worker.ExitCode.ShouldBe(0, error);
            var counts = text.Trim().Split(' ').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            counts[1].ShouldBe(32, "every attempt of the worker was decided");
            accepted += counts[0];
            worker.Dispose();
        }

        accepted.ShouldBe(12);
        var replayed = await GrantService.ReplayAsync(store, Scenario.Policy());
        replayed.Grants.Count(g => g.Unit == Nrw && g.Status == GrantStatus.Approved).ShouldBe(12);
        replayed.WhoHeld(Nrw, new LocalDate(2025, 6, 15)).Holders.Count.ShouldBe(12);
        (await service.VerifyAsync()).IsValid.ShouldBeTrue();
    }

    private Process StartWorker(string goFile, int attempts, int offset, IReadOnlyList<GrantId> ids)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(Program).Assembly.Location, "approve-worker", DbPath, goFile, attempts.ToString(CultureInfo.InvariantCulture), offset.ToString(CultureInfo.InvariantCulture) }
                     .Concat(ids.Select(i => i.ToString())))
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("The worker process did not start.");
    }

    [Fact]
    public async Task VerifyAsync_EventChangedInTheFile_Detected()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        var service = new GrantService(store, Scenario.Policy(), FixedClock.Default);
        var ids = await RequestMonthAsync(service, Nrw, June2025, 3);
        await ApproveAllAsync(service, ids, new LocalDate(2025, 5, 25));
        (await service.VerifyAsync()).IsValid.ShouldBeTrue();

        // An attacker with file access drops the trigger and edits one event.
        Execute(DbPath, "DROP TRIGGER ledger_events_no_update; UPDATE ledger_events SET payload = replace(payload, '2025-06-30', '2025-12-31') WHERE unit = 'NRW' AND seq = 2");
        var result = await service.VerifyAsync();
        result.IsValid.ShouldBeFalse();
        result.Problems.ShouldHaveSingleItem().Kind.ShouldBe(LedgerProblemKind.Changed);
        result.Problems[0].Sequence.ShouldBe(2);
    }

    [Fact]
    public async Task VerifyAsync_EventDeletedFromTheFile_Detected()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        var service = new GrantService(store, Scenario.Policy(), FixedClock.Default);
        await RequestMonthAsync(service, Nrw, June2025, 3);
        Execute(DbPath, "DROP TRIGGER ledger_events_no_delete; DELETE FROM ledger_events WHERE unit = 'NRW' AND seq = 2");
        (await service.VerifyAsync()).Problems.ShouldContain(p => p.Kind == LedgerProblemKind.Removed);
    }

    [Fact]
    public async Task AddVkbEntitlementsSqlite_ResolvesServiceOnTheFile()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(FixedClock.Default);
        services.AddVkbEntitlementsSqlite(DbPath);
        await using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<GrantService>();
        (await service.RequestAsync(Request(1, Nrw, new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)))).IsAccepted.ShouldBeTrue();
        provider.GetRequiredService<IGrantStore>().ShouldBeOfType<SqliteGrantStore>();
        File.Exists(DbPath).ShouldBeTrue();
    }
}
