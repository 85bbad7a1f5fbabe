using System.Text.Json;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;

namespace Vkb.Pseudonymization.Anonymity;

/// <summary>
/// Measures P9 over the union of pseudonymised exports of one phase, as their recipient holds them: each load checked
/// its own classes, but a customer's pseudonym is the same in every load of a phase (P4), so the monthly exports
/// together link a customer's records. A customer whose set of classes over all the exports fewer than k customers
/// share is singled out by the union, though every export alone was k-anonymous (two months that chose different
/// generalisations, or a customer who moved). Run it over the phase's earlier exports and a new one before the new one
/// is sent.
/// </summary>
/// <remarks>
/// Counted independently of the pipeline's lattice search, from the exports' text: a class is the JSON text of the
/// policy's quasi-identifiers as published (a generalised or withheld value is its own value), a customer is the
/// policy's subject (the pseudonym), and a customer's signature is the set of classes of their records. Memory grows
/// with the distinct customers and classes, not the records. Thread safety: stateless.
/// </remarks>
public static class ExportAnonymity
{
    /// <summary>Measures the union of <paramref name="exports"/> (JSON Lines, as <see cref="PseudonymizationPipeline"/> writes them).</summary>
    /// <param name="exports">The exports of one phase, each read from its position to its end (not disposed).</param>
    /// <param name="policy">The policy that wrote them: its subject and quasi-identifiers are read.</param>
    /// <param name="k">The fewest customers a class and a set of classes must hold (1–1000).</param>
    /// <param name="maxLineBytes">The longest accepted line in bytes (default 1 MiB, as the pipeline's input).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">The policy names no subject or no quasi-identifier, or k is out of range.</exception>
    /// <exception cref="FormatException">
    /// A line is no JSON object, has no subject string, carries no phase or another phase than the first record's; the
    /// message names the export (by its index), the line and the path, never a value.
    /// </exception>
    public static async Task<ExportAnonymityReport> MeasureAsync(
        IReadOnlyList<Stream> exports, RecordPolicy policy, int k, int maxLineBytes = 1 << 20, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(exports);
        Preconditions.CheckNotNull(policy);
        Preconditions.CheckArgumentRange(k, 1, 1000);
        Preconditions.CheckArgumentRange(maxLineBytes, 1024, 256 << 20);
        var subjectPath = policy.Subject ?? throw new ArgumentException("The policy names no subject: customers cannot be counted.", nameof(policy));
        var quasi = policy.KAnonymity.QuasiIdentifiers.Select(q => q.Path).ToArray();
        Preconditions.CheckArgument(quasi.Length > 0, "The policy declares no quasi-identifier.", nameof(policy));

        var classIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var signatures = new Dictionary<string, (SortedSet<int> Classes, long Records)>(StringComparer.Ordinal);
        string? phase = null;
        long records = 0;
        await ExportRecords.ForEachAsync(exports, subjectPath, quasi, valueText: false, maxLineBytes, record =>
        {
            phase ??= record.Phase;
            if (!classIds.TryGetValue(record.Tuple, out var classId))
            {
                classIds[record.Tuple] = classId = classIds.Count;
            }

            ref var signature = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(signatures, record.Subject, out var known);
            if (!known)
            {
                signature.Classes = [];
            }

            signature.Classes.Add(classId);
            signature.Records++;
            records++;
        }, cancellationToken).ConfigureAwait(false);

        // Per class its customers; per signature (a customer's set of classes, keyed once) its customers.
        var customersPerClass = new long[classIds.Count];
        var customersPerSignature = new Dictionary<string, long>(StringComparer.Ordinal);
        var keyed = signatures.Values.Select(s => (Key: string.Join(',', s.Classes), s.Classes, s.Records)).ToList();
        foreach (var (key, classes, _) in keyed)
        {
            foreach (var c in classes)
            {
                customersPerClass[c]++;
            }

            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(customersPerSignature, key, out _);
            count++;
        }

        var singledOut = keyed.Where(s => customersPerSignature[s.Key] < k).ToList();
        var (subjectsSingledOut, recordsSingledOut) = (singledOut.Count, singledOut.Sum(s => s.Records));

        return new ExportAnonymityReport(
            k, exports.Count, phase, records, signatures.Count, classIds.Count,
            customersPerClass.Length == 0 ? 0 : customersPerClass.Min(), customersPerClass.Count(c => c < k),
            signatures.Values.Count(s => s.Classes.Count > 1), subjectsSingledOut, recordsSingledOut);
    }
}

/// <summary>The k-anonymity of the union of a phase's exports (<see cref="ExportAnonymity"/>), counts only.</summary>
/// <param name="K">The threshold.</param>
/// <param name="Exports">The exports read.</param>
/// <param name="Phase">The phase of their records (null when they held none).</param>
/// <param name="Records">The records read.</param>
/// <param name="Subjects">The distinct customers (pseudonyms).</param>
/// <param name="Classes">The distinct classes (quasi-identifiers as published).</param>
/// <param name="SmallestClass">The customers of the smallest class (0 without records).</param>
/// <param name="ClassesBelowK">Classes of fewer than K customers.</param>
/// <param name="SubjectsInSeveralClasses">Customers whose records fall into more than one class.</param>
/// <param name="SubjectsSingledOut">Customers whose set of classes fewer than K customers share (a class below K included).</param>
/// <param name="RecordsSingledOut">The records of those customers.</param>
public sealed record ExportAnonymityReport(
    int K,
    int Exports,
    string? Phase,
    long Records,
    long Subjects,
    long Classes,
    long SmallestClass,
    long ClassesBelowK,
    long SubjectsInSeveralClasses,
    long SubjectsSingledOut,
    long RecordsSingledOut)
{
    /// <summary>Whether the union singles no customer out: every set of classes is shared by at least K customers.</summary>
    public bool IsKAnonymous => SubjectsSingledOut == 0;

    /// <summary>The report as indented JSON (counts only).</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("k", K);
            w.WriteNumber("exports", Exports);
            w.WriteString("phase", Phase);
            w.WriteNumber("records", Records);
            w.WriteNumber("subjects", Subjects);
            w.WriteNumber("classes", Classes);
            w.WriteNumber("smallestClass", SmallestClass);
            w.WriteNumber("classesBelowK", ClassesBelowK);
            w.WriteNumber("subjectsInSeveralClasses", SubjectsInSeveralClasses);
            w.WriteNumber("subjectsSingledOut", SubjectsSingledOut);
            w.WriteNumber("recordsSingledOut", RecordsSingledOut);
            w.WriteBoolean("kAnonymous", IsKAnonymous);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
