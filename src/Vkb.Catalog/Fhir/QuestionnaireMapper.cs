using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace Vkb.Catalog;

/// <summary>
/// Maps FHIR R4 <c>Questionnaire</c> ⇄ <see cref="Catalog"/>. What VKB uses is modelled; every other
/// element is carried in <see cref="FhirElements"/> and written back in FHIR element order.
/// </summary>
internal static class QuestionnaireMapper
{
    public const string CatalogUrlPrefix = "urn:vkb:catalog:";
    public const string ExtensionUrlPrefix = "urn:vkb:catalog-extension:";
    public const string ConditionExtension = "urn:vkb:fhir:enable-condition";
    public const string ProcessSystem = "urn:vkb:customer-process";
    public const string CatalogIdSystem = "urn:vkb:catalog-id";
    public const string RdExtension = "urn:vkb:fhir:regional-directorate";
    public const string ItemControl = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
    public const string ItemControlSystem = "http://hl7.org/fhir/questionnaire-item-control";

    // R4 element order (questionnaire.html), used to write elements back where FHIR puts them.
    private static readonly string[] RootOrder =
    [
        "resourceType", "id", "meta", "implicitRules", "language", "text", "contained", "extension", "modifierExtension", "url", "identifier",
        "version", "name", "title", "derivedFrom", "status", "experimental", "subjectType", "date", "publisher", "contact", "description",
        "useContext", "jurisdiction", "purpose", "copyright", "approvalDate", "lastReviewDate", "effectivePeriod", "code", "item",
    ];

    private static readonly string[] ItemOrder =
    [
        "id", "extension", "modifierExtension", "linkId", "definition", "code", "prefix", "text", "type", "enableWhen", "enableBehavior",
        "required", "repeats", "readOnly", "maxLength", "answerValueSet", "answerOption", "initial", "item",
    ];

    private static readonly string[] OptionOrder = ["id", "extension", "modifierExtension", "value", "initialSelected"];

    private static readonly HashSet<string> RootModelled = new(StringComparer.Ordinal) { "resourceType", "version", "title", "status", "description", "item" };

    private static readonly Dictionary<string, AnswerKind> QuestionTypes = new(StringComparer.Ordinal)
    {
        ["boolean"] = AnswerKind.Boolean,
        ["decimal"] = AnswerKind.DecimalNumber,
        ["integer"] = AnswerKind.WholeNumber,
        ["date"] = AnswerKind.Date,
        ["dateTime"] = AnswerKind.DateTime,
        ["time"] = AnswerKind.Time,
        ["string"] = AnswerKind.ShortText,
        ["text"] = AnswerKind.Text,
        ["url"] = AnswerKind.Url,
        ["attachment"] = AnswerKind.Attachment,
        ["reference"] = AnswerKind.Reference,
        ["quantity"] = AnswerKind.Quantity,
    };

    // ---------------------------------------------------------------- import

    public static BuildResult<Catalog> Import(string json, FhirImportOptions options)
    {
        var problems = new List<ValidationProblem>();
        var root = StrictJson.ParseObject(json, problems, options.Limits);
        if (root is null)
        {
            return BuildResult.Failed<Catalog>(problems);
        }

        if (Str(root, "resourceType") != "Questionnaire")
        {
            return BuildResult.Failed<Catalog>([Problems.WrongResourceType("Questionnaire")]);
        }

        var header = ReadHeader(root, options, problems);
        var builder = new CatalogBuilder(header.Id ?? string.Empty, header.Process ?? string.Empty, header.Version)
        {
            Title = Str(root, "title"),
            Description = Str(root, "description"),
            EffectiveFrom = header.From,
            EffectiveTo = header.To,
            SuppliedByCaller = header.Supplied,
            ItemPathPrefix = "Questionnaire.item",
            Paths = HeaderPaths.Fhir,
            Carried = Carry(root, RootModelled) ?? FhirElements.Nothing,
        };
        builder.Status = ReadStatus(root, problems);
        if (builder.Carried is not null && header.Id is not null && header.Process is not null && header.From is { } start &&
            JsonNode.DeepEquals(builder.Carried.ToNode(), Conventions(header.Id, header.Version, header.Process, start, header.To)))
        {
            // Exactly what this package writes for a catalogue of its own: nothing foreign to carry.
            builder.Carried = null;
        }

        var context = new ImportContext(root, options, problems);
        ReadItems(root, builder.Items, "Questionnaire.item", context);
        context.ReportCarried(root);
        builder.BuildInto(problems, out var catalog);

        // One problem per cause: a missing id or process is reported once, as missing, not again as invalid.
        problems.RemoveAll(p => (p.Code == "invalid-id" && header.Id is null) || (p.Code == "invalid-customer-process" && header.Process is null));
        return BuildResult.From(() => catalog!, problems);
    }

    public static string ExportExtension(CatalogExtension extension)
    {
        var root = new JsonObject
        {
            ["resourceType"] = "Questionnaire",
            ["id"] = $"{extension.Id}-{extension.Version}",
            ["extension"] = new JsonArray(new JsonObject { ["url"] = RdExtension, ["valueString"] = extension.RegionalDirectorate }),
            ["url"] = ExtensionUrlPrefix + extension.Id,
            ["version"] = extension.Version.ToString(),
            ["title"] = extension.Title,
            ["derivedFrom"] = new JsonArray($"{CatalogUrlPrefix}{extension.Base.Id}|{extension.Base.Version}"),
            ["status"] = extension.Status.ToString().ToLowerInvariant(),
            ["effectivePeriod"] = Period(extension.EffectiveFrom, extension.EffectiveTo),
        };
        WriteItems(root, extension.Items);
        return Serialize(Ordered(root, RootOrder));
    }

    /// <summary>The base pin a derived Questionnaire names in <c>derivedFrom</c>, or null when it derives from no VKB catalogue.</summary>
    public static CatalogPin? DerivedFrom(JsonObject root) =>
        Arr(root, "derivedFrom").OfType<JsonValue>().Select(v => v.GetValueKind() == JsonValueKind.String ? ReadPin(v.GetValue<string>(), CatalogUrlPrefix) : null).FirstOrDefault(p => p is not null);

    internal static CatalogPin? ReadPin(string? canonical, string prefix)
    {
        var rest = StripPrefix(canonical, prefix);
        var bar = rest?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        return bar > 0 && CatalogVersion.TryParse(rest![(bar + 1)..], out var version) ? new CatalogPin(rest[..bar], version) : null;
    }

    public static BuildResult<CatalogExtension> ImportExtension(string json, IEnumerable<Catalog> catalogs, CatalogReadLimits? limits)
    {
        var problems = new List<ValidationProblem>();
        var root = StrictJson.ParseObject(json, problems, limits);
        if (root is null)
        {
            return BuildResult.Failed<CatalogExtension>(problems);
        }

        if (Str(root, "resourceType") != "Questionnaire")
        {
            return BuildResult.Failed<CatalogExtension>([Problems.WrongResourceType("Questionnaire")]);
        }

        var basePin = DerivedFrom(root);
        var baseCatalog = basePin is null ? null : catalogs.FirstOrDefault(c => c.Pin == basePin);
        if (basePin is null)
        {
            problems.Add(Problems.InvalidPin("Questionnaire.derivedFrom", $"'{CatalogUrlPrefix}<id>|<version>' for a regional extension"));
        }
        else if (baseCatalog is null)
        {
            problems.Add(Problems.UnknownBase("Questionnaire.derivedFrom", basePin, "available"));
        }

        var id = StripPrefix(Str(root, "url"), ExtensionUrlPrefix);
        var rd = Arr(root, "extension").OfType<JsonObject>().Where(e => Str(e, "url") == RdExtension).Select(e => Str(e, "valueString")).FirstOrDefault();
        if (id is null)
        {
            problems.Add(Problems.MissingField("Questionnaire.url", $"A regional extension's url is '{ExtensionUrlPrefix}<id>'."));
        }

        if (rd is null)
        {
            problems.Add(Problems.MissingField("Questionnaire.extension", $"A regional extension names its RD in the extension '{RdExtension}'."));
        }

        if (baseCatalog is null)
        {
            return BuildResult.Failed<CatalogExtension>(problems);
        }

        var header = ReadHeader(root, new FhirImportOptions { CatalogId = id, CustomerProcess = baseCatalog.CustomerProcess }, []);
        if (!CatalogVersion.TryParse(Str(root, "version"), out var version))
        {
            problems.Add(Problems.InvalidVersion("Questionnaire.version"));
        }

        var builder = new CatalogExtensionBuilder(id ?? string.Empty, rd ?? string.Empty, baseCatalog, version)
        {
            Title = Str(root, "title"),
            EffectiveFrom = header.From,
            EffectiveTo = header.To,
            ItemPathPrefix = "Questionnaire.item",

            // FHIR paths: the header problems named the VKB JSON members ("id", "regionalDirectorate") of a document that has none.
            Paths = HeaderPaths.Fhir with { Id = "Questionnaire.url" },
            RegionalDirectoratePath = "Questionnaire.extension",
        };
        builder.Status = ReadStatus(root, problems);
        ReadItems(root, builder.Items, "Questionnaire.item", new ImportContext(root, new FhirImportOptions(), problems));
        var built = builder.Build();

        // One problem per cause: a missing url or RD is reported once, as missing, not again as invalid.
        problems.AddRange(built.Problems.Where(p => !(p.Code == "invalid-id" && id is null) && !(p.Code == "invalid-regional-directorate" && rd is null)));
        problems.AddRange(built.Warnings);
        return BuildResult.From(() => built.Value!, problems);
    }

    private static CatalogStatus ReadStatus(JsonObject root, List<ValidationProblem> problems)
    {
        switch (Str(root, "status"))
        {
            case "draft": return CatalogStatus.Draft;
            case "active": return CatalogStatus.Active;
            case "retired": return CatalogStatus.Retired;
            default:
                problems.Add(Problems.InvalidStatus("Questionnaire.status", "draft, active or retired (VKB has no meaning for 'unknown')"));
                return CatalogStatus.Draft;
        }
    }

    internal sealed record Header(string? Id, string? Process, CatalogVersion Version, LocalDate? From, LocalDate? To, HeaderFields Supplied);

    internal static Header ReadHeader(JsonObject root, FhirImportOptions options, List<ValidationProblem> problems)
    {
        var supplied = HeaderFields.None;
        var (docId, docProcess, docFrom, docTo) = DeriveHeader(root, problems);
        var id = Merge(docId, options.CatalogId, "Questionnaire.identifier", "catalogue id", HeaderFields.Id, ref supplied, problems);
        var process = Merge(docProcess, options.CustomerProcess, "Questionnaire.useContext", "customer process", HeaderFields.CustomerProcess, ref supplied, problems);
        if (process is null)
        {
            problems.Add(Problems.MissingField("Questionnaire.useContext", $"The customer process is required: a useContext coding of system '{ProcessSystem}', or the caller's --customer-process."));
        }

        if (id is null)
        {
            problems.Add(Problems.MissingField("Questionnaire.id", $"The catalogue id is required: an identifier of system '{CatalogIdSystem}', a url '{CatalogUrlPrefix}<id>', the resource id, or the caller's --catalog-id."));
        }

        LocalDate? from = docFrom;
        if (options.EffectiveFrom is { } given)
        {
            if (docFrom is not null && docFrom != given)
            {
                problems.Add(Problems.HeaderConflict("Questionnaire.effectivePeriod.start", "first effective day"));
            }
            else if (docFrom is null)
            {
                from = given;
                supplied |= HeaderFields.EffectiveFrom;
            }
        }

        var versionText = Str(root, "version");
        var version = default(CatalogVersion);
        if (versionText is null)
        {
            problems.Add(Problems.MissingField("Questionnaire.version", "A version is required; any FHIR version string is kept."));
        }
        else if (!CatalogVersion.TryParse(versionText, out version))
        {
            problems.Add(Problems.InvalidVersion("Questionnaire.version"));
        }

        return new Header(id, process, version, from, docTo, supplied);
    }

    /// <summary>The VKB header facts a Questionnaire states itself (identifier, url, id, useContext, effectivePeriod).</summary>
    internal static (string? Id, string? Process, LocalDate? From, LocalDate? To) DeriveHeader(JsonObject root, List<ValidationProblem>? problems)
    {
        var id = Arr(root, "identifier").OfType<JsonObject>().Where(i => Str(i, "system") == CatalogIdSystem).Select(i => Str(i, "value")).FirstOrDefault()
            ?? StripPrefix(Str(root, "url"), CatalogUrlPrefix)
            ?? Str(root, "id");
        var process = Arr(root, "useContext").OfType<JsonObject>()
            .SelectMany(c => c["valueCodeableConcept"] is JsonObject concept ? Arr(concept, "coding").OfType<JsonObject>() : [])
            .Where(c => Str(c, "system") == ProcessSystem).Select(c => Str(c, "code")).FirstOrDefault();
        LocalDate? from = null, to = null;
        if (root["effectivePeriod"] is JsonObject period)
        {
            from = PeriodDate(Str(period, "start"), "Questionnaire.effectivePeriod.start", problems);
            to = PeriodDate(Str(period, "end"), "Questionnaire.effectivePeriod.end", problems);
        }

        return (id, process, from, to);
    }

    private static LocalDate? PeriodDate(string? text, string path, List<ValidationProblem>? problems)
    {
        if (text is null)
        {
            return null;
        }

        // A FHIR period is dateTime: its date part is the day VKB uses.
        var result = text.Length >= 10 ? LocalDatePattern.Iso.Parse(text[..10]) : null;
        if (result is { Success: true } && FhirPrimitives.IsDateTime(text))
        {
            return result.Value;
        }

        problems?.Add(Problems.InvalidDate(path));
        return null;
    }

    private static string? Merge(string? fromDocument, string? fromCaller, string path, string what, HeaderFields field, ref HeaderFields supplied, List<ValidationProblem> problems)
    {
        if (fromCaller is null)
        {
            return fromDocument;
        }

        if (fromDocument is not null)
        {
            if (fromDocument != fromCaller)
            {
                problems.Add(Problems.HeaderConflict(path, what));
            }

            return fromDocument;
        }

        supplied |= field;
        return fromCaller;
    }

    private sealed class ImportContext(JsonObject root, FhirImportOptions options, List<ValidationProblem> problems)
    {
        private readonly Dictionary<string, (int Count, string First)> _carried = new(StringComparer.Ordinal);

        public List<ValidationProblem> Problems { get; } = problems;

        public JsonObject Root { get; } = root;

        public FhirImportOptions Options { get; } = options;

        public void Carry(string pattern, string path)
        {
            _carried[pattern] = _carried.TryGetValue(pattern, out var seen) ? (seen.Count + 1, seen.First) : (1, path);
        }

        public void ReportCarried(JsonObject root)
        {
            foreach (var name in root.Select(p => p.Key).Where(n => !RootModelled.Contains(n)))
            {
                if (name is "url" or "identifier" or "id" or "useContext" or "effectivePeriod" or "contained" or "meta" or "text" or "language")
                {
                    continue;
                }

                if (name == "extension")
                {
                    foreach (var url in Arr(root, "extension").OfType<JsonObject>().Select(e => Str(e, "url") ?? "?"))
                    {
                        Carry($"extension '{url}'", "Questionnaire.extension");
                    }

                    continue;
                }

                Carry($"Questionnaire.{name}", $"Questionnaire.{name}");
            }

            foreach (var (pattern, (count, first)) in _carried.OrderBy(p => p.Value.First, StringComparer.Ordinal))
            {
                Problems.Add(Vkb.Catalog.Problems.Carried(first, count, pattern));
            }
        }
    }

    private static void ReadItems(JsonObject parent, ItemListBuilder builder, string path, ImportContext context)
    {
        if (parent["item"] is not null and not JsonArray)
        {
            context.Problems.Add(Problems.UnsupportedElement(path, "item must be an array."));
            return;
        }

        var items = Arr(parent, "item");
        for (var index = 0; index < items.Count; index++)
        {
            var itemPath = $"{path}[{index}]";
            if (items[index] is not JsonObject item)
            {
                context.Problems.Add(Problems.UnsupportedElement(itemPath, "An item must be an object."));
                continue;
            }

            var draft = ReadItem(item, itemPath, context);
            if (draft is null)
            {
                continue;
            }

            builder.Add(draft);
        }
    }

    private static ItemDraft? ReadItem(JsonObject item, string path, ImportContext context)
    {
        var problems = context.Problems;
        var type = Str(item, "type");
        var linkId = Str(item, "linkId");
        if (linkId is null)
        {
            problems.Add(Problems.MissingField(path + ".linkId", "Every item needs a linkId."));
        }

        var modelled = new HashSet<string>(StringComparer.Ordinal) { "linkId", "text", "type", "item" };
        ItemDraft draft;
        switch (type)
        {
            case "group":
                draft = new ItemDraft(ItemType.Group, linkId, Str(item, "text")) { SourcePath = path };
                break;
            case "display":
                draft = new ItemDraft(ItemType.Display, linkId, Str(item, "text")) { SourcePath = path, IsHelp = IsHelp(item) };
                break;
            case "choice" or "open-choice":
                draft = new ItemDraft(ItemType.Question, linkId, Str(item, "text")) { SourcePath = path, OpenChoice = type == "open-choice" };
                break;
            case not null when QuestionTypes.TryGetValue(type, out var kind):
                draft = new ItemDraft(ItemType.Question, linkId, Str(item, "text")) { SourcePath = path, Kind = kind };
                break;
            default:
                problems.Add(Problems.InvalidItemType(path + ".type"));
                return null;
        }

        if (draft.Type == ItemType.Question)
        {
            ReadQuestion(item, draft, path, context, modelled);
        }

        draft.EnableWhen = ReadCondition(item, path, problems, modelled);
        var children = Arr(item, "item");
        ReadItems(item, draft.Children, path + ".item", context);
        draft.RejectedChildren = children.Count - draft.Children.Items.Count;
        draft.Carried = Carry(item, modelled);
        if (draft.IsHelp && draft.Carried is not null && JsonNode.DeepEquals(draft.Carried.ToNode(), new JsonObject { ["extension"] = new JsonArray(HelpExtension()) }))
        {
            // Exactly the help marker this package writes: modelled by IsHelp, nothing to carry.
            draft.Carried = null;
        }
        foreach (var name in item.Select(p => p.Key).Where(n => !modelled.Contains(n)))
        {
            if (name == "extension")
            {
                foreach (var url in Arr(item, "extension").OfType<JsonObject>().Select(e => Str(e, "url") ?? "?").Where(u => u != ItemControl || !draft.IsHelp))
                {
                    context.Carry($"extension '{url}'", path + ".extension");
                }
            }
            else
            {
                context.Carry($"Questionnaire.item.{name}", $"{path}.{name}");
            }
        }

        return draft;
    }

    private static void ReadQuestion(JsonObject item, ItemDraft draft, string path, ImportContext context, HashSet<string> modelled)
    {
        var problems = context.Problems;
        var repeats = item["repeats"] is JsonValue r && r.GetValueKind() == JsonValueKind.True;
        var required = item["required"] is JsonValue q && q.GetValueKind() == JsonValueKind.True;
        if (repeats)
        {
            modelled.Add("repeats");
        }

        if (required)
        {
            modelled.Add("required");
        }

        draft.Required = required;
        var isChoice = Str(item, "type") is "choice" or "open-choice";
        if (item["answerOption"] is JsonArray options)
        {
            modelled.Add("answerOption");
            for (var o = 0; o < options.Count; o++)
            {
                var optionPath = $"{path}.answerOption[{o}]";
                if (options[o] is not JsonObject option)
                {
                    problems.Add(Problems.UnsupportedElement(optionPath, "An answerOption must be an object."));
                    continue;
                }

                var value = FhirValues.Read(option, "value", optionPath, problems);
                if (value is not null)
                {
                    draft.Options.Add(new OptionDraft(null, null, value, Carry(option, option.Select(p => p.Key).Where(k => FhirValues.IsValueMember(k, "value")).ToHashSet(StringComparer.Ordinal))));
                }
            }
        }

        if (Str(item, "answerValueSet") is { } valueSet)
        {
            modelled.Add("answerValueSet");
            draft.AnswerValueSet = valueSet;
            var expansion = Expand(valueSet, path + ".answerValueSet", context);
            draft.OptionsReported = expansion.Count == 0;
            foreach (var coding in expansion)
            {
                draft.Options.Add(new OptionDraft(null, null, coding, null));
            }
        }

        var verdict = isChoice && draft.Options.Count == VerdictCodes.All.Count && draft.AnswerValueSet is null &&
            draft.Options.All(o => o.Value!.Kind == AnswerValueKind.Verdict);
        if (draft.Options.Any(o => o.Value!.Kind == AnswerValueKind.Verdict) && !verdict)
        {
            problems.Add(Problems.InvalidValue(path + ".answerOption", "Verdict codings (urn:vkb:verdict) come as the complete set of four or not at all."));
        }

        if (verdict)
        {
            draft.Kind = AnswerKind.Verdict;
            draft.Options.Clear();
            if (repeats)
            {
                draft.Repeats = true;
            }
        }
        else if (isChoice)
        {
            draft.Kind = repeats ? AnswerKind.MultipleChoice : AnswerKind.SingleChoice;
        }
        else
        {
            draft.Repeats = repeats;
        }
    }

    private static List<AnswerValue> Expand(string reference, string path, ImportContext context)
    {
        JsonObject? valueSet = null;
        if (reference.StartsWith('#'))
        {
            valueSet = Arr(context.Root, "contained").OfType<JsonObject>()
                .FirstOrDefault(r => Str(r, "resourceType") == "ValueSet" && Str(r, "id") == reference[1..]);
        }
        else
        {
            var url = reference.Split('|')[0];
            valueSet = context.Options.ValueSets.GetValueOrDefault(url);
        }

        if (valueSet is null)
        {
            context.Problems.Add(Problems.ValueSetNotFound(path));
            return [];
        }

        var codings = new List<AnswerValue>();
        if (valueSet["expansion"] is JsonObject expansion)
        {
            Contains(Arr(expansion, "contains"), codings);
        }
        else if (valueSet["compose"] is JsonObject compose)
        {
            foreach (var include in Arr(compose, "include").OfType<JsonObject>())
            {
                var system = Str(include, "system");
                if (include["concept"] is not JsonArray concepts || include["filter"] is not null || include["valueSet"] is not null)
                {
                    context.Problems.Add(Problems.ValueSetNotExpandable(path));
                    return [];
                }

                foreach (var concept in concepts.OfType<JsonObject>())
                {
                    if (Str(concept, "code") is { } code && AnswerValue.IsValidCode(code))
                    {
                        codings.Add(AnswerValue.OfCoding(system, code, Str(concept, "display")));
                    }
                }
            }

            if (compose["exclude"] is not null)
            {
                context.Problems.Add(Problems.ValueSetNotExpandable(path));
                return [];
            }
        }

        if (codings.Count == 0)
        {
            context.Problems.Add(Problems.ValueSetNotExpandable(path));
        }

        return codings;
    }

    private static void Contains(JsonArray contains, List<AnswerValue> codings)
    {
        foreach (var entry in contains.OfType<JsonObject>())
        {
            if (Str(entry, "code") is { } code && AnswerValue.IsValidCode(code))
            {
                codings.Add(AnswerValue.OfCoding(Str(entry, "system"), code, Str(entry, "display")));
            }

            Contains(Arr(entry, "contains"), codings);
        }
    }

    private static EnableCondition? ReadCondition(JsonObject item, string path, List<ValidationProblem> problems, HashSet<string> modelled)
    {
        if (Arr(item, "extension").OfType<JsonObject>().FirstOrDefault(e => Str(e, "url") == ConditionExtension) is { } custom)
        {
            return ConditionJson.Read(Str(custom, "valueString") ?? string.Empty, path + ".extension", problems);
        }

        if (item["enableWhen"] is not JsonArray whens)
        {
            return null;
        }

        modelled.Add("enableWhen");
        var leaves = new List<EnableCondition>();
        for (var index = 0; index < whens.Count; index++)
        {
            var whenPath = $"{path}.enableWhen[{index}]";
            if (whens[index] is not JsonObject when)
            {
                problems.Add(Problems.InvalidCondition(whenPath, "An enableWhen must be an object."));
                continue;
            }

            if (when.Select(p => p.Key).FirstOrDefault(k => k is not ("question" or "operator") && !FhirValues.IsValueMember(k, "answer")) is { } extra)
            {
                problems.Add(Problems.UnsupportedElement($"{whenPath}.{extra}", "VKB keeps enableWhen as question, operator and answer[x]; other elements of an enableWhen (id, extension) would be lost, so they are refused."));
                continue;
            }

            var question = Str(when, "question");
            if (question is null)
            {
                problems.Add(Problems.InvalidCondition(whenPath + ".question", "enableWhen needs a question."));
                continue;
            }

            var op = Str(when, "operator");
            if (op == "exists")
            {
                var value = FhirValues.Read(when, "answer", whenPath, problems);
                if (value is { Kind: AnswerValueKind.Boolean })
                {
                    leaves.Add(value.Boolean ? EnableCondition.Answered(question) : EnableCondition.Not(EnableCondition.Answered(question)));
                }
                else if (value is not null)
                {
                    problems.Add(Problems.InvalidCondition(whenPath, "The operator 'exists' takes answerBoolean."));
                }

                continue;
            }

            var comparison = CompareCondition.ParseOperator(op);
            if (op is not ("=" or "!=") && comparison is null)
            {
                problems.Add(Problems.UnsupportedOperator(whenPath + ".operator"));
                continue;
            }

            if (FhirValues.Read(when, "answer", whenPath, problems) is not { } answer)
            {
                continue;
            }

            leaves.Add(op switch
            {
                "=" => EnableCondition.AnswerIs(question, answer),
                "!=" => EnableCondition.Not(EnableCondition.AnswerIs(question, answer)),
                _ => EnableCondition.Compare(question, comparison!.Value, answer),
            });
        }

        if (leaves.Count != whens.Count)
        {
            return null;
        }

        var behavior = Str(item, "enableBehavior");
        if (leaves.Count > 1)
        {
            modelled.Add("enableBehavior");
            if (behavior is not ("all" or "any"))
            {
                problems.Add(Problems.InvalidCondition(path + ".enableBehavior", "Several enableWhen need enableBehavior 'all' or 'any'."));
                return null;
            }
        }

        return leaves.Count switch
        {
            0 => null,
            1 => leaves[0],
            _ => behavior == "any" ? EnableCondition.Any([.. leaves]) : EnableCondition.All([.. leaves]),
        };
    }

    private static bool IsHelp(JsonObject item) =>
        Arr(item, "extension").OfType<JsonObject>()
            .Where(e => Str(e, "url") == ItemControl && e["valueCodeableConcept"] is JsonObject)
            .SelectMany(e => Arr((JsonObject)e["valueCodeableConcept"]!, "coding").OfType<JsonObject>())
            .Any(c => Str(c, "code") == "help" && Str(c, "system") is null or ItemControlSystem);

    /// <summary>The members not modelled, as carried elements (the VKB condition extension is modelled, so it is left out).</summary>
    private static FhirElements? Carry(JsonObject element, HashSet<string> modelled)
    {
        var carried = new JsonObject();
        foreach (var (name, value) in element)
        {
            if (modelled.Contains(name))
            {
                continue;
            }

            if (name == "extension" && value is JsonArray extensions)
            {
                var kept = new JsonArray(extensions.Where(e => !(e is JsonObject o && Str(o, "url") == ConditionExtension)).Select(e => e?.DeepClone()).ToArray());
                if (kept.Count > 0)
                {
                    carried[name] = kept;
                }

                continue;
            }

            carried[name] = value?.DeepClone();
        }

        return FhirElements.From(carried);
    }

    // ---------------------------------------------------------------- export

    public static string Export(Catalog catalog, FhirExportOptions options)
    {
        var root = new JsonObject { ["resourceType"] = "Questionnaire" };
        var carried = catalog.Carried?.ToNode() ?? Conventions(catalog.Id, catalog.Version, catalog.CustomerProcess, catalog.EffectiveFrom, catalog.EffectiveTo);
        foreach (var (name, value) in carried)
        {
            root[name] = value?.DeepClone();
        }

        if (catalog.Carried is not null && options.WriteSuppliedHeader)
        {
            AddSupplied(root, catalog);
        }

        root["version"] = catalog.Version.ToString();
        root["title"] = catalog.Title;
        root["status"] = catalog.Status.ToString().ToLowerInvariant();
        if (catalog.Description is not null)
        {
            root["description"] = catalog.Description;
        }

        WriteItems(root, catalog.Items);
        return Serialize(Ordered(root, RootOrder));
    }

    /// <summary>The header elements this package writes for a catalogue of its own.</summary>
    private static JsonObject Conventions(string id, CatalogVersion version, string process, LocalDate from, LocalDate? to) => new()
    {
        ["id"] = $"{id}-{version}",
        ["url"] = CatalogUrlPrefix + id,
        ["identifier"] = new JsonArray(new JsonObject { ["system"] = CatalogIdSystem, ["value"] = id }),
        ["effectivePeriod"] = Period(from, to),
        ["useContext"] = new JsonArray(ProcessContext(process)),
    };

    private static JsonObject HelpExtension() => new()
    {
        ["url"] = ItemControl,
        ["valueCodeableConcept"] = new JsonObject
        {
            ["coding"] = new JsonArray(new JsonObject { ["system"] = ItemControlSystem, ["code"] = "help", ["display"] = "Help-Button" }),
        },
    };

    private static void AddSupplied(JsonObject root, Catalog catalog)
    {
        if (catalog.SuppliedByCaller.HasFlag(HeaderFields.Id))
        {
            var identifiers = root["identifier"] as JsonArray ?? [];
            identifiers.Add(new JsonObject { ["system"] = CatalogIdSystem, ["value"] = catalog.Id });
            root["identifier"] = identifiers;
        }

        if (catalog.SuppliedByCaller.HasFlag(HeaderFields.CustomerProcess))
        {
            var contexts = root["useContext"] as JsonArray ?? [];
            contexts.Add(ProcessContext(catalog.CustomerProcess));
            root["useContext"] = contexts;
        }

        if (catalog.SuppliedByCaller.HasFlag(HeaderFields.EffectiveFrom))
        {
            root["effectivePeriod"] = Period(catalog.EffectiveFrom, catalog.EffectiveTo);
        }
    }

    internal static JsonObject Period(LocalDate from, LocalDate? to)
    {
        var period = new JsonObject { ["start"] = LocalDatePattern.Iso.Format(from) };
        if (to is { } end)
        {
            period["end"] = LocalDatePattern.Iso.Format(end);
        }

        return period;
    }

    private static JsonObject ProcessContext(string process) => new()
    {
        ["code"] = new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/usage-context-type", ["code"] = "program" },
        ["valueCodeableConcept"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = ProcessSystem, ["code"] = process }) },
    };

    internal static void WriteItems(JsonObject parent, IReadOnlyList<CatalogItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(WriteItem(item));
        }

        parent["item"] = array;
    }

    private static JsonObject WriteItem(CatalogItem item)
    {
        var node = item.Carried?.ToNode() ?? [];
        node["linkId"] = item.LinkId;
        if (item.HasText)
        {
            node["text"] = item.Text;
        }

        switch (item)
        {
            case GroupItem:
                node["type"] = "group";
                break;
            case DisplayItem display:
                node["type"] = "display";
                if (display.IsHelp && !IsHelp(node))
                {
                    AddExtension(node, HelpExtension());
                }

                break;
            case QuestionItem question:
                WriteQuestion(node, question);
                break;
        }

        if (item.EnableWhen is { } condition)
        {
            WriteCondition(node, condition);
        }

        WriteItems(node, item.Items);
        return Ordered(node, ItemOrder);
    }

    private static void WriteQuestion(JsonObject node, QuestionItem question)
    {
        var choice = question.Kind is AnswerKind.Verdict or AnswerKind.SingleChoice or AnswerKind.MultipleChoice;
        node["type"] = choice
            ? (question.OpenChoice ? "open-choice" : "choice")
            : QuestionTypes.First(p => p.Value == question.Kind).Key;
        if (question.Required)
        {
            node["required"] = true;
        }

        if (question.AcceptsSeveralValues)
        {
            node["repeats"] = true;
        }

        if (question.Kind == AnswerKind.Verdict)
        {
            node["answerOption"] = new JsonArray(VerdictCodes.All.Select(v => (JsonNode)new JsonObject
            {
                ["valueCoding"] = new JsonObject { ["system"] = FhirValues.VerdictSystem, ["code"] = VerdictCodes.ToCode(v), ["display"] = VerdictCodes.GermanLabel(v) },
            }).ToArray());
        }
        else if (question.AnswerValueSet is { } valueSet)
        {
            node["answerValueSet"] = valueSet;
        }
        else if (question.Options.Count > 0)
        {
            var options = new JsonArray();
            foreach (var option in question.Options)
            {
                var o = option.Carried?.ToNode() ?? [];
                FhirValues.Write(o, "value", option.Value);
                options.Add(Ordered(o, OptionOrder));
            }

            node["answerOption"] = options;
        }
    }

    private static void WriteCondition(JsonObject node, EnableCondition condition)
    {
        var flat = ItemValidator.IsFlatLeaf(condition)
            ? [condition]
            : condition is ComposedCondition composed && composed.Operands.All(ItemValidator.IsFlatLeaf) ? composed.Operands : null;
        if (flat is null)
        {
            AddExtension(node, new JsonObject { ["url"] = ConditionExtension, ["valueString"] = ConditionJson.Write(condition) });
            return;
        }

        var whens = new JsonArray();
        foreach (var leaf in flat)
        {
            var when = new JsonObject();
            switch (leaf)
            {
                case AnswerIsCondition answerIs:
                    when["question"] = answerIs.LinkId;
                    when["operator"] = "=";
                    FhirValues.Write(when, "answer", answerIs.Value);
                    break;
                case NotCondition { Operand: AnswerIsCondition notIs }:
                    when["question"] = notIs.LinkId;
                    when["operator"] = "!=";
                    FhirValues.Write(when, "answer", notIs.Value);
                    break;
                case CompareCondition compare:
                    when["question"] = compare.LinkId;
                    when["operator"] = compare.OperatorText;
                    FhirValues.Write(when, "answer", compare.Value);
                    break;
                case AnsweredCondition answered:
                    when["question"] = answered.LinkId;
                    when["operator"] = "exists";
                    when["answerBoolean"] = true;
                    break;
                case NotCondition { Operand: AnsweredCondition notAnswered }:
                    when["question"] = notAnswered.LinkId;
                    when["operator"] = "exists";
                    when["answerBoolean"] = false;
                    break;
            }

            whens.Add(when);
        }

        node["enableWhen"] = whens;
        if (condition is ComposedCondition)
        {
            node["enableBehavior"] = condition is AllCondition ? "all" : "any";
        }
    }

    private static void AddExtension(JsonObject node, JsonObject extension)
    {
        var extensions = node["extension"] as JsonArray ?? [];
        extensions.Add(extension);
        node["extension"] = extensions;
    }

    /// <summary>A copy with members in FHIR element order (<c>_x</c> right after <c>x</c>, <c>value[x]</c> at <c>value</c>); unknown members last, in their order.</summary>
    internal static JsonObject Ordered(JsonObject node, string[] order)
    {
        int Rank(string name)
        {
            var bare = name.StartsWith('_') ? name[1..] : name;
            var index = Array.IndexOf(order, bare);
            if (index < 0 && order.Contains("value") && FhirValues.IsValueMember(bare, "value"))
            {
                index = Array.IndexOf(order, "value");
            }

            return index < 0 ? int.MaxValue : (index * 2) + (name.StartsWith('_') ? 1 : 0);
        }

        var result = new JsonObject();
        foreach (var (name, value) in node.Select((p, i) => (p, i)).OrderBy(x => Rank(x.p.Key)).ThenBy(x => x.i).Select(x => x.p).ToList())
        {
            result[name] = value?.DeepClone();
        }

        return result;
    }

    internal static string Serialize(JsonNode node) =>
        node.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    internal static string? Str(JsonObject element, string name) =>
        element[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    internal static JsonArray Arr(JsonObject element, string name) => element[name] as JsonArray ?? [];

    internal static string? StripPrefix(string? text, string prefix) =>
        text is not null && text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : null;
}

/// <summary>Options for <see cref="FhirQuestionnaire.ImportQuestionnaire(string, FhirImportOptions)"/>: what the VKB header needs when the Questionnaire lacks it.</summary>
/// <remarks>Not thread-safe while being set; treat as immutable afterwards.</remarks>
public sealed class FhirImportOptions
{
    /// <summary>Gets or sets the customer process, used when the Questionnaire has no <c>urn:vkb:customer-process</c> use context (a different one is an error).</summary>
    public string? CustomerProcess { get; set; }

    /// <summary>Gets or sets the catalogue id, used when the Questionnaire names none (identifier, url or id; a different one is an error).</summary>
    public string? CatalogId { get; set; }

    /// <summary>Gets or sets the first effective day, used when the Questionnaire has no <c>effectivePeriod.start</c> (a different one is an error).</summary>
    public LocalDate? EffectiveFrom { get; set; }

    /// <summary>Gets value sets by canonical URL (without <c>|version</c>) for <c>answerValueSet</c>s that are not contained; read them with <see cref="FhirQuestionnaire.ReadValueSets"/>.</summary>
    public Dictionary<string, JsonObject> ValueSets { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets or sets the read limits, or null for <see cref="CatalogReadLimits.Default"/>.</summary>
    public CatalogReadLimits? Limits { get; set; }
}

/// <summary>Options for exporting a catalogue as a Questionnaire.</summary>
public sealed class FhirExportOptions
{
    /// <summary>Gets the default options: write the Questionnaire back exactly as it was imported.</summary>
    public static FhirExportOptions Default { get; } = new();

    /// <summary>
    /// Gets or sets whether header facts the caller supplied at import (customer process, id, effective
    /// day) are written as <c>urn:vkb:*</c> conventions, so the Questionnaire imports again without flags.
    /// Default false: the round trip gives back the document as it was.
    /// </summary>
    public bool WriteSuppliedHeader { get; set; }
}
