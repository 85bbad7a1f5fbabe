using System.Security.Cryptography;
using System.Text;
using NodaTime;
using Vkb.Entitlements;
using Vkb.Entitlements.Tests.Support;
using static Vkb.Entitlements.Tests.Support.Scenario;

namespace Vkb.Entitlements.Tests.Mutation;

/// <summary>
/// The ledger below the service: the keyed MAC and key derivation against vectors computed here
/// from their definition (HKDF-SHA256, HMAC-SHA256 over <c>previous ‖ "\n" ‖ unit ‖ "\n" ‖ sequence ‖
/// "\n" ‖ payload</c>), the canonical payload, and what verification and replay say about events a
/// writer with the key appended around the service: each kind of problem with its own sentence,
/// located by unit and sequence and never naming a principal.
/// </summary>
public class LedgerKillTests
{
    private static readonly LocalDate May1 = new(2025, 5, 1);
    private static readonly Instant At = Instant.FromUtc(2025, 5, 1, 8, 0);

    /// <summary>A valid ledger: the scenario's roles and two NRW requests (NRW-4 for staff-0, NRW-5 for staff-1), every unit's events in order.</summary>
    private static async Task<List<StoredEvent>> BaseLedgerAsync()
    {
        var store = new InMemoryGrantStore();
        var service = NewService(store);
        await RequestMonthAsync(service, Nrw, new YearMonth(2025, 6), 2);
        var events = new List<StoredEvent>();
        foreach (var unit in await store.ListUnitsAsync())
        {
            events.AddRange(await store.ReadAsync(unit, 0));
        }

        Verify(events).IsValid.ShouldBeTrue();
        return events;
    }

    private static LedgerVerification Verify(IEnumerable<StoredEvent> events) => LedgerVerification.Verify(events, Key, Policy());

    private static StoredEvent Sealed(string unit, long sequence, string payload, string previous) =>
        new(unit, sequence, payload, previous, EventCodec.Mac(Key, previous, unit, sequence, payload));

    /// <summary>Appends <paramref name="e"/> to its unit's chain with a valid MAC, as a writer holding the key could.</summary>
    private static StoredEvent Append(List<StoredEvent> events, LedgerEvent e)
    {
        var chain = events.Where(s => s.UnitCode == e.Unit.Code).ToList();
        var stored = Sealed(e.Unit.Code, chain.Count + 1, EventCodec.Encode(e), chain.Count == 0 ? EventCodec.GenesisHash : chain[^1].Hash);
        events.Add(stored);
        return stored;
    }

    private static LedgerEvent GrantEvent(LedgerEventKind kind, string grant, PrincipalId actor, LocalDate? on = null) =>
        new(kind, GrantId.Parse(grant), on ?? May1, At, actor);

    private static LedgerEvent RoleEvent(LedgerEventKind kind, OrgUnit unit, PrincipalId person, UnitRole role, LocalDate on) =>
        new(kind, unit, null, on, At, Admin) { Person = person, Role = role };

    private static LedgerProblem SingleProblem(IEnumerable<StoredEvent> events)
    {
        var problem = Verify(events).Problems.ShouldHaveSingleItem();
        problem.Message.ShouldNotContain("staff-");
        problem.Message.ShouldNotContain("approver-");
        problem.Message.ShouldNotContain("mgr-");
        return problem;
    }

    // ---- key and MAC vectors ----

    private static byte[] Hkdf(byte[] ikm, int length, string info) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, length, Encoding.ASCII.GetBytes("VKB-LEDGER-V2"), Encoding.ASCII.GetBytes(info));

    [Fact]
    public void LedgerKey_FingerprintAndChainMac_AreHkdfSubkeysOfTheKey_PinnedVectors()
    {
        var secret = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        using var key = LedgerKey.FromBytes(secret);
        key.Fingerprint.ShouldBe(Convert.ToHexStringLower(Hkdf(secret, 8, "fingerprint")));
        key.Fingerprint.ShouldBe(PinnedFingerprint);
        key.ToString().ShouldBe("ledger key " + PinnedFingerprint);

        const string Payload = "{\"v\":2}";
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Hkdf(secret, 32, "chain-mac"), Encoding.UTF8.GetBytes(EventCodec.GenesisHash + "\nNRW\n17\n" + Payload)));
        EventCodec.Mac(key, EventCodec.GenesisHash, "NRW", 17, Payload).ShouldBe(expected);
        EventCodec.Mac(key, EventCodec.GenesisHash, "NRW", 17, Payload).ShouldBe(PinnedMac);
        EventCodec.UnkeyedHash("ab", "NRW", 17, Payload).ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ab\nNRW\n17\n" + Payload))));

        // Every part takes part, separated: moving a character from one part to the next changes the MAC.
        EventCodec.Mac(key, "a", "NRW", 1, "x").ShouldNotBe(EventCodec.Mac(key, "aN", "RW", 1, "x"));
    }

    // Pinned vectors, computed once here and checked against an independent HKDF/HMAC (Python hmac/hashlib, RFC 5869) on 2026-12-05.
    private const string PinnedFingerprint = "15772c32e5a3d1a7";
    private const string PinnedMac = "2e714620e311db868b807bb3113f256d4bb3708502f5eb0bbb4c3362f240ad8f";

    [Fact]
    public void LedgerKey_Generate_RandomEachTime_Dispose_ZeroesAndRefusesFurtherMacs()
    {
        using var first = LedgerKey.Generate();
        using var second = LedgerKey.Generate();
        using var zeros = LedgerKey.FromBytes(new byte[32]);
        first.Fingerprint.ShouldNotBe(second.Fingerprint);
        first.Fingerprint.ShouldNotBe(zeros.Fingerprint);
        first.Fingerprint.Length.ShouldBe(16);

        var key = LedgerKey.FromBytes(new byte[32]);
        key.Mac("x"u8).Length.ShouldBe(64);
        key.Dispose();
        Should.Throw<ObjectDisposedException>(() => key.Mac("x"u8));
        var material = (byte[])typeof(LedgerKey).GetField("_macKey", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(key)!;
        material.ShouldAllBe(b => b == 0);
    }

    [Fact]
    public void LedgerKey_BadInput_RefusedWithTheRuleNeverTheText()
    {
        Should.Throw<ArgumentException>(() => LedgerKey.FromBytes(new byte[31])).Message.ShouldStartWith("A ledger key holds at least 32 bytes.");
        Should.Throw<ArgumentNullException>(() => LedgerKey.FromBase64(null!)).ParamName.ShouldBe("base64");
        Should.Throw<FormatException>(() => LedgerKey.FromBase64("geheim!")).Message.ShouldBe("The ledger key text is not valid base64.");
        using var key = LedgerKey.FromBase64("  " + Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()) + "\n");
        key.Fingerprint.ShouldBe(PinnedFingerprint);
    }

    // ---- the canonical payload ----

    [Fact]
    public void EventCodec_EveryFieldRoundTrips_InTheCanonicalForm()
    {
        var request = new LedgerEvent(LedgerEventKind.Requested, GrantId.Parse("NRW-4"), May1, At, Manager)
        {
            Grantee = Staff(1),
            Period = new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)),
            ProcedureProfile = "BISS",
            DataSpace = "VKB2",
            DirectiveIds = "202503002",
            Reason = "why",
        };
        var text = EventCodec.Encode(request);
        text.ShouldBe("{\"v\":2,\"kind\":\"requested\",\"grant\":\"NRW-4\",\"on\":\"2025-05-01\",\"at\":\"2025-05-01T08:00:00Z\",\"actor\":\"mgr-1\",\"grantee\":\"staff-1\","
            + "\"from\":\"2025-06-01\",\"to\":\"2025-06-30\",\"profile\":\"BISS\",\"dataSpace\":\"VKB2\",\"directives\":\"202503002\",\"reason\":\"why\"}");
        var decoded = EventCodec.Decode(text);
        (decoded.Kind, decoded.GrantId, decoded.On, decoded.RecordedAt, decoded.Actor, decoded.Grantee, decoded.Period, decoded.ProcedureProfile, decoded.DataSpace, decoded.DirectiveIds, decoded.Reason)
            .ShouldBe((request.Kind, request.GrantId, request.On, request.RecordedAt, request.Actor, request.Grantee, request.Period, "BISS", "VKB2", "202503002", "why"));

        var role = new LedgerEvent(LedgerEventKind.RoleRevoked, Nrw, null, May1, At, Admin) { Person = Approver, Role = UnitRole.SpecialApprover, Reason = "moved" };
        var roleText = EventCodec.Encode(role);
        roleText.ShouldBe("{\"v\":2,\"kind\":\"roleRevoked\",\"unit\":\"NRW\",\"role\":\"specialApprover\",\"person\":\"approver-1\",\"on\":\"2025-05-01\",\"at\":\"2025-05-01T08:00:00Z\",\"actor\":\"roles-admin\",\"reason\":\"moved\"}");
        var back = EventCodec.Decode(roleText);
        (back.Kind, back.Unit, back.Person, back.Role, back.Reason, back.GrantId).ShouldBe((LedgerEventKind.RoleRevoked, Nrw, Approver, (UnitRole?)UnitRole.SpecialApprover, "moved", (GrantId?)null));
    }

    [Theory]
    [InlineData("{\"v\":1,\"kind\":\"approved\",\"grant\":\"NRW-4\"}", "The event has an unknown format version.")]
    [InlineData("{\"v\":2,\"kind\":\"granted\",\"grant\":\"NRW-4\"}", "The event has an unknown kind.")]
    [InlineData("{\"v\":2,\"kind\":\"roleAssigned\",\"unit\":\"NRW\",\"role\":\"boss\",\"person\":\"p\",\"on\":\"2025-05-01\",\"at\":\"2025-05-01T08:00:00Z\",\"actor\":\"a\"}", "The event has an unknown role.")]
    [InlineData("{\"v\":2,\"kind\":\"approved\",\"grant\":null}", "A required event property is null.")]
    [InlineData("{\"v\":2,\"kind\":\"requested\",\"grant\":\"NRW-4\",\"on\":\"2025-05-01\",\"at\":\"2025-05-01T08:00:00Z\",\"actor\":\"a\"}", "A requested event needs a grantee and a period.")]
    [InlineData("{\"v\":2,\"kind\":\"approved\",\"grant\":\"NRW-4\",\"on\":\"geheim\",\"at\":\"2025-05-01T08:00:00Z\",\"actor\":\"a\"}", "The event payload is not a valid ledger event.")]
    [InlineData("{\"v\":2,\"v\":2}", "The event payload is not a valid ledger event.")]
    [InlineData("not json", "The event payload is not a valid ledger event.")]
    public void EventCodec_InvalidPayload_FormatExceptionSayingWhat_NeverTheContent(string payload, string message)
    {
        Should.Throw<FormatException>(() => EventCodec.Decode(payload)).Message.ShouldBe(message);
    }

    // ---- verification: each problem with its sentence ----

    [Fact]
    public async Task Verify_MissingEvents_Removed_RepeatedOrEarlierSequence_Inserted()
    {
        var events = await BaseLedgerAsync();
        var nrw = events.Where(e => e.UnitCode == "NRW").ToList();

        var gap = events.Where(e => e != nrw[1]).ToList();
        var removed = Verify(gap).Problems[0];
        (removed.UnitCode, removed.Sequence, removed.Kind, removed.Message).ShouldBe(("NRW", 3L, LedgerProblemKind.Removed, "Unit NRW, sequence 3: events after sequence 1 are missing."));

        var repeated = events.ToList();
        repeated.Insert(repeated.IndexOf(nrw[1]) + 1, nrw[1]);
        var inserted = Verify(repeated).Problems[0];
        (inserted.Sequence, inserted.Kind, inserted.Message).ShouldBe((2L, LedgerProblemKind.Inserted, "Unit NRW, sequence 2: the sequence number repeats or goes back."));

        var back = events.ToList();
        back.Insert(back.IndexOf(nrw[3]) + 1, nrw[0]);
        var earlier = Verify(back).Problems[0];
        (earlier.Sequence, earlier.Kind).ShouldBe((1L, LedgerProblemKind.Inserted));
    }

    [Fact]
    public async Task Verify_ContentChangedIntoNonsense_ReportedAsAChangedMac_NotAsUnreadable()
    {
        var events = await BaseLedgerAsync();
        var index = events.FindIndex(e => e.UnitCode == "NRW" && e.Sequence == 4);
        var e = events[index];
        events[index] = new StoredEvent(e.UnitCode, e.Sequence, "not json", e.PreviousHash, e.Hash);
        var problem = Verify(events).Problems[0];
        (problem.Sequence, problem.Kind, problem.Message).ShouldBe((4L, LedgerProblemKind.Changed, "Unit NRW, sequence 4: the event's content does not match its keyed MAC."));
    }

    [Fact]
    public async Task Verify_UnreadablePayloadWithAValidMac_Unreadable()
    {
        var events = await BaseLedgerAsync();
        var last = events.Last(e => e.UnitCode == "NRW");
        events.Add(Sealed("NRW", last.Sequence + 1, "{\"v\":2,\"kind\":\"geheim\"}", last.Hash));
        var problem = SingleProblem(events);
        (problem.Sequence, problem.Kind, problem.Message).ShouldBe((6L, LedgerProblemKind.Unreadable, "Unit NRW, sequence 6: the payload is not a valid ledger event."));
    }

    [Fact]
    public async Task Verify_ValidMacOverAnotherPreviousMac_BrokenLink()
    {
        var events = await BaseLedgerAsync();
        var last = events.Last(e => e.UnitCode == "NRW");
        events.Add(Sealed("NRW", last.Sequence + 1, EventCodec.Encode(GrantEvent(LedgerEventKind.Approved, "NRW-4", Approver)), EventCodec.GenesisHash));
        var problem = SingleProblem(events);
        (problem.Kind, problem.Message).ShouldBe((LedgerProblemKind.BrokenLink,
            "Unit NRW, sequence 6: the event does not link to the previous event's MAC (an event before it was changed, inserted or removed)."));
    }

    public static TheoryData<string, string> InconsistentEvents => new()
    {
        { "approval of a grant never requested", "the event names a grant that was never requested." },
        { "event of another unit", "the event names a grant or role of another unit." },
        { "request numbered apart from its sequence", "a request's grant number differs from its sequence number." },
        { "approval of a rejected grant", "the event does not follow from the grant's status." },
        { "role assigned while held", "the role is assigned while the person still holds it." },
        { "role assigned before an ended term ends", "the role is assigned while the person still holds it." },
        { "role revoked twice", "the role is revoked although the person does not hold it from before that date." },
        { "role revoked before its term", "the role is revoked although the person does not hold it from before that date." },
        { "role never held revoked", "the role is revoked although the person does not hold it from before that date." },
    };

    [Theory]
    [MemberData(nameof(InconsistentEvents))]
    public async Task Verify_EventThatDoesNotFollowFromTheHistory_InconsistentSayingWhy(string what, string sentence)
    {
        var events = await BaseLedgerAsync();
        var approver = ApproverNo(7);
        var june1 = new LocalDate(2025, 6, 1);
        switch (what)
        {
            case "approval of a grant never requested":
                Append(events, GrantEvent(LedgerEventKind.Approved, "NRW-99", Approver));
                break;
            case "event of another unit":
                var nrwChain = events.Where(e => e.UnitCode == "NRW").ToList();
                events.Add(Sealed("NRW", nrwChain.Count + 1, EventCodec.Encode(RoleEvent(LedgerEventKind.RoleAssigned, By, approver, UnitRole.SpecialApprover, May1)), nrwChain[^1].Hash));
                break;
            case "request numbered apart from its sequence":
                Append(events, new LedgerEvent(LedgerEventKind.Requested, GrantId.Parse("NRW-2"), May1, At, Manager) { Grantee = Staff(9), Period = new DateInterval(june1, june1) });
                break;
            case "approval of a rejected grant":
                Append(events, GrantEvent(LedgerEventKind.Rejected, "NRW-4", Approver));
                Append(events, GrantEvent(LedgerEventKind.Approved, "NRW-4", ApproverNo(0)));
                break;
            case "role assigned while held":
                Append(events, RoleEvent(LedgerEventKind.RoleAssigned, Nrw, Approver, UnitRole.SpecialApprover, May1));
                break;
            case "role assigned before an ended term ends":
                Append(events, RoleEvent(LedgerEventKind.RoleAssigned, Nrw, approver, UnitRole.SpecialApprover, new LocalDate(2025, 1, 1)));
                Append(events, RoleEvent(LedgerEventKind.RoleRevoked, Nrw, approver, UnitRole.SpecialApprover, new LocalDate(2025, 3, 1)));
                Append(events, RoleEvent(LedgerEventKind.RoleAssigned, Nrw, approver, UnitRole.SpecialApprover, new LocalDate(2025, 2, 1)));
                break;
            case "role revoked twice":
                Append(events, RoleEvent(LedgerEventKind.RoleAssigned, Nrw, approver, UnitRole.SpecialApprover, new LocalDate(2025, 1, 1)));
                Append(events, RoleEvent(LedgerEventKind.RoleRevoked, Nrw, approver, UnitRole.SpecialApprover, new LocalDate(2025, 3, 1)));
                Append(events, RoleEvent(LedgerEventKind.RoleRevoked, Nrw, approver, UnitRole.SpecialApprover, new LocalDate(2025, 4, 1)));
                break;
            case "role revoked before its term":
                Append(events, RoleEvent(LedgerEventKind.RoleAssigned, Nrw, approver, UnitRole.SpecialApprover, new LocalDate(2025, 3, 1)));
                Append(events, RoleEvent(LedgerEventKind.RoleRevoked, Nrw, approver, UnitRole.SpecialApprover, new LocalDate(2025, 2, 1)));
                break;
            default:
                Append(events, RoleEvent(LedgerEventKind.RoleRevoked, Nrw, approver, UnitRole.SpecialApprover, May1));
                break;
        }

        var problem = SingleProblem(events);
        var last = events[^1];
        (problem.UnitCode, problem.Sequence, problem.Kind, problem.Message).ShouldBe(("NRW", last.Sequence, LedgerProblemKind.Inconsistent, $"Unit NRW, sequence {last.Sequence}: {sentence}"));
        Should.Throw<InvalidDataException>(() => GrantService.Replay(events, Policy(), Key)).Message.ShouldBe(
            $"The ledger of unit NRW is inconsistent at sequence {last.Sequence}: {sentence} Run the ledger verification.");
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task Verify_SelfOrderedRequestWithAValidMac_RuleViolationWithTheLiveSentence()
    {
        var events = await BaseLedgerAsync();
        var stored = Append(events, new LedgerEvent(LedgerEventKind.Requested, GrantId.Parse("NRW-6"), May1, At, Manager)
        {
            Grantee = Manager,
            Period = new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)),
        });
        var problem = SingleProblem(events);
        (problem.Sequence, problem.Kind, problem.Message).ShouldBe((stored.Sequence, LedgerProblemKind.RuleViolation,
            "Unit NRW, sequence 6: the event breaks a rule: The requesting manager cannot order the permission for themselves (E4)."));
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task Verify_RevocationBySomeoneWithoutARole_RuleViolationNamingTheRevoker()
    {
        var events = await BaseLedgerAsync();
        Append(events, GrantEvent(LedgerEventKind.Approved, "NRW-4", Approver));
        var stored = Append(events, GrantEvent(LedgerEventKind.Revoked, "NRW-4", PrincipalId.Create("nobody-1"), new LocalDate(2025, 6, 10)));
        var problem = Verify(events).Problems.ShouldHaveSingleItem();
        (problem.Sequence, problem.Kind, problem.Message).ShouldBe((stored.Sequence, LedgerProblemKind.RuleViolation,
            "Unit NRW, sequence 7: the event breaks a rule: the revoker is no line manager of unit NRW or of head office (nor a special approver of the unit) on 2025-06-10 (E4)."));
    }

    [Fact]
    public async Task Verify_EveryMacWrong_OneKeyMismatchAtTheFirstUnitInOrdinalOrder_AnEmptyLedgerIsValid()
    {
        var events = await BaseLedgerAsync();
        using var other = LedgerKey.FromBytes(new byte[32]);
        var problem = LedgerVerification.Verify(events, other, Policy()).Problems.ShouldHaveSingleItem();
        (problem.UnitCode, problem.Sequence, problem.Kind).ShouldBe(("BY", 1L, LedgerProblemKind.KeyMismatch));
        problem.Message.ShouldContain(other.Fingerprint);

        var empty = Verify([]);
        (empty.IsValid, empty.EventCount, empty.Heads.Count).ShouldBe((true, 0L, 0));
    }

    [Theory]
    [InlineData("nrw")]
    [InlineData("N1")]
    public async Task Verify_MalformedUnitCode_Unreadable_TheRestVerified(string code)
    {
        var events = await BaseLedgerAsync();
        var e = events[0];
        events.Insert(0, new StoredEvent(code, 1, e.Payload, e.PreviousHash, e.Hash));
        var problem = Verify(events).Problems.ShouldHaveSingleItem();
        (problem.UnitCode, problem.Sequence, problem.Kind, problem.Message).ShouldBe((code, 1L, LedgerProblemKind.Unreadable, $"Unit {code}, sequence 1: the unit code is malformed."));
    }

    [Fact]
    public void Verify_NullArguments_Named()
    {
        Should.Throw<ArgumentNullException>(() => LedgerVerification.Verify(null!, Key, Policy())).ParamName.ShouldBe("events");
        Should.Throw<ArgumentNullException>(() => LedgerVerification.Verify([], null!, Policy())).ParamName.ShouldBe("key");
        Should.Throw<ArgumentNullException>(() => LedgerVerification.Verify([], Key, null!)).ParamName.ShouldBe("policy");
    }

    // ---- replay: what the events leave on the grants ----

    [Fact]
    public async Task Replay_ProfileDataSpaceDirectivesAndReasons_AsRecorded_EmptyOrKeptWhereAnEventHasNone()
    {
        var events = await BaseLedgerAsync();
        Append(events, new LedgerEvent(LedgerEventKind.Requested, GrantId.Parse("NRW-6"), May1, At, Manager)
        {
            Grantee = Staff(6),
            Period = new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)),
        });
        Append(events, GrantEvent(LedgerEventKind.Approved, "NRW-6", Approver)); // no directives, no reason
        Append(events, new LedgerEvent(LedgerEventKind.Approved, GrantId.Parse("NRW-4"), May1, At, Approver) { DirectiveIds = "202503002", Reason = "within the cap" });
        Append(events, GrantEvent(LedgerEventKind.Revoked, "NRW-4", Approver, new LocalDate(2025, 6, 10))); // no reason of its own
        Append(events, GrantEvent(LedgerEventKind.Approved, "NRW-5", Approver));
        Append(events, GrantEvent(LedgerEventKind.Revoked, "NRW-5", Approver, new LocalDate(2025, 6, 1))); // on the first day: never active
        Verify(events).IsValid.ShouldBeTrue();

        var view = GrantService.Replay(events, Policy(), Key);
        var bare = view.Grants.Single(g => g.Id == GrantId.Parse("NRW-6"));
        (bare.ProcedureProfile, bare.DataSpace, bare.DirectiveIds, bare.Reason).ShouldBe((string.Empty, string.Empty, string.Empty, (string?)null));
        var revoked = view.Grants.Single(g => g.Id == GrantId.Parse("NRW-4"));
        (revoked.ProcedureProfile, revoked.DataSpace, revoked.DirectiveIds, revoked.Reason).ShouldBe((GrantRequest.DefaultProcedureProfile, GrantRequest.DefaultDataSpace, "202503002", (string?)"within the cap"));
        revoked.LastActiveDate.ShouldBe(new LocalDate(2025, 6, 9));
        var never = view.Grants.Single(g => g.Id == GrantId.Parse("NRW-5"));
        (never.Status, never.LastActiveDate, never.IsActiveOn(new LocalDate(2025, 6, 1))).ShouldBe((GrantStatus.Revoked, (LocalDate?)null, false));
    }
}
