using System.Globalization;
using System.Security.Cryptography;

namespace Vkb.Pseudonymization;

/// <summary>
/// The public fingerprint of a <see cref="PseudonymizationKey"/>: 16 lower-case hex digits (64 bits of an
/// HKDF output). It identifies which key produced an output without revealing the key.
/// </summary>
public sealed class KeyFingerprint : IEquatable<KeyFingerprint>
{
    private KeyFingerprint(string value) => Value = value;

    /// <summary>The fingerprint text, 16 lower-case hex digits.</summary>
    public string Value { get; }

    /// <summary>Parses a fingerprint.</summary>
    /// <param name="text">16 hex digits.</param>
    /// <returns>The fingerprint.</returns>
    /// <exception cref="FormatException">The text is not 16 hex digits.</exception>
    public static KeyFingerprint Parse(string text) =>
        TryParse(text, out var result) ? result : throw new FormatException("A key fingerprint is 16 hex digits.");

    /// <summary>Tries to parse a fingerprint.</summary>
    /// <param name="text">The text.</param>
    /// <param name="result">The fingerprint, if the text is valid.</param>
    /// <returns>Whether the text is a valid fingerprint.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KeyFingerprint? result)
    {
        result = null;
        if (text is null || text.Length != 16 || !text.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        result = new KeyFingerprint(text.ToLowerInvariant());
        return true;
    }

    internal static KeyFingerprint FromKeyMaterial(byte[] derived)
    {
        try
        {
            return new KeyFingerprint(Convert.ToHexStringLower(derived.AsSpan(0, 8)));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(derived);
        }
    }

    /// <inheritdoc/>
    public bool Equals(KeyFingerprint? other) => other is not null && string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KeyFingerprint);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether both are equal.</returns>
    public static bool operator ==(KeyFingerprint? left, KeyFingerprint? right) => Equals(left, right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether both differ.</returns>
    public static bool operator !=(KeyFingerprint? left, KeyFingerprint? right) => !Equals(left, right);

    internal static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(bytes);

    internal static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
