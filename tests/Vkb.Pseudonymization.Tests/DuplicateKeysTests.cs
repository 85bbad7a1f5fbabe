using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Engine;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The pipeline's own check for repeated keys (issue 17, class 5: a record with two customer numbers would get two
/// pseudonyms) against the parser's: for every JSON tree, <see cref="DuplicateKeys.Any"/> finds a repeated key
/// exactly when <c>AllowDuplicateProperties = false</c> refuses the text.
/// </summary>
public class DuplicateKeysTests
{
    /// <summary>Names from a small alphabet (so they repeat), some written escaped ("\u0061" is "a"), some long, a few
    /// that cannot be read (an escaped lone surrogate).</summary>
    private static readonly Gen<string> Name = Gen.Frequency(
        (10, Gen.Elements("a", "b", "ab", "note", "customerNumber", "ä", "x y")),
        (10, Gen.Elements("\\u0061", "\\u0062", "n\\u006fte", "\\u00e4", "a\\/b", "a/b")),
        (10, Gen.Choose(0, 200).Select(i => "k" + i)),
        (1, Gen.Elements("\\uD800", "x\\uDC00", "\\uDBFF")));

    private static Gen<string> Value(int depth) => depth <= 0
        ? Gen.Elements("1", "true", "null", "\"s\"", "\"\\u0041\"")
        : Gen.Frequency(
            (4, Value(0)),
            (2, Object(depth - 1)),
            (1, Value(depth - 1).ListOf().Select(items => "[" + string.Join(",", items.Take(5)) + "]")));

    private static Gen<string> Object(int depth) =>
        Gen.Frequency(
            (6, Gen.Choose(0, 8).SelectMany(count => Gen.Zip(Name, Value(depth)).ListOf(count))),
            (1, Gen.Choose(60, 80).SelectMany(count => Gen.Zip(Name, Value(depth)).ListOf(count))), // past the keys on the stack
            (1, Gen.Choose(60, 80).SelectMany(count => Value(depth).ListOf(count)) // as wide, every name its own
                .Select(values => values.Select((v, i) => ("w" + i, v)).ToList())))
        .Select(pairs => "{" + string.Join(",", pairs.Select(p => "\"" + p.Item1 + "\":" + p.Item2)) + "}");

    /// <summary>Whether the parser's own check refuses the text: a repeated key, or a name it cannot unescape.</summary>
    private static bool ParserRefuses(string json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 });
            return false;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return true;
        }
    }

    private static bool OursRefuses(JsonElement root)
    {
        try
        {
            return DuplicateKeys.Any(root);
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    [Property(MaxTest = 300)]
    [Trait("Rule", "P2")]
    public Property Any_FindsARepeatedKey_ExactlyWhenTheParserRefusesOne() =>
        Prop.ForAll(Object(3).ToArbitrary(), json =>
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            var ours = OursRefuses(document.RootElement);
            var parser = ParserRefuses(json);
            return (ours == parser).Label($"ours {ours}, parser {parser}: {json.Length} characters");
        });

    [Theory]
    [InlineData("""{"a":1,"b":2}""", false)]
    [InlineData("""{"a":1,"a":2}""", true)]
    [InlineData("""{"a":1,"\u0061":2}""", true)] // the same name, one of them escaped
    [InlineData("""{"a/b":1,"a\/b":2}""", true)]
    [InlineData("""{"x":{"a":1},"y":{"a":1}}""", false)] // the same name in two objects
    [InlineData("""{"events":[{"note":"n"},{"note":"n","note":"m"}]}""", true)]
    [InlineData("""[[{"k":1,"k":1}]]""", true)]
    public void Any_Examples(string json, bool repeated)
    {
        using var document = JsonDocument.Parse(json);
        DuplicateKeys.Any(document.RootElement).ShouldBe(repeated);
    }

    [Fact]
    [Trait("Rule", "P2")]
    public void Any_OnAnObjectOfManyNames_FindsTheRepeatAtItsEnd()
    {
        // More names than the stack-allocated hashes hold, the repeat after them.
        var names = Enumerable.Range(0, 100).Select(i => $"\"k{i}\":{i}").Append("\"k3\":0");
        using var document = JsonDocument.Parse(Encoding.UTF8.GetBytes("{" + string.Join(",", names) + "}"));
        DuplicateKeys.Any(document.RootElement).ShouldBeTrue();
    }

    [Fact]
    public void Any_OnAWideObjectOfDistinctNames_FindsNone_ButARepeatInItsChild()
    {
        string Wide(string extra) => "{" + extra + string.Join(",", Enumerable.Range(0, 70).Select(i => $"\"k{i}\":{i}")) + "}";
        using (var distinct = JsonDocument.Parse(Wide("")))
        {
            DuplicateKeys.Any(distinct.RootElement).ShouldBeFalse();
        }

        using var child = JsonDocument.Parse(Wide("\"a\":{\"b\":1,\"b\":2},"));
        DuplicateKeys.Any(child.RootElement).ShouldBeTrue();
    }

    /// <summary>The review's counterexamples: a repeated key and an unreadable name in one record, in either order, in a
    /// narrow or a wide object. The record is rejected (never the run) at the first problem in document order.</summary>
    [Theory]
    [Trait("Rule", "P2")]
    [InlineData("""{"customerNumber":"962D000001","x":{"\u0061":{"b":1,"b":2},"\uD800":1}}""", "x.a.b", false)]
    [InlineData("""{"customerNumber":"962D000001","x":{"\u0061":{"\uD800":1},"b":1,"b":2}}""", "x.a", true)]
    [InlineData("""{"customerNumber":"962D000001","x":{"a":1,"a":2,"y":{"\uD800":1}}}""", "x.a", false)]
    [InlineData("""{"customerNumber":"962D000001","x":{"\uD800":1}}""", "x", true)]
    [InlineData("""{"customerNumber":"962D000001","x":{"a":{"b":1,"b":2},WIDE"\uD800":1}}""", "x.a.b", false)]
    [InlineData("""{"customerNumber":"962D000001","x":{"a":{"\uD800":1},WIDE"b":1,"b":2}}""", "x.a", true)]
    public void Pipeline_ARepeatedKeyAndAnUnreadableName_RejectTheRecordAtTheFirst(string line, string path, bool unreadable)
    {
        line = line.Replace("WIDE", string.Concat(Enumerable.Range(0, 64).Select(i => $"\"k{i}\":{i},")), StringComparison.Ordinal);
        var pipeline = new Pipeline.PseudonymizationPipeline(TestKeys.Key(), Policies.RecordPolicy.VkbDefault, new Pipeline.PseudonymizationOptions
        {
            Phase = "2025-P1", ReferenceMonth = new NodaTime.YearMonth(2025, 4), OnlyFlagged = false, FailOnInvalidRecord = false,
            KAnonymity = new Pipeline.KAnonymityOptions { Enforce = false }, // one record: no class of five to find
        });
        var result = pipeline.PseudonymizeLines([SampleRecords.Line(), line]);
        result.Lines.Count.ShouldBe(1);
        var error = result.Result.Report.Errors.ShouldHaveSingleItem();
        error.Reason.ShouldContain(unreadable ? "lone surrogate" : "appears twice");

        // The walk names the first problem by the input's names; the pipeline reports it cut at the first name its policy
        // does not know ("x" is none of the default policy's), so an input's own names never reach the report.
        DuplicateKeys.FirstProblem(System.Text.Encoding.UTF8.GetBytes(line), out var unreadableName).ShouldBe(path);
        unreadableName.ShouldBe(unreadable);
        (error.Line, error.FieldPath).ShouldBe((2L, "*"));
    }
}
