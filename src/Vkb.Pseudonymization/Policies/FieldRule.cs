using System.Globalization;

namespace Vkb.Pseudonymization.Policies;

/// <summary>One rule of a record policy: a field path and the operation applied to it.</summary>
/// <remarks>Thread safety: immutable, safe to share.</remarks>
public sealed class FieldRule
{
    internal FieldRule(FieldPath path, FieldOperation operation)
    {
        Path = path;
        Operation = operation;
    }

    /// <summary>The field path, e.g. <c>events[].date</c>.</summary>
    public FieldPath Path { get; }

    /// <summary>The operation, with its parameters.</summary>
    public FieldOperation Operation { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path}: {Operation.Name}");
}
