using BenchmarkDotNet.Attributes;
using NodaTime;
using Vkb.Entitlements;

namespace Vkb.Benchmarks.Entitlements;

/// <summary>
/// Access decisions (E1, E5): <see cref="EntitlementView.Decide"/> (grants indexed by grantee)
/// against a naive scan of every grant, for 512 decisions per operation.
/// </summary>
[MemoryDiagnoser]
public class DecideBenchmark
{
    private const int Decisions = 512;
    private EntitlementView _view = null!;
    private (PrincipalId Principal, OrgUnit District, Instant Instant)[] _queries = null!;

    [Params(1_000, 10_000)]
    public int Grants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var options = new EntitlementsOptions { HeadOfficeCap = 1_000_000 };
        options.Directives.Clear();
        options.Directives.Add(Directive.Create("bench", "uncapped", new LocalDate(2020, 1, 1), null, 1_000_000));
        var policy = EntitlementPolicy.Create(options);
        var store = new InMemoryGrantStore();
        var service = new GrantService(store, policy, SystemClock.Instance, LedgerKey.Generate());
        var units = policy.RegionalDirectorates.Append(OrgUnit.HeadOffice).ToArray();
        var approver = PrincipalId.Create("approver");
        var manager = PrincipalId.Create("manager");
        var start = new LocalDate(2025, 1, 1);
        var admin = PrincipalId.Create("admin");
        service.AssignRoleAsync(OrgUnit.HeadOffice, manager, UnitRole.LineManager, start.PlusDays(-1), admin).GetAwaiter().GetResult();
        foreach (var unit in units)
        {
            service.AssignRoleAsync(unit, approver, UnitRole.SpecialApprover, start.PlusDays(-1), admin).GetAwaiter().GetResult();
        }

        for (var i = 0; i < Grants; i++)
        {
            var from = start.PlusDays(i % 1095);
            var request = new GrantRequest(PrincipalId.Create($"p{i % (Grants / 4)}"), units[i % units.Length], from, from.PlusDays(6), manager, start.PlusDays(-1));
            var id = service.RequestAsync(request).GetAwaiter().GetResult().GrantId!;
            if (i % 5 != 0)
            {
                service.ApproveAsync(id, approver, start).GetAwaiter().GetResult();
            }
        }

        _view = service.GetViewAsync().GetAwaiter().GetResult();
        var random = new Random(42);
        _queries = Enumerable.Range(0, Decisions)
            .Select(_ => (PrincipalId.Create($"p{random.Next(Grants / 4)}"), policy.RegionalDirectorates[random.Next(10)],
                Instant.FromUtc(2025, 1, 1, 12, 0).Plus(Duration.FromDays(random.Next(1100)))))
            .ToArray();
    }

    [Benchmark(Baseline = true)]
    public int NaiveScan()
    {
        var allowed = 0;
        foreach (var (principal, district, instant) in _queries)
        {
            var date = _view.Policy.DateOf(instant);
            foreach (var grant in _view.Grants)
            {
                if (grant.Grantee == principal && grant.IsActiveOn(date) && (grant.Unit.IsHeadOffice || grant.Unit == district))
                {
                    allowed++;
                    break;
                }
            }
        }

        return allowed;
    }

    [Benchmark]
    public int Decide()
    {
        var allowed = 0;
        foreach (var (principal, district, instant) in _queries)
        {
            if (_view.Decide(principal, AccessAction.ReadCase, district, instant).IsAllowed)
            {
                allowed++;
            }
        }

        return allowed;
    }
}
