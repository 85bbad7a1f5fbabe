using System.Text.Json.Nodes;

namespace Vkb.Catalog.Tests.Fhir;

/// <summary>JSON with object members sorted by name (arrays keep their order), compact: equal documents give equal text.</summary>
public static class CanonicalJson
{
    public static string Of(string json) => Of(JsonNode.Parse(json));

    public static string Of(JsonNode? node) => Sort(node)?.ToJsonString() ?? "null";

    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sort(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sort).ToArray()),
        _ => node?.DeepClone(),
    };
}
