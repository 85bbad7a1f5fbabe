using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;

namespace Vkb.Entitlements.Tests;

public class VkbEntitlementsServiceCollectionExtensionsTests
{
    [Fact]
    [Trait("Rule", "E3")]
    public async Task AddVkbEntitlements_Configured_ResolvesServiceWithOptions()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(Scenario.Clock);
        services.AddVkbEntitlements(o => o.HeadOfficeCap = 5);
        using var provider = services.BuildServiceProvider();
        var service = provider.GetRequiredService<GrantService>();
        service.Policy.HeadOfficeCap.ShouldBe(5);
        provider.GetRequiredService<IGrantStore>().ShouldBeOfType<InMemoryGrantStore>();
        Scenario.SeedRoles(service);
        var ids = await Scenario.RequestMonthAsync(service, OrgUnit.HeadOffice, new YearMonth(2025, 6), 1);
        (await service.ApproveAsync(ids[0], Scenario.Approver, new LocalDate(2025, 5, 1))).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void AddVkbEntitlements_RegisteredStore_IsKept()
    {
        var services = new ServiceCollection();
        var store = new InMemoryGrantStore();
        services.AddSingleton<IGrantStore>(store);
        services.AddVkbEntitlements();
        services.AddVkbEntitlements();
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IGrantStore>().ShouldBeSameAs(store);
        services.Count(d => d.ServiceType == typeof(GrantService)).ShouldBe(1);
    }

    [Fact]
    public void AddVkbEntitlements_PersistentStoreWithoutKey_RefusesToGuessOne()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IGrantStore>(new ForeignStore());
        services.AddVkbEntitlements();
        using var provider = services.BuildServiceProvider();
        Should.Throw<InvalidOperationException>(() => provider.GetRequiredService<GrantService>()).Message.ShouldContain("LedgerKey");
    }

    [Fact]
    public void AddVkbEntitlements_InvalidOptions_FailValidationWithEveryProblem()
    {
        var services = new ServiceCollection();
        services.AddVkbEntitlements(o =>
        {
            o.HeadOfficeCap = -1;
            o.CarryOverDirectiveId = "unknown";
        });
        using var provider = services.BuildServiceProvider();
        var ex = Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<EntitlementsOptions>>().Value);
        ex.Failures.Count().ShouldBe(2);
    }

    /// <summary>Stands for any store that outlives the process (SQLite or a host's own).</summary>
    private sealed class ForeignStore : IGrantStore
    {
        public Task<IReadOnlyList<StoredEvent>> ReadAsync(string unitCode, long afterSequence, CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<StoredEvent>>([]);

        public Task<bool> TryAppendAsync(StoredEvent storedEvent, long expectedVersion, CancellationToken cancellationToken = default) => Task.FromResult(false);

        public Task<IReadOnlyList<string>> ListUnitsAsync(CancellationToken cancellationToken = default) => Task.FromResult<IReadOnlyList<string>>([]);
    }
}
