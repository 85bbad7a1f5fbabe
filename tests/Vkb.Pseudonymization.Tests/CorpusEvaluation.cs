using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Tests;

/// <summary>
/// Runs the scrubber over an evaluation corpus (records in the extract format, and one truth line per planted
/// value: record, event, start, end, kind, value) and measures, per kind, the share of planted values removed
/// (every letter and digit of the span lies in a replaced span) and the ordinary-word retention (words of at
/// least two letters outside every planted span that no replacement touched).
/// </summary>
internal static class CorpusEvaluation
{
    private static readonly PseudonymizationKey Key = TestKeys.Key();
    private static readonly Pseudonymizer Pseudonymizer = new(Key);

    /// <summary>The corpus folder in the test output.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Corpora", "independent");

    public static Result Run(string split, TextScrubber scrubber)
    {
        var records = File.ReadAllLines(Path.Combine(Folder, split + ".jsonl"));
        var truth = File.ReadAllLines(Path.Combine(Folder, split + ".truth.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => new Planted(e.GetProperty("record").GetInt32(), e.GetProperty("event").GetInt32(), e.GetProperty("start").GetInt32(),
                e.GetProperty("end").GetInt32(), e.GetProperty("kind").GetString()!))
            .ToLookup(p => (p.Record, p.Event));
        var result = new Result();
        var workspace = new ScrubWorkspace();
        workspace.TrackOrigins();
        for (var r = 0; r < records.Length; r++)
        {
            using var document = JsonDocument.Parse(records[r]);
            var root = document.RootElement;
            var context = Context(root);
            var events = root.GetProperty("events");
            for (var e = 0; e < events.GetArrayLength(); e++)
            {
                var note = events[e].GetProperty("note").GetString() ?? string.Empty;
                scrubber.Scrub(note, context, workspace);
                var replaced = note.Length == 0 ? [] : workspace.ReplacedSpans();
                var covered = new bool[note.Length];
                foreach (var (start, end) in replaced)
                {
                    covered.AsSpan(start, end - start).Fill(true);
                }

                var planted = new bool[note.Length];
                foreach (var p in truth[(r, e)])
                {
                    planted.AsSpan(p.Start, p.End - p.Start).Fill(true);
                    var removed = true;
                    for (var i = p.Start; i < p.End; i++)
                    {
                        removed &= !char.IsLetterOrDigit(note[i]) || covered[i];
                    }

                    result.Add(p.Kind, removed);
                    if (!removed)
                    {
                        result.Misses.Add($"{p.Kind}\t{note[p.Start..p.End]}\t{note}");
                    }
                }

                foreach (var (start, length) in Words.Of(note))
                {
                    if (length < 2 || planted.AsSpan(start, length).Contains(true))
                    {
                        continue;
                    }

                    result.Words++;
                    if (covered.AsSpan(start, length).Contains(true))
                    {
                        result.WordsReplaced++;
                        result.ReplacedWords[note.Substring(start, length)] = result.ReplacedWords.GetValueOrDefault(note.Substring(start, length)) + 1;
                        result.Examples.TryAdd(note.Substring(start, length), note);
                    }
                }
            }
        }

        return result;
    }

    /// <summary>The record's scrub context as the pipeline makes it with the default policy.</summary>
    internal static ScrubContext Context(JsonElement root)
    {
        var customer = root.GetProperty("customer");
        LocalDate? birth = customer.TryGetProperty("birthDate", out var b) && b.ValueKind == JsonValueKind.String
            ? LocalDate.FromDateTime(DateTime.Parse(b.GetString()!, CultureInfo.InvariantCulture))
            : null;
        var month = root.GetProperty("review").GetProperty("month").GetString()!;
        var reference = LocalDate.FromDateTime(DateTime.Parse(month + "-01", CultureInfo.InvariantCulture));
        var context = new ScrubContext(Pseudonymizer, "2025-Q2", -23, birth, reference);
        foreach (var (value, role) in new[]
                 {
                     (customer, "firstName", NameRole.Customer), (customer, "lastName", NameRole.Customer), (customer, "birthName", NameRole.Customer),
                     (root.GetProperty("caseWorker"), "name", NameRole.CaseWorker), (root.GetProperty("teamLead"), "name", NameRole.TeamLead),
                 }.Select(x => (x.Item1.TryGetProperty(x.Item2, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null, x.Item3)))
        {
            if (!string.IsNullOrEmpty(value))
            {
                context.AddKnownName(value, role);
            }
        }

        return context;
    }

    private sealed record Planted(int Record, int Event, int Start, int End, string Kind);

    public sealed class Result
    {
        public SortedDictionary<string, (int Planted, int Removed)> Kinds { get; } = new(StringComparer.Ordinal);

        public int Words { get; set; }

        public int WordsReplaced { get; set; }

        public Dictionary<string, int> ReplacedWords { get; } = new(StringComparer.Ordinal);

        public List<string> Misses { get; } = [];

        public Dictionary<string, string> Examples { get; } = new(StringComparer.Ordinal);

        public double Retention => Words == 0 ? 1 : 1 - ((double)WordsReplaced / Words);

        public double Recall(string kind) => Kinds.TryGetValue(kind, out var k) && k.Planted > 0 ? (double)k.Removed / k.Planted : 1;

        public double Overall => (double)Kinds.Values.Sum(k => k.Removed) / Kinds.Values.Sum(k => k.Planted);

        public void Add(string kind, bool removed)
        {
            var (planted, count) = Kinds.GetValueOrDefault(kind);
            Kinds[kind] = (planted + 1, count + (removed ? 1 : 0));
        }

        public string Table(string title)
        {
            var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"| {title} | planted | removed | recall |\n|---|---:|---:|---:|\n");
            foreach (var (kind, (planted, removed)) in Kinds)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {kind} | {planted} | {removed} | {100.0 * removed / planted:0.0} % |\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"| **all** | {Kinds.Values.Sum(k => k.Planted)} | {Kinds.Values.Sum(k => k.Removed)} | {100 * Overall:0.0} % |\n");
            text.Append(CultureInfo.InvariantCulture, $"| ordinary-word retention | {Words} | {Words - WordsReplaced} kept | {100 * Retention:0.00} % |\n");
            return text.ToString();
        }
    }
}
