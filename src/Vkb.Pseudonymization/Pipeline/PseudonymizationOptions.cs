using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Pipeline;

/// <summary>Options of a pseudonymisation run.</summary>
public sealed class PseudonymizationOptions
{
    /// <summary>The assessment phase id; it is the pseudonym scope and is written into every output record. Required.</summary>
    public string Phase { get; set; } = string.Empty;

    /// <summary>
    /// The month of the extract: the reference for two-digit years in notes of records whose review month is empty (not yet
    /// reviewed), and for their age bands when <see cref="PhaseMonths"/> are not given (with them, every record's age is
    /// banded at the phase's first month). Without either, such records are rejected if the policy bands ages.
    /// </summary>
    public NodaTime.YearMonth? ReferenceMonth { get; set; }

    /// <summary>
    /// Export only records a team lead flagged in a month of the phase being loaded (P1): the months are
    /// <see cref="PhaseMonths"/> (from the phase announcement), or, without them, the load month
    /// <see cref="ReferenceMonth"/>. Default true. Setting it to false exports unflagged records too: an explicit
    /// exception to P1 that the run report (<see cref="RunReport.UnflaggedExported"/>) and the export manifest record.
    /// </summary>
    public bool OnlyFlagged { get; set; } = true;

    /// <summary>The months of the phase being loaded (from the phase announcement); a flag of another month does not count.</summary>
    public IList<NodaTime.YearMonth> PhaseMonths { get; } = [];

    /// <summary>
    /// The customer processes of the phase being loaded (from the phase announcement, S11): a flagged record of another
    /// process is outside the phase and left out like a flag of another month (counted in
    /// <see cref="RunReport.RecordsFlaggedOutsidePhase"/>). Empty (the default): any process. Needs the policy's
    /// <see cref="Policies.RecordPolicy.CustomerProcess"/> path.
    /// </summary>
    public ISet<string> PhaseCustomerProcesses { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Where the first pass's output is spooled (every run: the export is written from the spool in export order, after the
    /// k-anonymity search) once it outgrows <see cref="SpoolMemoryLimit"/> (default: the system's temporary folder; the
    /// file is created 0600, on Unix its name removed at once, on Windows deleted when closed). A folder set here must
    /// exist when the run starts.
    /// </summary>
    public string? SpoolDirectory { get; set; }

    /// <summary>
    /// The most bytes of the first pass held in memory while k-anonymity is searched (default 32 MiB, held in chunks of
    /// 256 KiB); a run whose first pass grows beyond it moves it to a spool file in <see cref="SpoolDirectory"/>. 0: always
    /// a file (opened at the first record written). A run below the limit writes no pseudonymised record to disk before its output.
    /// </summary>
    public long SpoolMemoryLimit { get; set; } = 32 << 20;

    /// <summary>The date shift range and weekday rule.</summary>
    public DateShiftOptions DateShift { get; set; } = new();

    /// <summary>The residual-risk check over quasi-identifiers.</summary>
    public KAnonymityOptions KAnonymity { get; set; } = new();

    /// <summary>The longest accepted input line in bytes (default 1 MiB); a longer line is an error.</summary>
    public int MaxLineBytes { get; set; } = 1 << 20;

    /// <summary>Threads used to transform records (default: processor count).</summary>
    public int DegreeOfParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Records per batch, the unit of parallel work: up to <see cref="DegreeOfParallelism"/> batches are
    /// transformed at once and, counting the one being read, at most twice as many are in memory (read ahead
    /// or waiting to be written in order), so memory is bounded by about 2 × DegreeOfParallelism × BatchSize ×
    /// MaxLineBytes × 3. This is the largest batch: where the input can tell how much is left (a file, a seekable
    /// stream, a collection of lines) the last batches of a parallel run are smaller, down to 16 records, so that the
    /// workers finish together; the output does not depend on the batches.
    /// </summary>
    public int BatchSize { get; set; } = 128;

    /// <summary>Whether an invalid record fails the whole run (default true, no output at all) or is rejected, counted and skipped.</summary>
    public bool FailOnInvalidRecord { get; set; } = true;

    /// <summary>Whether to collect the mapping pseudonym → customer number per job centre for re-identification kits (default false).</summary>
    public bool CollectReidentification { get; set; }

    /// <summary>Receives <see cref="Diagnostics.PipelineProgress"/> (counts only) about every 1,024 records and when reading ends; null for none.</summary>
    public IProgress<Diagnostics.PipelineProgress>? Progress { get; set; }

    /// <summary>A host's own text detectors, run after the built-in identifier detectors and before the name detectors.</summary>
    public IList<ITextDetector> AdditionalDetectors { get; } = [];

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(Phase), "The phase id is required.", nameof(Phase));
        Preconditions.CheckArgument(Phase.Length <= 64 && Phase.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'),
            "The phase id is 1–64 ASCII letters, digits, '-', '_' or '.'.", nameof(Phase));
        Preconditions.CheckArgumentRange(MaxLineBytes, 1024, 256 << 20);
        Preconditions.CheckArgumentRange(DegreeOfParallelism, 1, 256);
        Preconditions.CheckArgumentRange(BatchSize, 1, 1 << 16);
        Preconditions.CheckArgumentRange(SpoolMemoryLimit, 0L, 1L << 40);
        Preconditions.CheckNotNull(DateShift).Validate();
        Preconditions.CheckNotNull(KAnonymity).Validate();
        Preconditions.CheckArgument(!OnlyFlagged || PhaseMonths.Count > 0 || ReferenceMonth is not null,
            "Exporting flagged records only (P1) needs the months of the phase (PhaseMonths) or the load month (ReferenceMonth).", nameof(PhaseMonths));
    }
}

/// <summary>How the k-anonymity the policy declares (<see cref="Policies.RecordPolicy.KAnonymity"/>) is applied to a run.</summary>
public sealed class KAnonymityOptions
{
    /// <summary>
    /// Whether the policy's k-anonymity is enforced: generalisation along the lattice, then suppression within the
    /// budget, or the run fails (default true, P9). False only measures the classes as the operations write them;
    /// the run report says so.
    /// </summary>
    public bool Enforce { get; set; } = true;

    /// <summary>k for this run instead of the policy's (e.g. the CLI's <c>--k</c>); null: the policy's.</summary>
    public int? K { get; set; }

    /// <summary>
    /// The information loss the search minimises for this run instead of the policy's (e.g. the CLI's
    /// <c>--loss-metric</c>); null: the policy's (<see cref="Policies.KAnonymityPolicy.LossMetric"/>).
    /// </summary>
    public Policies.LossMetric? LossMetric { get; set; }

    /// <summary>
    /// The phase's exports sent before this load (<see cref="Anonymity.EarlierExports.ReadAsync"/>), null for none: the
    /// load then keeps the union of the phase's exports k-anonymous, as their recipient holds them, not only its own
    /// classes (P9). They must be of this run's phase, policy and key (checked when the pipeline is made), and k must be
    /// enforced.
    /// </summary>
    public Anonymity.EarlierExports? EarlierExports { get; set; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        if (K is { } k)
        {
            Preconditions.CheckArgumentRange(k, 1, 1000);
        }

        Preconditions.CheckArgument(LossMetric is null || Enum.IsDefined(LossMetric.Value), "The loss metric (LossMetric) is not one of LossMetric's values.", nameof(LossMetric));

        Preconditions.CheckArgument(EarlierExports is not { Records: > 0 } || Enforce,
            "Earlier exports (EarlierExports) are taken into an enforced search only; a measured-only run reports its own classes.", nameof(EarlierExports));
    }
}
