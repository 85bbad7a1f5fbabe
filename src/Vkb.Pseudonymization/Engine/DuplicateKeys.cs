using System.Runtime.InteropServices;
using System.Text.Json;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Engine;

/// <summary>
/// Where a record repeats a key (a record with two <c>customerNumber</c>s would otherwise get two pseudonyms, a
/// repeated kept field be copied twice): <see cref="Any"/> is the check every record passes, the paths are found for a
/// rejection only, on the error path.
/// </summary>
internal static class DuplicateKeys
{
    /// <summary>Objects with at most this many properties are checked with short keys on the stack.</summary>
    private const int StackProperties = 64;

    /// <summary>
    /// Whether any object in <paramref name="element"/> repeats a key, names compared after unescaping (the check that
    /// <see cref="JsonDocumentOptions.AllowDuplicateProperties"/> = false makes while parsing, which costs a hash set per
    /// object of a record). One walk: each object's raw names get a short key (length, first and last byte), and two
    /// names are compared byte by byte only when their keys meet; an object with an escaped name compares its names
    /// unescaped. Throws <see cref="InvalidOperationException"/> for a name that cannot be unescaped (a lone
    /// surrogate), as the parser's check does.
    /// </summary>
    public static bool Any(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array && Any(item))
                {
                    return true;
                }
            }

            return false;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        var count = element.GetPropertyCount();
        if (count > StackProperties)
        {
            return RepeatsAnUnescapedName(element) || AnyChild(element);
        }

        Span<uint> keys = stackalloc uint[count];
        var i = 0;
        foreach (var property in element.EnumerateObject())
        {
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);
            if (raw.IndexOf((byte)'\\') >= 0)
            {
                return RepeatsAnUnescapedName(element) || AnyChild(element); // "a" and "\u0061" are one name
            }

            var key = raw.Length == 0 ? 0u : ((uint)raw.Length << 16) | ((uint)raw[0] << 8) | raw[^1];
            for (var j = 0; j < i; j++)
            {
                if (keys[j] == key && RawNameAt(element, j).SequenceEqual(raw))
                {
                    return true;
                }
            }

            keys[i++] = key;
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && Any(property.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a child of the object repeats a key.</summary>
    private static bool AnyChild(JsonElement obj)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && Any(property.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The raw name of the object's <paramref name="index"/>th property (only when two short keys meet).</summary>
    private static ReadOnlySpan<byte> RawNameAt(JsonElement obj, int index)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (index-- == 0)
            {
                return JsonMarshal.GetRawUtf8PropertyName(property);
            }
        }

        throw new InvalidOperationException("The object has fewer properties than counted.");
    }

    private static bool RepeatsAnUnescapedName(JsonElement obj)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (!names.Add(property.Name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The path of the first repeated key or of the object holding the first name that cannot be read (an escaped lone
    /// surrogate), whichever comes first in document order, or null if there is neither; <paramref name="unreadableName"/>
    /// says which it is.
    /// </summary>
    public static string? FirstProblem(ReadOnlySpan<byte> json, out bool unreadableName)
    {
        var found = new bool[1];
        var path = FirstPath(json, found);
        unreadableName = found[0];
        return path;
    }

    /// <summary>The path of the first repeated key (arrays as <c>[]</c>, a name that is not a plain field name as <c>&lt;unnamed&gt;</c>), or null if there is none.</summary>
    public static string? FirstPath(ReadOnlySpan<byte> json) => FirstPath(json, null);

    private static string? FirstPath(ReadOnlySpan<byte> json, bool[]? unreadableName)
    {
        var reader = new Utf8JsonReader(json);
        var names = new Stack<HashSet<string>>();
        var path = new List<string>();
        string? pending = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        Enter(pending);
                        names.Push(new HashSet<string>(StringComparer.Ordinal));
                        pending = null;
                        break;
                    case JsonTokenType.StartArray:
                        Enter(pending is null ? "[]" : pending + "[]");
                        pending = null;
                        break;
                    case JsonTokenType.EndObject:
                        names.Pop();
                        Leave();
                        break;
                    case JsonTokenType.EndArray:
                        Leave();
                        break;
                    case JsonTokenType.PropertyName:
                        string name;
                        try
                        {
                            name = reader.GetString()!;
                        }
                        catch (InvalidOperationException) when (unreadableName is not null)
                        {
                            // An escaped lone surrogate: the name cannot be read; the record is rejected at its object.
                            unreadableName[0] = true;
                            var holder = Join(path, string.Empty);
                            return holder.Length == 0 ? "$" : holder;
                        }

                        var safe = FieldPath.IsValidName(name) ? name : "<unnamed>";
                        if (!names.Peek().Add(name))
                        {
                            return Join(path, safe);
                        }

                        pending = safe;
                        break;
                    default:
                        pending = null;
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        return null;

        void Enter(string? segment) => path.Add(segment ?? string.Empty);

        void Leave()
        {
            if (path.Count > 0)
            {
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    private static string Join(List<string> path, string name)
    {
        var parts = new List<string>();
        foreach (var segment in path)
        {
            if (segment.Length == 0)
            {
                continue;
            }

            if (segment == "[]" && parts.Count > 0)
            {
                parts[^1] += "[]";
            }
            else
            {
                parts.Add(segment);
            }
        }

        if (name.Length > 0)
        {
            parts.Add(name);
        }

        return string.Join('.', parts);
    }
}
