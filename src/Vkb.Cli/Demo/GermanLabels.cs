namespace Vkb.Cli.Demo;

/// <summary>
/// German labels for the codes of the extract, catalogue and sampling formats that appear in the
/// demo report (table headings, strata); a code without a label is shown as it is.
/// </summary>
internal static class GermanLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        // Verdicts (catalogue answers and the overall process verdict)
        ["yes"] = "ja",
        ["partly"] = "teilweise",
        ["no"] = "nein",
        ["notApplicable"] = "nicht zutreffend",
        ["goalOriented"] = "zielgerichtet",
        ["notGoalOriented"] = "nicht zielgerichtet",

        // Customer groups (strata)
        ["general"] = "allgemein",
        ["longTermUnemployed"] = "Langzeitarbeitslose",
        ["youngAdults"] = "junge Erwachsene",
        ["olderWorkers"] = "Ältere",
        ["singleParents"] = "Alleinerziehende",
        ["returners"] = "Berufsrückkehrende",
        ["disabledPersons"] = "Menschen mit Behinderung",
        ["refugees"] = "Geflüchtete",

        // Levels and processes
        ["teamLead"] = "Teamleitung",
        ["regionalDirectorate"] = "Regionaldirektion",
        ["headOffice"] = "Zentrale",
        ["placement"] = "Vermittlung",
        ["rehabilitation"] = "Rehabilitation",
        ["employerService"] = "Arbeitgeberservice",
    };

    /// <summary>The German label of <paramref name="code"/>, or the code itself.</summary>
    public static string Of(string code) => Labels.GetValueOrDefault(code, code);

    /// <summary>Whether a label exists (for the report test).</summary>
    public static bool Has(string code) => Labels.ContainsKey(code);
}
