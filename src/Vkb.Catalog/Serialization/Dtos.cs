using System.Text.Json.Serialization;

namespace Vkb.Catalog.Serialization;

// Wire shapes of docs/catalog-schema.md. Plain data; every field nullable so that a missing field
// becomes a reported problem instead of an exception.
internal sealed class CatalogDocumentDto
{
    public string? Schema { get; set; }

    public string? Id { get; set; }

    public string? CustomerProcess { get; set; }

    public string? RegionalDirectorate { get; set; }

    public PinDto? Base { get; set; }

    public string? Version { get; set; }

    public string? Status { get; set; }

    public EffectiveDto? Effective { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public List<ItemDto>? Items { get; set; }

    public List<string>? SuppliedByCaller { get; set; }

    public System.Text.Json.JsonElement? Fhir { get; set; }
}

internal sealed class EffectiveDto
{
    public string? From { get; set; }

    public string? To { get; set; }
}

internal sealed class PinDto
{
    public string? Id { get; set; }

    public string? Version { get; set; }
}

internal sealed class ItemDto
{
    public string? LinkId { get; set; }

    public string? Type { get; set; }

    public string? Text { get; set; }

    public string? AnswerKind { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Required { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Repeats { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool OpenChoice { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Help { get; set; }

    public string? HelpText { get; set; }

    public string? AnswerValueSet { get; set; }

    public List<OptionDto>? Options { get; set; }

    public ConditionDto? EnableWhen { get; set; }

    public List<ItemDto>? Items { get; set; }

    public System.Text.Json.JsonElement? Fhir { get; set; }
}

internal sealed class OptionDto
{
    public string? Code { get; set; }

    public string? Display { get; set; }

    public ValueDto? Value { get; set; }

    public System.Text.Json.JsonElement? Fhir { get; set; }
}

internal sealed class ConditionDto
{
    public AnswerIsDto? AnswerIs { get; set; }

    public string? Answered { get; set; }

    public List<ConditionDto>? All { get; set; }

    public List<ConditionDto>? Any { get; set; }

    public ConditionDto? Not { get; set; }

    public CompareDto? Compare { get; set; }
}

internal sealed class CompareDto
{
    public string? LinkId { get; set; }

    public string? Operator { get; set; }

    public ValueDto? Value { get; set; }
}

internal sealed class AnswerIsDto
{
    public string? LinkId { get; set; }

    public ValueDto? Value { get; set; }
}

internal sealed class ValueDto
{
    public string? Verdict { get; set; }

    public string? Code { get; set; }

    public string? Text { get; set; }

    public string? Date { get; set; }

    public long? WholeNumber { get; set; }

    public bool? Boolean { get; set; }

    public System.Text.Json.JsonElement? Decimal { get; set; }

    public string? DateTime { get; set; }

    public string? Time { get; set; }

    public string? Uri { get; set; }

    public System.Text.Json.JsonElement? Coding { get; set; }

    public System.Text.Json.JsonElement? Quantity { get; set; }

    public System.Text.Json.JsonElement? Reference { get; set; }

    public System.Text.Json.JsonElement? Attachment { get; set; }
}

internal sealed class AssessmentDto
{
    public string? Schema { get; set; }

    public string? CaseReference { get; set; }

    public string? Level { get; set; }

    public string? RegionalDirectorate { get; set; }

    public string? Date { get; set; }

    public string? Status { get; set; }

    public List<PinDto>? Pins { get; set; }

    public List<AnswerDto>? Answers { get; set; }

    public string? Verdict { get; set; }

    public List<RemarkDto>? Strengths { get; set; }

    public List<RemarkDto>? ImprovementPoints { get; set; }
}

internal sealed class AnswerDto
{
    public string? LinkId { get; set; }

    public List<ValueDto>? Values { get; set; }
}

internal sealed class RemarkDto
{
    public string? Theme { get; set; }

    public string? Text { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(CatalogDocumentDto))]
[JsonSerializable(typeof(AssessmentDto))]
[JsonSerializable(typeof(List<AssessmentDto>))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext
{
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ConditionDto))]
[JsonSerializable(typeof(string))]
internal sealed partial class CompactJsonContext : JsonSerializerContext
{
}
