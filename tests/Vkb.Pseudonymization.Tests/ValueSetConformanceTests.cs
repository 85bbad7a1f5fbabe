using System.Text.RegularExpressions;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Policies.Operations;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The shipped policy's value sets are the extract format's (docs/extract-format.md, "Value sets"): a value the
/// format allows is never rejected, and one it does not allow (say <c>caseManagement</c> as a customer process,
/// which C2 folds into placement) never passes into the export.
/// </summary>
public sealed partial class ValueSetConformanceTests
{
    [Fact]
    [Trait("Rule", "C2")]
    [Trait("Rule", "P2")]
    public void DefaultPolicy_EnumValueSets_AreTheDocumentedOnes()
    {
        var documented = DocumentedValueSets();
        documented.Count.ShouldBeGreaterThanOrEqualTo(10);
        var enums = RecordPolicy.VkbDefault.Rules
            .Where(r => r.Operation is KeepOperation { Type: KeptType.Enumeration })
            .ToDictionary(r => r.Path.Value, r => ((KeepOperation)r.Operation).Values.Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        foreach (var (path, values) in documented)
        {
            enums.ShouldContainKey(path, $"the documented value set of {path} has no enum rule in vkb-default");
            enums[path].ShouldBe(values, $"vkb-default's value set of {path} differs from docs/extract-format.md");
        }

        enums.Keys.Except(documented.Keys).ShouldBeEmpty("an enum rule in vkb-default whose value set the extract format does not document");
        enums["customerProcess"].ShouldNotContain("caseManagement");
    }

    private static Dictionary<string, List<string>> DocumentedValueSets()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Vkb.Core.sln")))
        {
            dir = dir.Parent;
        }

        var text = File.ReadAllText(Path.Combine(dir!.FullName, "docs", "extract-format.md"));
        var section = text[text.IndexOf("## Value sets", StringComparison.Ordinal)..];
        var end = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
        section = end > 0 ? section[..end] : section;
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (Match row in Row().Matches(section))
        {
            sets[row.Groups["path"].Value] = [.. Value().Matches(row.Groups["values"].Value).Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal)];
        }

        return sets;
    }

    [GeneratedRegex(@"^\| `(?<path>[^`]+)` \| (?<values>.+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Value();
}
