using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Sqlite;
using Vkb.Entitlements.Tests.Support;

namespace Vkb.Entitlements.Sqlite.Tests;

/// <summary>The SQLite ledger is the store whichever registration comes first, and grants survive a restart.</summary>
public sealed class RegistrationOrderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vkb-order-").FullName;

    private string DbPath => Path.Combine(_directory, "ledger.db");

    private string KeyPath
    {
        get
        {
            var path = Path.Combine(_directory, "ledger.key");
            if (!File.Exists(path))
            {
                File.WriteAllText(path, Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));
            }

            return path;
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SqliteRegistration_WinsInEitherOrder_AndGrantsSurviveARestart(bool sqliteFirst)
    {
        var ids = await WithServiceAsync(sqliteFirst, async service =>
            await Scenario.RequestMonthAsync(service, Scenario.Nrw, new YearMonth(2025, 6), 2));

        // A new container on the same file (a restart) sees the grants.
        await WithServiceAsync(!sqliteFirst, async service =>
        {
            var view = await service.GetViewAsync();
            view.Grants.Select(g => g.Id).ShouldBe(ids, ignoreOrder: true);
            return ids;
        });
    }

    [Fact]
    public void Configuration_BindsEverySqliteOption()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.sqlite.json").Build();
        var services = new ServiceCollection();
        services.AddVkbEntitlements(configuration.GetSection("Vkb:Entitlements"));
        services.AddVkbEntitlementsSqlite(configuration.GetSection("Vkb:Ledger"));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<SqliteGrantStoreOptions>>().Value;
        options.DatabasePath.ShouldBe("configured-ledger.db");
        options.BusyTimeout.ShouldBe(TimeSpan.FromSeconds(7));
        options.LedgerKeyPath.ShouldBe("keys/ledger.key");
        provider.GetRequiredService<IOptions<EntitlementsOptions>>().Value.HeadOfficeCap.ShouldBe(3);
    }

    [Fact]
    public void Configuration_WithoutPath_FailsAtStart()
    {
        var services = new ServiceCollection();
        services.AddVkbEntitlementsSqlite(new ConfigurationBuilder().Build());
        using var provider = services.BuildServiceProvider();
        Should.Throw<OptionsValidationException>(() => provider.GetRequiredService<IOptions<SqliteGrantStoreOptions>>().Value)
            .Message.ShouldContain("DatabasePath");
    }

    private async Task<IReadOnlyList<GrantId>> WithServiceAsync(bool sqliteFirst, Func<GrantService, Task<IReadOnlyList<GrantId>>> use)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(Scenario.Clock);
        if (sqliteFirst)
        {
            services.AddVkbEntitlementsSqlite(DbPath, KeyPath);
            services.AddVkbEntitlements(o => o.HeadOfficeCap = 2);
        }
        else
        {
            services.AddVkbEntitlements(o => o.HeadOfficeCap = 2);
            services.AddVkbEntitlementsSqlite(DbPath, KeyPath);
        }

        await using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IGrantStore>().ShouldBeOfType<SqliteGrantStore>();
        provider.GetRequiredService<LedgerKey>().Fingerprint.ShouldBe(Scenario.Key.Fingerprint);
        var service = provider.GetRequiredService<GrantService>();
        service.Policy.HeadOfficeCap.ShouldBe(2);
        Scenario.SeedRoles(service);
        return await use(service);
    }
}

public sealed class OpenAsyncTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vkb-open-async-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task OpenAsync_CreatesTheSchema_AndRefusesANewerOne()
    {
        var path = Path.Combine(_directory, "ledger.db");
        using (var store = await SqliteGrantStore.OpenAsync(path))
        {
            (await store.ListUnitsAsync()).ShouldBeEmpty();
        }

        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 9";
            command.ExecuteNonQuery();
        }

        await Should.ThrowAsync<NotSupportedException>(() => SqliteGrantStore.OpenAsync(path));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => SqliteGrantStore.OpenAsync(Path.Combine(_directory, "other.db"), cancellationToken: cancelled.Token));
    }
}
