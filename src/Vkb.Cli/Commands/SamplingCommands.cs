using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Vkb.Cli.Phases;
using Vkb.Sampling;

namespace Vkb.Cli.Commands;

/// <summary>
/// <c>vkb sample</c> and <c>vkb verify-sample</c>: seeded stratified draws over a JSON Lines
/// population and their re-check. Errors name the file, line and field path, never a value.
/// </summary>
internal static class SamplingCommands
{
    /// <summary>The default longest population line (8 MiB).</summary>
    public const int DefaultMaxLineBytes = 8 << 20;

    /// <summary>The default largest spec, protocol or register file (256 MiB).</summary>
    public const long DefaultMaxFileBytes = 256L << 20;

    /// <summary>Adds both commands to <paramref name="root"/>.</summary>
    public static void AddTo(RootCommand root, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Subcommands.Add(CreateSample(context));
        root.Subcommands.Add(CreateVerify(context));
    }

    private static Option<int> MaxLineBytes() => new("--max-line-bytes")
    {
        Description = "The longest population line accepted, in bytes (default 8 MiB); a longer line (or a file without line feeds) is refused.",
        DefaultValueFactory = _ => DefaultMaxLineBytes,
    };

    private static Option<long> MaxFileBytes() => new("--max-file-bytes")
    {
        Description = "The largest spec, protocol or consent register accepted, in bytes (default 256 MiB).",
        DefaultValueFactory = _ => DefaultMaxFileBytes,
    };

    public static Command CreateSample(CliContext context)
    {
        var population = CliOptions.RequiredFile("--population", "The population: JSON Lines, one record per line.");
        var spec = CliOptions.RequiredFile("--spec", "The draw spec (JSON): drawId, month, seed, keyField, unitField, stratumField?, level?, unit?, section16a, perUnit, minPerStratum?, weights?, reserve?, exclude?, committedAt?, seedCommitment?.");
        var output = CliOptions.RequiredFile("--out", "The protocol (JSON) to write.");
        var register = CliOptions.OptionalFile("--consent-register", "The § 16a consent register (JSON or CSV, docs/sampling-spec.md § 10). Without it every § 16a case is excluded (fail closed).");
        var phases = CliOptions.OptionalFile("--phases", "The announced assessment phases (phases.json, docs/phases.md); a draw month outside every phase is refused (S11).");
        var reason = new Option<string?>("--below-floor-reason") { Description = "A documented reason for a team-lead or head-office request below 10 (S1, S5); recorded in the protocol." };
        var maxLine = MaxLineBytes();
        var maxFile = MaxFileBytes();
        var command = new Command(
            "sample",
            CliOptions.WithExample(
                "Draws, per unit and stratum, the records with the smallest SHA-256 tickets (algorithm vkb-sample-v1, docs/sampling-spec.md) " +
                "and writes the protocol an auditor re-checks with verify-sample. § 16a cases are excluded by the draw itself unless the consent register " +
                "shows consent for the job centre in the draw month. Field paths in the spec are dotted (jobCentre.id). " +
                "Exit codes: 0 drawn; 2 bad input or a refused draw (file, line and field path are named, never a value).",
                "vkb sample --population extract.jsonl --spec tl-2025-04.json --consent-register consent-16a.json --phases phases.json --out tl-2025-04.protocol.json"));
        command.Options.Add(population);
        command.Options.Add(spec);
        command.Options.Add(output);
        command.Options.Add(register);
        command.Options.Add(phases);
        command.Options.Add(reason);
        command.Options.Add(maxLine);
        command.Options.Add(maxFile);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var populationFile = CliOptions.MustExist(parseResult.GetValue(population)!, "--population");
            var specFile = CliOptions.MustExist(parseResult.GetValue(spec)!, "--spec");
            var outFile = parseResult.GetValue(output)!;
            var limit = parseResult.GetValue(maxFile);
            var drawSpec = DrawSpec.Read(specFile, parseResult.GetValue(reason), limit);
            if (parseResult.GetValue(phases) is { } phasesFile)
            {
                PhaseAnnouncement.Read(CliOptions.MustExist(phasesFile, "--phases").FullName).RequireMonth(drawSpec.Month, "the draw month");
            }

            var consent = ReadRegister(parseResult.GetValue(register), limit);
            if (consent is null && drawSpec.Fields.Section16a is not null)
            {
                await context.Error.WriteLineAsync("vkb: warning: no --consent-register: every § 16a case is excluded (S7, fail closed).");
            }

            var commitment = drawSpec.Commitment(context.Clock);
            var reader = new JsonlPopulation(populationFile, drawSpec.Fields, parseResult.GetValue(maxLine));
            SampleProtocol protocol;
            using (var progress = context.Progress("sample"))
            {
                try
                {
                    protocol = await Sampler.DrawAsync(
                        reader.ReadAsync(progress, cancellationToken), drawSpec.Fields.Frame(consent ?? ConsentRegister.Empty, drawSpec.Month), drawSpec.Parameters, drawSpec.Seed, commitment, cancellationToken: cancellationToken);
                }
                catch (ArgumentException ex)
                {
                    throw new CliException($"--population: {ex.Message}", ex);
                }
            }

            if (protocol.PopulationSize == 0)
            {
                throw new CliException($"--population: the file '{populationFile.FullName}' holds no records; nothing was drawn.");
            }

            reader.CheckEveryPathMatched();
            AtomicFile.WriteText(outFile.FullName, protocol.ToJson());
            var selected = protocol.Units.Sum(u => u.Selected);
            var shortUnits = protocol.Units.Count(u => u.Shortfall > 0);
            await context.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"sampled {selected:N0} of {protocol.PopulationSize:N0} records in {protocol.Units.Count:N0} units (draw {protocol.DrawId}); " +
                $"{shortUnits:N0} units with a shortfall, {protocol.Excluded.Count:N0} exclusions, {protocol.Duplicates.Count:N0} duplicate keys; " +
                $"population sha256 {protocol.PopulationDigest}; protocol {outFile.FullName}"));
            await WriteSection16aAsync(context, protocol);
            if (protocol.Parameters.BelowFloorReason is { } why)
            {
                await context.Out.WriteLineAsync($"  below the floor of {SampleParameters.Floor} by documented reason: {why}");
            }

            for (var i = 0; i < protocol.Units.Count; i++)
            {
                var unit = protocol.Units[i];
                if (unit.Shortfall > 0)
                {
                    await context.Out.WriteLineAsync(string.Create(
                        CultureInfo.InvariantCulture,
                        $"  shortfall: units[{i}] selected {unit.Selected} of {unit.Requested} ({string.Join(", ", unit.Notes)})"));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task WriteSection16aAsync(CliContext context, SampleProtocol protocol)
    {
        if (protocol.Section16a is not { Rule: Section16aSummary.ConsentRegisterRule } s)
        {
            return;
        }

        await context.Out.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"  § 16a: {s.Marked:N0} marked records, {s.ExcludedPerUnit.Sum(u => u.Excluded):N0} excluded without consent in {s.Month ?? "any month"}; register sha256 {s.RegisterSha256} ({s.RegisterDecisions} decisions)"));
        if (s.StatedConsentDisagreements > 0)
        {
            await context.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"vkb: warning: {s.StatedConsentDisagreements:N0} records state a § 16a consent that the register contradicts; the register decides (S7)."));
        }
    }

    private static ConsentRegister? ReadRegister(FileInfo? file, long maximumBytes)
    {
        if (file is null)
        {
            return null;
        }

        var bytes = CliOptions.ReadBounded(CliOptions.MustExist(file, "--consent-register").FullName, "--consent-register", Math.Min(maximumBytes, int.MaxValue), "raise --max-file-bytes if the register really is this large");
        try
        {
            return ConsentRegister.Parse(bytes, (int)Math.Min(maximumBytes, int.MaxValue));
        }
        catch (FormatException ex)
        {
            throw new CliException($"--consent-register: {ex.Message}", ex);
        }
    }

    public static Command CreateVerify(CliContext context)
    {
        var population = CliOptions.RequiredFile("--population", "The population the draw used: JSON Lines.");
        var protocolOption = CliOptions.RequiredFile("--protocol", "The protocol written by vkb sample.");
        var register = CliOptions.OptionalFile("--consent-register", "The § 16a consent register; required when the protocol names a non-empty register. The exclusions are re-derived from it.");
        var maxLine = MaxLineBytes();
        var maxFile = MaxFileBytes();
        var command = new Command(
            "verify-sample",
            CliOptions.WithExample(
                "Recomputes a protocol from its seed, parameters, the population and the consent register and lists every discrepancy " +
                "(commitment, digests, allocation, selection, tickets, exclusions, § 16a cases drawn against the register, duplicates, replacements). " +
                "Exit codes: 0 valid; 1 invalid (each discrepancy on its own line); 2 bad input.",
                "vkb verify-sample --population extract.jsonl --protocol tl-2025-04.protocol.json --consent-register consent-16a.json"));
        command.Options.Add(population);
        command.Options.Add(protocolOption);
        command.Options.Add(register);
        command.Options.Add(maxLine);
        command.Options.Add(maxFile);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var populationFile = CliOptions.MustExist(parseResult.GetValue(population)!, "--population");
            var protocolFile = CliOptions.MustExist(parseResult.GetValue(protocolOption)!, "--protocol");
            var limit = parseResult.GetValue(maxFile);
            SampleProtocol protocol;
            try
            {
                var bytes = CliOptions.ReadBounded(protocolFile.FullName, "--protocol", limit, "raise --max-file-bytes if the protocol really is this large");
                protocol = SampleProtocol.FromJson(CliOptions.StrictUtf8("--protocol", bytes));
            }
            catch (FormatException ex)
            {
                throw new CliException($"--protocol: {ex.Message}", ex);
            }

            var fields = FieldSpec.FromParameters(protocol.Parameters);
            var consent = ReadRegister(parseResult.GetValue(register), limit);
            if (consent is null && protocol.Section16a is { RegisterDecisions: > 0 })
            {
                throw new CliException("--consent-register: the protocol was drawn against a consent register (section16a.registerSha256); give that register to re-derive the § 16a exclusions.");
            }

            var month = MonthOf(protocol);
            var items = new List<PopulationRecord>();
            using (var progress = context.Progress("verify-sample"))
            {
                await foreach (var item in new JsonlPopulation(populationFile, fields, parseResult.GetValue(maxLine)).ReadAsync(progress, cancellationToken))
                {
                    items.Add(item);
                }
            }

            var verification = Sampler.Verify(protocol, items, fields.Frame(consent ?? ConsentRegister.Empty, month));
            if (verification.IsValid)
            {
                await context.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"valid: draw {protocol.DrawId}, {protocol.Units.Count:N0} units, {protocol.Units.Sum(u => u.Selected):N0} selected, {protocol.Replacements.Count:N0} replacements, population sha256 {protocol.PopulationDigest}"));
                await WriteSection16aAsync(context, protocol);
                return ExitCodes.Success;
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"invalid: {verification.Discrepancies.Count:N0} discrepancies between --protocol and --population (paths in the protocol)"));
            foreach (var discrepancy in verification.Discrepancies)
            {
                await context.Out.WriteLineAsync("  " + discrepancy);
            }

            return ExitCodes.Failure;
        });
        return command;
    }

    private static YearMonth MonthOf(SampleProtocol protocol)
    {
        if (protocol.Section16a?.Month is not { } text)
        {
            return new YearMonth(2000, 1); // an empty register consents to nothing in any month
        }

        var parsed = YearMonthPattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new CliException("--protocol: section16a.month must be a month as yyyy-MM.");
    }

    /// <summary>One population record as the draw needs it: key, unit, stratum, which exclusion rules matched, and the § 16a fields.</summary>
    internal sealed record PopulationRecord(string Key, string Unit, string Stratum, long Excluded, bool Marked16a, string? JobCentre, bool? StatedConsent);

    /// <summary>An exclusion rule of the spec: all listed fields equal the given JSON values.</summary>
    internal sealed record ExcludeRule(string Reason, IReadOnlyList<(string Path, JsonElement Value)> When);

    /// <summary>
    /// The spec's <c>section16a</c>: the fields that carry the § 16a mark, the job centre and
    /// (optionally) the record's own statement of consent.
    /// </summary>
    internal sealed record Section16aFields(string MarkField, string JobCentreField, string? StatedConsentField);

    /// <summary>How records are read: field paths and exclusion rules (recorded in the protocol's parameters).</summary>
    internal sealed class FieldSpec
    {
        private static readonly string[] Section16aMembers = ["markField", "jobCentreField", "statedConsentField", "notApplicable"];

        public FieldSpec(string keyField, string unitField, string? stratumField, IReadOnlyList<ExcludeRule> exclude, JsonElement? excludeJson, Section16aFields? section16a, string? notApplicable, string? onlyUnit)
        {
            KeyField = keyField;
            UnitField = unitField;
            StratumField = stratumField;
            Exclude = exclude;
            ExcludeJson = excludeJson;
            Section16a = section16a;
            NotApplicable = notApplicable;
            OnlyUnit = onlyUnit;
        }

        public string KeyField { get; }

        public string UnitField { get; }

        public string? StratumField { get; }

        public IReadOnlyList<ExcludeRule> Exclude { get; }

        public JsonElement? ExcludeJson { get; }

        /// <summary>The § 16a fields; null when <see cref="NotApplicable"/> gives the reason the population holds no § 16a case.</summary>
        public Section16aFields? Section16a { get; }

        public string? NotApplicable { get; }

        /// <summary>The one unit (e.g. RD) the draw is restricted to (S6); null for any.</summary>
        public string? OnlyUnit { get; }

        public static FieldSpec Parse(JsonElement root, string source)
        {
            var key = RequiredString(root, "keyField", source);
            var unit = RequiredString(root, "unitField", source);
            string? stratum = null;
            if (root.TryGetProperty("stratumField", out var s) && s.ValueKind != JsonValueKind.Null)
            {
                stratum = s.ValueKind == JsonValueKind.String && s.GetString()!.Length > 0
                    ? s.GetString()
                    : throw new CliException($"{source}: stratumField must be a dotted field path.");
            }

            string? onlyUnit = null;
            if (root.TryGetProperty("unit", out var u) && u.ValueKind != JsonValueKind.Null)
            {
                onlyUnit = u.ValueKind == JsonValueKind.String && u.GetString()!.Length > 0
                    ? u.GetString()
                    : throw new CliException($"{source}: unit must be the one unit (e.g. the RD) the draw is restricted to.");
            }

            if (!root.TryGetProperty("section16a", out var section) || section.ValueKind != JsonValueKind.Object)
            {
                throw new CliException(
                    $"{source}: section16a is missing; name the § 16a fields ({{ \"markField\": \"municipalServices16a\", \"jobCentreField\": \"jobCentre.id\", \"statedConsentField\": \"jobCentre.consents16a\" }}) " +
                    "or state why the population holds no § 16a case ({ \"notApplicable\": \"reason\" }) (S7).");
            }

            foreach (var member in section.EnumerateObject().Where(m => !Section16aMembers.Contains(m.Name, StringComparer.Ordinal)))
            {
                throw new CliException($"{source}: section16a has an unknown member (known: {string.Join(", ", Section16aMembers)}).");
            }

            Section16aFields? fields = null;
            string? notApplicable = null;
            if (section.TryGetProperty("notApplicable", out var na))
            {
                notApplicable = na.ValueKind == JsonValueKind.String && na.GetString()!.Trim().Length > 0 && section.EnumerateObject().Count() == 1
                    ? na.GetString()
                    : throw new CliException($"{source}: section16a.notApplicable must be the only member and a non-empty reason.");
            }
            else
            {
                fields = new Section16aFields(
                    RequiredString(section, "markField", source + " section16a"),
                    RequiredString(section, "jobCentreField", source + " section16a"),
                    section.TryGetProperty("statedConsentField", out var stated) && stated.ValueKind != JsonValueKind.Null
                        ? stated.ValueKind == JsonValueKind.String && stated.GetString()!.Length > 0 ? stated.GetString() : throw new CliException($"{source}: section16a.statedConsentField must be a dotted field path.")
                        : null);
            }

            var rules = new List<ExcludeRule>();
            JsonElement? excludeJson = null;
            if (root.TryGetProperty("exclude", out var exclude) && exclude.ValueKind != JsonValueKind.Null)
            {
                if (exclude.ValueKind != JsonValueKind.Array)
                {
                    throw new CliException($"{source}: exclude must be an array of {{ \"reason\", \"when\": {{ \"field.path\": value }} }}.");
                }

                var index = 0;
                foreach (var rule in exclude.EnumerateArray())
                {
                    var where = $"{source}: exclude[{index}]";
                    if (rule.ValueKind != JsonValueKind.Object ||
                        !rule.TryGetProperty("reason", out var reason) || reason.ValueKind != JsonValueKind.String || reason.GetString()!.Length == 0 ||
                        !rule.TryGetProperty("when", out var when) || when.ValueKind != JsonValueKind.Object || !when.EnumerateObject().Any())
                    {
                        throw new CliException($"{where} needs a non-empty \"reason\" and a non-empty \"when\" object of field paths and values.");
                    }

                    if (reason.GetString() == SampleFrame.Section16aReason)
                    {
                        throw new CliException($"{where}: the reason {SampleFrame.Section16aReason} belongs to the draw's own § 16a rule; name the fields in section16a instead.");
                    }

                    rules.Add(new ExcludeRule(reason.GetString()!, when.EnumerateObject().Select(p => (p.Name, p.Value.Clone())).ToList()));
                    index++;
                }

                if (rules.Count > SampleFrame<PopulationRecord>.MaximumRules - 1)
                {
                    throw new CliException($"{source}: at most {SampleFrame<PopulationRecord>.MaximumRules - 1} exclude rules.");
                }

                excludeJson = exclude.Clone();
            }

            return new FieldSpec(key, unit, stratum, rules, excludeJson, fields, notApplicable, onlyUnit);
        }

        public static FieldSpec FromParameters(SampleParameters parameters)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(
                    JsonSerializer.Serialize(parameters.Extensions.ToDictionary(e => e.Key, e => e.Value)),
                    new JsonDocumentOptions { AllowDuplicateProperties = false });
            }
            catch (JsonException ex)
            {
                throw new CliException("--protocol: parameters hold a duplicate member.", ex);
            }

            using (document)
            {
                return Parse(document.RootElement.Clone(), "--protocol parameters");
            }
        }

        public Dictionary<string, JsonElement> Extensions()
        {
            var result = new Dictionary<string, JsonElement>
            {
                ["keyField"] = JsonSerializer.SerializeToElement(KeyField),
                ["unitField"] = JsonSerializer.SerializeToElement(UnitField),
                ["section16a"] = Section16a is { } s
                    ? JsonSerializer.SerializeToElement(s.StatedConsentField is null
                        ? new Dictionary<string, string> { ["markField"] = s.MarkField, ["jobCentreField"] = s.JobCentreField }
                        : new Dictionary<string, string> { ["markField"] = s.MarkField, ["jobCentreField"] = s.JobCentreField, ["statedConsentField"] = s.StatedConsentField })
                    : JsonSerializer.SerializeToElement(new Dictionary<string, string> { ["notApplicable"] = NotApplicable! }),
            };
            if (StratumField is not null)
            {
                result["stratumField"] = JsonSerializer.SerializeToElement(StratumField);
            }

            if (OnlyUnit is not null)
            {
                result["unit"] = JsonSerializer.SerializeToElement(OnlyUnit);
            }

            if (ExcludeJson is { } e)
            {
                result["exclude"] = e;
            }

            return result;
        }

        public SampleFrame<PopulationRecord> Frame(ConsentRegister register, YearMonth month)
        {
            var frame = SampleFrame.Create<PopulationRecord>(r => r.Key, r => r.Unit, StratumField is null ? null : r => r.Stratum);
            for (var i = 0; i < Exclude.Count; i++)
            {
                var bit = 1L << i;
                frame = frame.ExcludeWhen(Exclude[i].Reason, r => (r.Excluded & bit) != 0);
            }

            frame = Section16a is null
                ? frame.WithoutSection16a(NotApplicable!)
                : frame.WithSection16a(r => r.Marked16a, r => r.JobCentre, register, month, Section16a.StatedConsentField is null ? null : r => r.StatedConsent);
            return OnlyUnit is null ? frame : frame.RestrictToUnit(OnlyUnit);
        }

        private static string RequiredString(JsonElement root, string name, string source) =>
            root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0
                ? v.GetString()!
                : throw new CliException($"{source}: field '{name}' is missing or not a non-empty string.");
    }

    /// <summary>The spec file of <c>vkb sample</c>.</summary>
    internal sealed class DrawSpec
    {
        private static readonly string[] Known =
            ["drawId", "month", "seed", "keyField", "unitField", "stratumField", "level", "unit", "section16a", "perUnit", "minPerStratum", "weights", "reserve", "exclude", "committedAt", "seedCommitment"];

        private DrawSpec(Seed seed, SampleParameters parameters, FieldSpec fields, YearMonth month, Instant? committedAt, string? seedCommitment)
        {
            Seed = seed;
            Parameters = parameters;
            Fields = fields;
            Month = month;
            CommittedAt = committedAt;
            PublishedCommitment = seedCommitment;
        }

        public Seed Seed { get; }

        public SampleParameters Parameters { get; }

        public FieldSpec Fields { get; }

        /// <summary>The draw month: the § 16a consent is checked for it, and --phases must announce it.</summary>
        public YearMonth Month { get; }

        public Instant? CommittedAt { get; }

        public string? PublishedCommitment { get; }

        public static DrawSpec Read(FileInfo file, string? belowFloorReason = null, long maximumBytes = DefaultMaxFileBytes)
        {
            JsonDocument document;
            var text = CliOptions.StrictUtf8("--spec", CliOptions.ReadBounded(file.FullName, "--spec", maximumBytes, "a spec is small"));
            try
            {
                document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false, MaxDepth = 32 });
            }
            catch (JsonException ex)
            {
                throw new CliException($"--spec: not valid JSON or a duplicate member (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}).", ex);
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new CliException("--spec: the spec must be a JSON object.");
                }

                foreach (var property in root.EnumerateObject())
                {
                    if (!Known.Contains(property.Name))
                    {
                        throw new CliException($"--spec: unknown field '{property.Name}' (known: {string.Join(", ", Known)}).");
                    }
                }

                var drawId = Text(root, "drawId") ?? throw new CliException("--spec: field 'drawId' is missing.");
                var monthText = Text(root, "month") ?? throw new CliException("--spec: field 'month' (the draw month, yyyy-MM) is missing.");
                var month = YearMonthPattern.Iso.Parse(monthText);
                if (!month.Success || monthText.Length != 7)
                {
                    throw new CliException("--spec: month must be the draw month as yyyy-MM, e.g. 2025-04.");
                }

                var seedText = Text(root, "seed") ?? throw new CliException("--spec: field 'seed' is missing.");
                if (!Seed.TryParse(seedText, out var seed))
                {
                    try
                    {
                        seed = Seed.FromDice(seedText);
                    }
                    catch (ArgumentException)
                    {
                        throw new CliException("--spec: seed must be at least 20 dice digits (spaces and dashes allowed) or 20 to 256 characters of 0-9 and a-f.");
                    }
                }

                var perUnit = Int(root, "perUnit") ?? throw new CliException("--spec: field 'perUnit' is missing.");
                if (perUnit < 1)
                {
                    throw new CliException("--spec: perUnit must be at least 1.");
                }

                var level = Text(root, "level") switch
                {
                    null or "teamLead" => DrawLevel.TeamLead,
                    "regionalDirectorate" => DrawLevel.RegionalDirectorate,
                    "headOffice" => DrawLevel.HeadOffice,
                    _ => throw new CliException("--spec: level must be teamLead, regionalDirectorate or headOffice."),
                };

                var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
                if (root.TryGetProperty("weights", out var w) && w.ValueKind != JsonValueKind.Null)
                {
                    if (w.ValueKind != JsonValueKind.Object)
                    {
                        throw new CliException("--spec: weights must be an object of stratum names and positive numbers.");
                    }

                    foreach (var p in w.EnumerateObject())
                    {
                        weights[p.Name] = p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetDecimal(out var d)
                            ? d
                            : throw new CliException($"--spec: weights.{p.Name} must be a number.");
                    }
                }

                var fields = FieldSpec.Parse(root, "--spec");
                SampleParameters parameters;
                try
                {
                    parameters = SampleParameters.Create(drawId, perUnit, Int(root, "minPerStratum") ?? 0, Int(root, "reserve") ?? 0, weights, fields.Extensions(), level, belowFloorReason);
                }
                catch (ArgumentException ex)
                {
                    var hint = belowFloorReason is null && ex.ParamName == "perUnit" ? " Pass --below-floor-reason \"…\" to record why." : string.Empty;
                    throw new CliException($"--spec: {ex.Message}{hint}", ex);
                }

                Instant? committedAt = null;
                if (Text(root, "committedAt") is { } at)
                {
                    var parsed = InstantPattern.ExtendedIso.Parse(at);
                    committedAt = parsed.Success ? parsed.Value : throw new CliException("--spec: committedAt must be an ISO-8601 UTC instant, e.g. 2025-04-01T08:00:00Z.");
                }

                return new DrawSpec(seed, parameters, fields, month.Value, committedAt, Text(root, "seedCommitment"));
            }
        }

        public Vkb.Sampling.SeedCommitment Commitment(IClock clock)
        {
            var commitment = Vkb.Sampling.SeedCommitment.Create(Seed, CommittedAt ?? clock.GetCurrentInstant());
            if (PublishedCommitment is { } published && !string.Equals(published, commitment.Digest, StringComparison.OrdinalIgnoreCase))
            {
                throw new CliException("--spec: seedCommitment is not the SHA-256 of the seed; the seed is not the one committed to.");
            }

            return commitment;
        }

        private static string? Text(JsonElement root, string name)
        {
            if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return v.ValueKind == JsonValueKind.String ? v.GetString() : throw new CliException($"--spec: {name} must be a string.");
        }

        private static int? Int(JsonElement root, string name)
        {
            if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : throw new CliException($"--spec: {name} must be a whole number.");
        }
    }

    /// <summary>
    /// Reads a JSON Lines population record by record, each line at most <c>maxLineBytes</c> long
    /// (so a file without line feeds cannot exhaust memory); keeps only what the draw reads.
    /// Remembers which exclusion and § 16a paths matched any record, so that a misspelt path is an
    /// error instead of an exclusion that silently excludes nothing.
    /// </summary>
    internal sealed class JsonlPopulation(FileInfo file, FieldSpec fields, int maxLineBytes = DefaultMaxLineBytes)
    {
        private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 64 };
        private readonly Dictionary<string, bool> _pathSeen = new(StringComparer.Ordinal);

        public async IAsyncEnumerable<PopulationRecord> ReadAsync(ProgressReporter progress, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var rule in fields.Exclude)
            {
                foreach (var (path, _) in rule.When)
                {
                    _pathSeen[path] = false;
                }
            }

            if (fields.Section16a is { } s)
            {
                _pathSeen[s.MarkField] = false;
                _pathSeen[s.JobCentreField] = false;
                if (s.StatedConsentField is { } stated)
                {
                    _pathSeen[stated] = false;
                }
            }

            await using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true);
            var buffer = new byte[1 << 16];
            var line = new MemoryStream();
            var lineNumber = 0;
            int read;
            while (true)
            {
                read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (buffer[i] != (byte)'\n')
                    {
                        continue;
                    }

                    line.Write(buffer, start, i - start);
                    start = i + 1;
                    lineNumber++;
                    if (Record(line, lineNumber, decoder) is { } record)
                    {
                        yield return record;
                        progress.Report(lineNumber, null, "lines");
                    }

                    line.SetLength(0);
                }

                if (read == 0)
                {
                    break;
                }

                line.Write(buffer, start, read - start);
                if (line.Length > maxLineBytes)
                {
                    throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--population line {lineNumber + 1}: longer than {maxLineBytes:N0} bytes (raise --max-line-bytes if records really are this large)."));
                }
            }
            if (line.Length > 0 && Record(line, lineNumber + 1, decoder) is { } last)
            {
                yield return last;
            }
        }

        /// <summary>Refuses (exit 2) a spec path of an exclusion or of section16a that matched no record of the population.</summary>
        public void CheckEveryPathMatched()
        {
            for (var i = 0; i < fields.Exclude.Count; i++)
            {
                foreach (var (path, _) in fields.Exclude[i].When)
                {
                    if (!_pathSeen[path])
                    {
                        throw new CliException($"--spec: exclude[{i}].when: the field path '{path}' occurs in no record of the population; a misspelt path would exclude nothing. Nothing was written.");
                    }
                }
            }

            if (fields.Section16a is { } s)
            {
                foreach (var (name, path) in new[] { ("markField", s.MarkField), ("jobCentreField", s.JobCentreField), ("statedConsentField", s.StatedConsentField) })
                {
                    if (path is not null && !_pathSeen[path])
                    {
                        throw new CliException($"--spec: section16a.{name}: the field path '{path}' occurs in no record of the population; a misspelt path would exclude no § 16a case (S7). Nothing was written.");
                    }
                }
            }
        }

        private PopulationRecord? Record(MemoryStream bytes, int lineNumber, UTF8Encoding decoder)
        {
            if (bytes.Length > maxLineBytes)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--population line {lineNumber}: longer than {maxLineBytes:N0} bytes (raise --max-line-bytes if records really are this large)."));
            }

            string line;
            try
            {
                line = decoder.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
            }
            catch (DecoderFallbackException ex)
            {
                throw new CliException($"--population line {lineNumber}: not valid UTF-8.", ex);
            }

            return string.IsNullOrWhiteSpace(line) ? null : Parse(line, lineNumber);
        }

        private PopulationRecord Parse(string line, int lineNumber)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line, Strict);
            }
            catch (JsonException ex)
            {
                throw new CliException($"--population line {lineNumber}: not valid JSON or a duplicate member (byte {ex.BytePositionInLine}).", ex);
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    throw new CliException($"--population line {lineNumber}: a record must be a JSON object.");
                }

                var key = Scalar(root, fields.KeyField, lineNumber);
                var unit = Scalar(root, fields.UnitField, lineNumber);
                if (fields.OnlyUnit is { } only && !string.Equals(unit, only, StringComparison.Ordinal))
                {
                    throw new CliException($"--population line {lineNumber}: the record belongs to another unit than the spec's unit '{only}'; a district's draw is refused for a population holding another district's cases (S6). Nothing was written.");
                }

                var stratum = fields.StratumField is null ? SampleFrame.SingleStratum : Scalar(root, fields.StratumField, lineNumber);
                long excluded = 0;
                for (var i = 0; i < fields.Exclude.Count; i++)
                {
                    var all = true;
                    foreach (var (path, value) in fields.Exclude[i].When)
                    {
                        var found = Find(root, path);
                        if (found is not null)
                        {
                            _pathSeen[path] = true;
                        }

                        all &= found is { } v && JsonElement.DeepEquals(v, value);
                    }

                    if (all)
                    {
                        excluded |= 1L << i;
                    }
                }

                var marked = false;
                string? jobCentre = null;
                bool? stated = null;
                if (fields.Section16a is { } s)
                {
                    marked = Boolean(root, s.MarkField, lineNumber) ?? false;
                    if (Find(root, s.JobCentreField) is not null)
                    {
                        _pathSeen[s.JobCentreField] = true;
                        jobCentre = Scalar(root, s.JobCentreField, lineNumber);
                    }

                    stated = s.StatedConsentField is { } field ? Boolean(root, field, lineNumber) : null;
                }

                return new PopulationRecord(key, unit, stratum, excluded, marked, jobCentre, stated);
            }
        }

        private bool? Boolean(JsonElement root, string path, int lineNumber)
        {
            if (Find(root, path) is not { } value)
            {
                return null;
            }

            _pathSeen[path] = true;
            return value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new CliException($"--population line {lineNumber}: field '{path}' must be true or false."),
            };
        }

        private static string Scalar(JsonElement root, string path, int lineNumber)
        {
            var value = Find(root, path) ?? throw new CliException($"--population line {lineNumber}: field '{path}' is missing.");
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Number => value.GetRawText(),
                _ => throw new CliException($"--population line {lineNumber}: field '{path}' must be a string or number."),
            };
            return text.Length > 0 ? text : throw new CliException($"--population line {lineNumber}: field '{path}' is empty.");
        }

        private static JsonElement? Find(JsonElement root, string path)
        {
            var current = root;
            foreach (var part in path.Split('.'))
            {
                if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
                {
                    return null;
                }
            }

            return current.ValueKind == JsonValueKind.Null ? null : current;
        }
    }
}
