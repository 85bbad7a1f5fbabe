using System.Globalization;
using System.Text.Json;

namespace Vkb.Pseudonymization.Export;

/// <summary>
/// Strict reading of the small JSON documents of an export (manifest, kit content): duplicate keys are an
/// error, every member must be present with its JSON type, and messages name the member and the position,
/// never a value (System.Text.Json's own messages may quote a character of the input, so they are not used).
/// </summary>
internal static class StrictJson
{
    public static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false, MaxDepth = 16 };

    public static JsonElement Member(JsonElement parent, string name, JsonValueKind kind, string? path = null)
    {
        var where = path is null ? name : path + "." + name;
        if (parent.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"'{path ?? "$"}' is not a JSON object.");
        }

        if (!parent.TryGetProperty(name, out var value))
        {
            throw new FormatException($"The member '{where}' is missing.");
        }

        if (value.ValueKind != kind)
        {
            throw new FormatException($"The member '{where}' is not a JSON {kind.ToString().ToLowerInvariant()}.");
        }

        return value;
    }

    public static string String(JsonElement parent, string name, string? path = null) => Member(parent, name, JsonValueKind.String, path).GetString()!;

    public static bool Boolean(JsonElement parent, string name, string? path = null)
    {
        var where = path is null ? name : path + "." + name;
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
        {
            throw new FormatException($"The member '{where}' is missing.");
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new FormatException($"The member '{where}' is not a JSON boolean."),
        };
    }

    public static long Count(JsonElement parent, string name, string? path = null)
    {
        var value = Member(parent, name, JsonValueKind.Number, path);
        return value.TryGetInt64(out var count) && count >= 0
            ? count
            : throw new FormatException($"The member '{(path is null ? name : path + "." + name)}' is not a count (a whole number of at least 0).");
    }

    public static string Sha256(JsonElement parent, string name, string? path = null)
    {
        var text = String(parent, name, path);
        return IsSha256(text) ? text : throw new FormatException($"The member '{(path is null ? name : path + "." + name)}' is not a SHA-256 in lower-case hex.");
    }

    /// <summary>Whether <paramref name="text"/> is a SHA-256 in lower-case hex (64 digits).</summary>
    public static bool IsSha256(string? text) => text is { Length: 64 } && text.All(char.IsAsciiHexDigitLower);

    /// <summary>Describes a JSON syntax error by its position only.</summary>
    public static string Describe(string document, JsonException ex) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{document} is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}): invalid syntax, a duplicate key or invalid UTF-8.");
}
