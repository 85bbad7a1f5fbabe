using System.Diagnostics.CodeAnalysis;

namespace Vkb.Entitlements;

/// <summary>
/// An opaque identifier of a person (grantee, requesting manager or special approver), such as a
/// directory account id. It carries no name or other personal data by design.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class PrincipalId : IEquatable<PrincipalId>
{
    /// <summary>The longest identifier accepted.</summary>
    public const int MaxLength = 128;

    private PrincipalId(string value) => Value = value;

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">1 to 128 printable characters without whitespace.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or contains whitespace or control characters.</exception>
    public static PrincipalId Create(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(IsValid(value), "A principal id is 1 to 128 printable characters without whitespace.", nameof(value));
        return new PrincipalId(value);
    }

    /// <summary>Tries to create an identifier.</summary>
    /// <param name="value">The candidate text.</param>
    /// <param name="principal">The identifier when valid.</param>
    /// <returns>Whether <paramref name="value"/> is a valid identifier.</returns>
    public static bool TryCreate(string? value, [NotNullWhen(true)] out PrincipalId? principal)
    {
        principal = value is not null && IsValid(value) ? new PrincipalId(value) : null;
        return principal is not null;
    }

    private static bool IsValid(string value) =>
        value.Length is > 0 and <= MaxLength && value.All(c => !char.IsWhiteSpace(c) && !char.IsControl(c));

    /// <inheritdoc />
    public bool Equals(PrincipalId? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PrincipalId);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public override string ToString() => Value;

    /// <summary>Equality by value.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(PrincipalId? left, PrincipalId? right) => Equals(left, right);

    /// <summary>Inequality by value.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(PrincipalId? left, PrincipalId? right) => !Equals(left, right);
}
