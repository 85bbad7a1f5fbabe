using System.Globalization;
using System.Text.Json;

namespace Vkb.Pseudonymization.Policies.Operations;

/// <summary>One rule object of a policy's <c>fields</c> array, read by its operation; problems name <see cref="Where"/>, e.g. <c>fields[3].years</c>.</summary>
internal sealed class RuleJson(JsonElement item, string where, List<string> problems)
{
    /// <summary>Where the rule stands, e.g. <c>fields[3]</c>.</summary>
    public string Where { get; } = where;

    /// <summary>Adds a problem about the parameter <paramref name="name"/>.</summary>
    public void Problem(string name, string text) => problems.Add($"{Where}.{name}: {text}");

    /// <summary>A string parameter, or null when absent (a problem when <paramref name="required"/>) or not a string (a problem).</summary>
    public string? String(string name, bool required = false)
    {
        if (!item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Problem(name, "is required.");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(name, "must be a string.");
            return null;
        }

        return value.GetString();
    }

    /// <summary>An integer parameter, or <paramref name="fallback"/> when absent or not an integer (a problem).</summary>
    public int Int(string name, int fallback)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var result))
        {
            Problem(name, "must be an integer.");
            return fallback;
        }

        return result;
    }

    /// <summary>A boolean parameter, false when absent.</summary>
    public bool Bool(string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return false;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problem(name, "must be true or false.");
            return false;
        }

        return value.GetBoolean();
    }

    /// <summary>An array of strings, or null when absent or malformed (a problem).</summary>
    public IReadOnlyList<string>? Strings(string name)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            Problem(name, "must be an array of strings.");
            return null;
        }

        return [.. value.EnumerateArray().Select(v => v.GetString()!)];
    }

    /// <summary>The rule's <c>where</c> for a message, with an index.</summary>
    public static string At(string array, int index) => string.Create(CultureInfo.InvariantCulture, $"{array}[{index}]");
}
