using System.Text.Json;
using NodaTime;
using Vkb.Catalog;
using Vkb.Entitlements;
using Vkb.Entitlements.Sqlite;
using Vkb.Sampling;

namespace Vkb.Cli.Demo;

internal sealed partial class DemoRunner
{
    /// <summary>A pseudonymised case as the BI system holds it: only what the draws and reviews need.</summary>
    /// <remarks><c>JobCentre</c> is null for an SGB III case (an agency's); <c>Process</c> picks the catalogue that assesses the case (C2).</remarks>
    private sealed record BiCase(string Key, string RegionalDirectorate, string? JobCentre, string Stratum, bool Marked16a, bool? StatedConsent, string Process);

    /// <summary>The reviewers whose grants the demo requests, and the access decisions of the run.</summary>
    private sealed class AccessState
    {
        public Dictionary<string, List<PrincipalId>> ReviewersByUnit { get; } = new(StringComparer.Ordinal);

        public long Allowed { get; set; }

        public long Denied { get; set; }

        public Dictionary<string, long> DenialReasons { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Customer groups the RDs lean towards (S4): they weigh double, every group keeps at least one case.</summary>
    private static readonly IReadOnlyDictionary<string, decimal> FocusWeights = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["longTermUnemployed"] = 2m,
    };

    private static List<BiCase> ReadBiCases(string pseudonymizedPath)
    {
        var cases = new List<BiCase>();
        foreach (var line in File.ReadLines(pseudonymizedPath))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var jobCentre = root.TryGetProperty("jobCentre", out var jc) && jc.ValueKind == JsonValueKind.Object ? jc : (JsonElement?)null;
            cases.Add(new BiCase(
                root.GetProperty("customerNumber").GetString()!,
                root.GetProperty("regionalDirectorate").GetString()!,
                jobCentre is { } j && j.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null,
                root.GetProperty("customerGroup").GetString()!,
                root.TryGetProperty("municipalServices16a", out var m) && m.ValueKind == JsonValueKind.True,
                jobCentre is { } k && k.TryGetProperty("consents16a", out var c) && c.ValueKind is JsonValueKind.True or JsonValueKind.False ? c.GetBoolean() : null,
                root.GetProperty("customerProcess").GetString()!));
        }

        return cases;
    }

    /// <summary>
    /// Step 5 (set up first, because every read in step 4 is decided against it): reviewers'
    /// grants in the SQLite ledger. Per RD the manager requests one more than the cap of the
    /// directive in force; the special approver approves up to the cap and the last request is
    /// refused with its reason (E2, E4). Head office's cap is configuration (E3).
    /// </summary>
    private async Task<(GrantService Service, SqliteGrantStore Store, AccessState Access, List<RefusalRow> Refusals)> SetUpGrantsAsync(IReadOnlyList<string> regionalDirectorates, Phases.PhaseAnnouncement phases, CancellationToken cancellationToken)
    {
        using var progress = Step("Grants");
        var options = new EntitlementsOptions { HeadOfficeCap = DemoOptions.HeadOfficeCap };
        options.RegionalDirectorates.Clear();
        foreach (var rd in regionalDirectorates)
        {
            options.RegionalDirectorates.Add(rd);
        }

        // Grants are for the announced phases only (E5): a period outside them is refused.
        foreach (var phase in phases.Phases)
        {
            options.Phases.Add(GrantPhase.Create(phase.Id, phase.From, phase.To));
        }

        var policy = EntitlementPolicy.Create(options);
        var path = PathOf("entitlements", "ledger.db");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var stale in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(stale);
        }

        var store = SqliteGrantStore.Open(path);
        var service = new GrantService(store, policy, _context.Clock, CreateLedgerKey());
        var access = new AccessState();
        var refusals = new List<RefusalRow>();
        var period = _month.ToDateInterval();
        var requestedOn = period.Start.PlusDays(-14);

        var units = regionalDirectorates.Select(OrgUnit.Parse).Append(OrgUnit.HeadOffice).ToList();
        // The roles hold from the first of January of the year the grants are requested in: a January review month requests them
        // in December, before a role from the month's own year would hold (every grant of a January demo was refused).
        await ImportDemoRolesAsync(service, units, new LocalDate(requestedOn.Year, 1, 1), cancellationToken);
        foreach (var unit in units)
        {
            var cap = unit.IsHeadOffice ? DemoOptions.HeadOfficeCap : policy.DirectiveInForce(period.Start)?.CapPerRegionalDirectorate ?? 0;
            var wanted = unit.IsHeadOffice ? DemoOptions.HeadOfficeReviewers : Math.Max(cap, 1) + 1;
            var manager = LineManagerOf(unit);
            var approver = SpecialApproverOf(unit);
            var reviewers = new List<PrincipalId>();
            for (var i = 1; i <= wanted; i++)
            {
                var grantee = PrincipalId.Create($"{unit.Code.ToLowerInvariant()}-pruefer-{i:00}");
                var requested = await service.RequestAsync(new GrantRequest(grantee, unit, period.Start, period.End, manager, requestedOn), cancellationToken);
                if (unit.IsHeadOffice && i == 1 && requested.GrantId is { } pending)
                {
                    refusals.Add(await RefusedApprovalByLineManagerAsync(service, pending, LineManagerOf(units[0]), requestedOn.PlusDays(1), cancellationToken));
                }

                var decision = requested.IsAccepted && requested.GrantId is { } id
                    ? await service.ApproveAsync(id, approver, requestedOn.PlusDays(1), cancellationToken)
                    : requested;
                if (decision.IsAccepted)
                {
                    reviewers.Add(grantee);
                }
                else
                {
                    refusals.Add(new RefusalRow(unit.Code, requested.GrantId?.ToString() ?? grantee.Value, decision.Reason, decision.DirectiveIds.Count > 0 ? string.Join(", ", decision.DirectiveIds) : null));
                }
            }

            access.ReviewersByUnit[unit.Code] = reviewers;
            progress.Tick();
        }

        return (service, store, access, refusals);
    }

    /// <summary>Decides one read of a case; every read of the demo goes through here (E1, E6).</summary>
    private static async Task<bool> ReadCaseAsync(GrantService service, AccessState access, PrincipalId reader, string district, Instant instant, CancellationToken cancellationToken)
    {
        var decision = await service.DecideAsync(reader, AccessAction.ReadCase, OrgUnit.Parse(district), instant, cancellationToken);
        if (decision.IsAllowed)
        {
            access.Allowed++;
            return true;
        }

        access.Denied++;
        access.DenialReasons[decision.Code.ToString()] = access.DenialReasons.GetValueOrDefault(decision.Code.ToString()) + 1;
        return false;
    }

    private static Instant At(LocalDate date) => date.At(new LocalTime(10, 0)).InZoneLeniently(DateTimeZoneProviders.Tzdb["Europe/Berlin"]).ToInstant();

    /// <summary>
    /// Step 4 and 6: each RD draws from its own district's pseudonymised cases (S6), with focus
    /// weights and a minimum per customer group (S4), and assesses what it drew; then head office
    /// freezes the RD-assessed cases, commits a seed and draws at least ten per RD (S5) and
    /// assesses them. Every read goes through an access decision; one RD reviewer also tries to
    /// read a case of another district, which must be denied.
    /// </summary>
    private async Task<List<Assessment>> DrawAndAssessAboveAsync(
        List<BiCase> cases, CatalogRegistry catalogs, AssessmentSimulator simulator, GrantService grants, AccessState access, ConsentRegister register, CancellationToken cancellationToken)
    {
        using var progress = Step("RD and head-office draws");
        var assessments = new List<Assessment>();
        var byKey = cases.ToDictionary(c => c.Key, StringComparer.Ordinal);
        var rdDate = _month.OnDayOfMonth(Math.Min(25, _month.ToDateInterval().Length));
        var hoDate = _month.OnDayOfMonth(_month.ToDateInterval().Length);

        // RD draws (S6): one draw per RD, its own seed commitment, from its own district's cases only,
        // restricted to its unit; § 16a re-checked against the register by the draw itself.
        var rdProtocols = new List<SampleProtocol>();
        foreach (var district in cases.GroupBy(c => c.RegionalDirectorate).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var own = district.ToList();
            var rdFrame = BiFrame(register, stratified: true).RestrictToUnit(district.Key);
            var rdId = $"rd-{district.Key}-{_month:yyyy-MM}";
            var rdSeed = SeedFor(rdId);
            var rdCommitment = SeedCommitment.Create(rdSeed, _context.Clock);
            var rdParameters = SampleParameters.Create(
                rdId, DemoOptions.RegionalSampleSize, minPerStratum: 1, weights: FocusWeights, extensions: ProtocolFields(stratified: true, recent: false, onlyUnit: district.Key), level: DrawLevel.RegionalDirectorate);
            var rdProtocol = Sampler.Draw(own, rdFrame, rdParameters, rdSeed, rdCommitment);
            var rdPath = WriteProtocol(rdProtocol, "regionaldirektion", own.Select(c => new PopulationLine(c.Key, c.RegionalDirectorate, c.Stratum, c.Marked16a, c.JobCentre, c.StatedConsent, null)));
            RecordDraw(DemoLevel.RegionalDirectorate, "eigener Bezirk, Schichten = Kundengruppe (Langzeitarbeitslose doppelt gewichtet)", rdProtocol, rdPath, Sampler.Verify(rdProtocol, own, rdFrame));
            rdProtocols.Add(rdProtocol);
        }

        // S6: an RD's draw over a population that holds another district's case is refused, not filtered.
        var districtCodes = cases.Select(c => c.RegionalDirectorate).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (districtCodes.Count > 1)
        {
            var refused = false;
            try
            {
                var probeSeed = SeedFor("rd-probe");
                Sampler.Draw(
                    cases, BiFrame(register, stratified: true).RestrictToUnit(districtCodes[0]),
                    SampleParameters.Create("rd-probe", DemoOptions.RegionalSampleSize, level: DrawLevel.RegionalDirectorate), probeSeed, SeedCommitment.Create(probeSeed, _context.Clock));
            }
            catch (InvalidOperationException)
            {
                refused = true;
            }

            Check("Ziehung einer RD über Fälle eines fremden Bezirks wird verweigert (S6)", refused, $"RD {districtCodes[0]} mit der Grundgesamtheit aller {districtCodes.Count} Bezirke");
        }

        var rdAssessed = new List<BiCase>();
        foreach (var (unit, key) in rdProtocols.SelectMany(p => p.AllSelected()))
        {
            var reviewer = Reviewer(access, unit, key);
            if (reviewer is null || !await ReadCaseAsync(grants, access, reviewer, byKey[key].RegionalDirectorate, At(rdDate), cancellationToken))
            {
                continue;
            }

            assessments.Add(simulator.Simulate(catalogs, byKey[key].Process, key, key, AssessmentLevel.RegionalDirectorate, unit, rdDate));
            rdAssessed.Add(byKey[key]);
            progress.Tick();
        }

        // E1: an RD reviewer asking for another district's case is refused.
        var districts = access.ReviewersByUnit.Keys.Where(k => k != OrgUnit.HeadOfficeCode).OrderBy(k => k, StringComparer.Ordinal).ToList();
        if (districts.Count > 1 && access.ReviewersByUnit[districts[0]].Count > 0)
        {
            var allowed = await ReadCaseAsync(grants, access, access.ReviewersByUnit[districts[0]][0], districts[1], At(rdDate), cancellationToken);
            Check("Zugriff auf fremden Bezirk wird verweigert (E1)", !allowed, $"Prüfer der RD {districts[0]} fragt einen Fall der RD {districts[1]} an.");
        }

        // Head office: the RD-assessed cases are frozen first, then the seed is committed, then drawn (S5, S6).
        var snapshot = PopulationSnapshot.Freeze(rdAssessed.Select(c => c.Key), _context.Clock);
        var hoId = $"zentrale-{_month:yyyy-MM}";
        var hoSeed = SeedFor(hoId);
        var hoCommitment = SeedCommitment.Create(hoSeed, _context.Clock);
        var hoFrame = BiFrame(register, stratified: false);
        var hoParameters = SampleParameters.Create(hoId, DemoOptions.HeadOfficeSampleSize, extensions: ProtocolFields(stratified: false, recent: false, onlyUnit: null), level: DrawLevel.HeadOffice);
        var hoProtocol = Sampler.Draw(rdAssessed, hoFrame, hoParameters, hoSeed, hoCommitment, snapshot);
        var hoPath = WriteProtocol(hoProtocol, "zentrale", rdAssessed.Select(c => new PopulationLine(c.Key, c.RegionalDirectorate, SampleFrame.SingleStratum, c.Marked16a, c.JobCentre, c.StatedConsent, null)));
        RecordDraw(DemoLevel.HeadOffice, "aus den von der RD bewerteten Fällen, je RD", hoProtocol, hoPath, Sampler.Verify(hoProtocol, rdAssessed, hoFrame, snapshot));

        var headOffice = access.ReviewersByUnit.GetValueOrDefault(OrgUnit.HeadOfficeCode) ?? [];
        foreach (var (unit, key) in hoProtocol.AllSelected())
        {
            if (headOffice.Count == 0 || !await ReadCaseAsync(grants, access, headOffice[(int)(_random.Uniform("ho-reviewer", key) * headOffice.Count)], unit, At(hoDate), cancellationToken))
            {
                continue;
            }

            assessments.Add(simulator.Simulate(catalogs, byKey[key].Process, key, key, AssessmentLevel.HeadOffice, unit, hoDate));
            progress.Tick();
        }

        return assessments;
    }

    /// <summary>How RD and head office read BI cases: the RD as unit, § 16a checked against the register for the month.</summary>
    private SampleFrame<BiCase> BiFrame(ConsentRegister register, bool stratified) =>
        SampleFrame.Create<BiCase>(c => c.Key, c => c.RegionalDirectorate, stratified ? c => c.Stratum : null)
            .WithSection16a(c => c.Marked16a, c => c.JobCentre, register, _month, c => c.StatedConsent);

    private PrincipalId? Reviewer(AccessState access, string unit, string key)
    {
        var reviewers = access.ReviewersByUnit.GetValueOrDefault(unit);
        return reviewers is { Count: > 0 } ? reviewers[(int)(_random.Uniform("rd-reviewer", key) * reviewers.Count)] : null;
    }
}
