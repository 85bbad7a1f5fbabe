using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;
using Vkb.Catalog.Serialization;

namespace Vkb.Catalog;

/// <summary>Maps FHIR R4 <c>QuestionnaireResponse</c> ⇄ <see cref="Assessment"/>; the assessment itself is built by <see cref="AssessmentDraft"/>, as for the VKB JSON reader.</summary>
internal static class ResponseMapper
{
    private const string CatalogUrlPrefix = QuestionnaireMapper.CatalogUrlPrefix;
    private const string ExtensionUrlPrefix = QuestionnaireMapper.ExtensionUrlPrefix;
    private const string CaseReferenceSystem = "urn:vkb:case-reference";
    private const string LevelExtension = "urn:vkb:fhir:assessment-level";
    private const string RdExtension = "urn:vkb:fhir:regional-directorate";
    private const string VerdictExtension = "urn:vkb:fhir:process-verdict";
    private const string ExtensionPinExtension = "urn:vkb:fhir:extension-pin";
    private const string StrengthExtension = "urn:vkb:fhir:strength";
    private const string ImprovementExtension = "urn:vkb:fhir:improvement-point";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Exports an assessment as a FHIR R4 QuestionnaireResponse (no author or source: R1).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The QuestionnaireResponse JSON. It holds answers, which are case data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string Export(Assessment assessment) => Export(assessment, null);

    /// <summary>Exports with items nested as the catalogue nests them (groups, items under questions), so the response validates against its Questionnaire.</summary>
    public static string Export(Assessment assessment, ResolvedCatalog? catalog)
    {
        Preconditions.CheckNotNull(assessment);
        return Write(w =>
        {
            w.WriteString("resourceType", "QuestionnaireResponse");
            w.WriteStartObject("identifier");
            w.WriteString("system", CaseReferenceSystem);
            w.WriteString("value", assessment.CaseReference);
            w.WriteEndObject();
            w.WriteString("questionnaire", $"{CatalogUrlPrefix}{assessment.Pins[0].Id}|{assessment.Pins[0].Version}");
            w.WriteString("status", assessment.Status == AssessmentStatus.Completed ? "completed" : "in-progress");
            w.WriteString("authored", LocalDatePattern.Iso.Format(assessment.Date));
            w.WriteStartArray("extension");
            Ext(w, LevelExtension, "valueCode", CatalogJson.LevelCode(assessment.Level));
            Ext(w, RdExtension, "valueString", assessment.RegionalDirectorate);
            if (assessment.Verdict is { } verdict)
            {
                Ext(w, VerdictExtension, "valueCode", AssessmentDraft.VerdictCodeOf(verdict));
            }

            foreach (var pin in assessment.Pins.Skip(1))
            {
                Ext(w, ExtensionPinExtension, "valueCanonical", $"{ExtensionUrlPrefix}{pin.Id}|{pin.Version}");
            }

            foreach (var (url, remarks) in new[] { (StrengthExtension, assessment.Strengths), (ImprovementExtension, assessment.ImprovementPoints) })
            {
                foreach (var remark in remarks)
                {
                    w.WriteStartObject();
                    w.WriteString("url", url);
                    w.WriteStartArray("extension");
                    Ext(w, "theme", "valueCode", remark.Theme);
                    Ext(w, "text", "valueString", remark.Text);
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteStartArray("item");
            var byLinkId = new Dictionary<string, Answer>(StringComparer.Ordinal);
            foreach (var answer in assessment.Answers)
            {
                byLinkId.TryAdd(answer.LinkId, answer);
            }

            var written = new HashSet<Answer>(ReferenceEqualityComparer.Instance);
            if (catalog is not null)
            {
                foreach (var item in catalog.Base.Items.Concat(catalog.Extensions.SelectMany(e => e.Items)))
                {
                    Nested(item, byLinkId, written)?.WriteTo(w);
                }
            }

            foreach (var answer in assessment.Answers.Where(a => !written.Contains(a)))
            {
                AnswerItem(answer, null, []).WriteTo(w);
            }

            w.WriteEndArray();
        });
    }

    /// <summary>The response item of a catalogue item, or null when nothing under it is answered.</summary>
    private static JsonObject? Nested(CatalogItem item, Dictionary<string, Answer> answers, HashSet<Answer> written)
    {
        Answer? answer = null;
        if (item is QuestionItem && (!answers.TryGetValue(item.LinkId, out answer) || answer.Values.Count == 0))
        {
            // Items under an unanswered question, or one answered without a value, cannot be answered in FHIR (they
            // nest inside an answer's value); they stay at the top level, so none of their answers may be marked as
            // written here.
            return null;
        }

        var children = item.Items.Select(c => Nested(c, answers, written)).OfType<JsonObject>().ToList();
        if (answer is not null && written.Add(answer))
        {
            return AnswerItem(answer, item.HasText ? item.Text : null, children);
        }

        if (children.Count == 0 || item is QuestionItem)
        {
            return null;
        }

        var node = new JsonObject { ["linkId"] = item.LinkId };
        if (item.HasText)
        {
            node["text"] = item.Text;
        }

        node["item"] = new JsonArray([.. children]);
        return node;
    }

    private static JsonObject AnswerItem(Answer answer, string? text, List<JsonObject> children)
    {
        var node = new JsonObject { ["linkId"] = answer.LinkId };
        if (text is not null)
        {
            node["text"] = text;
        }

        var values = new JsonArray();
        foreach (var value in answer.Values)
        {
            var entry = new JsonObject();
            FhirValues.Write(entry, "value", value);
            values.Add(entry);
        }

        if (children.Count > 0 && values.Count > 0)
        {
            // FHIR nests the items under a question inside its (first) answer.
            ((JsonObject)values[0]!)["item"] = new JsonArray([.. children]);
        }

        node["answer"] = values;
        return node;
    }

    /// <summary>Imports a FHIR R4 QuestionnaireResponse as an assessment (nested items are flattened).</summary>
    /// <param name="json">The QuestionnaireResponse JSON.</param>
    /// <returns>The assessment or every problem (paths, never values).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static BuildResult<Assessment> Import(string json)
    {
        var problems = new List<ValidationProblem>();
        using var document = Parse(json, "QuestionnaireResponse", problems);
        if (document is null)
        {
            return BuildResult.Failed<Assessment>(problems);
        }

        var root = document.RootElement;
        var draft = new AssessmentDraft(AssessmentDraft.Paths.Fhir)
        {
            CaseReference = root.TryGetProperty("identifier", out var identifier) && identifier.ValueKind == JsonValueKind.Object && Str(identifier, "system") == CaseReferenceSystem ? Str(identifier, "value") : null,
        };
        if (Str(root, "questionnaire") is not null)
        {
            draft.PinCount++;
            if (ReadCanonical(Str(root, "questionnaire"), CatalogUrlPrefix) is { } basePin)
            {
                draft.Pins.Add(basePin);
            }
            else
            {
                problems.Add(Problems.InvalidPin("QuestionnaireResponse.questionnaire", $"'{CatalogUrlPrefix}<id>|<version>'"));
            }
        }

        if (!IsArrayOrAbsent(root, "extension"))
        {
            problems.Add(Problems.UnsupportedElement("QuestionnaireResponse.extension", "extension must be an array."));
        }

        foreach (var (extension, index) in Array(root, "extension").Select((e, i) => (e, i)))
        {
            var path = $"QuestionnaireResponse.extension[{index}]";
            if (extension.ValueKind != JsonValueKind.Object)
            {
                // Skipped without a word before: a level or RD given in it would go missing unexplained.
                problems.Add(Problems.UnsupportedElement(path, "An extension must be an object."));
                continue;
            }

            switch (Str(extension, "url"))
            {
                case LevelExtension:
                    draft.LevelCode = Str(extension, "valueCode");
                    break;
                case RdExtension:
                    draft.RegionalDirectorate = Str(extension, "valueString");
                    break;
                case VerdictExtension:
                    draft.VerdictCode = Str(extension, "valueCode") ?? string.Empty;
                    break;
                case ExtensionPinExtension:
                    var pin = ReadCanonical(Str(extension, "valueCanonical"), ExtensionUrlPrefix);
                    if (pin is null)
                    {
                        problems.Add(Problems.InvalidPin(path, $"'{ExtensionUrlPrefix}<id>|<version>'"));
                    }
                    else
                    {
                        draft.Pins.Add(pin);
                    }

                    break;
                case StrengthExtension or ImprovementExtension:
                    var parts = Array(extension, "extension").ToList();
                    var theme = parts.Where(p => Str(p, "url") == "theme").Select(p => Str(p, "valueCode")).FirstOrDefault();
                    var text = parts.Where(p => Str(p, "url") == "text").Select(p => Str(p, "valueString")).FirstOrDefault();
                    if (!AssessmentRemark.IsValidTheme(theme) || string.IsNullOrWhiteSpace(text))
                    {
                        problems.Add(Problems.InvalidRemark(path));
                    }
                    else
                    {
                        (Str(extension, "url") == StrengthExtension ? draft.Strengths : draft.ImprovementPoints).Add(AssessmentRemark.Create(theme!, text));
                    }

                    break;
            }
        }

        draft.Status = Str(root, "status") switch { "completed" => AssessmentStatus.Completed, "in-progress" => AssessmentStatus.InProgress, _ => null };
        if (Str(root, "authored") is { } authored)
        {
            var before = problems.Count;
            draft.Date = CatalogJson.ReadDate(authored.Length > 10 ? authored[..10] : authored, "QuestionnaireResponse.authored", problems, required: false);
            draft.DateReported = problems.Count > before;
        }

        ReadResponseItems(root, "QuestionnaireResponse.item", draft.Answers, problems);
        return draft.Build(problems, 0);
    }

    private static void ReadResponseItems(JsonElement parent, string path, List<Answer> answers, List<ValidationProblem> problems)
    {
        if (!IsArrayOrAbsent(parent, "item"))
        {
            problems.Add(Problems.UnsupportedElement(path, "item must be an array."));
            return;
        }

        foreach (var (item, index) in Array(parent, "item").Select((e, i) => (e, i)))
        {
            var itemPath = $"{path}[{index}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(Problems.UnsupportedElement(itemPath, "An item must be an object."));
                continue;
            }

            var linkId = Str(item, "linkId");
            if (linkId is null)
            {
                problems.Add(Problems.MissingField(itemPath + ".linkId", "Every item names its link id."));
                continue;
            }

            if (!IsArrayOrAbsent(item, "answer"))
            {
                problems.Add(Problems.UnsupportedElement(itemPath + ".answer", "answer must be an array."));
            }

            var values = new List<AnswerValue>();
            var answerElements = Array(item, "answer");
            for (var a = 0; a < answerElements.Count; a++)
            {
                var answerPath = $"{itemPath}.answer[{a}]";
                if (answerElements[a].ValueKind != JsonValueKind.Object)
                {
                    problems.Add(Problems.UnsupportedElement(answerPath, "An answer must be an object."));
                }
                else if (ReadValue(answerElements[a], "value", answerPath, problems) is { } value)
                {
                    values.Add(value);
                }
            }

            if (values.Count > 0)
            {
                answers.Add(Answer.Create(linkId, values));
            }

            for (var a = 0; a < answerElements.Count; a++)
            {
                if (answerElements[a].ValueKind == JsonValueKind.Object)
                {
                    ReadResponseItems(answerElements[a], $"{itemPath}.answer[{a}].item", answers, problems);
                }
            }

            ReadResponseItems(item, itemPath + ".item", answers, problems);
        }
    }

    /// <summary>Whether <paramref name="name"/> is absent from the object or an array (FHIR's <c>item</c> and <c>answer</c> are arrays).</summary>
    private static bool IsArrayOrAbsent(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Array;

    private static AnswerValue? ReadValue(JsonElement answer, string prefix, string path, List<ValidationProblem> problems) =>
        FhirValues.Read(JsonObject.Create(answer)!, prefix, path, problems);

    private static JsonDocument? Parse(string json, string resourceType, List<ValidationProblem> problems)
    {
        Preconditions.CheckNotNull(json);
        if (!StrictJson.Check(json, problems))
        {
            return null;
        }

        var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = CatalogReadLimits.Default.MaxDepth, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (document.RootElement.ValueKind != JsonValueKind.Object || Str(document.RootElement, "resourceType") != resourceType)
        {
            problems.Add(Problems.WrongResourceType(resourceType));
            document.Dispose();
            return null;
        }

        return document;
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Ext(Utf8JsonWriter w, string url, string valueName, string value)
    {
        w.WriteStartObject();
        w.WriteString("url", url);
        w.WriteString(valueName, value);
        w.WriteEndObject();
    }

    private static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];

    private static List<JsonElement> Codings(JsonElement element, string conceptName) =>
        element.TryGetProperty(conceptName, out var concept) ? Array(concept, "coding") : [];

    private static string? FindIdentifier(JsonElement root, string system) =>
        Array(root, "identifier").Where(i => Str(i, "system") == system).Select(i => Str(i, "value")).FirstOrDefault();

    private static string? StripPrefix(string? text, string prefix) =>
        text is not null && text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : null;

    private static CatalogPin? ReadCanonical(string? canonical, string prefix)
    {
        var rest = StripPrefix(canonical, prefix);
        var bar = rest?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return bar > 0 && CatalogVersion.TryParse(rest![(bar + 1)..], out var version) ? new CatalogPin(rest[..bar], version) : null;
    }

    private static LocalDate? ReadDate(string? text, string path, List<ValidationProblem> problems) =>
        CatalogJson.ReadDate(text, path, problems, required: false);

    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
