using System.Globalization;

namespace Vkb.Pseudonymization.Policies;

/// <summary>Validates the parts of a policy and collects every problem before failing.</summary>
internal static class PolicyValidator
{
    public static RecordPolicy Validate(
        string id,
        IReadOnlyList<(string Path, FieldOperation Operation, PseudonymDomain? Domain, int Parameter)> rawRules,
        string? subject,
        string? referenceMonth,
        string? flagged,
        string? jobCentre,
        IReadOnlyList<(string Path, NameRole Role)> rawNames)
    {
        var problems = new List<string>();
        if (id.Length is 0 or > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            problems.Add("The policy id must be 1–64 ASCII letters, digits, '-', '_' or '.'.");
        }

        var rules = new List<FieldRule>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < rawRules.Count; i++)
        {
            var (pathText, operation, domain, parameter) = rawRules[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"Rule {i + 1} ('{pathText}')");
            if (!FieldPath.TryParse(pathText, out var path))
            {
                problems.Add($"{where}: the path is malformed; use names of ASCII letters, digits or '_' joined by '.', each optionally followed by '[]'.");
                continue;
            }

            if (!seen.TryAdd(path.Value, i))
            {
                problems.Add($"{where}: the path is named twice.");
                continue;
            }

            switch (operation)
            {
                case FieldOperation.Pseudonymize when domain is null:
                    problems.Add($"{where}: pseudonymize needs a domain.");
                    break;
                case FieldOperation.AgeBand when parameter is < 1 or > 20:
                    problems.Add($"{where}: an age band is 1 to 20 years wide.");
                    break;
                case FieldOperation.PostcodePrefix when parameter is < 1 or > 4:
                    problems.Add($"{where}: a postcode prefix keeps 1 to 4 digits.");
                    break;
                default:
                    break;
            }

            rules.Add(new FieldRule(path, operation, operation == FieldOperation.Pseudonymize ? domain : null,
                operation is FieldOperation.AgeBand or FieldOperation.PostcodePrefix ? parameter : 0));
        }

        CheckStructure(rules, problems);
        var subjectPath = ContextPath("subject", subject, problems);
        var referencePath = ContextPath("referenceMonth", referenceMonth, problems);
        var flaggedPath = ContextPath("flagged", flagged, problems);
        var jobCentrePath = ContextPath("jobCentre", jobCentre, problems);
        if (rules.Any(r => r.Operation is FieldOperation.ShiftDate or FieldOperation.ScrubText) && subjectPath is null && subject is null)
        {
            problems.Add("Shifting dates or scrubbing text needs a subject path (whose pseudonym keys the date offset).");
        }

        if (subjectPath is not null && !rules.Any(r => r.Path == subjectPath && r.Operation == FieldOperation.Pseudonymize))
        {
            problems.Add($"The subject path '{subjectPath}' must have a pseudonymize rule.");
        }

        if (rules.Any(r => r.Operation == FieldOperation.AgeBand) && referencePath is null && referenceMonth is null)
        {
            problems.Add("Age bands need a referenceMonth path.");
        }

        var names = new List<KeyValuePair<FieldPath, NameRole>>();
        foreach (var (namePath, role) in rawNames)
        {
            var path = ContextPath("names", namePath, problems);
            if (path is null)
            {
                continue;
            }

            if (rules.Any(r => r.Path == path && r.Operation is not FieldOperation.Drop))
            {
                problems.Add($"The name path '{path}' must be dropped or left out; a name must not reach the output.");
            }

            names.Add(new(path, role));
        }

        if (problems.Count > 0)
        {
            throw new PolicyValidationException(problems);
        }

        return new RecordPolicy(id, rules, subjectPath, referencePath, flaggedPath, jobCentrePath, names);
    }

    private static FieldPath? ContextPath(string name, string? text, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }

        if (!FieldPath.TryParse(text, out var path))
        {
            problems.Add($"The {name} path '{text}' is malformed.");
            return null;
        }

        if (path.HasArray)
        {
            problems.Add($"The {name} path '{text}' must not go through an array.");
            return null;
        }

        return path;
    }

    private static void CheckStructure(List<FieldRule> rules, List<string> problems)
    {
        // A path that is a prefix of another would both copy a value and descend into it; array markers must agree.
        var prefixes = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var key = string.Empty;
            for (var i = 0; i < rule.Path.Segments.Count; i++)
            {
                var segment = rule.Path.Segments[i];
                key = key.Length == 0 ? segment.Name : key + "." + segment.Name;
                if (prefixes.TryGetValue(key, out var isArray) && isArray != segment.IsArray)
                {
                    problems.Add($"The path '{rule.Path}' and another rule disagree whether '{key}' is an array.");
                }

                prefixes[key] = segment.IsArray;
            }
        }

        foreach (var rule in rules)
        {
            var names = string.Join('.', rule.Path.Segments.Select(s => s.Name));
            if (rules.Any(other => other != rule && string.Join('.', other.Path.Segments.Select(s => s.Name)).StartsWith(names + ".", StringComparison.Ordinal)))
            {
                problems.Add($"The path '{rule.Path}' has a rule and also rules below it; name the fields below it instead.");
            }
        }
    }
}
