using System.Text.Encodings.Web;
using System.Text.Json;

namespace Vkb.Pseudonymization.Policies;

/// <summary>The compiled policy: a tree of property names; leaves carry the rule.</summary>
internal sealed class PolicyNode
{
    private PolicyNode(string path) => Path = path;

    /// <summary>The normalised path of this node, e.g. <c>events[].date</c>.</summary>
    public string Path { get; }

    /// <summary>
    /// Where the run report counts a field under this node that the policy does not name: this path and <c>.*</c>
    /// (<c>*</c> at the root). Never the field's own name: a name in an extract is the extract's text, and an extract
    /// that keys objects by a person's name would put it into the report (session 16's review, L6).
    /// </summary>
    public string UnlistedPath => _unlistedPath ??= Path.Length == 0 ? "*" : Path + ".*";

    private string? _unlistedPath;

    /// <summary>Child nodes by property name.</summary>
    public Dictionary<string, PolicyNode> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether this property holds an array whose elements the children (or the rule) address.</summary>
    public bool IsArray { get; private set; }

    /// <summary>The rule, for leaves.</summary>
    public FieldRule? Rule { get; private set; }

    /// <summary>This node's number in its tree, 0 for the root (an index into per-node tables).</summary>
    public int Ordinal { get; private set; }

    /// <summary>The number of nodes in the tree, on the root.</summary>
    public int TreeSize { get; private set; }

    /// <summary>The nodes of the tree by <see cref="Ordinal"/>, on the root.</summary>
    public IReadOnlyList<PolicyNode> Nodes { get; private set; } = [];

    /// <summary>This node's property name, encoded once for writing (names are ASCII letters, digits and '_', so no escapes).</summary>
    public JsonEncodedText EncodedName { get; private set; }

    /// <summary>The children in policy order with their names in UTF-8, for <see cref="ChildByUtf8Name"/>.</summary>
    private (byte[] Name, PolicyNode Node)[] _ordered = [];

    /// <summary>
    /// The child named by the UTF-8 bytes of an unescaped property name, or null. The search starts at
    /// <paramref name="expected"/> and wraps around, and a find moves it past the child: records of one extract
    /// list their fields in one order, so the first comparison nearly always hits and no name is hashed.
    /// </summary>
    public PolicyNode? ChildByUtf8Name(ReadOnlySpan<byte> name, ref int expected)
    {
        var ordered = _ordered;
        for (var tried = 0; tried < ordered.Length; tried++)
        {
            var i = expected + tried;
            if (i >= ordered.Length)
            {
                i -= ordered.Length;
            }

            if (name.SequenceEqual(ordered[i].Name))
            {
                expected = i + 1;
                return ordered[i].Node;
            }
        }

        return null;
    }

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

        var nodes = new List<PolicyNode>();
        root.Freeze(nodes);
        root.TreeSize = nodes.Count;
        root.Nodes = nodes.AsReadOnly();
        return root;
    }

    private void Freeze(List<PolicyNode> nodes)
    {
        Ordinal = nodes.Count;
        nodes.Add(this);
        _ordered = [.. Children.Select(c => (System.Text.Encoding.UTF8.GetBytes(c.Key), c.Value))];
        foreach (var (name, child) in Children)
        {
            child.EncodedName = JsonEncodedText.Encode(name, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
            child.Freeze(nodes);
        }
    }
}
