using System.Security.Cryptography;
using System.Text;

namespace Vkb.Entitlements;

/// <summary>
/// The secret that keys the ledger's chain: every event carries
/// <c>HMAC-SHA256(k, previousMac ‖ unit ‖ sequence ‖ payload)</c> under a subkey <c>k</c> derived
/// with HKDF-SHA256 from this key. Kept outside the ledger database, it makes the chain
/// tamper-evident against someone who can write the database file but not read the key: without
/// it, no changed, inserted or appended event can be given a valid MAC.
/// </summary>
/// <remarks>
/// Thread-safe for concurrent MAC computation. <see cref="ToString"/> shows the fingerprint,
/// never the key; <see cref="Dispose"/> zeroes the key material.
/// </remarks>
public sealed class LedgerKey : IDisposable
{
    /// <summary>The shortest key accepted, in bytes.</summary>
    public const int MinimumLength = 32;

    /// <summary>The largest key file <see cref="FromFile"/> reads, in bytes.</summary>
    public const int MaxFileLength = 4096;

    private static readonly byte[] HkdfSalt = Encoding.ASCII.GetBytes("VKB-LEDGER-V2");

    private readonly byte[] _macKey;
    private bool _disposed;

    private LedgerKey(ReadOnlySpan<byte> key)
    {
        _macKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, key.ToArray(), 32, HkdfSalt, Encoding.ASCII.GetBytes("chain-mac"));
        var fingerprint = HKDF.DeriveKey(HashAlgorithmName.SHA256, key.ToArray(), 8, HkdfSalt, Encoding.ASCII.GetBytes("fingerprint"));
        Fingerprint = Convert.ToHexStringLower(fingerprint);
    }

    /// <summary>A short public identifier of the key (16 hex digits), safe to print and log.</summary>
    public string Fingerprint { get; }

    /// <summary>Creates a key from secret bytes.</summary>
    /// <param name="key">At least <see cref="MinimumLength"/> bytes of secret key material.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumLength"/> bytes.</exception>
    public static LedgerKey FromBytes(ReadOnlySpan<byte> key)
    {
        Preconditions.CheckArgument(key.Length >= MinimumLength, $"A ledger key holds at least {MinimumLength} bytes.", nameof(key));
        return new LedgerKey(key);
    }

    /// <summary>Creates a key from its base64 text (as <c>vkb keygen</c> writes it).</summary>
    /// <param name="base64">The base64 text; surrounding white space is ignored.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="base64"/> is null.</exception>
    /// <exception cref="FormatException">The text is not base64.</exception>
    /// <exception cref="ArgumentException">The decoded key is shorter than <see cref="MinimumLength"/> bytes.</exception>
    public static LedgerKey FromBase64(string base64)
    {
        Preconditions.CheckNotNull(base64);
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            throw new FormatException("The ledger key text is not valid base64.");
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

    /// <summary>Reads a key file holding the base64 key; reads at most <see cref="MaxFileLength"/> bytes.</summary>
    /// <param name="path">The key file.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="InvalidDataException">The file is larger than <see cref="MaxFileLength"/> bytes (or not a regular file).</exception>
    /// <exception cref="FormatException">The file does not hold base64 text.</exception>
    /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumLength"/> bytes.</exception>
    public static LedgerKey FromFile(string path)
    {
        Preconditions.CheckNotNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The ledger key file does not exist.", path);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        var buffer = new byte[MaxFileLength + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        try
        {
            if (length > MaxFileLength)
            {
                throw new InvalidDataException($"The ledger key file is larger than {MaxFileLength} bytes; it is not a key file.");
            }

            string text;
            try
            {
                text = new UTF8Encoding(false, true).GetString(buffer, 0, length);
            }
            catch (DecoderFallbackException)
            {
                throw new FormatException("The ledger key text is not valid base64.");
            }

            return FromBase64(text);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(buffer);
        }
    }

    /// <summary>Generates a new 32-byte key.</summary>
    /// <returns>The key.</returns>
    public static LedgerKey Generate()
    {
        Span<byte> bytes = stackalloc byte[MinimumLength];
        RandomNumberGenerator.Fill(bytes);
        try
        {
            return new LedgerKey(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>The MAC of <paramref name="data"/> under the chain subkey, lower-case hex.</summary>
    internal string Mac(ReadOnlySpan<byte> data)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_macKey, data));
    }

    /// <summary>Zeroes the key material.</summary>
    public void Dispose()
    {
        _disposed = true;
        CryptographicOperations.ZeroMemory(_macKey);
    }

    /// <inheritdoc />
    public override string ToString() => "ledger key " + Fingerprint;
}
