using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Vkb.Sampling;

/// <summary>
/// One decision of a job centre's carriers' assembly on including § 16a SGB II cases in reviews
/// (S7): consent yes or no, the date of the decision and, if given, the last day it applies.
/// </summary>
/// <param name="JobCentre">The job centre id (organisational, not personal).</param>
/// <param name="Consent">Whether the assembly agreed.</param>
/// <param name="DecidedOn">The day the decision takes effect.</param>
/// <param name="EndsOn">The last day it applies; null when open-ended.</param>
public sealed record ConsentDecision(string JobCentre, bool Consent, LocalDate DecidedOn, LocalDate? EndsOn);

/// <summary>
/// The § 16a consent register (S7): per job centre the carriers' assembly decisions. The register
/// is the authority: a § 16a case is drawable only if its job centre's consent is in effect on
/// every day of the draw month. A job centre missing from the register, a month before its first
/// decision, after an end date or under a later "no" counts as no consent (fail closed).
/// </summary>
/// <remarks>
/// Files: JSON (<c>{"format":"vkb-consent-16a/1","decisions":[{"jobCentre","consent","decidedOn","endsOn"}]}</c>)
/// or CSV (header <c>jobCentre,consent,decidedOn,endsOn</c>); see docs/sampling-spec.md § 10.
/// <see cref="Digest"/> is the SHA-256 of the canonical text, the same for both file forms.
/// Immutable; thread-safe.
/// </remarks>
public sealed class ConsentRegister
{
    /// <summary>The JSON format tag.</summary>
    public const string Format = "vkb-consent-16a/1";

    /// <summary>The default largest register file accepted by <see cref="Parse"/> (16 MiB).</summary>
    public const int DefaultMaximumBytes = 16 << 20;

    private readonly Dictionary<string, ConsentDecision[]> _byJobCentre;

    private ConsentRegister(List<ConsentDecision> decisions)
    {
        Decisions = decisions.AsReadOnly();
        _byJobCentre = decisions.GroupBy(d => d.JobCentre, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(d => d.DecidedOn).ToArray(), StringComparer.Ordinal);
        Digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(decisions))));
    }

    /// <summary>A register without decisions: no job centre consents.</summary>
    public static ConsentRegister Empty { get; } = new([]);

    /// <summary>The decisions, by job centre (ordinal) then decision date.</summary>
    public IReadOnlyList<ConsentDecision> Decisions { get; }

    /// <summary>The lowercase hex SHA-256 of the canonical text (docs/sampling-spec.md § 10).</summary>
    public string Digest { get; }

    /// <summary>Creates a register.</summary>
    /// <param name="decisions">The decisions: job centre 1 to 100 characters without control characters; an end not before its decision; one decision per job centre and date.</param>
    /// <returns>The register.</returns>
    /// <exception cref="ArgumentException">A rule above is broken.</exception>
    public static ConsentRegister Create(IEnumerable<ConsentDecision> decisions)
    {
        Preconditions.CheckNotNull(decisions);
        var list = new List<ConsentDecision>();
        foreach (var d in decisions)
        {
            Preconditions.CheckArgument(d is not null, "A register holds no null decision.", nameof(decisions));
            Preconditions.CheckArgument(d!.JobCentre is { Length: >= 1 and <= 100 } && !d.JobCentre.Any(char.IsControl), "A job centre id has 1 to 100 characters and no control characters.", nameof(decisions));
            Preconditions.CheckArgument(d.EndsOn is null || d.EndsOn >= d.DecidedOn, "A decision does not end before it is taken.", nameof(decisions));
            list.Add(d);
        }

        list.Sort(static (a, b) => string.CompareOrdinal(a.JobCentre, b.JobCentre) is var c and not 0 ? c : a.DecidedOn.CompareTo(b.DecidedOn));
        for (var i = 1; i < list.Count; i++)
        {
            Preconditions.CheckArgument(
                !(string.Equals(list[i].JobCentre, list[i - 1].JobCentre, StringComparison.Ordinal) && list[i].DecidedOn == list[i - 1].DecidedOn),
                "A job centre has at most one decision per date.",
                nameof(decisions));
        }

        return new ConsentRegister(list);
    }

    /// <summary>
    /// Whether <paramref name="jobCentre"/>'s consent is in effect on every day of <paramref name="month"/>:
    /// on each day the latest decision taken on or before it says yes and has not ended.
    /// </summary>
    /// <param name="jobCentre">The job centre id; null or unknown means no consent.</param>
    /// <param name="month">The draw month.</param>
    /// <returns>Whether § 16a cases of the job centre may be drawn in the month.</returns>
    public bool ConsentsThroughout(string? jobCentre, YearMonth month)
    {
        if (jobCentre is null || !_byJobCentre.TryGetValue(jobCentre, out var decisions))
        {
            return false;
        }

        foreach (var day in month.ToDateInterval())
        {
            ConsentDecision? current = null;
            foreach (var d in decisions)
            {
                if (d.DecidedOn <= day)
                {
                    current = d;
                }
            }

            if (current is null || !current.Consent || (current.EndsOn is { } end && end < day))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a register file (JSON when its first non-blank character is <c>{</c>, else CSV).</summary>
    /// <param name="utf8">The file's bytes.</param>
    /// <param name="maximumBytes">The largest file accepted.</param>
    /// <returns>The register.</returns>
    /// <exception cref="FormatException">The file is not a register; the message names the JSON path or CSV line, never a value.</exception>
    public static ConsentRegister Parse(ReadOnlySpan<byte> utf8, int maximumBytes = DefaultMaximumBytes)
    {
        if (utf8.Length > maximumBytes)
        {
            throw new FormatException(Invariant($"The consent register is larger than {maximumBytes:N0} bytes."));
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(utf8);
        }
        catch (DecoderFallbackException)
        {
            throw new FormatException("The consent register is not valid UTF-8.");
        }

        try
        {
            return text.TrimStart().StartsWith('{') ? ParseJson(text) : ParseCsv(text);
        }
        catch (ArgumentException ex)
        {
            throw new FormatException("The consent register is not valid: " + ex.Message, ex);
        }
    }

    private static ConsentRegister ParseJson(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException ex)
        {
            throw new FormatException(Invariant($"The consent register is not valid JSON (line {(ex.LineNumber ?? 0) + 1}, byte {ex.BytePositionInLine ?? 0})."));
        }

        using (document)
        {
            var root = document.RootElement;
            var top = Members(root, "$", ["format", "decisions"]);
            if (!top.TryGetValue("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != Format)
            {
                throw new FormatException("$.format: must be \"" + Format + "\".");
            }

            if (!top.TryGetValue("decisions", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("$.decisions: must be an array of decisions.");
            }

            var decisions = new List<ConsentDecision>();
            var i = 0;
            foreach (var element in list.EnumerateArray())
            {
                var path = Invariant($"$.decisions[{i++}]");
                var m = Members(element, path, ["jobCentre", "consent", "decidedOn", "endsOn"]);
                var jobCentre = m.TryGetValue("jobCentre", out var j) && j.ValueKind == JsonValueKind.String ? j.GetString()! : throw new FormatException(path + ".jobCentre: must be a string.");
                var consent = m.TryGetValue("consent", out var c) && c.ValueKind is JsonValueKind.True or JsonValueKind.False ? c.GetBoolean() : throw new FormatException(path + ".consent: must be true or false.");
                var decided = m.TryGetValue("decidedOn", out var d) && d.ValueKind == JsonValueKind.String ? Date(d.GetString()!, path + ".decidedOn") : throw new FormatException(path + ".decidedOn: must be a date yyyy-MM-dd.");
                LocalDate? ends = !m.TryGetValue("endsOn", out var e) || e.ValueKind == JsonValueKind.Null
                    ? null
                    : e.ValueKind == JsonValueKind.String ? Date(e.GetString()!, path + ".endsOn") : throw new FormatException(path + ".endsOn: must be null or a date yyyy-MM-dd.");
                decisions.Add(Checked(jobCentre, consent, decided, ends, path));
            }

            return Create(decisions);
        }
    }

    private static ConsentRegister ParseCsv(string text)
    {
        var lines = text.Split('\n');
        var decisions = new List<ConsentDecision>();
        var header = false;
        for (var n = 0; n < lines.Length; n++)
        {
            var line = lines[n].TrimEnd('\r');
            var where = Invariant($"line {n + 1}");
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            if (!header)
            {
                if (!cells.SequenceEqual(["jobCentre", "consent", "decidedOn", "endsOn"], StringComparer.Ordinal))
                {
                    throw new FormatException(where + ": the header must be jobCentre,consent,decidedOn,endsOn.");
                }

                header = true;
                continue;
            }

            if (cells.Length != 4)
            {
                throw new FormatException(where + ": a decision has 4 columns: jobCentre,consent,decidedOn,endsOn.");
            }

            var consent = cells[1] switch
            {
                "yes" or "true" => true,
                "no" or "false" => false,
                _ => throw new FormatException(where + ": consent must be yes or no."),
            };
            decisions.Add(Checked(cells[0], consent, Date(cells[2], where + " decidedOn"), cells[3].Length == 0 ? null : Date(cells[3], where + " endsOn"), where));
        }

        if (!header)
        {
            throw new FormatException("line 1: the header must be jobCentre,consent,decidedOn,endsOn.");
        }

        return Create(decisions);
    }

    private static ConsentDecision Checked(string jobCentre, bool consent, LocalDate decided, LocalDate? ends, string where)
    {
        if (jobCentre.Length is 0 or > 100 || jobCentre.Any(char.IsControl))
        {
            throw new FormatException(where + ": the job centre id has 1 to 100 characters and no control characters.");
        }

        return ends is { } e && e < decided
            ? throw new FormatException(where + ": endsOn lies before decidedOn.")
            : new ConsentDecision(jobCentre, consent, decided, ends);
    }

    private static Dictionary<string, JsonElement> Members(JsonElement element, string path, string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException(path + ": must be a JSON object.");
        }

        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                throw new FormatException($"{path}: unknown member (known: {string.Join(", ", known)}).");
            }

            if (!result.TryAdd(property.Name, property.Value))
            {
                throw new FormatException($"{path}.{property.Name}: the member occurs more than once.");
            }
        }

        return result;
    }

    private static LocalDate Date(string text, string where)
    {
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success && text.Length == 10 ? parsed.Value : throw new FormatException(where + ": must be a date yyyy-MM-dd.");
    }

    private static string CanonicalText(List<ConsentDecision> sorted)
    {
        var text = new StringBuilder(Format).Append('\n');
        foreach (var d in sorted)
        {
            text.Append(d.JobCentre).Append('\t').Append(d.Consent ? "yes" : "no").Append('\t')
                .Append(LocalDatePattern.Iso.Format(d.DecidedOn)).Append('\t')
                .Append(d.EndsOn is { } e ? LocalDatePattern.Iso.Format(e) : string.Empty).Append('\n');
        }

        return text.ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
