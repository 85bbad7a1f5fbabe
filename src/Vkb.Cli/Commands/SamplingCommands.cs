using System.CommandLine;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Vkb.Sampling;

namespace Vkb.Cli.Commands;

/// <summary>
/// <c>vkb sample</c> and <c>vkb verify-sample</c>: seeded stratified draws over a JSON Lines
/// population and their re-check. Errors name the file, line and field path, never a value.
/// </summary>
internal static class SamplingCommands
{
    /// <summary>Adds both commands to <paramref name="root"/>.</summary>
    public static void AddTo(RootCommand root, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Subcommands.Add(CreateSample(context));
        root.Subcommands.Add(CreateVerify(context));
    }

    public static Command CreateSample(CliContext context)
    {
        var population = CliOptions.RequiredFile("--population", "The population: JSON Lines, one record per line.");
        var spec = CliOptions.RequiredFile("--spec", "The draw spec (JSON): drawId, seed, keyField, unitField, stratumField?, perUnit, minPerStratum?, weights?, reserve?, exclude?, committedAt?, seedCommitment?.");
        var output = CliOptions.RequiredFile("--out", "The protocol (JSON) to write.");
        var command = new Command(
            "sample",
            CliOptions.WithExample(
                "Draws, per unit and stratum, the records with the smallest SHA-256 tickets (algorithm vkb-sample-v1, docs/sampling-spec.md) " +
                "and writes the protocol an auditor re-checks with verify-sample. Field paths in the spec are dotted (jobCentre.id). " +
                "Exit codes: 0 drawn; 2 bad input (file, line and field path are named, never a value).",
                "vkb sample --population extract.jsonl --spec tl-2025-04.json --out tl-2025-04.protocol.json"));
        command.Options.Add(population);
        command.Options.Add(spec);
        command.Options.Add(output);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var populationFile = CliOptions.MustExist(parseResult.GetValue(population)!, "--population");
            var specFile = CliOptions.MustExist(parseResult.GetValue(spec)!, "--spec");
            var outFile = parseResult.GetValue(output)!;
            var drawSpec = DrawSpec.Read(specFile);
            var commitment = drawSpec.Commitment(context.Clock);
            var reader = new JsonlPopulation(populationFile, drawSpec.Fields);
            SampleProtocol protocol;
            using (var progress = context.Progress("sample"))
            {
                protocol = await Sampler.DrawAsync(
                    reader.ReadAsync(progress, cancellationToken), drawSpec.Fields.Frame(), drawSpec.Parameters, drawSpec.Seed, commitment, cancellationToken: cancellationToken);
            }

            if (protocol.PopulationSize == 0)
            {
                throw new CliException($"--population: the file '{populationFile.FullName}' holds no records; nothing was drawn.");
            }

            AtomicFile.WriteText(outFile.FullName, protocol.ToJson());
            var selected = protocol.Units.Sum(u => u.Selected);
            var shortUnits = protocol.Units.Count(u => u.Shortfall > 0);
            await context.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"sampled {selected:N0} of {protocol.PopulationSize:N0} records in {protocol.Units.Count:N0} units (draw {protocol.DrawId}); " +
                $"{shortUnits:N0} units with a shortfall, {protocol.Excluded.Count:N0} exclusions, {protocol.Duplicates.Count:N0} duplicate keys; " +
                $"population sha256 {protocol.PopulationDigest}; protocol {outFile.FullName}"));
            foreach (var unit in protocol.Units.Where(u => u.Shortfall > 0))
            {
                await context.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  shortfall: units[{protocol.Units.ToList().IndexOf(unit)}] selected {unit.Selected} of {unit.Requested} ({string.Join(", ", unit.Notes)})"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateVerify(CliContext context)
    {
        var population = CliOptions.RequiredFile("--population", "The population the draw used: JSON Lines.");
        var protocolOption = CliOptions.RequiredFile("--protocol", "The protocol written by vkb sample.");
        var command = new Command(
            "verify-sample",
            CliOptions.WithExample(
                "Recomputes a protocol from its seed, parameters and the population and lists every discrepancy " +
                "(commitment, digest, allocation, selection, tickets, exclusions, duplicates, replacements). " +
                "Exit codes: 0 valid; 1 invalid (each discrepancy on its own line); 2 bad input.",
                "vkb verify-sample --population extract.jsonl --protocol tl-2025-04.protocol.json"));
        command.Options.Add(population);
        command.Options.Add(protocolOption);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var populationFile = CliOptions.MustExist(parseResult.GetValue(population)!, "--population");
            var protocolFile = CliOptions.MustExist(parseResult.GetValue(protocolOption)!, "--protocol");
            SampleProtocol protocol;
            try
            {
                protocol = SampleProtocol.FromJson(await File.ReadAllTextAsync(protocolFile.FullName, cancellationToken));
            }
            catch (FormatException ex)
            {
                throw new CliException($"--protocol: {ex.Message}", ex);
            }

            var fields = FieldSpec.FromParameters(protocol.Parameters);
            var items = new List<PopulationRecord>();
            using (var progress = context.Progress("verify-sample"))
            {
                await foreach (var item in new JsonlPopulation(populationFile, fields).ReadAsync(progress, cancellationToken))
                {
                    items.Add(item);
                }
            }

            var verification = Sampler.Verify(protocol, items, fields.Frame());
            if (verification.IsValid)
            {
                await context.Out.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"valid: draw {protocol.DrawId}, {protocol.Units.Count:N0} units, {protocol.Units.Sum(u => u.Selected):N0} selected, {protocol.Replacements.Count:N0} replacements, population sha256 {protocol.PopulationDigest}"));
                return ExitCodes.Success;
            }

            await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"invalid: {verification.Discrepancies.Count:N0} discrepancies"));
            foreach (var discrepancy in verification.Discrepancies)
            {
                await context.Out.WriteLineAsync("  " + discrepancy);
            }

            return ExitCodes.Failure;
        });
        return command;
    }

    /// <summary>One population record as the draw needs it: key, unit, stratum and which exclusion rules matched.</summary>
    internal sealed record PopulationRecord(string Key, string Unit, string Stratum, long Excluded);

    /// <summary>An exclusion rule of the spec: all listed fields equal the given JSON values.</summary>
    internal sealed record ExcludeRule(string Reason, IReadOnlyList<(string Path, JsonElement Value)> When);

    /// <summary>How records are read: field paths and exclusion rules (recorded in the protocol's parameters).</summary>
    internal sealed class FieldSpec
    {
        public FieldSpec(string keyField, string unitField, string? stratumField, IReadOnlyList<ExcludeRule> exclude, JsonElement? excludeJson)
        {
            KeyField = keyField;
            UnitField = unitField;
            StratumField = stratumField;
            Exclude = exclude;
            ExcludeJson = excludeJson;
        }

        public string KeyField { get; }

        public string UnitField { get; }

        public string? StratumField { get; }

        public IReadOnlyList<ExcludeRule> Exclude { get; }

        public JsonElement? ExcludeJson { get; }

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

                    rules.Add(new ExcludeRule(reason.GetString()!, when.EnumerateObject().Select(p => (p.Name, p.Value.Clone())).ToList()));
                    index++;
                }

                if (rules.Count > SampleFrame<PopulationRecord>.MaximumRules)
                {
                    throw new CliException($"{source}: at most {SampleFrame<PopulationRecord>.MaximumRules} exclude rules.");
                }

                excludeJson = exclude.Clone();
            }

            return new FieldSpec(key, unit, stratum, rules, excludeJson);
        }

        public static FieldSpec FromParameters(SampleParameters parameters)
        {
            using var document = JsonDocument.Parse(JsonSerializer.Serialize(parameters.Extensions.ToDictionary(e => e.Key, e => e.Value)));
            return Parse(document.RootElement.Clone(), "--protocol parameters");
        }

        public Dictionary<string, JsonElement> Extensions()
        {
            var result = new Dictionary<string, JsonElement>
            {
                ["keyField"] = JsonSerializer.SerializeToElement(KeyField),
                ["unitField"] = JsonSerializer.SerializeToElement(UnitField),
            };
            if (StratumField is not null)
            {
                result["stratumField"] = JsonSerializer.SerializeToElement(StratumField);
            }

            if (ExcludeJson is { } e)
            {
                result["exclude"] = e;
            }

            return result;
        }

        public SampleFrame<PopulationRecord> Frame()
        {
            var frame = SampleFrame.Create<PopulationRecord>(r => r.Key, r => r.Unit, StratumField is null ? null : r => r.Stratum);
            for (var i = 0; i < Exclude.Count; i++)
            {
                var bit = 1L << i;
                frame = frame.ExcludeWhen(Exclude[i].Reason, r => (r.Excluded & bit) != 0);
            }

            return frame;
        }

        private static string RequiredString(JsonElement root, string name, string source) =>
            root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Length > 0
                ? v.GetString()!
                : throw new CliException($"{source}: field '{name}' is missing or not a non-empty string.");
    }

    /// <summary>The spec file of <c>vkb sample</c>.</summary>
    internal sealed class DrawSpec
    {
        private DrawSpec(Seed seed, SampleParameters parameters, FieldSpec fields, Instant? committedAt, string? seedCommitment)
        {
            Seed = seed;
            Parameters = parameters;
            Fields = fields;
            CommittedAt = committedAt;
            PublishedCommitment = seedCommitment;
        }

        public Seed Seed { get; }

        public SampleParameters Parameters { get; }

        public FieldSpec Fields { get; }

        public Instant? CommittedAt { get; }

        public string? PublishedCommitment { get; }

        public static DrawSpec Read(FileInfo file)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(File.ReadAllText(file.FullName), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            }
            catch (JsonException ex)
            {
                throw new CliException($"--spec: not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine}).", ex);
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
                    parameters = SampleParameters.Create(drawId, perUnit, Int(root, "minPerStratum") ?? 0, Int(root, "reserve") ?? 0, weights, fields.Extensions());
                }
                catch (ArgumentException ex)
                {
                    throw new CliException($"--spec: {ex.Message}", ex);
                }

                Instant? committedAt = null;
                if (Text(root, "committedAt") is { } at)
                {
                    var parsed = InstantPattern.ExtendedIso.Parse(at);
                    committedAt = parsed.Success ? parsed.Value : throw new CliException("--spec: committedAt must be an ISO-8601 UTC instant, e.g. 2025-04-01T08:00:00Z.");
                }

                return new DrawSpec(seed, parameters, fields, committedAt, Text(root, "seedCommitment"));
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

        private static readonly string[] Known =
            ["drawId", "seed", "keyField", "unitField", "stratumField", "perUnit", "minPerStratum", "weights", "reserve", "exclude", "committedAt", "seedCommitment"];

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

    /// <summary>Reads a JSON Lines population record by record; keeps only key, unit, stratum and rule matches.</summary>
    internal sealed class JsonlPopulation(FileInfo file, FieldSpec fields)
    {
        public async IAsyncEnumerable<PopulationRecord> ReadAsync(ProgressReporter progress, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var reader = new StreamReader(file.FullName, new UTF8Encoding(false, throwOnInvalidBytes: true));
            var lineNumber = 0;
            while (true)
            {
                string? line;
                try
                {
                    line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DecoderFallbackException ex)
                {
                    throw new CliException($"--population line {lineNumber + 1}: not valid UTF-8.", ex);
                }

                if (line is null)
                {
                    yield break;
                }

                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                yield return Parse(line, lineNumber);
                progress.Report(lineNumber, null, "lines");
            }
        }

        private PopulationRecord Parse(string line, int lineNumber)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(line);
            }
            catch (JsonException ex)
            {
                throw new CliException($"--population line {lineNumber}: not valid JSON (byte {ex.BytePositionInLine}).", ex);
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
                var stratum = fields.StratumField is null ? SampleFrame.SingleStratum : Scalar(root, fields.StratumField, lineNumber);
                long excluded = 0;
                for (var i = 0; i < fields.Exclude.Count; i++)
                {
                    if (fields.Exclude[i].When.All(c => Find(root, c.Path) is { } v && JsonElement.DeepEquals(v, c.Value)))
                    {
                        excluded |= 1L << i;
                    }
                }

                return new PopulationRecord(key, unit, stratum, excluded);
            }
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
