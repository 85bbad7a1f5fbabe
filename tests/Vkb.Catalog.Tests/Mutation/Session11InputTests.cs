using System.Text;

namespace Vkb.Catalog.Tests.Mutation;

/// <summary>
/// Session 11's Stryker group <c>b</c>: <c>Input/StrictJson.cs</c>, never run before. The limits' ranges, the byte limit
/// at its exact edge in every reader (file, bytes, JSON text), caller limits honoured, the path of a duplicate key after
/// scalars and nested containers, the location of a syntax error outside any container, and what the object parser
/// accepts after the strict check (comments, trailing commas, nesting up to the caller's depth).
/// </summary>
public class Session11InputTests
{
    [Fact]
    public void Limits_AcceptTheirRangeEdges_AndRefuseBeyond()
    {
        _ = new CatalogReadLimits(1, 8);
        _ = new CatalogReadLimits(int.MaxValue, 512);
        Should.Throw<ArgumentOutOfRangeException>(() => new CatalogReadLimits(0, 128)).Message.ShouldStartWith("The byte limit must be between 1 and 2 GiB.");
        Should.Throw<ArgumentOutOfRangeException>(() => new CatalogReadLimits(int.MaxValue + 1L, 128)).Message.ShouldStartWith("The byte limit must be between 1 and 2 GiB.");
        Should.Throw<ArgumentOutOfRangeException>(() => new CatalogReadLimits(1024, 7)).Message.ShouldStartWith("The depth limit must be between 8 and 512.");
        Should.Throw<ArgumentOutOfRangeException>(() => new CatalogReadLimits(1024, 513)).Message.ShouldStartWith("The depth limit must be between 8 and 512.");
    }

    [Fact]
    public void ByteLimit_TheExactSizeIsAccepted_OneMoreIsRefused_InEveryReader()
    {
        var json = "{ \"a\": 1 }";
        var exact = new CatalogReadLimits(json.Length, 8);
        var smaller = new CatalogReadLimits(json.Length - 1, 8);
        var bytes = Encoding.UTF8.GetBytes(json);

        CatalogInput.Decode(bytes, exact).Value.ShouldBe(json);
        CatalogInput.Decode(bytes, smaller).Problems.Single().Code.ShouldBe("input-too-large");

        var problems = new List<ValidationProblem>();
        StrictJson.Check(json, problems, exact).ShouldBeTrue();
        problems.ShouldBeEmpty();
        StrictJson.Check(json, problems, smaller).ShouldBeFalse();
        problems.Single().Code.ShouldBe("input-too-large");

        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(file, bytes);
            CatalogInput.ReadFile(file, exact).Value.ShouldBe(json);
            CatalogInput.ReadFile(file, smaller).Problems.Single().Code.ShouldBe("input-too-large");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ParseObject_HonoursTheCallersDepth_AndAcceptsWhatTheCheckAccepts()
    {
        var deep = "{ \"a\": " + new string('[', 150) + new string(']', 150) + " /* note */, }";
        var problems = new List<ValidationProblem>();

        StrictJson.ParseObject(deep, problems, new CatalogReadLimits(1024, 200)).ShouldNotBeNull();
        problems.ShouldBeEmpty();
        StrictJson.ParseObject("{ \"a\": [1, 2,], /* note */ }", problems).ShouldNotBeNull();
        problems.ShouldBeEmpty();
        StrictJson.ParseObject(deep, problems).ShouldBeNull();                  // default depth 128
        problems.Single().Code.ShouldBe("malformed-json");
        Should.Throw<ArgumentNullException>(() => StrictJson.ParseObject(null!, [])).ParamName.ShouldBe("json");
    }

    [Theory]
    [InlineData("{ \"a\": [1, { \"b\": 1, \"b\": 2 }] }", "$.a[1].b")]
    [InlineData("{ \"a\": { \"x\": 1 }, \"c\": [1, \"s\", [2], { \"d\": 1, \"d\": 2 }] }", "$.c[3].d")]
    [InlineData("{ \"a\": { \"x\": [true] }, \"a\": 2 }", "$.a")]
    [InlineData("[ 1, { \"k\": { \"m\": null, \"m\": 0 } } ]", "$[1].k.m")]
    [InlineData("[ {}, [], { \"e\": 1, \"e\": 2 } ]", "$[2].e")]
    public void DuplicateKey_PathCountsScalarsAndContainers(string json, string path)
    {
        var problems = new List<ValidationProblem>();

        StrictJson.Check(json, problems).ShouldBeFalse();

        problems.Single().Path.ShouldEndWith(", at " + path);
    }

    [Fact]
    public void SyntaxError_OutsideAnyContainer_HasOnlyItsLine()
    {
        var problems = new List<ValidationProblem>();

        StrictJson.Check("\n nope", problems).ShouldBeFalse();

        problems.Single().Path.ShouldBe("line 2");
    }
}
