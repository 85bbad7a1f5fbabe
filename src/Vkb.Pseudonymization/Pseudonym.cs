using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Vkb.Pseudonymization;

/// <summary>
/// A pseudonym: <c>PREFIX-BBBBBBBBBBBBBBBBBBBBC</c>, a domain prefix, a hyphen, 20 Crockford base32
/// symbols (the first 100 bits of HMAC-SHA256 under the domain and scope subkey over the canonical
/// identifier) and one check symbol that detects every single substitution and every adjacent
/// transposition. Produced by <see cref="Pseudonymizer"/>; <see cref="TryParse"/> verifies the check.
/// </summary>
public sealed class Pseudonym : IEquatable<Pseudonym>
{
    /// <summary>The number of base32 symbols carrying hash bits (20 × 5 = 100 bits).</summary>
    public const int BodyLength = 20;

    private Pseudonym(string value, string prefix)
    {
        Value = value;
        Prefix = prefix;
    }

    /// <summary>The full text, e.g. <c>KD-7K3M9X2QH4TBN8VWC1RZ5</c>.</summary>
    public string Value { get; }

    /// <summary>The domain prefix, e.g. <c>KD</c>.</summary>
    public string Prefix { get; }

    /// <summary>Parses and verifies a pseudonym; lower case is accepted and normalised.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The pseudonym.</returns>
    /// <exception cref="FormatException">The text is not a well-formed pseudonym or its check symbol is wrong.</exception>
    public static Pseudonym Parse(string text) =>
        TryParse(text, out var result) ? result : throw new FormatException("The text is not a valid pseudonym (format or check symbol).");

    /// <summary>Tries to parse and verify a pseudonym.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The pseudonym if valid.</param>
    /// <returns>Whether the text is a well-formed pseudonym with a correct check symbol.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Pseudonym? result)
    {
        result = null;
        if (text is null)
        {
            return false;
        }

        var upper = text.ToUpperInvariant();
        var dash = upper.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !PseudonymDomain.IsValidPrefix(upper.AsSpan(0, dash)) || upper.Length != dash + 1 + BodyLength + 1)
        {
            return false;
        }

        var symbols = upper.AsSpan(dash + 1);
        if (CrockfordBase32.Interim(symbols) != 0)
        {
            return false;
        }

        result = new Pseudonym(upper, upper[..dash]);
        return true;
    }

    internal static Pseudonym FromHash(string prefix, ReadOnlySpan<byte> hash)
    {
        Span<char> text = stackalloc char[prefix.Length + 1 + BodyLength + 1];
        prefix.AsSpan().CopyTo(text);
        text[prefix.Length] = '-';
        var body = text.Slice(prefix.Length + 1, BodyLength);
        text[^1] = CrockfordBase32.Alphabet[CrockfordBase32.EncodeBitsWithCheck(hash, body)];

        // The domain's prefix string is shared, not cut out of the value again: one string per pseudonym.
        return new Pseudonym(new string(text), prefix);
    }

    /// <summary>
    /// The canonical form of an identifier: compatibility-normalised (Unicode NFKC) when it holds a non-ASCII character,
    /// then every character that is not a letter or digit removed and the rest upper-cased (invariant).
    /// <c>"962 d 123456"</c>, <c>"962D123456"</c> and the full-width <c>"９６２Ｄ１２３４５６"</c> are the same customer.
    /// </summary>
    /// <param name="identifier">The identifier as typed.</param>
    /// <returns>The canonical form (may be empty).</returns>
    public static string Canonicalize(ReadOnlySpan<char> identifier)
    {
        if (!Ascii.IsValid(identifier))
        {
            return CanonicalizeCompatible(identifier);
        }

        Span<char> buffer = identifier.Length <= 256 ? stackalloc char[identifier.Length] : new char[identifier.Length];
        var length = Canonicalize(identifier, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>Whether this process can normalise Unicode (false under invariant globalization, where NFKC is the identity).</summary>
    private static readonly bool NormalisationAvailable = "\uFF21".Normalize(NormalizationForm.FormKC) == "A";

    /// <summary>
    /// Writes the canonical form of <paramref name="identifier"/> into <paramref name="destination"/> (as long as the
    /// identifier is enough for an ASCII one); -1 if it does not fit, which only a non-ASCII identifier whose
    /// normalisation grows (a ligature, "㍱") can cause.
    /// </summary>
    internal static int Canonicalize(ReadOnlySpan<char> identifier, Span<char> destination)
    {
        if (!Ascii.IsValid(identifier))
        {
            var canonical = CanonicalizeCompatible(identifier);
            if (canonical.Length > destination.Length)
            {
                return -1;
            }

            canonical.CopyTo(destination);
            return canonical.Length;
        }

        var length = 0;
        foreach (var c in identifier)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                destination[length++] = char.ToUpperInvariant(c);
            }
        }

        return length;
    }

    /// <summary>
    /// NFKC first (full-width digits and letters, ligatures, decomposed umlauts and super- or subscripts become what
    /// they stand for), then the letters and digits upper-cased, whole code points (a letter outside the BMP is kept).
    /// An unpaired surrogate, no character, is dropped before normalising (which refuses it).
    /// </summary>
    private static string CanonicalizeCompatible(ReadOnlySpan<char> identifier)
    {
        if (!NormalisationAvailable)
        {
            // Invariant globalization (no ICU): Normalize returns its input, so a full-width identifier would silently get
            // another pseudonym than its ASCII spelling (P4) and count as another customer (P9).
            throw new InvalidOperationException(
                "An identifier holds a non-ASCII character, and Unicode normalisation (NFKC) is not available: the process runs with invariant " +
                "globalization (InvariantGlobalization or DOTNET_SYSTEM_GLOBALIZATION_INVARIANT) or without ICU. Run it with ICU.");
        }

        // Unpaired surrogates and unassigned code points (U+FFFE, which Normalize refuses) are no letters or digits: dropped.
        var valid = new StringBuilder(identifier.Length);
        var rest = identifier;
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) == System.Buffers.OperationStatus.Done &&
                Rune.GetUnicodeCategory(rune) != System.Globalization.UnicodeCategory.OtherNotAssigned)
            {
                valid.Append(rest[..used]);
            }

            rest = rest[used..];
        }

        var normalised = valid.ToString().Normalize(NormalizationForm.FormKC);
        var canonical = new StringBuilder(normalised.Length);
        foreach (var rune in normalised.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                canonical.Append(Rune.ToUpperInvariant(rune).ToString());
            }
        }

        return canonical.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(Pseudonym? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Pseudonym);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(Pseudonym? left, Pseudonym? right) => Equals(left, right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(Pseudonym? left, Pseudonym? right) => !Equals(left, right);
}
