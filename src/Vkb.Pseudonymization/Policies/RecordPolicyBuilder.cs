using Vkb.Pseudonymization.Policies.Operations;

namespace Vkb.Pseudonymization.Policies;

/// <summary>Builds a <see cref="RecordPolicy"/> fluently; <see cref="Build"/> validates it.</summary>
/// <remarks>Thread safety: not thread-safe; build on one thread.</remarks>
public sealed class RecordPolicyBuilder
{
    private readonly string _id;
    private readonly List<(string Path, FieldOperation Operation)> _rules = [];
    private readonly List<(string Path, NameRole Role)> _names = [];
    private string? _subject;
    private string? _referenceMonth;
    private string? _flagged;
    private string? _jobCentre;
    private string? _agency;
    private string? _customerProcess;
    private readonly List<(string Path, bool Pinned)> _quasi = [];
    private int _k = 5;
    private double _budget;
    private LossMetric _lossMetric;

    internal RecordPolicyBuilder(string id) => _id = Preconditions.CheckNotNull(id);

    /// <summary>Keeps a scalar field unchanged without a declared type: free text, which <see cref="Build"/> refuses (declare a type, or scrub it).</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Keep(string path) => Field(path, new KeepOperation());

    /// <summary>Keeps a string field whose value is one of <paramref name="values"/>; any other value rejects the record.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="values">The value set.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder KeepValues(string path, params string[] values) => Field(path, new KeepOperation(KeptType.Enumeration, values));

    /// <summary>Keeps a field of type <paramref name="type"/> (boolean, date, month; a code with <paramref name="pattern"/>).</summary>
    /// <param name="path">The field path.</param>
    /// <param name="type">The declared type.</param>
    /// <param name="pattern">The pattern of a <see cref="KeptType.Code"/>.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Keep(string path, KeptType type, string? pattern = null) => Field(path, new KeepOperation(type, pattern: pattern));

    /// <summary>Generalises a field along a named hierarchy (<c>postcode</c>, <c>nationality</c>).</summary>
    /// <param name="path">The field path.</param>
    /// <param name="hierarchy">The hierarchy.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Generalise(string path, string hierarchy) => Field(path, new GeneraliseOperation(hierarchy));

    /// <summary>Drops a field explicitly (counted as dropped by the policy).</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Drop(string path) => Field(path, new DropOperation());

    /// <summary>Pseudonymises an identifier field in <paramref name="domain"/>.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="domain">The pseudonym domain.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Pseudonymize(string path, PseudonymDomain domain) =>
        Field(path, new PseudonymizeOperation(domain));

    /// <summary>Replaces a birth date by an age band.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="years">The band width in years (default 5).</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder AgeBand(string path, int years = 5) => Field(path, new AgeBandOperation(years));

    /// <summary>Shifts a date by the subject's offset.</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder ShiftDate(string path) => Field(path, new ShiftDateOperation());

    /// <summary>Reduces a date to its month.</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder MonthOnly(string path) => Field(path, new MonthOnlyOperation());

    /// <summary>Scrubs a free-text field.</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder ScrubText(string path) => Field(path, new ScrubTextOperation());

    /// <summary>Names the subject identifier (must be pseudonymised).</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Subject(string path)
    {
        _subject = path;
        return this;
    }

    /// <summary>Names the review month field (<c>yyyy-MM</c>).</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder ReferenceMonth(string path)
    {
        _referenceMonth = path;
        return this;
    }

    /// <summary>Names the team lead's flag field (boolean).</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Flagged(string path)
    {
        _flagged = path;
        return this;
    }

    /// <summary>Names the job centre id field.</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder JobCentre(string path)
    {
        _jobCentre = path;
        return this;
    }

    /// <summary>Names the employment agency id field, the unit of a record without a job centre (SGB III).</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Agency(string path)
    {
        _agency = path;
        return this;
    }

    /// <summary>Names the customer process field, which a phase's customer processes are checked against (S11).</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder CustomerProcess(string path)
    {
        _customerProcess = path;
        return this;
    }

    /// <summary>Names a field holding a person's name (one or more words) and the role it stands for in notes.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="role">The role.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Name(string path, NameRole role)
    {
        _names.Add((path, role));
        return this;
    }

    /// <summary>Declares a quasi-identifier for k-anonymity (P9): generalised along its operation's hierarchy, or <paramref name="pinned"/>.</summary>
    /// <param name="path">The output field path (outside arrays).</param>
    /// <param name="pinned">Whether it is never generalised.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder QuasiIdentifier(string path, bool pinned = false)
    {
        _quasi.Add((Preconditions.CheckNotNull(path), pinned));
        return this;
    }

    /// <summary>Sets k and the suppression budget of k-anonymity (defaults 5 and 0); the loss metric stays as set (default <see cref="LossMetric.Discernibility"/>).</summary>
    /// <param name="k">The smallest published class.</param>
    /// <param name="suppressionBudget">The largest share of records that may be suppressed (0 to 1).</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder KAnonymity(int k, double suppressionBudget)
    {
        (_k, _budget) = (k, suppressionBudget); // the loss metric stays as set (default discernibility)
        return this;
    }

    /// <summary>Sets k, the suppression budget and the information loss the search minimises (defaults 5, 0 and <see cref="LossMetric.Discernibility"/>).</summary>
    /// <param name="k">The smallest published class.</param>
    /// <param name="suppressionBudget">The largest share of records that may be suppressed (0 to 1).</param>
    /// <param name="lossMetric">The loss the search minimises among the anonymous nodes.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder KAnonymity(int k, double suppressionBudget, LossMetric lossMetric)
    {
        (_k, _budget, _lossMetric) = (k, suppressionBudget, lossMetric);
        return this;
    }

    /// <summary>Validates and builds the policy.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyValidationException">The policy is invalid; every problem is listed.</exception>
    public RecordPolicy Build() =>
        PolicyValidator.Validate(_id, _rules, _subject, _referenceMonth, _flagged, _jobCentre, _agency, _customerProcess, _names, (_k, _budget, _quasi, _lossMetric));

    /// <summary>Applies <paramref name="operation"/> to the field at <paramref name="path"/> (any operation of <see cref="Operations"/>).</summary>
    /// <param name="path">The field path.</param>
    /// <param name="operation">The operation.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Field(string path, FieldOperation operation)
    {
        _rules.Add((Preconditions.CheckNotNull(path), Preconditions.CheckNotNull(operation)));
        return this;
    }
}
