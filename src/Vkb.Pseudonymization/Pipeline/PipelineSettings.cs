using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using Vkb.Pseudonymization.Policies;
using Vkb.Pseudonymization.Policies.Operations;
using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Pipeline;

/// <summary>Everything a transformer needs, shared read-only across threads.</summary>
internal sealed class PipelineSettings
{
    private readonly bool[] _holdsQuasiByNode;
    private readonly int[] _quasiIndexByNode;

    public PipelineSettings(PseudonymizationKey key, RecordPolicy policy, PseudonymizationOptions options)
    {
        Policy = policy;
        Phase = options.Phase;
        OnlyFlagged = options.OnlyFlagged;
        ReferenceMonth = options.ReferenceMonth;
        AgeBandMonth = options.PhaseMonths.Count > 0 ? options.PhaseMonths.Min() : null;
        CollectReidentification = options.CollectReidentification;
        Pseudonymizer = new Pseudonymizer(key);
        DateShifter = new DateShifter(key, options.DateShift);
        Scrubber = new TextScrubber(options.AdditionalDetectors);
        QuasiIdentifiers = [.. policy.KAnonymity.QuasiIdentifiers.Select(q => q.Path.Value)];
        EnforceK = options.KAnonymity.Enforce && QuasiIdentifiers.Count > 0;
        K = options.KAnonymity.K ?? policy.KAnonymity.K;
        LossMetric = options.KAnonymity.LossMetric ?? policy.KAnonymity.LossMetric;
        FlagProcesses = [.. options.PhaseCustomerProcesses];

        FlagMonths = options.PhaseMonths.Count > 0
            ? [.. options.PhaseMonths.Select(m => NodaTime.Text.YearMonthPattern.Iso.Format(m))]
            : options.ReferenceMonth is { } month ? [NodaTime.Text.YearMonthPattern.Iso.Format(month)] : [];
        var quasiIndex = QuasiIdentifiers.Select((q, i) => (q, i)).ToDictionary(x => x.q, x => x.i, StringComparer.Ordinal);
        _quasiIndexByNode = [.. policy.Tree.Nodes.Select(n => quasiIndex.GetValueOrDefault(n.Path, -1))];
        _holdsQuasiByNode = [.. policy.Tree.Nodes.Select(n => QuasiIdentifiers.Any(q => q == n.Path || q.StartsWith(n.Path + ".", StringComparison.Ordinal)))];
        BirthDatePath = policy.Rules.FirstOrDefault(r => r.Operation is AgeBandOperation && !r.Path.HasArray)?.Path;
        HasScrubbing = policy.Rules.Any(r => r.Operation is ScrubTextOperation);
        SubjectDomain = policy.Subject is { } subject ? ((PseudonymizeOperation)policy.Rules.First(r => r.Path == subject).Operation).Domain : null;
        Names = [.. policy.Names];
        Metadata =
        [
            (Encode("pseudonymization"), default),
            (Encode("policyId"), Encode(policy.Id)),
            (Encode("policyHash"), Encode(policy.Hash)),
            (Encode("keyFingerprint"), Encode(Pseudonymizer.KeyFingerprint.Value)),
            (Encode("phase"), Encode(Phase)),
        ];

        static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
    }

    /// <summary>The metadata object every output record ends with: its property name first, then its name/value pairs, encoded for writing.</summary>
    public (JsonEncodedText Name, JsonEncodedText Value)[] Metadata { get; }

    /// <summary>The pseudonym domain of the subject identifier, if the policy names one.</summary>
    public PseudonymDomain? SubjectDomain { get; }

    /// <summary>The policy's name fields, as an array (enumerated for every record).</summary>
    public KeyValuePair<FieldPath, NameRole>[] Names { get; }

    public RecordPolicy Policy { get; }

    public string Phase { get; }

    public bool OnlyFlagged { get; }

    /// <summary>
    /// The month ages are banded at for every record: the phase's first month, when the phase's months are known, so that
    /// a birthday between two months of one phase does not put one person into two classes. Null: each record's review month.
    /// </summary>
    public YearMonth? AgeBandMonth { get; }

    /// <summary>The months (<c>yyyy-MM</c>) a flag must be of.</summary>
    public string[] FlagMonths { get; }

    /// <summary>The customer processes a flagged record must be of (the phase's); empty: any.</summary>
    public string[] FlagProcesses { get; }

    /// <summary>Whether k-anonymity is enforced: the lattice search runs between the two passes.</summary>
    public bool EnforceK { get; }

    /// <summary>The k of this run.</summary>
    public int K { get; }

    /// <summary>The information loss this run's search minimises.</summary>
    public Policies.LossMetric LossMetric { get; }

    /// <summary>The bytes of a record's spool header: tuple id, record length, and a start and end per quasi-identifier.</summary>
    public int SpoolHeaderBytes => 8 + (8 * QuasiIdentifiers.Count);

    public YearMonth? ReferenceMonth { get; }

    public bool CollectReidentification { get; }

    public Pseudonymizer Pseudonymizer { get; }

    public DateShifter DateShifter { get; }

    public TextScrubber Scrubber { get; }

    public IReadOnlyList<string> QuasiIdentifiers { get; }

    public FieldPath? BirthDatePath { get; }

    public bool HasScrubbing { get; }

    /// <summary>The position of a node's field among the quasi-identifiers, or -1.</summary>
    /// <summary>Whether <paramref name="node"/> is a quasi-identifier or holds one (e.g. <c>customer.address</c> holds the postcode).</summary>
    public bool HoldsQuasi(PolicyNode node) => _holdsQuasiByNode[node.Ordinal];

    public int QuasiIndex(PolicyNode node) => _quasiIndexByNode[node.Ordinal];
}
