using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Vkb.Samples.Tests;

/// <summary>Starts the sample API with its appsettings.json on a real SQLite ledger file and calls every endpoint.</summary>
public sealed class SampleApiTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("vkb-sample-api-").FullName;

    private string LedgerPath => Path.Combine(_directory, "ledger.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private WebApplicationFactory<Program> Start()
    {
        var keyPath = Path.Combine(_directory, "ledger.key");
        if (!File.Exists(keyPath))
        {
            File.WriteAllText(keyPath, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        }

        return new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Vkb:Ledger:DatabasePath", LedgerPath)
            .UseSetting("Vkb:Ledger:LedgerKeyPath", keyPath));
    }

    [Fact]
    public async Task Grants_RequestApproveDecide_OnTheSqliteLedger_SurviveARestart()
    {
        string grantId;
        await using (var app = Start())
        {
            var client = app.CreateClient();
            foreach (var (person, role) in new[] { ("manager-3", "lineManager"), ("approver-9", "specialApprover") })
            {
                var assigned = await client.PostAsJsonAsync("/api/roles", new { unit = "NRW", person, role, from = "2025-01-01", assignedBy = "roles-admin" });
                assigned.StatusCode.ShouldBe(HttpStatusCode.OK, await assigned.Content.ReadAsStringAsync());
            }

            var request = await client.PostAsJsonAsync("/api/grants", new
            {
                grantee = "reviewer-17", unit = "NRW", from = "2025-06-01", to = "2025-06-30", requestedBy = "manager-3", requestedOn = "2025-05-20",
            });
            request.StatusCode.ShouldBe(HttpStatusCode.OK, await request.Content.ReadAsStringAsync());
            using var requested = JsonDocument.Parse(await request.Content.ReadAsStringAsync());
            requested.RootElement.GetProperty("code").GetString().ShouldBe("accepted");
            grantId = requested.RootElement.GetProperty("grantId").GetString()!;
            grantId.ShouldStartWith("NRW-");

            var selfApproval = await client.PostAsJsonAsync($"/api/grants/{grantId}/approve", new { approver = "reviewer-17", on = "2025-05-21" });
            selfApproval.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await selfApproval.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"separationOfDuties\"");

            var approval = await client.PostAsJsonAsync($"/api/grants/{grantId}/approve", new { approver = "approver-9", on = "2025-05-21" });
            approval.StatusCode.ShouldBe(HttpStatusCode.OK, await approval.Content.ReadAsStringAsync());

            var allowed = await client.PostAsJsonAsync("/api/access", new { principal = "reviewer-17", action = "assessCase", district = "NRW", at = "2025-06-15T10:00:00Z" });
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK, await allowed.Content.ReadAsStringAsync());
            var denied = await client.PostAsJsonAsync("/api/access", new { principal = "reviewer-17", action = "assessCase", district = "BY", at = "2025-06-15T10:00:00Z" });
            denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

            (await client.PostAsJsonAsync("/api/grants/not-an-id/approve", new { approver = "approver-9", on = "2025-05-21" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        File.Exists(LedgerPath).ShouldBeTrue();
        await using (var restarted = Start())
        {
            var grants = await restarted.CreateClient().GetStringAsync("/api/grants");
            using var list = JsonDocument.Parse(grants);
            var grant = list.RootElement.EnumerateArray().ShouldHaveSingleItem();
            grant.GetProperty("id").GetString().ShouldBe(grantId);
            grant.GetProperty("status").GetString().ShouldBe("approved");
            grant.GetProperty("period").GetProperty("from").GetString().ShouldBe("2025-06-01");
        }
    }

    [Fact]
    public async Task Samples_DrawThenVerify_AndATamperedProtocolIsInvalid()
    {
        await using var app = Start();
        var client = app.CreateClient();
        var population = Enumerable.Range(0, 60).Select(i => new { key = $"K{i:D3}", unit = i % 2 == 0 ? "TL-A" : "TL-B", stratum = "all" }).ToArray();

        var draw = await client.PostAsJsonAsync("/api/samples", new { drawId = "TL-2025-04", population, seed = "31415926535897932384" });
        draw.StatusCode.ShouldBe(HttpStatusCode.OK, await draw.Content.ReadAsStringAsync());
        var protocol = await draw.Content.ReadAsStringAsync();
        protocol.ShouldContain("TL-2025-04");

        var verify = await client.PostAsJsonAsync("/api/samples/verify", new { protocol, population });
        (await verify.Content.ReadAsStringAsync()).ShouldContain("\"valid\":true");

        var verifyOther = await client.PostAsJsonAsync("/api/samples/verify", new { protocol, population = population.Skip(1).ToArray() });
        (await verifyOther.Content.ReadAsStringAsync()).ShouldContain("\"valid\":false");
    }

    [Fact]
    public async Task Assessments_Validate_ReportsEveryProblemByCode()
    {
        await using var app = Start();
        var client = app.CreateClient();
        var assessment = """
            {
              "schema": "vkb-assessment/1",
              "caseReference": "PSN-7Q2M-TEST",
              "level": "regionalDirectorate",
              "regionalDirectorate": "NRW",
              "date": "2025-04-10",
              "status": "completed",
              "pins": [ { "id": "beispiel-arbeitsvermittlung", "version": "1.0" } ],
              "answers": [ { "linkId": "no-such-question", "values": [ { "verdict": "yes" } ] } ],
              "verdict": "goalOriented",
              "strengths": [],
              "improvementPoints": []
            }
            """;
        var response = await client.PostAsync("/api/assessments/validate", new StringContent(assessment, System.Text.Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldContain("unknown-link-id");
    }
}
