using System.Globalization;
using System.Text;
using System.Text.Json;
using Vkb.Entitlements;

namespace Vkb.Cli.Commands;

/// <summary>One role of the roles table: a person who is line manager or special approver of a unit (E4).</summary>
internal sealed record RoleEntry(OrgUnit Unit, UnitRole Role, PrincipalId Person);

/// <summary>
/// The roles table file (<c>roles.json</c>, format <c>vkb-roles/1</c>): per unit (RD code or
/// <c>HO</c>) the opaque ids of its line managers and special approvers. Read strictly: a
/// duplicate key, an unknown member, a malformed id or a file above the size limit is refused
/// with every problem and its JSON path, never with a value from the file.
/// </summary>
internal static class RolesFile
{
    /// <summary>The format marker.</summary>
    public const string Format = "vkb-roles/1";

    /// <summary>The largest roles file read.</summary>
    public const long MaximumBytes = 1 << 20;

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 8 };

    /// <summary>Reads and validates a roles file; throws a <see cref="CliException"/> (exit 2) listing every problem.</summary>
    public static IReadOnlyList<RoleEntry> Read(string path, string option)
    {
        var bytes = CliOptions.ReadBounded(path, option, MaximumBytes, "a roles table is small");
        _ = CliOptions.StrictUtf8(option, bytes); // invalid UTF-8 is refused with its line, never transcoded
        var (entries, problems) = Parse(bytes);
        return problems.Count == 0
            ? entries
            : throw new CliException(string.Create(CultureInfo.InvariantCulture,
                $"{option}: the roles table is not valid ({problems.Count} problem(s)):\n") + string.Join('\n', problems.Select(p => "  " + p)));
    }

    /// <summary>Parses the UTF-8 bytes of a roles file.</summary>
    public static (IReadOnlyList<RoleEntry> Entries, IReadOnlyList<string> Problems) Parse(ReadOnlySpan<byte> utf8)
    {
        var problems = new List<string>();
        var entries = new List<RoleEntry>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8.ToArray(), Strict);
        }
        catch (JsonException ex)
        {
            var what = ex.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) ? "a key appears twice in one object" : "not valid JSON";
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {(ex.LineNumber ?? 0) + 1}: {what}."));
            return (entries, problems);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add("$: expected an object with \"format\" and \"units\".");
                return (entries, problems);
            }

            foreach (var member in root.EnumerateObject())
            {
                if (member.Name is not ("format" or "units"))
                {
                    problems.Add("$: unknown member (known: format, units).");
                }
            }

            if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                problems.Add($"$.format: expected \"{Format}\".");
            }

            if (!root.TryGetProperty("units", out var units) || units.ValueKind != JsonValueKind.Object)
            {
                problems.Add("$.units: expected an object keyed by unit code (RD code or HO).");
                return (entries, problems);
            }

            var index = 0;
            foreach (var unit in units.EnumerateObject())
            {
                var unitPath = string.Create(CultureInfo.InvariantCulture, $"$.units[{index++}]");
                if (!OrgUnit.TryParse(unit.Name, out var orgUnit) || !string.Equals(orgUnit.Code, unit.Name, StringComparison.Ordinal))
                {
                    problems.Add($"{unitPath}: the key is not a unit code (2 to 8 upper-case letters, an RD code or HO).");
                    continue;
                }

                if (unit.Value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"$.units.{orgUnit.Code}: expected {{ \"lineManagers\": [ids], \"specialApprovers\": [ids] }}.");
                    continue;
                }

                foreach (var member in unit.Value.EnumerateObject())
                {
                    var role = member.Name switch
                    {
                        "lineManagers" => UnitRole.LineManager,
                        "specialApprovers" => (UnitRole?)UnitRole.SpecialApprover,
                        _ => null,
                    };
                    var path = $"$.units.{orgUnit.Code}";
                    if (role is null)
                    {
                        problems.Add($"{path}: unknown member (known: lineManagers, specialApprovers).");
                        continue;
                    }

                    path += "." + member.Name;
                    if (member.Value.ValueKind != JsonValueKind.Array)
                    {
                        problems.Add($"{path}: expected an array of ids.");
                        continue;
                    }

                    var seen = new HashSet<PrincipalId>();
                    var position = 0;
                    foreach (var id in member.Value.EnumerateArray())
                    {
                        var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{position++}]");
                        if (id.ValueKind != JsonValueKind.String || !PrincipalId.TryCreate(id.GetString(), out var person))
                        {
                            problems.Add($"{itemPath}: expected an opaque id of 1 to {PrincipalId.MaxLength} printable characters without spaces.");
                        }
                        else if (!seen.Add(person))
                        {
                            problems.Add($"{itemPath}: the id appears twice in this list.");
                        }
                        else
                        {
                            entries.Add(new RoleEntry(orgUnit, role.Value, person));
                        }
                    }
                }
            }
        }

        return (entries, problems);
    }

    /// <summary>The file text for a roles table, as <see cref="Parse"/> reads it.</summary>
    public static string ToJson(IEnumerable<RoleEntry> entries)
    {
        var byUnit = entries.GroupBy(e => e.Unit.Code, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("format", Format);
            writer.WriteStartObject("units");
            foreach (var unit in byUnit)
            {
                writer.WriteStartObject(unit.Key);
                foreach (var (name, role) in new[] { ("lineManagers", UnitRole.LineManager), ("specialApprovers", UnitRole.SpecialApprover) })
                {
                    writer.WriteStartArray(name);
                    foreach (var entry in unit.Where(e => e.Role == role))
                    {
                        writer.WriteStringValue(entry.Person.Value);
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
