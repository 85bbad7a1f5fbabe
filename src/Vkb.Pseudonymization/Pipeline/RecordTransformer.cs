using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;
using Vkb.Pseudonymization.Export;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Policies.Operations;
using Vkb.Pseudonymization.Scrubbing;
using static Vkb.Pseudonymization.Engine.RecordValues;

namespace Vkb.Pseudonymization.Pipeline;

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

    // Duplicate keys reject the record (otherwise two customer numbers would both be pseudonymised, or a kept field copied twice).
    // Repeated keys are refused after parsing by DuplicateKeys.Any (the parser's own check builds a hash set per object).
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64 };

    private const int MaxPooledStrings = 4096;

    private readonly PipelineSettings _settings;
    private readonly RunCounters _counters;
    private readonly Utf8JsonWriter _writer;
    private readonly string?[] _quasi;
    private readonly int[] _quasiSpans; // start and end of each quasi-identifier's value in the record's JSON, -1 when absent
    private readonly long[] _droppedByNode; // by PolicyNode.Ordinal: a counter per record without hashing the path
    private readonly NameCounts _replacements = new(); // by detector, added up per record without hashing the names
    private string? _lastMonthText;
    private readonly StringPool _pooled = new(MaxPooledStrings); // job centres, quasi-identifier values and classes
    private readonly RecordContext _context = new();
    private LocalDate _lastMonth;

    // Reused for every record this transformer handles: the scrub context, the scrubber's buffers, the note's characters.
    private ScrubContext? _scrub;
    // The workspace comes from the process-wide pool and goes back when the run ends: a new one compiles its own copy
    // of every built-in regex on first use (RegexSlots), a fixed cost per transformer and run that a short run feels.
    private readonly ScrubWorkspace _scrubWorkspace = WorkspacePool.Rent();
    private bool _disposed;
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
        _quasiSpans = new int[2 * settings.QuasiIdentifiers.Count];
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

    public void Dispose()
    {
        if (_disposed)
        {
            return; // the workspace goes back once: twice, and two transformers would share it
        }

        _disposed = true;
        _writer.Dispose();
        WorkspacePool.Return(_scrubWorkspace);
    }

    /// <summary>The writer of the record being transformed (the property name of the field being applied is written).</summary>
    internal Utf8JsonWriter Writer => _writer;

    /// <summary>The context of the record being transformed.</summary>
    internal RecordContext Record => _context;

    /// <summary>The run's settings.</summary>
    internal PipelineSettings Settings => _settings;

    /// <summary>Where the next value starts, in bytes from the start of the record's JSON (the writer hands full buffers to the output as it grows, so committed bytes count too).</summary>
    internal int ValueStart => (int)(_writer.BytesCommitted + _writer.BytesPending);

    /// <summary>One string per recurring value (job centres, quasi-identifier values, classes).</summary>
    internal string Pool(ReadOnlySpan<char> text) => _pooled.Get(text);

    /// <summary>A scalar's text as a quasi-identifier value: <c>true</c>/<c>false</c>, or the pooled text of a string or number.</summary>
    internal string PooledText(JsonElement value, string path)
    {
        Span<char> buffer = stackalloc char[ScalarBufferLength];
        return value.ValueKind switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => _pooled.Get(ScalarChars(value, path, buffer)),
        };
    }

    /// <summary>Whether the node's field is one of the quasi-identifiers.</summary>
    internal bool IsQuasi(PolicyNode node) => _settings.QuasiIndex(node) >= 0;

    /// <summary>
    /// Notes a quasi-identifier's published value, written from <paramref name="start"/> to the writer's current
    /// position (nothing if the field is not a quasi-identifier).
    /// </summary>
    internal void Quasi(PolicyNode node, string value, int start)
    {
        var index = _settings.QuasiIndex(node);
        if (index >= 0)
        {
            // The class key joins the values with U+001F and writes a missing one as U+2205: a value holding either
            // would merge classes that the output shows apart (the review's "NRW\u001Ff" counted with ten others).
            if (value.AsSpan().IndexOfAny('\u001F', '\u2205') >= 0)
            {
                throw new FieldException(node.Path, "A quasi-identifier holds U+001F or U+2205, which its class key reserves.");
            }

            _quasi[index] = value;
            _quasiSpans[2 * index] = start;
            _quasiSpans[(2 * index) + 1] = ValueStart;
        }
    }

    /// <summary>A free-text field scrubbed with this record's context (the one place the scrubber is called).</summary>
    internal ReadOnlySpan<char> Scrub(JsonElement value, string path) =>
        _settings.Scrubber.Scrub(NoteText(value, path), _context.Scrub!, _scrubWorkspace);

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
            document = JsonDocument.Parse(line, ParseOptions);
        }
        catch (JsonException ex)
        {
            return Reject(lineNumber, "$", $"The line is not valid JSON (byte {(ex.BytePositionInLine ?? 0) + 1}); a truncated line reads like this.");
        }

        if (!KeysAreSound(document.RootElement))
        {
            document.Dispose();

            // One walk in document order names the first problem, a repeated key or a name that cannot be read,
            // whichever comes first, whatever the quick check met first.
            var path = PolicyPathOf(DuplicateKeys.FirstProblem(line.Span, out var unreadableName) ?? "$");
            return unreadableName
                ? Reject(lineNumber, path, "A field name holds an escaped lone surrogate (\\uD800-\\uDFFF without its pair).")
                : Reject(lineNumber, path, "The key appears twice in its object; a record with a repeated key is rejected.");
        }

        using (document)
        {
            var start = output.Length;
            try
            {
                return Transform(document.RootElement, lineNumber, output);
            }
            catch (FieldException ex)
            {
                output.Truncate(start); // no half-written record
                return Reject(lineNumber, ex.FieldPath, ex.Message);
            }
        }
    }

    /// <summary>Whether no object of the record repeats a key and every name can be read (unescaped).</summary>
    private static bool KeysAreSound(JsonElement root)
    {
        try
        {
            return !DuplicateKeys.Any(root);
        }
        catch (InvalidOperationException)
        {
            return false; // an escaped lone surrogate in a name
        }
    }

    private RecordOutcome Transform(JsonElement root, long lineNumber, ByteBuffer output)
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
                CheckObjectBody(root, policy.Tree);
                return new RecordOutcome { Kind = OutcomeKind.NotFlagged };
            }

            if (!FlaggedInPhase(root))
            {
                CheckObjectBody(root, policy.Tree);
                return new RecordOutcome { Kind = OutcomeKind.FlaggedOutsidePhase };
            }
        }

        var context = BuildContext(root);
        Array.Clear(_quasi);
        _quasiSpans.AsSpan().Fill(-1);
        var headerAt = output.Length;
        output.GetSpan(_settings.SpoolHeaderBytes)[.._settings.SpoolHeaderBytes].Clear();
        output.Advance(_settings.SpoolHeaderBytes);

        _writer.Reset(output);
        _writer.WriteStartObject();
        WriteObjectBody(root, policy.Tree, context);
        WriteMetadata();
        _writer.WriteEndObject();
        _writer.Flush();
        output.Write((byte)'\n');
        // The header: tuple id (set when the run accepts the record), the record's length with its line break,
        // and where each quasi-identifier's value stands in it, so the second pass splices without parsing.
        var header = output.WrittenSpan(headerAt, _settings.SpoolHeaderBytes);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], output.Length - headerAt - _settings.SpoolHeaderBytes);
        for (var i = 0; i < _quasiSpans.Length; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(header[(8 + (4 * i))..], _quasiSpans[i]);
        }

        context.Scrub?.CountsByDetector.AddTo(_replacements);

        return new RecordOutcome
        {
            Kind = OutcomeKind.Written,
            QuasiIdentifier = QuasiKey(),
            OutputOffset = headerAt,
            JobCentre = context.JobCentre,
            Pseudonym = _settings.CollectReidentification ? context.Subject?.Value : null,
            Identifier = _settings.CollectReidentification ? context.SubjectIdentifier : null,
            OrderKey = context.Subject is { } subject ? ExportOrder.Of(subject) : ExportOrder.Of(_settings.Pseudonymizer, _settings.Phase, lineNumber),
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

    /// <summary>Whether the record's review month is one of the phase's months (or the load month) and its customer process one of the phase's.</summary>
    private bool FlaggedInPhase(JsonElement root)
    {
        if (_settings.Policy.ReferenceMonth is not { } monthPath || Find(root, monthPath) is not { ValueKind: JsonValueKind.String } month)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[ScalarBufferLength];
        return IsOneOf(ScalarChars(month, monthPath.Value, buffer), _settings.FlagMonths) && OfAPhaseProcess(root, buffer);
    }

    /// <summary>Whether the record's customer process is one of the phase's (S11); true when the phase names none.</summary>
    private bool OfAPhaseProcess(JsonElement root, Span<char> buffer) =>
        _settings.FlagProcesses.Length == 0 ||
        (Find(root, _settings.Policy.CustomerProcess!) is { ValueKind: JsonValueKind.String } process &&
            IsOneOf(ScalarChars(process, _settings.Policy.CustomerProcess!.Value, buffer), _settings.FlagProcesses));

    private static bool IsOneOf(ReadOnlySpan<char> text, string[] allowed)
    {
        foreach (var candidate in allowed)
        {
            if (text.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private RecordContext BuildContext(JsonElement root)
    {
        var policy = _settings.Policy;
        var context = _context.Clear();
        Span<char> buffer = stackalloc char[ScalarBufferLength];
        if (policy.Subject is { } subjectPath)
        {
            // A string only: a JSON number's text is not the customer number as the extract's system writes it (123456.0
            // would canonicalise to 1234560, another customer's number), and k counts people by this pseudonym (P9).
            var text = Find(root, subjectPath) is { ValueKind: JsonValueKind.String } value ? ScalarChars(value, subjectPath.Value, buffer) : default;
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

        context.JobCentre = policy.JobCentre is { } jobCentrePath && Find(root, jobCentrePath) is { ValueKind: not JsonValueKind.Null } jobCentre
            ? _pooled.Get(ScalarChars(jobCentre, jobCentrePath.Value, buffer))
            : policy.Agency is { } agencyPath && Find(root, agencyPath) is { ValueKind: not JsonValueKind.Null } agency
                ? AgencyUnit(ScalarChars(agency, agencyPath.Value, buffer))
                : null;

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
                RunCounters.Add(_counters.DroppedUnlisted, node.UnlistedPath);
                continue;
            }

            if (child.Rule is { Operation: DropOperation })
            {
                _droppedByNode[child.Ordinal]++;
                continue;
            }

            // A null quasi-identifier (or an object holding one) is left out as a missing one is: both count as one class
            // (U+2205 in the class key), so both must look alike in the output (a review found a published class of one).
            if (property.Value.ValueKind == JsonValueKind.Null && _settings.HoldsQuasi(child))
            {
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

    /// <summary>
    /// The input checks of <see cref="WriteObjectBody"/> without writing anything, for a record that is read but not
    /// exported: every rule's <see cref="FieldOperation.CheckInput"/>, arrays and objects where the policy has them.
    /// </summary>
    private static void CheckObjectBody(JsonElement element, PolicyNode node)
    {
        var expected = 0;
        foreach (var property in element.EnumerateObject())
        {
            var raw = JsonMarshal.GetRawUtf8PropertyName(property);
            var child = raw.IndexOf((byte)'\\') < 0 ? node.ChildByUtf8Name(raw, ref expected) : node.Children.GetValueOrDefault(NameOf(property, node));
            if (child is null || child.Rule is { Operation: DropOperation } || property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            if (!child.IsArray)
            {
                CheckElement(property.Value, child);
                continue;
            }

            if (property.Value.ValueKind != JsonValueKind.Array)
            {
                throw new FieldException(child.Path, "Expected an array.");
            }

            foreach (var item in property.Value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.Null)
                {
                    CheckElement(item, child);
                }
            }
        }
    }

    private static void CheckElement(JsonElement value, PolicyNode node)
    {
        if (node.Rule is { } rule)
        {
            rule.Operation.CheckInput(value, node.Path);
            return;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException(node.Path, "Expected an object.");
        }

        CheckObjectBody(value, node);
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

        node.Rule.Operation.Apply(value, node, this);
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

    /// <summary>
    /// The pseudonym of an identifier as typed, from this transformer's recent ones if it is among them (fields and
    /// notes alike). They are kept by canonical form, the input of the pseudonym, so "962D123456" in a field and
    /// "962 d 123456" in a note are computed once.
    /// </summary>
    internal Pseudonym PseudonymOf(PseudonymDomain domain, ReadOnlySpan<char> identifier)
    {
        if (!_recentPseudonyms.TryGetValue(domain, out var recent))
        {
            _recentPseudonyms[domain] = recent = new Dictionary<string, Pseudonym>(StringComparer.Ordinal);
        }

        Span<char> buffer = stackalloc char[MaxCachedIdentifier];
        var length = identifier.Length <= MaxCachedIdentifier ? Pseudonym.Canonicalize(identifier, buffer) : -1;
        var canonical = length > 0 ? buffer[..length] : default;
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

            // Computed from the identifier as typed, as the pseudonymizer and the spec do: canonicalising the canonical form
            // again is not always the same (a separator between two Hangul jamo keeps them apart until it is removed).
            pseudonym = _settings.Pseudonymizer.Pseudonymize(domain, _settings.Phase, identifier);
            recent.Add(canonical.ToString(), pseudonym);
        }

        return pseudonym;
    }

    /// <summary>The longest identifier whose pseudonym is kept among the recent ones.</summary>
    private const int MaxCachedIdentifier = 64;

    /// <summary>
    /// The path of a rejection made of the input's own names, cut at the first name the policy does not know
    /// (<c>customer.*</c>): a name in an extract is the extract's text, and an extract keying objects by a person's name
    /// would put it into the error and the report's error list (session 17's review, M2). Names the policy knows stay.
    /// </summary>
    private string PolicyPathOf(string path)
    {
        if (path == "$")
        {
            return path;
        }

        var node = _settings.Policy.Tree;
        foreach (var segment in path.Split('.'))
        {
            var name = segment.EndsWith("[]", StringComparison.Ordinal) ? segment[..^2] : segment;
            if (!node.Children.TryGetValue(name, out var child))
            {
                return node.UnlistedPath;
            }

            node = child;
        }

        return path;
    }

    /// <summary>The unit of a record without a job centre: <c>agency-</c> and the agency id, pooled.</summary>
    private string AgencyUnit(ReadOnlySpan<char> id)
    {
        Span<char> unit = stackalloc char[ReidentificationKit.AgencyUnitPrefix.Length + id.Length];
        ReidentificationKit.AgencyUnitPrefix.CopyTo(unit);
        id.CopyTo(unit[ReidentificationKit.AgencyUnitPrefix.Length..]);
        return _pooled.Get(unit);
    }

    private static JsonElement? Find(JsonElement root, FieldPath path) => RecordValues.Find(root, path);

    /// <summary>A note's characters, in this transformer's buffer (see <see cref="DecodeString"/>).</summary>
    private ReadOnlySpan<char> NoteText(JsonElement value, string path)
    {
        RequireString(value, path);

        var length = IsoDate.RawString(value).Length;
        if (_note.Length < length)
        {
            _note = new char[Math.Max(length, _note.Length * 2)];
        }

        return DecodeString(value, path, _note);
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

    private static RecordOutcome Reject(long line, string path, string reason) =>
        new() { Kind = OutcomeKind.Rejected, Error = new RecordError(line, path, reason) };
}
