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
        var service = NewService(store, Scenario.Policy());
        await RequestMonthAsync(service, Nrw, June2025, 2);
        var events = await store.ReadAsync("NRW", 0);
        events.Count.ShouldBe(5); // 3 role events, 2 requests
        var stale = new StoredEvent("NRW", 2, events[1].Payload, events[0].Hash, events[1].Hash);
        (await store.TryAppendAsync(stale, 1)).ShouldBeFalse();
        (await store.ReadAsync("NRW", 0)).Count.ShouldBe(5);
    }

    [Fact]
    public async Task Triggers_UpdateOrDeleteOfEvents_Refused()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        await RequestMonthAsync(NewService(store, Scenario.Policy()), Nrw, June2025, 1);
        Should.Throw<SqliteException>(() => Execute(DbPath, "UPDATE ledger_events SET payload = 'x'")).Message.ShouldContain("append-only");
        Should.Throw<SqliteException>(() => Execute(DbPath, "DELETE FROM ledger_events")).Message.ShouldContain("append-only");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task Scenario_SequentialOnSqlite_MatchesCapsAndReplays()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        var service = NewService(store, Scenario.Policy());
        var june24 = await RequestMonthAsync(service, Nrw, new YearMonth(2024, 6), 20);
        (await ApproveAllAsync(service, june24, new LocalDate(2024, 5, 25))).Count(d => d.IsAccepted).ShouldBe(6);
        var feb25 = await RequestMonthAsync(service, By, new YearMonth(2025, 2), 20);
        var refused = await ApproveAllAsync(service, feb25, new LocalDate(2025, 1, 25));
        refused.ShouldAllBe(d => d.Code == DecisionCode.NoDirectiveInForce);

        using var reopened = SqliteGrantStore.Open(DbPath);
        var replayed = await GrantService.ReplayAsync(reopened, Scenario.Policy(), Key);
        Describe(replayed).ShouldBe(Describe(await service.GetViewAsync()));
        replayed.WhoHeld(Nrw, new LocalDate(2024, 6, 15)).Holders.Count.ShouldBe(6);
        replayed.WhoHeld(Nrw, new LocalDate(2024, 6, 15)).Directive!.Id.ShouldBe("202202014");

        // The roles table is replayed from the same file: 1 head-office line manager, 3 special approvers in each of NRW, BY and HO.
        replayed.Roles.Count.ShouldBe(10);
        replayed.HoldsRole(Approver, UnitRole.SpecialApprover, By, new LocalDate(2025, 1, 25)).ShouldBeTrue();
        replayed.HoldsRole(Manager, UnitRole.LineManager, OrgUnit.HeadOffice, new LocalDate(2024, 5, 1)).ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveInParallel_SeparateConnections_ExactlyTwelve()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        var services = Enumerable.Range(0, 8)
            .Select(_ => NewService(SqliteGrantStore.Open(DbPath), Scenario.Policy()))
            .ToList();
        var ids = await RequestMonthAsync(services[0], Nrw, June2025, 20);
        var results = await ApproveInParallelAsync(services, ids, 64, new LocalDate(2025, 5, 25));
        results.Count(r => r.IsAccepted).ShouldBe(12);
        var replayed = await GrantService.ReplayAsync(store, Scenario.Policy(), Key);
        replayed.Grants.Count(g => g.Status == GrantStatus.Approved).ShouldBe(12);
        (await services[3].VerifyAsync()).IsValid.ShouldBeTrue();
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task ApproveInParallel_TwoProcessesOnOneFile_ExactlyTwelve()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        var service = NewService(store, Scenario.Policy());
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
        var replayed = await GrantService.ReplayAsync(store, Scenario.Policy(), Key);
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
        var service = NewService(store, Scenario.Policy());
        var ids = await RequestMonthAsync(service, Nrw, June2025, 3);
        await ApproveAllAsync(service, ids, new LocalDate(2025, 5, 25));
        (await service.VerifyAsync()).IsValid.ShouldBeTrue();

        // An attacker with file access drops the trigger and edits one event.
        Execute(DbPath, "DROP TRIGGER ledger_events_no_update; UPDATE ledger_events SET payload = replace(payload, '2025-06-30', '2025-12-31') WHERE unit = 'NRW' AND seq = 5");
        var result = await service.VerifyAsync();
        result.IsValid.ShouldBeFalse();
        result.Problems.ShouldHaveSingleItem().Kind.ShouldBe(LedgerProblemKind.Changed);
        result.Problems[0].Sequence.ShouldBe(5);
    }

    [Fact]
    public async Task VerifyAsync_EventDeletedFromTheFile_Detected()
    {
        using var store = SqliteGrantStore.Open(DbPath);
        var service = NewService(store, Scenario.Policy());
        await RequestMonthAsync(service, Nrw, June2025, 3);
        Execute(DbPath, "DROP TRIGGER ledger_events_no_delete; DELETE FROM ledger_events WHERE unit = 'NRW' AND seq = 2");
        (await service.VerifyAsync()).Problems.ShouldContain(p => p.Kind == LedgerProblemKind.Removed);
    }

    [Fact]
    public async Task AddVkbEntitlementsSqlite_ResolvesServiceOnTheFile()
    {
        var keyPath = Path.Combine(_directory, "ledger.key");
        await File.WriteAllTextAsync(keyPath, Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(Scenario.Clock);
        services.AddVkbEntitlementsSqlite(DbPath, keyPath);
        await using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<GrantService>();
        provider.GetRequiredService<LedgerKey>().Fingerprint.ShouldBe(Key.Fingerprint);
        SeedRoles(service);
        (await service.RequestAsync(Request(1, Nrw, new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)))).IsAccepted.ShouldBeTrue();
        provider.GetRequiredService<IGrantStore>().ShouldBeOfType<SqliteGrantStore>();
        File.Exists(DbPath).ShouldBeTrue();
    }

    /// <summary>A ledger with roles, approvals and a rejection, closed so that the file holds everything.</summary>
    private async Task<byte[]> WrittenLedgerAsync()
    {
        using (var store = SqliteGrantStore.Open(DbPath))
        {
            var service = NewService(store, Scenario.Policy());
            var ids = await RequestMonthAsync(service, Nrw, June2025, 4);
            await ApproveAllAsync(service, ids.Take(3), new LocalDate(2025, 5, 25));
            await service.RejectAsync(ids[3], Approver, new LocalDate(2025, 5, 25), "not needed");
        }

        SqliteConnection.ClearAllPools();
        return await File.ReadAllBytesAsync(DbPath);
    }

    private static async Task<LedgerVerification> VerifyReadOnlyAsync(string path)
    {
        using var store = SqliteGrantStore.OpenReadOnly(path);
        return await new GrantService(store, Scenario.Policy(), Scenario.Clock, Key).VerifyAsync();
    }

    [Fact]
    public async Task OpenReadOnly_IntactLedger_VerifiesWithoutWritingTheFile()
    {
        var before = await WrittenLedgerAsync();
        var result = await VerifyReadOnlyAsync(DbPath);
        result.IsValid.ShouldBeTrue(string.Join("; ", result.Problems));
        result.EventCount.ShouldBe(18);
        SqliteConnection.ClearAllPools();
        (await File.ReadAllBytesAsync(DbPath)).ShouldBe(before);
        using var store = SqliteGrantStore.OpenReadOnly(DbPath);
        store.IsReadOnly.ShouldBeTrue();
        await Should.ThrowAsync<InvalidOperationException>(() => store.TryAppendAsync(new StoredEvent("NRW", 19, "{}", "x", "y"), 18));
    }

    [Fact]
    public async Task OpenReadOnly_EmptyFile_NotALedger_StaysEmpty()
    {
        await File.WriteAllBytesAsync(DbPath, []);
        Should.Throw<InvalidDataException>(() => SqliteGrantStore.OpenReadOnly(DbPath)).Message.ShouldContain("empty");
        new FileInfo(DbPath).Length.ShouldBe(0);
    }

    [Fact]
    public void OpenReadOnly_ForeignSqliteDatabase_NotALedger()
    {
        Execute(DbPath, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'Erika Mustermann')");
        SqliteConnection.ClearAllPools();
        var ex = Should.Throw<InvalidDataException>(() => SqliteGrantStore.OpenReadOnly(DbPath));
        ex.Message.ShouldContain("not a grants ledger");
        ex.Message.ShouldNotContain("Erika");
        Should.Throw<InvalidDataException>(() => SqliteGrantStore.Open(DbPath)).Message.ShouldContain("not a grants ledger");
    }

    [Fact]
    public async Task OpenReadOnly_DroppedTable_Refused()
    {
        await WrittenLedgerAsync();
        Execute(DbPath, "DROP TABLE ledger_events");
        SqliteConnection.ClearAllPools();
        Should.Throw<InvalidDataException>(() => SqliteGrantStore.OpenReadOnly(DbPath)).Message.ShouldContain("ledger table is missing");
    }

    [Fact]
    public async Task OpenReadOnly_ZeroedPage_ReportedAsCorrupt()
    {
        var bytes = await WrittenLedgerAsync();
        var pageSize = (bytes[16] << 8) | bytes[17];
        bytes.Length.ShouldBeGreaterThan(pageSize);
        Array.Clear(bytes, pageSize, pageSize); // page 2: the ledger table's root
        await File.WriteAllBytesAsync(DbPath, bytes);
        Should.Throw<InvalidDataException>(() => SqliteGrantStore.OpenReadOnly(DbPath)).Message.ShouldContain("corrupt");
    }

    [Fact]
    public async Task OpenReadOnly_FlippedByteAnywhere_CorruptOrTampered_NeverAnUnhandledError()
    {
        var original = await WrittenLedgerAsync();
        var detected = 0;
        for (var position = 100; position < original.Length; position += 97)
        {
            var bytes = (byte[])original.Clone();
            bytes[position] ^= 0x20;
            await File.WriteAllBytesAsync(DbPath, bytes);
            SqliteConnection.ClearAllPools();
            try
            {
                var result = await VerifyReadOnlyAsync(DbPath);
                if (!result.IsValid)
                {
                    detected++;
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or NotSupportedException)
            {
                detected++;
            }
        }

        output.WriteLine($"{detected} flipped bytes detected");
        detected.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Open_UnkeyedVersionOneLedger_RefusedWithReason()
    {
        await WrittenLedgerAsync();
        Execute(DbPath, "PRAGMA user_version = 1");
        SqliteConnection.ClearAllPools();
        Should.Throw<NotSupportedException>(() => SqliteGrantStore.Open(DbPath)).Message.ShouldContain("unkeyed");
        Should.Throw<NotSupportedException>(() => SqliteGrantStore.OpenReadOnly(DbPath)).Message.ShouldContain("unkeyed");
    }

    [Fact]
    public async Task Open_NotSqliteAtAll_InvalidData()
    {
        await File.WriteAllTextAsync(DbPath, "this is a text file, not a database, and it is long enough to have a header.");
        Should.Throw<InvalidDataException>(() => SqliteGrantStore.Open(DbPath));
        SqliteConnection.ClearAllPools();
        Should.Throw<InvalidDataException>(() => SqliteGrantStore.OpenReadOnly(DbPath));
    }
}
