using System.Globalization;
using System.Text;
using System.Text.Json;

using Vkb.Pseudonymization.Policies.Operations;

namespace Vkb.Pseudonymization.Policies;

/// <summary>Reads and writes the JSON form of a policy (see docs/pseudonym-spec.md and vkb-default.json).</summary>
internal static class PolicyJson
{
    /// <summary>The largest policy file <see cref="RecordPolicy.Load"/> reads (1 MiB; the shipped policy has a few KiB).</summary>
    public const int MaxFileBytes = 1 << 20;

    private static readonly string[] TopLevel = ["id", "description", "subject", "referenceMonth", "flagged", "jobCentre", "agency", "customerProcess", "names", "fields", "kAnonymity"];

    public static string Write(RecordPolicy policy)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("id", policy.Id);
            WriteOptional(writer, "subject", policy.Subject);
            WriteOptional(writer, "referenceMonth", policy.ReferenceMonth);
            WriteOptional(writer, "flagged", policy.Flagged);
            WriteOptional(writer, "jobCentre", policy.JobCentre);
            WriteOptional(writer, "agency", policy.Agency);
            WriteOptional(writer, "customerProcess", policy.CustomerProcess);
            writer.WriteStartArray("names");
            foreach (var (path, role) in policy.Names)
            {
                writer.WriteStartObject();
                writer.WriteString("path", path.Value);
                writer.WriteString("role", RoleName(role));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("fields");
            foreach (var rule in policy.Rules)
            {
                writer.WriteStartObject();
                writer.WriteString("path", rule.Path.Value);
                writer.WriteString("op", rule.Operation.Name);
                rule.Operation.WriteParameters(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            var k = policy.KAnonymity;
            if (k.QuasiIdentifiers.Count > 0)
            {
                writer.WriteStartObject("kAnonymity");
                writer.WriteNumber("k", k.K);
                writer.WriteNumber("suppressionBudget", k.SuppressionBudget);
                if (k.LossMetric != LossMetric.Discernibility)
                {
                    // Written only when not the default, so a policy without it keeps its bytes and its hash.
                    writer.WriteString("lossMetric", LossMetricName(k.LossMetric));
                }
                writer.WriteStartArray("quasiIdentifiers");
                foreach (var quasi in k.QuasiIdentifiers)
                {
                    writer.WriteStartObject();
                    writer.WriteString("path", quasi.Path.Value);
                    if (quasi.Pinned)
                    {
                        writer.WriteBoolean("pinned", true);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static RecordPolicy Read(string json)
    {
        JsonDocument document;
        try
        {
            // Duplicate keys are refused (issue 17, class 5): two "op"s for one path must not silently pick one.
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, AllowDuplicateProperties = false, MaxDepth = 32 });
        }
        catch (JsonException ex)
        {
            // A duplicate key is reported by System.Text.Json at its object; its exact path comes from the key scan.
            if (ex.Message.Contains("uplicate", StringComparison.Ordinal) && Engine.DuplicateKeys.FirstPath(Encoding.UTF8.GetBytes(json)) is { } duplicate)
            {
                throw new PolicyValidationException($"The policy has the key {duplicate} twice in one object; duplicate keys are refused.");
            }

            var what = ex.Message.Contains("uplicate", StringComparison.Ordinal) ? "has a key twice in one object" : "is not valid JSON";
            throw new PolicyValidationException(string.Create(CultureInfo.InvariantCulture,
                $"The policy {what} (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1})."));
        }

        using (document)
        {
            var problems = new List<string>();
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new PolicyValidationException("The policy must be a JSON object.");
            }

            foreach (var property in root.EnumerateObject())
            {
                if (!TopLevel.Contains(property.Name, StringComparer.Ordinal))
                {
                    problems.Add($"Unknown policy property '{property.Name}'; allowed: {string.Join(", ", TopLevel)}.");
                }
            }

            var id = String(root, "id", "id", problems, required: true) ?? string.Empty;
            var subject = String(root, "subject", "subject", problems);
            var referenceMonth = String(root, "referenceMonth", "referenceMonth", problems);
            var flagged = String(root, "flagged", "flagged", problems);
            var jobCentre = String(root, "jobCentre", "jobCentre", problems);
            var agency = String(root, "agency", "agency", problems);
            var customerProcess = String(root, "customerProcess", "customerProcess", problems);
            var names = new List<(string, NameRole)>();
            foreach (var (item, where) in Items(root, "names", problems))
            {
                var path = String(item, "path", where + ".path", problems, required: true);
                var role = String(item, "role", where + ".role", problems, required: true);
                if (path is null || role is null)
                {
                    continue;
                }

                if (ParseRole(role) is { } parsed)
                {
                    names.Add((path, parsed));
                }
                else
                {
                    problems.Add($"{where}.role: unknown role; use customer, caseWorker or teamLead.");
                }
            }

            var rules = new List<(string, FieldOperation)>();
            foreach (var (item, where) in Items(root, "fields", problems))
            {
                var path = String(item, "path", where + ".path", problems, required: true);
                var op = String(item, "op", where + ".op", problems, required: true);
                if (path is null || op is null)
                {
                    continue;
                }

                if (OperationRegistry.Parse(op, new RuleJson(item, where, problems)) is { } operation)
                {
                    rules.Add((path, operation));
                }
            }

            var quasi = new List<(string, bool)>();
            int? k = null;
            double? budget = null;
            var lossMetric = LossMetric.Discernibility;
            if (root.TryGetProperty("kAnonymity", out var kAnonymity))
            {
                if (kAnonymity.ValueKind != JsonValueKind.Object)
                {
                    problems.Add("kAnonymity: must be an object.");
                }
                else
                {
                    var kJson = new RuleJson(kAnonymity, "kAnonymity", problems);
                    k = kJson.Int("k", 5);
                    budget = kAnonymity.TryGetProperty("suppressionBudget", out var b) && b.ValueKind == JsonValueKind.Number ? b.GetDouble() : null;
                    if (kAnonymity.TryGetProperty("suppressionBudget", out b) && b.ValueKind != JsonValueKind.Number)
                    {
                        problems.Add("kAnonymity.suppressionBudget: must be a number from 0 to 1.");
                    }

                    if (kJson.String("lossMetric") is { } metricName)
                    {
                        // The names LossMetricName writes, and no other spelling.
                        var named = Enum.GetValues<LossMetric>().Where(m => LossMetricName(m) == metricName).ToList();
                        if (named.Count == 1)
                        {
                            lossMetric = named[0];
                        }
                        else
                        {
                            problems.Add("kAnonymity.lossMetric: must be 'discernibility' or 'precision'.");
                        }
                    }

                    foreach (var (item, where) in Items(kAnonymity, "quasiIdentifiers", problems))
                    {
                        var path = String(item, "path", "kAnonymity." + where + ".path", problems, required: true);
                        if (path is not null)
                        {
                            quasi.Add((path, new RuleJson(item, "kAnonymity." + where, problems).Bool("pinned")));
                        }
                    }
                }
            }

            if (problems.Count > 0)
            {
                throw new PolicyValidationException(problems);
            }

            return PolicyValidator.Validate(id, rules, subject, referenceMonth, flagged, jobCentre, agency, customerProcess, names, (k ?? 5, budget ?? 0, quasi, lossMetric));
        }
    }

    private static IEnumerable<(JsonElement Item, string Where)> Items(JsonElement root, string name, List<string> problems)
    {
        if (!root.TryGetProperty(name, out var array))
        {
            yield break;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{name}: must be an array.");
            yield break;
        }

        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"{name}[{index++}]");
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{where}: must be an object.");
                continue;
            }

            yield return (item, where);
        }
    }

    /// <summary>A loss metric as the policy JSON writes it.</summary>
    internal static string LossMetricName(LossMetric metric) => metric switch
    {
        LossMetric.Discernibility => "discernibility",
        LossMetric.Precision => "precision",
        _ => throw new ArgumentOutOfRangeException(nameof(metric)),
    };

    private static string? String(JsonElement element, string name, string where, List<string> problems, bool required = false)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problems.Add($"{where}: is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{where}: must be a string.");
            return null;
        }

        return value.GetString();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, FieldPath? path)
    {
        if (path is not null)
        {
            writer.WriteString(name, path.Value);
        }
    }

    private static string RoleName(NameRole role) => role switch
    {
        NameRole.Customer => "customer",
        NameRole.CaseWorker => "caseWorker",
        NameRole.TeamLead => "teamLead",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    private static NameRole? ParseRole(string name) =>
        Enum.GetValues<NameRole>().Select(r => (NameRole?)r).FirstOrDefault(r => RoleName(r!.Value) == name);
}
