using System.Security.Cryptography;
using Vkb.Catalog;
using Vkb.Catalog.Json;
using Vkb.Entitlements;
using Vkb.Entitlements.Json;
using Vkb.Entitlements.Sqlite;
using Vkb.Samples.Api;
using Vkb.Sampling;
using Vkb.Sampling.Json;

// A BA host as the package READMEs describe it: every option from appsettings.json (section
// "Vkb"), the grant ledger in a SQLite file, System.Text.Json with the suite's converters,
// refusals returned as values (409 with the decision), logs and metrics through the host.
var builder = WebApplication.CreateBuilder(args);
var vkb = builder.Configuration.GetSection("Vkb");
builder.Services.AddVkbEntitlements(vkb.GetSection("Entitlements"));
builder.Services.AddVkbEntitlementsSqlite(vkb.GetSection("Ledger"));
builder.Services.AddVkbSampling(vkb.GetSection("Sampling"));
builder.Services.AddVkbCatalog(vkb.GetSection("Catalog"));
builder.Services.AddVkbExampleCatalogue(); // demo only: a real host registers the official catalogues
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions
    .AddVkbEntitlementsConverters()
    .AddVkbSamplingConverters()
    .AddVkbCatalogConverters());

var app = builder.Build();
var api = app.MapGroup("/api");

api.MapPost("/roles", async (RoleRequest body, GrantService grants, CancellationToken ct) =>
    Decision(await grants.AssignRoleAsync(body.Unit, body.Person, body.Role, body.From, body.AssignedBy, ct)));

api.MapPost("/grants", async (GrantRequest request, GrantService grants, CancellationToken ct) =>
    Decision(await grants.RequestAsync(request, ct)));

api.MapPost("/grants/{id}/approve", async (string id, ApprovalRequest body, GrantService grants, CancellationToken ct) =>
    GrantId.TryParse(id, out var grantId)
        ? Decision(await grants.ApproveAsync(grantId, body.Approver, body.On, ct))
        : Results.Problem("A grant id has the form UNIT-NUMBER, such as NRW-17.", statusCode: StatusCodes.Status400BadRequest));

api.MapGet("/grants", async (GrantService grants, CancellationToken ct) => (await grants.GetViewAsync(ct)).Grants);

api.MapPost("/access", async (AccessRequest body, GrantService grants, NodaTime.IClock clock, CancellationToken ct) =>
{
    var decision = await grants.DecideAsync(body.Principal, body.Action, body.District, body.At ?? clock.GetCurrentInstant(), ct);
    return decision.IsAllowed ? Results.Ok(decision) : Results.Json(decision, statusCode: StatusCodes.Status403Forbidden);
});

api.MapPost("/samples", (DrawRequest body, SamplingService sampling) =>
{
    var seed = body.Seed ?? Seed.Generate(RandomNumberGenerator.Create());
    var commitment = sampling.Commit(seed);
    var parameters = SampleParameters.Create(body.DrawId, body.PerUnit ?? sampling.Options.TeamLeadPerUnit, reserve: body.Reserve ?? sampling.Options.Reserve);
    var protocol = sampling.Draw(body.Population, PopulationItem.Frame, parameters, seed, commitment);
    // The protocol keeps its canonical JSON: an auditor re-checks exactly these bytes.
    return Results.Text(protocol.ToJson(), "application/json");
});

api.MapPost("/samples/verify", (VerifyRequest body, SamplingService sampling) =>
{
    var verification = sampling.Verify(SampleProtocol.FromJson(body.Protocol), body.Population, PopulationItem.Frame);
    return Results.Ok(new { valid = verification.IsValid, discrepancies = verification.Discrepancies });
});

api.MapPost("/assessments/validate", async (HttpRequest request, CatalogRegistry registry, CatalogService catalogs) =>
{
    using var reader = new StreamReader(request.Body);
    var read = catalogs.ReadAssessment(await reader.ReadToEndAsync(request.HttpContext.RequestAborted), "request body");
    var validation = read.Value is { } assessment ? catalogs.Validate(registry, assessment) : read.Validation;
    return validation.IsValid
        ? Results.Ok(new { valid = true, problems = Array.Empty<object>() })
        : Results.UnprocessableEntity(new { valid = false, problems = validation.Problems.Select(p => new { p.Code, p.Path, p.Message }) });
});

app.Run();

static IResult Decision(GrantDecision decision) =>
    decision.IsAccepted ? Results.Ok(decision) : Results.Conflict(decision);

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
