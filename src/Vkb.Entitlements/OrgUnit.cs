using System.Diagnostics.CodeAnalysis;

namespace Vkb.Entitlements;

/// <summary>
/// The organisational unit a grant belongs to: a regional directorate (RD) by its code, such as
/// <c>NRW</c>, or head office (<c>HO</c>). Whether an RD code is known is decided by the
/// configured <see cref="EntitlementPolicy"/>, not here.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class OrgUnit : IEquatable<OrgUnit>
{
    /// <summary>The code of head office.</summary>
    public const string HeadOfficeCode = "HO";

    private OrgUnit(string code) => Code = code;

    /// <summary>Head office (Zentrale).</summary>
    public static OrgUnit HeadOffice { get; } = new(HeadOfficeCode);

    /// <summary>The unit code: upper-case ASCII letters, 2 to 8 of them.</summary>
    public string Code { get; }

    /// <summary>Whether this is head office.</summary>
    public bool IsHeadOffice => string.Equals(Code, HeadOfficeCode, StringComparison.Ordinal);

    /// <summary>Parses a unit code; <c>HO</c> is head office, any other code names a regional directorate.</summary>
    /// <param name="code">2 to 8 ASCII letters; compared case-insensitively and stored upper-case.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="code"/> is not 2 to 8 ASCII letters.</exception>
    public static OrgUnit Parse(string code)
    {
        Preconditions.CheckNotNull(code);
        return TryParse(code, out var unit)
            ? unit
            : throw new FormatException("A unit code is 2 to 8 ASCII letters (an RD code or HO).");
    }

    /// <summary>Tries to parse a unit code.</summary>
    /// <param name="code">The candidate code.</param>
    /// <param name="unit">The unit when valid.</param>
    /// <returns>Whether <paramref name="code"/> is well formed.</returns>
    public static bool TryParse(string? code, [NotNullWhen(true)] out OrgUnit? unit)
    {
        unit = null;
        if (code is null || code.Length is < 2 or > 8 || !code.All(char.IsAsciiLetter))
        {
            return false;
        }

        var upper = code.ToUpperInvariant();
        unit = string.Equals(upper, HeadOfficeCode, StringComparison.Ordinal) ? HeadOffice : new OrgUnit(upper);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(OrgUnit? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as OrgUnit);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public override string ToString() => Code;

    /// <summary>Equality by code.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(OrgUnit? left, OrgUnit? right) => Equals(left, right);

    /// <summary>Inequality by code.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(OrgUnit? left, OrgUnit? right) => !Equals(left, right);
}
