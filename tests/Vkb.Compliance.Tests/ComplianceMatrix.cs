using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace Vkb.Compliance.Tests;

/// <summary>A rule of docs/rules.md.</summary>
/// <param name="Id">The stable id, e.g. "S5".</param>
/// <param name="Text">The rule.</param>
/// <param name="Source">The directive and section.</param>
/// <param name="ImplementedBy">The implementing members, "—" when none, or "premise: reason".</param>
public sealed record RuleInfo(string Id, string Text, string Source, string ImplementedBy)
{
    public bool IsPremiseOnly => ImplementedBy.StartsWith("premise:", StringComparison.Ordinal);

    public bool IsImplemented => ImplementedBy.Trim() is not ("—" or "-" or "");
}

/// <summary>A test that names a rule.</summary>
/// <param name="Name">Namespace-qualified class and method.</param>
/// <param name="Kind">property, example or end-to-end.</param>
/// <param name="Rules">The rule ids of its Rule traits.</param>
/// <param name="GeneratorOnly">It carries <c>[Trait("Proof", "generator")]</c>.</param>
public sealed record RuleTest(string Name, string Kind, IReadOnlyList<string> Rules, bool GeneratorOnly);

/// <summary>A recorded mutation of a rule's implementation and the test that caught it (<see cref="KilledBy"/>; a record may name several, <see cref="Names"/>).</summary>
public sealed record MutationEvidence(string Rule, string Mutation, string KilledBy, string File)
{
    /// <summary>Every test the record names as gone red (one or more).</summary>
    public IReadOnlyList<string> Names { get; init; } = [KilledBy];

    /// <summary>Whether the record names <paramref name="testName"/>.</summary>
    public bool Caught(string testName) => Names.Any(n => ComplianceMatrix.Matches(testName, n));
}

/// <summary>Reads the inputs and renders docs/compliance.md.</summary>
public static partial class ComplianceMatrix
{
    /// <summary>The test assemblies whose Rule traits the matrix reads.</summary>
    public static IReadOnlyList<Assembly> TestAssemblies { get; } =
    [
        typeof(Vkb.Catalog.Tests.CatalogBuilderTests).Assembly,
        typeof(Vkb.Cli.Tests.LegalDomainTests).Assembly,
        typeof(Vkb.Entitlements.Tests.DirectiveTests).Assembly,
        typeof(Vkb.Entitlements.Sqlite.Tests.Program).Assembly,
        typeof(Vkb.Pseudonymization.Tests.PseudonymTests).Assembly,
        typeof(Vkb.Sampling.Tests.SamplerTests).Assembly,
        typeof(Vkb.Synthetic.Tests.ExtractGeneratorTests).Assembly,
    ];

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vkb.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Vkb.Core.sln not found above the test's base directory.");
    }

    public static IReadOnlyList<RuleInfo> ReadRules(string rulesMarkdown) =>
        Section(rulesMarkdown, "## Rules")
            .Select(Cells)
            .Where(c => c.Count == 4 && RuleId().IsMatch(c[0]))
            .Select(c => new RuleInfo(c[0], c[1], c[2], c[3]))
            .ToList();

    /// <summary>Known weak tests: test name → rule ids.</summary>
    public static IReadOnlyDictionary<string, string> ReadWeakTests(string rulesMarkdown) =>
        Section(rulesMarkdown, "## Known weak tests")
            .Select(Cells)
            .Where(c => c.Count == 3 && c[0].StartsWith('`'))
            .ToDictionary(c => c[0].Trim('`'), c => c[2], StringComparer.Ordinal);

    public static IReadOnlyList<MutationEvidence> ReadMutations(string directory)
    {
        var result = new List<MutationEvidence>();
        if (!Directory.Exists(directory))
        {
            return result;
        }

        foreach (var file in Directory.GetFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            foreach (var cells in File.ReadLines(file).Select(Cells))
            {
                if (cells.Count >= 3 && RuleId().IsMatch(cells[0]) && cells[2].Length > 0)
                {
                    // One name, or several in backticks ("`A`, `B`"): the mutation counts once, caught if any is a counting test.
                    var names = Backticked().Matches(cells[2]).Select(m => m.Groups[1].Value).ToList();
                    names = names.Count > 0 ? names : [cells[2].Trim('`')];
                    result.Add(new MutationEvidence(cells[0], cells[1], string.Join("`, `", names), Path.GetFileName(file)) { Names = names });
                }
            }
        }

        return result;
    }

    public static IReadOnlyList<RuleTest> ReadTests(IEnumerable<Assembly> assemblies)
    {
        var tests = new List<RuleTest>();
        foreach (var assembly in assemblies)
        {
            var endToEnd = assembly.GetName().Name == "Vkb.Cli.Tests";
            foreach (var type in assembly.GetTypes())
            {
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
                {
                    var attributes = method.GetCustomAttributesData();
                    var testAttribute = attributes.FirstOrDefault(a => IsTestAttribute(a.AttributeType));
                    if (testAttribute is null)
                    {
                        continue;
                    }

                    var traits = attributes
                        .Where(a => a.AttributeType.FullName == "Xunit.TraitAttribute" && a.ConstructorArguments.Count == 2)
                        .Select(a => ((string)a.ConstructorArguments[0].Value!, (string)a.ConstructorArguments[1].Value!))
                        .ToList();
                    var rules = traits.Where(t => t.Item1 == "Rule").Select(t => t.Item2).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                    if (rules.Count == 0)
                    {
                        continue;
                    }

                    var kind = testAttribute.AttributeType.Name == "PropertyAttribute" ? "property" : endToEnd ? "end-to-end" : "example";
                    var generator = traits.Any(t => t.Item1 == "Proof" && t.Item2 == "generator");
                    tests.Add(new RuleTest($"{type.FullName}.{method.Name}", kind, rules, generator));
                }
            }
        }

        return tests.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
    }

    public static string Status(RuleInfo rule, IReadOnlyList<RuleTest> counting, IReadOnlyList<MutationEvidence> killed) =>
        rule.IsPremiseOnly ? "premise only"
        : !rule.IsImplemented ? "not implemented"
        : counting.Count == 0 ? "untested"
        : killed.Count > 0 ? "proven"
        : "example only";

    /// <summary>Renders the matrix; the output depends only on the inputs (no dates, no machine).</summary>
    public static string Render(IReadOnlyList<RuleInfo> rules, IReadOnlyList<RuleTest> tests, IReadOnlyDictionary<string, string> weak, IReadOnlyList<MutationEvidence> mutations)
    {
        var text = new StringBuilder();
        text.Append("# Compliance matrix\n\n");
        text.Append("Generated from `docs/rules.md`, the `Rule` traits of the test assemblies and `docs/mutation/` by\n");
        text.Append("`tests/Vkb.Compliance.Tests`. Do not edit; regenerate with\n");
        text.Append("`VKB_REGENERATE_COMPLIANCE=1 dotnet test tests/Vkb.Compliance.Tests -c Release`.\n");
        text.Append("How a test counts and what each status means: `docs/rules.md`.\n\n");

        var rows = rules.Select(rule =>
        {
            var ofRule = tests.Where(t => t.Rules.Contains(rule.Id)).ToList();
            var counting = ofRule.Where(t => !t.GeneratorOnly && !weak.ContainsKey(t.Name)).ToList();
            var killed = mutations.Where(m => m.Rule == rule.Id && counting.Any(t => m.Caught(t.Name))).ToList();
            return (Rule: rule, Tests: ofRule, Counting: counting, Killed: killed, Status: Status(rule, counting, killed));
        }).ToList();

        text.Append("## Summary\n\n| status | rules |\n|---|---:|\n");
        foreach (var status in new[] { "proven", "example only", "untested", "not implemented", "premise only" })
        {
            text.Append(CultureInfo.InvariantCulture, $"| {status} | {rows.Count(r => r.Status == status)} |\n");
        }

        text.Append("\n| rule | status | tests (property / example / end-to-end) | not counted | mutations caught |\n|---|---|---:|---:|---:|\n");
        foreach (var row in rows)
        {
            var c = row.Counting;
            text.Append(CultureInfo.InvariantCulture,
                $"| [{row.Rule.Id}](#{row.Rule.Id.ToLowerInvariant()}) | {row.Status} | {c.Count(t => t.Kind == "property")} / {c.Count(t => t.Kind == "example")} / {c.Count(t => t.Kind == "end-to-end")} | {row.Tests.Count - c.Count} | {row.Killed.Count} |\n");
        }

        foreach (var row in rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n## {row.Rule.Id}\n\n{row.Rule.Text}\n\n");
            text.Append(CultureInfo.InvariantCulture, $"- Source: {row.Rule.Source}\n- Implemented by: {row.Rule.ImplementedBy}\n- Status: **{row.Status}**\n");
            if (row.Tests.Count > 0)
            {
                text.Append("\n| test | kind | counts |\n|---|---|---|\n");
                foreach (var test in row.Tests)
                {
                    var counts = test.GeneratorOnly ? "no: tests the generator" : weak.TryGetValue(test.Name, out var why) ? "no: " + why : "yes";
                    text.Append(CultureInfo.InvariantCulture, $"| `{test.Name}` | {test.Kind} | {counts} |\n");
                }
            }

            var evidence = mutations.Where(m => m.Rule == row.Rule.Id).ToList();
            if (evidence.Count > 0)
            {
                text.Append("\n| mutation | caught by | record |\n|---|---|---|\n");
                foreach (var m in evidence)
                {
                    var caught = row.Counting.Any(t => m.Caught(t.Name)) ? $"`{m.KilledBy}`" : $"`{m.KilledBy}` (not a counting test of {row.Rule.Id})";
                    text.Append(CultureInfo.InvariantCulture, $"| {m.Mutation} | {caught} | {m.File} |\n");
                }
            }
        }

        return text.ToString();
    }

    public static string Generate(string root)
    {
        var rulesText = File.ReadAllText(Path.Combine(root, "docs", "rules.md"));
        return Render(ReadRules(rulesText), ReadTests(TestAssemblies), ReadWeakTests(rulesText), ReadMutations(Path.Combine(root, "docs", "mutation")));
    }

    /// <summary>A mutation record names a test by its method, Class.Method or full name.</summary>
    public static bool Matches(string testName, string named) =>
        testName == named || testName.EndsWith("." + named, StringComparison.Ordinal);

    private static bool IsTestAttribute(Type type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.FullName is "Xunit.FactAttribute" or "FsCheck.Xunit.PropertyAttribute")
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Section(string markdown, string heading)
    {
        var lines = markdown.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n');
        var start = Array.IndexOf(lines, heading);
        if (start < 0)
        {
            yield break;
        }

        for (var i = start + 1; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            yield return lines[i];
        }
    }

    private static List<string> Cells(string line)
    {
        var trimmed = line.Trim();
        if (!trimmed.StartsWith('|') || !trimmed.EndsWith('|'))
        {
            return [];
        }

        // A pipe escaped as "\|" (GitHub's tables) stays inside its cell, escaped, so the matrix's own table stays valid.
        return UnescapedPipe().Split(trimmed[1..^1]).Select(c => c.Trim()).ToList();
    }

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex("^[PSCER][0-9]{1,2}$")]
    private static partial Regex RuleId();
}
