using System.Security.Cryptography;

namespace Vkb.Sampling;

/// <summary>
/// The public random seed of a draw: 20 to 256 characters, each a decimal digit or a lowercase
/// hexadecimal letter. Dice digits are the classic source (rolled in front of witnesses); a
/// generated seed is 64 hexadecimal digits from a <see cref="RandomNumberGenerator"/>.
/// </summary>
/// <remarks>
/// A seed is kept secret until the draw and published with the protocol afterwards; its SHA-256
/// (<see cref="SeedCommitment"/>) is published before. Immutable; thread-safe.
/// </remarks>
public sealed class Seed : IEquatable<Seed>
{
    /// <summary>The fewest characters a seed may have.</summary>
    public const int MinimumLength = 20;

    /// <summary>The most characters a seed may have.</summary>
    public const int MaximumLength = 256;

    private Seed(string value) => Value = value;

    /// <summary>The seed text as it enters the ticket hash.</summary>
    public string Value { get; }

    /// <summary>Creates a seed from rolled dice digits; spaces and dashes between groups are ignored.</summary>
    /// <param name="digits">At least 20 decimal digits, e.g. rolls of ten-sided dice.</param>
    /// <returns>The seed (the digits without separators).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="digits"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 20 digits, or a character that is not a digit or separator.</exception>
    public static Seed FromDice(string digits)
    {
        Preconditions.CheckNotNull(digits);
        var clean = digits.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        Preconditions.CheckArgument(clean.All(char.IsAsciiDigit), "Dice digits may contain only 0-9, spaces and dashes.", nameof(digits));
        Preconditions.CheckArgument(clean.Length >= MinimumLength, $"A seed from dice needs at least {MinimumLength} digits.", nameof(digits));
        Preconditions.CheckArgument(clean.Length <= MaximumLength, $"A seed has at most {MaximumLength} characters.", nameof(digits));
        return new Seed(clean);
    }

    /// <summary>Generates a seed of 64 lowercase hexadecimal digits (256 bits).</summary>
    /// <param name="random">The source of randomness, e.g. <see cref="RandomNumberGenerator.Create()"/>.</param>
    /// <returns>The seed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="random"/> is null.</exception>
    public static Seed Generate(RandomNumberGenerator random)
    {
        Preconditions.CheckNotNull(random);
        Span<byte> bytes = stackalloc byte[32];
        random.GetBytes(bytes);
        return new Seed(Convert.ToHexStringLower(bytes));
    }

    /// <summary>Parses a seed: 20 to 256 characters from <c>0-9</c> and <c>a-f</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The seed.</returns>
    /// <exception cref="FormatException">The text is not a seed.</exception>
    public static Seed Parse(string text) =>
        TryParse(text, out var seed)
            ? seed
            : throw new FormatException($"A seed is {MinimumLength} to {MaximumLength} characters, each 0-9 or a-f.");

    /// <summary>Tries to parse a seed.</summary>
    /// <param name="text">The text.</param>
    /// <param name="seed">The seed when the result is true.</param>
    /// <returns>Whether the text is a seed.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Seed? seed)
    {
        seed = null;
        if (text is null || text.Length < MinimumLength || text.Length > MaximumLength ||
            !text.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f'))
        {
            return false;
        }

        seed = new Seed(text);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(Seed? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Seed);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The seed text.</summary>
    /// <returns>The seed text.</returns>
    public override string ToString() => Value;

    /// <summary>Equality.</summary>
    /// <param name="left">The left seed.</param>
    /// <param name="right">The right seed.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(Seed? left, Seed? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left seed.</param>
    /// <param name="right">The right seed.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Seed? left, Seed? right) => !(left == right);
}
