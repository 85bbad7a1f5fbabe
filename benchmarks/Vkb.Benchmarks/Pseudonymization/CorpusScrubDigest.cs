using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NodaTime;
using Vkb.Pseudonymization;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Benchmarks.Pseudonymization;

/// <summary>
/// An output pin for a refactoring of the scrubber: each corpus file's events' notes (records in the extract format, every
/// <c>*.jsonl</c> in a folder but the truth files) scrubbed by the default scrubber with each record's context (its known
/// names, birth date and review month, a fixed key), and one SHA-256 per file over the scrubbed notes. Two builds that give
/// the same digests scrub those notes to the character alike. Prints file names, counts and digests only, never a note.
/// </summary>
internal static class CorpusScrubDigest
{
    public static void Run(string folder, TextWriter output)
    {
        var pseudonymizer = new Pseudonymizer(PseudonymizationKey.FromBytes(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray()));
        var scrubber = new TextScrubber();
        var workspace = new ScrubWorkspace();
        foreach (var file in Directory.EnumerateFiles(folder, "*.jsonl").Where(f => !f.EndsWith(".truth.jsonl", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var notes = 0;
            foreach (var line in File.ReadLines(file))
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var context = Context(pseudonymizer, root);
                foreach (var e in root.GetProperty("events").EnumerateArray())
                {
                    var note = e.GetProperty("note").GetString() ?? string.Empty;
                    hash.AppendData(Encoding.UTF8.GetBytes(scrubber.Scrub(note, context, workspace)));
                    hash.AppendData("\n"u8);
                    notes++;
                }
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(file)}\t{notes} notes\t{Convert.ToHexStringLower(hash.GetHashAndReset())}"));
        }
    }

    private static ScrubContext Context(Pseudonymizer pseudonymizer, JsonElement root)
    {
        var customer = root.GetProperty("customer");
        LocalDate? birth = customer.TryGetProperty("birthDate", out var b) && b.ValueKind == JsonValueKind.String
            ? LocalDate.FromDateTime(DateTime.Parse(b.GetString()!, CultureInfo.InvariantCulture))
            : null;
        LocalDate? reference = root.TryGetProperty("review", out var review) && review.TryGetProperty("month", out var month) && month.ValueKind == JsonValueKind.String
            ? LocalDate.FromDateTime(DateTime.Parse(month.GetString() + "-01", CultureInfo.InvariantCulture))
            : null;
        var context = new ScrubContext(pseudonymizer, "2025-Q2", -23, birth, reference);
        foreach (var (holder, property, role) in new[]
                 {
                     (customer, "firstName", NameRole.Customer), (customer, "lastName", NameRole.Customer), (customer, "birthName", NameRole.Customer),
                     (root.GetProperty("caseWorker"), "name", NameRole.CaseWorker), (root.GetProperty("teamLead"), "name", NameRole.TeamLead),
                 })
        {
            if (holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String &&
                value.GetString() is { Length: > 0 } name)
            {
                context.AddKnownName(name, role);
            }
        }

        return context;
    }
}
