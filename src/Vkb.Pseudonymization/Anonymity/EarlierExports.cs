using System.Runtime.InteropServices;
using Vkb.Pseudonymization.Engine;
using Vkb.Pseudonymization.Pipeline;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Policies.Operations;

namespace Vkb.Pseudonymization.Anonymity;

/// <summary>
/// The exports of a phase already sent, as their recipient holds them: per customer (pseudonym) the set of classes
/// their published records fall into. A load given these (<see cref="KAnonymityOptions.EarlierExports"/>) keeps the
/// union of the phase's exports k-anonymous (P9): a customer's pseudonym is the same in every load of a phase (P4), so
/// a customer known to the recipient by April's class and June's class is singled out when fewer than k customers share
/// that pair, though each month alone was k-anonymous. <see cref="ExportAnonymity"/> measures the union after the
/// fact; this makes the load that would single someone out suppress instead.
/// </summary>
/// <remarks>
/// Read from the exports' text with the policy that wrote them: every record must carry that policy's hash, one key
/// fingerprint and one phase, and the load that uses them must have the same (checked when the pipeline is made). Read
/// only exports whose signed manifest you have verified (<c>vkb verify-export</c>): a forged earlier export could add
/// people who were never published and so make a small set of classes look shared by k. Memory grows with the
/// distinct customers and classes of the exports, not their records. Thread safety: immutable once read; one instance
/// may serve any number of runs.
/// </remarks>
public sealed class EarlierExports
{
    private EarlierExports(
        IReadOnlyList<string> sha256, long records, string? phase, string? policyHash, string? keyFingerprint,
        Dictionary<string, int> classIds, Dictionary<ulong, int> signatureOf, List<int[]> signatures, List<long> signaturePeople)
    {
        Sha256 = sha256;
        Records = records;
        Phase = phase;
        PolicyHash = policyHash;
        KeyFingerprint = keyFingerprint;
        ClassIds = classIds;
        SignatureOf = signatureOf;
        Signatures = signatures;
        SignaturePeople = signaturePeople;
    }

    /// <summary>No earlier exports (the phase's first load).</summary>
    public static EarlierExports None { get; } = new([], 0, null, null, null, new(StringComparer.Ordinal), [], [], []);

    /// <summary>The exports read.</summary>
    public int Exports => Sha256.Count;

    /// <summary>Per export, in the order given, the SHA-256 (lower-case hex) of the bytes read: the file's, when read from its start.</summary>
    public IReadOnlyList<string> Sha256 { get; }

    /// <summary>The records read.</summary>
    public long Records { get; }

    /// <summary>The distinct customers (pseudonyms) of the exports.</summary>
    public long Subjects => SignatureOf.Count;

    /// <summary>The distinct classes (quasi-identifiers as published).</summary>
    public long Classes => ClassIds.Count;

    /// <summary>The phase of the records (null when there were none).</summary>
    public string? Phase { get; }

    /// <summary>The hash of the policy that wrote the records (null when there were none).</summary>
    public string? PolicyHash { get; }

    /// <summary>The fingerprint of the key that wrote the records (null when there were none).</summary>
    public string? KeyFingerprint { get; }

    /// <summary>Per class (the published values as the pipeline keys a class, joined by U+001F) its id.</summary>
    internal Dictionary<string, int> ClassIds { get; }

    /// <summary>Per customer (the export order key of their pseudonym) the id of their signature.</summary>
    internal Dictionary<ulong, int> SignatureOf { get; }

    /// <summary>Per signature id its class ids, sorted and distinct.</summary>
    internal List<int[]> Signatures { get; }

    /// <summary>Per signature id the customers whose signature it is.</summary>
    internal List<long> SignaturePeople { get; }

    /// <summary>
    /// The customers whose signature fewer than <paramref name="k"/> customers share: the earlier exports single them out
    /// (a later load keeps their set of classes from shrinking and may join it up to k, but cannot unpublish them).
    /// </summary>
    /// <param name="k">The threshold.</param>
    /// <returns>The count.</returns>
    public long SubjectsSingledOut(int k) => SignaturePeople.Where(n => n < k).Sum();

    /// <summary>Reads the exports of one phase that were sent before the load to come.</summary>
    /// <param name="exports">The exports (JSON Lines, as <see cref="PseudonymizationPipeline"/> writes them), each read from its position to its end (not disposed).</param>
    /// <param name="policy">The policy that wrote them (and will write the load to come): its subject and quasi-identifiers are read.</param>
    /// <param name="maxLineBytes">The longest accepted line in bytes (default 1 MiB).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The earlier exports.</returns>
    /// <exception cref="ArgumentException">The policy names no subject or no quasi-identifier.</exception>
    /// <exception cref="FormatException">
    /// A line is no JSON object, its subject is no pseudonym of the policy's subject domain, or it carries another phase,
    /// policy hash or key fingerprint than the policy's or the first record's; the message names the export (by its index
    /// from 1), the line and the path, never a value.
    /// </exception>
    public static async Task<EarlierExports> ReadAsync(
        IReadOnlyList<Stream> exports, RecordPolicy policy, int maxLineBytes = 1 << 20, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(exports);
        Preconditions.CheckNotNull(policy);
        Preconditions.CheckArgumentRange(maxLineBytes, 1024, 256 << 20);
        var subjectPath = policy.Subject ?? throw new ArgumentException("The policy names no subject: customers cannot be linked.", nameof(policy));
        var quasi = policy.KAnonymity.QuasiIdentifiers.Select(q => q.Path).ToArray();
        Preconditions.CheckArgument(quasi.Length > 0, "The policy declares no quasi-identifier.", nameof(policy));
        var prefix = ((PseudonymizeOperation)policy.Rules.First(r => r.Path == subjectPath).Operation).Domain.Prefix;

        // Each export hashed as it is read: the signed manifest of the load names the exports it was searched against.
        var hashed = exports.Select(e => new HashingReadStream(Preconditions.CheckNotNull(e))).ToList();
        var classIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var classesOf = new Dictionary<ulong, SortedSet<int>>();
        string? phase = null;
        string? keyFingerprint = null;
        long records = 0;
        string[] sha256;
        try
        {
            await ExportRecords.ForEachAsync(hashed, subjectPath, quasi, valueText: true, maxLineBytes, record =>
            {
                string Where(string path) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Export {record.Export + 1}, line {record.Line}, {path}");
                if (record.PolicyHash != policy.Hash)
                {
                    throw new FormatException($"{Where("pseudonymization.policyHash")}: the record was written by another policy than the one given; its classes are not this policy's.");
                }

                if (record.KeyFingerprint is null || (keyFingerprint ??= record.KeyFingerprint) != record.KeyFingerprint)
                {
                    throw new FormatException($"{Where("pseudonymization.keyFingerprint")}: the record names no key or another key than the first record; pseudonyms of two keys are unrelated.");
                }

                if (!Pseudonym.TryParse(record.Subject, out var subject) || subject.Prefix != prefix)
                {
                    throw new FormatException($"{Where(subjectPath.Value)}: the subject is no pseudonym of the policy's subject domain.");
                }

                phase ??= record.Phase;
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(classIds, record.Tuple, out var known);
                if (!known)
                {
                    id = classIds.Count - 1;
                }

                ref var classes = ref CollectionsMarshal.GetValueRefOrAddDefault(classesOf, ExportOrder.Of(subject), out var seen);
                if (!seen)
                {
                    classes = [];
                }

                classes!.Add(id);
                records++;
            }, cancellationToken).ConfigureAwait(false);
            sha256 = [.. hashed.Select(h => h.Sha256())];
        }
        finally
        {
            foreach (var stream in hashed)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }

        // Per customer one signature id; each distinct set of classes keyed once.
        var signatureIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var signatures = new List<int[]>();
        var people = new List<long>();
        var signatureOf = new Dictionary<ulong, int>(classesOf.Count);
        foreach (var (customer, classes) in classesOf)
        {
            int[] sorted = [.. classes];
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(signatureIds, string.Join(',', sorted), out var known);
            if (!known)
            {
                id = signatures.Count;
                signatures.Add(sorted);
                people.Add(0);
            }

            people[id]++;
            signatureOf[customer] = id;
        }

        return new EarlierExports(sha256, records, phase, records == 0 ? null : policy.Hash, keyFingerprint, classIds, signatureOf, signatures, people);
    }
}
