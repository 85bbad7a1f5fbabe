using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Vkb.Pseudonymization;

/// <summary>
/// The secret master key from which every pseudonym and date offset is derived. At least 32 bytes.
/// The key never leaves this object except through <see cref="ExportBase64"/>; <see cref="ToString"/>
/// shows only the <see cref="Fingerprint"/>, and <see cref="Dispose"/> zeroes the key material.
/// </summary>
/// <remarks>Thread safety: every member except <see cref="Dispose"/> may be called concurrently.</remarks>
public sealed partial class PseudonymizationKey : IDisposable
{
    /// <summary>The minimum key length in bytes (256 bits).</summary>
    public const int MinimumLength = 32;

    /// <summary>The HKDF salt, fixed for version 1 of the construction.</summary>
    internal static readonly byte[] HkdfSalt = Encoding.ASCII.GetBytes("VKB-PSEUDONYMIZATION-V1");

    private readonly byte[] _key;
    private bool _disposed;

    private PseudonymizationKey(byte[] key)
    {
        _key = key;
        Fingerprint = KeyFingerprint.FromKeyMaterial(DeriveSubkey("fingerprint", string.Empty, string.Empty));
    }

    /// <summary>The public fingerprint of this key; it travels with every output, the key never does.</summary>
    public KeyFingerprint Fingerprint { get; }

    /// <summary>Creates a key from raw bytes (copied).</summary>
    /// <param name="key">At least <see cref="MinimumLength"/> bytes of secret key material.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumLength"/> bytes.</exception>
    public static PseudonymizationKey FromBytes(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinimumLength)
        {
            throw new ArgumentException($"A pseudonymization key must hold at least {MinimumLength} bytes.", nameof(key));
        }

        return new PseudonymizationKey(key.ToArray());
    }

    /// <summary>Creates a key from its base64 text (as written by <see cref="ExportBase64"/> and <c>vkb keygen</c>).</summary>
    /// <param name="base64">The base64 text; surrounding white space is ignored.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="base64"/> is null.</exception>
    /// <exception cref="FormatException">The text is not base64.</exception>
    /// <exception cref="ArgumentException">The decoded key is shorter than <see cref="MinimumLength"/> bytes.</exception>
    public static PseudonymizationKey FromBase64(string base64)
    {
        Preconditions.CheckNotNull(base64);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new FormatException("The key text is not valid base64.");
        }

        try
        {
            return FromBytes(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>The largest key file <see cref="FromFile"/> reads, in bytes.</summary>
    public const int MaxKeyFileBytes = 4096;

    /// <summary>Reads a key file holding the base64 text of the key (one line, at most <see cref="MaxKeyFileBytes"/> bytes).</summary>
    /// <param name="path">The key file.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">The file does not hold base64 text, is larger than <see cref="MaxKeyFileBytes"/>, or is a directory.</exception>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumLength"/> bytes.</exception>
    public static PseudonymizationKey FromFile(string path)
    {
        Preconditions.CheckNotNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The key file does not exist.", path);
        }

        // Bounded: a key file is one line of base64; a device such as /dev/zero or a huge file fails fast.
        byte[] bytes;
        try
        {
            bytes = SafeFile.ReadBounded(path, MaxKeyFileBytes);
        }
        catch (IOException ex) when (ex is not FileNotFoundException)
        {
            throw new FormatException("The key file is not a key file: " + ex.Message, ex);
        }

        try
        {
            return FromBase64(Encoding.UTF8.GetString(bytes));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>Generates a new 32-byte key with the given random number generator.</summary>
    /// <param name="generator">A cryptographic random number generator, e.g. <see cref="RandomNumberGenerator.Create()"/>.</param>
    /// <returns>The new key.</returns>
    public static PseudonymizationKey Generate(RandomNumberGenerator generator)
    {
        Preconditions.CheckNotNull(generator);
        var bytes = new byte[MinimumLength];
        generator.GetBytes(bytes);
        return new PseudonymizationKey(bytes);
    }

    /// <summary>The key as base64 text, for writing a key file. Handle the result as a secret.</summary>
    /// <returns>The base64 text of the key.</returns>
    /// <exception cref="ObjectDisposedException">The key was disposed.</exception>
    public string ExportBase64()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Convert.ToBase64String(_key);
    }

    /// <summary>
    /// Derives a 32-byte subkey with HKDF-SHA256: salt <c>"VKB-PSEUDONYMIZATION-V1"</c>, info
    /// <c>lp(label) ‖ lp(domain) ‖ lp(scope)</c> where lp is a 4-byte big-endian length and UTF-8 bytes.
    /// </summary>
    internal byte[] DeriveSubkey(string label, string domain, string scope)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var info = new List<byte>(64);
        AppendLengthPrefixed(info, label);
        AppendLengthPrefixed(info, domain);
        AppendLengthPrefixed(info, scope);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, 32, HkdfSalt, info.ToArray());
    }

    /// <summary>Zeroes the key material.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            CryptographicOperations.ZeroMemory(_key);
            _disposed = true;
        }
    }

    /// <summary>Shows only the fingerprint, never the key.</summary>
    /// <returns>A text such as <c>PseudonymizationKey(3f2a…)</c>.</returns>
    public override string ToString() => $"PseudonymizationKey({Fingerprint})";

    internal static void AppendLengthPrefixed(List<byte> target, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        target.AddRange(length.ToArray());
        target.AddRange(bytes);
    }
}
