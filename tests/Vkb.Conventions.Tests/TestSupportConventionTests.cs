using System.Reflection;
using System.Text.RegularExpressions;
using FsCheck;
using Vkb.Testing;

namespace Vkb.Conventions.Tests;

/// <summary>
/// The test projects use Vkb.Testing's test support instead of copies (issue 20): no test project
/// defines its own clock fake (a type deriving <see cref="TimeProvider"/> or implementing
/// <c>NodaTime.IClock</c>: use <c>NodaTime.Testing.FakeClock</c> or
/// <c>Microsoft.Extensions.Time.Testing.FakeTimeProvider</c>), a class named like one of
/// Vkb.Testing's, or an FsCheck generator (<c>Gen&lt;T&gt;</c>/<c>Arbitrary&lt;T&gt;</c> member) of a
/// domain type Vkb.Testing already generates. The check reads the test projects' sources.
/// </summary>
public partial class TestSupportConventionTests
{
    private static readonly Assembly Testing = typeof(ExtractArbitraries).Assembly;

    /// <summary>The domain types Vkb.Testing generates (simple names), from its public Gen/Arbitrary members.</summary>
    public static IReadOnlySet<string> GeneratedTypes { get; } = Testing.GetExportedTypes()
        .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Static))
        .Select(m => m switch
        {
            MethodInfo method => method.ReturnType,
            PropertyInfo property => property.PropertyType,
            FieldInfo field => field.FieldType,
            _ => null,
        })
        .Where(t => t is { IsGenericType: true } && (t.GetGenericTypeDefinition() == typeof(Gen<>) || t.GetGenericTypeDefinition() == typeof(Arbitrary<>)))
        .Select(t => t!.GetGenericArguments()[0])
        .Select(t => t.IsArray ? t.GetElementType()! : t)
        .Where(t => t.Namespace is { } ns && ns.StartsWith("Vkb.", StringComparison.Ordinal))
        .Select(t => t.Name)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The public type names of Vkb.Testing.</summary>
    public static IReadOnlySet<string> TestingTypeNames { get; } = Testing.GetExportedTypes().Select(t => t.Name).ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void VkbTesting_GeneratesPopulationsExtractsCataloguesAndGrants() =>
        new[] { "ExtractShape", "SyntheticRecord", "DrawCase", "PopulationItem", "Seed", "SampleParameters", "LedgerScenario", "LedgerCommand" }.ShouldAllBe(t => GeneratedTypes.Contains(t));

    [Fact]
    public void TestProjects_DefineNoClockFake() =>
        Violations(ClockFakes).ShouldBeEmpty("use NodaTime.Testing.FakeClock or Microsoft.Extensions.Time.Testing.FakeTimeProvider (both come with Vkb.Testing)");

    [Fact]
    public void TestProjects_DefineNoCopyOfAVkbTestingGenerator() =>
        Violations(GeneratorCopies).ShouldBeEmpty("use (or extend) the generator in tests/Vkb.Testing");

    // The detectors themselves, so the conventions above can fail.
    [Theory]
    [InlineData("internal sealed class FixedClock(Instant now) : IClock\n{", "FixedClock")]
    [InlineData("private sealed class StoppedClock : NodaTime.IClock {", "StoppedClock")]
    [InlineData("sealed class FixedTime : System.TimeProvider\n{", "FixedTime")]
    [InlineData("public sealed record Frozen(DateTimeOffset At) : TimeProvider, IDisposable {", "Frozen")]
    [InlineData("private sealed class Wrapper(IClock inner) : IDisposable {", null)]
    [InlineData("var clock = new FakeClock(now); // : IClock", null)]
    public void ClockFakes_FindsEveryKindOfDeclaration(string source, string? expected) =>
        ClockFakes(source).ShouldBe(expected is null ? [] : [expected]);

    [Theory]
    [InlineData("public static Arbitrary<DrawCase> Cases() =>", "DrawCase")]
    [InlineData("    private static Gen<PopulationItem[]> Population =>", "PopulationItem")]
    [InlineData("public static Gen<Vkb.Synthetic.ExtractShape> Shapes() =>", "ExtractShape")]
    [InlineData("public static class RandomCatalogs\n{", "RandomCatalogs")]
    [InlineData("public static Gen<int> Sizes =>", null)]
    [InlineData("Prop.ForAll(SamplingArbitraries.DrawCase(), c => true)", null)]
    public void GeneratorCopies_FindsDuplicates(string source, string? expected) =>
        GeneratorCopies(source).ShouldBe(expected is null ? [] : [expected]);

    /// <summary>Names of types in <paramref name="source"/> that derive <c>TimeProvider</c> or implement <c>IClock</c>.</summary>
    internal static IReadOnlyList<string> ClockFakes(string source) =>
        TypeDeclaration().Matches(source)
            .Where(m => m.Groups["bases"].Value.Split(',').Select(b => b.Trim().Split('.')[^1]).Any(b => b is "TimeProvider" or "IClock"))
            .Select(m => m.Groups["name"].Value)
            .ToList();

    /// <summary>Generated types of Vkb.Testing that <paramref name="source"/> declares a Gen/Arbitrary member for, and classes named like Vkb.Testing's.</summary>
    internal static IReadOnlyList<string> GeneratorCopies(string source) =>
        GeneratorMember().Matches(source)
            .Select(m => m.Groups["type"].Value.Split('.')[^1].TrimEnd('[', ']'))
            .Where(GeneratedTypes.Contains)
            .Concat(TypeDeclaration().Matches(source).Select(m => m.Groups["name"].Value).Where(TestingTypeNames.Contains))
            .ToList();

    private static List<string> Violations(Func<string, IReadOnlyList<string>> detector)
    {
        var tests = Path.Combine(ConventionTests.RepositoryRoot(), "tests");
        return Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsExcluded(Path.GetRelativePath(tests, f)))
            .SelectMany(f => detector(File.ReadAllText(f)).Select(name => $"{Path.GetRelativePath(tests, f).Replace('\\', '/')}: {name}"))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsExcluded(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts[0] == "Vkb.Testing" || parts.Contains("bin") || parts.Contains("obj")
            || (parts[0] == "Vkb.Conventions.Tests" && parts[^1] == "TestSupportConventionTests.cs");
    }

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)(?:\s*(?:<[^>]*>)?\s*(?:\([^)]*\))?\s*:\s*(?<bases>[^{;]+))?", RegexOptions.CultureInvariant)]
    private static partial Regex TypeDeclaration();

    [GeneratedRegex(@"\b(?:Gen|Arbitrary)<(?<type>[A-Za-z_][A-Za-z0-9_.]*(?:\[\])*)>\s+[A-Za-z_][A-Za-z0-9_]*\s*(?:\(|=>|\{|=)", RegexOptions.CultureInvariant)]
    private static partial Regex GeneratorMember();
}
