using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace Vkb.Pseudonymization;

/// <summary>
/// Computes keyed, deterministic pseudonyms: HMAC-SHA256 under the HKDF subkey for (domain, scope) over the
/// UTF-8 bytes of the canonical identifier; the first 100 bits become 20 Crockford base32 symbols, then a
/// check symbol. Same key, domain, scope and canonical identifier give the same pseudonym, in every run.
/// </summary>
/// <remarks>Thread safety: all members are safe to call concurrently. The key is not owned; dispose it yourself.</remarks>
public sealed class Pseudonymizer
{
    private readonly PseudonymizationKey _key;
    private readonly KeyedMacs _macs;

    /// <summary>Creates a pseudonymizer over <paramref name="key"/>.</summary>
    /// <param name="key">The master key.</param>
    public Pseudonymizer(PseudonymizationKey key)
    {
        _key = Preconditions.CheckNotNull(key);
        _macs = new KeyedMacs(key);
    }

    /// <summary>The fingerprint of the key in use.</summary>
    public KeyFingerprint KeyFingerprint => _key.Fingerprint;

    /// <summary>Pseudonymizes one identifier.</summary>
    /// <param name="domain">The identifier's domain.</param>
    /// <param name="scope">The scope, usually the assessment phase id; any text, may be empty.</param>
    /// <param name="identifier">The identifier as typed; it is canonicalised first (see <see cref="Pseudonym.Canonicalize(ReadOnlySpan{char})"/>).</param>
    /// <returns>The pseudonym.</returns>
    /// <exception cref="ArgumentException">The identifier has no letters or digits.</exception>
    public Pseudonym Pseudonymize(PseudonymDomain domain, string scope, ReadOnlySpan<char> identifier)
    {
        Preconditions.CheckNotNull(domain);
        Preconditions.CheckNotNull(scope);
        Span<byte> hash = stackalloc byte[32];
        Span<byte> ascii = stackalloc byte[64];
        if (identifier.Length <= ascii.Length && TryCanonicalAscii(identifier, ascii, out var asciiLength))
        {
            // The common case in one pass: an ASCII identifier's canonical form is its own UTF-8.
            if (asciiLength == 0)
            {
                throw new ArgumentException("An identifier must hold at least one letter or digit.", nameof(identifier));
            }

            _macs.State("pseudonym", domain.Name, scope).Compute(ascii[..asciiLength], hash);
            return Pseudonym.FromHash(domain.Prefix, hash);
        }

        // A long ASCII identifier is canonicalised into a buffer; a non-ASCII one (NFKC) into a string of its own size, once.
        Span<char> buffer = identifier.Length <= 128 ? stackalloc char[identifier.Length] : new char[identifier.Length];
        ReadOnlySpan<char> canonical = Ascii.IsValid(identifier) ? buffer[..Pseudonym.Canonicalize(identifier, buffer)] : Pseudonym.Canonicalize(identifier);
        if (canonical.IsEmpty)
        {
            throw new ArgumentException("An identifier must hold at least one letter or digit.", nameof(identifier));
        }

        ComputeMac(domain.Name, scope, canonical, hash);
        return Pseudonym.FromHash(domain.Prefix, hash);
    }

    /// <summary>
    /// The canonical form (letters and digits, upper-cased) of an all-ASCII identifier as bytes, the same as
    /// <see cref="Pseudonym.Canonicalize(ReadOnlySpan{char})"/> then UTF-8; false at the first non-ASCII character.
    /// </summary>
    private static bool TryCanonicalAscii(ReadOnlySpan<char> identifier, Span<byte> destination, out int length)
    {
        length = 0;
        foreach (var c in identifier)
        {
            if (c >= 128)
            {
                return false;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                destination[length++] = (byte)(char.IsAsciiLetterLower(c) ? c - ('a' - 'A') : c);
            }
        }

        return true;
    }

    /// <summary>HMAC-SHA256 of the UTF-8 bytes of <paramref name="message"/> under the subkey ("pseudonym", domain, scope).</summary>
    internal void ComputeMac(string domain, string scope, ReadOnlySpan<char> message, Span<byte> destination) =>
        _macs.Compute("pseudonym", domain, scope, message, destination);

    /// <summary>The precomputed HMAC state of the subkey ("pseudonym", domain, scope), for bulk tests.</summary>
    internal HmacSha256State MacState(string domain, string scope) => _macs.State("pseudonym", domain, scope);
}

/// <summary>
/// HMAC-SHA256 under HKDF subkeys of one master key, with the keyed states precomputed per subkey. The hot
/// path finds a state in a small copy-on-write array of recent subkeys by reference (the callers pass the same
/// label, domain and scope strings again and again), so it hashes no strings; the dictionary is the fallback.
/// </summary>
/// <remarks>Thread safety: all members are safe to call concurrently; the recent array is replaced, never changed.</remarks>
internal sealed class KeyedMacs
{
    private const int MaxRecent = 16;
    private readonly PseudonymizationKey _key;
    private readonly ConcurrentDictionary<(string Label, string Domain, string Scope), HmacSha256State> _states = new();
    private readonly Func<(string Label, string Domain, string Scope), HmacSha256State> _create;
    private volatile Recent[] _recent = [];

    public KeyedMacs(PseudonymizationKey key)
    {
        _key = key;
        _create = k =>
        {
            var subkey = _key.DeriveSubkey(k.Label, k.Domain, k.Scope);
            try
            {
                return new HmacSha256State(subkey);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(subkey);
            }
        };
    }

    public HmacSha256State State(string label, string domain, string scope)
    {
        var recent = _recent;
        foreach (var entry in recent)
        {
            if (entry.Matches(label, domain, scope))
            {
                return entry.State;
            }
        }

        var state = _states.GetOrAdd((label, domain, scope), _create);
        if (recent.Length < MaxRecent)
        {
            // A lost race only drops one entry from the cache; the dictionary stays the source of truth.
            _recent = [.. recent, new Recent(label, domain, scope, state)];
        }

        return state;
    }

    public void Compute(string label, string domain, string scope, ReadOnlySpan<char> message, Span<byte> destination)
    {
        var state = State(label, domain, scope);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(message.Length);
        byte[]? rented = null;
        var bytes = maxBytes <= 512 ? stackalloc byte[maxBytes] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            // Identifiers are nearly always ASCII, which transcodes without the general UTF-8 encoder.
            var count = Ascii.FromUtf16(message, bytes, out var written) == OperationStatus.Done ? written : Encoding.UTF8.GetBytes(message, bytes);

            state.Compute(bytes[..count], destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>One cached subkey state; string.Equals tries the reference first, so a repeated caller pays no comparison.</summary>
    private sealed record Recent(string Label, string Domain, string Scope, HmacSha256State State)
    {
        public bool Matches(string label, string domain, string scope) =>
            string.Equals(Scope, scope, StringComparison.Ordinal) && string.Equals(Domain, domain, StringComparison.Ordinal) &&
            string.Equals(Label, label, StringComparison.Ordinal);
    }
}
