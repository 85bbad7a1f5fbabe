using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Vkb.Catalog;

/// <summary>
/// Limits for reading catalogue, assessment and FHIR documents. The defaults suit every real
/// catalogue; raise them for genuinely larger inputs.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CatalogReadLimits
{
    /// <summary>The default limits: 32 MiB and a JSON nesting depth of 128.</summary>
    public static readonly CatalogReadLimits Default = new(32L * 1024 * 1024, 128);

    /// <summary>Creates limits.</summary>
    /// <param name="maxBytes">The largest document accepted, in bytes (1 to 2 GiB).</param>
    /// <param name="maxDepth">The deepest JSON nesting accepted (8 to 512).</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public CatalogReadLimits(long maxBytes, int maxDepth)
    {
        Preconditions.CheckArgumentRange(maxBytes is >= 1 and <= int.MaxValue, "The byte limit must be between 1 and 2 GiB.");
        Preconditions.CheckArgumentRange(maxDepth is >= 8 and <= 512, "The depth limit must be between 8 and 512.");
        MaxBytes = maxBytes;
        MaxDepth = maxDepth;
    }

    /// <summary>Gets the largest document accepted, in bytes.</summary>
    public long MaxBytes { get; }

    /// <summary>Gets the deepest JSON nesting accepted.</summary>
    public int MaxDepth { get; }
}

/// <summary>
/// Reads catalogue, extension, assessment and FHIR files strictly: bounded size, valid UTF-8 (bad
/// bytes are refused with their line and column, never repaired to U+FFFD), and no duplicate JSON
/// keys. The CLI reads every such file through here.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class CatalogInput
{
    /// <summary>Reads a file as UTF-8 text, refusing oversized files and invalid UTF-8 with the exact location.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="limits">The limits, or null for <see cref="CatalogReadLimits.Default"/>.</param>
    /// <returns>The text, or the problem (never a value from the file).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static BuildResult<string> ReadFile(string path, CatalogReadLimits? limits = null)
    {
        Preconditions.CheckNotNull(path);
        limits ??= CatalogReadLimits.Default;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > limits.MaxBytes)
                {
                    return BuildResult.Failed<string>([Problems.InputTooLarge(limits.MaxBytes)]);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), limits);
    }

    /// <summary>Decodes UTF-8 bytes, refusing oversized input and invalid UTF-8 with the exact line and column.</summary>
    /// <param name="utf8">The bytes (a leading byte-order mark is skipped).</param>
    /// <param name="limits">The limits, or null for <see cref="CatalogReadLimits.Default"/>.</param>
    /// <returns>The text, or the problem.</returns>
    public static BuildResult<string> Decode(ReadOnlySpan<byte> utf8, CatalogReadLimits? limits = null)
    {
        limits ??= CatalogReadLimits.Default;
        if (utf8.Length > limits.MaxBytes)
        {
            return BuildResult.Failed<string>([Problems.InputTooLarge(limits.MaxBytes)]);
        }

        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var chars = new char[utf8.Length];
        var status = Utf8.ToUtf16(utf8, chars, out var bytesRead, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            return BuildResult.Failed<string>([Problems.InvalidUtf8(Location(utf8, bytesRead))]);
        }

        return BuildResult.Of(new string(chars, 0, written));
    }

    /// <summary>The 1-based line and column (in characters) of a byte offset.</summary>
    internal static string Location(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = Encoding.UTF8.GetCharCount(before[lineStart..]) + 1;
        return FormattableString.Invariant($"line {line}, column {column}");
    }
}

/// <summary>Parses JSON text strictly: duplicate keys and syntax errors become problems with line and path.</summary>
internal static class StrictJson
{
    public static bool Check(string json, List<ValidationProblem> problems, CatalogReadLimits? limits = null)
    {
        limits ??= CatalogReadLimits.Default;
        var bytes = Encoding.UTF8.GetBytes(json);
        if (bytes.Length > limits.MaxBytes)
        {
            problems.Add(Problems.InputTooLarge(limits.MaxBytes));
            return false;
        }

        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = limits.MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var names = new Stack<HashSet<string>?>();
        var path = new Stack<string>();
        var indices = new Stack<int>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        Enter(names, path, indices, isObject: true);
                        break;
                    case JsonTokenType.StartArray:
                        Enter(names, path, indices, isObject: false);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        // A container was counted as an element when it started (Enter); counting it again at its
                        // end put every later element of the enclosing array one index too far.
                        names.Pop();
                        path.Pop();
                        indices.Pop();
                        continue;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!names.Peek()!.Add(name))
                        {
                            var line = CatalogInput.Location(bytes, (int)reader.TokenStartIndex);
                            problems.Add(Problems.DuplicateKey($"{line}, at {Current(path)}.{name}"));
                            return false;
                        }

                        path.Push(Current(path) + "." + name);
                        indices.Push(-2);
                        names.Push(null);
                        continue;
                    default:
                        break;
                }

                if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    AfterValue(names, path, indices);
                }
            }
        }
        catch (JsonException ex)
        {
            var where = path.Count > 0 ? $", at {Current(path)}" : string.Empty;
            problems.Add(Problems.MalformedJson(FormattableString.Invariant($"line {(ex.LineNumber ?? 0) + 1}{where}")));
            return false;
        }

        return true;
    }

    public static JsonObject? ParseObject(string json, List<ValidationProblem> problems, CatalogReadLimits? limits = null)
    {
        Preconditions.CheckNotNull(json);
        if (!Check(json, problems, limits))
        {
            return null;
        }

        var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { MaxDepth = (limits ?? CatalogReadLimits.Default).MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (node is JsonObject root)
        {
            return root;
        }

        // Well-formed JSON that is no object (null, an array, a number, a string): a null without a problem left
        // the FHIR readers failing without a reason, and the value-set reader dereferencing the null.
        problems.Add(node is null ? Problems.NullDocument() : Problems.WrongShape("line 1, at $"));
        return null;
    }

    private static string Current(Stack<string> path) => path.Count == 0 ? "$" : path.Peek();

    private static void Enter(Stack<HashSet<string>?> names, Stack<string> path, Stack<int> indices, bool isObject)
    {
        var container = Current(path);
        if (indices.Count > 0 && indices.Peek() >= -1 && names.Peek() is null)
        {
            // An element of an array.
            var index = indices.Pop() + 1;
            indices.Push(index);
            container = FormattableString.Invariant($"{container}[{index}]");
        }
        else if (indices.Count > 0 && indices.Peek() == -2)
        {
            // The value of a property: its path is already pushed; replace the placeholder frame.
            names.Pop();
            indices.Pop();
            container = path.Pop();
        }

        path.Push(container);
        indices.Push(isObject ? -3 : -1);
        names.Push(isObject ? new HashSet<string>(StringComparer.Ordinal) : null);
    }

    private static void AfterValue(Stack<HashSet<string>?> names, Stack<string> path, Stack<int> indices)
    {
        if (indices.Count > 0 && indices.Peek() == -2)
        {
            // A scalar property value ends the property.
            names.Pop();
            indices.Pop();
            path.Pop();
        }
        else if (indices.Count > 0 && indices.Peek() >= -1)
        {
            var index = indices.Pop() + 1;
            indices.Push(index);
        }
    }
}
