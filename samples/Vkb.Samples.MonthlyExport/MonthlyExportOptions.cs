namespace Vkb.Samples.MonthlyExport;

/// <summary>Where the worker looks for extracts and how often (section <c>Vkb:MonthlyExport</c>).</summary>
public sealed class MonthlyExportOptions
{
    /// <summary>The folder the job centres' extracts arrive in, named <c>extract-yyyy-MM.jsonl</c>.</summary>
    public string InputFolder { get; set; } = "inbox";

    /// <summary>The folder pseudonymised extracts are written to (<c>pseudonymized-yyyy-MM.jsonl</c>).</summary>
    public string OutputFolder { get; set; } = "outbox";

    /// <summary>How often the folder is checked; default one hour.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
}
