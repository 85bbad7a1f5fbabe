using System.Globalization;
using System.Text.Json;

namespace Vkb.Testing;

/// <summary>The outcome of validating one extract record: every problem found, by field path.</summary>
/// <param name="Problems">Problems as "field.path: rule" (never a field's value).</param>
public sealed record ValidationResult(IReadOnlyList<string> Problems)
{
    /// <summary>True when there are no problems.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <inheritdoc />
    public override string ToString() => IsValid ? "valid" : string.Join("; ", Problems);
}

/// <summary>
/// Validates a JSON line against the case-extract format of EXTRACT.md: required fields and
/// types, value sets, ISO dates and months, identifier shapes, chronology of measures and
/// case management, and the unit of the legal domain: an SGB2 record belongs to a job centre
/// (<c>jobCentre</c>, with <c>householdNumber</c>), an SGB3 record to an employment agency
/// (<c>agency</c>, with neither a household number nor a § 16a mark). Problems name the field
/// path and the rule, never a value.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ExtractRecordValidator
{
    /// <summary>The legal domains.</summary>
    public static readonly IReadOnlySet<string> LegalDomains = new HashSet<string>(StringComparer.Ordinal) { "SGB2", "SGB3" };

    /// <summary>The customer processes.</summary>
    /// <remarks>Employment-oriented case management is part of placement (C2): it shows in <c>caseManagement</c>, not as a process.</remarks>
    public static readonly IReadOnlySet<string> CustomerProcesses = new HashSet<string>(StringComparer.Ordinal) { "placement", "rehabilitation", "employerService" };

    /// <summary>The contact channels.</summary>
    public static readonly IReadOnlySet<string> Channels = new HashSet<string>(StringComparer.Ordinal) { "inPerson", "phone", "video" };

    /// <summary>The profile situations, nearest to farthest from the labour market.</summary>
    public static readonly IReadOnlyList<string> Profiles = ["market", "activation", "support", "development", "stabilisation", "assistance"];

    /// <summary>The measure outcomes.</summary>
    public static readonly IReadOnlySet<string> Outcomes = new HashSet<string>(StringComparer.Ordinal) { "completed", "aborted", "ongoing" };

    /// <summary>The team-lead verdicts.</summary>
    public static readonly IReadOnlySet<string> Verdicts = new HashSet<string>(StringComparer.Ordinal) { "goalOriented", "notGoalOriented" };

    /// <summary>The genders.</summary>
    public static readonly IReadOnlySet<string> Genders = new HashSet<string>(StringComparer.Ordinal) { "f", "m", "d" };

    /// <summary>Validates one JSON line.</summary>
    /// <param name="jsonLine">The record as one JSON object.</param>
    /// <returns>All problems found.</returns>
    public static ValidationResult Validate(string jsonLine)
    {
        ArgumentNullException.ThrowIfNull(jsonLine);
        var problems = new List<string>();
        if (jsonLine.Contains('\n', StringComparison.Ordinal) || jsonLine.Contains('\r', StringComparison.Ordinal))
        {
            problems.Add("(record): must be on one line");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(jsonLine);
        }
        catch (JsonException)
        {
            problems.Add("(record): is not valid JSON");
            return new ValidationResult(problems);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add("(record): must be a JSON object");
                return new ValidationResult(problems);
            }

            var v = new Checker(problems);
            v.Pattern(root, "customerNumber", IsCustomerNumber, "must be 3 digits, a letter, 6 digits");
            var legalDomain = v.String(root, "legalDomain");
            if (legalDomain is not null && !LegalDomains.Contains(legalDomain))
            {
                problems.Add("legalDomain: must be one of " + string.Join(", ", LegalDomains.Order(StringComparer.Ordinal)));
            }

            v.Pattern(root, "regionalDirectorate", s => s.Length is >= 2 and <= 4 && s.All(char.IsAsciiLetterUpper), "must be an RD code");
            if (legalDomain == "SGB3")
            {
                // An employment agency's case: no job centre, no household, no § 16a.
                v.Absent(root, "jobCentre", "must be absent for SGB3 (the case belongs to an agency)");
                v.Absent(root, "householdNumber", "must be absent for SGB3");
                if (v.Object(root, "agency") is { } aa)
                {
                    v.Pattern(aa, "agency.id", s => s.Length == 5 && s.All(char.IsAsciiDigit), "must be 5 digits", "id");
                    v.NonEmpty(aa, "agency.name", "name");
                    v.Absent(aa, "agency.consents16a", "must be absent (§ 16a is SGB II)", "consents16a");
                }

                if (v.Boolean(root, "municipalServices16a") == true)
                {
                    problems.Add("municipalServices16a: must be false for SGB3 (§ 16a is SGB II)");
                }
            }
            else
            {
                v.Absent(root, "agency", "must be absent for SGB2 (the case belongs to a job centre)");
                v.Pattern(root, "householdNumber", IsHouseholdNumber, "must be 5 digits, 'BG', 7 digits");
                if (v.Object(root, "jobCentre") is { } jc)
                {
                    v.Pattern(jc, "jobCentre.id", s => s.Length == 5 && s.All(char.IsAsciiDigit), "must be 5 digits", "id");
                    v.NonEmpty(jc, "jobCentre.name", "name");
                    v.Boolean(jc, "jobCentre.consents16a", "consents16a");
                }

                v.Boolean(root, "municipalServices16a");
            }

            v.NonEmpty(root, "team");
            if (v.Object(root, "teamLead") is { } tl)
            {
                v.NonEmpty(tl, "teamLead.id", "id");
                v.NonEmpty(tl, "teamLead.name", "name");
            }

            if (v.Object(root, "caseWorker") is { } cw)
            {
                v.NonEmpty(cw, "caseWorker.id", "id");
                v.NonEmpty(cw, "caseWorker.name", "name");
                v.NonEmpty(cw, "caseWorker.phone", "phone");
                v.Pattern(cw, "caseWorker.email", s => s.Contains('@', StringComparison.Ordinal), "must be an e-mail address", "email");
            }

            if (v.Object(root, "customer") is { } c)
            {
                v.NonEmpty(c, "customer.firstName", "firstName");
                v.NonEmpty(c, "customer.lastName", "lastName");
                v.NonEmpty(c, "customer.birthName", "birthName");
                v.Date(c, "customer.birthDate", nullable: false, "birthDate");
                v.OneOf(c, "customer.gender", Genders, "gender");
                v.Pattern(c, "customer.nationality", s => s.Length == 2 && s.All(char.IsAsciiLetterUpper), "must be an ISO 3166 alpha-2 code", "nationality");
                if (v.Object(c, "customer.address", "address") is { } a)
                {
                    v.NonEmpty(a, "customer.address.street", "street");
                    v.Pattern(a, "customer.address.postcode", s => s.Length == 5 && s.All(char.IsAsciiDigit), "must be 5 digits", "postcode");
                    v.NonEmpty(a, "customer.address.city", "city");
                }

                v.NonEmpty(c, "customer.phone", "phone");
                v.Pattern(c, "customer.email", s => s.Contains('@', StringComparison.Ordinal), "must be an e-mail address", "email");
                v.Pattern(c, "customer.iban", s => s.Length is >= 15 and <= 34 && s.All(char.IsAsciiLetterOrDigit), "must be an IBAN without spaces", "iban");
                v.Pattern(c, "customer.taxId", s => s.Length == 11 && s.All(char.IsAsciiDigit), "must be 11 digits", "taxId");
                v.Pattern(c, "customer.pensionInsuranceNumber", s => s.Length == 12, "must be 12 characters", "pensionInsuranceNumber");
            }

            v.OneOf(root, "customerProcess", CustomerProcesses);
            v.Pattern(root, "customerGroup", s => char.IsAsciiLetterLower(s[0]) && s.All(char.IsAsciiLetter), "must be a camelCase token");
            if (v.Object(root, "review") is { } r)
            {
                var flagged = v.Boolean(r, "review.flagged", "flagged");
                var month = v.Month(r, "review.month", nullable: flagged != true, "month");
                v.OneOf(r, "review.teamLeadVerdict", Verdicts, "teamLeadVerdict", nullable: flagged != true);
                if (flagged == true && month is null)
                {
                    problems.Add("review.month: must be set when flagged");
                }
            }

            v.Array(root, "profileHistory", (e, path) =>
            {
                v.Date(e, path + ".from", nullable: false, "from");
                v.OneOf(e, path + ".profile", Profiles.ToHashSet(StringComparer.Ordinal), "profile");
            });
            v.Array(root, "events", (e, path) =>
            {
                v.Date(e, path + ".date", nullable: false, "date");
                v.NonEmpty(e, path + ".type", "type");
                v.OneOf(e, path + ".channel", Channels, "channel");
                v.String(e, path + ".note", "note");
            });
            v.Array(root, "measures", (e, path) =>
            {
                var start = v.Date(e, path + ".start", nullable: false, "start");
                var end = v.Date(e, path + ".end", nullable: true, "end");
                v.NonEmpty(e, path + ".kind", "kind");
                v.OneOf(e, path + ".outcome", Outcomes, "outcome");
                if (start is { } s && end is { } en && en < s)
                {
                    problems.Add(path + ".end: must not be before start");
                }
            });
            if (v.Object(root, "caseManagement") is { } cm)
            {
                var intake = v.Date(cm, "caseManagement.intake", nullable: true, "intake");
                var exit = v.Date(cm, "caseManagement.exit", nullable: true, "exit");
                var reason = v.String(cm, "caseManagement.exitReason", "exitReason", nullable: true);
                if (exit is not null && intake is null)
                {
                    problems.Add("caseManagement.exit: needs an intake");
                }

                if (exit is { } x && intake is { } i && x < i)
                {
                    problems.Add("caseManagement.exit: must not be before intake");
                }

                if ((exit is null) != (reason is null))
                {
                    problems.Add("caseManagement.exitReason: must be set exactly when exit is set");
                }
            }
        }

        return new ValidationResult(problems);
    }

    private static bool IsCustomerNumber(string s) =>
        s.Length == 10 && s[..3].All(char.IsAsciiDigit) && char.IsAsciiLetterUpper(s[3]) && s[4..].All(char.IsAsciiDigit);

    private static bool IsHouseholdNumber(string s) =>
        s.Length == 14 && s[..5].All(char.IsAsciiDigit) && s[5..7] == "BG" && s[7..].All(char.IsAsciiDigit);

    private sealed class Checker(List<string> problems)
    {
        public JsonElement? Object(JsonElement parent, string path, string? name = null)
        {
            if (!Get(parent, path, name, out var e))
            {
                return null;
            }

            if (e.ValueKind != JsonValueKind.Object)
            {
                problems.Add(path + ": must be an object");
                return null;
            }

            return e;
        }

        public void Absent(JsonElement parent, string path, string rule, string? name = null)
        {
            if (parent.TryGetProperty(name ?? path, out _))
            {
                problems.Add(path + ": " + rule);
            }
        }

        public bool? Boolean(JsonElement parent, string path, string? name = null)
        {
            if (!Get(parent, path, name, out var e))
            {
                return null;
            }

            if (e.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return e.GetBoolean();
            }

            problems.Add(path + ": must be true or false");
            return null;
        }

        public string? String(JsonElement parent, string path, string? name = null, bool nullable = false)
        {
            if (!Get(parent, path, name, out var e))
            {
                return null;
            }

            if (e.ValueKind == JsonValueKind.Null && nullable)
            {
                return null;
            }

            if (e.ValueKind != JsonValueKind.String)
            {
                problems.Add(path + (nullable ? ": must be a string or null" : ": must be a string"));
                return null;
            }

            return e.GetString();
        }

        public void NonEmpty(JsonElement parent, string path, string? name = null)
        {
            if (String(parent, path, name) is { } s && string.IsNullOrWhiteSpace(s))
            {
                problems.Add(path + ": must not be empty");
            }
        }

        public void Pattern(JsonElement parent, string path, Func<string, bool> rule, string description, string? name = null)
        {
            if (String(parent, path, name) is { } s && (s.Length == 0 || !rule(s)))
            {
                problems.Add(path + ": " + description);
            }
        }

        public void OneOf(JsonElement parent, string path, IReadOnlySet<string> values, string? name = null, bool nullable = false)
        {
            if (String(parent, path, name, nullable) is { } s && !values.Contains(s))
            {
                problems.Add(path + ": must be one of " + string.Join(", ", values.Order(StringComparer.Ordinal)));
            }
        }

        public DateOnly? Date(JsonElement parent, string path, bool nullable, string? name = null)
        {
            if (String(parent, path, name, nullable) is not { } s)
            {
                return null;
            }

            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d;
            }

            problems.Add(path + ": must be an ISO date yyyy-MM-dd");
            return null;
        }

        public string? Month(JsonElement parent, string path, bool nullable, string? name = null)
        {
            if (String(parent, path, name, nullable) is not { } s)
            {
                return null;
            }

            if (DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) && s.Length == 7)
            {
                return s;
            }

            problems.Add(path + ": must be an ISO month yyyy-MM");
            return null;
        }

        public void Array(JsonElement parent, string path, Action<JsonElement, string> each)
        {
            if (!Get(parent, path, null, out var e))
            {
                return;
            }

            if (e.ValueKind != JsonValueKind.Array)
            {
                problems.Add(path + ": must be an array");
                return;
            }

            var i = 0;
            foreach (var item in e.EnumerateArray())
            {
                var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]");
                if (item.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(itemPath + ": must be an object");
                    continue;
                }

                each(item, itemPath);
            }
        }

        private bool Get(JsonElement parent, string path, string? name, out JsonElement element)
        {
            if (parent.TryGetProperty(name ?? path, out element))
            {
                return true;
            }

            problems.Add(path + ": is required");
            return false;
        }
    }
}
