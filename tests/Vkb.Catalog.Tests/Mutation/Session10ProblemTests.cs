using System.Globalization;
using System.Reflection;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Every problem this package reports, its code, path, severity and rule text, pinned in one approved file:
/// readers and validators are tested by code and path, so an emptied or altered message passed unnoticed.
/// The messages are what a catalogue author reads; they name paths and element names, never a case value.
/// </summary>
public class ProblemCatalogueTests
{
    private static readonly CatalogPin Pin = new("base", CatalogVersion.Create(1, 0));

    private static object? Argument(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(string) => "{" + parameter.Name + "}",
        var t when t == typeof(long) => 1024L,
        var t when t == typeof(int) => 3,
        var t when t == typeof(CatalogPin) => Pin,
        var t when t == typeof(AnswerValueKind) => AnswerValueKind.Code,
        var t when t == typeof(AnswerKind) => AnswerKind.Verdict,
        var t => throw new InvalidOperationException("no sample argument for " + t.Name),
    };

    private static string Line(string call, ValidationProblem problem) =>
        string.Create(CultureInfo.InvariantCulture, $"{call}: {problem.Code} | {problem.Path} | {problem.Severity} | {problem.Message}");

    [Fact]
    public void EveryProblem_CodePathSeverityAndMessage_MatchApproved()
    {
        var factories = typeof(Problems).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(ValidationProblem) && m.GetParameters().All(p => p.ParameterType != typeof(ValidationProblem)))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        factories.Count.ShouldBeGreaterThan(80);

        var lines = factories.Select(m => Line(m.Name, (ValidationProblem)m.Invoke(null, [.. m.GetParameters().Select(Argument)])!)).ToList();

        // The branches of messages that depend on an argument.
        lines.Add(Line("InvalidLinkId(no namespace)", Problems.InvalidLinkId("p", null)));
        lines.Add(Line("PinNotInForce(catalogue version)", Problems.PinNotInForce("p", "catalogue version", Pin)));
        lines.Add(Line("PinNotInForce(extension)", Problems.PinNotInForce("p", "extension", Pin)));

        foreach (var line in lines)
        {
            line.Split(" | ")[^1].ShouldNotBeNullOrWhiteSpace(line);
        }

        string.Join("\n", lines).ShouldMatchApproved(c => c.SubFolder("Approved").WithFileExtension("txt").NoDiff());
    }

    [Fact]
    public void AtAndPrefixed_KeepCodeMessageAndSeverity_HasErrorsIgnoresWarnings()
    {
        var warning = Problems.MissingText("items[0]");

        var moved = Problems.At(warning, "elsewhere");
        (moved.Code, moved.Path, moved.Message, moved.Severity).ShouldBe((warning.Code, "elsewhere", warning.Message, ProblemSeverity.Warning));
        var prefixed = Problems.Prefixed(warning, "a.json: ");
        (prefixed.Code, prefixed.Path, prefixed.Message, prefixed.Severity).ShouldBe((warning.Code, "a.json: items[0]", warning.Message, ProblemSeverity.Warning));

        Problems.HasErrors([warning]).ShouldBeFalse();
        Problems.HasErrors([]).ShouldBeFalse();
        Problems.HasErrors([warning, Problems.EmptyGroup("g")]).ShouldBeTrue();
    }
}
