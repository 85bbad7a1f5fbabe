using System.Text;
using System.Text.Json;

namespace Vkb.Pseudonymization.Pipeline;

/// <summary>
/// What a run did, in counts only (never a value): records read, written, rejected, skipped; fields dropped
/// per path; replacements per detector; the k-anonymity of the output; duration; and what identifies the
/// run (policy id and hash, key fingerprint, phase).
/// </summary>
public sealed class RunReport
{
    internal RunReport(
        string policyId,
        string policyHash,
        KeyFingerprint keyFingerprint,
        string phase,
        long recordsRead,
        long recordsWritten,
        long recordsRejected,
        long recordsNotFlagged,
        long recordsFlaggedOutsidePhase,
        bool unflaggedExported,
        NodaTime.YearMonth? ageBandMonth,
        long recordsSuppressed,
        IReadOnlyDictionary<string, long> droppedByPolicy,
        IReadOnlyDictionary<string, long> droppedUnlisted,
        IReadOnlyDictionary<string, long> replacements,
        KAnonymityReport kAnonymity,
        IReadOnlyList<RecordError> errors,
        TimeSpan duration)
    {
        PolicyId = policyId;
        PolicyHash = policyHash;
        KeyFingerprint = keyFingerprint;
        Phase = phase;
        RecordsRead = recordsRead;
        RecordsWritten = recordsWritten;
        RecordsRejected = recordsRejected;
        RecordsNotFlagged = recordsNotFlagged;
        RecordsFlaggedOutsidePhase = recordsFlaggedOutsidePhase;
        UnflaggedExported = unflaggedExported;
        AgeBandMonth = ageBandMonth;
        RecordsSuppressed = recordsSuppressed;
        DroppedByPolicy = droppedByPolicy;
        DroppedUnlisted = droppedUnlisted;
        Replacements = replacements;
        KAnonymity = kAnonymity;
        Errors = errors;
        Duration = duration;
    }

    /// <summary>The policy id.</summary>
    public string PolicyId { get; }

    /// <summary>The policy hash.</summary>
    public string PolicyHash { get; }

    /// <summary>The key fingerprint.</summary>
    public KeyFingerprint KeyFingerprint { get; }

    /// <summary>The phase (pseudonym scope).</summary>
    public string Phase { get; }

    /// <summary>Non-blank input lines read.</summary>
    public long RecordsRead { get; }

    /// <summary>Records written to the output.</summary>
    public long RecordsWritten { get; }

    /// <summary>Records rejected as invalid (only non-zero when invalid records do not fail the run).</summary>
    public long RecordsRejected { get; }

    /// <summary>Records left out because they were not flagged (with <c>OnlyFlagged</c>).</summary>
    public long RecordsNotFlagged { get; }

    /// <summary>Records left out because their flag is of a month outside the phase being loaded (P1).</summary>
    public long RecordsFlaggedOutsidePhase { get; }

    /// <summary>Whether unflagged records were exported: the explicit exception to P1 (<c>OnlyFlagged = false</c>).</summary>
    public bool UnflaggedExported { get; }

    /// <summary>
    /// The month whose first day ages were banded at for every record (the phase's first month), or null when each record's
    /// own review month was the reference (no phase months given).
    /// </summary>
    public NodaTime.YearMonth? AgeBandMonth { get; }

    /// <summary>Records left out because their quasi-identifier class was smaller than k (with suppression on).</summary>
    public long RecordsSuppressed { get; }

    /// <summary>Fields dropped by an explicit drop rule, per field path.</summary>
    public IReadOnlyDictionary<string, long> DroppedByPolicy { get; }

    /// <summary>
    /// Fields dropped because the policy does not name them (allow-list), per the policy path they stood under
    /// (<c>customer.*</c>; <c>*</c> at the top): never the input's field name, which is the extract's text.
    /// </summary>
    public IReadOnlyDictionary<string, long> DroppedUnlisted { get; }

    /// <summary>Replacements in free text per detector.</summary>
    public IReadOnlyDictionary<string, long> Replacements { get; }

    /// <summary>The k-anonymity of the output.</summary>
    public KAnonymityReport KAnonymity { get; }

    /// <summary>The first (at most 100) rejected records: line, field path, rule.</summary>
    public IReadOnlyList<RecordError> Errors { get; }

    /// <summary>How long the run took.</summary>
    public TimeSpan Duration { get; }

    /// <summary>The report as indented JSON.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("policyId", PolicyId);
            w.WriteString("policyHash", PolicyHash);
            w.WriteString("keyFingerprint", KeyFingerprint.Value);
            w.WriteString("phase", Phase);
            w.WriteNumber("recordsRead", RecordsRead);
            w.WriteNumber("recordsWritten", RecordsWritten);
            w.WriteNumber("recordsRejected", RecordsRejected);
            w.WriteNumber("recordsNotFlagged", RecordsNotFlagged);
            w.WriteNumber("recordsFlaggedOutsidePhase", RecordsFlaggedOutsidePhase);
            w.WriteBoolean("unflaggedExported", UnflaggedExported);
            WriteMonth(w, "ageBandMonth", AgeBandMonth);
            w.WriteNumber("recordsSuppressed", RecordsSuppressed);
            WriteCounts(w, "droppedByPolicy", DroppedByPolicy);
            WriteCounts(w, "droppedUnlisted", DroppedUnlisted);
            WriteCounts(w, "replacements", Replacements);
            w.WriteStartObject("kAnonymity");
            w.WriteNumber("k", KAnonymity.K);
            w.WriteStartArray("quasiIdentifiers");
            foreach (var q in KAnonymity.QuasiIdentifiers)
            {
                w.WriteStringValue(q);
            }

            w.WriteEndArray();
            w.WriteBoolean("enforced", KAnonymity.Enforced);
            w.WriteNumber("suppressionBudget", KAnonymity.SuppressionBudget);
            w.WriteNumber("classes", KAnonymity.Classes);
            w.WriteNumber("smallestClass", KAnonymity.SmallestClass);
            w.WriteNumber("classesBelowK", KAnonymity.ClassesBelowK);
            w.WriteNumber("recordsInClassesBelowK", KAnonymity.RecordsInClassesBelowK);
            w.WriteNumber("recordsSingledOut", KAnonymity.RecordsSingledOut);
            if (KAnonymity.EarlierExports is { } earlier)
            {
                w.WriteStartObject("earlierExports");
                w.WriteNumber("exports", earlier.Exports);
                w.WriteNumber("records", earlier.Records);
                w.WriteNumber("subjects", earlier.Subjects);
                w.WriteNumber("subjectsInThisLoad", earlier.SubjectsInThisLoad);
                w.WriteNumber("subjectsSingledOutBefore", earlier.SubjectsSingledOutBefore);
                w.WriteStartArray("sha256");
                foreach (var hash in earlier.Sha256)
                {
                    w.WriteStringValue(hash);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteStartArray("node");
            foreach (var level in KAnonymity.Node)
            {
                w.WriteNumberValue(level);
            }

            w.WriteEndArray();
            w.WriteStartArray("generalisation");
            foreach (var level in KAnonymity.Generalisation)
            {
                w.WriteStringValue(level);
            }

            w.WriteEndArray();
            w.WriteNumber("height", KAnonymity.Height);
            w.WriteNumber("discernibility", KAnonymity.Discernibility);
            w.WriteNumber("precisionLoss", Math.Round(KAnonymity.PrecisionLoss, 4));
            w.WriteNumber("precisionLossWithSuppression", Math.Round(KAnonymity.PrecisionLossWithSuppression, 4));
            w.WriteString("lossMetric", Policies.PolicyJson.LossMetricName(KAnonymity.LossMetric));
            w.WriteNumber("nodesChecked", KAnonymity.NodesChecked);
            w.WriteNumber("latticeSize", KAnonymity.LatticeSize);
            w.WriteEndObject();
            w.WriteStartArray("errors");
            foreach (var error in Errors)
            {
                w.WriteStartObject();
                w.WriteNumber("line", error.Line);
                w.WriteString("field", error.FieldPath);
                w.WriteString("reason", error.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteNumber("durationSeconds", Math.Round(Duration.TotalSeconds, 3));
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes a month as <c>yyyy-MM</c>, or null (the run report and the manifest state the age-band month alike).</summary>
    internal static void WriteMonth(Utf8JsonWriter w, string name, NodaTime.YearMonth? month)
    {
        if (month is { } value)
        {
            w.WriteString(name, NodaTime.Text.YearMonthPattern.Iso.Format(value));
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, long> counts)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            w.WriteNumber(key, value);
        }

        w.WriteEndObject();
    }
}

/// <summary>The k-anonymity of an output (P9): the chosen generalisation and its information loss, counts only.</summary>
/// <param name="K">The threshold.</param>
/// <param name="QuasiIdentifiers">The output paths forming the quasi-identifier.</param>
/// <param name="Enforced">Whether generalisation and suppression were applied (otherwise the classes are only measured).</param>
/// <param name="SuppressionBudget">The largest share of records that could be suppressed.</param>
/// <param name="Classes">The number of published classes.</param>
/// <param name="SmallestClass">The distinct subjects (customers) of the smallest published class (0 if there are no records): a class's size counts people, not records, so one customer's records of several months count once.</param>
/// <param name="ClassesBelowK">Published classes with fewer than K distinct subjects (0 when enforced).</param>
/// <param name="RecordsInClassesBelowK">Records in those classes (0 when enforced).</param>
/// <param name="Node">The chosen lattice node: the generalisation level per quasi-identifier (empty when not enforced).</param>
/// <param name="Generalisation">Each quasi-identifier with the level published, e.g. <c>customer.birthDate: 10 years</c>.</param>
/// <param name="Height">The sum of the levels (the node's height in the lattice).</param>
/// <param name="Discernibility">The discernibility metric: Σ |class|² over published classes + suppressed × records.</param>
/// <param name="PrecisionLoss">The mean of level / height over the generalisable quasi-identifiers (0 = as written, 1 = all withheld).</param>
/// <param name="NodesChecked">Lattice nodes checked (the others were decided by monotonicity or ruled out by a lower bound of their loss).</param>
/// <param name="LatticeSize">Nodes in the lattice.</param>
public sealed record KAnonymityReport(
    int K,
    IReadOnlyList<string> QuasiIdentifiers,
    bool Enforced,
    double SuppressionBudget,
    long Classes,
    long SmallestClass,
    long ClassesBelowK,
    long RecordsInClassesBelowK,
    IReadOnlyList<int> Node,
    IReadOnlyList<string> Generalisation,
    int Height,
    long Discernibility,
    double PrecisionLoss,
    int NodesChecked,
    int LatticeSize)
{
    /// <summary>
    /// Records that a class below K or a set of classes shared by fewer than K people singles out, as the run wrote them:
    /// what enforcement at the written node would have to suppress. A customer's pseudonym links their records, so a
    /// customer alone in the pair of classes their records fall into (one of April, one of June after a move) is singled
    /// out though each class holds K people. 0 when enforced (every published record is in a class and a set of classes
    /// shared by at least K people).
    /// </summary>
    public long RecordsSingledOut { get; init; }

    /// <summary>
    /// The phase's earlier exports this load was searched against (<see cref="KAnonymityOptions.EarlierExports"/>): every
    /// published class and set of classes holds K over the union of them and this load. Null when none were given.
    /// </summary>
    public EarlierExportsReport? EarlierExports { get; init; }

    /// <summary>The loss the search minimised among the anonymous nodes (the policy's, or the run's <see cref="KAnonymityOptions.LossMetric"/>).</summary>
    public Policies.LossMetric LossMetric { get; init; }

    /// <summary>
    /// The precision loss with suppression at the chosen node: the mean over the records the search saw (those written and
    /// those suppressed, <see cref="RunReport.RecordsSuppressed"/>) of each record's mean of
    /// level / height over the generalisable quasi-identifiers, a suppressed record counting 1 (0 = as written, 1 = all
    /// withheld or suppressed); what <see cref="Policies.LossMetric.Precision"/> minimises. Reported for either metric, so
    /// the trade is visible. 0 when not enforced (then <see cref="LossMetric"/> is the metric an enforced run would minimise).
    /// </summary>
    public double PrecisionLossWithSuppression { get; init; }
}

/// <summary>The phase's earlier exports a load was searched against (<see cref="KAnonymityReport.EarlierExports"/>), counts only.</summary>
/// <param name="Exports">The exports.</param>
/// <param name="Records">Their records.</param>
/// <param name="Subjects">Their distinct customers.</param>
/// <param name="SubjectsInThisLoad">Of those, the customers this load holds records of.</param>
/// <param name="SubjectsSingledOutBefore">
/// Customers the earlier exports single out (their set of classes fewer than K share): a load keeps their set from
/// shrinking and may join it up to K, but cannot unpublish them; <c>vkb check-anonymity</c> over the earlier exports finds
/// them. 0 when every earlier load was searched against the ones before it at the same K.
/// </param>
public sealed record EarlierExportsReport(int Exports, long Records, long Subjects, long SubjectsInThisLoad, long SubjectsSingledOutBefore)
{
    /// <summary>Per export, in the order given, the SHA-256 (lower-case hex) of its bytes as read; signed in the export manifest.</summary>
    public IReadOnlyList<string> Sha256 { get; init; } = [];
}
