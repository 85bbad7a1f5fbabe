using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Vkb.Cli.Tests;

public sealed class GrantsCommandTests : IDisposable
{
    private const string RolesJson = """
        {
          "format": "vkb-roles/1",
          "units": {
            "NRW": { "lineManagers": ["mgr-1"], "specialApprovers": ["appr-1"] },
            "HO": { "lineManagers": ["mgr-1"], "specialApprovers": ["appr-1"] }
          }
        }
        """;

    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("vkb-grants-cli-");

    public GrantsCommandTests()
    {
        File.WriteAllText(KeyFile, Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()));
        File.WriteAllText(RolesFile, RolesJson);
    }

    private string Db => Path.Combine(_directory.FullName, "grants.db");

    private string KeyFile => Path.Combine(_directory.FullName, "ledger.key");

    private string RolesFile => Path.Combine(_directory.FullName, "roles.json");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await VkbApp.RunAsync(args, new CliContext(output, error, new NodaTime.Testing.FakeClock(Instant.FromUtc(2025, 5, 20, 9, 0)), showProgress: false));
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs <c>vkb grants SUB…</c> on the test ledger with the test key.</summary>
    private Task<(int ExitCode, string Out, string Error)> GrantsAsync(params string[] args)
    {
        var sub = args.TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        return RunAsync([.. new[] { "grants" }.Concat(sub).Concat(["--db", Db, "--ledger-key", KeyFile]).Concat(args.Skip(sub.Count))]);
    }

    /// <summary>The roles table of the tests: mgr-1 line manager, appr-1 special approver of NRW and HO (2 role events per chain).</summary>
    private async Task SeedRolesAsync()
    {
        var (exit, output, error) = await GrantsAsync("roles", "import", "--file", RolesFile, "--from", "2025-01-01", "--by", "admin-1");
        exit.ShouldBe(0, output + error);
        output.ShouldContain("4 role(s) assigned, 0 already held, 0 refused");
    }

    /// <summary>What an attacker with write access to the file does: SQL around the store's triggers.</summary>
    private void TamperWithLedger(string sql)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={Db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private Task<(int ExitCode, string Out, string Error)> RequestAsync(string grantee, string unit = "NRW", string from = "2025-06-01", string to = "2025-06-30", string on = "2025-05-20", string by = "mgr-1") =>
        GrantsAsync("request", "--grantee", grantee, "--unit", unit, "--from", from, "--to", to, "--requested-by", by, "--on", on);

    private Task<(int ExitCode, string Out, string Error)> ApproveAsync(string grant, string approver = "appr-1", params string[] more) =>
        GrantsAsync(["approve", "--request", grant, "--approver", approver, "--on", "2025-05-21", .. more]);

    private static void NoStackTrace((int ExitCode, string Out, string Error) result)
    {
        (result.Out + result.Error).ShouldNotContain("   at ");
        (result.Out + result.Error).ShouldNotContain("Exception");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task RequestApprove_ThirteenthPersonInJune2025_RefusedWithReasonExitOne()
    {
        await SeedRolesAsync();
        for (var i = 1; i <= 13; i++)
        {
            var (code, output, _) = await RequestAsync($"staff-{i}");
            code.ShouldBe(0);
            output.ShouldContain($"NRW-{i + 2}");
        }

        for (var i = 1; i <= 12; i++)
        {
            (await ApproveAsync($"NRW-{i + 2}")).ExitCode.ShouldBe(0);
        }

        var (exit, text, _) = await ApproveAsync("NRW-15");
        exit.ShouldBe(1);
        text.ShouldContain("approve refused (CapReached) for NRW-15");
        text.ShouldContain("12 of at most 12 persons holding a grant under directive 202503002");

        var (whoExit, who, _) = await GrantsAsync("who", "--unit", "NRW", "--date", "2025-06-15");
        whoExit.ShouldBe(0);
        who.ShouldStartWith("NRW on 2025-06-15: directive 202503002, cap 12, 12 person(s) holding 12 grant(s)");

        var (verifyExit, verify, _) = await GrantsAsync("verify");
        verifyExit.ShouldBe(0);
        verify.ShouldStartWith("ledger verified: 29 event(s), 0 problem(s), ledger key ");
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task Approve_ByANonSpecialApprover_RefusedExitOneLedgerUnchanged()
    {
        await SeedRolesAsync();
        await RequestAsync("staff-1");
        var (exit, text, _) = await ApproveAsync("NRW-3", "staff-9");
        exit.ShouldBe(1);
        text.ShouldContain("approve refused (NotSpecialApprover) for NRW-3: The approver is not a special approver of unit NRW on 2025-05-21 (E4).");

        // A line manager is no special approver either; the ledger still holds only the request.
        (await ApproveAsync("NRW-3", "mgr-2")).Out.ShouldContain("NotSpecialApprover");
        var (_, list, _) = await GrantsAsync("list", "--json");
        using var json = JsonDocument.Parse(list);
        json.RootElement.EnumerateArray().Single().GetProperty("status").GetString().ShouldBe("Pending");
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task Request_ByANonLineManager_RefusedExitOne()
    {
        await SeedRolesAsync();
        var (exit, text, _) = await RequestAsync("staff-1", by: "appr-1");
        exit.ShouldBe(1);
        text.ShouldContain("request refused (NotLineManager)");
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task Approve_ByRequesterOrOwnGrant_RefusedSeparationOfDuties()
    {
        await SeedRolesAsync();
        (await GrantsAsync("roles", "assign", "--unit", "NRW", "--person", "mgr-1", "--role", "special-approver", "--from", "2025-01-01", "--by", "admin-1")).ExitCode.ShouldBe(0);
        await RequestAsync("staff-1");
        var (exit, text, _) = await ApproveAsync("NRW-4", "mgr-1");
        exit.ShouldBe(1);
        text.ShouldContain("(SeparationOfDuties)");
        await RequestAsync("appr-1");
        (await ApproveAsync("NRW-5", "appr-1")).Out.ShouldContain("no one approves their own grant");
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task Roles_AssignRevokeList_RevocationBeforeUseRefused()
    {
        var assign = await GrantsAsync("roles", "assign", "--unit", "NRW", "--person", "mgr-1", "--role", "line-manager", "--from", "2025-01-01", "--by", "admin-1");
        assign.ExitCode.ShouldBe(0, assign.Error);
        (await GrantsAsync("roles", "assign", "--unit", "NRW", "--person", "mgr-1", "--role", "line-manager", "--from", "2025-02-01", "--by", "admin-1")).Out.ShouldContain("RoleAlreadyHeld");
        (await RequestAsync("staff-1")).ExitCode.ShouldBe(0);
        var early = await GrantsAsync("roles", "revoke", "--unit", "NRW", "--person", "mgr-1", "--role", "line-manager", "--on", "2025-05-20", "--by", "admin-1");
        early.ExitCode.ShouldBe(1);
        early.Out.ShouldContain("RoleStillInUse");
        (await GrantsAsync("roles", "revoke", "--unit", "NRW", "--person", "mgr-1", "--role", "line-manager", "--on", "2025-05-21", "--by", "admin-1")).ExitCode.ShouldBe(0);
        (await RequestAsync("staff-2", on: "2025-05-21")).Out.ShouldContain("NotLineManager");

        var (exit, list, _) = await GrantsAsync("roles", "list");
        exit.ShouldBe(0);
        list.ShouldContain("NRW   line-manager      mgr-1                    from 2025-01-01 until 2025-05-21 (exclusive)");
        (await GrantsAsync("roles", "list", "--date", "2025-06-01")).Out.ShouldStartWith("0 role term(s)");
        (await GrantsAsync("roles", "assign", "--unit", "NRW", "--person", "x", "--role", "boss", "--from", "2025-01-01", "--by", "a")).ExitCode.ShouldBe(2);
    }

    [Theory]
    [InlineData("{\"format\":\"vkb-roles/1\",\"units\":{\"NRW\":{\"lineManagers\":[\"m\"]},\"NRW\":{\"specialApprovers\":[\"secret-person\"]}}}", "line 1: a key appears twice in one object.")]
    [InlineData("{\"format\":\"vkb-roles/1\",\"format\":\"vkb-roles/1\",\"units\":{}}", "a key appears twice")]
    [InlineData("{\"format\":\"vkb-roles/2\",\"units\":{\"nrw\":{\"lineManagers\":[\"has space\"],\"other\":1}}}", "$.format: expected \"vkb-roles/1\"")]
    [InlineData("{\"format\":\"vkb-roles/1\",\"units\":{\"NRW\":{\"lineManagers\":[\"has space\", \"ok\", \"ok\"],\"other\":1}}}", "$.units.NRW.lineManagers[2]: the id appears twice")]
    public async Task Roles_ImportMalformedFile_ExitTwoWithPathNeverAValue(string content, string expected)
    {
        await File.WriteAllTextAsync(RolesFile, content);
        var result = await GrantsAsync("roles", "import", "--file", RolesFile, "--from", "2025-01-01", "--by", "admin-1");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain(expected);
        result.Error.ShouldNotContain("secret-person");
        result.Error.ShouldNotContain("has space");
        NoStackTrace(result);
        File.Exists(Db).ShouldBeFalse();
    }

    [Fact]
    public async Task Roles_ImportHugeFile_RefusedBoundedRead()
    {
        await File.WriteAllTextAsync(RolesFile, new string(' ', 2 << 20));
        var result = await GrantsAsync("roles", "import", "--file", RolesFile, "--from", "2025-01-01", "--by", "admin-1");
        result.ExitCode.ShouldBe(2);
        result.Error.ShouldContain("larger than");
    }

    [Fact]
    [Trait("Rule", "E5")]
    public async Task Request_PeriodTo9999_RefusedPeriodTooLong()
    {
        await SeedRolesAsync();
        var (exit, text, _) = await RequestAsync("staff-1", from: "2025-03-10", to: "9999-12-31", on: "2025-03-01");
        exit.ShouldBe(1);
        text.ShouldContain("(PeriodTooLong)");
        (await RequestAsync("staff-1", from: "2025-03-10", to: "2026-03-09", on: "2025-03-01")).ExitCode.ShouldBe(0);
    }

    [Fact]
    [Trait("Rule", "E5")]
    public async Task Request_WithPhases_OutsideExitTwo_InsideAccepted()
    {
        await SeedRolesAsync();
        var phases = Path.Combine(_directory.FullName, "phases.json");
        await File.WriteAllTextAsync(phases, """
            { "format": "vkb-phases/1", "phases": [
              { "id": "2025-Q2", "kind": "regular", "from": "2025-04", "to": "2025-06", "customerProcesses": ["placement"], "approvalReference": null } ] }
            """);
        var outside = await GrantsAsync("request", "--phases", phases, "--grantee", "staff-1", "--unit", "NRW", "--from", "2025-07-01", "--to", "2025-07-31", "--requested-by", "mgr-1", "--on", "2025-05-20");
        outside.ExitCode.ShouldBe(2);
        outside.Error.ShouldContain("does not lie within one announced assessment phase");
        var inside = await GrantsAsync("request", "--phases", phases, "--grantee", "staff-1", "--unit", "NRW", "--from", "2025-06-01", "--to", "2025-06-30", "--requested-by", "mgr-1", "--on", "2025-05-20");
        inside.ExitCode.ShouldBe(0, inside.Error);
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task Approve_February2025_RefusedNoDirectiveInForce()
    {
        await SeedRolesAsync();
        await RequestAsync("staff-1", from: "2025-02-01", to: "2025-02-28", on: "2025-01-10");
        var (exit, text, _) = await GrantsAsync("approve", "--request", "NRW-3", "--approver", "appr-1", "--on", "2025-01-21", "--json");
        exit.ShouldBe(1);
        using var json = JsonDocument.Parse(text);
        json.RootElement.GetProperty("accepted").GetBoolean().ShouldBeFalse();
        json.RootElement.GetProperty("code").GetString().ShouldBe("NoDirectiveInForce");
        json.RootElement.GetProperty("reason").GetString()!.ShouldStartWith("No directive in force on 2025-02-01");
    }

    [Fact]
    [Trait("Rule", "E3")]
    public async Task Approve_HeadOffice_NeedsConfiguredCap()
    {
        await SeedRolesAsync();
        await RequestAsync("staff-1", unit: "HO");
        var refused = await ApproveAsync("HO-3");
        refused.ExitCode.ShouldBe(1);
        refused.Out.ShouldContain("head-office cap is not configured");
        var approved = await ApproveAsync("HO-3", "appr-1", "--head-office-cap", "5");
        approved.ExitCode.ShouldBe(0, approved.Out);
        (await GrantsAsync("verify", "--head-office-cap", "5")).ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task RejectRevokeList_Json_ShowsStatuses()
    {
        await SeedRolesAsync();
        await RequestAsync("staff-1");
        await RequestAsync("staff-2");
        (await ApproveAsync("NRW-3")).ExitCode.ShouldBe(0);
        (await GrantsAsync("reject", "--request", "NRW-4", "--approver", "appr-1", "--on", "2025-05-21", "--reason", "not needed")).ExitCode.ShouldBe(0);
        (await GrantsAsync("revoke", "--grant", "NRW-3", "--by", "appr-1", "--on", "2025-06-10", "--reason", "moved")).ExitCode.ShouldBe(0);
        (await GrantsAsync("revoke", "--grant", "NRW-9", "--by", "appr-1", "--on", "2025-06-10", "--reason", "moved")).ExitCode.ShouldBe(1);

        var (exit, text, _) = await GrantsAsync("list", "--json");
        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(text);
        json.RootElement.EnumerateArray().Select(g => g.GetProperty("status").GetString()).ShouldBe(["Revoked", "Rejected"]);
        (await GrantsAsync("list")).Out.ShouldContain("NRW-3    Revoked  staff-1");
    }

    [Fact]
    public async Task Verify_TamperedFile_ExitOneNamingThePosition()
    {
        await SeedRolesAsync();
        await RequestAsync("staff-1");
        await RequestAsync("staff-2");
        TamperWithLedger("DROP TRIGGER ledger_events_no_update; UPDATE ledger_events SET payload = replace(payload, 'staff-1', 'staff-7') WHERE seq = 3");

        var (exit, text, _) = await GrantsAsync("verify");
        exit.ShouldBe(1);
        text.ShouldContain("LEDGER TAMPERED");
        text.ShouldContain("Changed: Unit NRW, sequence 3");
        text.ShouldNotContain("staff-7");
    }

    /// <summary>The attack of the hardening issue: a thirteenth approval appended with a recomputed unkeyed SHA-256.</summary>
    [Fact]
    [Trait("Rule", "E2")]
    public async Task Verify_AppendedApprovalWithRecomputedSha256_ExitOne()
    {
        await SeedRolesAsync();
        for (var i = 1; i <= 13; i++)
        {
            await RequestAsync($"staff-{i}");
        }

        for (var i = 3; i <= 14; i++)
        {
            (await ApproveAsync($"NRW-{i}")).ExitCode.ShouldBe(0);
        }

        SqliteConnection.ClearAllPools();
        string payload, previous;
        long sequence;
        using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT seq, payload, hash FROM ledger_events WHERE unit = 'NRW' ORDER BY seq DESC LIMIT 1";
            using var reader = read.ExecuteReader();
            reader.Read();
            (sequence, payload, previous) = (reader.GetInt64(0) + 1, reader.GetString(1).Replace("\"NRW-14\"", "\"NRW-15\"", StringComparison.Ordinal), reader.GetString(2));
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{previous}\nNRW\n{sequence}\n{payload}")));
        TamperWithLedger($"INSERT INTO ledger_events (unit, seq, payload, prev_hash, hash) VALUES ('NRW', {sequence}, '{payload}', '{previous}', '{hash}')");

        var (exit, text, _) = await GrantsAsync("verify");
        exit.ShouldBe(1);
        text.ShouldContain($"Changed: Unit NRW, sequence {sequence}: the event's content does not match its keyed MAC.");
        var anchored = await GrantsAsync("verify", "--json");
        anchored.ExitCode.ShouldBe(1);
    }

    [Fact]
    public async Task Verify_WithAnotherKey_ExitOneKeyMismatch()
    {
        await SeedRolesAsync();
        await RequestAsync("staff-1");
        await File.WriteAllTextAsync(KeyFile, Convert.ToBase64String(new byte[32]));
        var result = await GrantsAsync("verify");
        result.ExitCode.ShouldBe(1);
        result.Out.ShouldContain("KeyMismatch");
        var list = await GrantsAsync("list");
        list.ExitCode.ShouldBe(1);
        list.Error.ShouldContain("Run 'vkb grants verify'");
        NoStackTrace(list);
    }

    public static TheoryData<string> Corruptions => new() { "zeroed page", "dropped table", "foreign database", "empty file", "text file", "flipped header byte" };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public async Task Verify_CorruptOrForeignFile_ExitOneWithAMessage_NoStackTrace_NoWrite(string corruption)
    {
        await SeedRolesAsync();
        await RequestAsync("staff-1");
        (await ApproveAsync("NRW-3")).ExitCode.ShouldBe(0);
        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(Db);
        switch (corruption)
        {
            case "zeroed page":
                Array.Clear(bytes, 4096, 4096);
                await File.WriteAllBytesAsync(Db, bytes);
                break;
            case "dropped table":
                TamperWithLedger("DROP TABLE ledger_events");
                break;
            case "foreign database":
                File.Delete(Db);
                TamperWithLedger("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('hello')");
                break;
            case "empty file":
                await File.WriteAllBytesAsync(Db, []);
                break;
            case "text file":
                await File.WriteAllTextAsync(Db, "no database at all, just some text that is long enough for a header");
                break;
            case "flipped header byte":
                bytes[100 + 3] ^= 0xFF; // the b-tree page header of page 1
                await File.WriteAllBytesAsync(Db, bytes);
                break;
        }

        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(Db);
        var result = await GrantsAsync("verify");
        result.ExitCode.ShouldBe(1, result.Out + result.Error);
        result.Out.ShouldStartWith("LEDGER CORRUPT: ");
        NoStackTrace(result);
        SqliteConnection.ClearAllPools();
        (await File.ReadAllBytesAsync(Db)).ShouldBe(before);

        var json = await GrantsAsync("verify", "--json");
        json.ExitCode.ShouldBe(1);
        using (var document = JsonDocument.Parse(json.Out))
        {
            document.RootElement.GetProperty("corrupt").GetBoolean().ShouldBeTrue();
        }

        var list = await GrantsAsync("list");
        list.ExitCode.ShouldBe(1, list.Out + list.Error);
        NoStackTrace(list);
    }

    [Fact]
    public async Task Verify_FlippedBytesAnywhere_NeverCrash_AlwaysExitZeroOrOne()
    {
        await SeedRolesAsync();
        await RequestAsync("staff-1");
        (await ApproveAsync("NRW-3")).ExitCode.ShouldBe(0);
        SqliteConnection.ClearAllPools();
        var original = await File.ReadAllBytesAsync(Db);
        var failures = 0;
        for (var position = 0; position < original.Length; position += 211)
        {
            var bytes = (byte[])original.Clone();
            bytes[position] ^= 0x55;
            await File.WriteAllBytesAsync(Db, bytes);
            SqliteConnection.ClearAllPools();
            var result = await GrantsAsync("verify");
            result.ExitCode.ShouldBeOneOf([0, 1], $"byte {position}: {result.Out}{result.Error}");
            NoStackTrace(result);
            failures += result.ExitCode;
        }

        failures.ShouldBeGreaterThan(0);
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task Verify_TailCutOffAfterHeadsWereAnchored_ExitOneNamingTheAnchor()
    {
        await SeedRolesAsync();
        await RequestAsync("staff-1");
        await RequestAsync("staff-2");
        var (_, headsJson, _) = await GrantsAsync("verify", "--json");
        var anchors = Path.Combine(_directory.FullName, "heads.json");
        await File.WriteAllTextAsync(anchors, headsJson);
        (await GrantsAsync("verify", "--anchors", anchors)).ExitCode.ShouldBe(0);

        TamperWithLedger("DROP TRIGGER ledger_events_no_delete; DELETE FROM ledger_events WHERE unit = 'NRW' AND seq = (SELECT max(seq) FROM ledger_events WHERE unit = 'NRW')");

        // Without the anchor the shorter chain is internally consistent; with it, the cut is found.
        (await GrantsAsync("verify")).ExitCode.ShouldBe(0);
        var (exit, text, _) = await GrantsAsync("verify", "--anchors", anchors);
        exit.ShouldBe(1);
        text.ShouldContain("HeadMismatch: Unit NRW: the anchored head at sequence 4 is no longer in the chain.");
    }

    [Theory]
    [InlineData("not json", "is not JSON (line 1)")]
    [InlineData("[]", "$.heads: expected an array")]
    [InlineData("{\"heads\":[{\"unit\":\"NRW\",\"version\":0,\"hash\":\"ab\"}]}", "$.heads[0]: expected")]
    [InlineData("{\"heads\":[{\"unit\":\"N1\",\"version\":1,\"hash\":\"ab\"}]}", "$.heads[0].unit: expected an RD code")]
    [InlineData("{\"heads\":[{\"unit\":\"NRW\",\"unit\":\"BY\",\"version\":1,\"hash\":\"ab\"}]}", "has a key twice in one object (line 1)")]
    public async Task Verify_MalformedAnchors_ExitTwoNamingThePath(string content, string expected)
    {
        await SeedRolesAsync();
        await RequestAsync("staff-1");
        var anchors = Path.Combine(_directory.FullName, "heads.json");
        await File.WriteAllTextAsync(anchors, content);
        var (exit, _, error) = await GrantsAsync("verify", "--anchors", anchors);
        exit.ShouldBe(2);
        error.ShouldContain(expected);
    }

    [Theory]
    [InlineData("--from", "2025-13-01")]
    [InlineData("--grantee", "has space")]
    [InlineData("--unit", "N1")]
    public async Task Request_MalformedOption_ExitTwo(string option, string value)
    {
        var args = new List<string> { "request", "--grantee", "staff-1", "--unit", "NRW", "--from", "2025-06-01", "--to", "2025-06-30", "--requested-by", "mgr-1", "--on", "2025-05-20" };
        args[args.IndexOf(option) + 1] = value;
        var (exit, _, error) = await GrantsAsync([.. args]);
        exit.ShouldBe(2);
        error.ShouldContain(option);
    }

    [Theory]
    [InlineData("not base64!", "does not hold a base64 key")]
    [InlineData("AAAA", "too short")]
    public async Task AnyCommand_BadOrMissingLedgerKey_ExitTwo(string keyText, string expected)
    {
        await File.WriteAllTextAsync(KeyFile, keyText);
        var (exit, _, error) = await RequestAsync("staff-1");
        exit.ShouldBe(2);
        error.ShouldContain(expected);
        File.Delete(KeyFile);
        (await RequestAsync("staff-1")).Error.ShouldContain("--ledger-key: the file");
    }

    [Fact]
    public async Task Request_UnknownUnitOrBackwardsPeriod_RefusedExitOne()
    {
        await SeedRolesAsync();
        (await RequestAsync("staff-1", unit: "XYZ")).Out.ShouldContain("UnknownUnit");
        var backwards = await RequestAsync("staff-1", from: "2025-06-30", to: "2025-06-01");
        backwards.ExitCode.ShouldBe(1);
        backwards.Out.ShouldContain("ends before it starts");
    }

    [Fact]
    public async Task Verify_MissingFile_ExitTwo()
    {
        var (exit, _, error) = await RunAsync("grants", "verify", "--db", Path.Combine(_directory.FullName, "none.db"), "--ledger-key", KeyFile);
        exit.ShouldBe(2);
        error.ShouldContain("does not exist");
    }
}
