using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// The pipeline looks a property up by its UTF-8 bytes, starting where the last find left off; in any order of
/// names, listed or not, that finds exactly the child a lookup by name finds (and none for an unlisted name).
/// </summary>
public class PolicyNodeTests
{
    private static readonly List<PolicyNode> Nodes = AllNodes(RecordPolicy.VkbDefault.Tree).Where(n => n.Children.Count > 0).ToList();

    private static readonly string[] Others = ["", "x", "customerNumbe", "customerNumberX", "Customer", "née", "straße", "\u00E9vent", "events[]", "ids", "note "];

    [Property(MaxTest = 500)]
    [Trait("Rule", "P3")]
    public Property ChildByUtf8Name_InAnyOrder_FindsWhatTheNameLookupFinds()
    {
        var input = (from node in Gen.Elements(Nodes.ToArray())
                     from names in Gen.Elements(Nodes.SelectMany(n => n.Children.Keys).Concat(Others).Distinct().ToArray()).ListOf()
                     from start in Gen.Choose(0, 40)
                     select (Node: node, Names: names, Start: start)).ToArbitrary();
        return Prop.ForAll(input, x =>
        {
            var expected = x.Start % (x.Node.Children.Count + 1);
            return x.Names.All(name => ReferenceEquals(x.Node.ChildByUtf8Name(Encoding.UTF8.GetBytes(name), ref expected), x.Node.Children.GetValueOrDefault(name)));
        });
    }

    [Fact]
    [Trait("Rule", "P3")]
    public void ChildByUtf8Name_InPolicyOrder_FindsEveryChildOnTheFirstComparison()
    {
        foreach (var node in Nodes)
        {
            var expected = 0;
            var index = 0;
            foreach (var (name, child) in node.Children)
            {
                expected.ShouldBe(index++);
                node.ChildByUtf8Name(Encoding.UTF8.GetBytes(name), ref expected).ShouldBeSameAs(child);
            }
        }
    }

    private static IEnumerable<PolicyNode> AllNodes(PolicyNode node) => node.Children.Values.SelectMany(AllNodes).Prepend(node);
}
