using System.Globalization;

using Vkb.Pseudonymization.Policies.Operations;

namespace Vkb.Pseudonymization.Policies;

/// <summary>Validates the parts of a policy and collects every problem before failing.</summary>
internal static class PolicyValidator
{
    public static RecordPolicy Validate(
        string id,
        IReadOnlyList<(string Path, FieldOperation Operation)> rawRules,
        string? subject,
        string? referenceMonth,
        string? flagged,
        string? jobCentre,
        string? agency,
        string? customerProcess,
        IReadOnlyList<(string Path, NameRole Role)> rawNames,
        (int K, double Budget, IReadOnlyList<(string Path, bool Pinned)> Quasi, LossMetric Metric) kAnonymity)
    {
        var problems = new List<string>();
        if (id.Length is 0 or > 64 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            problems.Add("The policy id must be 1–64 ASCII letters, digits, '-', '_' or '.'.");
        }

        var rules = new List<FieldRule>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var wheres = new List<string>();
        for (var i = 0; i < rawRules.Count; i++)
        {
            var (pathText, operation) = rawRules[i];
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

            rules.Add(new FieldRule(path, operation));
            wheres.Add(where);
        }

        CheckStructure(rules, problems);
        var subjectPath = ContextPath("subject", subject, problems);
        var referencePath = ContextPath("referenceMonth", referenceMonth, problems);
        var flaggedPath = ContextPath("flagged", flagged, problems);
        var jobCentrePath = ContextPath("jobCentre", jobCentre, problems);
        var agencyPath = ContextPath("agency", agency, problems);
        var customerProcessPath = ContextPath("customerProcess", customerProcess, problems);
        if (subjectPath is not null && !rules.Any(r => r.Path == subjectPath && r.Operation is PseudonymizeOperation))
        {
            problems.Add($"The subject path '{subjectPath}' must have a pseudonymize rule.");
        }

        var names = new List<KeyValuePair<FieldPath, NameRole>>();
        foreach (var (namePath, role) in rawNames)
        {
            var path = ContextPath("names", namePath, problems);
            if (path is null)
            {
                continue;
            }

            if (rules.Any(r => r.Path == path && r.Operation is not DropOperation))
            {
                problems.Add($"The name path '{path}' must be dropped or left out; a name must not reach the output.");
            }

            names.Add(new(path, role));
        }

        var draft = new PolicyDraft(rules, subjectPath, subject is not null, referencePath, referenceMonth is not null, names);
        for (var i = 0; i < rules.Count; i++)
        {
            rules[i].Operation.Validate(rules[i].Path, wheres[i], draft, problems);

            // A staff field leaves the export (P2, R1): kept, banded, generalised or scrubbed it would still stand for
            // an employee. Only a pseudonymisation with a declared reason is an exception (PseudonymizeOperation says why).
            if (rules[i].Operation is not (DropOperation or PseudonymizeOperation) && draft.IsStaffField(rules[i].Path))
            {
                problems.Add($"{wheres[i]}: publishes a staff field, which identifies an employee (P2, R1); drop it.");
            }
        }

        var kPolicy = CheckKAnonymity(kAnonymity, rules, problems);
        if (kPolicy.QuasiIdentifiers.Count > 0 && subject is null)
        {
            // k counts people (P9); a person is the subject. Without it every record would count as a person of its
            // own, while a pseudonymised customer number still links one person's records in the output.
            problems.Add("kAnonymity needs a subject (the customer number's path): k counts people, and without a subject each record would count as a person of its own.");
        }

        if (problems.Count > 0)
        {
            throw new PolicyValidationException(problems);
        }

        return new RecordPolicy(id, rules, subjectPath, referencePath, flaggedPath, jobCentrePath, agencyPath, customerProcessPath, names, kPolicy);
    }

    private static KAnonymityPolicy CheckKAnonymity((int K, double Budget, IReadOnlyList<(string Path, bool Pinned)> Quasi, LossMetric Metric) raw, List<FieldRule> rules, List<string> problems)
    {
        if (!Enum.IsDefined(raw.Metric))
        {
            problems.Add("kAnonymity.lossMetric: must be 'discernibility' or 'precision'.");
        }

        if (raw.Quasi.Count == 0)
        {
            return KAnonymityPolicy.None;
        }

        if (raw.K is < 1 or > 1000)
        {
            problems.Add("kAnonymity.k: must be 1 to 1000.");
        }

        if (double.IsNaN(raw.Budget) || raw.Budget is < 0 or > 1)
        {
            problems.Add("kAnonymity.suppressionBudget: must be a number from 0 to 1.");
        }

        var quasi = new List<QuasiIdentifier>();
        foreach (var (text, pinned) in raw.Quasi)
        {
            var path = ContextPath("quasi-identifier", text, problems);
            if (path is null)
            {
                continue;
            }

            var rule = rules.FirstOrDefault(r => r.Path == path);
            // Only these operations report the value they write to the k-anonymity count (any other quasi-identifier
            // would count as missing in every record, its classes unchecked), and each has a generalisation hierarchy.
            if (rule is null || rule.Operation is not (KeepOperation or AgeBandOperation or GeneraliseOperation))
            {
                problems.Add($"The quasi-identifier '{path}' must be a published field (kept, banded or generalised), not dropped, pseudonymised, scrubbed, shifted or reduced to its month.");
            }

            if (quasi.Any(q => q.Path == path))
            {
                problems.Add($"The quasi-identifier '{path}' is named twice.");
            }

            quasi.Add(new QuasiIdentifier(path, pinned));
        }

        // The search visits the lattice of every combination of levels: bounded, so a policy cannot make a run hang or
        // run out of memory (the default policy's lattice has 72 nodes).
        var nodes = 1L;
        foreach (var q in quasi)
        {
            nodes *= q.Pinned ? 1 : (rules.FirstOrDefault(r => r.Path == q.Path)?.Operation.Hierarchy?.Height ?? 0) + 1;
            if (nodes > MaxLatticeNodes)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"kAnonymity.quasiIdentifiers: the generalisation lattice has more than {MaxLatticeNodes:N0} nodes (the product of each quasi-identifier's levels); name fewer quasi-identifiers."));
                break;
            }
        }

        return new KAnonymityPolicy(raw.K, raw.Budget, quasi, raw.Metric);
    }

    /// <summary>The largest generalisation lattice a policy may declare (the default policy's has 72 nodes).</summary>
    internal const long MaxLatticeNodes = 4096;

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
