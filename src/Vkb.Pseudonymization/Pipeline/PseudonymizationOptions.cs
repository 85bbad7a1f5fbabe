using Vkb.Pseudonymization.Scrubbing;

namespace Vkb.Pseudonymization.Pipeline;

/// <summary>Options of a pseudonymisation run.</summary>
public sealed class PseudonymizationOptions
{
    /// <summary>The assessment phase id; it is the pseudonym scope and is written into every output record. Required.</summary>
    public string Phase { get; set; } = string.Empty;

    /// <summary>
    /// The month of the extract, the reference for age bands (and two-digit years in notes) of records whose
    /// review month is empty (not yet reviewed). Without it such records are rejected if the policy bands ages.
    /// </summary>
    public NodaTime.YearMonth? ReferenceMonth { get; set; }

    /// <summary>Keep only records the team lead flagged for the phase (P1). Default false: all records.</summary>
    public bool OnlyFlagged { get; set; }

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
    /// MaxLineBytes × 3.
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
        Preconditions.CheckNotNull(DateShift).Validate();
        Preconditions.CheckNotNull(KAnonymity).Validate();
    }
}

/// <summary>The k-anonymity check of the output.</summary>
public sealed class KAnonymityOptions
{
    /// <summary>The default quasi-identifiers (output paths): age band, gender, nationality group, postcode prefix, job centre.</summary>
    public static IReadOnlyList<string> DefaultQuasiIdentifiers { get; } =
        ["customer.birthDate", "customer.gender", "customer.nationality", "customer.address.postcode", "jobCentre.id"];

    /// <summary>The smallest acceptable class size (default 5).</summary>
    public int K { get; set; } = 5;

    /// <summary>Output field paths forming the quasi-identifier.</summary>
    public IList<string> QuasiIdentifiers { get; } = [.. DefaultQuasiIdentifiers];

    /// <summary>Whether records in classes below <see cref="K"/> are left out of the output (default false: only reported).</summary>
    public bool Suppress { get; set; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public void Validate()
    {
        Preconditions.CheckArgumentRange(K, 1, 1000);
        Preconditions.CheckArgument(QuasiIdentifiers.All(q => Policies.FieldPath.TryParse(q, out var p) && !p.HasArray),
            "Quasi-identifiers are field paths outside arrays.", nameof(QuasiIdentifiers));
    }
}
