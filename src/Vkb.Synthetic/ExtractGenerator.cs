using System.Runtime.CompilerServices;
using System.Text;
using Vkb.Synthetic.Data;

namespace Vkb.Synthetic;

/// <summary>
/// Generates a synthetic case extract of a given <see cref="ExtractShape"/> from a seed. Records
/// are derived from (seed, index) alone, so enumeration is lazy, memory does not grow with the
/// number of records, and the same seed and shape give byte-identical output on every machine.
/// </summary>
/// <remarks>
/// The organisation (<see cref="Units"/>: job centres and employment agencies) is built in the constructor. An instance is
/// immutable after construction; each enumeration of <see cref="Generate"/> has its own state,
/// so several threads may enumerate the same generator at once.
/// </remarks>
public sealed class ExtractGenerator
{
    private const int ProgressInterval = 10_000;
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly OrganisationUnitInfo[] _units;
    private readonly JobCentreInfo[] _jobCentres;
    private readonly EmploymentAgencyInfo[] _agencies;
    private readonly TeamPlan[] _teamPlans;

    /// <summary>Creates a generator and builds the organisation of the extract.</summary>
    /// <param name="shape">The shape of the extract.</param>
    /// <param name="seed">The seed; the whole extract is a function of it and the shape.</param>
    /// <exception cref="ArgumentNullException"><paramref name="shape"/> is null.</exception>
    public ExtractGenerator(ExtractShape shape, ulong seed)
    {
        Shape = Preconditions.CheckNotNull(shape);
        Seed = seed;
        (_units, _teamPlans) = OrganisationBuilder.Build(shape, seed);
        _jobCentres = [.. _units.OfType<JobCentreInfo>()];
        _agencies = [.. _units.OfType<EmploymentAgencyInfo>()];
    }

    /// <summary>The shape of the extract.</summary>
    public ExtractShape Shape { get; }

    /// <summary>The seed of the extract.</summary>
    public ulong Seed { get; }

    /// <summary>
    /// Every unit with its teams, in the order their records are generated: per regional
    /// directorate its job centres, then its employment agencies.
    /// </summary>
    public IReadOnlyList<OrganisationUnitInfo> Units => _units;

    /// <summary>The job centres (SGB II) with their teams, in the order their records are generated.</summary>
    public IReadOnlyList<JobCentreInfo> JobCentres => _jobCentres;

    /// <summary>The employment agencies (SGB III) with their teams, in the order their records are generated.</summary>
    public IReadOnlyList<EmploymentAgencyInfo> EmploymentAgencies => _agencies;

    /// <summary>
    /// Generates every record, lazily and in a fixed order (directorate, unit as in <see cref="Units"/>, team, customer).
    /// </summary>
    /// <returns>A sequence of <see cref="ExtractShape.TotalRecords"/> records; each enumeration starts afresh.</returns>
    public IEnumerable<SyntheticRecord> Generate()
    {
        using var builder = new RecordBuilder(Shape, Seed, _units, _teamPlans);
        for (long i = 0; i < Shape.TotalRecords; i++)
        {
            yield return builder.Build(i);
        }
    }

    /// <summary>Generates the records of <see cref="Generate"/> asynchronously, yielding to the scheduler now and then.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The records, in the same order as <see cref="Generate"/>.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async IAsyncEnumerable<SyntheticRecord> GenerateAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var builder = new RecordBuilder(Shape, Seed, _units, _teamPlans);
        for (long i = 0; i < Shape.TotalRecords; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (i % 1024 == 1023)
            {
                await Task.Yield();
            }

            yield return builder.Build(i);
        }
    }

    /// <summary>
    /// Writes the extract as JSON Lines: UTF-8 without byte-order mark, one record per line, each
    /// line ended by "\n". Non-ASCII letters are written as they are (not \u-escaped) so umlauts
    /// stay readable; the escaping is fixed, so the bytes are the same on every machine.
    /// </summary>
    /// <param name="output">A writable stream; it is flushed, not closed.</param>
    /// <param name="progress">Receives the number of records written every 10,000 records and at the end.</param>
    /// <param name="cancellationToken">Stops the writing between records.</param>
    /// <returns>The number of records written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public long WriteJsonLines(Stream output, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(output);
        Preconditions.CheckArgument(output.CanWrite, "The stream must be writable.", nameof(output));
        using var builder = new RecordBuilder(Shape, Seed, _units, _teamPlans);
        var buffered = new BufferedStream(output, 1 << 16);
        long written = 0;
        for (long i = 0; i < Shape.TotalRecords; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffered.Write(builder.BuildUtf8(i));
            buffered.Write(NewLine);
            written++;
            if (written % ProgressInterval == 0)
            {
                progress?.Report(written);
            }
        }

        buffered.Flush();
        progress?.Report(written);
        return written;
    }

    /// <summary>The record at <paramref name="index"/>, computed on its own (the same as the index-th record of <see cref="Generate"/>).</summary>
    /// <param name="index">0 to <see cref="ExtractShape.TotalRecords"/> - 1.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public SyntheticRecord GetRecord(long index)
    {
        Preconditions.CheckArgumentRange(index, 0, Shape.TotalRecords - 1);
        using var builder = new RecordBuilder(Shape, Seed, _units, _teamPlans);
        return builder.Build(index);
    }

    internal static string Utf8(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);
}
