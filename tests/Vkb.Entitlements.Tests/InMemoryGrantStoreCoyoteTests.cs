using Microsoft.Coyote;
using Microsoft.Coyote.Actors;
using Microsoft.Coyote.Specifications;
using Microsoft.Coyote.SystematicTesting;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests;

/// <summary>
/// Systematic interleaving test of the in-memory store with Microsoft.Coyote actors (no binary
/// rewriting needed). Each approver actor splits an approval into its two halves as
/// <see cref="GrantService"/> runs them — read and check, then the versioned append — with a
/// scheduling point between, and Coyote explores the interleavings. With the versioned append
/// the cap holds in every explored schedule; a deliberately broken approver that re-links its
/// event to the latest head without re-checking (check-then-act) is caught, which shows the test
/// can fail.
/// </summary>
public class InMemoryGrantStoreCoyoteTests
{
    private const int Cap = 12;
    private static readonly DateInterval June = new(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30));

    [Fact]
    [Trait("Rule", "E2")]
    public void VersionedAppend_AllExploredInterleavings_KeepTheCap()
    {
        var report = Explore(brokenCheckThenAct: false);
        report.NumOfFoundBugs.ShouldBe(0, string.Join("; ", report.BugReports));
    }

    [Fact]
    [Trait("Rule", "E2")]
    public void CheckThenActWithoutVersion_IsCaughtByTheSameTest()
    {
        var report = Explore(brokenCheckThenAct: true);
        report.NumOfFoundBugs.ShouldBeGreaterThan(0);
    }

    private static TestReport Explore(bool brokenCheckThenAct)
    {
        var configuration = Configuration.Create().WithTestingIterations(300).WithMaxSchedulingSteps(500);
        var engine = TestingEngine.Create(configuration, (IActorRuntime runtime) =>
        {
            var store = new InMemoryGrantStore();
            var service = NewService(store, Scenario.Policy());
            var ids = Await(RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), Cap + 3));
            foreach (var id in ids.Take(Cap - 2))
            {
                Await(service.ApproveAsync(id, Approver, new LocalDate(2025, 5, 25))).IsAccepted.ShouldBeTrue();
            }

            foreach (var id in ids.Skip(Cap - 2))
            {
                runtime.CreateActor(typeof(ApproverActor), new ApproveEvent(store, id, brokenCheckThenAct));
            }
        });
        engine.Run();
        return engine.TestReport;
    }

    private static T Await<T>(Task<T> task) => task.GetAwaiter().GetResult();

    private sealed class ApproveEvent(InMemoryGrantStore store, GrantId id, bool broken) : Event
    {
        public InMemoryGrantStore Store { get; } = store;

        public GrantId Id { get; } = id;

        public bool Broken { get; } = broken;
    }

    private sealed class CommitEvent : Event;

    private sealed class RetryEvent : Event;

    [OnEventDoAction(typeof(CommitEvent), nameof(Commit))]
    [OnEventDoAction(typeof(RetryEvent), nameof(Check))]
    private sealed class ApproverActor : Actor
    {
        private ApproveEvent _work = null!;
        private UnitProjection _projection = null!;
        private StoredEvent? _pending;

        protected override Task OnInitializeAsync(Event initialEvent)
        {
            _work = (ApproveEvent)initialEvent;
            Check();
            return Task.CompletedTask;
        }

        /// <summary>First half: read the unit and check the cap; then yield to the scheduler.</summary>
        private void Check()
        {
            _projection = Read(_work.Store);
            var grant = _projection.Find(_work.Id)!;
            if (_projection.CheckCap(grant.Period, Scenario.Policy(), _work.Id, grant.Grantee).Code != DecisionCode.Accepted)
            {
                return;
            }

            _pending = Link(_projection, _work.Id);
            SendEvent(Id, new CommitEvent());
        }

        /// <summary>Second half: the versioned append; on a conflict, check again.</summary>
        private void Commit()
        {
            var pending = _pending!;
            var expected = _projection.Version;
            if (_work.Broken)
            {
                // The bug under test: append on whatever head is current, without re-checking.
                var latest = Read(_work.Store);
                pending = Link(latest, _work.Id);
                expected = latest.Version;
            }

            if (!Await(_work.Store.TryAppendAsync(pending, expected)))
            {
                SendEvent(Id, new RetryEvent());
                return;
            }

            var holders = Read(_work.Store).Grants.Count(g => g.IsActiveOn(June.Start));
            Specification.Assert(holders <= Cap, "The unit holds {0} grants, above the cap of {1}.", holders, Cap);
        }

        private static UnitProjection Read(InMemoryGrantStore store)
        {
            var projection = new UnitProjection(Nrw);
            foreach (var stored in Await(store.ReadAsync(Nrw.Code, 0)))
            {
                projection.ApplyStored(stored, Key);
            }

            return projection;
        }

        private static StoredEvent Link(UnitProjection projection, GrantId id)
        {
            var e = new LedgerEvent(LedgerEventKind.Approved, id, new LocalDate(2025, 5, 25), Scenario.Clock.GetCurrentInstant(), ApproverNo(7)) { DirectiveIds = "202503002" };
            var payload = EventCodec.Encode(e);
            var sequence = projection.Version + 1;
            return new StoredEvent(Nrw.Code, sequence, payload, projection.HeadHash, EventCodec.Mac(Key, projection.HeadHash, Nrw.Code, sequence, payload));
        }
    }
}
