using System.Buffers;
using System.Collections.Frozen;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Pipeline;

/// <summary>The outcome of one record.</summary>
internal enum OutcomeKind
{
    Written,
    NotFlagged,
    Rejected,
}

/// <summary>
/// What happened to one record. A written record's JSON and its line break follow the records before it in
/// its batch's output.
/// </summary>
internal readonly struct RecordOutcome
{
    public OutcomeKind Kind { get; init; }

    public string? QuasiIdentifier { get; init; }

    public RecordError? Error { get; init; }

    public string? JobCentre { get; init; }

    public string? Pseudonym { get; init; }

    public string? Identifier { get; init; }
}

/// <summary>Per-thread counters, merged into the run report.</summary>
internal sealed class RunCounters
{
    public Dictionary<string, long> DroppedByPolicy { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> DroppedUnlisted { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, long> Replacements { get; } = new(StringComparer.Ordinal);

    public void MergeInto(RunCounters target)
    {
        Merge(DroppedByPolicy, target.DroppedByPolicy);
        Merge(DroppedUnlisted, target.DroppedUnlisted);
        Merge(Replacements, target.Replacements);
    }

    public static void Add(Dictionary<string, long> counts, string key, long amount = 1) =>
        counts[key] = counts.GetValueOrDefault(key) + amount;

    private static void Merge(Dictionary<string, long> source, Dictionary<string, long> target)
    {
        foreach (var (key, value) in source)
        {
            Add(target, key, value);
        }
    }
}

/// <summary>Applies a compiled policy to one JSON record. One instance per batch being transformed (never two threads at once).</summary>
internal sealed class RecordTransformer : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Names stay readable UTF-8 (not \u escapes), so leak checks see exactly what a reader sees.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private const int MaxRecentPseudonymsPerDomain = 256;

    private static readonly FrozenSet<string> EuMembers = new[]
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT",
        "RO", "SK", "SI", "ES", "SE",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EuMemberLookup = EuMembers.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxPooledStrings = 4096;

    private readonly PipelineSettings _settings;
    private readonly RunCounters _counters;
    private readonly Utf8JsonWriter _writer;
    private readonly string?[] _quasi;
    private readonly long[] _droppedByNode; // by PolicyNode.Ordinal: a counter per record without hashing the path
    private readonly NameCounts _replacements = new(); // by detector, added up per record without hashing the names
    private string? _lastMonthText;
    private readonly StringPool _pooled = new(MaxPooledStrings); // job centres, quasi-identifier values and classes
    private readonly RecordContext _context = new();
    private LocalDate _lastMonth;

    // Reused for every record this transformer handles: the scrub context, the scrubbing workspace, the note's characters.
    private ScrubContext? _scrub;
    private readonly ScrubWorkspace _scrubWorkspace = new();
    private char[] _note = new char[256];

    // Identifiers recur: the subject's number is pseudonymised for the context, again as its field and in notes,
    // and a team, team lead or case worker appears in many records. Pseudonyms are deterministic, so this
    // transformer's recent ones are kept, at most MaxRecentPseudonymsPerDomain per domain (the transformer lives for
    // one run). The bound is per domain and small so that one-off numbers (a subject's, a household's) are dropped
    // while still young for the garbage collector, instead of surviving into an older generation and dying there.
    private readonly Dictionary<PseudonymDomain, Dictionary<string, Pseudonym>> _recentPseudonyms = new(ReferenceEqualityComparer.Instance);

    public RecordTransformer(PipelineSettings settings)
    {
        _settings = settings;
        _counters = new RunCounters();
        _writer = new Utf8JsonWriter(Stream.Null, WriterOptions);
        _quasi = new string?[settings.QuasiIdentifiers.Count];
        _droppedByNode = new long[settings.Policy.Tree.TreeSize];
    }

    /// <summary>Adds what this transformer counted (dropped fields, replacements) to the run's counts, at its end.</summary>
    public void MergeCountsInto(RunCounters target)
    {
        var nodes = _settings.Policy.Tree.Nodes;
        for (var i = 0; i < _droppedByNode.Length; i++)
        {
            if (_droppedByNode[i] > 0)
            {
                RunCounters.Add(_counters.DroppedByPolicy, nodes[i].Path, _droppedByNode[i]);
                _droppedByNode[i] = 0;
            }
        }

        _replacements.AddTo(_counters.Replacements);
        _replacements.Clear();
        _counters.MergeInto(target);
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>Transforms one line, appending the output record and a line break to <paramref name="output"/> if it is written.</summary>
    public RecordOutcome Transform(ReadOnlyMemory<byte> line, long lineNumber, ByteBuffer output)
    {
        if (!Utf8.IsValid(line.Span))
        {
            return Reject(lineNumber, "$", "The line is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return Reject(lineNumber, "$", $"The line is not valid JSON (byte {(ex.BytePositionInLine ?? 0) + 1}); a truncated line reads like this.");
        }

        using (document)
        {
            var start = output.Length;
            try
            {
                return Transform(document.RootElement, output);
            }
            catch (FieldException ex)
            {
                output.Truncate(start); // no half-written record
                return Reject(lineNumber, ex.FieldPath, ex.Message);
            }
        }
    }

    private RecordOutcome Transform(JsonElement root, ByteBuffer output)
    {
        var policy = _settings.Policy;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException("$", "A record must be a JSON object.");
        }

        if (_settings.OnlyFlagged)
        {
            var flagged = policy.Flagged is { } flaggedPath && Find(root, flaggedPath) is { ValueKind: JsonValueKind.True };
            if (!flagged)
            {
                return new RecordOutcome { Kind = OutcomeKind.NotFlagged };
            }
        }

        var context = BuildContext(root);
        Array.Clear(_quasi);
        _writer.Reset(output);
        _writer.WriteStartObject();
        WriteObjectBody(root, policy.Tree, context);
        WriteMetadata();
        _writer.WriteEndObject();
        _writer.Flush();
        output.Write((byte)'\n');
        context.Scrub?.CountsByDetector.AddTo(_replacements);

        return new RecordOutcome
        {
            Kind = OutcomeKind.Written,
            QuasiIdentifier = QuasiKey(),
            JobCentre = context.JobCentre,
            Pseudonym = _settings.CollectReidentification ? context.Subject?.Value : null,
            Identifier = _settings.CollectReidentification ? context.SubjectIdentifier : null,
        };
    }

    /// <summary>The record's quasi-identifier values joined by U+001F, a missing one as U+2205; null if there are none.</summary>
    private string? QuasiKey()
    {
        if (_quasi.Length == 0)
        {
            return null;
        }

        var length = _quasi.Length - 1;
        foreach (var value in _quasi)
        {
            length += value?.Length ?? 1;
        }

        // Classes are few: the key is built on the stack and pooled, a string only for a class not seen lately.
        var chars = length <= 256 ? stackalloc char[length] : new char[length];
        var at = 0;
        for (var i = 0; i < _quasi.Length; i++)
        {
            if (i > 0)
            {
                chars[at++] = '\u001F';
            }

            var value = _quasi[i] ?? "\u2205";
            value.CopyTo(chars[at..]);
            at += value.Length;
        }

        return _pooled.Get(chars);
    }

    private RecordContext BuildContext(JsonElement root)
    {
        var policy = _settings.Policy;
        var context = _context.Clear();
        Span<char> buffer = stackalloc char[ScalarBufferLength];
        if (policy.Subject is { } subjectPath)
        {
            var text = Find(root, subjectPath) is { ValueKind: not JsonValueKind.Null } value ? ScalarChars(value, subjectPath.Value, buffer) : default;
            if (!HasLetterOrDigit(text))
            {
                throw new FieldException(subjectPath.Value, "The subject identifier is required (a non-empty string).");
            }

            context.Subject = PseudonymOf(_settings.SubjectDomain!, text);
            context.SubjectIdentifier = _settings.CollectReidentification ? Pseudonym.Canonicalize(text) : null;
            context.OffsetDays = _settings.DateShifter.OffsetDays(context.Subject);
        }

        if (policy.ReferenceMonth is { } monthPath && Find(root, monthPath) is { ValueKind: not JsonValueKind.Null } month)
        {
            // An extract is one review month: the last month read is nearly always the next one's too.
            var monthChars = ScalarChars(month, monthPath.Value, buffer);
            if (_lastMonthText is null || !monthChars.SequenceEqual(_lastMonthText))
            {
                var monthText = monthChars.ToString();
                var parsed = YearMonthPattern.Iso.Parse(monthText);
                if (!parsed.Success)
                {
                    throw new FieldException(monthPath.Value, "The review month must be a month in the form yyyy-MM.");
                }

                (_lastMonthText, _lastMonth) = (monthText, parsed.Value.OnDayOfMonth(1));
            }

            context.Reference = _lastMonth;
        }

        context.Reference ??= _settings.ReferenceMonth?.OnDayOfMonth(1);

        if (policy.JobCentre is { } jobCentrePath)
        {
            context.JobCentre = Find(root, jobCentrePath) is { ValueKind: not JsonValueKind.Null } jobCentre
                ? _pooled.Get(ScalarChars(jobCentre, jobCentrePath.Value, buffer))
                : null;
        }

        if (_settings.BirthDatePath is { } birthPath && Find(root, birthPath) is { ValueKind: not JsonValueKind.Null } birth)
        {
            context.BirthDate = IsoDate.TryRead(birth, out var fast) ? fast : ParseDate(ScalarChars(birth, birthPath.Value, buffer).ToString(), birthPath.Value);
        }

        if (_settings.HasScrubbing)
        {
            var scrub = _scrub ??= new ScrubContext(_settings.Pseudonymizer, _settings.Phase, null, null, null) { Pseudonyms = PseudonymOf };
            scrub.Reset(context.OffsetDays, context.BirthDate, context.Reference);
            foreach (var (path, role) in _settings.Names)
            {
                if (Find(root, path) is { ValueKind: not JsonValueKind.Null } name)
                {
                    scrub.AddKnownName(ScalarChars(name, path.Value, buffer), role);
                }
            }

            context.Scrub = scrub;
        }

        return context;
    }

    private void WriteObjectBody(JsonElement element, PolicyNode node, RecordContext context)
    {
        var expected = 0; // where the next property is looked for first: records list their fields in one order
        foreach (var property in element.EnumerateObject())
        {
            // The name is looked up and written from the document's own bytes; only an escaped name is
            // materialised as a string (the line is valid UTF-8, so equal bytes are equal names).
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);
            var name = raw.IndexOf((byte)'\\') < 0 ? null : NameOf(property, node);
            var child = name is null ? node.ChildByUtf8Name(raw, ref expected) : node.Children.GetValueOrDefault(name);
            if (child is null)
            {
                RunCounters.Add(_counters.DroppedUnlisted, UnlistedPath(node, name ?? property.Name));
                continue;
            }

            if (child.Rule is { Operation: FieldOperation.Drop })
            {
                _droppedByNode[child.Ordinal]++;
                continue;
            }

            if (name is null)
            {
                _writer.WritePropertyName(child.EncodedName); // the same bytes as raw: they matched the child's name
            }
            else
            {
                _writer.WritePropertyName(name);
            }

            WriteValue(property.Value, child, context);
        }
    }

    private void WriteValue(JsonElement value, PolicyNode node, RecordContext context)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            _writer.WriteNullValue();
            return;
        }

        if (node.IsArray)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                throw new FieldException(node.Path, "Expected an array.");
            }

            _writer.WriteStartArray();
            foreach (var item in value.EnumerateArray())
            {
                WriteElement(item, node, context);
            }

            _writer.WriteEndArray();
            return;
        }

        WriteElement(value, node, context);
    }

    private void WriteElement(JsonElement value, PolicyNode node, RecordContext context)
    {
        if (value.ValueKind == JsonValueKind.Null)
        {
            _writer.WriteNullValue();
            return;
        }

        if (node.Rule is null)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                throw new FieldException(node.Path, "Expected an object.");
            }

            _writer.WriteStartObject();
            WriteObjectBody(value, node, context);
            _writer.WriteEndObject();
            return;
        }

        var rule = node.Rule;
        switch (rule.Operation)
        {
            case FieldOperation.Keep:
                if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    throw new FieldException(node.Path, "Expected a scalar value (string, number or boolean).");
                }

                if (_settings.QuasiIndex(node) >= 0)
                {
                    Span<char> buffer = stackalloc char[ScalarBufferLength];
                    Quasi(node, value.ValueKind switch
                    {
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        _ => _pooled.Get(ScalarChars(value, node.Path, buffer)),
                    });
                }

                value.WriteTo(_writer);
                break;
            case FieldOperation.Pseudonymize:
            {
                Span<char> buffer = stackalloc char[ScalarBufferLength];
                var text = ScalarChars(value, node.Path, buffer);
                if (!HasLetterOrDigit(text))
                {
                    throw new FieldException(node.Path, "An identifier must hold at least one letter or digit.");
                }

                _writer.WriteStringValue(PseudonymOf(rule.Domain!, text).Value);
                break;
            }

            case FieldOperation.AgeBand:
            {
                var birth = IsoDate.TryRead(value, out var fast) ? fast : ParseDate(StringOf(value, node.Path), node.Path);
                if (context.Reference is not { } reference)
                {
                    throw new FieldException(_settings.Policy.ReferenceMonth?.Value ?? node.Path, "An age band needs the review month.");
                }

                var band = AgeBand.Of(birth, reference, rule.Parameter);
                Quasi(node, band);
                _writer.WriteStringValue(band);
                break;
            }

            case FieldOperation.PostcodePrefix:
            {
                Span<char> buffer = stackalloc char[ScalarBufferLength];
                var postcode = StringChars(value, node.Path, buffer);
                if (postcode.Length < rule.Parameter || postcode[..rule.Parameter].ContainsAnyExceptInRange('0', '9'))
                {
                    throw new FieldException(node.Path, "A postcode must start with digits.");
                }

                var prefix = _pooled.Get(postcode[..rule.Parameter]);
                Quasi(node, prefix);
                _writer.WriteStringValue(prefix);
                break;
            }

            case FieldOperation.NationalityGroup:
            {
                Span<char> buffer = stackalloc char[ScalarBufferLength];
                var code = StringChars(value, node.Path, buffer).Trim();
                var group = code.Length == 0 ? "unknown" :
                    code.Equals("DE", StringComparison.OrdinalIgnoreCase) ? "DE" :
                    EuMemberLookup.Contains(code) ? "EU" : "non-EU";
                Quasi(node, group);
                _writer.WriteStringValue(group);
                break;
            }

            case FieldOperation.ShiftDate:
            {
                var date = IsoDate.TryRead(value, out var fast) ? fast : ParseDate(StringOf(value, node.Path), node.Path);
                var offset = context.OffsetDays ?? throw new FieldException(node.Path, "Shifting a date needs the subject identifier.");
                var shifted = date.PlusDays(offset);
                Span<byte> text = stackalloc byte[IsoDate.Length];
                if (IsoDate.TryWrite(shifted, text))
                {
                    _writer.WriteStringValue(text);
                }
                else
                {
                    _writer.WriteStringValue(LocalDatePattern.Iso.Format(shifted));
                }

                break;
            }

            case FieldOperation.MonthOnly:
            {
                var date = IsoDate.TryRead(value, out var fast) ? fast : ParseDate(StringOf(value, node.Path), node.Path);
                _writer.WriteStringValue(YearMonthPattern.Iso.Format(date.ToYearMonth()));
                break;
            }

            case FieldOperation.ScrubText:
                _writer.WriteStringValue(_settings.Scrubber.Scrub(NoteText(value, node.Path), context.Scrub!, _scrubWorkspace));
                break;
            default:
                throw new FieldException(node.Path, "Unsupported operation.");
        }
    }

    private void WriteMetadata()
    {
        // Names and values encoded once per run (see PipelineSettings.Metadata), not for every record.
        var metadata = _settings.Metadata;
        _writer.WritePropertyName(metadata[0].Name);
        _writer.WriteStartObject();
        for (var i = 1; i < metadata.Length; i++)
        {
            _writer.WriteString(metadata[i].Name, metadata[i].Value);
        }

        _writer.WriteEndObject();
    }

    private void Quasi(PolicyNode node, string? value)
    {
        var index = _settings.QuasiIndex(node);
        if (index >= 0)
        {
            _quasi[index] = value;
        }
    }

    /// <summary>
    /// The pseudonym of an identifier as typed, from this transformer's recent ones if it is among them (fields and
    /// notes alike). They are kept by canonical form, the input of the pseudonym, so "962D123456" in a field and
    /// "962 d 123456" in a note are computed once.
    /// </summary>
    private Pseudonym PseudonymOf(PseudonymDomain domain, ReadOnlySpan<char> identifier)
    {
        if (!_recentPseudonyms.TryGetValue(domain, out var recent))
        {
            _recentPseudonyms[domain] = recent = new Dictionary<string, Pseudonym>(StringComparer.Ordinal);
        }

        Span<char> buffer = stackalloc char[MaxCachedIdentifier];
        var canonical = identifier.Length <= MaxCachedIdentifier ? buffer[..Pseudonym.Canonicalize(identifier, buffer)] : default;
        if (canonical.IsEmpty)
        {
            // Too long to keep, or no letter or digit (which the pseudonymizer rejects): computed as it is.
            return _settings.Pseudonymizer.Pseudonymize(domain, _settings.Phase, identifier);
        }

        if (!recent.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(canonical, out var pseudonym))
        {
            if (recent.Count >= MaxRecentPseudonymsPerDomain)
            {
                recent.Clear();
            }

            pseudonym = _settings.Pseudonymizer.Pseudonymize(domain, _settings.Phase, canonical);
            recent.Add(canonical.ToString(), pseudonym);
        }

        return pseudonym;
    }

    /// <summary>The longest identifier whose pseudonym is kept among the recent ones.</summary>
    private const int MaxCachedIdentifier = 64;

    /// <summary>Whether the canonical form of an identifier would be non-empty (without building it).</summary>
    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string UnlistedPath(PolicyNode node, string name)
    {
        var safe = FieldPath.IsValidName(name) ? name : "<unnamed>";
        return node.Path.Length == 0 ? safe : node.Path + "." + safe;
    }

    private static JsonElement? Find(JsonElement root, FieldPath path)
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

    /// <summary>The characters of <see cref="ScalarChars"/> decoded on the stack (longer values become a string).</summary>
    private const int ScalarBufferLength = 128;

    /// <summary>
    /// The text of a non-null string or number (a string unescaped, a number as written; anything else is
    /// rejected as "Expected a string."), in <paramref name="buffer"/> where it fits, so an identifier costs no string.
    /// </summary>
    private static ReadOnlySpan<char> ScalarChars(JsonElement value, string path, Span<char> buffer)
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

    /// <summary>A note's characters, in this transformer's buffer (see <see cref="DecodeString"/>).</summary>
    private ReadOnlySpan<char> NoteText(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new FieldException(path, "Expected a string.");
        }

        var length = IsoDate.RawString(value).Length;
        if (_note.Length < length)
        {
            _note = new char[Math.Max(length, _note.Length * 2)];
        }

        return DecodeString(value, path, _note);
    }

    /// <summary>
    /// A JSON string's characters, into <paramref name="buffer"/>, which holds at least as many characters as the
    /// string has raw bytes: decoded from the document's bytes (the line is valid UTF-8, checked before parsing),
    /// or, when the string holds escapes ("\u00e4", "\n"), unescaped by the JSON reader, never longer.
    /// </summary>
    private static ReadOnlySpan<char> DecodeString(JsonElement value, string path, Span<char> buffer)
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

    /// <summary>The same as <see cref="StringOf"/>, without a string where <see cref="ScalarChars"/> needs none.</summary>
    private static ReadOnlySpan<char> StringChars(JsonElement value, string path, Span<char> buffer) =>
        value.ValueKind == JsonValueKind.String ? ScalarChars(value, path, buffer) : throw new FieldException(path, "Expected a string.");

    private static string StringOf(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? Unescaped(value, path) : throw new FieldException(path, "Expected a string.");

    private const string LoneSurrogate = "The string holds an escaped lone surrogate (\\uD800-\\uDFFF without its pair), which is not text.";

    /// <summary>A JSON string's text; an escaped lone surrogate, which JSON parsing lets pass but no text can hold, rejects the field.</summary>
    private static string Unescaped(JsonElement value, string path)
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

    /// <summary>A field name that needs unescaping (the common plain names are read from the bytes).</summary>
    private static string NameOf(JsonProperty property, PolicyNode node)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new FieldException(node.Path.Length == 0 ? "$" : node.Path, "A field name holds an escaped lone surrogate (\\uD800-\\uDFFF without its pair).");
        }
    }

    private static LocalDate ParseDate(string text, string path)
    {
        if (IsoDate.TryParse(text, out var fast))
        {
            return fast;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw new FieldException(path, "Expected an ISO date (yyyy-MM-dd).");
    }

    private static RecordOutcome Reject(long line, string path, string reason) =>
        new() { Kind = OutcomeKind.Rejected, Error = new RecordError(line, path, reason) };

    private sealed class RecordContext
    {
        public Pseudonym? Subject { get; set; }

        public string? SubjectIdentifier { get; set; }

        public int? OffsetDays { get; set; }

        public LocalDate? Reference { get; set; }

        public LocalDate? BirthDate { get; set; }

        public string? JobCentre { get; set; }

        public ScrubContext? Scrub { get; set; }

        /// <summary>Makes this the context of a new record (one object per transformer, reused).</summary>
        public RecordContext Clear()
        {
            Subject = null;
            SubjectIdentifier = null;
            OffsetDays = null;
            Reference = null;
            BirthDate = null;
            JobCentre = null;
            Scrub = null;
            return this;
        }
    }

    /// <summary>A field failed a rule; the message states the rule, never the value.</summary>
    private sealed class FieldException(string fieldPath, string message) : Exception(message)
    {
        public string FieldPath { get; } = fieldPath;
    }
}

/// <summary>Everything a transformer needs, shared read-only across threads.</summary>
internal sealed class PipelineSettings
{
    private readonly int[] _quasiIndexByNode;

    public PipelineSettings(PseudonymizationKey key, RecordPolicy policy, PseudonymizationOptions options)
    {
        Policy = policy;
        Phase = options.Phase;
        OnlyFlagged = options.OnlyFlagged;
        ReferenceMonth = options.ReferenceMonth;
        CollectReidentification = options.CollectReidentification;
        Pseudonymizer = new Pseudonymizer(key);
        DateShifter = new DateShifter(key, options.DateShift);
        Scrubber = new TextScrubber(options.AdditionalDetectors);
        QuasiIdentifiers = [.. options.KAnonymity.QuasiIdentifiers];
        var quasiIndex = QuasiIdentifiers.Select((q, i) => (q, i)).ToDictionary(x => x.q, x => x.i, StringComparer.Ordinal);
        _quasiIndexByNode = [.. policy.Tree.Nodes.Select(n => quasiIndex.GetValueOrDefault(n.Path, -1))];
        BirthDatePath = policy.Rules.FirstOrDefault(r => r.Operation == FieldOperation.AgeBand && !r.Path.HasArray)?.Path;
        HasScrubbing = policy.Rules.Any(r => r.Operation == FieldOperation.ScrubText);
        SubjectDomain = policy.Subject is { } subject ? policy.Rules.First(r => r.Path == subject).Domain : null;
        Names = [.. policy.Names];
        Metadata =
        [
            (Encode("pseudonymization"), default),
            (Encode("policyId"), Encode(policy.Id)),
            (Encode("policyHash"), Encode(policy.Hash)),
            (Encode("keyFingerprint"), Encode(Pseudonymizer.KeyFingerprint.Value)),
            (Encode("phase"), Encode(Phase)),
        ];

        static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    }

    /// <summary>The metadata object every output record ends with: its property name first, then its name/value pairs, encoded for writing.</summary>
    public (JsonEncodedText Name, JsonEncodedText Value)[] Metadata { get; }

    /// <summary>The pseudonym domain of the subject identifier, if the policy names one.</summary>
    public PseudonymDomain? SubjectDomain { get; }

    /// <summary>The policy's name fields, as an array (enumerated for every record).</summary>
    public KeyValuePair<FieldPath, NameRole>[] Names { get; }

    public RecordPolicy Policy { get; }

    public string Phase { get; }

    public bool OnlyFlagged { get; }

    public YearMonth? ReferenceMonth { get; }

    public bool CollectReidentification { get; }

    public Pseudonymizer Pseudonymizer { get; }

    public DateShifter DateShifter { get; }

    public TextScrubber Scrubber { get; }

    public IReadOnlyList<string> QuasiIdentifiers { get; }

    public FieldPath? BirthDatePath { get; }

    public bool HasScrubbing { get; }

    /// <summary>The position of a node's field among the quasi-identifiers, or -1.</summary>
    public int QuasiIndex(PolicyNode node) => _quasiIndexByNode[node.Ordinal];
}

/// <summary>
/// The common case of ISO dates in a record, read and written without strings: exactly <c>yyyy-MM-dd</c> with
/// ASCII digits and a year from 1 to 9999. Anything else goes through NodaTime's ISO pattern as before, so
/// what is accepted, rejected and written does not change.
/// </summary>
internal static class IsoDate
{
    /// <summary>The length of <c>yyyy-MM-dd</c>.</summary>
    public const int Length = 10;

    /// <summary>Reads a JSON string holding exactly <c>yyyy-MM-dd</c> of a valid date; false for anything else.</summary>
    public static bool TryRead(JsonElement value, out LocalDate date)
    {
        date = default;
        if (value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        return TryParse<byte>(RawString(value), out date);
    }

    /// <summary>The bytes of a JSON string as the document holds them, without the quotes (escapes not undone).</summary>
    public static ReadOnlySpan<byte> RawString(JsonElement value)
    {
        var quoted = JsonMarshal.GetRawUtf8Value(value);
        return quoted.Length >= 2 && quoted[0] == (byte)'"' && quoted[^1] == (byte)'"' ? quoted[1..^1] : quoted;
    }

    /// <summary>Reads exactly <c>yyyy-MM-dd</c> of a valid date with ASCII digits; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out LocalDate date) => TryParse<char>(text, out date);

    private static bool TryParse<T>(ReadOnlySpan<T> raw, out LocalDate date)
        where T : unmanaged, IBinaryInteger<T>
    {
        date = default;
        if (raw.Length != Length || raw[4] != T.CreateTruncating('-') || raw[7] != T.CreateTruncating('-') ||
            !TryDigits(raw[..4], out var year) || !TryDigits(raw.Slice(5, 2), out var month) || !TryDigits(raw.Slice(8, 2), out var day) ||
            year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Writes <c>yyyy-MM-dd</c> (UTF-8 bytes or characters) for years 1 to 9999; false (nothing written) otherwise.</summary>
    public static bool TryWrite<T>(LocalDate date, Span<T> destination)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (date.Year is < 1 or > 9999 || destination.Length < Length)
        {
            return false;
        }

        WriteDigits(destination[..4], date.Year);
        destination[4] = T.CreateTruncating('-');
        WriteDigits(destination.Slice(5, 2), date.Month);
        destination[7] = T.CreateTruncating('-');
        WriteDigits(destination.Slice(8, 2), date.Day);
        return true;
    }

    private static bool TryDigits<T>(ReadOnlySpan<T> digits, out int value)
        where T : unmanaged, IBinaryInteger<T>
    {
        value = 0;
        foreach (var b in digits)
        {
            var digit = int.CreateTruncating(b) - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }

    private static void WriteDigits<T>(Span<T> destination, int value)
        where T : unmanaged, IBinaryInteger<T>
    {
        for (var i = destination.Length - 1; i >= 0; i--)
        {
            destination[i] = T.CreateTruncating('0' + (value % 10));
            value /= 10;
        }
    }
}
