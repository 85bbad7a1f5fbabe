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

    internal RecordPolicyBuilder(string id) => _id = Preconditions.CheckNotNull(id);

    /// <summary>Keeps a scalar field unchanged.</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Keep(string path) => Field(path, new KeepOperation());

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

    /// <summary>Keeps only the first digits of a postcode.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="digits">How many digits to keep (default 2).</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder PostcodePrefix(string path, int digits = 2) => Field(path, new PostcodePrefixOperation(digits));

    /// <summary>Generalises a nationality to DE, EU, non-EU.</summary>
    /// <param name="path">The field path.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder NationalityGroup(string path) => Field(path, new NationalityGroupOperation());

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

    /// <summary>Names a field holding a person's name (one or more words) and the role it stands for in notes.</summary>
    /// <param name="path">The field path.</param>
    /// <param name="role">The role.</param>
    /// <returns>This builder.</returns>
    public RecordPolicyBuilder Name(string path, NameRole role)
    {
        _names.Add((path, role));
        return this;
    }

    /// <summary>Validates and builds the policy.</summary>
    /// <returns>The policy.</returns>
    /// <exception cref="PolicyValidationException">The policy is invalid; every problem is listed.</exception>
    public RecordPolicy Build() =>
        PolicyValidator.Validate(_id, _rules, _subject, _referenceMonth, _flagged, _jobCentre, _names);

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
