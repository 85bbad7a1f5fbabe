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
    /// <summary>Names from a small alphabet (so they repeat), some written escaped ("\u0061" is "a"), some long.</summary>
    private static readonly Gen<string> Name = Gen.OneOf(
        Gen.Elements("a", "b", "ab", "note", "customerNumber", "ä", "x y"),
        Gen.Elements("\\u0061", "\\u0062", "n\\u006fte", "\\u00e4", "a\\/b", "a/b"),
        Gen.Choose(0, 200).Select(i => "k" + i));

    private static Gen<string> Value(int depth) => depth <= 0
        ? Gen.Elements("1", "true", "null", "\"s\"", "\"\\u0041\"")
        : Gen.Frequency(
            (4, Value(0)),
            (2, Object(depth - 1)),
            (1, Value(depth - 1).ListOf().Select(items => "[" + string.Join(",", items.Take(5)) + "]")));

    private static Gen<string> Object(int depth) =>
        Gen.Frequency(
            (6, Gen.Choose(0, 8)),
            (1, Gen.Choose(60, 80))) // past the stack-allocated hashes
        .SelectMany(count => Gen.Zip(Name, Value(depth)).ListOf(count))
        .Select(pairs => "{" + string.Join(",", pairs.Select(p => "\"" + p.Item1 + "\":" + p.Item2)) + "}");

    private static bool ParserRefuses(string json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 64 });
            return false;
        }
        catch (JsonException)
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
            var ours = DuplicateKeys.Any(document.RootElement);
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
}
