using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime.Text;

namespace Vkb.Catalog;

/// <summary>Reads and writes FHIR <c>value[x]</c> / <c>answer[x]</c> / <c>initial[x]</c> members as <see cref="AnswerValue"/>s.</summary>
internal static class FhirValues
{
    public const string VerdictSystem = "urn:vkb:verdict";

    private static readonly string[] Suffixes =
        ["Boolean", "Decimal", "Integer", "Date", "DateTime", "Time", "String", "Uri", "Coding", "Quantity", "Reference", "Attachment"];

    /// <summary>Whether the member name is <paramref name="prefix"/> followed by a FHIR type suffix.</summary>
    public static bool IsValueMember(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && Suffixes.Contains(name[prefix.Length..], StringComparer.Ordinal);

    /// <summary>Finds the one <c>{prefix}[x]</c> member of an object and reads it; problems name the FHIRPath.</summary>
    public static AnswerValue? Read(JsonObject element, string prefix, string path, List<ValidationProblem> problems, bool required = true)
    {
        var members = element.Where(p => IsValueMember(p.Key, prefix)).ToList();
        if (members.Count != 1)
        {
            if (members.Count > 1 || required)
            {
                problems.Add(Problems.InvalidValue(path, $"Exactly one {prefix}[x] element is required (Boolean, Decimal, Integer, Date, DateTime, Time, String, Uri, Coding, Quantity, Reference or Attachment)."));
            }

            return null;
        }

        var (name, node) = (members[0].Key, members[0].Value);
        var valuePath = $"{path}.{name}";
        var value = ReadOne(name[prefix.Length..], node, valuePath, problems);
        return value;
    }

    private static AnswerValue? ReadOne(string type, JsonNode? node, string path, List<ValidationProblem> problems)
    {
        var kind = node?.GetValueKind();
        string? text = kind == JsonValueKind.String ? node!.GetValue<string>() : null;
        switch (type)
        {
            case "Boolean" when kind is JsonValueKind.True or JsonValueKind.False:
                return AnswerValue.OfBoolean(kind == JsonValueKind.True);
            case "Decimal" when kind == JsonValueKind.Number && FhirPrimitives.TryParseDecimal(node!.ToJsonString(), out _):
                return AnswerValue.OfDecimal(node!.ToJsonString());
            case "Integer" when kind == JsonValueKind.Number && long.TryParse(node!.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var whole):
                return AnswerValue.OfWholeNumber(whole);
            case "Date" when text is not null:
                var date = LocalDatePattern.Iso.Parse(text);
                if (date.Success)
                {
                    return AnswerValue.OfDate(date.Value);
                }

                problems.Add(FhirPrimitives.IsDateTime(text) && text.Length < 10 ? Problems.PartialDate(path) : Problems.InvalidDate(path));
                return null;
            case "DateTime" when text is not null && FhirPrimitives.IsDateTime(text):
                return AnswerValue.OfDateTime(text);
            case "Time" when text is not null && FhirPrimitives.IsTime(text):
                return AnswerValue.OfTime(text);
            case "String" when text is { Length: > 0 }:
                return AnswerValue.OfText(text);
            case "Uri" when text is { Length: > 0 } && !text.Any(char.IsWhiteSpace):
                return AnswerValue.OfUri(text);
            case "Coding" when node is JsonObject coding:
                var code = coding["code"] is JsonValue c && c.GetValueKind() == JsonValueKind.String ? c.GetValue<string>() : null;
                if (coding["system"] is JsonValue s && s.GetValueKind() == JsonValueKind.String && s.GetValue<string>() == VerdictSystem)
                {
                    if (VerdictCodes.TryParse(code, out var verdict) && coding.Count <= 3)
                    {
                        return AnswerValue.OfVerdict(verdict);
                    }

                    problems.Add(Problems.InvalidValue(path, "A verdict coding has a code of yes, partly, no or not-assessable."));
                    return null;
                }

                if (code is null || !AnswerValue.IsValidCode(code))
                {
                    problems.Add(Problems.InvalidValue(path, "A coding needs a code without surrounding white space (the Coding must have a code for VKB to compare answers)."));
                    return null;
                }

                return AnswerValue.OfJson(AnswerValueKind.Code, coding.ToJsonString());
            case "Quantity" or "Reference" or "Attachment" when node is JsonObject { Count: > 0 } complex:
                return AnswerValue.OfJson(Enum.Parse<AnswerValueKind>(type), complex.ToJsonString());
            default:
                problems.Add(Problems.InvalidValue(path, $"The value is not a valid FHIR {type}."));
                return null;
        }
    }

    /// <summary>Writes a value as <c>{prefix}{Type}</c> into <paramref name="target"/>.</summary>
    public static void Write(JsonObject target, string prefix, AnswerValue value)
    {
        switch (value.Kind)
        {
            case AnswerValueKind.Verdict:
                target[prefix + "Coding"] = new JsonObject { ["system"] = VerdictSystem, ["code"] = VerdictCodes.ToCode(value.Verdict) };
                break;
            case AnswerValueKind.Code:
                target[prefix + "Coding"] = JsonNode.Parse(value.JsonText!);
                break;
            case AnswerValueKind.Quantity or AnswerValueKind.Reference or AnswerValueKind.Attachment:
                target[prefix + value.Kind] = JsonNode.Parse(value.JsonText!);
                break;
            case AnswerValueKind.Text:
                target[prefix + "String"] = value.Text;
                break;
            case AnswerValueKind.Uri:
                target[prefix + "Uri"] = value.Text;
                break;
            case AnswerValueKind.Date:
                target[prefix + "Date"] = LocalDatePattern.Iso.Format(value.Date);
                break;
            case AnswerValueKind.WholeNumber:
                target[prefix + "Integer"] = value.WholeNumber;
                break;
            case AnswerValueKind.Boolean:
                target[prefix + "Boolean"] = value.Boolean;
                break;
            case AnswerValueKind.DecimalNumber:
                target[prefix + "Decimal"] = JsonNode.Parse(value.Lexical);
                break;
            default:
                target[prefix + value.Kind] = value.Lexical;
                break;
        }
    }
}
