using System.Globalization;
using System.Text.Json.Nodes;

namespace Vkb.Testing;

/// <summary>
/// Random FHIR R4 Questionnaires over the whole R4 item model: every item type, nesting (groups and
/// items under questions, help items), every answerOption value[x], answerValueSet to contained
/// ValueSets (compose and expansion), initial[x], enableWhen with every operator and answer[x] type,
/// enableBehavior, extensions and translations on the questionnaire and on items. Each document is
/// derived from one seed; conditions only read earlier questions (a VKB rule).
/// </summary>
public static class RandomQuestionnaires
{
    private static readonly string[] Types =
        ["boolean", "decimal", "integer", "date", "dateTime", "time", "string", "text", "url", "choice", "open-choice", "attachment", "reference", "quantity"];

    private static readonly string[] Words = ["Größe", "Gewicht", "Übung", "Straße", "Maß", "Ärger", "Beratung", "Kontakt", "Ziel", "Öffnung"];

    /// <summary>The random Questionnaire of the seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The FHIR R4 Questionnaire as a JSON object.</returns>
    public static JsonObject Questionnaire(int seed) => new Generator(new Random(seed)).Questionnaire();

    private sealed class Generator(Random random)
    {
        private readonly List<(string LinkId, string Type, List<JsonObject> Options)> _questions = [];
        private readonly JsonArray _contained = [];
        private int _counter;

        private bool Chance(int percent) => random.Next(100) < percent;

        private T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];

        private string Text() => $"{Pick(Words)} {Pick(Words).ToLowerInvariant()} {random.Next(100)}?";

        public JsonObject Questionnaire()
        {
            var root = new JsonObject { ["resourceType"] = "Questionnaire" };
            if (Chance(70))
            {
                root["id"] = $"q-{random.Next(1000)}";
            }

            if (Chance(40))
            {
                root["meta"] = new JsonObject { ["profile"] = new JsonArray("http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire|3.0.0") };
            }

            if (Chance(30))
            {
                root["language"] = "de-DE";
            }

            if (Chance(50))
            {
                root["extension"] = new JsonArray(Extension());
            }

            if (Chance(50))
            {
                root["url"] = $"http://example.org/Questionnaire/{random.Next(1000)}";
            }

            if (Chance(40))
            {
                root["identifier"] = new JsonArray(new JsonObject { ["system"] = "http://example.org/ids", ["value"] = random.Next(99999).ToString(CultureInfo.InvariantCulture) });
            }

            root["version"] = Pick(new[] { "1.0", "2.1.0", "2024-03", "v7", "3" });
            if (Chance(50))
            {
                root["name"] = "Fragebogen" + random.Next(100);
            }

            root["title"] = "Fragebogen " + Pick(Words);
            if (Chance(30))
            {
                root["_title"] = Translation();
            }

            root["status"] = Pick(new[] { "draft", "active", "retired" });
            if (Chance(40))
            {
                root["subjectType"] = new JsonArray("Patient");
            }

            if (Chance(40))
            {
                root["date"] = "2024-05-06T10:00:00+02:00";
            }

            if (Chance(40))
            {
                root["publisher"] = "Beispiel-Verlag Köln";
            }

            if (Chance(50))
            {
                root["description"] = "Beschreibung mit Umlauten äöü ß";
            }

            var contexts = new JsonArray();
            if (Chance(40))
            {
                contexts.Add(new JsonObject
                {
                    ["code"] = new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/usage-context-type", ["code"] = "program" },
                    ["valueCodeableConcept"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "urn:vkb:customer-process", ["code"] = "placement" }) },
                });
            }

            if (Chance(30))
            {
                contexts.Add(new JsonObject
                {
                    ["code"] = new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/usage-context-type", ["code"] = "focus" },
                    ["valueCodeableConcept"] = new JsonObject { ["text"] = "Beratung" },
                });
            }

            if (contexts.Count > 0)
            {
                root["useContext"] = contexts;
            }

            if (Chance(60))
            {
                var period = new JsonObject { ["start"] = Chance(70) ? "2024-01-01" : "2024-01-01T00:00:00Z" };
                if (Chance(40))
                {
                    period["end"] = "2026-12-31";
                }

                root["effectivePeriod"] = period;
            }

            if (Chance(40))
            {
                root["code"] = new JsonArray(Coding("http://loinc.org"));
            }

            var items = new JsonArray();
            var count = random.Next(1, 6);
            for (var i = 0; i < count; i++)
            {
                items.Add(Item(depth: 0, topLevel: true));
            }

            // At least one question, so the catalogue has one.
            items.Add(Question(depth: 2));
            root["item"] = items;
            if (_contained.Count > 0)
            {
                root["contained"] = _contained;
            }

            return root;
        }

        private JsonObject Extension() => random.Next(3) switch
        {
            0 => new JsonObject { ["url"] = "http://example.org/fhir/ext/note", ["valueString"] = "Hinweis " + Pick(Words) },
            1 => new JsonObject { ["url"] = "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", ["valueBoolean"] = Chance(50) },
            _ => new JsonObject
            {
                ["url"] = "http://hl7.org/fhir/StructureDefinition/questionnaire-unit",
                ["valueCoding"] = new JsonObject { ["system"] = "http://unitsofmeasure.org", ["code"] = "kg", ["display"] = "Kilogramm" },
            },
        };

        private JsonObject Translation() => new()
        {
            ["extension"] = new JsonArray(new JsonObject
            {
                ["url"] = "http://hl7.org/fhir/StructureDefinition/translation",
                ["extension"] = new JsonArray(
                    new JsonObject { ["url"] = "lang", ["valueCode"] = "en" },
                    new JsonObject { ["url"] = "content", ["valueString"] = "Translated " + random.Next(100) }),
            }),
        };

        private JsonObject Coding(string system) => new()
        {
            ["system"] = system,
            ["code"] = $"{random.Next(10000, 99999)}-{random.Next(10)}",
            ["display"] = Pick(Words),
        };

        private string NextLinkId() => Chance(50) ? $"/{random.Next(10000, 99999)}-{random.Next(10)}/{++_counter}" : $"q{++_counter}";

        private JsonObject Item(int depth, bool topLevel = false)
        {
            var roll = random.Next(10);
            if (depth < 3 && roll < 3)
            {
                return Group(depth);
            }

            if (roll == 3 && !topLevel)
            {
                return Display();
            }

            return Question(depth);
        }

        private void Common(JsonObject item)
        {
            if (Chance(20))
            {
                item["id"] = "e" + random.Next(1000);
            }

            if (Chance(30))
            {
                item["extension"] = new JsonArray(Extension());
            }

            if (Chance(20))
            {
                item["definition"] = "http://example.org/StructureDefinition/x#Observation.value";
            }

            if (Chance(40))
            {
                item["code"] = new JsonArray(Coding("http://loinc.org"));
            }

            if (Chance(20))
            {
                item["prefix"] = random.Next(1, 9) + ".";
            }
        }

        private JsonObject Group(int depth)
        {
            var group = new JsonObject { ["linkId"] = NextLinkId() };
            Common(group);
            if (Chance(80))
            {
                group["text"] = "Abschnitt " + Pick(Words);
            }

            group["type"] = "group";
            Condition(group);
            if (Chance(20))
            {
                group["required"] = Chance(50);
            }

            if (Chance(20))
            {
                group["repeats"] = Chance(50);
            }

            var children = new JsonArray();
            var count = random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                children.Add(Item(depth + 1));
            }

            group["item"] = children;
            return group;
        }

        private JsonObject Display(bool help = false, string? linkId = null)
        {
            var display = new JsonObject { ["linkId"] = linkId ?? NextLinkId() };
            if (help)
            {
                display["extension"] = new JsonArray(new JsonObject
                {
                    ["url"] = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                    ["valueCodeableConcept"] = new JsonObject
                    {
                        ["coding"] = new JsonArray(new JsonObject { ["system"] = "http://hl7.org/fhir/questionnaire-item-control", ["code"] = "help", ["display"] = "Help-Button" }),
                        ["text"] = "Help-Button",
                    },
                });
            }
            else
            {
                Common(display);
            }

            display["text"] = (help ? "Hilfe: " : "Hinweis: ") + Pick(Words);
            if (Chance(20))
            {
                display["_text"] = Translation();
            }

            display["type"] = "display";
            return display;
        }

        private JsonObject Question(int depth)
        {
            var type = Pick(Types);
            var linkId = NextLinkId();
            var item = new JsonObject { ["linkId"] = linkId };
            Common(item);
            if (Chance(95))
            {
                item["text"] = Text();
            }

            item["type"] = type;
            Condition(item);
            if (Chance(40))
            {
                item["required"] = Chance(60);
            }

            var choice = type is "choice" or "open-choice";
            if (Chance(30))
            {
                item["repeats"] = Chance(50);
            }

            if (Chance(15))
            {
                item["readOnly"] = Chance(50);
            }

            if (type is "string" or "text" or "url" && Chance(30))
            {
                item["maxLength"] = random.Next(10, 500);
            }

            var options = new List<JsonObject>();
            if (choice)
            {
                if (Chance(30))
                {
                    var id = "vs" + _contained.Count;
                    var system = "http://example.org/cs/" + id;
                    var concepts = Enumerable.Range(1, random.Next(2, 5)).Select(n => new JsonObject { ["code"] = $"LA{n}-{random.Next(10)}" + n, ["display"] = Pick(Words) }).ToList();
                    var valueSet = new JsonObject { ["resourceType"] = "ValueSet", ["id"] = id, ["status"] = "active" };
                    if (Chance(50))
                    {
                        valueSet["compose"] = new JsonObject { ["include"] = new JsonArray(new JsonObject { ["system"] = system, ["concept"] = new JsonArray(concepts.Select(c => (JsonNode)c.DeepClone()).ToArray()) }) };
                    }
                    else
                    {
                        valueSet["expansion"] = new JsonObject
                        {
                            ["timestamp"] = "2024-01-01T00:00:00Z",
                            ["contains"] = new JsonArray(concepts.Select(c => (JsonNode)new JsonObject { ["system"] = system, ["code"] = c["code"]!.DeepClone(), ["display"] = c["display"]!.DeepClone() }).ToArray()),
                        };
                    }

                    _contained.Add(valueSet);
                    item["answerValueSet"] = "#" + id;
                    options.AddRange(concepts.Select(c => new JsonObject { ["valueCoding"] = new JsonObject { ["system"] = system, ["code"] = c["code"]!.DeepClone() } }));
                }
                else
                {
                    var kind = random.Next(6);
                    var count = random.Next(1, 5);
                    var array = new JsonArray();
                    for (var n = 0; n < count; n++)
                    {
                        var option = new JsonObject();
                        if (Chance(15))
                        {
                            option["extension"] = new JsonArray(new JsonObject { ["url"] = "http://hl7.org/fhir/StructureDefinition/ordinalValue", ["valueDecimal"] = JsonNode.Parse(n + ".5") });
                        }

                        option[OptionMember(kind)] = OptionValue(kind, n);
                        if (Chance(15))
                        {
                            option["initialSelected"] = Chance(50);
                        }

                        array.Add(option);
                        options.Add(new JsonObject { [OptionMember(kind)] = option[OptionMember(kind)]!.DeepClone() });
                    }

                    item["answerOption"] = array;
                }
            }
            else if (type is "integer" or "date" or "time" or "string" && Chance(15))
            {
                var kind = type switch { "integer" => 1, "date" => 2, "time" => 3, _ => 4 };
                var array = new JsonArray();
                for (var n = 0; n < random.Next(1, 4); n++)
                {
                    array.Add(new JsonObject { [OptionMember(kind)] = OptionValue(kind, n) });
                    options.Add((JsonObject)array[^1]!.DeepClone());
                }

                item["answerOption"] = array;
            }

            if (!choice && Chance(20) && Initial(type) is { } initial)
            {
                item["initial"] = new JsonArray(initial);
            }

            var children = new JsonArray();
            if (Chance(30))
            {
                children.Add(Display(help: true, linkId: linkId + "-help"));
            }

            // Register before children: children may be enabled by their parent question.
            _questions.Add((linkId, type, options));
            if (depth < 3 && Chance(20))
            {
                children.Add(Question(depth + 1));
            }

            if (children.Count > 0)
            {
                item["item"] = children;
            }

            return item;
        }

        private static string OptionMember(int kind) => kind switch
        {
            0 => "valueCoding",
            1 => "valueInteger",
            2 => "valueDate",
            3 => "valueTime",
            4 => "valueString",
            _ => "valueReference",
        };

        private JsonNode OptionValue(int kind, int n) => kind switch
        {
            0 => Chance(50)
                ? new JsonObject { ["system"] = "http://loinc.org", ["code"] = $"LA{1000 + n}-{n}", ["display"] = Pick(Words) }
                : new JsonObject { ["code"] = "c" + n, ["display"] = Pick(Words) },
            1 => JsonValue.Create(n * 10)!,
            2 => JsonValue.Create($"2024-0{n + 1}-1{n}")!,
            3 => JsonValue.Create($"1{n}:30:00")!,
            4 => JsonValue.Create($"{Pick(Words)} {n}")!,
            _ => new JsonObject { ["reference"] = $"Practitioner/p{n}", ["display"] = "Person " + n },
        };

        private JsonObject? Initial(string type) => type switch
        {
            "boolean" => new JsonObject { ["valueBoolean"] = Chance(50) },
            "decimal" => new JsonObject { ["valueDecimal"] = JsonNode.Parse("1.50") },
            "integer" => new JsonObject { ["valueInteger"] = 3 },
            "date" => new JsonObject { ["valueDate"] = "2024-02-29" },
            "dateTime" => new JsonObject { ["valueDateTime"] = "2024-02-29T12:00:00+01:00" },
            "time" => new JsonObject { ["valueTime"] = "08:15:00" },
            "string" or "text" => new JsonObject { ["valueString"] = "Vorgabe äöü" },
            "url" => new JsonObject { ["valueUri"] = "https://example.org/x" },
            "quantity" => new JsonObject { ["valueQuantity"] = new JsonObject { ["value"] = 70, ["unit"] = "kg" } },
            _ => null,
        };

        private void Condition(JsonObject item)
        {
            if (_questions.Count == 0 || !Chance(45))
            {
                return;
            }

            var whens = new JsonArray();
            var count = random.Next(1, 4);
            for (var i = 0; i < count; i++)
            {
                var (linkId, type, options) = Pick(_questions);
                whens.Add(When(linkId, type, options));
            }

            item["enableWhen"] = whens;
            if (count > 1 || Chance(30))
            {
                item["enableBehavior"] = Chance(50) ? "all" : "any";
            }
        }

        private JsonObject When(string linkId, string type, List<JsonObject> options)
        {
            var when = new JsonObject { ["question"] = linkId };
            if (Chance(20))
            {
                when["operator"] = "exists";
                when["answerBoolean"] = Chance(50);
                return when;
            }

            string[] ordered = [">", "<", ">=", "<="];
            if (options.Count > 0)
            {
                var option = Pick(options);
                var (name, value) = option.First(p => p.Key.StartsWith("value", StringComparison.Ordinal));
                when["operator"] = Chance(70) ? "=" : "!=";
                when["answer" + name["value".Length..]] = value!.DeepClone();
                return when;
            }

            (string Op, string Member, JsonNode Value) pick = type switch
            {
                "boolean" => (Chance(70) ? "=" : "!=", "answerBoolean", JsonValue.Create(Chance(50))!),
                "decimal" => (Pick(ordered.Append("=").ToArray()), "answerDecimal", JsonNode.Parse(Pick(new[] { "2.50", "0.1", "-3", "10.125", "1e2" }))!),
                "integer" => (Pick(ordered.Append("!=").ToArray()), "answerInteger", JsonValue.Create(random.Next(-5, 100))!),
                "date" => (Pick(ordered), "answerDate", JsonValue.Create("2024-06-30")!),
                "dateTime" => (Pick(ordered), "answerDateTime", JsonValue.Create("2024-06-30T10:00:00Z")!),
                "time" => (Pick(ordered), "answerTime", JsonValue.Create("12:00:00")!),
                "quantity" => (Pick(ordered), "answerQuantity", new JsonObject { ["value"] = JsonNode.Parse("70.5"), ["unit"] = "kg", ["system"] = "http://unitsofmeasure.org", ["code"] = "kg" }),
                "reference" => ("=", "answerReference", new JsonObject { ["reference"] = "Organization/o1" }),
                "string" or "text" or "url" => (Chance(70) ? "=" : "!=", "answerString", JsonValue.Create("ja äöü")!),
                _ => ("exists", "answerBoolean", JsonValue.Create(true)!),
            };
            if (type == "url")
            {
                pick = ("exists", "answerBoolean", JsonValue.Create(true)!);
            }

            if (type == "attachment")
            {
                pick = ("exists", "answerBoolean", JsonValue.Create(false)!);
            }

            when["operator"] = pick.Op;
            when[pick.Member] = pick.Value;
            return when;
        }
    }
}
