using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Sqlite;

namespace Vkb.Benchmarks.Entitlements;

/// <summary>
/// Throughput of request + approval (two hash-chained appends, one cap check) on the SQLite store
/// (WAL, BEGIN IMMEDIATE, a fresh pooled connection per operation) against the in-memory store.
/// One operation = one request and its approval, each grant on its own day so the cap never binds.
/// </summary>
[MemoryDiagnoser]
public class SqliteApprovalBenchmark
{
    private static readonly PrincipalId Manager = PrincipalId.Create("manager");
    private static readonly PrincipalId Approver = PrincipalId.Create("approver");
    private static readonly LocalDate Start = new(2025, 3, 5);
    private string _directory = null!;
    private SqliteGrantStore _sqlite = null!;
    private GrantService _onSqlite = null!;
    private GrantService _inMemory = null!;
    private OrgUnit[] _units = null!;
    private int _counter;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("vkb-bench-grants-").FullName;
        _sqlite = SqliteGrantStore.Open(Path.Combine(_directory, "ledger.db"));
        var policy = EntitlementPolicy.Default;
        _units = [.. policy.RegionalDirectorates];
        _onSqlite = new GrantService(_sqlite, policy, SystemClock.Instance, LedgerKey.Generate());
        _inMemory = new GrantService(new InMemoryGrantStore(), policy, SystemClock.Instance, LedgerKey.Generate());
        foreach (var service in new[] { _onSqlite, _inMemory })
        {
            var admin = PrincipalId.Create("admin");
            service.AssignRoleAsync(OrgUnit.HeadOffice, Manager, UnitRole.LineManager, Start.PlusDays(-1), admin).GetAwaiter().GetResult();
            foreach (var unit in _units)
            {
                service.AssignRoleAsync(unit, Approver, UnitRole.SpecialApprover, Start.PlusDays(-1), admin).GetAwaiter().GetResult();
            }
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sqlite.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<GrantDecision> RequestAndApproveInMemory() => RequestAndApproveAsync(_inMemory);

    [Benchmark]
    public Task<GrantDecision> RequestAndApproveOnSqlite() => RequestAndApproveAsync(_onSqlite);

    private async Task<GrantDecision> RequestAndApproveAsync(GrantService service)
    {
        var n = Interlocked.Increment(ref _counter);
        var day = Start.PlusDays(n / _units.Length);
        var request = new GrantRequest(PrincipalId.Create($"p{n}"), _units[n % _units.Length], day, day, Manager, Start);
        var requested = await service.RequestAsync(request).ConfigureAwait(false);
        return await service.ApproveAsync(requested.GrantId!, Approver, Start).ConfigureAwait(false);
    }
}
