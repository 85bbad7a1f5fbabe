using System.Text.Json;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Engine;

/// <summary>
/// Where a record repeats a key (a record with two <c>customerNumber</c>s would otherwise get two pseudonyms, a
/// repeated kept field be copied twice). The parser refuses duplicates without saying where; this finds the
/// first one's path for the rejection, on the error path only.
/// </summary>
internal static class DuplicateKeys
{
    /// <summary>The path of the first repeated key (arrays as <c>[]</c>, a name that is not a plain field name as <c>&lt;unnamed&gt;</c>), or null if there is none.</summary>
    public static string? FirstPath(ReadOnlySpan<byte> json) => FirstPath(json, null);

    /// <summary>
    /// The path of the object holding the first field name that cannot be read (an escaped lone surrogate), or
    /// null if every name can be read.
    /// </summary>
    public static string? UnreadableNamePath(ReadOnlySpan<byte> json)
    {
        var found = new bool[1];
        var path = FirstPath(json, found);
        return found[0] ? path : null;
    }

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
