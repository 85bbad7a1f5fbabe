using System.Globalization;

namespace Vkb.Pseudonymization.Policies;

/// <summary>One rule of a record policy: a field path and the operation applied to it.</summary>
public sealed class FieldRule : IEquatable<FieldRule>
{
    internal FieldRule(FieldPath path, FieldOperation operation, PseudonymDomain? domain, int parameter)
    {
        Path = path;
        Operation = operation;
        Domain = domain;
        Parameter = parameter;
    }

    /// <summary>The field path, e.g. <c>events[].date</c>.</summary>
    public FieldPath Path { get; }

    /// <summary>The operation.</summary>
    public FieldOperation Operation { get; }

    /// <summary>The pseudonym domain for <see cref="FieldOperation.Pseudonymize"/>, otherwise null.</summary>
    public PseudonymDomain? Domain { get; }

    /// <summary>The band width in years for <see cref="FieldOperation.AgeBand"/>, the digit count for <see cref="FieldOperation.PostcodePrefix"/>, otherwise 0.</summary>
    public int Parameter { get; }

    /// <inheritdoc/>
    public bool Equals(FieldRule? other) =>
        other is not null && Path == other.Path && Operation == other.Operation && Domain == other.Domain && Parameter == other.Parameter;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FieldRule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Path, Operation, Domain, Parameter);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path}: {Operation}");
}
