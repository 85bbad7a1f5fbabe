using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Diagnostics;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests.Mutation;

/// <summary>
/// What a host's telemetry receives from a <see cref="GrantService"/>: the traces (one activity per
/// operation, its decision code and error status), the metrics (named instruments with units and
/// descriptions, tags) and the log events, each checked for the principal ids the operations
/// handled: none may appear anywhere. Metrics go to the host's <see cref="IMeterFactory"/>; traces
/// are told apart from parallel tests by a parent activity of the test's own.
/// </summary>
public sealed class DiagnosticsKillTests : IDisposable
{
    private static readonly LocalDate May1 = new(2025, 5, 1);

    private readonly TestMeterFactory _meters = new();
    private readonly List<Activity> _activities = [];
    private readonly ActivityListener _listener;
    private readonly Activity _parent;
    private readonly FakeLogger<GrantService> _logger = new();

    public DiagnosticsKillTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is VkbEntitlementsDiagnostics.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_activities)
                {
                    _activities.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
        _parent = new Activity("vkb-entitlements-diagnostics-test").SetIdFormat(ActivityIdFormat.W3C).Start();
    }

    private IMeterFactory Meters => _meters;

    public void Dispose()
    {
        _parent.Dispose();
        _listener.Dispose();
        _meters.Dispose();
    }

    private MetricCollector<T> Collect<T>(string instrument)
        where T : struct => new(Meters, VkbEntitlementsDiagnostics.SourceName, instrument);

    private List<Activity> Traced(string name)
    {
        lock (_activities)
        {
            return _activities.Where(a => a.TraceId == _parent.TraceId && a.OperationName == name).ToList();
        }
    }

    private GrantService NewObservedService(IGrantStore? store = null, EntitlementPolicy? policy = null) =>
        new(store ?? new InMemoryGrantStore(), policy ?? Scenario.Policy(headOfficeCap: 3), Clock, Key, _logger, Meters);

    /// <summary>Everything the telemetry wrote, as text: log messages and their state, metric tags, activity names, tags and statuses.</summary>
    private IEnumerable<string> Everything(params MetricCollector<long>[] counters)
    {
        foreach (var record in _logger.Collector.GetSnapshot())
        {
            yield return record.Message;
            foreach (var (key, value) in record.StructuredState ?? [])
            {
                yield return key + "=" + value;
            }
        }

        foreach (var measurement in counters.SelectMany(c => c.GetMeasurementSnapshot()))
        {
            foreach (var (key, value) in measurement.Tags)
            {
                yield return key + "=" + value;
            }
        }

        lock (_activities)
        {
            foreach (var activity in _activities.Where(a => a.TraceId == _parent.TraceId))
            {
                yield return activity.OperationName + " " + activity.StatusDescription;
                foreach (var (key, value) in activity.TagObjects)
                {
                    yield return key + "=" + value;
                }
            }
        }
    }

    private static void ShouldNameNoPrincipal(IEnumerable<string> texts)
    {
        var all = texts.ToList();
        all.ShouldNotBeEmpty();
        all.ShouldAllBe(t => !t.Contains("staff-") && !t.Contains("approver-") && !t.Contains("mgr-") && !t.Contains("roles-admin") && !t.Contains("secret-"));
    }

    [Fact]
    public async Task GrantOperations_CountedTracedAndLogged_ByOperationAndCode_NeverByPerson()
    {
        using var requested = Collect<long>(VkbEntitlementsDiagnostics.GrantsRequested);
        using var approved = Collect<long>(VkbEntitlementsDiagnostics.GrantsApproved);
        using var refused = Collect<long>(VkbEntitlementsDiagnostics.GrantsRefused);
        var service = NewObservedService();
        SeedRoles(service); // role assignments: neither requests nor approvals
        var ids = await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 2);
        (await service.ApproveAsync(ids[0], Approver, May1)).IsAccepted.ShouldBeTrue();
        (await service.RejectAsync(ids[1], Approver, May1, "secret-reason")).IsAccepted.ShouldBeTrue();
        var secret = PrincipalId.Create("secret-4711");
        (await service.RequestAsync(new GrantRequest(secret, Nrw, new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30), secret, May1))).Code.ShouldBe(DecisionCode.SeparationOfDuties);

        requested.GetMeasurementSnapshot().Select(m => (m.Value, (string?)m.Tags["vkb.unit"])).ShouldBe([(1L, "NRW"), (1L, "NRW")]);
        approved.GetMeasurementSnapshot().Select(m => (m.Value, (string?)m.Tags["vkb.unit"])).ShouldBe([(1L, "NRW")]);
        var refusal = refused.GetMeasurementSnapshot().ShouldHaveSingleItem();
        (refusal.Value, refusal.Tags["vkb.operation"], refusal.Tags["vkb.decision_code"]).ShouldBe((1L, (object?)"request", (object?)"SeparationOfDuties"));

        (approved.Instrument!.Unit, approved.Instrument.Description).ShouldBe(("{grant}", "Grants approved."));
        (requested.Instrument!.Unit, requested.Instrument.Description).ShouldBe(("{grant}", "Grant requests recorded."));
        (refused.Instrument!.Unit, refused.Instrument.Description).ShouldBe(("{decision}", "Operations refused, by decision code."));

        var requests = Traced("vkb.entitlements.request");
        requests.Select(a => ((string?)a.GetTagItem("vkb.decision_code"), a.Status, a.StatusDescription)).ShouldBe(
        [
            ("Accepted", ActivityStatusCode.Unset, (string?)null),
            ("Accepted", ActivityStatusCode.Unset, null),
            ("SeparationOfDuties", ActivityStatusCode.Error, "SeparationOfDuties"),
        ]);
        Traced("vkb.entitlements.approve").ShouldHaveSingleItem().GetTagItem("vkb.decision_code").ShouldBe("Accepted");
        Traced("vkb.entitlements.reject").ShouldHaveSingleItem();

        _logger.Collector.GetSnapshot().Where(r => r.Id.Id is 1 or 2).Select(r => (r.Level, r.Message)).TakeLast(5).ShouldBe(
        [
            (LogLevel.Information, "Grant request accepted for NRW-4"),
            (LogLevel.Information, "Grant request accepted for NRW-5"),
            (LogLevel.Information, "Grant approve accepted for NRW-4"),
            (LogLevel.Information, "Grant reject accepted for NRW-5"),
            (LogLevel.Warning, "Grant request refused with SeparationOfDuties (grant NRW-8)"),
        ]);
        ShouldNameNoPrincipal(Everything(requested, approved, refused));
    }

    [Fact]
    public async Task AccessDecisions_TimedWithTheirOutcome_DenialsLogged_NeverThePrincipal()
    {
        var service = NewObservedService();
        SeedRoles(service);
        await ApproveAllAsync(service, await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 1, firstStaff: 1), May1);
        using var duration = Collect<double>(VkbEntitlementsDiagnostics.DecisionDuration);
        _logger.Collector.Clear();
        var midJune = Instant.FromUtc(2025, 6, 15, 10, 0);

        (await service.DecideAsync(Staff(1), AccessAction.ReadCase, Nrw, midJune)).IsAllowed.ShouldBeTrue();
        (await service.DecideAsync(Staff(1), AccessAction.ReadCase, By, midJune)).Code.ShouldBe(AccessDecisionCode.OtherDistrict);

        duration.GetMeasurementSnapshot().Select(m => (bool?)m.Tags["vkb.allowed"]).ShouldBe([true, false]);
        duration.GetMeasurementSnapshot().ShouldAllBe(m => m.Value >= 0);
        (duration.Instrument!.Unit, duration.Instrument.Description).ShouldBe(("ms", "Access-decision latency."));
        Traced("vkb.entitlements.decide").Select(a => a.GetTagItem("vkb.decision_code")).ShouldBe(["OwnDistrict", "OtherDistrict"]);
        var denial = _logger.Collector.GetSnapshot().ShouldHaveSingleItem();
        (denial.Id.Id, denial.Level, denial.Message).ShouldBe((3, LogLevel.Information, "Access denied with OtherDistrict"));
        ShouldNameNoPrincipal(Everything());
    }

    [Fact]
    public async Task Verification_WithProblems_CountedTracedAsErrorAndLoggedByKind_AValidOneIsQuiet()
    {
        var store = new InMemoryGrantStore();
        var service = NewObservedService(store);
        SeedRoles(service);
        await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 1);
        using var failures = Collect<long>(VkbEntitlementsDiagnostics.VerificationFailures);
        _logger.Collector.Clear();

        (await service.VerifyAsync()).IsValid.ShouldBeTrue();
        failures.GetMeasurementSnapshot().ShouldBeEmpty();
        _logger.Collector.GetSnapshot().ShouldBeEmpty();
        Traced("vkb.entitlements.verify").ShouldHaveSingleItem().Status.ShouldBe(ActivityStatusCode.Unset);

        store.Tamper("NRW", 3, e => new StoredEvent(e.UnitCode, e.Sequence, e.Payload.Replace("staff-0", "staff-9", StringComparison.Ordinal), e.PreviousHash, e.Hash));
        (await service.VerifyAsync()).Problems.ShouldHaveSingleItem().Kind.ShouldBe(LedgerProblemKind.Changed);
        failures.GetMeasurementSnapshot().Select(m => m.Value).ShouldBe([1L]);
        (failures.Instrument!.Unit, failures.Instrument.Description).ShouldBe(("{verification}", "Ledger verifications that found problems."));
        var traced = Traced("vkb.entitlements.verify");
        traced.Count.ShouldBe(2);
        (traced[1].Status, traced[1].StatusDescription).ShouldBe((ActivityStatusCode.Error, "ledger problems"));
        var record = _logger.Collector.GetSnapshot().ShouldHaveSingleItem();
        (record.Id.Id, record.Level, record.Message).ShouldBe((5, LogLevel.Error, "Ledger verification found 1 problems (Changed)"));

        // Two kinds of problem: listed once each, comma-separated.
        store.Tamper("BY", 1, _ => null);
        _logger.Collector.Clear();
        (await service.VerifyAsync()).Problems.Select(p => p.Kind).Distinct().Count().ShouldBe(2);
        _logger.Collector.GetSnapshot().ShouldHaveSingleItem().Message.ShouldBe("Ledger verification found 2 problems (Removed,Changed)");
        ShouldNameNoPrincipal(Everything(failures));
    }

    [Fact]
    public async Task ContentionRetries_CountedPerUnit()
    {
        var store = new ProbeStore(new InMemoryGrantStore());
        var service = NewObservedService(store, EntitlementPolicy.Create(new EntitlementsOptions { MaxConcurrencyRetries = 2 }));
        SeedRoles(service);
        using var retries = Collect<long>(VkbEntitlementsDiagnostics.ContentionRetries);
        store.RefuseAppends = true;

        (await service.RequestAsync(Request(1, Nrw, new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)))).Code.ShouldBe(DecisionCode.Contention);
        retries.GetMeasurementSnapshot().Select(m => (m.Value, (string?)m.Tags["vkb.unit"])).ShouldBe([(1L, "NRW"), (1L, "NRW")]);
        (retries.Instrument!.Unit, retries.Instrument.Description).ShouldBe(("{retry}", "Writes re-checked after losing a race for a unit's ledger."));
        ShouldNameNoPrincipal(Everything(retries));
    }

    [Fact]
    public async Task WithoutAMeterFactory_TheSharedMeterOfTheSourceName_IsUsed()
    {
        using var approved = new MetricCollector<long>(null, VkbEntitlementsDiagnostics.SourceName, VkbEntitlementsDiagnostics.GrantsApproved);
        var service = new GrantService(new InMemoryGrantStore(), Scenario.Policy(), Clock, Key, logger: null);
        SeedRoles(service);
        var ids = await RequestMonthAsync(service, By, new YearMonth(2025, 6), 1);
        (await service.ApproveAsync(ids[0], Approver, May1)).IsAccepted.ShouldBeTrue();
        approved.GetMeasurementSnapshot().ShouldContain(m => (string?)m.Tags["vkb.unit"] == "BY" && m.Value == 1);
    }
}

/// <summary>A host's meter factory: meters scoped to it, so a collector on it sees this test's measurements only.</summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
        lock (_meters)
        {
            _meters.Add(meter);
        }

        return meter;
    }

    public void Dispose()
    {
        lock (_meters)
        {
            _meters.ForEach(m => m.Dispose());
        }
    }
}
