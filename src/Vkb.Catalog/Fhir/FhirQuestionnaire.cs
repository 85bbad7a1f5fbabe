using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Vkb.Catalog.Serialization;

namespace Vkb.Catalog;

/// <summary>
/// HL7 FHIR R4 interop written by hand with System.Text.Json (no FHIR SDK): catalogues as
/// <c>Questionnaire</c>, assessments as <c>QuestionnaireResponse</c>, so catalogues can be edited
/// and rendered with FHIR form tools. Export then import is the identity on this package's model.
/// </summary>
/// <remarks>
/// Mapping: verdict questions are <c>choice</c> items whose options use the code system
/// <see cref="VerdictSystem"/>; multiple choice is <c>choice</c> with <c>repeats</c>; help texts are
/// child <c>display</c> items with the standard <c>itemControl</c> code <c>help</c>. Conditions that
/// FHIR's flat <c>enableWhen</c>/<c>enableBehavior</c> can express exactly are written there; nested
/// all/any/not conditions go into the extension <see cref="ConditionExtension"/> (FHIR tools that
/// do not know it show such items unconditionally). Stateless and thread-safe.
/// </remarks>
public static class FhirQuestionnaire
{
    /// <summary>The code system of verdict answers.</summary>
    public const string VerdictSystem = "urn:vkb:verdict";

    /// <summary>The canonical URL prefix of catalogues; the version follows after <c>|</c>.</summary>
    public const string CatalogUrlPrefix = "urn:vkb:catalog:";

    /// <summary>The canonical URL prefix of regional extensions.</summary>
    public const string ExtensionUrlPrefix = "urn:vkb:catalog-extension:";

    /// <summary>The extension holding a condition that flat <c>enableWhen</c> cannot express (value: the condition in this package's JSON schema).</summary>
    public const string ConditionExtension = "urn:vkb:fhir:enable-condition";

    private const string ProcessSystem = "urn:vkb:customer-process";
    private const string CatalogIdSystem = "urn:vkb:catalog-id";
    private const string CaseReferenceSystem = "urn:vkb:case-reference";
    private const string LevelExtension = "urn:vkb:fhir:assessment-level";
    private const string RdExtension = "urn:vkb:fhir:regional-directorate";
    private const string VerdictExtension = "urn:vkb:fhir:process-verdict";
    private const string ExtensionPinExtension = "urn:vkb:fhir:extension-pin";
    private const string StrengthExtension = "urn:vkb:fhir:strength";
    private const string ImprovementExtension = "urn:vkb:fhir:improvement-point";
    private const string ItemControl = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    private const string ItemControlSystem = "http://hl7.org/fhir/questionnaire-item-control";
    private const string HelpSuffix = "/help";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Exports a catalogue as a FHIR R4 Questionnaire.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <returns>The Questionnaire JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static string ExportQuestionnaire(Catalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        return Write(w =>
        {
            w.WriteString("resourceType", "Questionnaire");
            w.WriteString("id", $"{catalog.Id}-{catalog.Version}");
            w.WriteString("url", CatalogUrlPrefix + catalog.Id);
            w.WriteStartArray("identifier");
            w.WriteStartObject();
            w.WriteString("system", CatalogIdSystem);
            w.WriteString("value", catalog.Id);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteString("version", catalog.Version.ToString());
            w.WriteString("title", catalog.Title);
            w.WriteString("status", catalog.Status.ToString().ToLowerInvariant());
            if (catalog.Description is not null)
            {
                w.WriteString("description", catalog.Description);
            }

            w.WriteStartObject("effectivePeriod");
            w.WriteString("start", LocalDatePattern.Iso.Format(catalog.EffectiveFrom));
            if (catalog.EffectiveTo is { } to)
            {
                w.WriteString("end", LocalDatePattern.Iso.Format(to));
            }

            w.WriteEndObject();
            w.WriteStartArray("useContext");
            w.WriteStartObject();
            w.WriteStartObject("code");
            w.WriteString("system", "http://terminology.hl7.org/CodeSystem/usage-context-type");
            w.WriteString("code", "program");
            w.WriteEndObject();
            w.WriteStartObject("valueCodeableConcept");
            w.WriteStartArray("coding");
            w.WriteStartObject();
            w.WriteString("system", ProcessSystem);
            w.WriteString("code", catalog.CustomerProcess);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            WriteItems(w, catalog.Items);
        });
    }

    /// <summary>Imports a FHIR R4 Questionnaire as a catalogue, validating it completely.</summary>
    /// <param name="json">The Questionnaire JSON.</param>
    /// <returns>The catalogue or every problem (FHIR paths, never values).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static BuildResult<Catalog> ImportQuestionnaire(string json)
    {
        var problems = new List<ValidationProblem>();
        using var document = Parse(json, "Questionnaire", problems);
        if (document is null)
        {
            return BuildResult.Failed<Catalog>(problems);
        }

        var root = document.RootElement;
        var id = FindIdentifier(root, CatalogIdSystem) ?? StripPrefix(Str(root, "url"), CatalogUrlPrefix) ?? Str(root, "id");
        var process = root.TryGetProperty("useContext", out var contexts) && contexts.ValueKind == JsonValueKind.Array
            ? contexts.EnumerateArray().SelectMany(c => Codings(c, "valueCodeableConcept")).Where(c => Str(c, "system") == ProcessSystem).Select(c => Str(c, "code")).FirstOrDefault()
            : null;
        if (process is null)
        {
            problems.Add(new ValidationProblem("missing-field", "Questionnaire.useContext", $"The customer process is required as a useContext coding of system '{ProcessSystem}'."));
        }

        if (!CatalogVersion.TryParse(Str(root, "version"), out var version))
        {
            problems.Add(new ValidationProblem("invalid-version", "Questionnaire.version", "The version must be 'major.minor'."));
        }

        var builder = new CatalogBuilder(id ?? string.Empty, process ?? string.Empty, version)
        {
            Title = Str(root, "title"),
            Description = Str(root, "description"),
        };
        switch (Str(root, "status"))
        {
            case "draft": builder.Status = CatalogStatus.Draft; break;
            case "active": builder.Status = CatalogStatus.Active; break;
            case "retired": builder.Status = CatalogStatus.Retired; break;
            default: problems.Add(new ValidationProblem("invalid-status", "Questionnaire.status", "The status must be draft, active or retired.")); break;
        }

        if (root.TryGetProperty("effectivePeriod", out var period) && period.ValueKind == JsonValueKind.Object)
        {
            builder.EffectiveFrom = ReadDate(Str(period, "start"), "Questionnaire.effectivePeriod.start", problems);
            builder.EffectiveTo = ReadDate(Str(period, "end"), "Questionnaire.effectivePeriod.end", problems);
        }

        ReadItems(root, builder.Items, "Questionnaire.item", problems);
        var built = builder.Build();
        problems.AddRange(built.Problems);
        return problems.Count > 0 ? BuildResult.Failed<Catalog>(problems) : built;
    }

    /// <summary>Exports an assessment as a FHIR R4 QuestionnaireResponse (no author or source: R1).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The QuestionnaireResponse JSON. It holds answers, which are case data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ExportResponse(Assessment assessment)
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
                Ext(w, VerdictExtension, "valueCode", verdict == ProcessVerdict.GoalOriented ? "goalOriented" : "notGoalOriented");
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
            foreach (var answer in assessment.Answers)
            {
                w.WriteStartObject();
                w.WriteString("linkId", answer.LinkId);
                w.WriteStartArray("answer");
                foreach (var value in answer.Values)
                {
                    w.WriteStartObject();
                    WriteValue(w, "value", value);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>Imports a FHIR R4 QuestionnaireResponse as an assessment (nested items are flattened).</summary>
    /// <param name="json">The QuestionnaireResponse JSON.</param>
    /// <returns>The assessment or every problem (paths, never values).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static BuildResult<Assessment> ImportResponse(string json)
    {
        var problems = new List<ValidationProblem>();
        using var document = Parse(json, "QuestionnaireResponse", problems);
        if (document is null)
        {
            return BuildResult.Failed<Assessment>(problems);
        }

        var root = document.RootElement;
        var caseReference = root.TryGetProperty("identifier", out var identifier) && identifier.ValueKind == JsonValueKind.Object && Str(identifier, "system") == CaseReferenceSystem ? Str(identifier, "value") : null;
        if (!Assessment.IsValidCaseReference(caseReference))
        {
            problems.Add(new ValidationProblem("invalid-case-reference", "QuestionnaireResponse.identifier", $"A case reference (pseudonym) is required as identifier of system '{CaseReferenceSystem}'."));
        }

        var pins = new List<CatalogPin>();
        var basePin = ReadCanonical(Str(root, "questionnaire"), CatalogUrlPrefix);
        if (basePin is null)
        {
            problems.Add(new ValidationProblem("invalid-questionnaire", "QuestionnaireResponse.questionnaire", $"The questionnaire must be '{CatalogUrlPrefix}<id>|<major.minor>'."));
        }
        else
        {
            pins.Add(basePin);
        }

        AssessmentLevel? level = null;
        string? rd = null;
        ProcessVerdict? verdict = null;
        var strengths = new List<AssessmentRemark>();
        var improvements = new List<AssessmentRemark>();
        foreach (var (extension, index) in Array(root, "extension").Select((e, i) => (e, i)))
        {
            var path = $"QuestionnaireResponse.extension[{index}]";
            switch (Str(extension, "url"))
            {
                case LevelExtension:
                    level = CatalogJson.ParseLevel(Str(extension, "valueCode"));
                    break;
                case RdExtension:
                    rd = Str(extension, "valueString");
                    break;
                case VerdictExtension:
                    verdict = Str(extension, "valueCode") switch { "goalOriented" => ProcessVerdict.GoalOriented, "notGoalOriented" => ProcessVerdict.NotGoalOriented, _ => null };
                    if (verdict is null)
                    {
                        problems.Add(new ValidationProblem("invalid-verdict", path, "The verdict must be goalOriented or notGoalOriented."));
                    }

                    break;
                case ExtensionPinExtension:
                    var pin = ReadCanonical(Str(extension, "valueCanonical"), ExtensionUrlPrefix);
                    if (pin is null)
                    {
                        problems.Add(new ValidationProblem("invalid-pin", path, $"An extension pin must be '{ExtensionUrlPrefix}<id>|<major.minor>'."));
                    }
                    else
                    {
                        pins.Add(pin);
                    }

                    break;
                case StrengthExtension or ImprovementExtension:
                    var parts = Array(extension, "extension").ToList();
                    var theme = parts.Where(p => Str(p, "url") == "theme").Select(p => Str(p, "valueCode")).FirstOrDefault();
                    var text = parts.Where(p => Str(p, "url") == "text").Select(p => Str(p, "valueString")).FirstOrDefault();
                    if (!AssessmentRemark.IsValidTheme(theme) || string.IsNullOrWhiteSpace(text))
                    {
                        problems.Add(new ValidationProblem("invalid-remark", path, "A remark needs a theme code and a non-empty text."));
                    }
                    else
                    {
                        (Str(extension, "url") == StrengthExtension ? strengths : improvements).Add(AssessmentRemark.Create(theme!, text));
                    }

                    break;
            }
        }

        if (level is null)
        {
            problems.Add(new ValidationProblem("invalid-level", "QuestionnaireResponse.extension", $"The level is required as extension '{LevelExtension}' (teamLead, regionalDirectorate or headOffice)."));
        }

        if (!Assessment.IsValidRegionalDirectorate(rd))
        {
            problems.Add(new ValidationProblem("invalid-regional-directorate", "QuestionnaireResponse.extension", $"The RD code is required as extension '{RdExtension}'."));
        }

        AssessmentStatus? status = Str(root, "status") switch { "completed" => AssessmentStatus.Completed, "in-progress" => AssessmentStatus.InProgress, _ => null };
        if (status is null)
        {
            problems.Add(new ValidationProblem("invalid-status", "QuestionnaireResponse.status", "The status must be in-progress or completed."));
        }

        var authored = Str(root, "authored");
        var date = authored is null ? null : ReadDate(authored.Length > 10 ? authored[..10] : authored, "QuestionnaireResponse.authored", problems);
        if (authored is null)
        {
            problems.Add(new ValidationProblem("missing-field", "QuestionnaireResponse.authored", "The assessment date is required."));
        }

        var answers = new List<Answer>();
        ReadResponseItems(root, "QuestionnaireResponse.item", answers, problems);
        return problems.Count > 0
            ? BuildResult.Failed<Assessment>(problems)
            : BuildResult.Of(Assessment.Create(caseReference!, level!.Value, rd!, date!.Value, status!.Value, pins, answers, verdict, strengths, improvements));
    }

    private static void ReadResponseItems(JsonElement parent, string path, List<Answer> answers, List<ValidationProblem> problems)
    {
        foreach (var (item, index) in Array(parent, "item").Select((e, i) => (e, i)))
        {
            var itemPath = $"{path}[{index}]";
            var linkId = Str(item, "linkId");
            if (linkId is null)
            {
                problems.Add(new ValidationProblem("missing-field", itemPath + ".linkId", "Every item names its link id."));
                continue;
            }

            var values = new List<AnswerValue>();
            foreach (var (answer, a) in Array(item, "answer").Select((e, i) => (e, i)))
            {
                if (ReadValue(answer, "value", $"{itemPath}.answer[{a}]", problems) is { } value)
                {
                    values.Add(value);
                }

                ReadResponseItems(answer, $"{itemPath}.answer[{a}].item", answers, problems);
            }

            if (values.Count > 0)
            {
                answers.Add(Answer.Create(linkId, values));
            }

            ReadResponseItems(item, itemPath + ".item", answers, problems);
        }
    }

    private static void WriteItems(Utf8JsonWriter w, IReadOnlyList<CatalogItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        w.WriteStartArray("item");
        foreach (var item in items)
        {
            w.WriteStartObject();
            w.WriteString("linkId", item.LinkId);
            w.WriteString("text", item.Text);
            var question = item as QuestionItem;
            w.WriteString("type", item switch
            {
                GroupItem => "group",
                DisplayItem => "display",
                _ => question!.Kind switch
                {
                    AnswerKind.Verdict or AnswerKind.SingleChoice or AnswerKind.MultipleChoice => "choice",
                    AnswerKind.Text => "text",
                    AnswerKind.Date => "date",
                    _ => "integer",
                },
            });
            if (item.EnableWhen is { } condition)
            {
                WriteCondition(w, condition);
            }

            if (question is not null)
            {
                if (question.Required)
                {
                    w.WriteBoolean("required", true);
                }

                if (question.AcceptsSeveralValues)
                {
                    w.WriteBoolean("repeats", true);
                }

                if (question.Kind == AnswerKind.Verdict)
                {
                    w.WriteStartArray("answerOption");
                    foreach (var verdict in VerdictCodes.All)
                    {
                        WriteOption(w, VerdictSystem, VerdictCodes.ToCode(verdict), VerdictCodes.GermanLabel(verdict));
                    }

                    w.WriteEndArray();
                }
                else if (question.Options.Count > 0)
                {
                    w.WriteStartArray("answerOption");
                    foreach (var option in question.Options)
                    {
                        WriteOption(w, null, option.Code, option.Display);
                    }

                    w.WriteEndArray();
                }

                if (question.HelpText is not null)
                {
                    w.WriteStartArray("item");
                    w.WriteStartObject();
                    w.WriteString("linkId", question.LinkId + HelpSuffix);
                    w.WriteString("text", question.HelpText);
                    w.WriteString("type", "display");
                    w.WriteStartArray("extension");
                    w.WriteStartObject();
                    w.WriteString("url", ItemControl);
                    w.WriteStartObject("valueCodeableConcept");
                    w.WriteStartArray("coding");
                    w.WriteStartObject();
                    w.WriteString("system", ItemControlSystem);
                    w.WriteString("code", "help");
                    w.WriteString("display", "Help-Button");
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteEndArray();
                    w.WriteEndObject();
                    w.WriteEndArray();
                }
            }

            if (item is GroupItem group)
            {
                WriteItems(w, group.Items);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteOption(Utf8JsonWriter w, string? system, string code, string display)
    {
        w.WriteStartObject();
        w.WriteStartObject("valueCoding");
        if (system is not null)
        {
            w.WriteString("system", system);
        }

        w.WriteString("code", code);
        w.WriteString("display", display);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static bool IsFlatLeaf(EnableCondition c) => c is AnswerIsCondition or AnsweredCondition || c is NotCondition { Operand: AnsweredCondition };

    private static void WriteCondition(Utf8JsonWriter w, EnableCondition condition)
    {
        var flat = IsFlatLeaf(condition)
            ? [condition]
            : condition is ComposedCondition { Operands.Count: > 1 } composed && composed.Operands.All(IsFlatLeaf) ? composed.Operands : null;
        if (flat is null)
        {
            w.WriteStartArray("extension");
            w.WriteStartObject();
            w.WriteString("url", ConditionExtension);
            w.WriteString("valueString", ConditionJson.Write(condition));
            w.WriteEndObject();
            w.WriteEndArray();
            return;
        }

        w.WriteStartArray("enableWhen");
        foreach (var leaf in flat)
        {
            w.WriteStartObject();
            switch (leaf)
            {
                case AnswerIsCondition answerIs:
                    w.WriteString("question", answerIs.LinkId);
                    w.WriteString("operator", "=");
                    WriteValue(w, "answer", answerIs.Value);
                    break;
                case AnsweredCondition answered:
                    w.WriteString("question", answered.LinkId);
                    w.WriteString("operator", "exists");
                    w.WriteBoolean("answerBoolean", true);
                    break;
                case NotCondition { Operand: AnsweredCondition notAnswered }:
                    w.WriteString("question", notAnswered.LinkId);
                    w.WriteString("operator", "exists");
                    w.WriteBoolean("answerBoolean", false);
                    break;
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (flat.Count > 1)
        {
            w.WriteString("enableBehavior", condition is AllCondition ? "all" : "any");
        }
    }

    private static void WriteValue(Utf8JsonWriter w, string prefix, AnswerValue value)
    {
        switch (value.Kind)
        {
            case AnswerValueKind.Verdict:
                w.WriteStartObject(prefix + "Coding");
                w.WriteString("system", VerdictSystem);
                w.WriteString("code", VerdictCodes.ToCode(value.Verdict));
                w.WriteEndObject();
                break;
            case AnswerValueKind.Code:
                w.WriteStartObject(prefix + "Coding");
                w.WriteString("code", value.Code);
                w.WriteEndObject();
                break;
            case AnswerValueKind.Text:
                w.WriteString(prefix + "String", value.Text);
                break;
            case AnswerValueKind.Date:
                w.WriteString(prefix + "Date", LocalDatePattern.Iso.Format(value.Date));
                break;
            default:
                w.WriteNumber(prefix + "Integer", value.WholeNumber);
                break;
        }
    }

    private static AnswerValue? ReadValue(JsonElement element, string prefix, string path, List<ValidationProblem> problems)
    {
        if (element.TryGetProperty(prefix + "Coding", out var coding) && coding.ValueKind == JsonValueKind.Object)
        {
            var code = Str(coding, "code");
            if (Str(coding, "system") == VerdictSystem)
            {
                if (VerdictCodes.TryParse(code, out var verdict))
                {
                    return AnswerValue.OfVerdict(verdict);
                }
            }
            else if (ItemValidator.IsValidCode(code))
            {
                return AnswerValue.OfCode(code!);
            }

            problems.Add(new ValidationProblem("invalid-value", path, "A coding needs a valid code (verdicts: yes, partly, no, not-assessable)."));
            return null;
        }

        if (Str(element, prefix + "String") is { Length: > 0 } text)
        {
            return AnswerValue.OfText(text);
        }

        if (Str(element, prefix + "Date") is { } dateText)
        {
            var date = ReadDate(dateText, path, problems);
            return date is null ? null : AnswerValue.OfDate(date.Value);
        }

        if (element.TryGetProperty(prefix + "Integer", out var number) && number.ValueKind == JsonValueKind.Number && number.TryGetInt64(out var whole))
        {
            return AnswerValue.OfWholeNumber(whole);
        }

        problems.Add(new ValidationProblem("invalid-value", path, $"Only {prefix}Coding, {prefix}String, {prefix}Date and {prefix}Integer are supported."));
        return null;
    }

    private static void ReadItems(JsonElement parent, ItemListBuilder builder, string path, List<ValidationProblem> problems)
    {
        foreach (var (item, index) in Array(parent, "item").Select((e, i) => (e, i)))
        {
            var itemPath = $"{path}[{index}]";
            var linkId = Str(item, "linkId");
            var text = Str(item, "text");
            var condition = ReadCondition(item, itemPath, problems);
            var type = Str(item, "type");
            var children = Array(item, "item").ToList();
            switch (type)
            {
                case "group":
                    builder.Group(linkId!, text!, g => ReadItems(item, g, itemPath, problems), condition);
                    break;
                case "display":
                    builder.Display(linkId!, text!);
                    break;
                case "choice" or "open-choice" or "text" or "string" or "date" or "integer":
                    var options = Array(item, "answerOption").Select(o => o.TryGetProperty("valueCoding", out var c) ? c : default).ToList();
                    var repeats = item.TryGetProperty("repeats", out var r) && r.ValueKind == JsonValueKind.True;
                    var isVerdict = type == "choice" && options.Count > 0 && options.All(o => o.ValueKind == JsonValueKind.Object && Str(o, "system") == VerdictSystem);
                    var kind = type switch
                    {
                        "choice" or "open-choice" => isVerdict ? AnswerKind.Verdict : repeats ? AnswerKind.MultipleChoice : AnswerKind.SingleChoice,
                        "date" => AnswerKind.Date,
                        "integer" => AnswerKind.WholeNumber,
                        _ => AnswerKind.Text,
                    };
                    var help = children.Where(c => Str(c, "type") == "display" && Str(c, "linkId") == linkId + HelpSuffix).Select(c => Str(c, "text")).FirstOrDefault();
                    if (children.Count > (help is null ? 0 : 1))
                    {
                        problems.Add(new ValidationProblem("nested-question-items", itemPath + ".item", "Items nested under a question are not supported; only its help display item is."));
                    }

                    builder.Question(linkId!, text!, kind, q =>
                    {
                        q.Required(item.TryGetProperty("required", out var req) && req.ValueKind == JsonValueKind.True)
                         .Repeats(repeats && kind is not (AnswerKind.MultipleChoice or AnswerKind.Verdict))
                         .HelpText(help)
                         .EnableWhen(condition);
                        if (!isVerdict)
                        {
                            foreach (var option in options)
                            {
                                q.Option(option.ValueKind == JsonValueKind.Object ? Str(option, "code")! : null!, option.ValueKind == JsonValueKind.Object ? Str(option, "display")! : null!);
                            }
                        }
                    });
                    break;
                default:
                    problems.Add(new ValidationProblem("unsupported-item-type", itemPath + ".type", "Supported item types are group, display, choice, open-choice, text, string, date and integer."));
                    break;
            }
        }
    }

    private static EnableCondition? ReadCondition(JsonElement item, string path, List<ValidationProblem> problems)
    {
        var custom = Array(item, "extension").Where(e => Str(e, "url") == ConditionExtension).Select(e => Str(e, "valueString")).FirstOrDefault();
        if (custom is not null)
        {
            var parsed = ConditionJson.Read(custom, path + ".extension", problems);
            return parsed;
        }

        var leaves = new List<EnableCondition>();
        foreach (var (when, index) in Array(item, "enableWhen").Select((e, i) => (e, i)))
        {
            var whenPath = $"{path}.enableWhen[{index}]";
            var question = Str(when, "question");
            if (question is null)
            {
                problems.Add(new ValidationProblem("invalid-condition", whenPath, "enableWhen needs a question."));
                continue;
            }

            switch (Str(when, "operator"))
            {
                case "exists":
                    var exists = when.TryGetProperty("answerBoolean", out var b) && b.ValueKind == JsonValueKind.True;
                    leaves.Add(exists ? EnableCondition.Answered(question) : EnableCondition.Not(EnableCondition.Answered(question)));
                    break;
                case "=":
                    if (ReadValue(when, "answer", whenPath, problems) is { } value)
                    {
                        leaves.Add(EnableCondition.AnswerIs(question, value));
                    }

                    break;
                case "!=":
                    if (ReadValue(when, "answer", whenPath, problems) is { } other)
                    {
                        leaves.Add(EnableCondition.Not(EnableCondition.AnswerIs(question, other)));
                    }

                    break;
                default:
                    problems.Add(new ValidationProblem("unsupported-operator", whenPath + ".operator", "Supported enableWhen operators are =, != and exists."));
                    break;
            }
        }

        return leaves.Count switch
        {
            0 => null,
            1 => leaves[0],
            _ => Str(item, "enableBehavior") == "any" ? EnableCondition.Any(leaves.ToArray()) : EnableCondition.All(leaves.ToArray()),
        };
    }

    private static JsonDocument? Parse(string json, string resourceType, List<ValidationProblem> problems)
    {
        Preconditions.CheckNotNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            problems.Add(new ValidationProblem("malformed-json", $"line {(ex.LineNumber ?? 0) + 1}", "The document is not well-formed JSON."));
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object || Str(document.RootElement, "resourceType") != resourceType)
        {
            problems.Add(new ValidationProblem("wrong-resource-type", "resourceType", $"The resource must be a FHIR R4 {resourceType}."));
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
