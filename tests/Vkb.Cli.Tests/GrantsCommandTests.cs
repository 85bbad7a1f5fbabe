using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;

namespace Vkb.Cli.Tests;

public sealed class GrantsCommandTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("vkb-grants-cli-");

    private string Db => Path.Combine(_directory.FullName, "grants.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    private sealed class StoppedClock : IClock
    {
        public Instant GetCurrentInstant() => Instant.FromUtc(2025, 5, 20, 9, 0);
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await VkbApp.RunAsync(args, new CliContext(output, error, new StoppedClock(), showProgress: false));
        return (exitCode, output.ToString(), error.ToString());
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

    private Task<(int ExitCode, string Out, string Error)> RequestAsync(string grantee, string unit = "NRW", string from = "2025-06-01", string to = "2025-06-30", string on = "2025-05-20") =>
        RunAsync("grants", "request", "--db", Db, "--grantee", grantee, "--unit", unit, "--from", from, "--to", to, "--requested-by", "mgr-1", "--on", on);

    [Fact]
    [Trait("Rule", "E2")]
    public async Task RequestApprove_ThirteenthInJune2025_RefusedWithReasonExitOne()
    {
        for (var i = 1; i <= 13; i++)
        {
            var (code, output, _) = await RequestAsync($"staff-{i}");
            code.ShouldBe(0);
            output.ShouldContain($"NRW-{i}");
        }

        for (var i = 1; i <= 12; i++)
        {
            (await RunAsync("grants", "approve", "--db", Db, "--request", $"NRW-{i}", "--approver", "appr-1", "--on", "2025-05-21")).ExitCode.ShouldBe(0);
        }

        var (exit, text, _) = await RunAsync("grants", "approve", "--db", Db, "--request", "NRW-13", "--approver", "appr-1", "--on", "2025-05-21");
        exit.ShouldBe(1);
        text.ShouldContain("approve refused (CapReached) for NRW-13");
        text.ShouldContain("12 of at most 12 grants under directive 202503002");

        var (whoExit, who, _) = await RunAsync("grants", "who", "--db", Db, "--unit", "NRW", "--date", "2025-06-15");
        whoExit.ShouldBe(0);
        who.ShouldStartWith("NRW on 2025-06-15: directive 202503002, cap 12, 12 holder(s)");

        var (verifyExit, verify, _) = await RunAsync("grants", "verify", "--db", Db);
        verifyExit.ShouldBe(0);
        verify.ShouldStartWith("ledger verified: 25 event(s), 0 problem(s)");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task Approve_February2025_RefusedNoDirectiveInForce()
    {
        await RequestAsync("staff-1", from: "2025-02-01", to: "2025-02-28", on: "2025-01-10");
        var (exit, text, _) = await RunAsync("grants", "approve", "--db", Db, "--request", "NRW-1", "--approver", "appr-1", "--on", "2025-01-21", "--json");
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
        await RequestAsync("staff-1", unit: "HO");
        var refused = await RunAsync("grants", "approve", "--db", Db, "--request", "HO-1", "--approver", "appr-1", "--on", "2025-05-21");
        refused.ExitCode.ShouldBe(1);
        refused.Out.ShouldContain("head-office cap is not configured");
        var approved = await RunAsync("grants", "approve", "--db", Db, "--request", "HO-1", "--approver", "appr-1", "--on", "2025-05-21", "--head-office-cap", "5");
        approved.ExitCode.ShouldBe(0, approved.Out);
    }

    [Fact]
    [Trait("Rule", "E4")]
    public async Task Approve_ByRequester_RefusedSeparationOfDuties()
    {
        await RequestAsync("staff-1");
        var (exit, text, _) = await RunAsync("grants", "approve", "--db", Db, "--request", "NRW-1", "--approver", "mgr-1", "--on", "2025-05-21");
        exit.ShouldBe(1);
        text.ShouldContain("three different people");
    }

    [Fact]
    public async Task RejectRevokeList_Json_ShowsStatuses()
    {
        await RequestAsync("staff-1");
        await RequestAsync("staff-2");
        (await RunAsync("grants", "approve", "--db", Db, "--request", "NRW-1", "--approver", "appr-1", "--on", "2025-05-21")).ExitCode.ShouldBe(0);
        (await RunAsync("grants", "reject", "--db", Db, "--request", "NRW-2", "--approver", "appr-1", "--on", "2025-05-21", "--reason", "not needed")).ExitCode.ShouldBe(0);
        (await RunAsync("grants", "revoke", "--db", Db, "--grant", "NRW-1", "--by", "appr-1", "--on", "2025-06-10", "--reason", "moved")).ExitCode.ShouldBe(0);
        (await RunAsync("grants", "revoke", "--db", Db, "--grant", "NRW-9", "--by", "appr-1", "--on", "2025-06-10", "--reason", "moved")).ExitCode.ShouldBe(1);

        var (exit, text, _) = await RunAsync("grants", "list", "--db", Db, "--json");
        exit.ShouldBe(0);
        using var json = JsonDocument.Parse(text);
        json.RootElement.EnumerateArray().Select(g => g.GetProperty("status").GetString()).ShouldBe(["Revoked", "Rejected"]);
        (await RunAsync("grants", "list", "--db", Db)).Out.ShouldContain("NRW-1    Revoked  staff-1");
    }

    [Fact]
    public async Task Verify_TamperedFile_ExitOneNamingThePosition()
    {
        await RequestAsync("staff-1");
        await RequestAsync("staff-2");
        TamperWithLedger("DROP TRIGGER ledger_events_no_update; UPDATE ledger_events SET payload = replace(payload, 'staff-1', 'staff-7') WHERE seq = 1");

        var (exit, text, _) = await RunAsync("grants", "verify", "--db", Db);
        exit.ShouldBe(1);
        text.ShouldContain("LEDGER TAMPERED");
        text.ShouldContain("Changed: Unit NRW, sequence 1");
        text.ShouldNotContain("staff-7");
    }

    [Fact]
    [Trait("Rule", "E2")]
    public async Task Verify_TailCutOffAfterHeadsWereAnchored_ExitOneNamingTheAnchor()
    {
        await RequestAsync("staff-1");
        await RequestAsync("staff-2");
        var (_, headsJson, _) = await RunAsync("grants", "verify", "--db", Db, "--json");
        var anchors = Path.Combine(_directory.FullName, "heads.json");
        await File.WriteAllTextAsync(anchors, headsJson);
        (await RunAsync("grants", "verify", "--db", Db, "--anchors", anchors)).ExitCode.ShouldBe(0);

        TamperWithLedger("DROP TRIGGER ledger_events_no_delete; DELETE FROM ledger_events WHERE seq = (SELECT max(seq) FROM ledger_events)");

        // Without the anchor the shorter chain is internally consistent; with it, the cut is found.
        (await RunAsync("grants", "verify", "--db", Db)).ExitCode.ShouldBe(0);
        var (exit, text, _) = await RunAsync("grants", "verify", "--db", Db, "--anchors", anchors);
        exit.ShouldBe(1);
        text.ShouldContain("HeadMismatch: Unit NRW: the anchored head at sequence 2 is no longer in the chain.");
    }

    [Theory]
    [InlineData("not json", "is not JSON (line 1)")]
    [InlineData("[]", "$.heads: expected an array")]
    [InlineData("{\"heads\":[{\"unit\":\"NRW\",\"version\":0,\"hash\":\"ab\"}]}", "$.heads[0]: expected")]
    [InlineData("{\"heads\":[{\"unit\":\"N1\",\"version\":1,\"hash\":\"ab\"}]}", "$.heads[0].unit: expected an RD code")]
    public async Task Verify_MalformedAnchors_ExitTwoNamingThePath(string content, string expected)
    {
        await RequestAsync("staff-1");
        var anchors = Path.Combine(_directory.FullName, "heads.json");
        await File.WriteAllTextAsync(anchors, content);
        var (exit, _, error) = await RunAsync("grants", "verify", "--db", Db, "--anchors", anchors);
        exit.ShouldBe(2);
        error.ShouldContain(expected);
    }

    [Theory]
    [InlineData("--from", "2025-13-01")]
    [InlineData("--grantee", "has space")]
    [InlineData("--unit", "N1")]
    public async Task Request_MalformedOption_ExitTwo(string option, string value)
    {
        var args = new List<string> { "grants", "request", "--db", Db, "--grantee", "staff-1", "--unit", "NRW", "--from", "2025-06-01", "--to", "2025-06-30", "--requested-by", "mgr-1", "--on", "2025-05-20" };
        args[args.IndexOf(option) + 1] = value;
        var (exit, _, error) = await RunAsync([.. args]);
        exit.ShouldBe(2);
        error.ShouldContain(option);
    }

    [Fact]
    public async Task Request_UnknownUnitOrBackwardsPeriod_RefusedExitOne()
    {
        (await RequestAsync("staff-1", unit: "XYZ")).Out.ShouldContain("UnknownUnit");
        var backwards = await RequestAsync("staff-1", from: "2025-06-30", to: "2025-06-01");
        backwards.ExitCode.ShouldBe(1);
        backwards.Out.ShouldContain("ends before it starts");
    }

    [Fact]
    public async Task Verify_MissingFile_ExitTwo()
    {
        var (exit, _, error) = await RunAsync("grants", "verify", "--db", Path.Combine(_directory.FullName, "none.db"));
        exit.ShouldBe(2);
        error.ShouldContain("does not exist");
    }
}
