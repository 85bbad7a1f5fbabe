using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Engine;

/// <summary>
/// Reading scalar values of a record's <see cref="JsonDocument"/> without a string where the text fits on the
/// stack; every failure is a <see cref="FieldException"/> naming the path, never the value.
/// </summary>
internal static class RecordValues
{
    /// <summary>The characters of <see cref="ScalarChars"/> decoded on the stack (longer values become a string).</summary>
    public const int ScalarBufferLength = 128;

    private const string LoneSurrogate = "The string holds an escaped lone surrogate (\\uD800-\\uDFFF without its pair), which is not text.";

    /// <summary>
    /// The text of a non-null string or number (a string unescaped, a number as written; anything else is
    /// rejected as "Expected a string."), in <paramref name="buffer"/> where it fits, so an identifier costs no string.
    /// </summary>
    public static ReadOnlySpan<char> ScalarChars(JsonElement value, string path, Span<char> buffer)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return IsoDate.RawString(value).Length <= buffer.Length ? DecodeString(value, path, buffer) : Unescaped(value, path);

            case JsonValueKind.Number:
            {
                var raw = JsonMarshal.GetRawUtf8Value(value);
                return raw.Length <= buffer.Length ? buffer[..Encoding.UTF8.GetChars(raw, buffer)] : value.GetRawText();
            }

            default:
                throw new FieldException(path, "Expected a string.");
        }
    }

    /// <summary>
    /// A JSON string's characters, into <paramref name="buffer"/>, which holds at least as many characters as the
    /// string has raw bytes: decoded from the document's bytes (the line is valid UTF-8, checked before parsing),
    /// or, when the string holds escapes ("\u00e4", "\n"), unescaped by the JSON reader, never longer.
    /// </summary>
    public static ReadOnlySpan<char> DecodeString(JsonElement value, string path, Span<char> buffer)
    {
        var raw = IsoDate.RawString(value);
        if (!raw.Contains((byte)'\\'))
        {
            return buffer[..Encoding.UTF8.GetChars(raw, buffer)];
        }

        var reader = new Utf8JsonReader(JsonMarshal.GetRawUtf8Value(value));
        reader.Read();
        try
        {
            return buffer[..reader.CopyString(buffer)];
        }
        catch (InvalidOperationException)
        {
            throw new FieldException(path, LoneSurrogate);
        }
    }

    /// <summary>Rejects anything but a JSON string, naming <paramref name="path"/>.</summary>
    public static void RequireString(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new FieldException(path, "Expected a string.");
        }
    }

    /// <summary>The same as <see cref="StringOf"/>, without a string where <see cref="ScalarChars"/> needs none.</summary>
    public static ReadOnlySpan<char> StringChars(JsonElement value, string path, Span<char> buffer)
    {
        RequireString(value, path);
        return ScalarChars(value, path, buffer);
    }

    /// <summary>A JSON string's text, or a rejection naming <paramref name="path"/>.</summary>
    public static string StringOf(JsonElement value, string path)
    {
        RequireString(value, path);
        return Unescaped(value, path);
    }

    /// <summary>A JSON string's text; an escaped lone surrogate, which JSON parsing lets pass but no text can hold, rejects the field.</summary>
    public static string Unescaped(JsonElement value, string path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FieldException(path, LoneSurrogate);
        }
    }

    /// <summary>An ISO date (<c>yyyy-MM-dd</c>) from a JSON string, on the fast path where it can.</summary>
    public static LocalDate Date(JsonElement value, string path) =>
        IsoDate.TryRead(value, out var fast) ? fast : ParseDate(StringOf(value, path), path);

    /// <summary>An ISO date from text.</summary>
    public static LocalDate ParseDate(string text, string path)
    {
        if (IsoDate.TryParse(text, out var fast))
        {
            return fast;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new FieldException(path, "Expected an ISO date (yyyy-MM-dd).");
    }

    /// <summary>The value at <paramref name="path"/> (outside arrays), or null where an object on the way or the member is missing.</summary>
    public static JsonElement? Find(JsonElement root, FieldPath path)
    {
        var current = root;
        foreach (var name in path.Utf8Names)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>
    /// Whether the canonical form of an identifier is non-empty: an ASCII letter or digit answers at once; otherwise the
    /// canonical form is built (NFKC can erase a letter, e.g. U+037A, or make one of a character that is none).
    /// </summary>
    public static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                return true;
            }
        }

        return !System.Text.Ascii.IsValid(text) && Pseudonym.Canonicalize(text).Length > 0;
    }
}
