using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Vkb.Catalog.Serialization;

namespace Vkb.Catalog;

/// <summary>What a JSON document holds, from its <c>schema</c> field.</summary>
public enum CatalogDocumentKind
{
    /// <summary>Not a document of this package (or not JSON).</summary>
    Unknown,

    /// <summary><c>vkb-catalog/1</c>.</summary>
    Catalog,

    /// <summary><c>vkb-catalog-extension/1</c>.</summary>
    Extension,

    /// <summary><c>vkb-assessment/1</c>.</summary>
    Assessment,
}

/// <summary>
/// Reads and writes catalogues, extensions and assessments in the stable JSON schema of
/// <c>docs/catalog-schema.md</c> (System.Text.Json, source-generated). Reading never throws for bad
/// input: it returns every problem, with JSON line numbers for malformed text.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static partial class CatalogJson
{
    /// <summary>The schema id of catalogue documents.</summary>
    public const string CatalogSchema = "vkb-catalog/1";

    /// <summary>The schema id of extension documents.</summary>
    public const string ExtensionSchema = "vkb-catalog-extension/1";

    /// <summary>The schema id of assessment documents.</summary>
    public const string AssessmentSchema = "vkb-assessment/1";

    /// <summary>Tells which kind of document a JSON text is, from its <c>schema</c> field.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The kind, or <see cref="CatalogDocumentKind.Unknown"/>.</returns>
    public static CatalogDocumentKind DetectKind(string json)
    {
        Preconditions.CheckNotNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("schema", out var schema))
            {
                return CatalogDocumentKind.Unknown;
            }

            return schema.ValueKind != JsonValueKind.String ? CatalogDocumentKind.Unknown : schema.GetString() switch
            {
                CatalogSchema => CatalogDocumentKind.Catalog,
                ExtensionSchema => CatalogDocumentKind.Extension,
                AssessmentSchema => CatalogDocumentKind.Assessment,
                _ => CatalogDocumentKind.Unknown,
            };
        }
        catch (JsonException)
        {
            return CatalogDocumentKind.Unknown;
        }
    }

    /// <summary>Writes a catalogue.</summary>
    /// <param name="catalog">The catalogue.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static string Write(Catalog catalog)
    {
        Preconditions.CheckNotNull(catalog);
        var dto = new CatalogDocumentDto
        {
            Schema = CatalogSchema,
            Id = catalog.Id,
            CustomerProcess = catalog.CustomerProcess,
            Version = catalog.Version.ToString(),
            Status = StatusCode(catalog.Status),
            Effective = Effective(catalog.EffectiveFrom, catalog.EffectiveTo),
            Title = catalog.Title,
            Description = catalog.Description,
            Items = catalog.Items.Select(ToDto).ToList(),
            SuppliedByCaller = catalog.SuppliedByCaller == HeaderFields.None ? null : SuppliedCodes.Where(c => catalog.SuppliedByCaller.HasFlag(c.Field)).Select(c => c.Code).ToList(),
            Fhir = catalog.Carried is null ? null : Element(catalog.Carried.Json),
        };
        return JsonSerializer.Serialize(dto, CatalogJsonContext.Default.CatalogDocumentDto);
    }

    /// <summary>Writes an extension.</summary>
    /// <param name="extension">The extension.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="extension"/> is null.</exception>
    public static string Write(CatalogExtension extension)
    {
        Preconditions.CheckNotNull(extension);
        var dto = new CatalogDocumentDto
        {
            Schema = ExtensionSchema,
            Id = extension.Id,
            RegionalDirectorate = extension.RegionalDirectorate,
            Base = ToDto(extension.Base),
            Version = extension.Version.ToString(),
            Status = StatusCode(extension.Status),
            Effective = Effective(extension.EffectiveFrom, extension.EffectiveTo),
            Title = extension.Title,
            Items = extension.Items.Select(ToDto).ToList(),
        };
        return JsonSerializer.Serialize(dto, CatalogJsonContext.Default.CatalogDocumentDto);
    }

    /// <summary>Writes an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string Write(Assessment assessment) =>
        JsonSerializer.Serialize(ToDto(Preconditions.CheckNotNull(assessment)), CatalogJsonContext.Default.AssessmentDto);

    /// <summary>Writes several assessments as one JSON array.</summary>
    /// <param name="assessments">The assessments.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessments"/> is null.</exception>
    public static string Write(IEnumerable<Assessment> assessments) =>
        JsonSerializer.Serialize(Preconditions.CheckNotNull(assessments).Select(ToDto).ToList(), CatalogJsonContext.Default.ListAssessmentDto);

    /// <summary>Reads a catalogue and validates it completely (JSON shape and every builder rule).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The catalogue or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static BuildResult<Catalog> ReadCatalog(string json)
    {
        var problems = new List<ValidationProblem>();
        var dto = Parse(json, CatalogJsonContext.Default.CatalogDocumentDto, problems);
        if (dto is null)
        {
            return BuildResult.Failed<Catalog>(problems);
        }

        CheckSchema(dto.Schema, CatalogSchema, problems);
        var version = ReadVersion(dto.Version, "version", problems);
        var builder = new CatalogBuilder(dto.Id ?? string.Empty, dto.CustomerProcess ?? string.Empty, version)
        {
            Title = dto.Title,
            Description = dto.Description,
            Status = ReadStatus(dto.Status, problems),
        };
        (builder.EffectiveFrom, builder.EffectiveTo) = ReadEffective(dto.Effective, problems);
        if (dto.CustomerProcess is null)
        {
            problems.Add(Problems.MissingField("customerProcess", "The customer process is required."));
        }

        AddItems(builder.Items, dto.Items, "items", problems);
        builder.Carried = dto.Fhir is { ValueKind: JsonValueKind.Object } header && !header.EnumerateObject().Any()
            ? FhirElements.Nothing
            : Carried(dto.Fhir, "fhir", problems);
        foreach (var code in dto.SuppliedByCaller ?? [])
        {
            var field = SuppliedCodes.FirstOrDefault(c => c.Code == code).Field;
            if (field == HeaderFields.None)
            {
                problems.Add(Problems.InvalidValue("suppliedByCaller", "suppliedByCaller lists id, customerProcess or effectiveFrom."));
            }

            builder.SuppliedByCaller |= field;
        }

        CheckCarriedHeader(builder, problems);
        builder.BuildInto(problems, out var catalog);
        return BuildResult.From(() => catalog!, problems);
    }

    private static readonly (HeaderFields Field, string Code)[] SuppliedCodes =
        [(HeaderFields.Id, "id"), (HeaderFields.CustomerProcess, "customerProcess"), (HeaderFields.EffectiveFrom, "effectiveFrom")];

    /// <summary>An imported catalogue's header must agree with the FHIR elements it carries, or export would write back the old values.</summary>
    private static void CheckCarriedHeader(CatalogBuilder builder, List<ValidationProblem> problems)
    {
        if (builder.Carried is null)
        {
            return;
        }

        var (id, process, from, to) = QuestionnaireMapper.DeriveHeader(builder.Carried.ToNode(), null);
        if (!builder.SuppliedByCaller.HasFlag(HeaderFields.Id) && id != builder.Id)
        {
            problems.Add(Problems.CarriedConflict("id", "id"));
        }

        if (!builder.SuppliedByCaller.HasFlag(HeaderFields.CustomerProcess) && process != builder.CustomerProcess)
        {
            problems.Add(Problems.CarriedConflict("customerProcess", "customer process"));
        }

        if (!builder.SuppliedByCaller.HasFlag(HeaderFields.EffectiveFrom) && (from != builder.EffectiveFrom || to != builder.EffectiveTo))
        {
            problems.Add(Problems.CarriedConflict("effective", "effective period"));
        }
    }

    /// <summary>Reads an extension and validates it against its base catalogue, found among <paramref name="catalogs"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="catalogs">Candidate base catalogues.</param>
    /// <returns>The extension or every problem.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BuildResult<CatalogExtension> ReadExtension(string json, IEnumerable<Catalog> catalogs)
    {
        Preconditions.CheckNotNull(catalogs);
        var problems = new List<ValidationProblem>();
        var dto = Parse(json, CatalogJsonContext.Default.CatalogDocumentDto, problems);
        if (dto is null)
        {
            return BuildResult.Failed<CatalogExtension>(problems);
        }

        CheckSchema(dto.Schema, ExtensionSchema, problems);
        var basePin = ReadPin(dto.Base, "base", problems);
        var baseCatalog = basePin is null ? null : catalogs.FirstOrDefault(c => c.Pin == basePin);
        if (basePin is not null && baseCatalog is null)
        {
            problems.Add(Problems.UnknownBase("base", basePin, "available"));
        }

        if (baseCatalog is null)
        {
            return BuildResult.Failed<CatalogExtension>(problems);
        }

        var builder = new CatalogExtensionBuilder(dto.Id ?? string.Empty, dto.RegionalDirectorate ?? string.Empty, baseCatalog, ReadVersion(dto.Version, "version", problems))
        {
            Title = dto.Title,
            Status = ReadStatus(dto.Status, problems),
        };
        (builder.EffectiveFrom, builder.EffectiveTo) = ReadEffective(dto.Effective, problems);
        AddItems(builder.Items, dto.Items, "items", problems);
        var built = builder.Build();
        problems.AddRange(built.Problems);
        return problems.Count > 0 ? BuildResult.Failed<CatalogExtension>(problems) : built;
    }

    /// <summary>Reads an assessment (its shape only; check it against its catalogue with <see cref="CatalogRegistry.Validate"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The assessment or every problem (paths and line numbers, never values).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static BuildResult<Assessment> ReadAssessment(string json)
    {
        var problems = new List<ValidationProblem>();
        var dto = Parse(json, CatalogJsonContext.Default.AssessmentDto, problems);
        return dto is null ? BuildResult.Failed<Assessment>(problems) : FromDto(dto, string.Empty, problems);
    }

    /// <summary>Reads a JSON array of assessments.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The assessments or every problem, paths prefixed with the array index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static BuildResult<IReadOnlyList<Assessment>> ReadAssessments(string json)
    {
        var problems = new List<ValidationProblem>();
        var dtos = Parse(json, CatalogJsonContext.Default.ListAssessmentDto, problems);
        if (dtos is null)
        {
            return BuildResult.Failed<IReadOnlyList<Assessment>>(problems);
        }

        var result = new List<Assessment>();
        for (var i = 0; i < dtos.Count; i++)
        {
            if (dtos[i] is null)
            {
                // A null element was dropped without a word, so a list with it read as valid and one assessment short.
                problems.Add(Problems.MissingField($"[{i}]", "An assessment must be an object."));
                continue;
            }

            if (FromDto(dtos[i], $"[{i}].", problems).Value is { } value)
            {
                result.Add(value);
            }
        }

        return problems.Count > 0 ? BuildResult.Failed<IReadOnlyList<Assessment>>(problems) : BuildResult.Of<IReadOnlyList<Assessment>>(result);
    }

    /// <summary>
    /// Reads a set of catalogue and extension documents (for example every <c>*.json</c> of a folder)
    /// into a registry. Problems are prefixed with the document name.
    /// </summary>
    /// <param name="documents">Pairs of document name and JSON text.</param>
    /// <returns>The registry or every problem of every document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is null.</exception>
    public static BuildResult<CatalogRegistry> ReadRegistry(IEnumerable<KeyValuePair<string, string>> documents)
    {
        var list = Preconditions.CheckNotNull(documents).ToList();
        var problems = new List<ValidationProblem>();
        var catalogs = new List<Catalog>();
        var extensions = new List<KeyValuePair<string, string>>();
        foreach (var (name, json) in list)
        {
            switch (DetectKind(json))
            {
                case CatalogDocumentKind.Extension:
                    extensions.Add(new(name, json));
                    break;
                case CatalogDocumentKind.Catalog:
                    var catalog = ReadCatalog(json);
                    Collect(name, catalog.Problems, problems);
                    if (catalog.Value is not null)
                    {
                        catalogs.Add(catalog.Value);
                    }

                    break;
                default:
                    problems.Add(Problems.NotACatalog(name, CatalogSchema, ExtensionSchema));
                    break;
            }
        }

        var builtExtensions = new List<CatalogExtension>();
        foreach (var (name, json) in extensions)
        {
            var extension = ReadExtension(json, catalogs);
            Collect(name, extension.Problems, problems);
            if (extension.Value is not null)
            {
                builtExtensions.Add(extension.Value);
            }
        }

        if (problems.Count > 0)
        {
            return BuildResult.Failed<CatalogRegistry>(problems);
        }

        return CatalogRegistry.Create(catalogs, builtExtensions);
    }

    private static void Collect(string name, IEnumerable<ValidationProblem> source, List<ValidationProblem> into) =>
        into.AddRange(source.Select(p => Problems.Prefixed(p, name + ": ")));

    private static T? Parse<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, List<ValidationProblem> problems)
        where T : class
    {
        Preconditions.CheckNotNull(json);
        if (!StrictJson.Check(json, problems))
        {
            // Syntax errors, truncation and duplicate keys, with the exact line and JSON path.
            return null;
        }

        try
        {
            var value = JsonSerializer.Deserialize(json, type);
            if (value is null)
            {
                problems.Add(Problems.NullDocument());
            }

            return value;
        }
        catch (JsonException ex)
        {
            // The exception message may quote an unknown property name: keep our own text, with line and path.
            var line = (ex.LineNumber ?? 0) + 1;
            var where = ex.Path is { Length: > 0 } path ? $", at {path}" : string.Empty;
            problems.Add(Problems.WrongShape(FormattableString.Invariant($"line {line}{where}")));
            return null;
        }
    }

    private static void CheckSchema(string? schema, string expected, List<ValidationProblem> problems)
    {
        if (schema != expected)
        {
            problems.Add(Problems.WrongSchema(expected));
        }
    }

    private static CatalogVersion ReadVersion(string? text, string path, List<ValidationProblem> problems)
    {
        if (CatalogVersion.TryParse(text, out var version))
        {
            return version;
        }

        problems.Add(Problems.InvalidVersion(path));
        return default;
    }

    private static CatalogPin? ReadPin(PinDto? dto, string path, List<ValidationProblem> problems)
    {
        if (dto?.Id is null)
        {
            problems.Add(Problems.MissingField(path + ".id", "A pin needs an id and a version."));
            return null;
        }

        return CatalogVersion.TryParse(dto.Version, out var version)
            ? new CatalogPin(dto.Id, version)
            : Fail(problems, Problems.InvalidVersion(path + ".version"));
    }

    private static CatalogPin? Fail(List<ValidationProblem> problems, ValidationProblem problem)
    {
        problems.Add(problem);
        return null;
    }

    private static CatalogStatus ReadStatus(string? status, List<ValidationProblem> problems)
    {
        switch (status)
        {
            case "draft": return CatalogStatus.Draft;
            case "active": return CatalogStatus.Active;
            case "retired": return CatalogStatus.Retired;
            default:
                problems.Add(Problems.InvalidStatus("status", "draft, active or retired"));
                return CatalogStatus.Draft;
        }
    }

    private static string StatusCode(CatalogStatus status) => status switch
    {
        CatalogStatus.Active => "active",
        CatalogStatus.Retired => "retired",
        _ => "draft",
    };

    private static EffectiveDto Effective(LocalDate from, LocalDate? to) =>
        new() { From = LocalDatePattern.Iso.Format(from), To = to is null ? null : LocalDatePattern.Iso.Format(to.Value) };

    private static (LocalDate? From, LocalDate? To) ReadEffective(EffectiveDto? dto, List<ValidationProblem> problems)
    {
        if (dto is null)
        {
            return (null, null);
        }

        var from = ReadDate(dto.From, "effective.from", problems, required: false);
        var to = ReadDate(dto.To, "effective.to", problems, required: false);
        return (from, to);
    }

    internal static LocalDate? ReadDate(string? text, string path, List<ValidationProblem> problems, bool required)
    {
        if (text is null)
        {
            if (required)
            {
                problems.Add(Problems.MissingDate(path));
            }

            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
        {
            return result.Value;
        }

        problems.Add(Problems.InvalidDate(path));
        return null;
    }

    private static void AddItems(ItemListBuilder builder, List<ItemDto>? items, string path, List<ValidationProblem> problems)
    {
        if (items is null)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemPath = $"{path}[{i}]";
            if (item is null)
            {
                problems.Add(Problems.MissingField(itemPath, "An item must be an object."));
                continue;
            }

            var condition = item.EnableWhen is null ? null : ReadCondition(item.EnableWhen, itemPath + ".enableWhen", problems);
            ItemDraft draft;
            switch (item.Type)
            {
                case "group":
                    draft = new ItemDraft(ItemType.Group, item.LinkId, item.Text);
                    break;
                case "display":
                    draft = new ItemDraft(ItemType.Display, item.LinkId, item.Text) { IsHelp = item.Help };
                    break;
                case "question":
                    draft = new ItemDraft(ItemType.Question, item.LinkId, item.Text)
                    {
                        Kind = ReadKind(item.AnswerKind, itemPath + ".answerKind", problems),
                        Required = item.Required,
                        Repeats = item.Repeats,
                        OpenChoice = item.OpenChoice,
                        AnswerValueSet = item.AnswerValueSet,
                    };
                    for (var o = 0; o < (item.Options?.Count ?? 0); o++)
                    {
                        var option = item.Options![o];
                        var value = option?.Value is null ? null : ReadValue(option.Value, $"{itemPath}.options[{o}].value", problems);
                        draft.Options.Add(new OptionDraft(option?.Code, option?.Display, value, Carried(option?.Fhir, $"{itemPath}.options[{o}].fhir", problems)));
                    }

                    if (item.HelpText is not null)
                    {
                        new QuestionBuilder(draft).HelpText(item.HelpText);
                    }

                    break;
                default:
                    problems.Add(Problems.InvalidItemType(itemPath + ".type"));
                    continue;
            }

            draft.EnableWhen = condition;
            draft.Carried = Carried(item.Fhir, itemPath + ".fhir", problems);
            AddItems(draft.Children, item.Items, itemPath + ".items", problems);
            builder.Add(draft);
        }
    }

    private static FhirElements? Carried(JsonElement? element, string path, List<ValidationProblem> problems)
    {
        if (element is not { } value || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(Problems.UnsupportedElement(path, "The carried FHIR elements must be a JSON object."));
            return null;
        }

        return FhirElements.Parse(value.GetRawText());
    }

    private static readonly (AnswerKind Kind, string Code)[] KindCodes =
    [
        (AnswerKind.Verdict, "verdict"), (AnswerKind.SingleChoice, "singleChoice"), (AnswerKind.MultipleChoice, "multipleChoice"),
        (AnswerKind.Text, "text"), (AnswerKind.Date, "date"), (AnswerKind.WholeNumber, "wholeNumber"), (AnswerKind.Boolean, "boolean"),
        (AnswerKind.DecimalNumber, "decimal"), (AnswerKind.DateTime, "dateTime"), (AnswerKind.Time, "time"), (AnswerKind.ShortText, "string"),
        (AnswerKind.Url, "url"), (AnswerKind.Attachment, "attachment"), (AnswerKind.Reference, "reference"), (AnswerKind.Quantity, "quantity"),
    ];

    private static AnswerKind ReadKind(string? kind, string path, List<ValidationProblem> problems)
    {
        foreach (var (value, code) in KindCodes)
        {
            if (code == kind)
            {
                return value;
            }
        }

        problems.Add(Problems.InvalidAnswerKind(path));
        return AnswerKind.Text;
    }

    internal static string KindCode(AnswerKind kind) => KindCodes.First(k => k.Kind == kind).Code;

    internal static EnableCondition? ReadCondition(ConditionDto dto, string path, List<ValidationProblem> problems)
    {
        var set = (dto.AnswerIs is null ? 0 : 1) + (dto.Answered is null ? 0 : 1) + (dto.All is null ? 0 : 1) + (dto.Any is null ? 0 : 1) + (dto.Not is null ? 0 : 1) + (dto.Compare is null ? 0 : 1);
        if (set != 1)
        {
            problems.Add(Problems.InvalidCondition(path, "A condition has exactly one of answerIs, compare, answered, all, any, not."));
            return null;
        }

        if (dto.Compare is { } compare)
        {
            var value = compare.Value is null ? null : ReadValue(compare.Value, path + ".compare.value", problems);
            var op = CompareCondition.ParseOperator(compare.Operator);
            if (compare.LinkId is null || value is null || op is null)
            {
                problems.Add(Problems.InvalidCondition(path + ".compare", "compare needs a linkId, an operator (>, <, >=, <=) and a value."));
                return null;
            }

            return EnableCondition.Compare(compare.LinkId, op.Value, value);
        }

        if (dto.AnswerIs is { } answerIs)
        {
            var value = answerIs.Value is null ? null : ReadValue(answerIs.Value, path + ".answerIs.value", problems);
            if (answerIs.LinkId is null || value is null)
            {
                problems.Add(Problems.InvalidCondition(path + ".answerIs", "answerIs needs a linkId and a value."));
                return null;
            }

            return EnableCondition.AnswerIs(answerIs.LinkId, value);
        }

        if (dto.Answered is { } answered)
        {
            return EnableCondition.Answered(answered);
        }

        if (dto.Not is { } not)
        {
            var operand = ReadCondition(not, path + ".not", problems);
            return operand is null ? null : EnableCondition.Not(operand);
        }

        var (name, list) = dto.All is not null ? ("all", dto.All) : ("any", dto.Any!);
        var operands = list.Select((c, i) => c is null ? null : ReadCondition(c, $"{path}.{name}[{i}]", problems)).ToList();
        if (operands.Count == 0 || operands.Any(o => o is null))
        {
            problems.Add(Problems.InvalidCondition($"{path}.{name}", "A composed condition needs at least one valid operand."));
            return null;
        }

        return name == "all" ? EnableCondition.All(operands.ToArray()!) : EnableCondition.Any(operands.ToArray()!);
    }

    internal static ConditionDto ToDto(EnableCondition condition) => condition switch
    {
        AnswerIsCondition a => new ConditionDto { AnswerIs = new AnswerIsDto { LinkId = a.LinkId, Value = ToDto(a.Value) } },
        AnsweredCondition a => new ConditionDto { Answered = a.LinkId },
        CompareCondition c => new ConditionDto { Compare = new CompareDto { LinkId = c.LinkId, Operator = c.OperatorText, Value = ToDto(c.Value) } },
        AllCondition a => new ConditionDto { All = a.Operands.Select(ToDto).ToList() },
        AnyCondition a => new ConditionDto { Any = a.Operands.Select(ToDto).ToList() },
        NotCondition n => new ConditionDto { Not = ToDto(n.Operand) },
        _ => throw new ArgumentOutOfRangeException(nameof(condition), "Unknown condition type."),
    };

    internal static ValueDto ToDto(AnswerValue value) => value.Kind switch
    {
        AnswerValueKind.Verdict => new ValueDto { Verdict = VerdictCodes.ToCode(value.Verdict) },
        AnswerValueKind.Code when value.IsBareCode => new ValueDto { Code = value.Code },
        AnswerValueKind.Code => new ValueDto { Coding = Element(value.JsonText!) },
        AnswerValueKind.Quantity => new ValueDto { Quantity = Element(value.JsonText!) },
        AnswerValueKind.Reference => new ValueDto { Reference = Element(value.JsonText!) },
        AnswerValueKind.Attachment => new ValueDto { Attachment = Element(value.JsonText!) },
        AnswerValueKind.Text => new ValueDto { Text = value.Text },
        AnswerValueKind.Uri => new ValueDto { Uri = value.Text },
        AnswerValueKind.Date => new ValueDto { Date = LocalDatePattern.Iso.Format(value.Date) },
        AnswerValueKind.Boolean => new ValueDto { Boolean = value.Boolean },
        AnswerValueKind.DecimalNumber => new ValueDto { Decimal = Element(value.Lexical) },
        AnswerValueKind.DateTime => new ValueDto { DateTime = value.Lexical },
        AnswerValueKind.Time => new ValueDto { Time = value.Lexical },
        _ => new ValueDto { WholeNumber = value.WholeNumber },
    };

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    private static AnswerValue? ReadValue(ValueDto dto, string path, List<ValidationProblem> problems)
    {
        var members = new (bool Set, string Name)[]
        {
            (dto.Verdict is not null, "verdict"), (dto.Code is not null, "code"), (dto.Text is not null, "text"), (dto.Date is not null, "date"),
            (dto.WholeNumber is not null, "wholeNumber"), (dto.Boolean is not null, "boolean"), (dto.Decimal is not null, "decimal"),
            (dto.DateTime is not null, "dateTime"), (dto.Time is not null, "time"), (dto.Uri is not null, "uri"), (dto.Coding is not null, "coding"),
            (dto.Quantity is not null, "quantity"), (dto.Reference is not null, "reference"), (dto.Attachment is not null, "attachment"),
        };
        if (members.Count(m => m.Set) != 1)
        {
            problems.Add(Problems.InvalidValue(path, "A value has exactly one of verdict, code, text, date, wholeNumber, boolean, decimal, dateTime, time, uri, coding, quantity, reference, attachment."));
            return null;
        }

        if (dto.Verdict is not null)
        {
            return VerdictCodes.TryParse(dto.Verdict, out var verdict) ? AnswerValue.OfVerdict(verdict) : Invalid(path, "A verdict is yes, partly, no or not-assessable.", problems);
        }

        if (dto.Code is not null)
        {
            return AnswerValue.IsValidCode(dto.Code) ? AnswerValue.OfCode(dto.Code) : Invalid(path, "A code is 1 to 256 characters without control characters or surrounding white space.", problems);
        }

        if (dto.Text is not null)
        {
            return dto.Text.Length > 0 ? AnswerValue.OfText(dto.Text) : Invalid(path, "A text value must not be empty.", problems);
        }

        if (dto.Date is not null)
        {
            var date = ReadDate(dto.Date, path, problems, required: true);
            return date is null ? null : AnswerValue.OfDate(date.Value);
        }

        if (dto.WholeNumber is { } whole)
        {
            return AnswerValue.OfWholeNumber(whole);
        }

        if (dto.Boolean is { } flag)
        {
            return AnswerValue.OfBoolean(flag);
        }

        var holder = new System.Text.Json.Nodes.JsonObject();
        var (name, element) = dto switch
        {
            { Decimal: { } d } => ("Decimal", d),
            { Coding: { } c } => ("Coding", c),
            { Quantity: { } q } => ("Quantity", q),
            { Reference: { } r } => ("Reference", r),
            { Attachment: { } a } => ("Attachment", a),
            { DateTime: { } dt } => ("DateTime", JsonSerializer.SerializeToElement(dt, CompactJsonContext.Default.String)),
            { Time: { } t } => ("Time", JsonSerializer.SerializeToElement(t, CompactJsonContext.Default.String)),
            _ => ("Uri", JsonSerializer.SerializeToElement(dto.Uri!, CompactJsonContext.Default.String)),
        };
        holder["value" + name] = System.Text.Json.Nodes.JsonNode.Parse(element.GetRawText());
        return FhirValues.Read(holder, "value", path, problems);
    }

    private static AnswerValue? Invalid(string path, string message, List<ValidationProblem> problems)
    {
        problems.Add(Problems.InvalidValue(path, message));
        return null;
    }

    private static ItemDto ToDto(CatalogItem item)
    {
        var dto = new ItemDto
        {
            LinkId = item.LinkId,
            Text = item.HasText ? item.Text : null,
            EnableWhen = item.EnableWhen is null ? null : ToDto(item.EnableWhen),
            Items = item.Items.Count == 0 ? null : item.Items.Select(ToDto).ToList(),
            Fhir = item.Carried is null ? null : Element(item.Carried.Json),
        };
        switch (item)
        {
            case GroupItem:
                dto.Type = "group";
                break;
            case DisplayItem display:
                dto.Type = "display";
                dto.Help = display.IsHelp;
                break;
            case QuestionItem question:
                dto.Type = "question";
                dto.AnswerKind = KindCode(question.Kind);
                dto.Required = question.Required;
                dto.Repeats = question.Repeats;
                dto.OpenChoice = question.OpenChoice;
                dto.AnswerValueSet = question.AnswerValueSet;
                dto.Options = question.Options.Count == 0 ? null : question.Options.Select(ToDto).ToList();
                break;
        }

        return dto;
    }

    private static OptionDto ToDto(AnswerOption option)
    {
        var dto = new OptionDto { Fhir = option.Carried is null ? null : Element(option.Carried.Json) };
        var value = option.Value;
        if (value.Kind == AnswerValueKind.Code && value.System is null && value.Display is { } display &&
            AnswerValue.OfCoding(null, value.Code, display) == value && ItemValidator.IsValidCode(value.Code))
        {
            dto.Code = value.Code;
            dto.Display = display;
        }
        else
        {
            dto.Value = ToDto(value);
        }

        return dto;
    }

    private static PinDto ToDto(CatalogPin pin) => new() { Id = pin.Id, Version = pin.Version.ToString() };

    private static AssessmentDto ToDto(Assessment assessment) => new()
    {
        Schema = AssessmentSchema,
        CaseReference = assessment.CaseReference,
        Level = LevelCode(assessment.Level),
        RegionalDirectorate = assessment.RegionalDirectorate,
        Date = LocalDatePattern.Iso.Format(assessment.Date),
        Status = assessment.Status == AssessmentStatus.Completed ? "completed" : "inProgress",
        Pins = assessment.Pins.Select(ToDto).ToList(),
        Answers = assessment.Answers.Select(a => new AnswerDto { LinkId = a.LinkId, Values = a.Values.Select(ToDto).ToList() }).ToList(),
        Verdict = assessment.Verdict switch { ProcessVerdict.GoalOriented => "goalOriented", ProcessVerdict.NotGoalOriented => "notGoalOriented", _ => null },
        Strengths = assessment.Strengths.Select(r => new RemarkDto { Theme = r.Theme, Text = r.Text }).ToList(),
        ImprovementPoints = assessment.ImprovementPoints.Select(r => new RemarkDto { Theme = r.Theme, Text = r.Text }).ToList(),
    };

    internal static string LevelCode(AssessmentLevel level) => level switch
    {
        AssessmentLevel.TeamLead => "teamLead",
        AssessmentLevel.RegionalDirectorate => "regionalDirectorate",
        _ => "headOffice",
    };

    internal static AssessmentLevel? ParseLevel(string? code) => code switch
    {
        "teamLead" => AssessmentLevel.TeamLead,
        "regionalDirectorate" => AssessmentLevel.RegionalDirectorate,
        "headOffice" => AssessmentLevel.HeadOffice,
        _ => null,
    };

    private static BuildResult<Assessment> FromDto(AssessmentDto dto, string prefix, List<ValidationProblem> problems)
    {
        var before = problems.Count;
        if (dto.Schema != AssessmentSchema)
        {
            problems.Add(Problems.Prefixed(Problems.WrongSchema(AssessmentSchema), prefix));
        }

        var draft = new AssessmentDraft(AssessmentDraft.Paths.Json(prefix))
        {
            CaseReference = dto.CaseReference,
            LevelCode = dto.Level,
            RegionalDirectorate = dto.RegionalDirectorate,
            Status = dto.Status switch { "completed" => AssessmentStatus.Completed, "inProgress" => AssessmentStatus.InProgress, _ => null },
            VerdictCode = dto.Verdict,
            PinCount = dto.Pins?.Count ?? 0,
        };
        if (dto.Date is not null)
        {
            var dateBefore = problems.Count;
            draft.Date = ReadDate(dto.Date, prefix + "date", problems, required: false);
            draft.DateReported = problems.Count > dateBefore;
        }

        for (var i = 0; i < (dto.Pins?.Count ?? 0); i++)
        {
            if (ReadPin(dto.Pins![i], $"{prefix}pins[{i}]", problems) is { } pin)
            {
                draft.Pins.Add(pin);
            }
        }

        for (var i = 0; i < (dto.Answers?.Count ?? 0); i++)
        {
            var answer = dto.Answers![i];
            if (answer?.LinkId is null)
            {
                problems.Add(Problems.MissingLinkId($"{prefix}answers[{i}].linkId"));
                continue;
            }

            var values = new List<AnswerValue>();
            for (var v = 0; v < (answer.Values?.Count ?? 0); v++)
            {
                var valueDto = answer.Values![v];
                var value = valueDto is null ? null : ReadValue(valueDto, $"{prefix}answers[{i}].values[{v}]", problems);
                if (value is not null)
                {
                    values.Add(value);
                }
                else if (valueDto is null)
                {
                    problems.Add(Problems.InvalidValue($"{prefix}answers[{i}].values[{v}]", "A value must be an object."));
                }
            }

            draft.Answers.Add(Answer.Create(answer.LinkId, values));
        }

        draft.Strengths.AddRange(ReadRemarks(dto.Strengths, prefix + "strengths", problems));
        draft.ImprovementPoints.AddRange(ReadRemarks(dto.ImprovementPoints, prefix + "improvementPoints", problems));
        return draft.Build(problems, before);
    }

    private static List<AssessmentRemark> ReadRemarks(List<RemarkDto>? dtos, string path, List<ValidationProblem> problems)
    {
        var result = new List<AssessmentRemark>();
        for (var i = 0; i < (dtos?.Count ?? 0); i++)
        {
            var dto = dtos![i];
            if (dto is null || !AssessmentRemark.IsValidTheme(dto.Theme) || string.IsNullOrWhiteSpace(dto.Text))
            {
                problems.Add(Problems.InvalidRemark($"{path}[{i}]"));
                continue;
            }

            result.Add(AssessmentRemark.Create(dto.Theme!, dto.Text));
        }

        return result;
    }

    internal static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);
}

internal static class ConditionJson
{
    public static string Write(EnableCondition condition) =>
        JsonSerializer.Serialize(CatalogJson.ToDto(condition), CompactJsonContext.Default.ConditionDto);

    public static EnableCondition? Read(string json, string path, List<ValidationProblem> problems)
    {
        try
        {
            var dto = JsonSerializer.Deserialize(json, CompactJsonContext.Default.ConditionDto);
            if (dto is not null)
            {
                return CatalogJson.ReadCondition(dto, path, problems);
            }
        }
        catch (JsonException)
        {
            // Reported below.
        }

        problems.Add(Problems.InvalidCondition(path, "The condition extension must hold a condition in the vkb-catalog/1 JSON form."));
        return null;
    }
}
