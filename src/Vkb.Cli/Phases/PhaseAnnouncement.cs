using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Vkb.Cli.Phases;

/// <summary>The kind of an announced assessment phase (S11, C8, S10).</summary>
internal enum PhaseKind
{
    /// <summary>The parallel assessment of a newly added customer process: at most three months (C8), BMAS approval needed.</summary>
    Introduction,

    /// <summary>A regular cross-level assessment phase.</summary>
    Regular,

    /// <summary>A risk-oriented cross-level draw head office decides during the year (S10); BMAS approval needed.</summary>
    RiskOriented,
}

/// <summary>One announced phase of a <c>phases.json</c> file (docs/phases.md).</summary>
/// <param name="Id">The phase id (also the pseudonym scope of the phase, P4).</param>
/// <param name="Kind">The kind.</param>
/// <param name="From">The first month (inclusive).</param>
/// <param name="To">The last month (inclusive).</param>
/// <param name="CustomerProcesses">The customer processes in scope, distinct, in file order.</param>
/// <param name="ApprovalReference">The reference of the BMAS approval; required for introduction and risk-oriented phases.</param>
internal sealed record AnnouncedPhase(string Id, PhaseKind Kind, YearMonth From, YearMonth To, IReadOnlyList<string> CustomerProcesses, string? ApprovalReference)
{
    /// <summary>Whether <paramref name="month"/> lies in the phase.</summary>
    public bool Contains(YearMonth month) => month >= From && month <= To;

    /// <summary>Whether the phase has <paramref name="process"/> in scope.</summary>
    public bool HasProcess(string process) => CustomerProcesses.Contains(process, StringComparer.Ordinal);

    /// <summary>How many months the phase covers.</summary>
    public int Months => ((To.Year - From.Year) * 12) + To.Month - From.Month + 1;
}

/// <summary>
/// A validated <c>phases.json</c> (format <c>vkb-phases/1</c>): the assessment phases head office
/// announced beforehand (S11). Loads, draws and grants are allowed only in announced months.
/// </summary>
/// <remarks>
/// The reader validates completely and lists every problem with its JSON path: unknown, missing
/// or duplicate members, an unknown format, kind or customer process, malformed or reversed
/// months, duplicate phase ids, an introduction phase longer than three months (C8), an
/// introduction or risk-oriented phase without an approval reference (S11), and overlaps. Two
/// phases overlap when they share a month and a customer process; that is refused between two
/// introduction/regular phases (a monthly load would belong to two phases, and the phase is the
/// pseudonym scope) and between two risk-oriented phases, but a risk-oriented phase may run
/// beside an introduction or regular phase (S10: head office decides it during the year).
/// Immutable; thread-safe.
/// </remarks>
internal sealed class PhaseAnnouncement
{
    /// <summary>The format tag a file must carry.</summary>
    public const string Format = "vkb-phases/1";

    /// <summary>The default largest file accepted (1 MiB).</summary>
    public const long DefaultMaximumBytes = 1 << 20;

    /// <summary>The customer processes a phase may name (EXTRACT.md value set).</summary>
    public static readonly IReadOnlyList<string> KnownProcesses = ["placement", "rehabilitation", "employerService"];

    /// <summary>The longest introduction phase in months (C8).</summary>
    public const int MaximumIntroductionMonths = 3;

    private static readonly string[] RootMembers = ["format", "phases"];
    private static readonly string[] PhaseMembers = ["id", "kind", "from", "to", "customerProcesses", "approvalReference"];

    private PhaseAnnouncement(IReadOnlyList<AnnouncedPhase> phases) => Phases = phases;

    /// <summary>The phases in file order.</summary>
    public IReadOnlyList<AnnouncedPhase> Phases { get; }

    /// <summary>Reads and validates a file; throws a <see cref="CliException"/> (exit 2) listing every problem.</summary>
    /// <param name="path">The file.</param>
    /// <param name="option">The option name used in messages, e.g. <c>--phases</c>.</param>
    /// <param name="maximumBytes">The largest file accepted.</param>
    public static PhaseAnnouncement Read(string path, string option = "--phases", long maximumBytes = DefaultMaximumBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = CliOptions.ReadBounded(path, option, maximumBytes, "a phase announcement is small");
        var result = Parse(bytes);
        if (result.Announcement is null)
        {
            throw new CliException(
                $"{option}: the phase announcement is not valid ({result.Problems.Count} problem{(result.Problems.Count == 1 ? string.Empty : "s")}):\n" +
                string.Join('\n', result.Problems.Select(p => "  " + p)));
        }

        return result.Announcement;
    }

    /// <summary>Parses and validates the UTF-8 bytes of a file.</summary>
    /// <returns>The announcement, or null with every problem (each starting with its JSON path).</returns>
    public static (PhaseAnnouncement? Announcement, IReadOnlyList<string> Problems) Parse(ReadOnlySpan<byte> utf8)
    {
        var problems = new List<string>();
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            return (null, ["$: the file is not valid UTF-8."]);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return (null, [$"$: not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {ex.BytePositionInLine ?? 0})."]);
        }

        var phases = new List<AnnouncedPhase>();
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, ["$: the announcement must be a JSON object with \"format\" and \"phases\"."]);
            }

            var members = Members(root, "$", RootMembers, problems);
            if (!members.TryGetValue("format", out var format))
            {
                problems.Add("$.format: missing; it must be \"" + Format + "\".");
            }
            else if (format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                problems.Add("$.format: must be \"" + Format + "\".");
            }

            if (!members.TryGetValue("phases", out var list))
            {
                problems.Add("$.phases: missing; it must be an array of phases.");
            }
            else if (list.ValueKind != JsonValueKind.Array)
            {
                problems.Add("$.phases: must be an array of phases.");
            }
            else if (list.GetArrayLength() == 0)
            {
                problems.Add("$.phases: announces no phase; at least one is needed.");
            }
            else
            {
                var index = 0;
                foreach (var element in list.EnumerateArray())
                {
                    if (ReadPhase(element, Invariant($"$.phases[{index}]"), problems) is { } phase)
                    {
                        phases.Add(phase);
                    }

                    index++;
                }
            }
        }

        CheckAcrossPhases(phases, problems);
        return problems.Count == 0 ? (new PhaseAnnouncement(phases), problems) : (null, problems);
    }

    /// <summary>The phases that cover <paramref name="month"/> (and <paramref name="process"/>, when given).</summary>
    public IReadOnlyList<AnnouncedPhase> Covering(YearMonth month, string? process = null) =>
        Phases.Where(p => p.Contains(month) && (process is null || p.HasProcess(process))).ToList();

    /// <summary>
    /// Refuses (exit 2) a month outside every announced phase (S11).
    /// </summary>
    /// <param name="month">The month of the load, draw or grant.</param>
    /// <param name="what">What is checked, for the message, e.g. <c>the draw month</c>.</param>
    /// <param name="option">The option that named the phases file.</param>
    /// <param name="process">The customer process, when the caller knows it.</param>
    /// <returns>The covering phases (at least one).</returns>
    public IReadOnlyList<AnnouncedPhase> RequireMonth(YearMonth month, string what, string option = "--phases", string? process = null)
    {
        var covering = Covering(month, process);
        if (covering.Count == 0)
        {
            throw new CliException(Invariant(
                $"{option}: {what} {month:yyyy-MM} lies outside every announced assessment phase{(process is null ? string.Empty : " of the process " + process)} (S11); announced: {Describe()}."));
        }

        return covering;
    }

    /// <summary>
    /// Refuses (exit 2) a period that does not lie within one announced phase (S11, E5).
    /// </summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day (inclusive).</param>
    /// <param name="what">What is checked, for the message.</param>
    /// <param name="option">The option that named the phases file.</param>
    /// <returns>The phase the period lies in (the first in file order when several).</returns>
    public AnnouncedPhase RequirePeriod(LocalDate start, LocalDate end, string what, string option = "--phases")
    {
        var first = YearMonth(start);
        var last = YearMonth(end);
        var phase = Phases.FirstOrDefault(p => p.Contains(first) && p.Contains(last));
        return phase ?? throw new CliException(Invariant(
            $"{option}: {what} {start:uuuu-MM-dd} to {end:uuuu-MM-dd} does not lie within one announced assessment phase (S11, E5); announced: {Describe()}."));
    }

    private static YearMonth YearMonth(LocalDate date) => new(date.Year, date.Month);

    private string Describe() => string.Join(", ", Phases.Select(p => Invariant($"{p.Id} {p.From:yyyy-MM}..{p.To:yyyy-MM}")));

    private static Dictionary<string, JsonElement> Members(JsonElement obj, string path, string[] known, List<string> problems)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                problems.Add($"{path}: unknown member \"{Printable(property.Name)}\" (known: {string.Join(", ", known)}).");
            }
            else if (!result.TryAdd(property.Name, property.Value))
            {
                problems.Add($"{path}.{property.Name}: the member occurs more than once.");
            }
        }

        return result;
    }

    private static AnnouncedPhase? ReadPhase(JsonElement element, string path, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path + ": a phase must be a JSON object.");
            return null;
        }

        var before = problems.Count;
        var m = Members(element, path, PhaseMembers, problems);
        var id = RequiredText(m, "id", path, problems);
        if (id is not null && (id.Length is 0 or > 100 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            problems.Add(path + ".id: 1 to 100 characters of A-Z, a-z, 0-9, '-', '_' and '.'.");
        }

        PhaseKind? kind = RequiredText(m, "kind", path, problems) switch
        {
            null => null,
            "introduction" => PhaseKind.Introduction,
            "regular" => PhaseKind.Regular,
            "riskOriented" => PhaseKind.RiskOriented,
            _ => Problem<PhaseKind>(problems, path + ".kind: must be introduction, regular or riskOriented."),
        };
        var from = Month(m, "from", path, problems);
        var to = Month(m, "to", path, problems);
        if (from is { } f && to is { } t && f > t)
        {
            problems.Add(path + ": \"from\" lies after \"to\".");
        }

        var processes = new List<string>();
        if (!m.TryGetValue("customerProcesses", out var list))
        {
            problems.Add(path + ".customerProcesses: missing; an array of " + string.Join(", ", KnownProcesses) + ".");
        }
        else if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            problems.Add(path + ".customerProcesses: must be a non-empty array of " + string.Join(", ", KnownProcesses) + ".");
        }
        else
        {
            var i = 0;
            foreach (var p in list.EnumerateArray())
            {
                var at = Invariant($"{path}.customerProcesses[{i++}]");
                if (p.ValueKind != JsonValueKind.String || !KnownProcesses.Contains(p.GetString(), StringComparer.Ordinal))
                {
                    problems.Add(at + ": unknown customer process (known: " + string.Join(", ", KnownProcesses) + ").");
                }
                else if (processes.Contains(p.GetString()!, StringComparer.Ordinal))
                {
                    problems.Add(at + ": the process is listed twice.");
                }
                else
                {
                    processes.Add(p.GetString()!);
                }
            }
        }

        string? approval = null;
        if (m.TryGetValue("approvalReference", out var a) && a.ValueKind != JsonValueKind.Null)
        {
            if (a.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(a.GetString()) || a.GetString()!.Length > 200 || a.GetString()!.Any(char.IsControl))
            {
                problems.Add(path + ".approvalReference: must be null or 1 to 200 characters without control characters.");
            }
            else
            {
                approval = a.GetString();
            }
        }
        else if (!m.ContainsKey("approvalReference"))
        {
            problems.Add(path + ".approvalReference: missing; write null where the kind needs no approval.");
        }

        if (kind is PhaseKind.Introduction or PhaseKind.RiskOriented && approval is null && m.ContainsKey("approvalReference"))
        {
            problems.Add(path + ".approvalReference: an introduction or risk-oriented phase needs the reference of the BMAS approval (S11).");
        }

        if (kind == PhaseKind.Introduction && from is { } ff && to is { } tt && ff <= tt &&
            ((tt.Year - ff.Year) * 12) + tt.Month - ff.Month + 1 > MaximumIntroductionMonths)
        {
            problems.Add(Invariant($"{path}: an introduction phase lasts at most {MaximumIntroductionMonths} months (C8)."));
        }

        return problems.Count == before && id is not null && kind is { } k && from is { } fm && to is { } tm
            ? new AnnouncedPhase(id, k, fm, tm, processes, approval)
            : null;
    }

    private static void CheckAcrossPhases(List<AnnouncedPhase> phases, List<string> problems)
    {
        // Paths use the phase's index among the valid phases' file positions; ids are organisational, not personal.
        foreach (var group in phases.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"$.phases: the id \"{group.Key}\" is used by {group.Count()} phases; ids are unique.");
        }

        for (var i = 0; i < phases.Count; i++)
        {
            for (var j = i + 1; j < phases.Count; j++)
            {
                var a = phases[i];
                var b = phases[j];
                var risk = (a.Kind == PhaseKind.RiskOriented) != (b.Kind == PhaseKind.RiskOriented);
                if (risk || a.From > b.To || b.From > a.To)
                {
                    continue;
                }

                var shared = a.CustomerProcesses.Intersect(b.CustomerProcesses, StringComparer.Ordinal).ToList();
                if (shared.Count > 0)
                {
                    var month = a.From > b.From ? a.From : b.From;
                    problems.Add(Invariant(
                        $"$.phases: \"{a.Id}\" and \"{b.Id}\" overlap in {month:yyyy-MM} for the process {shared[0]}; two phases of one process may not share a month (a risk-oriented phase may run beside a regular or introduction phase)."));
                }
            }
        }
    }

    private static string? RequiredText(Dictionary<string, JsonElement> m, string name, string path, List<string> problems)
    {
        if (!m.TryGetValue(name, out var v))
        {
            problems.Add($"{path}.{name}: missing.");
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            problems.Add($"{path}.{name}: must be a string.");
            return null;
        }

        return v.GetString();
    }

    private static YearMonth? Month(Dictionary<string, JsonElement> m, string name, string path, List<string> problems)
    {
        if (RequiredText(m, name, path, problems) is not { } text)
        {
            return null;
        }

        var parsed = YearMonthPattern.Iso.Parse(text);
        if (!parsed.Success || text.Length != 7)
        {
            problems.Add($"{path}.{name}: must be a month as yyyy-MM, e.g. 2025-04.");
            return null;
        }

        return parsed.Value;
    }

    private static T? Problem<T>(List<string> problems, string problem)
        where T : struct
    {
        problems.Add(problem);
        return null;
    }

    private static string Printable(string name) => name.Length > 40 || name.Any(char.IsControl) ? "(not shown)" : name;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
