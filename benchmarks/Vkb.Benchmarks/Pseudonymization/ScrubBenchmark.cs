using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Scrubbing;
using Vkb.Synthetic;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>
/// Scrubbing throughput over the notes of generated records (MB/s = NoteBytes / mean time), against one
/// compiled e-mail regex replace over the same notes as a floor. The floor skips the notes the scrubber's own
/// e-mail prefilter rules out (no '@', ')', ']' or '}'), as the scrubber does, so it stays a floor.
/// </summary>
[MemoryDiagnoser]
public class ScrubBenchmark
{
    private static readonly Regex EmailOnly = new(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private readonly TextScrubber _scrubber = new();
    private List<(string[] Notes, string[] Names)> _records = [];
    private PseudonymizationKey? _key;
    private Pseudonymizer? _pseudonymizer;

    [Params(1000)]
    public int Records { get; set; }

    /// <summary>UTF-16 characters of all notes (≈ bytes for mostly ASCII German text).</summary>
    public long NoteChars { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _key = PseudonymizationKey.FromBytes(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        _pseudonymizer = new Pseudonymizer(_key);
        foreach (var record in new ExtractGenerator(ExtractShape.Small.WithRecords(Records), 42).Generate())
        {
            using var document = JsonDocument.Parse(record.Json);
            var root = document.RootElement;
            var notes = root.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("note").GetString() ?? string.Empty).ToArray();
            var customer = root.GetProperty("customer");
            string[] names = [customer.GetProperty("firstName").GetString()!, customer.GetProperty("lastName").GetString()!,
                root.GetProperty("caseWorker").GetProperty("name").GetString()!, root.GetProperty("teamLead").GetProperty("name").GetString()!];
            _records.Add((notes, names));
            NoteChars += notes.Sum(n => (long)n.Length);
        }

        Console.WriteLine($"// note characters per operation: {NoteChars}");
    }

    [GlobalCleanup]
    public void Cleanup() => _key?.Dispose();

    [Benchmark(Baseline = true)]
    public long EmailRegexOnly()
    {
        long total = 0;
        var runs = new List<(int Start, int Length)>();
        foreach (var (notes, _) in _records)
        {
            foreach (var note in notes)
            {
                runs.Clear();
                Prefilters.FindDigitRuns(note, runs);
                total += Prefilters.Email(note, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(runs)) >= 0 ? EmailOnly.Replace(note, "[E-Mail]").Length : note.Length;
            }
        }

        return total;
    }

    [Benchmark]
    public long ScrubAllDetectors()
    {
        long total = 0;
        foreach (var (notes, context) in Contexts())
        {
            foreach (var note in notes)
            {
                total += _scrubber.Scrub(note, context).Length;
            }
        }

        return total;
    }

    /// <summary>Each record's notes with a new context (as the public path makes one per record), its known names added.</summary>
    internal IEnumerable<(string[] Notes, ScrubContext Context)> Contexts()
    {
        foreach (var (notes, names) in _records)
        {
            var context = new ScrubContext(_pseudonymizer!, "2025-1", -21, null, null);
            context.AddKnownName(names[0], NameRole.Customer);
            context.AddKnownName(names[1], NameRole.Customer);
            context.AddKnownName(names[2], NameRole.CaseWorker);
            context.AddKnownName(names[3], NameRole.TeamLead);
            yield return (notes, context);
        }
    }
}
