using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests;

/// <summary>
/// Someone who can write the store appends events the service would refuse. Without the ledger
/// key no MAC fits; with it (a host bypassing the service, or a bug) the re-checked rules still
/// catch the event: an over-cap ledger, a non-approver's approval, a self-approval or a request
/// by a non-line-manager never verifies.
/// </summary>
public class LedgerTamperTests
{
    private static readonly LocalDate May25 = new(2025, 5, 25);

    /// <summary>Twelve NRW holders in June 2025 and a thirteenth request pending (the cap is 12).</summary>
    private static async Task<(GrantService Service, InMemoryGrantStore Store, GrantId Pending)> FullUnitAsync()
    {
        var store = new InMemoryGrantStore();
        var service = NewService(store);
        var ids = await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 13);
        var results = await ApproveAllAsync(service, ids, May25);
        results[12].Code.ShouldBe(DecisionCode.CapReached);
        (await service.VerifyAsync()).IsValid.ShouldBeTrue();
        return (service, store, ids[12]);
    }

    private static async Task<long> AppendRawAsync(InMemoryGrantStore store, LedgerEvent e, Func<string, string, long, string, string> mac)
    {
        var events = await store.ReadAsync(e.Unit.Code, 0);
        var head = events.Count == 0 ? EventCodec.GenesisHash : events[^1].Hash;
        var sequence = events.Count + 1L;
        var payload = EventCodec.Encode(e);
        (await store.TryAppendAsync(new StoredEvent(e.Unit.Code, sequence, payload, head, mac(head, e.Unit.Code, sequence, payload)), sequence - 1)).ShouldBeTrue();
        return sequence;
    }

    private static LedgerEvent Approval(GrantId id, PrincipalId approver) =>
        new(LedgerEventKind.Approved, id, May25, Scenario.Clock.GetCurrentInstant(), approver) { DirectiveIds = "202503002" };

    [Fact]
    [Trait("Rule", "E2")]
    public async Task Verify_AppendedApprovalWithRecomputedUnkeyedHash_Fails()
    {
        var (service, store, pending) = await FullUnitAsync();
        var sequence = await AppendRawAsync(store, Approval(pending, Approver), EventCodec.UnkeyedHash);
        var result = await service.VerifyAsync();
        result.IsValid.ShouldBeFalse();
        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.Kind, problem.Sequence).ShouldBe((LedgerProblemKind.Changed, sequence));
        problem.Message.ShouldContain("keyed MAC");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task Verify_AppendedOverCapApprovalWithValidMac_FailsAsOverCap()
    {
        var (service, store, pending) = await FullUnitAsync();
        var sequence = await AppendRawAsync(store, Approval(pending, Approver), (h, u, s, p) => EventCodec.Mac(Key, h, u, s, p));
        (await service.GetViewAsync()).WhoHeld(Nrw, new LocalDate(2025, 6, 15)).Persons.Count.ShouldBe(13);
        var result = await service.VerifyAsync();
        var problem = result.Problems.ShouldHaveSingleItem();
        (problem.Kind, problem.Sequence).ShouldBe((LedgerProblemKind.OverCap, sequence));
        problem.Message.ShouldContain("12 of at most 12 persons");
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task Verify_AppendedApprovalByANonApproverWithValidMac_FailsAsRuleViolation()
    {
        var store = new InMemoryGrantStore();
        var service = NewService(store);
        var id = (await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 1))[0];
        var sequence = await AppendRawAsync(store, Approval(id, PrincipalId.Create("intruder")), (h, u, s, p) => EventCodec.Mac(Key, h, u, s, p));
        var problem = (await service.VerifyAsync()).Problems.ShouldHaveSingleItem();
        (problem.Kind, problem.Sequence).ShouldBe((LedgerProblemKind.RuleViolation, sequence));
        problem.Message.ShouldContain("not a special approver of unit NRW");
        problem.Message.ShouldNotContain("intruder");
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task Verify_AppendedSelfApprovalWithValidMac_FailsAsRuleViolation()
    {
        var store = new InMemoryGrantStore();
        var service = NewService(store);
        var own = await service.RequestAsync(new GrantRequest(Approver, Nrw, new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30), Manager, new LocalDate(2025, 5, 1)));
        await AppendRawAsync(store, Approval(own.GrantId!, Approver), (h, u, s, p) => EventCodec.Mac(Key, h, u, s, p));
        var problem = (await service.VerifyAsync()).Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(LedgerProblemKind.RuleViolation);
        problem.Message.ShouldContain("no one approves their own grant");
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task Verify_AppendedRequestByANonLineManagerWithValidMac_FailsAfterHeadOfficeIsConsulted()
    {
        var store = new InMemoryGrantStore();
        var service = NewService(store);
        var id = GrantId.Create(By, SeededRoleEvents(By) + 1);
        var request = new LedgerEvent(LedgerEventKind.Requested, id, new LocalDate(2025, 5, 1), Scenario.Clock.GetCurrentInstant(), PrincipalId.Create("intruder"))
        {
            Grantee = Staff(1),
            Period = new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)),
            ProcedureProfile = "BISS",
            DataSpace = "VKB",
        };
        var sequence = await AppendRawAsync(store, request, (h, u, s, p) => EventCodec.Mac(Key, h, u, s, p));
        var problem = (await service.VerifyAsync()).Problems.ShouldHaveSingleItem();
        (problem.Kind, problem.UnitCode, problem.Sequence).ShouldBe((LedgerProblemKind.RuleViolation, "BY", sequence));
        problem.Message.ShouldContain("requester is no line manager of unit BY or of head office");
    }

    [Fact]
    public async Task Verify_WithAnotherKey_ReportsAKeyMismatchOnce()
    {
        var (_, store, _) = await FullUnitAsync();
        using var other = LedgerKey.Generate();
        var service = new GrantService(store, Scenario.Policy(), Scenario.Clock, other);
        var problem = (await service.VerifyAsync()).Problems.ShouldHaveSingleItem();
        problem.Kind.ShouldBe(LedgerProblemKind.KeyMismatch);
        problem.Message.ShouldContain(other.Fingerprint);
        await Should.ThrowAsync<InvalidDataException>(() => service.GetViewAsync());
    }

    [Fact]
    public void LedgerKey_PrintsFingerprintOnly_RefusesShortKeys()
    {
        var bytes = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        using var key = LedgerKey.FromBytes(bytes);
        key.ToString().ShouldBe("ledger key " + key.Fingerprint);
        key.Fingerprint.Length.ShouldBe(16);
        LedgerKey.FromBase64(Convert.ToBase64String(bytes)).Fingerprint.ShouldBe(key.Fingerprint);
        Should.Throw<ArgumentException>(() => LedgerKey.FromBytes(new byte[31]));
        Should.Throw<FormatException>(() => LedgerKey.FromBase64("not base64!"));
    }

    [Fact]
    public void LedgerKey_FromFile_BoundedRead()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, new string('A', LedgerKey.MaxFileLength + 4));
            Should.Throw<InvalidDataException>(() => LedgerKey.FromFile(path)).Message.ShouldContain("larger than");
            File.WriteAllText(path, Convert.ToBase64String(new byte[32]) + "\n");
            LedgerKey.FromFile(path).Fingerprint.Length.ShouldBe(16);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
