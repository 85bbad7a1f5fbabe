namespace Vkb.Compliance.Tests;

public class ComplianceMatrixTests
{
    private const string RegenerateVariable = "VKB_REGENERATE_COMPLIANCE";

    [Fact]
    public void ComplianceMd_Committed_EqualsTheGeneratedMatrix()
    {
        var root = ComplianceMatrix.RepositoryRoot();
        var path = Path.Combine(root, "docs", "compliance.md");
        var generated = ComplianceMatrix.Generate(root);
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        committed.ShouldBe(generated, $"docs/compliance.md is stale; regenerate with: {RegenerateVariable}=1 dotnet test tests/Vkb.Compliance.Tests -c Release");
    }

    [Fact]
    public void Rules_EveryRule_HasACountingTestOrIsPremiseOnlyWithAReason()
    {
        var root = ComplianceMatrix.RepositoryRoot();
        var rulesText = File.ReadAllText(Path.Combine(root, "docs", "rules.md"));
        var rules = ComplianceMatrix.ReadRules(rulesText);
        var weak = ComplianceMatrix.ReadWeakTests(rulesText);
        var tests = ComplianceMatrix.ReadTests(ComplianceMatrix.TestAssemblies);

        rules.Count.ShouldBeGreaterThanOrEqualTo(38);
        var untested = rules
            .Where(r => !r.IsPremiseOnly)
            .Where(r => !tests.Any(t => t.Rules.Contains(r.Id) && !t.GeneratorOnly && !weak.ContainsKey(t.Name)))
            .Select(r => r.Id);
        untested.ShouldBeEmpty("a rule without a counting test must be marked 'premise: reason' in docs/rules.md, or get a test");
        rules.Where(r => r.IsPremiseOnly).ShouldAllBe(r => r.ImplementedBy.Length > "premise: ".Length + 20);
    }

    [Fact]
    public void Traits_EveryRuleId_IsListedInRulesMd()
    {
        var root = ComplianceMatrix.RepositoryRoot();
        var ids = ComplianceMatrix.ReadRules(File.ReadAllText(Path.Combine(root, "docs", "rules.md"))).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = ComplianceMatrix.ReadTests(ComplianceMatrix.TestAssemblies)
            .SelectMany(t => t.Rules.Where(r => !ids.Contains(r)).Select(r => $"{t.Name}: {r}"));
        unknown.ShouldBeEmpty();
    }

    [Fact]
    public void Status_OnlyGeneratorOrWeakTests_IsNeverProven()
    {
        var rule = new RuleInfo("P8", "both domains", "x", "`Member`");
        var generatorOnly = new RuleTest("N.T.Generator", "example", ["P8"], GeneratorOnly: true);
        var weak = new Dictionary<string, string>(StringComparer.Ordinal) { ["N.T.Weak"] = "tautology" };
        var tests = new[] { generatorOnly, new RuleTest("N.T.Weak", "example", ["P8"], false) };
        var mutations = new[] { new MutationEvidence("P8", "m", "Generator", "f.md"), new MutationEvidence("P8", "m", "Weak", "f.md") };

        var matrix = ComplianceMatrix.Render([rule], tests, weak, mutations);

        matrix.ShouldContain("| [P8](#p8) | untested |");
        matrix.ShouldNotContain("| proven |\n| ", Case.Sensitive);
        ComplianceMatrix.Status(rule, [], []).ShouldBe("untested");
        ComplianceMatrix.Status(rule, [new RuleTest("N.T.Good", "property", ["P8"], false)], []).ShouldBe("example only");
        ComplianceMatrix.Status(rule, [new RuleTest("N.T.Good", "property", ["P8"], false)], [new MutationEvidence("P8", "m", "Good", "f.md")]).ShouldBe("proven");
        ComplianceMatrix.Status(new RuleInfo("E6", "x", "y", "premise: outside"), [], []).ShouldBe("premise only");
        ComplianceMatrix.Status(new RuleInfo("E7", "x", "y", "—"), [], []).ShouldBe("not implemented");
    }

    [Fact]
    public void ReadMutations_SeveralBacktickedTests_CountOnceAndMatchAny()
    {
        var folder = Directory.CreateTempSubdirectory("vkb-mutations-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "m.md"), "| rule | mutation | test that went red |\n|---|---|---|\n| P4 | key ignored | `Other`, `N.T.Good` |\n| P4 | plain | Single |\n");

            var mutations = ComplianceMatrix.ReadMutations(folder.FullName);

            mutations.Count.ShouldBe(2);
            mutations[0].Names.ShouldBe(["Other", "N.T.Good"]);
            mutations[0].Caught("N.T.Good").ShouldBeTrue();
            mutations[1].Names.ShouldBe(["Single"]);
            ComplianceMatrix.Status(new RuleInfo("P4", "x", "y", "`M`"), [new RuleTest("N.T.Good", "property", ["P4"], false)], [mutations[0]]).ShouldBe("proven");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
