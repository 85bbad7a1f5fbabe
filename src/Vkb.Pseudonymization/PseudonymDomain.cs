using System.Diagnostics.CodeAnalysis;

namespace Vkb.Pseudonymization;

/// <summary>
/// What kind of identifier a pseudonym stands for (customer, household, staff, team, or a host's own),
/// with the upper-case prefix its pseudonyms carry. The domain name enters the key derivation, so the
/// same identifier gets unrelated pseudonyms in different domains.
/// </summary>
public sealed class PseudonymDomain : IEquatable<PseudonymDomain>
{
    private PseudonymDomain(string name, string prefix)
    {
        Name = name;
        Prefix = prefix;
    }

    /// <summary>BA customer numbers; prefix <c>KD</c>.</summary>
    public static PseudonymDomain Customer { get; } = new("customer", "KD");

    /// <summary>Household (Bedarfsgemeinschaft) numbers; prefix <c>BG</c>.</summary>
    public static PseudonymDomain Household { get; } = new("household", "BG");

    /// <summary>Staff ids (case workers, team leads); prefix <c>MA</c>.</summary>
    public static PseudonymDomain Staff { get; } = new("staff", "MA");

    /// <summary>Team ids; prefix <c>TM</c>.</summary>
    public static PseudonymDomain Team { get; } = new("team", "TM");

    /// <summary>The domain name: lower-case ASCII letters, digits and '-', starting with a letter, 1–32 characters.</summary>
    public string Name { get; }

    /// <summary>The prefix of the domain's pseudonyms: 2–4 upper-case ASCII letters.</summary>
    public string Prefix { get; }

    /// <summary>Creates a domain.</summary>
    /// <param name="name">Lower-case ASCII letters, digits and '-', starting with a letter, 1–32 characters.</param>
    /// <param name="prefix">2–4 upper-case ASCII letters.</param>
    /// <returns>The domain.</returns>
    /// <exception cref="ArgumentException">The name or prefix is malformed.</exception>
    public static PseudonymDomain Create(string name, string prefix)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckNotNull(prefix);
        Preconditions.CheckArgument(IsValidName(name), "A domain name is 1–32 lower-case ASCII letters, digits or '-', starting with a letter.", nameof(name));
        Preconditions.CheckArgument(IsValidPrefix(prefix), "A domain prefix is 2–4 upper-case ASCII letters.", nameof(prefix));
        return new PseudonymDomain(name, prefix);
    }

    /// <summary>Returns a well-known domain by name (<c>customer</c>, <c>household</c>, <c>staff</c>, <c>team</c>).</summary>
    /// <param name="name">The domain name.</param>
    /// <param name="domain">The domain, if known.</param>
    /// <returns>Whether the name is a well-known domain.</returns>
    public static bool TryGetWellKnown(string name, [NotNullWhen(true)] out PseudonymDomain? domain)
    {
        domain = name switch
        {
            "customer" => Customer,
            "household" => Household,
            "staff" => Staff,
            "team" => Team,
            _ => null,
        };
        return domain is not null;
    }

    internal static bool IsValidName(string name) =>
        name.Length is >= 1 and <= 32 && char.IsAsciiLetterLower(name[0]) &&
        name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');

    internal static bool IsValidPrefix(ReadOnlySpan<char> prefix)
    {
        if (prefix.Length is < 2 or > 4)
        {
            return false;
        }

        foreach (var c in prefix)
        {
            if (!char.IsAsciiLetterUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public bool Equals(PseudonymDomain? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && string.Equals(Prefix, other.Prefix, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PseudonymDomain);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), StringComparer.Ordinal.GetHashCode(Prefix));

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(PseudonymDomain? left, PseudonymDomain? right) => Equals(left, right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(PseudonymDomain? left, PseudonymDomain? right) => !Equals(left, right);
}
