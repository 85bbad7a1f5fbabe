namespace Vkb.Pseudonymization.Policies;

/// <summary>The compiled policy: a tree of property names; leaves carry the rule.</summary>
internal sealed class PolicyNode
{
    private PolicyNode(string path) => Path = path;

    /// <summary>The normalised path of this node, e.g. <c>events[].date</c>.</summary>
    public string Path { get; }

    /// <summary>Child nodes by property name.</summary>
    public Dictionary<string, PolicyNode> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether this property holds an array whose elements the children (or the rule) address.</summary>
    public bool IsArray { get; private set; }

    /// <summary>The rule, for leaves.</summary>
    public FieldRule? Rule { get; private set; }

    public static PolicyNode Build(IEnumerable<FieldRule> rules)
    {
        var root = new PolicyNode(string.Empty);
        foreach (var rule in rules)
        {
            var node = root;
            foreach (var segment in rule.Path.Segments)
            {
                if (!node.Children.TryGetValue(segment.Name, out var child))
                {
                    var childPath = (node.Path.Length == 0 ? segment.Name : node.Path + "." + segment.Name) + (segment.IsArray ? "[]" : string.Empty);
                    child = new PolicyNode(childPath) { IsArray = segment.IsArray };
                    node.Children.Add(segment.Name, child);
                }

                node = child;
            }

            node.Rule = rule;
        }

        return root;
    }
}
